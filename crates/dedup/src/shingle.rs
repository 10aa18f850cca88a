//! Word n-gram shingles: lowercased words from `copydesk-tokenize`, hashed once per word and
//! combined per window, so a shingle costs a few multiplications and no allocation.

use crate::MAX_NGRAM;

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xBF58_476D_1CE4_E5B9;
const K3: u64 = 0x94D0_49BB_1331_11EB;

/// The splitmix64 finalizer: a cheap, well-spread 64-bit mix.
#[inline]
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(K2);
    z = (z ^ (z >> 27)).wrapping_mul(K3);
    z ^ (z >> 31)
}

/// Calls `f` with the hash of every word n-gram of `text`, in text order (repeats included).
/// A text with at least one but fewer than `ngram` words gives one shingle of all its words.
pub(crate) fn for_each_shingle(text: &str, ngram: usize, seed: u64, mut f: impl FnMut(u64)) {
    let n = ngram.clamp(1, MAX_NGRAM);
    let mut ring = [0u64; MAX_NGRAM];
    let mut seen = 0usize;
    let mut folded = String::new();
    for word in copydesk_tokenize::words(text) {
        copydesk_tokenize::fold_case(word, &mut folded);
        let h = xxhash_rust::xxh3::xxh3_64(folded.as_bytes());
        ring[seen % n] = h;
        seen += 1;
        if seen >= n {
            f(window_hash(&ring, n, seen - n, n, seed));
        }
    }
    if seen > 0 && seen < n {
        f(window_hash(&ring, n, 0, seen, seed));
    }
}

/// Combines `len` word hashes starting at word number `start` (ring of size `n`), in order, so
/// "a b" and "b a" differ.
#[inline]
fn window_hash(ring: &[u64; MAX_NGRAM], n: usize, start: usize, len: usize, seed: u64) -> u64 {
    let mut h = seed ^ (len as u64).wrapping_mul(K1);
    for k in 0..len {
        let w = ring[(start + k) % n];
        h = (h.rotate_left(27) ^ w).wrapping_mul(K1);
    }
    mix64(h)
}

/// The sorted, distinct shingle hashes of `text` (lowercased word `ngram`-grams, hashed with
/// `seed`): the set whose exact Jaccard similarity verifies candidate pairs.
pub fn shingle_hashes(text: &str, ngram: usize, seed: u64) -> Vec<u64> {
    let mut out = Vec::new();
    for_each_shingle(text, ngram, seed, |h| out.push(h));
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_windows() {
        assert_eq!(shingle_hashes("", 5, 1).len(), 0);
        assert_eq!(shingle_hashes("one two", 5, 1).len(), 1);
        assert_eq!(shingle_hashes("a b c d e", 5, 1).len(), 1);
        assert_eq!(shingle_hashes("a b c d e f g", 5, 1).len(), 3);
        assert_eq!(shingle_hashes("a b c d e f g", 1, 1).len(), 7);
    }

    #[test]
    fn case_and_punctuation_do_not_matter_but_order_does() {
        let a = shingle_hashes("The Quick brown fox, jumps over", 3, 7);
        let b = shingle_hashes("the quick BROWN fox jumps over!", 3, 7);
        assert_eq!(a, b);
        let c = shingle_hashes("quick the brown fox jumps over", 3, 7);
        assert_ne!(a, c);
    }

    #[test]
    fn seed_changes_hashes() {
        assert_ne!(
            shingle_hashes("a b c d e", 5, 1),
            shingle_hashes("a b c d e", 5, 2)
        );
    }
}
