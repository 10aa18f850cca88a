//! Tokenizer throughput on news text (the seeds repeated to 8 MiB) and on mixed-script
//! text (about 30% non-ASCII bytes), against unicode-segmentation's `unicode_words()`
//! and `split_word_bounds()` measured in the same run.
//!
//! Run: `cargo bench -p copydesk-benches --bench tokenize -- --warm-up-time 1 --measurement-time 3`
//! After the benchmarks it prints the ratios against unicode-segmentation, read from
//! criterion's own estimates of this run.
// The ratio is the figure the README quotes, and criterion does not print it.
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::SystemTime;

use criterion::{Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

const NEWS_BYTES: usize = 8 << 20;

/// Paragraphs in other scripts, written for this benchmark, mixed into the seeds.
const FOREIGN: &[&str] = &[
    "Министр обороны России провёл телефонный разговор с министром обороны США; стороны обсудили ситуацию на Украине и вопросы безопасности.",
    "Ο υπουργός Άμυνας των ΗΠΑ μίλησε με τον Ρώσο ομόλογό του για τον πόλεμο στην Ουκρανία και για την ανάγκη ανοιχτών διαύλων επικοινωνίας.",
    "Le secrétaire américain à la Défense a évoqué l’importance de préserver les canaux de communication, malgré la guerre en Ukraine.",
    "Міністр оборони України заявив, що союзники продовжать постачати зброю, а переговори з Росією поки що неможливі.",
    "Der US-Verteidigungsminister sprach mit seinem russischen Amtskollegen über den Krieg in der Ukraine – das erste Gespräch seit Monaten.",
];

/// The seeds' lines interleaved with [`FOREIGN`] paragraphs until about 30% of the
/// bytes are non-ASCII, repeated to `min_bytes`.
fn mixed_text(min_bytes: usize) -> String {
    let news = copydesk_benches::news_text(64 << 10);
    let mut out = String::with_capacity(min_bytes + 4096);
    let mut non_ascii = 0usize;
    let mut foreign = FOREIGN.iter().cycle();
    let mut lines = news.lines().cycle();
    while out.len() < min_bytes {
        while (non_ascii as f64) < 0.30 * out.len() as f64 {
            let p = foreign.next().copied().unwrap_or_default();
            non_ascii += p.bytes().filter(|b| !b.is_ascii()).count();
            out.push_str(p);
            out.push('\n');
        }
        let line = lines.next().unwrap_or_default();
        non_ascii += line.bytes().filter(|b| !b.is_ascii()).count();
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let news = copydesk_benches::news_text(NEWS_BYTES);
    let mixed = mixed_text(NEWS_BYTES);
    for (name, text) in [("news", &news), ("mixed", &mixed)] {
        let mut g = c.benchmark_group(format!("tokenize_{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_function("count_words", |b| {
            b.iter(|| copydesk_tokenize::count_words(black_box(text)))
        });
        g.bench_function("words", |b| {
            b.iter(|| {
                copydesk_tokenize::words(black_box(text))
                    .map(str::len)
                    .sum::<usize>()
            })
        });
        g.bench_function("tokens", |b| {
            b.iter(|| {
                copydesk_tokenize::tokens(black_box(text))
                    .map(|t| t.text.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("unicode_words", |b| {
            b.iter(|| black_box(text).unicode_words().map(str::len).sum::<usize>())
        });
        g.bench_function("split_word_bounds", |b| {
            b.iter(|| {
                black_box(text)
                    .split_word_bounds()
                    .map(str::len)
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

/// Where criterion keeps its estimates (its own order of preference).
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    copydesk_benches::project_root().join("target/criterion")
}

/// A statistic (`"mean"`, `"median"`) of one benchmark of this run (estimates written
/// since `since`), in nanoseconds, from criterion's estimates.
fn estimate_ns(group: &str, id: &str, stat: &str, since: SystemTime) -> Option<f64> {
    let path = criterion_home()
        .join(group)
        .join(id)
        .join("new/estimates.json");
    if std::fs::metadata(&path).ok()?.modified().ok()? < since {
        return None; // left over from an earlier run
    }
    let json = std::fs::read_to_string(path).ok()?;
    let section = json.get(json.find(&format!("\"{stat}\""))?..)?;
    let value =
        section.get(section.find("\"point_estimate\":")? + "\"point_estimate\":".len()..)?;
    let end = value.find([',', '}'])?;
    value.get(..end)?.trim().parse().ok()
}

fn main() {
    let since = SystemTime::now();
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    let sizes = [
        ("news", copydesk_benches::news_text(NEWS_BYTES).len()),
        ("mixed", mixed_text(NEWS_BYTES).len()),
    ];
    // The median resists the bursts of a shared machine better than the mean.
    for (name, bytes) in sizes {
        let group = format!("tokenize_{name}");
        for stat in ["median", "mean"] {
            let Some(base) = estimate_ns(&group, "unicode_words", stat, since) else {
                continue;
            };
            println!(
                "{group} ({stat}): unicode_words {:.0} MB/s (baseline)",
                bytes as f64 / base * 1e3
            );
            for id in ["count_words", "words", "tokens", "split_word_bounds"] {
                if let Some(ns) = estimate_ns(&group, id, stat, since) {
                    println!(
                        "{group} ({stat}): {id} {:.0} MB/s, {:.1}x unicode_words",
                        bytes as f64 / ns * 1e3,
                        base / ns
                    );
                }
            }
        }
    }
}
