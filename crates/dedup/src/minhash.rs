//! MinHash signatures over 64-bit shingle hashes (see `shingle`).
//!
//! Two schemes give signatures of the same length and meaning (slot `i` of two signatures agrees
//! with probability equal to the Jaccard similarity of the shingle sets), so LSH is the same:
//!
//! * [`MinHashScheme::OnePermutation`] (default): one-permutation hashing with optimal
//!   densification (Li, Owen and Zhang 2012; Shrivastava 2017). The high bits of a shingle's hash
//!   pick one of `k` bins, the low 32 bits compete for that bin's minimum; bins left empty borrow
//!   the value of a bin chosen by a fixed pseudo-random probe sequence, the same for every text.
//!   A shingle costs a few instructions instead of `k` hash evaluations, which is what lets the
//!   signature keep up with tokenization.
//! * [`MinHashScheme::Permutations`]: the textbook `k` independent permutations, each an affine
//!   map `a·x + b` on the 32-bit folded shingle hash (odd `a`, a bijection), vectorized by the
//!   compiler. The minimum is taken in signed order, just another fixed total order, because
//!   SSE2 compares signed 32-bit lanes but not unsigned ones.

use serde::{Deserialize, Serialize};

use crate::shingle::{for_each_shingle, mix64};

/// How signatures are computed; see the module docs of `minhash`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MinHashScheme {
    /// One-permutation hashing with optimal densification; `permutations` is the number of bins.
    #[default]
    OnePermutation,
    /// `permutations` independent affine permutations.
    Permutations,
}

#[derive(Debug, Clone)]
pub(crate) struct MinHasher {
    scheme: MinHashScheme,
    k: usize,
    seed: u64,
    a: Box<[i32]>,
    b: Box<[i32]>,
}

impl MinHasher {
    /// Draws `k` permutations from a splitmix64 stream seeded with `seed`.
    pub(crate) fn new(scheme: MinHashScheme, k: usize, seed: u64) -> Self {
        let mut state = seed ^ 0x5851_F42D_4C95_7F2D;
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            mix64(state)
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        if scheme == MinHashScheme::Permutations {
            for _ in 0..k {
                a.push(((next() >> 32) as u32 | 1) as i32);
                b.push((next() >> 32) as u32 as i32);
            }
        }
        MinHasher {
            scheme,
            k,
            seed,
            a: a.into_boxed_slice(),
            b: b.into_boxed_slice(),
        }
    }

    /// The signature of the shingles of `text`; empty when there are none.
    pub(crate) fn signature(&self, text: &str, ngram: usize, seed: u64) -> Box<[u32]> {
        match self.scheme {
            MinHashScheme::OnePermutation => self.one_permutation(text, ngram, seed),
            MinHashScheme::Permutations => self.permutations(text, ngram, seed),
        }
    }

    fn permutations(&self, text: &str, ngram: usize, seed: u64) -> Box<[u32]> {
        let mut acc = vec![i32::MAX; self.k];
        let mut any = false;
        for_each_shingle(text, ngram, seed, |shingle| {
            any = true;
            let x = ((shingle >> 32) ^ shingle) as u32 as i32;
            for ((m, &a), &b) in acc.iter_mut().zip(self.a.iter()).zip(self.b.iter()) {
                let v = a.wrapping_mul(x).wrapping_add(b);
                *m = (*m).min(v);
            }
        });
        if !any {
            return Box::new([]);
        }
        acc.into_iter().map(|v| v as u32).collect()
    }

    fn one_permutation(&self, text: &str, ngram: usize, seed: u64) -> Box<[u32]> {
        const EMPTY: u64 = u64::MAX;
        let k = self.k as u64;
        // Values are 32-bit, so u64::MAX marks a bin no shingle reached.
        let mut bins = vec![EMPTY; self.k];
        let mut any = false;
        for_each_shingle(text, ngram, seed, |shingle| {
            any = true;
            // Fast range reduction of the high half picks the bin; the low half is the value.
            let bin = (((shingle >> 32) * k) >> 32) as usize;
            let v = shingle & 0xFFFF_FFFF;
            if let Some(m) = bins.get_mut(bin) {
                *m = (*m).min(v);
            }
        });
        if !any {
            return Box::new([]);
        }
        let filled: Vec<bool> = bins.iter().map(|&v| v != EMPTY).collect();
        let mut out: Vec<u32> = bins.iter().map(|&v| v as u32).collect();
        for i in 0..self.k {
            if filled[i] {
                continue;
            }
            out[i] = self.borrow(i, &filled, &bins);
        }
        out.into_boxed_slice()
    }

    /// Optimal densification: probe bins in a pseudo-random order that depends only on the empty
    /// bin `i` and the seed (so every text probes alike) until a filled one is found.
    fn borrow(&self, i: usize, filled: &[bool], bins: &[u64]) -> u32 {
        let k = self.k as u64;
        let base = mix64(self.seed ^ (i as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
        for attempt in 0..64 * k {
            let h = mix64(base.wrapping_add(attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15)));
            let j = (((h >> 32) * k) >> 32) as usize;
            if filled.get(j) == Some(&true) {
                return bins[j] as u32;
            }
        }
        // Practically unreachable (at least one bin is filled); stay deterministic anyway.
        (1..self.k)
            .map(|d| (i + d) % self.k)
            .find(|&j| filled[j])
            .map_or(u32::MAX, |j| bins[j] as u32)
    }
}
