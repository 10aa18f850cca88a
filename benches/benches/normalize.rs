//! The normalize stage on news text (the seeds, as articles).
//!
//! - `normalize/article`: the per-article pass (`Normalizer::normalize`) against the baseline
//!   `normalize/lowercase_baseline`: `str::to_lowercase` over the same text, one Unicode-aware
//!   rewrite of every character, a floor for any pass that reads and rewrites text.
//! - `normalize/article_batch`: the same text through `Normalizer::normalize_batch` in batches
//!   of `copydesk_normalize::BATCH_ARTICLES` (the pipeline's), each batch stage by stage.
//! - `normalize/article_varied`: the same pass over `copydesk_benches::varied_articles`, the
//!   apostrophe evaluation's articles (apostrophes dropped) and the furniture fixtures, whose
//!   thousands of distinct words keep a per-word cache or table honest (the seeds repeated have
//!   a few hundred).
//! - `normalize/stats`: the statistics pass (`CorpusStats::observe`, line hashes and apostrophe
//!   evidence), `normalize/stats_lines` without the apostrophe evidence, against the baseline
//!   `normalize/words_baseline`, counting whitespace-separated words.
//!
//! Issue 3's bars: >= 150 MB/s per core for the per-article pass, >= 300 MB/s for statistics.
// The bench prints the ratios against its baselines, which is its point.
#![allow(clippy::print_stdout)]

use copydesk_doc::{Document, Source};
use copydesk_normalize::{BATCH_ARTICLES, NormalizeConfig, Normalizer};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

fn docs(texts: &[String]) -> Vec<Document> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(i.to_string(), Source::file("bench.txt"), t.clone());
            d.title_from_text = true;
            d
        })
        .collect()
}

/// Line statistics alone: the same key and hash work as `observe`, without the apostrophes.
fn line_stats(texts: &[String]) -> usize {
    let mut key = String::new();
    let mut hashes = Vec::new();
    for t in texts {
        for line in t.split('\n') {
            if line.len() <= 400 && !line.trim_ascii().is_empty() {
                copydesk_normalize::line_key(line, &mut key);
                hashes.push(key.len());
            }
        }
    }
    hashes.len()
}

fn bench(c: &mut Criterion) {
    let texts = copydesk_benches::seed_articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let normalizer = Normalizer::new(
        NormalizeConfig::default(),
        copydesk_benches::corpus_stats(&texts),
    );
    let input = docs(&texts);

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("article", |b| {
        b.iter_batched(
            || input.clone(),
            |mut docs| {
                for d in &mut docs {
                    black_box(normalizer.normalize(d));
                }
                docs
            },
            BatchSize::LargeInput,
        )
    });
    // The same text in batches of the pipeline's size, stage by stage across each batch.
    g.bench_function("article_batch", |b| {
        b.iter_batched(
            || input.clone(),
            |mut docs| {
                for chunk in docs.chunks_mut(BATCH_ARTICLES) {
                    black_box(normalizer.normalize_batch(chunk));
                }
                docs
            },
            BatchSize::LargeInput,
        )
    });
    let plain = Normalizer::new(
        NormalizeConfig {
            apostrophes: false,
            ..NormalizeConfig::default()
        },
        copydesk_benches::corpus_stats(&texts),
    );
    g.bench_function("article_without_apostrophes", |b| {
        b.iter_batched(
            || input.clone(),
            |mut docs| {
                for d in &mut docs {
                    black_box(plain.normalize(d));
                }
                docs
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let varied = copydesk_benches::varied_articles();
    let varied_normalizer = Normalizer::new(
        NormalizeConfig::default(),
        copydesk_benches::corpus_stats(&varied),
    );
    let varied_input = docs(&varied);
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(
        varied.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function("article_varied", |b| {
        b.iter_batched(
            || varied_input.clone(),
            |mut docs| {
                for d in &mut docs {
                    black_box(varied_normalizer.normalize(d));
                }
                docs
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("lowercase_baseline", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(t.to_lowercase());
            }
        })
    });
    g.bench_function("stats", |b| {
        b.iter(|| black_box(copydesk_benches::corpus_stats(&texts)))
    });
    g.bench_function("stats_lines", |b| b.iter(|| black_box(line_stats(&texts))));
    g.bench_function("words_baseline", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| black_box(t).split_whitespace().count())
                .sum::<usize>()
        })
    });
    g.finish();

    // One direct measurement of each, for the ratios (criterion's own figures are above).
    let time = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        let mut n = 0;
        while start.elapsed().as_secs_f64() < 1.0 {
            f();
            n += 1;
        }
        bytes as f64 * f64::from(n) / start.elapsed().as_secs_f64() / 1e6
    };
    let article = time(&mut || {
        let mut d = input.clone();
        for x in &mut d {
            black_box(normalizer.normalize(x));
        }
    });
    let nfc = time(&mut || {
        for t in &texts {
            black_box(t.to_lowercase());
        }
    });
    let stats = time(&mut || {
        black_box(copydesk_benches::corpus_stats(&texts));
    });
    let words = time(&mut || {
        black_box(
            texts
                .iter()
                .map(|t| t.split_whitespace().count())
                .sum::<usize>(),
        );
    });
    println!(
        "normalize: article {article:.0} MB/s ({:.2}x to_lowercase at {nfc:.0} MB/s); stats {stats:.0} MB/s ({:.2}x word count at {words:.0} MB/s)",
        article / nfc,
        stats / words
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
