//! Clustering: exact groups, LSH candidates, exact-Jaccard verification, union-find, keep rule.
//!
//! Candidate pairs are split into connected components first; each component is verified on its
//! own (in parallel), with the shingle sets of its members recomputed from their texts and
//! dropped when the component is done, so memory holds shingle sets only for the components in
//! flight. Verified clusters never cross components, so the keep rule and the similarity of
//! each duplicate to its kept article are settled inside the component too.

use std::borrow::Borrow;
use std::cmp::Reverse;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{DedupError, DedupIndex, Deduper, Fingerprint, jaccard};

/// LSH buckets with more members than this are not expanded into all their pairs.
pub const MAX_BUCKET: usize = 256;

/// How a duplicate was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Identical text.
    Exact,
    /// Verified near-duplicate (exact Jaccard of shingle sets at or above the threshold, or
    /// joined to the cluster through such pairs).
    Near,
}

/// The decision for one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Keep,
    /// A duplicate of the kept article `of` (its input index), with the exact Jaccard similarity
    /// of their shingle sets (1.0 for identical texts).
    Duplicate {
        of: usize,
        similarity: f64,
        method: Method,
    },
}

/// Counts of what the dedup stage did, for the run report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupStats {
    pub articles: usize,
    /// Articles with no words, or with a signature of another length (a fingerprint from
    /// another configuration): only exact dedup applies to them.
    pub without_words: usize,
    /// Groups of two or more identical texts.
    pub exact_groups: usize,
    /// Articles dropped as identical to another.
    pub exact_duplicates: usize,
    pub bands: usize,
    pub rows: usize,
    /// Distinct pairs proposed by LSH (among distinct texts).
    pub candidate_pairs: usize,
    /// LSH buckets larger than [`MAX_BUCKET`], paired linearly instead of all-pairs.
    pub capped_buckets: usize,
    /// Candidate pairs whose exact Jaccard similarity reached the threshold.
    pub verified_pairs: usize,
    /// Candidate pairs below the threshold: LSH false positives, rejected.
    pub rejected_pairs: usize,
    /// Connected components of the candidate graph, and the largest one's size.
    pub candidate_components: usize,
    pub largest_component: usize,
    /// Clusters of two or more distinct texts joined by verified pairs.
    pub near_clusters: usize,
    /// Articles dropped as near-duplicates (including identical copies of a dropped text).
    pub near_duplicates: usize,
    pub kept: usize,
    pub duplicates: usize,
}

