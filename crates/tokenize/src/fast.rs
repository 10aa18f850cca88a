//! The block scanner behind [`crate::words`] and [`crate::count_words`].
//!
//! Text is cut into blocks of at most 64 bytes that start and end at *cuts*: word
//! boundaries right after a byte that belongs to no word (see [`cut`]), so each block
//! is segmented on its own, with no state carried in or out. Inside a block of ASCII
//! (plus the curly quotes, apostrophes and dashes of news text), a word is a maximal
//! run of letters, digits and `_`, glued across single `.` `:` `'` `,` `;` `’` by
//! WB6/WB7/WB11/WB12. The scanner builds 64-bit masks of those bytes (word bytes,
//! gluing punctuation, `_`, non-ASCII) and reads word starts and ends off the masks;
//! only the rare gluing punctuation between two word bytes is looked at one by one.
//!
//! The masks come from [`crate::masks::classify64`] on x86_64 (SSE2, part of its baseline:
//! a few 16-byte compares and a `pmovmskb` per class), else from SWAR arithmetic on `u64`
//! lanes. The crate's one `unsafe` block, the call into the SSE2 function, is in `masks`;
//! `fast::tests` checks both classifiers byte by byte. The SSE2 masks made `count_words`
//! 1.9× and `words` 1.4× faster than the SWAR ones, in one run.
//!
//! Where a window holds other non-ASCII bytes, the block stops at the last cut before
//! them, and the per-segment code in `word` takes over until past them.

use crate::word::{is_word_byte, joins};

const LANES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte lane equal to `c` (exact for ASCII lanes).
#[inline(always)]
fn eq(x: u64, c: u8) -> u64 {
    let t = x ^ (LANES * c as u64);
    let nonzero = ((t & !HIGH).wrapping_add(!HIGH) | t) & HIGH;
    nonzero ^ HIGH
}

