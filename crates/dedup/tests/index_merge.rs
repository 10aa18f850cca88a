//! The dedup index built per chunk and merged in any grouping and order equals the index built
//! at once, proposes the same candidate pairs and gives the same verdicts; it survives a serde
//! round trip; an index that does not fit the fingerprints is an error, not a wrong answer.

mod common;

use std::sync::LazyLock;

use copydesk_dedup::{DedupConfig, DedupIndex, Deduper, ExactIndex, Fingerprint, LshIndex};
use proptest::prelude::*;

struct Case {
    dd: Deduper,
    texts: Vec<String>,
    fps: Vec<Fingerprint>,
}

/// A small generated corpus with exact and near copies, plus texts without words.
static CASE: LazyLock<Case> = LazyLock::new(|| {
    let (mut texts, _) = common::corpus(41, 40, 0.8);
    texts.insert(7, String::new());
    texts.push("   ".to_owned());
    texts.push(String::new());
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let fps = texts.iter().map(|t| dd.fingerprint(t)).collect();
    Case { dd, texts, fps }
});

fn refs(texts: &[String]) -> Vec<&str> {
    texts.iter().map(String::as_str).collect()
}

/// Chunk indexes at the cut points, shuffled, then merged pairwise at the picked positions (and
/// in the picked direction) until one is left: every grouping and order can come out.
fn merged(case: &Case, cuts: &[usize], shuffle: u64, picks: &[(usize, bool)]) -> DedupIndex {
    let mut chunks = chunk_indexes(case, cuts, shuffle);
    let mut picks = picks.iter().cycle();
    while chunks.len() > 1 {
        let &(at, flip) = picks.next().unwrap_or(&(0, false));
        let at = at % (chunks.len() - 1);
        let b = chunks.remove(at + 1);
        let a = chunks.remove(at);
        let (mut left, right) = if flip { (b, a) } else { (a, b) };
        left.merge(right).expect("same parameters");
        chunks.insert(at, left);
    }
    chunks.pop().unwrap_or_else(|| case.dd.empty_index())
}

/// One index per chunk between the cut points, in a shuffled order.
fn chunk_indexes(case: &Case, cuts: &[usize], shuffle: u64) -> Vec<DedupIndex> {
    let n = case.fps.len();
    let mut bounds: Vec<usize> = cuts.iter().map(|&c| c % (n + 1)).collect();
    bounds.extend([0, n]);
    bounds.sort_unstable();
    let mut chunks: Vec<DedupIndex> = bounds
        .windows(2)
        .map(|w| case.dd.index(w[0], &case.fps[w[0]..w[1]]))
        .collect();
    let mut rng = common::Rng::new(shuffle);
    for i in (1..chunks.len()).rev() {
        let j = rng.below(i + 1);
        chunks.swap(i, j);
    }
    chunks
}

#[test]
fn the_corpus_has_exact_and_near_duplicates() {
    let case = &*CASE;
    let out = case.dd.cluster(&case.fps, &refs(&case.texts));
    assert!(
        out.stats.exact_duplicates > 3 && out.stats.near_duplicates > 10,
        "{:?}",
        out.stats
    );
    assert_eq!(out.stats.without_words, 3, "{:?}", out.stats);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn chunked_merge_equals_one_build(
        cuts in proptest::collection::vec(0usize..200, 0..8),
        shuffle in any::<u64>(),
        picks in proptest::collection::vec((0usize..16, any::<bool>()), 1..8),
    ) {
        let case = &*CASE;
        let texts = refs(&case.texts);
        let whole = case.dd.index(0, &case.fps);
        let index = merged(case, &cuts, shuffle, &picks);
        prop_assert_eq!(&index, &whole);
        // All chunks at once, in a shuffled order, gives the same too.
        let mut all = case.dd.empty_index();
        all.merge_many(chunk_indexes(case, &cuts, shuffle)).expect("same parameters");
        prop_assert_eq!(&all, &whole);
        let rep = |i: usize| Some(i);
        prop_assert_eq!(index.lsh.candidate_pairs(rep), whole.lsh.candidate_pairs(rep));
        let out = case.dd.cluster_indexed(&case.fps, &texts, &index).expect("index fits");
        prop_assert_eq!(out, case.dd.cluster(&case.fps, &texts));
    }
}

#[test]
fn index_survives_a_serde_round_trip() {
    let case = &*CASE;
    let index = merged(case, &[10, 30, 31], 5, &[(1, true), (0, false)]);
    let json = serde_json::to_string(&index).expect("serialize");
    let back: DedupIndex = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, index);
    let texts = refs(&case.texts);
    assert_eq!(
        case.dd.cluster_indexed(&case.fps, &texts, &back),
        Ok(case.dd.cluster(&case.fps, &texts))
    );
}

#[test]
fn an_index_that_does_not_fit_is_an_error() {
    let case = &*CASE;
    let texts = refs(&case.texts);
    let n = case.fps.len();
    // A shard left out.
    let partial = case.dd.index(0, &case.fps[..n - 5]);
    assert!(
        case.dd
            .cluster_indexed(&case.fps, &texts, &partial)
            .is_err()
    );
    // Article numbers shifted (a shard indexed from the wrong offset).
    let shifted = case.dd.index(1, &case.fps);
    assert!(
        case.dd
            .cluster_indexed(&case.fps, &texts, &shifted)
            .is_err()
    );
    // Another configuration's LSH parameters.
    let other = Deduper::new(DedupConfig {
        threshold: 0.5,
        ..DedupConfig::default()
    })
    .expect("valid");
    let foreign = other.index(0, &case.fps);
    assert!(
        case.dd
            .cluster_indexed(&case.fps, &texts, &foreign)
            .is_err()
    );
    let mut whole = case.dd.index(0, &case.fps);
    assert!(whole.merge(other.empty_index()).is_err());
    assert!(
        whole
            .merge_many(vec![case.dd.empty_index(), other.empty_index()])
            .is_err()
    );
    assert_eq!(whole, case.dd.index(0, &case.fps));
}

#[test]
fn shards_need_not_be_contiguous() {
    // Articles dealt round-robin to three shards, indexed from (global index, fingerprint) pairs.
    let case = &*CASE;
    let (params, k) = (case.dd.lsh_params(), case.dd.config().permutations);
    let shard = |s: usize| {
        let items = || case.fps.iter().enumerate().filter(move |(i, _)| i % 3 == s);
        DedupIndex {
            exact: ExactIndex::build(items()),
            lsh: LshIndex::build(params, k, items()).expect("a deduper's parameters fit"),
        }
    };
    let mut index = shard(2);
    index.merge(shard(0)).expect("same parameters");
    index.merge(shard(1)).expect("same parameters");
    assert_eq!(index, case.dd.index(0, &case.fps));
    let texts = refs(&case.texts);
    assert_eq!(
        case.dd.cluster_indexed(&case.fps, &texts, &index),
        Ok(case.dd.cluster(&case.fps, &texts))
    );
}