/// The verdict for every article, in input order, and the counts.
#[derive(Debug, Clone, PartialEq)]
pub struct DedupOutcome {
    pub verdicts: Vec<Verdict>,
    pub stats: DedupStats,
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins two sets; the smaller root becomes the root, so roots are deterministic.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// What one candidate component yields.
#[derive(Default)]
struct ComponentResult {
    verified: usize,
    rejected: usize,
    /// (duplicate representative, kept representative, similarity to the kept one)
    duplicates: Vec<(usize, usize, f64)>,
    clusters: usize,
}

/// Most fingerprints per chunk when `cluster` indexes them: chunks are indexed in parallel and
/// merged. Any chunking gives the same index; fewer, larger chunks leave less to merge.
const MAX_INDEX_CHUNK: usize = 8192;

/// Chunk size for `n` fingerprints: at least eight chunks, so even a small input goes through
/// the merge that shards would use, and at most [`MAX_INDEX_CHUNK`] fingerprints in each.
fn index_chunk(n: usize) -> usize {
    n.div_ceil(8).clamp(1, MAX_INDEX_CHUNK)
}

pub(crate) fn cluster(dd: &Deduper, fps: &[Fingerprint], texts: &[&str]) -> DedupOutcome {
    let n = fps.len().min(texts.len());
    let fps = &fps[..n];
    let size = index_chunk(n);
    let index = fps
        .par_chunks(size)
        .enumerate()
        .map(|(c, chunk)| dd.index(c * size, chunk))
        .reduce(
            || dd.empty_index(),
            |mut a, b| {
                a.merge_same(b);
                a
            },
        );
    // Merged pairwise as the chunks finish (a tree), which holds less memory at the peak than
    // `merge_many` over all chunks at the end. Handed over, so it is freed before verification.
    cluster_with(dd, fps, texts, index)
}

pub(crate) fn cluster_indexed(
    dd: &Deduper,
    fps: &[Fingerprint],
    texts: &[&str],
    index: &DedupIndex,
) -> Result<DedupOutcome, DedupError> {
    let n = fps.len().min(texts.len());
    let fps = &fps[..n];
    let (lsh, k) = (index.lsh.params(), index.lsh.permutations());
    if lsh != dd.lsh || k != dd.config.permutations {
        return Err(DedupError::IndexMismatch(format!(
            "LSH index of {}x{} over {k} values, deduper uses {}x{} over {}",
            lsh.bands, lsh.rows, dd.lsh.bands, dd.lsh.rows, dd.config.permutations
        )));
    }
    let entries = index.exact.entries();
    let mut seen = vec![false; n];
    for &(hash, i) in entries {
        match fps.get(i) {
            Some(f) if f.exact == hash && !seen[i] => seen[i] = true,
            _ => {
                return Err(DedupError::IndexMismatch(format!(
                    "exact index entry for article {i} does not match the {n} fingerprints"
                )));
            }
        }
    }
    if entries.len() != n {
        return Err(DedupError::IndexMismatch(format!(
            "exact index covers {} articles of {n}",
            entries.len()
        )));
    }
    Ok(cluster_with(dd, fps, texts, index))
}

/// The clustering proper. `index.exact` covers exactly the articles `0..fps.len()` with their
/// hashes (checked by the callers); `texts` is at least as long as `fps`. An owned index is
/// dropped as soon as the candidate pairs are out.
fn cluster_with<I: Borrow<DedupIndex>>(
    dd: &Deduper,
    fps: &[Fingerprint],
    texts: &[&str],
    index: I,
) -> DedupOutcome {
    let n = fps.len();
    let k = dd.config.permutations;
    let params = dd.lsh;
    let mut stats = DedupStats {
        articles: n,
        bands: params.bands,
        rows: params.rows,
        ..DedupStats::default()
    };
    let mut verdicts = vec![Verdict::Keep; n];

    // 1. Exact groups, sorted by (hash, index): the first of each is the representative.
    let order: Vec<usize> = index.borrow().exact.entries().iter().map(|e| e.1).collect();
    // For each representative, the range of its group in `order`.
    let mut group_range: Vec<(usize, usize)> = vec![(0, 0); n];
    let mut reps = Vec::new();
    let mut start = 0;
    for group in index.borrow().exact.groups() {
        let end = start + group.len();
        let rep = order[start];
        group_range[rep] = (start, end);
        for &m in &order[start + 1..end] {
            verdicts[m] = Verdict::Duplicate {
                of: rep,
                similarity: 1.0,
                method: Method::Exact,
            };
        }
        if group.len() > 1 {
            stats.exact_groups += 1;
            stats.exact_duplicates += group.len() - 1;
        }
        reps.push(rep);
        start = end;
    }
    reps.sort_unstable();

    // 2. LSH over representatives with a usable signature: every indexed article stands for
    // the representative of its exact group (identical texts share every bucket anyway).
    let mut with_sig = Vec::with_capacity(reps.len());
    let mut rep_of = vec![usize::MAX; n];
    for &r in &reps {
        let len = fps[r].signature.len();
        if len == k {
            with_sig.push(r);
            let (gs, ge) = group_range[r];
            for &m in &order[gs..ge] {
                rep_of[m] = r;
            }
        } else {
            if len != 0 {
                tracing::warn!(
                    article = r,
                    len,
                    expected = k,
                    "signature of unexpected length; near-duplicate search skipped for it"
                );
            }
            stats.without_words += group_range[r].1 - group_range[r].0;
        }
    }
    let candidates = index
        .borrow()
        .lsh
        .candidate_pairs(|i| rep_of.get(i).copied().filter(|&r| r != usize::MAX));
    drop(rep_of);
    drop(index);
    let pairs = candidates.pairs;
    stats.capped_buckets = candidates.capped_buckets;
    stats.candidate_pairs = pairs.len();

    // 3. Components of the candidate graph.
    let mut uf = UnionFind::new(n);
    for &(a, b) in &pairs {
        uf.union(a, b);
    }
    // Component id per root, numbered by smallest member (roots are smallest members).
    let mut comp_of_root = vec![usize::MAX; n];
    let mut comp_members: Vec<Vec<usize>> = Vec::new();
    let mut in_pair = vec![false; n];
    for &(a, b) in &pairs {
        in_pair[a] = true;
        in_pair[b] = true;
    }
    for r in with_sig.iter().copied().filter(|&r| in_pair[r]) {
        let root = uf.find(r);
        if comp_of_root[root] == usize::MAX {
            comp_of_root[root] = comp_members.len();
            comp_members.push(Vec::new());
        }
        comp_members[comp_of_root[root]].push(r);
    }
    let mut comp_pairs: Vec<Vec<(usize, usize)>> = vec![Vec::new(); comp_members.len()];
    for &(a, b) in &pairs {
        let root = uf.find(a);
        comp_pairs[comp_of_root[root]].push((a, b));
    }
    drop(pairs);
    stats.candidate_components = comp_members.len();
    stats.largest_component = comp_members.iter().map(Vec::len).max().unwrap_or(0);

    // 4. Verify each component, cluster it, choose its kept articles.
    let threshold = dd.config.threshold;
    let results: Vec<ComponentResult> = comp_members
        .par_iter()
        .zip(comp_pairs.par_iter())
        .map(|(members, cpairs)| verify_component(dd, fps, texts, members, cpairs, threshold))
        .collect();

    // 5. Verdicts.
    for res in results {
        stats.verified_pairs += res.verified;
        stats.rejected_pairs += res.rejected;
        stats.near_clusters += res.clusters;
        for (dup, keep, similarity) in res.duplicates {
            let (gs, ge) = group_range[dup];
            for &m in &order[gs..ge] {
                verdicts[m] = Verdict::Duplicate {
                    of: keep,
                    similarity,
                    method: Method::Near,
                };
                stats.near_duplicates += 1;
            }
        }
    }
    // Exact copies of a near-duplicate were first counted as exact; they are near now.
    stats.duplicates = verdicts.iter().filter(|v| **v != Verdict::Keep).count();
    stats.exact_duplicates = verdicts
        .iter()
        .filter(|v| {
            matches!(
                v,
                Verdict::Duplicate {
                    method: Method::Exact,
                    ..
                }
            )
        })
        .count();
    stats.kept = n - stats.duplicates;
    tracing::info!(
        articles = stats.articles,
        exact = stats.exact_duplicates,
        near = stats.near_duplicates,
        candidates = stats.candidate_pairs,
        rejected = stats.rejected_pairs,
        "dedup clustered"
    );
    DedupOutcome { verdicts, stats }
}

fn verify_component(
    dd: &Deduper,
    fps: &[Fingerprint],
    texts: &[&str],
    members: &[usize],
    pairs: &[(usize, usize)],
    threshold: f64,
) -> ComponentResult {
    let mut res = ComponentResult::default();
    // members is ascending; local ids are positions in it.
    let local = |g: usize| members.binary_search(&g).unwrap_or(0);
    let sets: Vec<Vec<u64>> = members.iter().map(|&m| dd.shingle_set(texts[m])).collect();
    let mut uf = UnionFind::new(members.len());
    for &(a, b) in pairs {
        let (la, lb) = (local(a), local(b));
        if jaccard(&sets[la], &sets[lb]) >= threshold {
            res.verified += 1;
            uf.union(la, lb);
        } else {
            res.rejected += 1;
        }
    }
    // Best (kept) member per cluster root: longest text, then smaller content hash, then index.
    let key = |l: usize| {
        let f = &fps[members[l]];
        (f.len, Reverse(f.exact), Reverse(members[l]))
    };
    let mut best = vec![usize::MAX; members.len()];
    let mut size = vec![0usize; members.len()];
    for l in 0..members.len() {
        let root = uf.find(l);
        size[root] += 1;
        if best[root] == usize::MAX || key(l) > key(best[root]) {
            best[root] = l;
        }
    }
    res.clusters = size.iter().filter(|&&s| s > 1).count();
    for l in 0..members.len() {
        let root = uf.find(l);
        let keep = best[root];
        if keep != l {
            let sim = jaccard(&sets[l], &sets[keep]);
            res.duplicates.push((members[l], members[keep], sim));
        }
    }
    res
}
