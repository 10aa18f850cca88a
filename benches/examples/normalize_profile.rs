//! A driver for profilers (callgrind, perf): runs one pass of the normalize stage over the same
//! text as `benches/normalize.rs` a given number of times, with no timing or analysis of its own,
//! so instruction counts compare variants whatever the machine's load.
//!
//! `cargo build --release -p copydesk-benches --example normalize_profile`, then e.g.
//! `valgrind --tool=callgrind target/release/examples/normalize_profile stats 20`.
//! Passes: article, article_batch (the article pass through `normalize_batch` in batches of
//! `BATCH_ARTICLES`, or of the size given after the count), article_without_apostrophes, stats, stats_lines, observe; `varied` and
//! `varied_without_apostrophes` run the article pass over `copydesk_benches::varied_articles`
//! (the apostrophe evaluation's articles stripped, the furniture fixtures), once each time, and
//! `varied_batch` the same pages through `normalize_batch` as `article_batch` does. The
//! article passes print their wall-clock speed too; `varied_dump` prints every varied page's
//! normalized document.
// A tool for a person at a terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use copydesk_doc::{Document, Source};
use copydesk_normalize::apostrophe::ApostropheStats;
use copydesk_normalize::{BATCH_ARTICLES, NormalizeConfig, Normalizer};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let pass = args.next().unwrap_or_else(|| "article".to_owned());
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    // The batch size of `article_batch`, for trying others than the pipeline's.
    let batch: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .filter(|&b| b > 0)
        .unwrap_or(BATCH_ARTICLES);
    let texts = if pass.starts_with("varied") {
        copydesk_benches::varied_articles()
    } else {
        copydesk_benches::seed_articles()
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(i.to_string(), Source::file("bench.txt"), t.clone());
            d.title_from_text = true;
            d
        })
        .collect();
    let normalizer = |apostrophes: bool| {
        Normalizer::new(
            NormalizeConfig {
                apostrophes,
                ..NormalizeConfig::default()
            },
            copydesk_benches::corpus_stats(&texts),
        )
    };
    match pass.as_str() {
        "article" | "article_without_apostrophes" | "varied" | "varied_without_apostrophes" => {
            let norm = normalizer(!pass.ends_with("without_apostrophes"));
            let start = std::time::Instant::now();
            for _ in 0..n {
                let mut d = docs.clone();
                for x in &mut d {
                    black_box(norm.normalize(x));
                }
            }
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "{pass}: {:.1} MiB/s",
                (n * bytes) as f64 / secs / f64::from(1u32 << 20)
            );
        }
        // The article pass in batches of the pipeline's size, stage by stage across each.
        "article_batch" | "varied_batch" => {
            let norm = normalizer(true);
            let start = std::time::Instant::now();
            for _ in 0..n {
                let mut d = docs.clone();
                for chunk in d.chunks_mut(batch) {
                    black_box(norm.normalize_batch(chunk));
                }
            }
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "{pass}: {:.1} MiB/s",
                (n * bytes) as f64 / secs / f64::from(1u32 << 20)
            );
        }
        // Every varied page's normalized document (clean text, metadata, edits with their
        // reasons), for comparing classification before and after a change byte for byte.
        "varied_dump" => {
            let norm = normalizer(true);
            for d in &docs {
                let mut d = d.clone();
                let out = norm.normalize(&mut d);
                println!("{out:?}\n{d:?}");
            }
        }
        "stats" => {
            for _ in 0..n {
                black_box(copydesk_benches::corpus_stats(black_box(&texts)));
            }
        }
        "stats_lines" => {
            let mut key = String::new();
            for _ in 0..n {
                let mut count = 0;
                for t in &texts {
                    for line in t.split('\n') {
                        if line.len() <= 400 && !line.trim_ascii().is_empty() {
                            copydesk_normalize::line_key(line, &mut key);
                            count += key.len();
                        }
                    }
                }
                black_box(count);
            }
        }
        "observe" => {
            for _ in 0..n {
                let mut s = ApostropheStats::default();
                for t in &texts {
                    s.observe(black_box(t));
                }
                black_box(s);
            }
        }
        other => {
            eprintln!("unknown pass {other}");
            std::process::exit(2);
        }
    }
    eprintln!("{pass}: {n} x {bytes} bytes");
}
