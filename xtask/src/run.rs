//! `cargo xtask run`: the main job.

use anyhow::Context;
use copydesk_doc::{Edit, EditKind};
use copydesk_pipeline::{Config, Progress, RunOutcome, Stage};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files or folders (.txt, .jsonl, optionally .gz or .zst); folders are walked
    /// recursively in sorted order. Default: seeds/.
    inputs: Vec<PathBuf>,
    /// Output folder for documents.jsonl, duplicates.jsonl and report.json.
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// Worker threads (default: all cores). The output is the same whatever the count.
    #[arg(long)]
    threads: Option<usize>,
    /// Leave a stage out: normalize, tokenize or dedup. Repeatable.
    #[arg(long, value_name = "STAGE")]
    skip: Vec<Stage>,
    /// Make the first bad article (malformed JSON, invalid UTF-8, empty text) fatal.
    #[arg(long)]
    strict: bool,
    /// Remove paragraphs that an earlier article has verbatim.
    #[arg(long)]
    drop_repeated_passages: bool,
    /// Quotation marks in the output: typographic (curly) or ascii (straight).
    #[arg(long, value_parser = ["typographic", "ascii"], default_value = "typographic")]
    quotes: String,
    /// After the run, print every change made to the article with this id.
    #[arg(long, value_name = "ID")]
    explain: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::project_root();
    // Run from the project root (the usual case), the default input is shown as `seeds/...` so
    // output does not depend on where the checkout lives.
    let inputs = if !args.inputs.is_empty() {
        args.inputs
    } else if std::path::Path::new("seeds").is_dir() {
        vec![PathBuf::from("seeds")]
    } else {
        vec![root.join("seeds")]
    };
    let mut config = Config::new(inputs, args.out.clone());
    config.threads = args.threads;
    config.skip = args.skip.into_iter().collect();
    config.strict = args.strict;
    config.drop_repeated_passages = args.drop_repeated_passages;
    config.normalize.quotes = match args.quotes.as_str() {
        "ascii" => copydesk_pipeline::QuotePolicy::Ascii,
        _ => copydesk_pipeline::QuotePolicy::Typographic,
    };

    let bar = Bar::new();
    let outcome = copydesk_pipeline::run(&config, &bar).context("copydesk run failed")?;
    print_summary(&outcome, &args.out);
    if let Some(id) = args.explain {
        explain(&outcome, &id)?;
    }
    Ok(())
}

fn print_summary(outcome: &RunOutcome, out: &std::path::Path) {
    let s = &outcome.summary;
    let mb = s.bytes_in as f64 / 1e6;
    println!(
        "copydesk: {} articles in ({:.2} MB), {} out, {} duplicates dropped",
        s.articles_in, mb, s.articles_out, s.duplicates
    );
    println!(
        "  lines removed: {}, repairs made: {}",
        s.lines_removed, s.repairs
    );
    if s.input_problems > 0 {
        println!(
            "  input problems: {} (see report.json \"input\".\"problems\")",
            s.input_problems
        );
        for p in outcome.report.input.problems.iter().take(5) {
            println!("    {}: {} ({})", p.location, p.message, p.kind);
        }
    }
    let secs = s.seconds.max(1e-9);
    println!(
        "  {:.3} s, {:.1} MB/s; output in {}",
        s.seconds,
        mb / secs,
        out.display()
    );
}

fn explain(outcome: &RunOutcome, id: &str) -> anyhow::Result<()> {
    if let Some(d) = outcome.duplicates.iter().find(|d| d.id == id) {
        println!(
            "\n{id}: dropped as a {} duplicate of {} (similarity {:.3})",
            d.method, d.duplicate_of, d.similarity
        );
        return Ok(());
    }
    let doc = outcome
        .documents
        .iter()
        .find(|d| d.id == id)
        .with_context(|| format!("no article with id '{id}' in this run"))?;
    println!("\n{id} ({}): {} change(s)", doc.source, doc.edits.len());
    println!("  title: {}", doc.title.as_deref().unwrap_or("(none)"));
    for e in &doc.edits {
        println!("  {}", describe(e));
    }
    if !doc.metadata.is_empty() {
        println!("  metadata: {}", serde_json::to_string(&doc.metadata)?);
    }
    Ok(())
}

fn describe(e: &Edit) -> String {
    let kind = serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let at = match e.offset {
        Some(o) => format!("line {}:{}", e.line, o),
        None => format!("line {}", e.line),
    };
    let clip = |s: &str| {
        let s: String = s.chars().take(90).collect();
        s.replace('\n', "⏎")
    };
    if e.before.trim().is_empty() && e.after.trim().is_empty() {
        // Whitespace-only edits read better as their reason than as quoted line breaks.
        format!("{at:>12} {kind:<16} {}", e.reason)
    } else if matches!(e.kind, EditKind::Metadata | EditKind::Title) {
        format!(
            "{at:>12} {kind:<16} moved {:?} — {}",
            clip(&e.before),
            e.reason
        )
    } else if e.after.is_empty() {
        format!(
            "{at:>12} {kind:<16} removed {:?} — {}",
            clip(&e.before),
            e.reason
        )
    } else {
        format!(
            "{at:>12} {kind:<16} {:?} → {:?} — {}",
            clip(&e.before),
            clip(&e.after),
            e.reason
        )
    }
}

/// A progress bar on stderr, only when stderr is a terminal.
struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    fn new() -> Self {
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{prefix:>12} [{bar:40}] {pos}/{len} {per_sec}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Bar(Some(bar))
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str, total: u64) {
        if let Some(b) = &self.0 {
            b.set_prefix(name.to_owned());
            b.set_length(total);
            b.set_position(0);
        }
    }
    fn advance(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }
    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    fn args(extra: &[&str], out: &std::path::Path) -> Args {
        let seeds = crate::project_root().join("seeds");
        let mut argv = vec![
            "run".to_owned(),
            seeds.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        argv.extend(extra.iter().map(|s| s.to_string()));
        Cli::parse_from(argv).args
    }

    #[test]
    fn runs_the_seeds_and_explains_an_article() {
        let dir = tempfile::tempdir().unwrap();
        run(args(
            &["--explain", "001_1e2f651ee49c6053", "--threads", "2"],
            dir.path(),
        ))
        .unwrap();
        let docs = std::fs::read_to_string(dir.path().join("documents.jsonl")).unwrap();
        assert_eq!(docs.lines().count(), 5);
        let err = run(args(&["--explain", "no-such-id"], dir.path()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("no-such-id"), "{err}");
    }

    #[test]
    fn skip_and_quote_options_reach_the_pipeline() {
        let dir = tempfile::tempdir().unwrap();
        run(args(
            &[
                "--skip",
                "normalize",
                "--skip",
                "dedup",
                "--quotes",
                "ascii",
            ],
            dir.path(),
        ))
        .unwrap();
        let report = std::fs::read_to_string(dir.path().join("report.json")).unwrap();
        assert!(!report.contains("\"stage\": \"normalize\""), "{report}");
        assert!(!report.contains("\"stage\": \"dedup\""));
        assert!(report.contains("\"stage\": \"tokenize\""));
    }

    #[test]
    fn describe_reads_like_a_change_list() {
        let e = Edit {
            kind: EditKind::Apostrophe,
            before: "Washingtons".into(),
            after: "Washington’s".into(),
            line: 2,
            offset: Some(40),
            reason: "possessive before a noun".into(),
        };
        let line = describe(&e);
        assert!(
            line.contains("line 2:40") && line.contains("apostrophe") && line.contains("→"),
            "{line}"
        );
    }
}
