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

/// ASCII-lowercases the eight bytes packed in `x` at once; other bytes pass unchanged.
#[inline]
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits plus an offset sets its high bit exactly when the byte is at
    // least 'A' (resp. greater than 'Z'); no addition carries into the next byte.
    let low7 = x & !HIGH;
    let at_least_a = low7.wrapping_add((0x80 - u64::from(b'A')) * ONES);
    let above_z = low7.wrapping_add((0x80 - u64::from(b'Z') - 1) * ONES);
    let upper = at_least_a & !above_z & !x & HIGH;
    x | (upper >> 2)
}

/// Hash of a word's bytes, ASCII-lowercased on the fly (eight bytes per step). Equal for a word
/// and its `fold_case` form whenever that form differs only in ASCII case.
#[inline]
fn word_hash(bytes: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K1);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = (h ^ lower8(u64::from_le_bytes(a)))
            .wrapping_mul(K1)
            .rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        h = (h ^ lower8(u64::from_le_bytes(a))).wrapping_mul(K2);
    }
    mix64(h)
}

/// Multiplier of the rolling window hash (odd, so no information is lost).
const ROLL: u64 = 0xD6E8_FEB8_6659_FD93;

/// Calls `f` with the hash of every word n-gram of `text`, in text order (repeats included).
/// A text with at least one but fewer than `ngram` words gives one shingle of all its words.
///
/// Why this shape: words are hashed once, lowercased on the fly (only non-ASCII words go
/// through `fold_case`), and the window hash rolls as a polynomial in the word hashes
/// (`sum w_i * ROLL^(n-1-i)`), so a shingle costs two multiplications and a mix whatever `n`.
pub(crate) fn for_each_shingle(text: &str, ngram: usize, seed: u64, mut f: impl FnMut(u64)) {
    let n = ngram.clamp(1, MAX_NGRAM);
    let roll_n = ROLL.wrapping_pow(n as u32);
    let word_seed = mix64(seed ^ K3);
    let mut ring = [0u64; MAX_NGRAM];
    let mut slot = 0usize;
    let mut seen = 0usize;
    let mut window = 0u64;
    let mut folded = String::new();
    // for_each, not a for loop: the tokenizer's internal iteration (fold) is its fast path.
    copydesk_tokenize::words(text).for_each(|word| {
        let h = if word.is_ascii() {
            word_hash(word.as_bytes(), word_seed)
        } else {
            copydesk_tokenize::fold_case(word, &mut folded);
            word_hash(folded.as_bytes(), word_seed)
        };
        // The word leaving the window (0 while the window fills, which removes nothing).
        let out = ring[slot];
        ring[slot] = h;
        slot += 1;
        if slot == n {
            slot = 0;
        }
        window = window
            .wrapping_mul(ROLL)
            .wrapping_add(h)
            .wrapping_sub(out.wrapping_mul(roll_n));
        seen += 1;
        if seen >= n {
            f(mix64(window ^ seed));
        }
    });
    if seen > 0 && seen < n {
        // A short text: one shingle of all its words, tagged with their count.
        f(mix64(window ^ seed ^ (seen as u64).wrapping_mul(K1)));
    }
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
    fn swar_lowercase_matches_fold_case() {
        for w in [
            "Hello",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "mixedCASE123",
            "@[`{",
            "Zürich",
            "ÉCOLE",
        ] {
            let mut folded = String::new();
            copydesk_tokenize::fold_case(w, &mut folded);
            assert_eq!(
                word_hash(w.to_lowercase().as_bytes(), 3),
                word_hash(folded.as_bytes(), 3),
                "{w}"
            );
            if w.is_ascii() {
                assert_eq!(
                    word_hash(w.as_bytes(), 3),
                    word_hash(folded.as_bytes(), 3),
                    "{w}"
                );
            }
        }
        // Bytes next to the letter ranges stay as they are.
        assert_eq!(
            lower8(u64::from_le_bytes(*b"@[`{AZaz")),
            u64::from_le_bytes(*b"@[`{azaz")
        );
        assert_ne!(word_hash(b"ab", 1), word_hash(b"ba", 1));
        assert_ne!(word_hash(b"a", 1), word_hash(b"a\0", 1));
    }

    #[test]
    fn rolling_window_equals_fresh_window() {
        // The 5-gram starting at word 3 of a long text is the 5-gram of those five words alone.
        let long = shingle_hashes("w0 w1 w2 w3 w4 w5 w6 w7 w8", 5, 9);
        let alone = shingle_hashes("w3 w4 w5 w6 w7", 5, 9);
        assert!(long.contains(&alone[0]));
        assert_eq!(long.len(), 5);
    }

    #[test]
    fn seed_changes_hashes() {
        assert_ne!(
            shingle_hashes("a b c d e", 5, 1),
            shingle_hashes("a b c d e", 5, 2)
        );
    }
}
