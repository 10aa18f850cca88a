//! One run of the pipeline, from the inputs to the files in the output folder.

use crate::input;
use crate::{Config, PipelineError, Progress, Stage};
use copydesk_dedup::{Deduper, Fingerprint, PassageIndex, Verdict};
use copydesk_doc::{Document, EditKind};
use copydesk_export::{
    DocumentRecord, DuplicateRecord, InputReport, MAX_LISTED_PROBLEMS, RunReport, StageReport,
};
use copydesk_normalize::{BATCH_ARTICLES, CorpusStats, NormalizeCounts, Normalizer, site_key};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// File names in the output folder.
pub const DOCUMENTS: &str = "documents.jsonl";
pub const DUPLICATES: &str = "duplicates.jsonl";
pub const REPORT: &str = "report.json";

/// What a run produced, beyond its files.
#[derive(Debug)]
pub struct RunOutcome {
    pub report: RunReport,
    /// The kept articles, in input order, as exported.
    pub documents: Vec<Document>,
    pub duplicates: Vec<DuplicateRecord>,
    pub summary: Summary,
}

/// The figures of the human summary.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub articles_in: u64,
    pub articles_out: u64,
    pub bytes_in: u64,
    pub lines_removed: u64,
    pub repairs: u64,
    pub duplicates: u64,
    pub input_problems: u64,
    pub seconds: f64,
}

