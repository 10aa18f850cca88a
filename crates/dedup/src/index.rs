//! Mergeable indexes over fingerprints: exact-hash groups and LSH band buckets.
//!
//! Both hold article indices and hashes only, never text. Each is a set of `(key, article)`
//! entries kept sorted and distinct, so [`merge`](LshIndex::merge) is a set union: associative,
//! commutative, with the empty index as identity. An index built from the whole corpus at once
//! and one merged from per-chunk indexes in any grouping and order are equal, and so are the
//! candidate pairs they yield.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cluster::MAX_BUCKET;
use crate::{DedupError, Fingerprint, LshParams, MAX_PERMUTATIONS, lsh};

/// Merges two sorted, distinct vectors into one sorted, distinct vector (a set union).
fn union_sorted<T: Ord + Copy>(a: Vec<T>, b: Vec<T>) -> Vec<T> {
    if a.is_empty() {
        return b;
    }
    if b.is_empty() {
        return a;
    }
    // Chunks built from disjoint, ordered ranges often do not interleave at all.
    if let (Some(la), Some(fb)) = (a.last(), b.first())
        && la < fb
    {
        let mut a = a;
        a.reserve_exact(b.len());
        a.extend_from_slice(&b);
        return a;
    }
    if let (Some(lb), Some(fa)) = (b.last(), a.first())
        && lb < fa
    {
        let mut b = b;
        b.reserve_exact(a.len());
        b.extend_from_slice(&a);
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Sorts and deduplicates; in parallel only when the vector is large enough to pay for it
/// (chunk indexes are already built in parallel with each other).
/// Union of many sorted, distinct vectors: concatenated, each freed as soon as it is copied,
/// then sorted (the stable sort finds the sorted runs and merges them) and deduplicated.
fn union_many<T: Ord + Copy>(mine: &mut Vec<T>, runs: Vec<Vec<T>>) {
    let total = mine.len() + runs.iter().map(Vec::len).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    out.append(mine);
    for mut run in runs {
        out.append(&mut run);
    }
    out.sort();
    out.dedup();
    *mine = out;
}

fn sort_distinct<T: Ord + Copy + Send>(v: &mut Vec<T>) {
    if v.len() > 1 << 16 {
        v.par_sort_unstable();
    } else {
        v.sort_unstable();
    }
    v.dedup();
}

/// Exact-duplicate groups: the 128-bit content hash of every article, as sorted, distinct
/// `(hash, article)` entries. Articles sharing a hash form a group whose representative is its
/// smallest article index.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ExactIndexRepr")]
pub struct ExactIndex {
    entries: Vec<(u128, usize)>,
}

/// What is read back; sorting on the way in keeps the invariant whatever the file held.
#[derive(Deserialize)]
struct ExactIndexRepr {
    entries: Vec<(u128, usize)>,
}

impl From<ExactIndexRepr> for ExactIndex {
    fn from(r: ExactIndexRepr) -> Self {
        let mut entries = r.entries;
        sort_distinct(&mut entries);
        ExactIndex { entries }
    }
}

impl ExactIndex {
    /// Indexes `(article index, fingerprint)` pairs; the indices are global (input order across
    /// all chunks).
    pub fn build<'a>(items: impl IntoIterator<Item = (usize, &'a Fingerprint)>) -> Self {
        let mut entries: Vec<(u128, usize)> =
            items.into_iter().map(|(i, f)| (f.exact, i)).collect();
        sort_distinct(&mut entries);
        ExactIndex { entries }
    }

    /// Set union with another index. Associative and commutative.
    pub fn merge(&mut self, other: ExactIndex) {
        let mine = std::mem::take(&mut self.entries);
        self.entries = union_sorted(mine, other.entries);
    }

    /// Set union with many indexes at once; the same as merging them one by one, with less
    /// copying.
    pub fn merge_many(&mut self, others: Vec<ExactIndex>) {
        union_many(
            &mut self.entries,
            others.into_iter().map(|o| o.entries).collect(),
        );
    }

    /// Number of entries (articles indexed).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The `(hash, article)` entries, sorted.
    pub fn entries(&self) -> &[(u128, usize)] {
        &self.entries
    }

    /// The groups of identical hashes, in hash order; each is sorted by article index, so its
    /// first entry is the representative. Singletons are groups too.
    pub fn groups(&self) -> impl Iterator<Item = &[(u128, usize)]> {
        self.entries.chunk_by(|a, b| a.0 == b.0)
    }
}

