//! Word segmentation: the full UAX #29 word-boundary rules, one segment at a time,
//! behind a per-segment ASCII shortcut.
//!
//! Architecture invariant: every function here takes a position that is a word
//! boundary and returns the next boundary; none of them keeps state between segments,
//! which is what lets the block scanner in `fast` hand over to this code at any
//! boundary and take it back at any other.

use crate::TokenKind;
use crate::tables::{self, EXT_PICT, wb};

/// The Word_Break value of `c`, with [`EXT_PICT`] set for Extended_Pictographic.
#[inline]
pub(crate) fn word_prop(c: char) -> u8 {
    prop_of(c as u32)
}

/// [`word_prop`] of a code point.
#[inline]
fn prop_of(cp: u32) -> u8 {
    crate::table_property(&tables::WORD_INDEX, &tables::WORD_BLOCKS, cp as usize)
}

/// The Word_Break value of the character at byte `i` of `text` (0 if none).
#[inline]
fn prop_at(text: &str, i: usize) -> u8 {
    text.get(i..)
        .and_then(|r| r.chars().next())
        .map_or(0, word_prop)
}

/// ASCII letter (Word_Break ALetter).
#[inline]
pub(crate) const fn is_alpha(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

/// ASCII letter, digit or `_` (ALetter, Numeric, ExtendNumLet): bytes that always join.
#[inline]
pub(crate) const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether the ASCII punctuation `mid` between `prev` and `next` stays inside a word
/// (WB6/WB7 for letters, WB11/WB12 for digits).
#[inline]
pub(crate) const fn joins(prev: u8, mid: u8, next: u8) -> bool {
    match mid {
        // MidLetter
        b':' => is_alpha(prev) && is_alpha(next),
        // MidNumLet and Single_Quote (MidNumLetQ)
        b'.' | b'\'' => {
            (is_alpha(prev) && is_alpha(next)) || (prev.is_ascii_digit() && next.is_ascii_digit())
        }
        // MidNum
        b',' | b';' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

/// Whether an ASCII byte can join the word before it when a suitable character follows.
#[inline]
pub(crate) const fn is_mid(b: u8) -> bool {
    matches!(b, b':' | b'.' | b'\'' | b',' | b';')
}

/// Whether the bytes `b0 b1 b2` are one of the common news punctuation marks that
/// the ASCII paths treat directly: `Some(true)` for ’ and ‘ (MidNumLet, like `'`),
/// `Some(false)` for “ ” – — … (Other).
#[inline]
pub(crate) const fn known_punct(b0: u8, b1: u8, b2: u8) -> Option<bool> {
    if b0 != 0xe2 || b1 != 0x80 {
        return None;
    }
    match b2 {
        0x98 | 0x99 => Some(true),
        0x93 | 0x94 | 0x9c | 0x9d | 0xa6 => Some(false),
        _ => None,
    }
}

/// ASCII symbols (general categories Sm, Sc, Sk), as opposed to punctuation.
#[inline]
const fn is_ascii_symbol(b: u8) -> bool {
    matches!(
        b,
        b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
    )
}

/// The next segment starting at `pos` (a boundary, `pos < text.len()`): its end and kind.
#[inline]
pub(crate) fn next_segment(text: &str, pos: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let Some(&b) = bytes.get(pos) else {
        return (len, TokenKind::Space);
    };
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    if b < 0x80 {
        if is_word_byte(b) {
            let mut i = pos + 1;
            loop {
                while i < len && is_word_byte(at(i)) {
                    i += 1;
                }
                let m = at(i);
                if is_mid(m) && joins(at(i - 1), m, at(i + 1)) {
                    i += 2;
                    continue;
                }
                if known_punct(m, at(i + 1), at(i + 2)) == Some(true)
                    && joins(at(i - 1), b'\'', at(i + 3))
                {
                    i += 4; // don’t
                    continue;
                }
                break;
            }
            let next = at(i);
            // A non-ASCII character may extend the word (a letter, a combining mark)
            // or join it across the punctuation (`a’é`, `a.é`): use the full rules.
            let unsure = if next >= 0x80 {
                match known_punct(next, at(i + 1), at(i + 2)) {
                    Some(true) => at(i + 3) >= 0x80,
                    Some(false) => false,
                    // No rule joins a letter, digit or `_` to these.
                    None => !matches!(
                        prop_at(text, i) & !EXT_PICT,
                        wb::OTHER
                            | wb::CR
                            | wb::LF
                            | wb::NEWLINE
                            | wb::WSEGSPACE
                            | wb::REGIONAL_INDICATOR
                    ),
                }
            } else {
                is_mid(next) && at(i + 1) >= 0x80
            };
            if unsure {
                return slow(text, pos);
            }
            let seg = bytes.get(pos..i).unwrap_or_default();
            let kind = if seg.iter().any(u8::is_ascii_alphabetic) {
                TokenKind::Word
            } else if seg.iter().any(u8::is_ascii_digit) {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
            return (i, kind);
        }
        let end = match b {
            b' ' => {
                let mut i = pos + 1;
                while at(i) == b' ' {
                    i += 1;
                }
                i
            }
            // Line breaks are never extended (WB3a), so no look at what follows.
            b'\r' => {
                return (
                    if at(pos + 1) == b'\n' {
                        pos + 2
                    } else {
                        pos + 1
                    },
                    TokenKind::Space,
                );
            }
            b'\n' | 0x0b | 0x0c => return (pos + 1, TokenKind::Space),
            _ => pos + 1,
        };
        if at(end) >= 0x80 {
            // Only WB4 (and WB3d between spaces) joins these to what follows.
            let p = prop_at(text, end) & !EXT_PICT;
            if is_ignorable(p) || (b == b' ' && p == wb::WSEGSPACE) {
                return slow(text, pos);
            }
        }
        let kind = if b.is_ascii_whitespace() || b == 0x0b {
            TokenKind::Space
        } else if is_ascii_symbol(b) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        };
        return (end, kind);
    }
    if known_punct(b, at(pos + 1), at(pos + 2)).is_some() && at(pos + 3) < 0x80 {
        return (pos + 3, TokenKind::Punct);
    }
    slow(text, pos)
}

/// The full rules for one segment, and its kind.
#[cold]
fn slow(text: &str, pos: usize) -> (usize, TokenKind) {
    let end = word_end(text, pos);
    (end, classify(text.get(pos..end).unwrap_or_default()))
}

/// The kind of a segment found by the UAX #29 rules.
pub(crate) fn classify(seg: &str) -> TokenKind {
    let mut chars = seg.chars();
    let Some(first) = chars.next() else {
        return TokenKind::Space;
    };
    let mut numeric = false;
    for c in seg.chars() {
        match word_prop(c) & !EXT_PICT {
            // UAX #29's letter classes make a word, even for their few members that
            // are not Alphabetic (U+02C2, U+30A0), where `unicode_words` differs.
            wb::ALETTER | wb::HEBREW_LETTER | wb::KATAKANA => return TokenKind::Word,
            wb::NUMERIC => numeric = true,
            // Letters without a Word_Break class of their own: ideographs, Thai...
            _ if c.is_alphabetic() => return TokenKind::Word,
            _ => numeric |= !c.is_ascii() && c.is_numeric(),
        }
    }
    if numeric {
        TokenKind::Number
    } else if first.is_whitespace() {
        TokenKind::Space
    } else if first.is_ascii() {
        if is_ascii_symbol(first as u8) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        }
    } else {
        let p = word_prop(first);
        if p & EXT_PICT != 0 || p == wb::REGIONAL_INDICATOR || first.is_control() {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        }
    }
}

const fn is_ahletter(p: u8) -> bool {
    matches!(p, wb::ALETTER | wb::HEBREW_LETTER)
}

const fn is_midnumletq(p: u8) -> bool {
    matches!(p, wb::MIDNUMLET | wb::SINGLE_QUOTE)
}

const fn is_ignorable(p: u8) -> bool {
    matches!(p, wb::EXTEND | wb::FORMAT | wb::ZWJ)
}

/// The Word_Break value of the next character in `rest` that WB4 does not ignore.
fn next_significant(rest: &str) -> Option<u8> {
    rest.chars()
        .map(|c| word_prop(c) & !EXT_PICT)
        .find(|p| !is_ignorable(*p))
}

/// No-break decision of WB5..WB16 between the significant characters `prev2 prev` and
/// `cur`, with `rest` the text after `cur` for the look-ahead rules.
fn no_break(prev2: Option<u8>, prev: u8, cur: u8, ri_run: usize, rest: &str) -> bool {
    use wb::*;
    match (prev, cur) {
        (p, c) if is_ahletter(p) && is_ahletter(c) => true, // WB5
        (p, c) if is_ahletter(p) && (c == MIDLETTER || is_midnumletq(c)) => {
            next_significant(rest).is_some_and(is_ahletter) // WB6
                || (p == HEBREW_LETTER && c == SINGLE_QUOTE) // WB7a
        }
        (p, c) if (p == MIDLETTER || is_midnumletq(p)) && is_ahletter(c) => {
            prev2.is_some_and(is_ahletter) // WB7
        }
        (HEBREW_LETTER, DOUBLE_QUOTE) => next_significant(rest) == Some(HEBREW_LETTER), // WB7b
        (DOUBLE_QUOTE, HEBREW_LETTER) => prev2 == Some(HEBREW_LETTER),                  // WB7c
        (NUMERIC, NUMERIC) => true,                                                     // WB8
        (p, NUMERIC) if is_ahletter(p) => true,                                         // WB9
        (NUMERIC, c) if is_ahletter(c) => true,                                         // WB10
        (p, NUMERIC) if p == MIDNUM || is_midnumletq(p) => prev2 == Some(NUMERIC),      // WB11
        (NUMERIC, c) if c == MIDNUM || is_midnumletq(c) => {
            next_significant(rest) == Some(NUMERIC) // WB12
        }
        (KATAKANA, KATAKANA) => true, // WB13
        (p, EXTENDNUMLET) if is_ahletter(p) || matches!(p, NUMERIC | KATAKANA | EXTENDNUMLET) => {
            true // WB13a
        }
        (EXTENDNUMLET, c) if is_ahletter(c) || matches!(c, NUMERIC | KATAKANA) => true, // WB13b
        (REGIONAL_INDICATOR, REGIONAL_INDICATOR) => ri_run % 2 == 1, // WB15, WB16
        _ => false,                                                  // WB999
    }
}

/// The end of the run of ALetter characters at `from` in `s`, decoding one- and
/// two-byte characters (ASCII, Latin, Greek, Cyrillic...) straight from the bytes.
#[inline]
fn letter_run(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(&c0) = b.get(i) {
        let len = if c0 < 0x80 {
            if !c0.is_ascii_alphabetic() {
                break;
            }
            1
        } else if c0 & 0xe0 == 0xc0 {
            let c1 = b.get(i + 1).copied().unwrap_or(0);
            let cp = (u32::from(c0 & 0x1f) << 6) | u32::from(c1 & 0x3f);
            if prop_of(cp) != wb::ALETTER {
                break;
            }
            2
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if word_prop(c) == wb::ALETTER => c.len_utf8(),
                _ => break,
            }
        };
        i += len;
    }
    i
}

/// The end of the UAX #29 word segment that starts at the boundary `start`.
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return text.len();
    };
    let mut chars = rest.chars();
    let Some(first) = chars.next() else {
        return text.len();
    };
    let p0 = word_prop(first);
    match p0 & !EXT_PICT {
        // WB3, WB3a
        wb::CR => {
            return start
                + if chars.as_str().starts_with('\n') {
                    2
                } else {
                    1
                };
        }
        wb::LF | wb::NEWLINE => return start + first.len_utf8(),
        _ => {}
    }
    let mut prev = p0 & !EXT_PICT; // last character that WB4 does not ignore
    let mut prev2: Option<u8> = None; // the one before it
    let mut raw = p0; // the character just before, ignorable or not
    let mut ri_run = usize::from(prev == wb::REGIONAL_INDICATOR);
    loop {
        if raw == wb::ALETTER {
            // Runs of plain letters, most of any alphabetic script, need only WB5.
            let from = rest.len() - chars.as_str().len();
            let to = letter_run(rest, from);
            if to > from {
                chars = rest.get(to..).unwrap_or_default().chars();
                prev2 = Some(wb::ALETTER);
            }
        }
        let here = rest.len() - chars.as_str().len();
        let Some(c) = chars.next() else {
            return text.len();
        };
        let full = word_prop(c);
        let p = full & !EXT_PICT;
        if matches!(p, wb::CR | wb::LF | wb::NEWLINE) {
            return start + here; // WB3b
        }
        let raw_prev = raw & !EXT_PICT;
        raw = full;
        let joined = (raw_prev == wb::ZWJ && full & EXT_PICT != 0) // WB3c
            || (raw_prev == wb::WSEGSPACE && p == wb::WSEGSPACE); // WB3d
        if !joined {
            if is_ignorable(p) {
                continue; // WB4
            }
            if !no_break(prev2, prev, p, ri_run, chars.as_str()) {
                return start + here;
            }
        }
        ri_run = if p == wb::REGIONAL_INDICATOR {
            if prev == wb::REGIONAL_INDICATOR {
                ri_run + 1
            } else {
                1
            }
        } else {
            0
        };
        prev2 = Some(prev);
        prev = p;
    }
}
