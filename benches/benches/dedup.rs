//! MinHash signature throughput on news text (the seeds, cut into article-sized pieces), against
//! a naive baseline measured in the same run: one seeded xxh3 hash of every shingle string per
//! permutation, the textbook construction.
//!
//! The `dedup_index` group times the mergeable dedup index on fingerprints of corpus size
//! (44,590 articles, as in the 256 MiB generated corpus): built per chunk of 2048 and merged
//! pairwise (what `Deduper::cluster` does, and what shards would do), against one build over
//! everything, the baseline.
//!
//! Run: `cargo bench -p copydesk-benches --bench dedup -- --warm-up-time 1 --measurement-time 3`
// The ratio against the baseline is the figure the README quotes; criterion does not print it.
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use copydesk_dedup::{DedupConfig, DedupIndex, Deduper, Fingerprint, MinHashScheme};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seeds' text cut into pieces of about 4 KiB on line boundaries, like articles.
fn articles(min_bytes: usize) -> Vec<String> {
    let text = copydesk_benches::news_text(min_bytes);
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.split('\n') {
        cur.push_str(line);
        cur.push('\n');
        if cur.len() >= 4096 {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The baseline: lowercased word 5-grams as strings, each hashed once per permutation.
fn naive_signature(text: &str, k: usize) -> Vec<u64> {
    let words: Vec<String> = copydesk_tokenize::words(text)
        .map(str::to_lowercase)
        .collect();
    let shingles: Vec<String> = words.windows(5).map(|w| w.join(" ")).collect();
    (0..k as u64)
        .map(|seed| {
            shingles
                .iter()
                .map(|s| xxhash_rust::xxh3::xxh3_64_with_seed(s.as_bytes(), seed))
                .min()
                .unwrap_or(u64::MAX)
        })
        .collect()
}

fn time_per_byte(bytes: usize, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut rounds = 0u32;
    while start.elapsed() < Duration::from_secs(2) || rounds < 2 {
        f();
        rounds += 1;
    }
    start.elapsed().as_secs_f64() / (f64::from(rounds) * bytes as f64)
}

fn bench(c: &mut Criterion) {
    let dd = Deduper::new(DedupConfig::default()).expect("default config is valid");
    let docs = articles(4 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let small = &docs[..docs.len() / 16];
    let small_bytes: usize = small.iter().map(String::len).sum();

    let mut g = c.benchmark_group("dedup");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("minhash_signature", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(dd.signature(black_box(d)));
            }
        })
    });
    let classic = Deduper::new(DedupConfig {
        scheme: MinHashScheme::Permutations,
        ..DedupConfig::default()
    })
    .expect("valid config");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("minhash_signature_128_permutations", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(classic.signature(black_box(d)));
            }
        })
    });
    // Tokenization alone, the floor under any signature built from its words.
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("words_fold_only", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                copydesk_tokenize::words(d).for_each(|w| {
                    copydesk_tokenize::fold_case(w, &mut buf);
                    n += buf.len();
                });
            }
            black_box(n)
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("fingerprint", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(dd.fingerprint(black_box(d)));
            }
        })
    });
    g.throughput(Throughput::Bytes(small_bytes as u64));
    g.bench_function("naive_rehash_signature", |b| {
        b.iter(|| {
            for d in small {
                black_box(naive_signature(black_box(d), 128));
            }
        })
    });
    g.finish();

    // The ratio, from one timing loop each, so it appears in the output.
    let fast = time_per_byte(bytes, || {
        for d in &docs {
            black_box(dd.signature(black_box(d)));
        }
    });
    let naive = time_per_byte(small_bytes, || {
        for d in small {
            black_box(naive_signature(black_box(d), 128));
        }
    });
    println!(
        "dedup: minhash signature {:.1} MB/s, naive rehash {:.2} MB/s, ratio {:.1}x (one thread)",
        1e-6 / fast,
        1e-6 / naive,
        naive / fast
    );
}

/// Fingerprints with pseudo-random signatures, one exact duplicate in eight and one signature in
/// eight sharing its first half with the previous article (so some buckets hold pairs).
fn synthetic_fingerprints(n: usize, k: usize) -> Vec<Fingerprint> {
    let mut state = 0x5EED_u64;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut out: Vec<Fingerprint> = Vec::with_capacity(n);
    for i in 0..n {
        let fp = match out.last() {
            Some(prev) if i % 8 == 3 => prev.clone(),
            Some(prev) if i % 8 == 5 => {
                let mut sig = prev.signature.to_vec();
                for v in &mut sig[k / 2..] {
                    *v = next() as u32;
                }
                Fingerprint {
                    exact: u128::from(next()),
                    signature: sig.into_boxed_slice(),
                    len: 4096,
                }
            }
            _ => Fingerprint {
                exact: u128::from(next()) << 64 | u128::from(next()),
                signature: (0..k).map(|_| next() as u32).collect(),
                len: 4096,
            },
        };
        out.push(fp);
    }
    out
}

/// Chunk indexes merged pairwise, as a balanced tree.
fn chunked_index(dd: &Deduper, fps: &[Fingerprint], chunk: usize) -> DedupIndex {
    let mut level: Vec<DedupIndex> = fps
        .chunks(chunk)
        .enumerate()
        .map(|(c, f)| dd.index(c * chunk, f))
        .collect();
    while level.len() > 1 {
        let mut next = Vec::with_capacity(level.len().div_ceil(2));
        let mut it = level.into_iter();
        while let Some(mut a) = it.next() {
            if let Some(b) = it.next() {
                a.merge(b).expect("same parameters");
            }
            next.push(a);
        }
        level = next;
    }
    level.pop().unwrap_or_else(|| dd.empty_index())
}

fn bench_index(c: &mut Criterion) {
    let dd = Deduper::new(DedupConfig::default()).expect("default config is valid");
    let fps = synthetic_fingerprints(44_590, dd.config().permutations);
    assert_eq!(chunked_index(&dd, &fps, 2048), dd.index(0, &fps));
    let mut g = c.benchmark_group("dedup_index");
    g.throughput(Throughput::Elements(fps.len() as u64));
    g.bench_function("one_build", |b| b.iter(|| black_box(dd.index(0, &fps))));
    g.bench_function("chunked_2048_merged", |b| {
        b.iter(|| black_box(chunked_index(&dd, &fps, 2048)))
    });
    let index = dd.index(0, &fps);
    g.bench_function("candidate_pairs", |b| {
        b.iter(|| black_box(index.lsh.candidate_pairs(Some)))
    });
    g.finish();

    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < Duration::from_secs(2) || rounds < 3 {
            f();
            rounds += 1;
        }
        start.elapsed().as_secs_f64() / f64::from(rounds)
    };
    let one = time(&|| {
        black_box(dd.index(0, &fps));
    });
    let chunked = time(&|| {
        black_box(chunked_index(&dd, &fps, 2048));
    });
    println!(
        "dedup index, {} articles: one build {:.1} ms, chunked and merged {:.1} ms, ratio {:.2}x",
        fps.len(),
        one * 1e3,
        chunked * 1e3,
        chunked / one
    );
}

criterion_group!(benches, bench, bench_index);
criterion_main!(benches);