/// LSH band buckets: per band, sorted and distinct `(band hash, article)` entries for every
/// article whose signature has the expected length. Articles sharing a band hash in one band
/// are candidate near-duplicates.
///
/// ```
/// use copydesk_dedup::{DedupConfig, Deduper, LshIndex};
///
/// let dd = Deduper::new(DedupConfig::default())?;
/// let texts = [
///     "the river rose two feet overnight and the bridge stayed closed to traffic all morning",
///     "the river rose two feet overnight and the bridge stayed closed to traffic all morning today",
///     "a new bakery opened on main street with bread, pastries and coffee for early commuters",
/// ];
/// let fps: Vec<_> = texts.iter().map(|t| dd.fingerprint(t)).collect();
/// // Two chunks (shards), each indexed with global article indices, then merged.
/// let mut index = dd.index(0, &fps[..1]).lsh;
/// index.merge(dd.index(1, &fps[1..]).lsh)?;
/// assert_eq!(index, dd.index(0, &fps).lsh);
/// assert_eq!(index.candidate_pairs(Some).pairs, vec![(0, 1)]);
/// # Ok::<(), copydesk_dedup::DedupError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "LshIndexRepr")]
pub struct LshIndex {
    params: LshParams,
    permutations: usize,
    bands: Vec<Vec<(u64, usize)>>,
}

#[derive(Deserialize)]
struct LshIndexRepr {
    params: LshParams,
    permutations: usize,
    bands: Vec<Vec<(u64, usize)>>,
}

impl TryFrom<LshIndexRepr> for LshIndex {
    type Error = DedupError;

    /// Checks the shape (as [`Deduper::new`](crate::Deduper::new) would have chosen it) and
    /// sorts the entries, so a hand-edited or foreign file cannot break the index's invariants.
    fn try_from(r: LshIndexRepr) -> Result<Self, DedupError> {
        check_shape(r.params, r.permutations, r.bands.len())?;
        let mut bands = r.bands;
        bands.resize_with(r.params.bands, Vec::new);
        for b in &mut bands {
            sort_distinct(b);
        }
        Ok(LshIndex {
            params: r.params,
            permutations: r.permutations,
            bands,
        })
    }
}

/// Bands x rows fit in the signature, which is no longer than [`MAX_PERMUTATIONS`], and no
/// more than `stored` bands hold entries.
fn check_shape(params: LshParams, permutations: usize, stored: usize) -> Result<(), DedupError> {
    let LshParams { bands, rows } = params;
    let fits = permutations <= MAX_PERMUTATIONS
        && bands >= 1
        && rows >= 1
        && bands.checked_mul(rows).is_some_and(|v| v <= permutations)
        && stored <= bands;
    if fits {
        Ok(())
    } else {
        Err(DedupError::IndexMismatch(format!(
            "LSH index of {bands}x{rows} over {permutations} values with {stored} bands stored"
        )))
    }
}

/// Candidate pairs proposed by an [`LshIndex`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CandidatePairs {
    /// Distinct `(a, b)` pairs with `a < b`, sorted.
    pub pairs: Vec<(usize, usize)>,
    /// Buckets with more than [`MAX_BUCKET`] distinct members, paired linearly.
    pub capped_buckets: usize,
}

impl LshIndex {
    /// An empty index for signatures of `permutations` values cut into `params` bands x rows,
    /// as a [`Deduper`](crate::Deduper) chooses them ([`Deduper::lsh_params`] and the
    /// configured permutations); an error if they do not fit together.
    ///
    /// [`Deduper::lsh_params`]: crate::Deduper::lsh_params
    pub fn new(params: LshParams, permutations: usize) -> Result<Self, DedupError> {
        check_shape(params, permutations, 0)?;
        Ok(LshIndex::empty(params, permutations))
    }