/// Gathers the high bit of each byte lane into the low 8 bits (lane 0 -> bit 0).
#[inline(always)]
fn gather(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Masks of one window of 64 bytes (bit i for byte i).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Window {
    /// Letters, digits and `_`.
    word: u64,
    /// A superset of the ASCII punctuation that may glue a word (`.` `'` `:` `,` `;`):
    /// exactly those on the SIMD path, every non-word ASCII byte on the portable one.
    mid: u64,
    /// `_` (words made only of `_` are not words).
    under: u64,
    /// Non-ASCII bytes.
    high: u64,
}

/// The masks of a window, from [`crate::masks::classify64`] (SSE2 on x86_64).
#[inline(always)]
fn classify(chunk: &[u8; 64]) -> Window {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        let m = crate::masks::classify64(chunk);
        Window {
            word: m.word,
            mid: m.mid,
            under: m.underscore,
            high: m.high,
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        scan(chunk)
    }
}

/// Little-endian `u64` of bytes `8k..8k+8` of the window.
#[inline(always)]
fn lane(chunk: &[u8; 64], k: usize) -> u64 {
    let i = 8 * k;
    u64::from_le_bytes([
        chunk[i],
        chunk[i + 1],
        chunk[i + 2],
        chunk[i + 3],
        chunk[i + 4],
        chunk[i + 5],
        chunk[i + 6],
        chunk[i + 7],
    ])
}

/// The portable classifier: SWAR arithmetic on eight `u64` lanes. `mid` is every
/// non-word ASCII byte, a superset the glue test narrows down.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline(always)]
fn scan(chunk: &[u8; 64]) -> Window {
    let mut word = 0u64;
    let mut under = 0u64;
    let mut high = 0u64;
    for k in 0..8 {
        let x = lane(chunk, k);
        let hi = x & HIGH;
        // Arithmetic on 7-bit lanes cannot carry into the next lane.
        let x7 = x & !HIGH;
        let y = x7 | (LANES * 0x20);
        let alpha = y.wrapping_add(LANES * 0x1f) & !y.wrapping_add(LANES * 0x05);
        let digit = x7.wrapping_add(LANES * 0x50) & !x7.wrapping_add(LANES * 0x46);
        let us = eq(x, b'_');
        let w = ((alpha | digit) & HIGH & !hi) | us;
        word |= gather(w) << (8 * k);
        under |= gather(us) << (8 * k);
        high |= gather(hi) << (8 * k);
    }
    Window {
        word,
        mid: !word & !high,
        under,
        high,
    }
}

/// Mask of the bits below `n` (n <= 64).
#[inline(always)]
fn below(n: u32) -> u64 {
    if n >= 64 { u64::MAX } else { (1u64 << n) - 1 }
}

/// One block: `[base, base + len)`, with its word starts and ends (`end` bit i set
/// when a word's last byte is at offset i).
pub(crate) struct Block {
    pub(crate) len: usize,
    pub(crate) starts: u64,
    pub(crate) ends: u64,
    /// Whether some word may consist only of `_` and needs a closer look.
    pub(crate) underscore: bool,
}

/// Cuts the block at `pos` (a word boundary). `None` when no safe block can start
/// here: the caller segments with the full rules until `resume`, then tries again.
#[inline]
pub(crate) fn block(bytes: &[u8], pos: usize) -> Result<Block, usize> {
    let rest = bytes.get(pos..).unwrap_or_default();
    match rest.first_chunk::<64>() {
        Some(chunk) => block_in(chunk, rest.len(), pos),
        None => tail_block(rest, pos),
    }
}

/// The last window, shorter than 64 bytes: padded with NULs.
#[cold]
fn tail_block(rest: &[u8], pos: usize) -> Result<Block, usize> {
    let mut buf = [0u8; 64];
    let n = rest.len().min(64);
    if let (Some(dst), Some(src)) = (buf.get_mut(..n), rest.get(..n)) {
        dst.copy_from_slice(src);
    }
    block_in(&buf, rest.len(), pos)
}

/// [`block`] on the window `chunk`, the first bytes of the `rest_len` bytes left.
#[inline(always)]
fn block_in(chunk: &[u8; 64], rest_len: usize, pos: usize) -> Result<Block, usize> {
    let w = classify(chunk);
    let avail = rest_len.min(64) as u32;
    let high = w.high & below(avail);
    let mut limit = avail;
    let mut apostrophes = 0u64;
    if high != 0 {
        // Curly quotes, apostrophes and dashes are common in news; they are plain
        // punctuation to the rules (Other, or MidNumLet for ’ ‘), so the block may
        // keep them. Anything else non-ASCII ends the block.
        let mut h = high;
        while h != 0 {
            let i = h.trailing_zeros();
            let at = |j: u32| chunk.get(j as usize).copied().unwrap_or(0);
            match crate::word::known_punct(at(i), at(i + 1), at(i + 2)) {
                Some(apostrophe) if i + 2 < avail => {
                    if apostrophe {
                        apostrophes |= 1 << i;
                    }
                    h &= !(0b111 << i);
                }
                _ => {
                    limit = i;
                    break;
                }
            }
        }
    }
    // Bytes whose classes are known: up to the first other non-ASCII byte.
    let at_end = limit == avail && rest_len <= 64;
    let span = limit;
    let valid = below(span);
    let a = w.word & valid;
    // Single punctuation bytes between word bytes that may glue a word: rare ("U.S.",
    // "3.5", "don't"), so each is settled on its own.
    let mut cand = w.mid & (a << 1) & (a >> 1) & valid;
    let mut glue = 0u64;
    while cand != 0 {
        let i = (cand.trailing_zeros() & 63) as usize;
        cand &= cand - 1;
        let mid = chunk[i];
        let at = |j: usize| chunk.get(j).copied().unwrap_or(0);
        if joins(at(i.wrapping_sub(1)), mid, at(i + 1)) {
            glue |= 1 << i;
        }
    }
    let mut apostrophes = apostrophes & valid;
    while apostrophes != 0 {
        let i = apostrophes.trailing_zeros() as usize;
        apostrophes &= apostrophes - 1;
        let at = |j: usize| chunk.get(j).copied().unwrap_or(0);
        if i + 3 < span as usize && joins(at(i.wrapping_sub(1)), b'\'', at(i + 3)) {
            glue |= 0b111 << i;
        }
    }
    let w_all = a | glue;
    let len = if at_end {
        avail // the end of the text is a boundary too
    } else {
        match cut(chunk, w_all, span) {
            Some(c) => c,
            // Other non-ASCII right ahead: the full rules take it, up to the window's
            // last non-ASCII byte.
            None if limit < avail => return Err(pos + (64 - high.leading_zeros()) as usize),
            // A token longer than the window.
            None => return Err(pos + rest_len.min(65)),
        }
    };
    let valid = below(len);
    let w_all = w_all & valid;
    Ok(Block {
        len: len as usize,
        starts: w_all & !(w_all << 1),
        ends: w_all & !(w_all >> 1),
        underscore: w.under & valid != 0,
    })
}

/// Where to end the block: the last offset `c < span` (and below 64) after a byte
/// outside every word, that is also a word boundary. The next block restarts there
/// without context, so the byte before `c` must not glue to anything: it is a
/// non-word byte, and the pair around `c` is not CR LF, two spaces, or the inside of
/// a multi-byte character.
#[inline(always)]
fn cut(chunk: &[u8; 64], w_all: u64, span: u32) -> Option<u32> {
    let top = span.min(64).saturating_sub(1);
    let mut z = !w_all & below(top);
    while z != 0 {
        let i = 63 - z.leading_zeros();
        let x = chunk.get(i as usize).copied().unwrap_or(0);
        let y = chunk.get(i as usize + 1).copied().unwrap_or(0);
        let joined = matches!((x, y), (b'\r', b'\n') | (b' ', b' '));
        if !joined && (y as i8) >= -0x40 {
            return Some(i + 1);
        }
        z &= !(1 << i);
    }
    None
}

/// Whether the word starting at `start` (a block word start) is a word and not just
/// underscores: only `_` needs a look, since any other start byte is a letter or digit.
#[inline]
pub(crate) fn real_word(bytes: &[u8], start: usize) -> bool {
    let mut i = start;
    while bytes.get(i) == Some(&b'_') {
        i += 1;
    }
    bytes.get(i).is_some_and(|&b| is_word_byte(b))
}

/// Counts the words of `text`: popcounts of block masks, the full rules around other non-ASCII.
pub(crate) fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut n = 0;
    while pos < bytes.len() {
        match block(bytes, pos) {
            Ok(b) => {
                n += b.starts.count_ones() as usize;
                if b.underscore {
                    let mut s = b.starts;
                    while s != 0 {
                        let i = s.trailing_zeros() as usize;
                        s &= s - 1;
                        if !real_word(bytes, pos + i) {
                            n -= 1;
                        }
                    }
                }
                pos += b.len;
            }
            Err(resume) => {
                while pos < resume {
                    let (end, kind) = crate::word::next_segment(text, pos);
                    if matches!(kind, crate::TokenKind::Word | crate::TokenKind::Number) {
                        n += 1;
                    }
                    pos = end;
                }
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::masks::tests::windows;

    #[test]
    fn gather_collects_high_bits_in_lane_order() {
        for pattern in 0u32..256 {
            let mut m = 0u64;
            for lane in 0..8 {
                if pattern & (1 << lane) != 0 {
                    m |= 0x80 << (8 * lane);
                }
            }
            assert_eq!(gather(m), u64::from(pattern));
        }
    }

    /// The bytewise classes a window mask must hold.
    fn expected(chunk: &[u8; 64]) -> (u64, u64, u64, u64) {
        let mut m = (0, 0, 0, 0);
        for (i, &b) in chunk.iter().enumerate() {
            m.0 |= u64::from(is_word_byte(b)) << i;
            m.1 |= u64::from(crate::word::is_mid(b)) << i;
            m.2 |= u64::from(b == b'_') << i;
            m.3 |= u64::from(!b.is_ascii()) << i;
        }
        m
    }

    #[test]
    fn classify_matches_bytewise_classes() {
        for chunk in windows() {
            let (word, mid, under, high) = expected(&chunk);
            let w = classify(&chunk);
            assert_eq!(w.word, word, "{chunk:?}");
            assert_eq!(w.under, under, "{chunk:?}");
            assert_eq!(w.high, high, "{chunk:?}");
            // `mid` may be wider (the portable path), never narrower, and never word bytes.
            assert_eq!(w.mid & mid, mid, "{chunk:?}");
            assert_eq!(w.mid & (word | high), 0, "{chunk:?}");
        }
    }

    #[test]
    fn portable_scan_matches_bytewise_classes() {
        for chunk in windows() {
            let (word, mid, under, high) = expected(&chunk);
            let w = scan(&chunk);
            assert_eq!((w.word, w.under, w.high), (word, under, high), "{chunk:?}");
            assert_eq!(w.mid & mid, mid, "{chunk:?}");
            assert_eq!(w.mid & (word | high), 0, "{chunk:?}");
        }
    }
}
