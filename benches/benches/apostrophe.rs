//! Dropped-apostrophe restoration on news text (the seeds, repeated, about 1 MiB).
//!
//! - `apostrophe/observe`: the corpus evidence pass (`ApostropheStats::observe`);
//! - `apostrophe/restore`: `restore_line` over every line, with the evidence of the whole text;
//! - `apostrophe/words_baseline`: counting whitespace-separated words over the same text, a floor
//!   for any pass that looks at every word.
// The bench prints the ratios against its baseline, which is its point.
#![allow(clippy::print_stdout)]

use copydesk_normalize::apostrophe::{ApostropheStats, restore_line};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

/// The articles are split off before timing: splitting on a two-byte pattern cost about an
/// eighth of the pass, and the pipeline hands articles over already separate.
fn observe(articles: &[&str]) -> ApostropheStats {
    let mut s = ApostropheStats::default();
    for article in articles {
        s.observe(article);
    }
    s
}

fn restore_all(
    lines: &[&str],
    stats: &ApostropheStats,
    out: &mut Vec<copydesk_normalize::apostrophe::Restoration>,
) -> usize {
    let mut changed = 0;
    for line in lines {
        out.clear();
        if restore_line(line, stats, '’', out).is_some() {
            changed += 1;
        }
    }
    changed
}

fn words(text: &str) -> usize {
    text.split_ascii_whitespace().count()
}

/// Mean seconds per call over `n` calls, for the printed ratios.
fn time<T>(n: u32, mut f: impl FnMut() -> T) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    start.elapsed().as_secs_f64() / f64::from(n)
}

fn bench(c: &mut Criterion) {
    let text = copydesk_benches::news_text(1 << 20);
    let bytes = text.len();
    let articles: Vec<&str> = text.split("\n\n").collect();
    let lines: Vec<&str> = text.lines().collect();
    let stats = observe(&articles);
    let mut out = Vec::new();

    let mut g = c.benchmark_group("apostrophe");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("observe", |b| b.iter(|| observe(black_box(&articles))));
    g.bench_function("restore", |b| {
        b.iter(|| restore_all(black_box(&lines), &stats, &mut out))
    });
    g.bench_function("words_baseline", |b| b.iter(|| words(black_box(&text))));
    g.finish();

    let base = time(20, || words(&text));
    let obs = time(20, || observe(&articles));
    let res = time(20, || restore_all(&lines, &stats, &mut out));
    let mbs = |s: f64| bytes as f64 / s / 1e6;
    println!(
        "apostrophe: observe {:.0} MB/s ({:.2}x words_baseline), restore {:.0} MB/s ({:.2}x words_baseline), baseline {:.0} MB/s",
        mbs(obs),
        base / obs,
        mbs(res),
        base / res,
        mbs(base)
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