    /// [`new`](Self::new) for parameters known to fit (a deduper's).
    pub(crate) fn empty(params: LshParams, permutations: usize) -> Self {
        LshIndex {
            params,
            permutations,
            bands: vec![Vec::new(); params.bands],
        }
    }

    /// Indexes `(article index, fingerprint)` pairs; the indices are global (input order across
    /// all chunks), so chunks need not be contiguous. Fingerprints whose signature is not
    /// `permutations` long (texts without words, or another configuration) are left out. An
    /// error if the parameters do not fit together, as for [`new`](Self::new).
    pub fn build<'a>(
        params: LshParams,
        permutations: usize,
        items: impl IntoIterator<Item = (usize, &'a Fingerprint)>,
    ) -> Result<Self, DedupError> {
        check_shape(params, permutations, 0)?;
        Ok(LshIndex::build_unchecked(params, permutations, items))
    }

    /// [`build`](Self::build) for parameters known to fit (a deduper's).
    pub(crate) fn build_unchecked<'a>(
        params: LshParams,
        permutations: usize,
        items: impl IntoIterator<Item = (usize, &'a Fingerprint)>,
    ) -> Self {
        let items = items.into_iter();
        let mut index = LshIndex::empty(params, permutations);
        // Sized up front: a chunk's vectors are merged as they are, slack and all.
        let expected = items.size_hint().0;
        for entries in &mut index.bands {
            entries.reserve_exact(expected);
        }
        for (i, f) in items {
            if f.signature.len() != permutations {
                continue;
            }
            for (b, entries) in index.bands.iter_mut().enumerate() {
                entries.push((lsh::band_hash(&f.signature, b, params.rows), i));
            }
        }
        index.bands.par_iter_mut().for_each(sort_distinct);
        index
    }

    /// The bands x rows this index was built with.
    pub fn params(&self) -> LshParams {
        self.params
    }

    /// The signature length this index accepts.
    pub fn permutations(&self) -> usize {
        self.permutations
    }

    /// Entries over all bands (each indexed article has one per band).
    pub fn len(&self) -> usize {
        self.bands.iter().map(Vec::len).sum()
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.bands.iter().all(Vec::is_empty)
    }

    /// Set union with another index built with the same parameters. Associative and
    /// commutative; an error (and no change) if the parameters differ.
    pub fn merge(&mut self, other: LshIndex) -> Result<(), DedupError> {
        self.check_same(&other)?;
        self.merge_same(other);
        Ok(())
    }

    fn check_same(&self, other: &LshIndex) -> Result<(), DedupError> {
        if self.params != other.params || self.permutations != other.permutations {
            return Err(DedupError::IndexMismatch(format!(
                "LSH index of {}x{} over {} values merged with one of {}x{} over {}",
                self.params.bands,
                self.params.rows,
                self.permutations,
                other.params.bands,
                other.params.rows,
                other.permutations
            )));
        }
        Ok(())
    }

    /// Set union with many indexes at once (for example every shard's); the same as merging
    /// them one by one, with less copying. An error (and no change) if any has other
    /// parameters.
    pub fn merge_many(&mut self, others: Vec<LshIndex>) -> Result<(), DedupError> {
        for o in &others {
            self.check_same(o)?;
        }
        self.merge_many_same(others);
        Ok(())
    }

    /// [`merge_many`](Self::merge_many) of indexes known to share parameters. Bands are merged
    /// in parallel; each band's runs are freed as it is done.
    fn merge_many_same(&mut self, others: Vec<LshIndex>) {
        let mut per_band: Vec<Vec<Vec<(u64, usize)>>> = (0..self.bands.len())
            .map(|_| Vec::with_capacity(others.len()))
            .collect();
        for o in others {
            for (runs, band) in per_band.iter_mut().zip(o.bands) {
                runs.push(band);
            }
        }
        self.bands
            .par_iter_mut()
            .zip(per_band.into_par_iter())
            .for_each(|(mine, runs)| union_many(mine, runs));
    }

