//! Byte-class masks of a 64-byte window, for scanners that find words and bytes of interest
//! without looking at bytes one by one.
//!
//! [`classify64`] returns one 64-bit mask per class ([`ByteMasks`]), bit `i` for byte `i` of
//! the window. Runs and their ends then come from bit arithmetic: with `m` a class mask, the
//! run starts are `m & !(m << 1)` and the run ends `m & !(m >> 1)`; the next byte outside the
//! class at or after `i` is `(!m >> i).trailing_zeros()`. Nothing depends on the previous
//! word, so the next word is found without a chain of dependent loads.
//!
//! On x86_64 the masks come from SSE2 (part of the x86_64 baseline): one unaligned load per
//! 16 bytes, a compare or two per class and one `pmovmskb` per class and 16 bytes. The call
//! into that function is this crate's one `unsafe` block. Elsewhere a portable byte loop
//! computes the same masks; a test checks both against the bytewise classes for every byte
//! value at every position.
//!
//! The function is `#[inline]`: a caller that reads only some classes pays only for those
//! (the others are dead code once inlined).
//!
//! ```
//! use copydesk_tokenize::masks::{ByteMasks, classify64};
//!
//! let mut window = [b' '; 64];
//! window[..15].copy_from_slice(b"Russia's 3 ways");
//! let m: ByteMasks = classify64(&window);
//! assert_eq!(m.upper, 1);
//! assert_eq!(m.apostrophe, 1 << 6);
//! assert_eq!(m.digit, 1 << 9);
//! let alnum = m.alnum;
//! // Word starts: bytes 0, 9 and 11.
//! assert_eq!(alnum & !(alnum << 1), 1 | 1 << 7 | 1 << 9 | 1 << 11);
//! ```

/// The classes of the 64 bytes of a window: bit `i` of each mask is set when byte `i` is in
/// the class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByteMasks {
    /// ASCII lower-case letters `a..=z`.
    pub lower: u64,
    /// ASCII upper-case letters `A..=Z`.
    pub upper: u64,
    /// ASCII digits `0..=9`.
    pub digit: u64,
    /// ASCII letters and digits (`lower | upper | digit`, built before the masks are taken).
    pub alnum: u64,
    /// Bytes of UAX #29 words in ASCII: letters, digits and `_` (ExtendNumLet).
    pub word: u64,
    /// The ASCII punctuation that may glue a word in UAX #29: `.` `'` `:` `,` `;`
    /// (MidNumLet, MidLetter, MidNum).
    pub mid: u64,
    /// The space ` ` (U+0020) only.
    pub space: u64,
    /// ASCII controls: below `0x20` (tab, CR, LF among them) and `0x7F`.
    pub control: u64,
    /// The straight apostrophe `'`.
    pub apostrophe: u64,
    /// The straight double quote `"`.
    pub double_quote: u64,
    /// The backtick `` ` ``.
    pub backtick: u64,
    /// The hyphen-minus `-`.
    pub hyphen: u64,
    /// Opening brackets `(` and `[`.
    pub open: u64,
    /// Sentence punctuation `.` `!` `?` `:`.
    pub stop: u64,
    /// Comma and semicolon `,` `;`.
    pub comma: u64,
    /// The underscore `_`.
    pub underscore: u64,
    /// Non-ASCII bytes (`0x80..=0xFF`): lead and continuation bytes of UTF-8 alike.
    pub high: u64,
}

impl ByteMasks {
    /// ASCII letters.
    #[inline]
    #[must_use]
    pub fn alpha(&self) -> u64 {
        self.lower | self.upper
    }
}

