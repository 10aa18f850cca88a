//! Same clusters and kept articles whatever the thread count and the input order; no panic on
//! arbitrary text.

mod common;

use std::collections::BTreeMap;

use copydesk_dedup::{DedupConfig, DedupOutcome, Deduper, Method, Verdict};
use proptest::prelude::*;
use rayon::prelude::*;

fn run(dd: &Deduper, texts: &[String], threads: usize) -> DedupOutcome {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let fps: Vec<_> = refs.par_iter().map(|t| dd.fingerprint(t)).collect();
        dd.cluster(&fps, &refs)
    })
}

/// For every text, what became of it, as content: its kept text, the method and similarity.
/// Identical texts share an entry, so the view does not depend on their order.
fn by_content(texts: &[String], out: &DedupOutcome) -> BTreeMap<String, Vec<(String, String)>> {
    let mut map: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (i, v) in out.verdicts.iter().enumerate() {
        let entry = match v {
            Verdict::Keep => (texts[i].clone(), "keep".to_owned()),
            Verdict::Duplicate {
                of,
                similarity,
                method,
            } => (texts[*of].clone(), format!("{method:?} {similarity:.12}")),
        };
        map.entry(texts[i].clone()).or_default().push(entry);
    }
    for v in map.values_mut() {
        v.sort();
    }
    map
}

#[test]
fn same_verdicts_whatever_the_thread_count() {
    let (texts, _) = common::corpus(99, 300, 0.8);
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let one = run(&dd, &texts, 1);
    assert!(
        one.stats.near_duplicates > 50 && one.stats.exact_duplicates > 10,
        "{:?}",
        one.stats
    );
    for threads in [2, 3, 8] {
        assert_eq!(run(&dd, &texts, threads), one, "{threads} threads");
    }
}

#[test]
fn same_clusters_whatever_the_input_order() {
    let (texts, _) = common::corpus(5, 300, 0.8);
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let base = run(&dd, &texts, 2);
    let expected = by_content(&texts, &base);
    let mut rng = common::Rng::new(17);
    for round in 0..3 {
        let mut shuffled = texts.clone();
        for i in (1..shuffled.len()).rev() {
            let j = rng.below(i + 1);
            shuffled.swap(i, j);
        }
        if round == 0 {
            shuffled.reverse();
        }
        let out = run(&dd, &shuffled, 2);
        assert_eq!(out.stats, base.stats, "round {round}");
        assert_eq!(by_content(&shuffled, &out), expected, "round {round}");
    }
}

#[test]
fn exact_copies_of_a_dropped_text_follow_it() {
    let (texts, _) = common::corpus(3, 20, 0.0);
    let long = format!(
        "{}\nAn extra closing paragraph that only this version carries.",
        texts[0]
    );
    let input = vec![
        texts[0].clone(),
        long.clone(),
        texts[0].clone(),
        long.clone(),
    ];
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let out = run(&dd, &input, 1);
    assert_eq!(out.verdicts[1], Verdict::Keep);
    assert!(matches!(
        out.verdicts[0],
        Verdict::Duplicate {
            of: 1,
            method: Method::Near,
            ..
        }
    ));
    assert_eq!(out.verdicts[2], out.verdicts[0]);
    assert_eq!(
        out.verdicts[3],
        Verdict::Duplicate {
            of: 1,
            similarity: 1.0,
            method: Method::Exact
        }
    );
    assert_eq!(out.stats.kept, 1);
    assert_eq!(out.stats.exact_duplicates, 1);
    assert_eq!(out.stats.near_duplicates, 2);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_texts_never_panic(texts in proptest::collection::vec("\\PC{0,80}( \\PC{0,40}){0,12}", 0..12)) {
        let dd = Deduper::new(DedupConfig { ngram: 2, ..DedupConfig::default() }).expect("valid");
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let fps: Vec<_> = refs.iter().map(|t| dd.fingerprint(t)).collect();
        for f in &fps {
            prop_assert!(f.signature.is_empty() || f.signature.len() == 128);
        }
        let out = dd.cluster(&fps, &refs);
        prop_assert_eq!(out.verdicts.len(), texts.len());
        for v in &out.verdicts {
            if let Verdict::Duplicate { of, similarity, .. } = v {
                prop_assert_eq!(&out.verdicts[*of], &Verdict::Keep);
                prop_assert!((0.0..=1.0).contains(similarity));
            }
        }
        // Texts repeated verbatim are always exact duplicates.
        let doubled: Vec<&str> = refs.iter().chain(refs.iter()).copied().collect();
        let fps2: Vec<_> = doubled.iter().map(|t| dd.fingerprint(t)).collect();
        let out2 = dd.cluster(&fps2, &doubled);
        prop_assert_eq!(out2.stats.kept, out.stats.kept);
    }
}

#[test]
fn a_flood_of_variants_is_paired_linearly_and_still_clustered() {
    // 300 texts with the same words in different letter case: one shingle set, 300 exact hashes.
    let texts: Vec<String> = (0..300u32)
        .map(|v| {
            let word: String = "alphabetagammadelta"
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if v >> (i % 10) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect();
            format!(
                "{word} reported from the harbour that the ferry service resumes on Monday morning"
            )
        })
        .collect();
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let out = run(&dd, &texts, 2);
    assert_eq!(out.stats.capped_buckets, 16, "{:?}", out.stats);
    assert_eq!(out.stats.kept, 1, "{:?}", out.stats);
    assert!(out.stats.candidate_pairs < 2 * 300, "{:?}", out.stats);
}