    /// Merge of two indexes known to share parameters.
    pub(crate) fn merge_same(&mut self, other: LshIndex) {
        self.bands
            .par_iter_mut()
            .zip(other.bands.into_par_iter())
            .for_each(|(mine, theirs)| {
                let m = std::mem::take(mine);
                *mine = union_sorted(m, theirs);
            });
    }

    /// The candidate pairs: articles that share a bucket in some band. Each entry's article is
    /// first mapped through `representative` (for example to the representative of its exact
    /// group); entries mapped to `None` are left out, and members mapped to the same article
    /// count once. A bucket with more than [`MAX_BUCKET`] distinct members pairs its first
    /// member with every other and each member with the next, so the work stays linear; all
    /// other buckets give all their pairs. The result is sorted and depends only on the set of
    /// entries, not on how the index was built.
    pub fn candidate_pairs(
        &self,
        representative: impl Fn(usize) -> Option<usize> + Sync,
    ) -> CandidatePairs {
        let per_band: Vec<(Vec<(usize, usize)>, usize)> = self
            .bands
            .par_iter()
            .map(|entries| {
                let mut pairs = Vec::new();
                let mut capped = 0;
                let mut bucket: Vec<usize> = Vec::new();
                for run in entries.chunk_by(|a, b| a.0 == b.0) {
                    if run.len() < 2 {
                        continue;
                    }
                    bucket.clear();
                    bucket.extend(run.iter().filter_map(|&(_, a)| representative(a)));
                    bucket.sort_unstable();
                    bucket.dedup();
                    if bucket.len() > MAX_BUCKET {
                        // Quadratic pairing would blow up on a flood of near-identical texts.
                        // Members similar to each other but to neither the first nor their
                        // neighbour can be missed.
                        capped += 1;
                        let first = bucket[0];
                        for w in bucket.windows(2) {
                            pairs.push((first, w[1]));
                            if w[0] != first {
                                pairs.push((w[0], w[1]));
                            }
                        }
                    } else {
                        for (x, &a) in bucket.iter().enumerate() {
                            for &b in &bucket[x + 1..] {
                                pairs.push((a, b));
                            }
                        }
                    }
                }
                (pairs, capped)
            })
            .collect();
        let capped_buckets = per_band.iter().map(|p| p.1).sum();
        let mut pairs: Vec<(usize, usize)> =
            Vec::with_capacity(per_band.iter().map(|p| p.0.len()).sum());
        for (p, _) in per_band {
            pairs.extend(p);
        }
        sort_distinct(&mut pairs);
        CandidatePairs {
            pairs,
            capped_buckets,
        }
    }
}

/// Both indexes of one chunk (or shard) of the corpus: what [`Deduper::cluster_indexed`]
/// needs besides the fingerprints and texts. Serializable, so shards can write it to a file.
///
/// [`Deduper::cluster_indexed`]: crate::Deduper::cluster_indexed
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupIndex {
    pub exact: ExactIndex,
    pub lsh: LshIndex,
}

impl DedupIndex {
    /// An empty index (the identity of [`merge`](Self::merge)), for a deduper's parameters;
    /// see [`Deduper::empty_index`](crate::Deduper::empty_index).
    pub(crate) fn new(params: LshParams, permutations: usize) -> Self {
        DedupIndex {
            exact: ExactIndex::default(),
            lsh: LshIndex::empty(params, permutations),
        }
    }

    /// Indexes `fingerprints`, the first of which is article `first` in the whole corpus, for a
    /// deduper's parameters; see [`Deduper::index`](crate::Deduper::index).
    pub(crate) fn build(
        params: LshParams,
        permutations: usize,
        first: usize,
        fingerprints: &[Fingerprint],
    ) -> Self {
        let items = || {
            fingerprints
                .iter()
                .enumerate()
                .map(|(j, f)| (first.saturating_add(j), f))
        };
        DedupIndex {
            exact: ExactIndex::build(items()),
            lsh: LshIndex::build_unchecked(params, permutations, items()),
        }
    }