/// Run the pipeline. Problems with the run itself (a missing input, an unwritable output
/// folder) are found before any work and any write; per-article problems are counted in the
/// report, or fatal with `strict`.
pub fn run(config: &Config, progress: &dyn Progress) -> Result<RunOutcome, PipelineError> {
    let started = Instant::now();
    // Fail early, before any work: every input must exist and the output folder be writable.
    let (files, skipped) = input::discover(&config.inputs)?;
    check_output_dir(&config.out)?;
    let dedup = if config.runs(Stage::Dedup) {
        Some(Deduper::new(config.dedup.clone()).map_err(|e| PipelineError::Config(e.to_string()))?)
    } else {
        None
    };

    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = config.threads {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder
        .build()
        .map_err(|e| PipelineError::Config(format!("thread pool: {e}")))?;
    let mut outcome =
        pool.install(|| run_stages(config, &files, skipped, dedup.as_ref(), progress))?;

    write_outputs(&config.out, &mut outcome)?;
    outcome.report.seconds = started.elapsed().as_secs_f64();
    outcome.summary.seconds = outcome.report.seconds;
    copydesk_export::write_json_pretty(&config.out.join(REPORT), &outcome.report)?;
    progress.finish();
    Ok(outcome)
}

fn check_output_dir(out: &Path) -> Result<(), PipelineError> {
    let err = |source| PipelineError::Output {
        path: out.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(out).map_err(err)?;
    let probe = out.join(format!(".copydesk-probe-{}", std::process::id()));
    std::fs::write(&probe, b"").map_err(err)?;
    std::fs::remove_file(&probe).map_err(err)?;
    Ok(())
}

fn text_bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn stage_report(
    name: &str,
    docs_in: u64,
    bytes_in: u64,
    docs: &[Document],
    started: Instant,
) -> StageReport {
    StageReport {
        stage: name.to_owned(),
        articles_in: docs_in,
        articles_out: docs.len() as u64,
        bytes_in,
        bytes_out: text_bytes(docs),
        changes: serde_json::Value::Null,
        errors: BTreeMap::new(),
        seconds: started.elapsed().as_secs_f64(),
    }
}

fn run_stages(
    config: &Config,
    files: &[input::InputFile],
    skipped: u64,
    dedup: Option<&Deduper>,
    progress: &dyn Progress,
) -> Result<RunOutcome, PipelineError> {
    let mut report = RunReport {
        copydesk_version: env!("CARGO_PKG_VERSION").to_owned(),
        ..RunReport::default()
    };

    // Read.
    let t = Instant::now();
    progress.stage("read", files.len() as u64);
    let (mut docs, mut read) = input::read_files(files, &|| progress.advance(1));
    read.skipped_files = skipped;
    if config.strict
        && let Some(p) = read.first_problem()
    {
        return Err(PipelineError::Strict {
            location: p.location.clone(),
            message: p.message.clone(),
        });
    }
    if read.skipped_files > 0 {
        read.errors
            .insert("skipped_files".to_owned(), read.skipped_files);
    }
    let articles_in = docs.len() as u64;
    let bytes_in = text_bytes(&docs);
    report.input = InputReport {
        files: read.files,
        bytes: read.bytes,
        articles: articles_in,
        errors: read.errors.clone(),
        problems_not_listed: read.problems.len().saturating_sub(MAX_LISTED_PROBLEMS) as u64,
        problems: {
            let mut p = read.problems;
            p.truncate(MAX_LISTED_PROBLEMS);
            p
        },
    };
    let mut r = stage_report("read", read.files, read.bytes, &docs, t);
    r.errors = read.errors;
    report.stages.push(r);

    // Normalize: pass 1 gathers corpus statistics per chunk and merges them; pass 2 cleans each
    // article with the merged statistics.
    if config.runs(Stage::Normalize) {
        let t = Instant::now();
        let (n_in, b_in) = (docs.len() as u64, text_bytes(&docs));
        progress.stage("statistics", n_in);
        let stats = docs
            .par_iter()
            .fold(CorpusStats::default, |mut s, d| {
                s.observe_page(&d.text, d.url.as_deref().map_or(0, site_key));
                progress.advance(1);
                s
            })
            .reduce(CorpusStats::default, |mut a, b| {
                a.merge(b);
                a
            });
        let normalizer = Normalizer::new(config.normalize.clone(), stats);
        progress.stage("normalize", n_in);
        // In batches, each run stage by stage (see `Normalizer::normalize_batch`): the same
        // output as article by article, with each stage's code kept warm across the batch.
        let counts = docs
            .par_chunks_mut(BATCH_ARTICLES)
            .map(|chunk| {
                let c = normalizer.normalize_batch(chunk);
                progress.advance(chunk.len() as u64);
                c
            })
            .reduce(NormalizeCounts::default, |mut a, b| {
                a.merge(&b);
                a
            });
        let blank: u64 = docs.iter().filter(|d| d.is_blank()).count() as u64;
        docs.retain(|d| !d.is_blank());
        let mut r = stage_report("normalize", n_in, b_in, &docs, t);
        r.changes = serde_json::to_value(&counts).unwrap_or(serde_json::Value::Null);
        if blank > 0 {
            r.errors.insert("empty_after_cleaning".to_owned(), blank);
        }
        report.stages.push(r);
    } else {
        docs.par_iter_mut().for_each(|d| {
            d.extract_title();
        });
    }

    // Dedup: fingerprints in parallel (collected in input order), then clustering.
    let mut duplicates = Vec::new();
    if let Some(deduper) = dedup {
        let t = Instant::now();
        let (n_in, b_in) = (docs.len() as u64, text_bytes(&docs));
        progress.stage("fingerprint", n_in);
        let fingerprints: Vec<Fingerprint> = docs
            .par_iter()
            .map(|d| {
                let f = deduper.fingerprint(&d.text);
                progress.advance(1);
                f
            })
            .collect();
        progress.stage("cluster", 0);
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let outcome = deduper.cluster(&fingerprints, &texts);
        drop(fingerprints);
        let mut keep = vec![true; docs.len()];
        for (i, verdict) in outcome.verdicts.iter().enumerate() {
            if let Verdict::Duplicate {
                of,
                similarity,
                method,
            } = verdict
            {
                keep[i] = false;
                duplicates.push(DuplicateRecord {
                    id: docs[i].id.clone(),
                    duplicate_of: docs[*of].id.clone(),
                    similarity: *similarity,
                    method: serde_json::to_value(method)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    source: docs[i].source.clone(),
                });
            }
        }
        let mut flags = keep.iter();
        docs.retain(|_| *flags.next().unwrap_or(&true));

        // Repeated passages among the kept articles.
        let passages = docs
            .par_iter()
            .enumerate()
            .fold(PassageIndex::default, |mut idx, (i, d)| {
                idx.observe(i, &d.text);
                idx
            })
            .reduce(PassageIndex::default, |mut a, b| {
                a.merge(b);
                a
            });
        let passage_stats = passages.stats();
        let passages_dropped: usize = if config.drop_repeated_passages {
            docs.par_iter_mut()
                .enumerate()
                .map(|(i, d)| passages.drop_repeated(i, d))
                .sum()
        } else {
            0
        };
        drop(passages);
        let emptied = docs.iter().filter(|d| d.is_blank()).count() as u64;
        docs.retain(|d| !d.is_blank());
        let mut r = stage_report("dedup", n_in, b_in, &docs, t);
        if emptied > 0 {
            // Every paragraph was a repeat: counted, never dropped silently.
            r.errors
                .insert("emptied_by_repeated_passages".to_owned(), emptied);
        }
        r.changes = serde_json::json!({
            "clusters": outcome.stats,
            "duplicates": duplicates.len(),
            "repeated_passages": passage_stats,
            "passages_dropped": passages_dropped,
        });
        report.stages.push(r);
    }

    // Tokenize: word counts of the final text.
    if config.runs(Stage::Tokenize) {
        let t = Instant::now();
        let (n_in, b_in) = (docs.len() as u64, text_bytes(&docs));
        progress.stage("tokenize", n_in);
        let words: u64 = docs
            .par_iter_mut()
            .map(|d| {
                let n = copydesk_tokenize::count_words(&d.text);
                d.tokens = Some(n);
                progress.advance(1);
                n as u64
            })
            .sum();
        let mut r = stage_report("tokenize", n_in, b_in, &docs, t);
        r.changes = serde_json::json!({ "words": words });
        report.stages.push(r);
    }

    let mut summary = Summary {
        articles_in,
        articles_out: docs.len() as u64,
        bytes_in,
        duplicates: duplicates.len() as u64,
        input_problems: report
            .input
            .errors
            .iter()
            .filter(|(k, _)| k.as_str() != "skipped_files")
            .map(|(_, v)| v)
            .sum(),
        ..Summary::default()
    };
    for d in &docs {
        for e in &d.edits {
            match e.kind {
                EditKind::Furniture | EditKind::RepeatedPassage => summary.lines_removed += 1,
                EditKind::Title | EditKind::Metadata => {}
                _ => summary.repairs += 1,
            }
        }
    }
    Ok(RunOutcome {
        report,
        documents: docs,
        duplicates,
        summary,
    })
}

fn write_outputs(out: &Path, outcome: &mut RunOutcome) -> Result<(), PipelineError> {
    let t = Instant::now();
    let n_docs = copydesk_export::write_documents(
        &out.join(DOCUMENTS),
        outcome.documents.iter().map(DocumentRecord::from),
    )?;
    let n_dups = copydesk_export::write_jsonl(&out.join(DUPLICATES), &outcome.duplicates)?;
    let report = &mut outcome.report;
    report.output.insert("documents".to_owned(), n_docs as u64);
    report.output.insert("duplicates".to_owned(), n_dups as u64);
    let mut r = stage_report(
        "export",
        n_docs as u64,
        text_bytes(&outcome.documents),
        &outcome.documents,
        t,
    );
    r.changes = serde_json::json!({ "files": [DOCUMENTS, DUPLICATES, REPORT] });
    report.stages.push(r);
    Ok(())
}
