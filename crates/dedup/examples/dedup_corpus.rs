//! Times the dedup stage on a generated corpus and scores it against the planted truth:
//!
//! ```text
//! cargo xtask gen-corpus --size 256MiB --dup-rate 0.3 --out /tmp/gen256
//! cargo run --release -p copydesk-dedup --example dedup_corpus -- /tmp/gen256 2
//! ```
//!
//! The second argument is the thread count (default: all cores). Reading the JSONL is not
//! timed; fingerprinting (in parallel, ordered) and clustering are, as the pipeline runs them.
// An example reports to its user on stdout.
#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::time::Instant;

use copydesk_dedup::{DedupConfig, Deduper, Verdict};
use rayon::prelude::*;

fn field<'a>(v: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    v.as_object().and_then(|o| o.get(name))
}

/// Peak resident memory so far in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: dedup_corpus DIR [THREADS]")?);
    let threads: usize = args.next().map(|t| t.parse()).transpose()?.unwrap_or(0);
    // Line by line, so the memory peak before dedup is the texts themselves.
    let corpus = std::io::BufReader::new(std::fs::File::open(dir.join("corpus.jsonl"))?);
    let mut texts = Vec::new();
    for line in std::io::BufRead::lines(corpus) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        texts.push(
            field(&v, "text")
                .and_then(|t| t.as_str())
                .ok_or("no text")?
                .to_owned(),
        );
    }
    let truth = std::fs::read_to_string(dir.join("truth.jsonl")).unwrap_or_default();
    let mut origin = Vec::new();
    let mut similarity = Vec::new();
    for line in truth.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        origin.push(
            field(&v, "original_index")
                .and_then(|x| x.as_u64())
                .ok_or("truth")? as usize,
        );
        similarity.push(
            field(&v, "similarity")
                .and_then(|x| x.as_f64())
                .unwrap_or(1.0),
        );
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // Dedup's own memory is what the peak grows by beyond the texts.
    let before = peak_rss();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let dd = Deduper::new(DedupConfig::default())?;
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();

    let start = Instant::now();
    let (fps, t_fp, out) = pool.install(|| {
        let fps: Vec<_> = refs.par_iter().map(|t| dd.fingerprint(t)).collect();
        let t_fp = start.elapsed();
        let out = dd.cluster(&fps, &refs);
        (fps, t_fp, out)
    });
    let total = start.elapsed();
    let after = peak_rss();
    // The mergeable index alone (cluster builds it the same way first): eight chunks of
    // fingerprints (at most 8192 each) indexed in parallel, merged pairwise.
    let size = fps.len().div_ceil(8).clamp(1, 8192);
    let t_index = Instant::now();
    let index = pool.install(|| {
        fps.par_chunks(size)
            .enumerate()
            .map(|(c, chunk)| dd.index(c * size, chunk))
            .reduce(
                || dd.empty_index(),
                |mut a, b| {
                    // Both come from `dd`, so their parameters agree.
                    a.merge(b).expect("same parameters");
                    a
                },
            )
    });
    let t_index = t_index.elapsed();
    let t_pairs = Instant::now();
    let candidates = pool.install(|| index.lsh.candidate_pairs(Some));
    let t_pairs = t_pairs.elapsed();
    let sig_bytes: usize = fps.iter().map(|f| f.signature.len() * 4 + 40).sum();
    println!(
        "{} articles, {:.1} MiB, {} threads: fingerprint {:.2} s, cluster {:.2} s, total {:.2} s ({:.0} MB/s)",
        texts.len(),
        bytes as f64 / f64::from(1u32 << 20),
        pool.current_num_threads(),
        t_fp.as_secs_f64(),
        (total - t_fp).as_secs_f64(),
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64()
    );
    println!(
        "of cluster: index built per chunk and merged {:.3} s ({} LSH entries), \
         candidate pairs before exact grouping {:.3} s ({} pairs)",
        t_index.as_secs_f64(),
        index.lsh.len(),
        t_pairs.as_secs_f64(),
        candidates.pairs.len()
    );
    println!(
        "fingerprints: {:.0} bytes per article",
        sig_bytes as f64 / texts.len().max(1) as f64
    );
    println!(
        "peak memory beyond the texts: {:.1} MiB, {:.0} bytes per article (peak RSS {:.0} MiB)",
        after.saturating_sub(before) as f64 / f64::from(1u32 << 20),
        after.saturating_sub(before) as f64 / texts.len().max(1) as f64,
        after as f64 / f64::from(1u32 << 20)
    );
    println!("{}", serde_json::to_string(&out.stats)?);

    if origin.len() == texts.len() {
        let kept_of = |i: usize| match out.verdicts[i] {
            Verdict::Keep => i,
            Verdict::Duplicate { of, .. } => of,
        };
        let (mut expected, mut found, mut merged, mut right) = (0usize, 0usize, 0usize, 0usize);
        for i in 0..texts.len() {
            if origin[i] != i && similarity[i] >= dd.config().threshold {
                expected += 1;
                found += usize::from(kept_of(i) == kept_of(origin[i]));
            }
            if let Verdict::Duplicate { of, .. } = out.verdicts[i] {
                merged += 1;
                right += usize::from(origin[i] == origin[of]);
            }
        }
        let copies = (0..texts.len()).filter(|&i| origin[i] != i).count();
        println!(
            "planted copies {copies}, of which at or above the threshold {expected}: recall {:.4}; \
             precision of duplicates {:.4} ({right}/{merged})",
            found as f64 / expected.max(1) as f64,
            right as f64 / merged.max(1) as f64
        );
    }
    Ok(())
}