/// The masks of a 64-byte window (see the [module documentation](self)).
#[inline(always)]
#[must_use]
pub fn classify64(chunk: &[u8; 64]) -> ByteMasks {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        let (a, b, c, d) = {
            let (p0, rest) = chunk.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
            let (p1, rest) = rest.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
            let (p2, rest) = rest.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
            let p3 = rest.first_chunk::<16>().unwrap_or(&[0; 16]);
            // SAFETY: `sse2::classify16` needs SSE2 and nothing else, and this code is compiled
            // only when SSE2 is enabled for the whole build (it is part of the x86_64
            // baseline). Calling a `target_feature` function still takes `unsafe`, even then.
            #[allow(unsafe_code)]
            unsafe {
                (
                    sse2::classify16(p0),
                    sse2::classify16(p1),
                    sse2::classify16(p2),
                    sse2::classify16(p3),
                )
            }
        };
        let join = |f: fn(&ByteMasks) -> u64| f(&a) | f(&b) << 16 | f(&c) << 32 | f(&d) << 48;
        ByteMasks {
            lower: join(|m| m.lower),
            upper: join(|m| m.upper),
            digit: join(|m| m.digit),
            alnum: join(|m| m.alnum),
            word: join(|m| m.word),
            mid: join(|m| m.mid),
            space: join(|m| m.space),
            control: join(|m| m.control),
            apostrophe: join(|m| m.apostrophe),
            double_quote: join(|m| m.double_quote),
            backtick: join(|m| m.backtick),
            hyphen: join(|m| m.hyphen),
            open: join(|m| m.open),
            stop: join(|m| m.stop),
            comma: join(|m| m.comma),
            underscore: join(|m| m.underscore),
            high: join(|m| m.high),
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        portable(chunk)
    }
}

/// The masks of the bytes of `bytes` from `pos` (at most 64; the rest of the window is
/// classed as NUL bytes, which are controls). For the last, short window of a text.
#[inline(always)]
#[must_use]
pub fn classify_at(bytes: &[u8], pos: usize) -> ByteMasks {
    let rest = bytes.get(pos..).unwrap_or_default();
    let buf;
    // One call site, so the classifier is inlined once.
    let chunk = match rest.first_chunk::<64>() {
        Some(chunk) => chunk,
        None => {
            buf = padded(rest);
            &buf
        }
    };
    classify64(chunk)
}

/// The last bytes of a text, padded with NULs to a window.
#[cold]
fn padded(rest: &[u8]) -> [u8; 64] {
    let mut buf = [0u8; 64];
    let n = rest.len().min(64);
    if let (Some(dst), Some(src)) = (buf.get_mut(..n), rest.get(..n)) {
        dst.copy_from_slice(src);
    }
    buf
}

/// The portable classifier: one byte at a time. The reference for the SSE2 one, and the path
/// on targets without it.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn portable(chunk: &[u8; 64]) -> ByteMasks {
    let mut m = ByteMasks::default();
    for (i, &b) in chunk.iter().enumerate() {
        let bit = 1u64 << i;
        let set = |mask: &mut u64, yes: bool| {
            if yes {
                *mask |= bit;
            }
        };
        set(&mut m.lower, b.is_ascii_lowercase());
        set(&mut m.upper, b.is_ascii_uppercase());
        set(&mut m.digit, b.is_ascii_digit());
        set(&mut m.alnum, b.is_ascii_alphanumeric());
        set(&mut m.word, b.is_ascii_alphanumeric() || b == b'_');
        set(&mut m.mid, matches!(b, b'.' | b'\'' | b':' | b',' | b';'));
        set(&mut m.space, b == b' ');
        set(&mut m.control, b < 0x20 || b == 0x7F);
        set(&mut m.apostrophe, b == b'\'');
        set(&mut m.double_quote, b == b'"');
        set(&mut m.backtick, b == b'`');
        set(&mut m.hyphen, b == b'-');
        set(&mut m.open, b == b'(' || b == b'[');
        set(&mut m.stop, matches!(b, b'.' | b'!' | b'?' | b':'));
        set(&mut m.comma, b == b',' || b == b';');
        set(&mut m.underscore, b == b'_');
        set(&mut m.high, b >= 0x80);
    }
    m
}