    /// Set union of both indexes; an error (and no change) if the LSH parameters differ.
    pub fn merge(&mut self, other: DedupIndex) -> Result<(), DedupError> {
        self.lsh.merge(other.lsh)?;
        self.exact.merge(other.exact);
        Ok(())
    }

    /// Set union with many indexes at once (for example every shard's file); the same as
    /// merging them one by one, with less copying. An error (and no change) if any has other
    /// LSH parameters.
    pub fn merge_many(&mut self, others: Vec<DedupIndex>) -> Result<(), DedupError> {
        for o in &others {
            self.lsh.check_same(&o.lsh)?;
        }
        self.merge_many_same(others);
        Ok(())
    }

    pub(crate) fn merge_same(&mut self, other: DedupIndex) {
        self.lsh.merge_same(other.lsh);
        self.exact.merge(other.exact);
    }

    fn merge_many_same(&mut self, others: Vec<DedupIndex>) {
        let (exact, lsh): (Vec<ExactIndex>, Vec<LshIndex>) =
            others.into_iter().map(|o| (o.exact, o.lsh)).unzip();
        self.exact.merge_many(exact);
        self.lsh.merge_many_same(lsh);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_is_sorted_and_distinct() {
        assert_eq!(
            union_sorted(vec![1, 3, 5], vec![2, 3, 6]),
            vec![1, 2, 3, 5, 6]
        );
        assert_eq!(union_sorted(vec![4, 5], vec![1, 2]), vec![1, 2, 4, 5]);
        assert_eq!(union_sorted(vec![1, 2], vec![4, 5]), vec![1, 2, 4, 5]);
        assert_eq!(union_sorted(Vec::new(), vec![7]), vec![7]);
        assert_eq!(union_sorted(vec![7], vec![7]), vec![7]);
        let mut mine = vec![1, 4];
        union_many(&mut mine, vec![vec![2, 4], Vec::new(), vec![0, 9]]);
        assert_eq!(mine, vec![0, 1, 2, 4, 9]);
    }

    #[test]
    fn deserializing_restores_order_and_bands() {
        let params = LshParams { bands: 2, rows: 2 };
        let json =
            r#"{"params":{"bands":2,"rows":2},"permutations":4,"bands":[[[9,1],[3,0],[9,1]]]}"#;
        let index: LshIndex = serde_json::from_str(json).expect("valid JSON");
        let mut expected = LshIndex::new(params, 4).expect("fits");
        expected.bands[0] = vec![(3, 0), (9, 1)];
        assert_eq!(index, expected);
        let exact: ExactIndex =
            serde_json::from_str(r#"{"entries":[[5,2],[5,1],[1,0]]}"#).expect("valid JSON");
        assert_eq!(exact.entries(), &[(1, 0), (5, 1), (5, 2)]);
        for bad in [
            r#"{"params":{"bands":2,"rows":3},"permutations":4,"bands":[]}"#,
            r#"{"params":{"bands":1,"rows":1},"permutations":4,"bands":[[],[]]}"#,
            r#"{"params":{"bands":0,"rows":1},"permutations":4,"bands":[]}"#,
            r#"{"params":{"bands":99999999999,"rows":1},"permutations":99999999999,"bands":[]}"#,
        ] {
            assert!(serde_json::from_str::<LshIndex>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn merge_refuses_other_parameters() {
        let mut a = LshIndex::new(LshParams { bands: 2, rows: 2 }, 4).expect("fits");
        let b = LshIndex::new(LshParams { bands: 1, rows: 4 }, 4).expect("fits");
        assert!(a.merge(b).is_err());
        assert_eq!(a, LshIndex::empty(LshParams { bands: 2, rows: 2 }, 4));
        assert!(LshIndex::new(LshParams { bands: 3, rows: 2 }, 4).is_err());
        assert!(
            LshIndex::new(
                LshParams {
                    bands: usize::MAX,
                    rows: 1
                },
                4
            )
            .is_err()
        );
    }
}
