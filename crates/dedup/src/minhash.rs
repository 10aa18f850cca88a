//! MinHash signatures: each shingle is hashed once (64 bits, see `shingle`), folded to 32 bits,
//! and every permutation is an affine map `a·x + b` on 32-bit words (odd `a`, so a bijection).
//!
//! Why this shape: the inner loop is a multiply, an add and a minimum over a contiguous array,
//! which the compiler vectorizes with plain SSE2. The minimum is taken in signed order (the sign
//! bit of each value flipped relative to unsigned), which is just another fixed total order and
//! so just as good for MinHash, and SSE2 has a signed 32-bit compare but no unsigned one.

use crate::shingle::mix64;

#[derive(Debug, Clone)]
pub(crate) struct MinHasher {
    a: Box<[i32]>,
    b: Box<[i32]>,
}

impl MinHasher {
    /// Draws `k` permutations from a splitmix64 stream seeded with `seed`.
    pub(crate) fn new(k: usize, seed: u64) -> Self {
        let mut state = seed ^ 0x5851_F42D_4C95_7F2D;
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            mix64(state)
        };
        let mut a = Vec::with_capacity(k);
        let mut b = Vec::with_capacity(k);
        for _ in 0..k {
            a.push(((next() >> 32) as u32 | 1) as i32);
            b.push((next() >> 32) as u32 as i32);
        }
        MinHasher {
            a: a.into_boxed_slice(),
            b: b.into_boxed_slice(),
        }
    }

    pub(crate) fn start(&self) -> Vec<i32> {
        vec![i32::MAX; self.a.len()]
    }

    #[inline]
    pub(crate) fn update(&self, acc: &mut [i32], shingle: u64) {
        let x = ((shingle >> 32) ^ shingle) as u32 as i32;
        for ((m, &a), &b) in acc.iter_mut().zip(self.a.iter()).zip(self.b.iter()) {
            let v = a.wrapping_mul(x).wrapping_add(b);
            *m = (*m).min(v);
        }
    }

    pub(crate) fn finish(&self, acc: Vec<i32>) -> Box<[u32]> {
        acc.into_iter().map(|v| v as u32).collect()
    }
}