/// The SSE2 classifier: per 16 bytes one load, a compare or two per class, one `pmovmskb`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use super::ByteMasks;
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set_epi8, _mm_set1_epi8,
    };

    /// The 16 bytes as a vector; the compiler turns this into one unaligned load.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn load(c: &[u8; 16]) -> __m128i {
        let b = |i: usize| c[i] as i8;
        _mm_set_epi8(
            b(15),
            b(14),
            b(13),
            b(12),
            b(11),
            b(10),
            b(9),
            b(8),
            b(7),
            b(6),
            b(5),
            b(4),
            b(3),
            b(2),
            b(1),
            b(0),
        )
    }

    /// Lanes holding a byte in `lo..lo + n` (unsigned), by the signed-compare trick:
    /// `x + (0x80 - lo)` lands in `0x80..0x80 + n`, the `n` smallest signed values.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn in_range(x: __m128i, lo: u8, n: u8) -> __m128i {
        let shifted = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
    }

    #[inline]
    #[target_feature(enable = "sse2")]
    fn eq(x: __m128i, c: u8) -> __m128i {
        _mm_cmpeq_epi8(x, _mm_set1_epi8(c as i8))
    }

    /// The mask of a vector compare, as a `u64` to shift into place.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn bits(v: __m128i) -> u64 {
        u64::from(_mm_movemask_epi8(v) as u16)
    }

    /// The classes of 16 bytes, in the low 16 bits of each mask.
    #[inline]
    #[target_feature(enable = "sse2")]
    pub(super) fn classify16(part: &[u8; 16]) -> ByteMasks {
        let x = load(part);
        let or = _mm_or_si128;
        let digit = in_range(x, b'0', 10);
        let alnum = or(in_range(or(x, _mm_set1_epi8(0x20)), b'a', 26), digit);
        let under = eq(x, b'_');
        let apostrophe = eq(x, b'\'');
        let dot_colon = or(eq(x, b'.'), eq(x, b':'));
        let comma = or(eq(x, b','), eq(x, b';'));
        ByteMasks {
            lower: bits(in_range(x, b'a', 26)),
            upper: bits(in_range(x, b'A', 26)),
            digit: bits(digit),
            alnum: bits(alnum),
            word: bits(or(alnum, under)),
            mid: bits(or(or(dot_colon, apostrophe), comma)),
            space: bits(eq(x, b' ')),
            // 0x00..0x1F, and 0x7F.
            control: bits(or(in_range(x, 0, 0x20), eq(x, 0x7F))),
            apostrophe: bits(apostrophe),
            double_quote: bits(eq(x, b'"')),
            backtick: bits(eq(x, b'`')),
            hyphen: bits(eq(x, b'-')),
            open: bits(or(eq(x, b'('), eq(x, b'['))),
            stop: bits(or(dot_colon, or(eq(x, b'!'), eq(x, b'?')))),
            comma: bits(comma),
            underscore: bits(under),
            high: bits(x),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every byte value at every position, with news text around it (also the tokenizer's
    /// block scanner tests).
    pub(crate) fn windows() -> impl Iterator<Item = [u8; 64]> {
        (0u8..=255).flat_map(|b| {
            (0..64).map(move |pos| {
                let mut chunk =
                    *b"The U.S. can't say 3.5 or 1,000; Feb. 18: a-b (c) \"d\" e!? f_`[(l";
                chunk[pos] = b;
                chunk
            })
        })
    }

    #[test]
    fn classify64_matches_the_portable_classes() {
        for chunk in windows() {
            assert_eq!(classify64(&chunk), portable(&chunk), "{chunk:?}");
        }
    }

    #[test]
    fn portable_classes_are_the_bytewise_ones() {
        for chunk in windows() {
            let m = portable(&chunk);
            for (i, &b) in chunk.iter().enumerate() {
                let has = |mask: u64| mask >> i & 1 == 1;
                assert_eq!(has(m.alnum), b.is_ascii_alphanumeric());
                assert_eq!(has(m.word), b.is_ascii_alphanumeric() || b == b'_');
                assert_eq!(has(m.mid), b".':,;".contains(&b));
                assert_eq!(has(m.alpha()), b.is_ascii_alphabetic());
                assert_eq!(has(m.upper), b.is_ascii_uppercase());
                assert_eq!(has(m.digit), b.is_ascii_digit());
                assert_eq!(has(m.space), b == b' ');
                assert_eq!(has(m.control), b.is_ascii_control());
                assert_eq!(has(m.apostrophe), b == b'\'');
                assert_eq!(has(m.double_quote), b == b'"');
                assert_eq!(has(m.backtick), b == b'`');
                assert_eq!(has(m.hyphen), b == b'-');
                assert_eq!(has(m.open), b"([".contains(&b));
                assert_eq!(has(m.stop), b".!?:".contains(&b));
                assert_eq!(has(m.comma), b",;".contains(&b));
                assert_eq!(has(m.underscore), b == b'_');
                assert_eq!(has(m.high), !b.is_ascii());
            }
        }
    }

    #[test]
    fn classify_at_pads_a_short_tail_with_controls() {
        let text = b"ab cd";
        let m = classify_at(text, 3);
        assert_eq!(m.lower, 0b11);
        assert_eq!(m.control, !0b11);
        assert_eq!(classify_at(text, 9), classify64(&[0; 64]));
    }
}
