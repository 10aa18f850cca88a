//! The block scanner behind [`crate::words`] and [`crate::count_words`].
//!
//! Text is cut into blocks of at most 64 bytes that start and end at *cuts*: word
//! boundaries right after a byte that belongs to no word (see [`cut`]), so each block
//! is segmented on its own, with no state carried in or out. Inside a block of ASCII
//! (plus the curly quotes, apostrophes and dashes of news text), a word is a maximal
//! run of letters, digits and `_`, glued across single `.` `:` `'` `,` `;` `’` by
//! WB6/WB7/WB11/WB12; the scanner builds 64-bit masks of those bytes with SWAR
//! arithmetic on `u64` words (no unsafe) and reads word starts and ends off the masks.
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

/// Masks of one window of up to 64 bytes.
struct Window {
    /// Letters, digits and `_`.
    word: u64,
    /// Whether any lane holds `_` (words made only of `_` are not words).
    underscore: bool,
    /// Non-ASCII bytes.
    high: u64,
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

/// The masks of a window of ASCII without `_` (the caller knows from [`Underscores`]),
/// the common case, or `None` if it holds non-ASCII bytes.
#[inline(always)]
fn scan_plain(chunk: &[u8; 64]) -> Option<Window> {
    let mut word = 0u64;
    let mut odd = 0u64;
    for k in 0..8 {
        let x = lane(chunk, k);
        let y = x | (LANES * 0x20);
        let alpha = y.wrapping_add(LANES * 0x1f) & !y.wrapping_add(LANES * 0x05);
        let digit = x.wrapping_add(LANES * 0x50) & !x.wrapping_add(LANES * 0x46);
        // Non-ASCII lanes make the sums above meaningless, and show here.
        odd |= x;
        word |= gather((alpha | digit) & HIGH) << (8 * k);
    }
    (odd & HIGH == 0).then_some(Window {
        word,
        underscore: false,
        high: 0,
    })
}

/// Where the next `_` is: the plain scan does not look for it (words with `_` are
/// rare in news), so a window that holds one takes the exact scan.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Underscores {
    /// Position of the next `_` at or after the last query; `None` before the first.
    next: Option<usize>,
}

impl Underscores {
    /// Whether a `_` lies in the window at `pos`.
    #[inline(always)]
    fn near(&mut self, bytes: &[u8], pos: usize) -> bool {
        let next = match self.next {
            Some(n) if n >= pos => n,
            _ => {
                let rest = bytes.get(pos..).unwrap_or_default();
                let n = memchr::memchr(b'_', rest).map_or(usize::MAX, |i| pos + i);
                self.next = Some(n);
                n
            }
        };
        next - pos < 64
    }
}

/// The masks of any window.
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
        under |= us;
        let w = ((alpha | digit) & HIGH & !hi) | us;
        word |= gather(w) << (8 * k);
        high |= gather(hi) << (8 * k);
    }
    Window {
        word,
        underscore: under != 0,
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
pub(crate) fn block(bytes: &[u8], pos: usize, us: &mut Underscores) -> Result<Block, usize> {
    let rest = bytes.get(pos..).unwrap_or_default();
    let exact = us.near(bytes, pos);
    match rest.first_chunk::<64>() {
        Some(chunk) => block_in(chunk, rest.len(), pos, exact),
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
    block_in(&buf, rest.len(), pos, true)
}

/// [`block`] on the window `chunk`, the first bytes of the `rest_len` bytes left.
#[inline(always)]
fn block_in(chunk: &[u8; 64], rest_len: usize, pos: usize, exact: bool) -> Result<Block, usize> {
    let plain = if exact { None } else { scan_plain(chunk) };
    let w = match plain {
        Some(w) => w,
        None => scan(chunk),
    };
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
    // Single non-word bytes between word bytes: punctuation that may glue a word.
    let mut cand = !a & (a << 1) & (a >> 1) & valid;
    let mut glue = 0u64;
    while cand != 0 {
        let i = (cand.trailing_zeros() & 63) as usize;
        cand &= cand - 1;
        let mid = chunk[i];
        // Most candidates are the spaces between words: one test settles them.
        if mid == b' ' {
            continue;
        }
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
        underscore: w.underscore,
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
    let mut us = Underscores::default();
    while pos < bytes.len() {
        match block(bytes, pos, &mut us) {
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

    #[test]
    fn plain_scan_agrees_with_exact_scan() {
        // Every byte value at every lane position, with plain fillers around it.
        for b in 0u8..=255 {
            for pos in 0..64 {
                let mut chunk =
                    *b"The U.S. can't say 3.5 or 1,000; Feb. 18: a-b (c) \"d\" e!? fghijk";
                chunk[pos] = b;
                let exact = scan(&chunk);
                match scan_plain(&chunk) {
                    // The plain scan leaves `_` out: windows with one take the exact scan.
                    Some(p) if b == b'_' => assert_eq!(p.word | 1 << pos, exact.word),
                    Some(p) => {
                        assert!(b.is_ascii(), "byte {b}");
                        assert_eq!(p.word, exact.word, "byte {b}");
                    }
                    None => assert!(!b.is_ascii(), "byte {b}"),
                }
                assert_eq!(exact.high, u64::from(!b.is_ascii()) << pos, "byte {b}");
            }
        }
    }

    #[test]
    fn masks_match_bytewise_classes() {
        let mut chunk = [0u8; 64];
        for start in (0u8..128).step_by(64) {
            for (i, b) in chunk.iter_mut().enumerate() {
                *b = start + i as u8;
            }
            let w = scan(&chunk);
            for (i, &b) in chunk.iter().enumerate() {
                assert_eq!(w.word >> i & 1 == 1, is_word_byte(b), "byte {b}");
            }
            assert_eq!(w.high, 0);
            // The plain scan agrees but for `_`, which it leaves out.
            if let Some(p) = scan_plain(&chunk) {
                let underscore = if start == 64 { 1 << (0x5f - 64) } else { 0 };
                assert_eq!(p.word | underscore, w.word);
            }
        }
    }
}
