//! Character-level cleaning of one line: mojibake repair, whitespace and control folding, NFC,
//! the quote policy and dashes.
//!
//! Every step takes the line as it stands and returns `None` when it changes nothing, so clean
//! text costs a scan and no allocation; changes are pushed as [`Change`]s whose offsets are byte
//! offsets in the line the step was given.

use crate::QuotePolicy;
use copydesk_doc::EditKind;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// One change made by a step, before it is placed on a line of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Change {
    pub kind: EditKind,
    pub offset: usize,
    pub before: String,
    pub after: String,
    pub reason: &'static str,
}

/// Builds a step's output lazily: nothing is allocated until the first change.
struct Rewrite<'a, 'c> {
    src: &'a str,
    out: String,
    done: usize,
    changed: bool,
    changes: &'c mut Vec<Change>,
    /// Length of `changes` before this step.
    first_change: usize,
}

impl<'a, 'c> Rewrite<'a, 'c> {
    fn new(src: &'a str, changes: &'c mut Vec<Change>) -> Self {
        let first_change = changes.len();
        Rewrite {
            src,
            out: String::new(),
            done: 0,
            changed: false,
            changes,
            first_change,
        }
    }

    /// Replaces `src[start..end]` (char boundaries, `start >= done`) by `with`.
    fn replace(
        &mut self,
        start: usize,
        end: usize,
        with: &str,
        kind: EditKind,
        reason: &'static str,
    ) {
        if !self.changed {
            self.out.reserve(self.src.len() + 8);
            self.changed = true;
        }
        self.out.push_str(&self.src[self.done..start]);
        self.out.push_str(with);
        self.done = end;
        // Past the cap the changes are merged at `finish`: only the first one's offset and
        // kind are needed, so the rest are not stored (a peak of millions otherwise).
        if self.changes.len() - self.first_change <= MAX_CHANGES_PER_STEP {
            self.changes.push(Change {
                kind,
                offset: start,
                before: self.src[start..end].to_owned(),
                after: with.to_owned(),
                reason,
            });
        }
    }

    fn finish(mut self) -> Option<String> {
        if !self.changed {
            return None;
        }
        self.out.push_str(&self.src[self.done..]);
        collapse(self.changes, self.first_change, self.src, &self.out);
        Some(self.out)
    }
}

/// Most changes one step records on one line; past it they are recorded as one.
const MAX_CHANGES_PER_STEP: usize = 256;

/// Keeps the record of a step on one line bounded: a line of a million quotes would otherwise
/// hold a million edits, several allocations each, many times the text's size. Past
/// [`MAX_CHANGES_PER_STEP`], the step's changes (`changes[from..]`, in line order) become one
/// change from the first changed byte to the end of the line, which replays to the same text.
/// Text before the first change is the same in `src` and `out`, so the offset holds in both.
fn collapse(changes: &mut Vec<Change>, from: usize, src: &str, out: &str) {
    let Some(first) = changes.get(from) else {
        return;
    };
    if changes.len() - from <= MAX_CHANGES_PER_STEP {
        return;
    }
    let (kind, offset) = (first.kind, first.offset);
    let (Some(before), Some(after)) = (src.get(offset..), out.get(offset..)) else {
        return;
    };
    let merged = Change {
        kind,
        offset,
        before: before.to_owned(),
        after: after.to_owned(),
        reason: "many changes on one line, recorded as one",
    };
    changes.truncate(from);
    changes.push(merged);
}

// ---------------------------------------------------------------------------------------------
// Which steps a line needs, from one pass over its bytes

/// The line may hold mojibake (C2 or C3 lead bytes).
pub(crate) const NEED_MOJIBAKE: u16 = 1;
/// The line may need the whitespace step.
pub(crate) const NEED_WS: u16 = 2;
/// The line may not be in NFC.
pub(crate) const NEED_NFC: u16 = 4;
/// The line may need the typographic quote and dash policy.
pub(crate) const NEED_TYPOGRAPHIC: u16 = 8;
/// The line may need the ASCII quote and dash policy.
pub(crate) const NEED_ASCII: u16 = 16;
/// The line may hold an inline marker.
pub(crate) const NEED_MARKERS: u16 = 32;
// Bytes that need a closer look at their neighbours.
const B_DASH: u16 = 64;
const B_C2: u16 = 128;
const B_E2: u16 = 256;

const fn byte_table() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut f = 0;
        if b < 0x20 || b == 0x7F {
            f |= NEED_WS;
        }
        if b == b'"' || b == b'\'' || b == b'`' {
            f |= NEED_TYPOGRAPHIC;
        }
        if b == b'-' {
            f |= B_DASH;
        }
        if b == b'[' || b == b'(' {
            f |= NEED_MARKERS;
        }
        if b == 0xC2 {
            f |= NEED_MOJIBAKE | B_C2;
        }
        if b == 0xC3 {
            f |= NEED_MOJIBAKE;
        }
        // Lead bytes of U+0300 and up, where NFC can matter; E2 (general punctuation and
        // symbols) is judged by its second byte.
        if b >= 0xCC && b <= 0xF4 && b != 0xE2 {
            f |= NEED_NFC;
        }
        // U+1680, U+180E, U+3000, U+FEFF.
        if b == 0xE1 || b == 0xE3 || b == 0xEF {
            f |= NEED_WS;
        }
        if b == 0xE2 {
            f |= B_E2;
        }
        t[i] = f;
        i += 1;
    }
    t
}

static BYTE_NEEDS: [u16; 256] = byte_table();

/// The steps a line may need (a superset: each step still checks for itself).
///
/// The bytes are classed 64 at a time ([`copydesk_tokenize::masks::classify_at`]): the
/// ASCII classes of interest (controls, quotes, hyphen, brackets) set their flags from the
/// masks, and only non-ASCII bytes are looked up one by one.
pub(crate) fn needs(line: &str) -> u16 {
    let b = line.as_bytes();
    let mut f = 0u16;
    let mut prev_space = false;
    let mut pos = 0;
    while pos < b.len() {
        let m = copydesk_tokenize::masks::classify_at(b, pos);
        let n = b.len() - pos;
        // The short last window is padded with NULs, which are controls: cut them off.
        let valid = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
        if m.control & valid != 0 {
            f |= NEED_WS;
        }
        if m.apostrophe | m.double_quote | m.backtick != 0 {
            f |= NEED_TYPOGRAPHIC;
        }
        if m.hyphen != 0 {
            f |= B_DASH;
        }
        if m.open != 0 {
            f |= NEED_MARKERS;
        }
        // Each non-ASCII byte's flags; a C2 or E2 sequence (curly quotes, dashes, no-break
        // spaces: most of news text's non-ASCII) judged on the spot from the bytes after its
        // lead, and its continuation bytes (which flag nothing) skipped.
        let mut high = m.high;
        while high != 0 {
            let i = high.trailing_zeros() as usize;
            let p = pos + i;
            let x = b.get(p).copied().unwrap_or(0);
            f |= BYTE_NEEDS[usize::from(x)];
            match x {
                0xE2 => {
                    let at = |k: usize| b.get(p + k).copied().unwrap_or(0);
                    f |= e2_needs(at(1), at(2));
                    high &= !(0b111u64 << i);
                }
                0xC2 => {
                    f |= c2_needs(b.get(p + 1).copied().unwrap_or(0));
                    high &= !(0b11u64 << i);
                }
                _ => high &= high - 1,
            }
        }
        // Two spaces in a row (also across windows) need folding.
        let sp = m.space;
        if sp & (sp >> 1) != 0 || (prev_space && sp & 1 != 0) {
            f |= NEED_WS;
        }
        prev_space = sp >> 63 != 0;
        pos += 64;
    }
    refine_ends(b, f)
}

/// What a C2 sequence calls for, by its second byte.
#[inline(always)]
fn c2_needs(second: u8) -> u16 {
    match second {
        0x80..=0xA0 | 0xAD => NEED_WS,
        0xB4 => NEED_TYPOGRAPHIC,
        _ => 0,
    }
}

/// What an E2 sequence calls for, by its second and third bytes.
#[inline(always)]
fn e2_needs(second: u8, third: u8) -> u16 {
    match (second, third) {
        (0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F | 0xA0) => NEED_WS,
        (0x80, 0x93 | 0x98 | 0xB2) => NEED_TYPOGRAPHIC | NEED_ASCII,
        (0x80, 0x94 | 0x99..=0x9F) => NEED_ASCII,
        (0x80 | 0x81, _) => 0,
        _ => NEED_NFC,
    }
}

/// The second half of [`needs`]: spaces at the ends, and what a `-` calls for by its
/// neighbours (the C2 and E2 sequences are judged in the byte loop).
fn refine_ends(b: &[u8], mut f: u16) -> u16 {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        f |= NEED_WS;
    }
    if f & B_DASH != 0
        && memchr::memchr_iter(b'-', b).any(|i| {
            let next = b.get(i + 1).copied();
            next == Some(b'-') || (next == Some(b' ') && i > 0 && b[i - 1] == b' ')
        })
    {
        f |= NEED_TYPOGRAPHIC;
    }
    f
}

/// [`refine_ends`] with the C2 and E2 sequences found by searching the line for their lead
/// bytes, as `needs` did before it judged them in its byte loop: the references' second half.
#[cfg(test)]
fn refine(b: &[u8], mut f: u16) -> u16 {
    f = refine_ends(b, f);
    if f & B_C2 != 0 {
        for i in memchr::memchr_iter(0xC2, b) {
            f |= c2_needs(b.get(i + 1).copied().unwrap_or(0));
        }
    }
    if f & B_E2 != 0 {
        for i in memchr::memchr_iter(0xE2, b) {
            let second = b.get(i + 1).copied().unwrap_or(0);
            let third = b.get(i + 2).copied().unwrap_or(0);
            f |= e2_needs(second, third);
        }
    }
    f
}

// ---------------------------------------------------------------------------------------------
// Mojibake

/// The byte a character stands for when UTF-8 bytes were decoded as Windows-1252 (or, for the
/// C1 controls that Windows-1252 leaves undefined, as Latin-1).
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return u8::try_from(u).ok();
    }
    let b = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// The Windows-1252 meaning of a C1 control character left by a Latin-1 decoder.
fn c1_meaning(c: char) -> Option<char> {
    let b = u8::try_from(c as u32).ok()?;
    let m = match b {
        0x80 => '€',
        0x82 => '‚',
        0x83 => 'ƒ',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x88 => 'ˆ',
        0x89 => '‰',
        0x8A => 'Š',
        0x8B => '‹',
        0x8C => 'Œ',
        0x8E => 'Ž',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x98 => '˜',
        0x99 => '™',
        0x9A => 'š',
        0x9B => '›',
        0x9C => 'œ',
        0x9E => 'ž',
        0x9F => 'Ÿ',
        _ => return None,
    };
    Some(m)
}

/// Repairs UTF-8 that was decoded as Windows-1252 or Latin-1 ("Russiaâ€™s" → "Russia’s").
///
/// A sequence is repaired only when it is a complete, valid UTF-8 encoding of one character: a
/// lead character (Â..ô) followed by exactly the continuation characters it needs. Such
/// sequences essentially never occur in real text, so the repair is unambiguous; a truncated
/// sequence (a lost byte) is left alone. Lone C1 controls get their Windows-1252 meaning.
///
/// Text mis-decoded several times is repaired to the end in one call (idempotence): a repaired
/// character can complete a sequence with what precedes it ("ÂÂ©" → "Â©" → "©") or start one
/// with what follows ("Ãƒƒ" → "Ãƒ" → "Ã"), so sequences are reduced on a stack as the line is
/// read, each character looked at a bounded number of times, however deep the nesting.
pub(crate) fn repair_mojibake(line: &str, changes: &mut Vec<Change>) -> Option<String> {
    // U+0080..U+00FF all encode with lead byte C2 or C3; without one there is nothing to do.
    if memchr::memchr2(0xC2, 0xC3, line.as_bytes()).is_none() || !needs_repair(line) {
        return None;
    }
    let (mut out, mut removed) = repair_pass(line, changes);
    // Removing an undefined C1 control can bring a sequence together; no C1 is left after one
    // pass, so a second pass is the last.
    while removed && needs_repair(&out) {
        let (next, again) = repair_pass(&out, changes);
        out = next;
        removed = again;
    }
    Some(out)
}

/// How many continuation characters a lead character (Â..ô) needs.
fn lead_need(c: char) -> Option<usize> {
    match c as u32 {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// The character that `lead` and the continuation characters `conts` encode, if they are a
/// complete, valid UTF-8 sequence of a character that is not a control.
fn decode(lead: char, need: usize, conts: impl Iterator<Item = char>) -> Option<char> {
    let mut bytes = [0u8; 4];
    bytes[0] = u8::try_from(lead as u32).ok()?;
    let mut n = 0;
    for (slot, c) in bytes[1..=need].iter_mut().zip(conts) {
        *slot = cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        n += 1;
    }
    if n != need {
        return None;
    }
    let d = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    (!d.is_control()).then_some(d)
}

/// Whether the line holds a repairable sequence or a C1 control.
fn needs_repair(line: &str) -> bool {
    let mut iter = line.chars();
    while let Some(c) = iter.next() {
        if (0x80..=0x9F).contains(&(c as u32)) {
            return true;
        }
        if let Some(need) = lead_need(c)
            && decode(c, need, iter.clone()).is_some()
        {
            return true;
        }
    }
    false
}

/// A character of a pass's output that replaced a sequence of the input.
struct Repaired {
    /// Byte offset in the output.
    out: usize,
    len: usize,
    /// The input span it replaced.
    start: usize,
    end: usize,
}

/// Where the output byte `q` came from in the input, given the repairs before or at `q`.
fn input_pos(done: &[Repaired], q: usize) -> usize {
    match done.iter().rev().find(|r| r.out <= q) {
        None => q,
        Some(r) if r.out == q && r.len > 0 => r.start,
        Some(r) => r.end + (q - (r.out + r.len)),
    }
}

/// One pass: sequences reduced on the output as a stack, then lone C1 controls given their
/// meaning or removed. Returns the output and whether a control was removed.
fn repair_pass(src: &str, changes: &mut Vec<Change>) -> (String, bool) {
    let first_change = changes.len();
    let mut out = String::with_capacity(src.len());
    let mut done: Vec<Repaired> = Vec::new();
    for (i, c) in src.char_indices() {
        out.push(c);
        let end = i + c.len_utf8();
        loop {
            // The last four characters of the output, newest first.
            let mut tail = [('\0', 0usize); 4];
            let mut n = 0;
            for (p, ch) in out.char_indices().rev().take(4) {
                tail[n] = (ch, p);
                n += 1;
            }
            let found = (1..n).find_map(|need| {
                let (lead, p) = tail[need];
                if lead_need(lead) != Some(need) {
                    return None;
                }
                decode(lead, need, (0..need).rev().map(|k| tail[k].0)).map(|d| (d, p))
            });
            let Some((d, p)) = found else {
                break;
            };
            let start = input_pos(&done, p);
            // Repairs inside the sequence are merged into it; an invisible character dropped
            // just before it (zero length) stays a repair of its own.
            while done
                .last()
                .is_some_and(|r| r.out > p || (r.out == p && r.len > 0))
            {
                done.pop();
            }
            out.truncate(p);
            // An invisible character is dropped at once, as the whitespace step would: what
            // it separated may be a sequence too, and is reduced in this same pass.
            let kept = ws_class(d) != Ws::Drop;
            if kept {
                out.push(d);
            }
            done.push(Repaired {
                out: p,
                len: if kept { d.len_utf8() } else { 0 },
                start,
                end,
            });
        }
    }
    let mut result = String::with_capacity(out.len());
    let mut removed = false;
    let mut next = 0;
    // Past the cap, changes are merged by `collapse`; the rest are not stored.
    let room = |changes: &Vec<Change>| changes.len() - first_change <= MAX_CHANGES_PER_STEP;
    let dropped = |r: &Repaired, changes: &mut Vec<Change>| {
        if !room(changes) {
            return;
        }
        changes.push(Change {
            kind: EditKind::Mojibake,
            offset: r.start,
            before: src[r.start..r.end].to_owned(),
            after: String::new(),
            reason: "UTF-8 read as Windows-1252 (invisible character dropped)",
        });
    };
    for (q, c) in out.char_indices() {
        while let Some(r) = done.get(next).filter(|r| r.out == q && r.len == 0) {
            next += 1;
            dropped(r, changes);
        }
        if let Some(r) = done.get(next).filter(|r| r.out == q) {
            next += 1;
            if !room(changes) {
                result.push(c);
                continue;
            }
            changes.push(Change {
                kind: EditKind::Mojibake,
                offset: r.start,
                before: src[r.start..r.end].to_owned(),
                after: c.to_string(),
                reason: "UTF-8 read as Windows-1252",
            });
            result.push(c);
            continue;
        }
        if !(0x80..=0x9F).contains(&(c as u32)) {
            result.push(c);
            continue;
        }
        let at = input_pos(&done[..next], q);
        let (after, kind, reason) = match c1_meaning(c) {
            Some(m) => (
                m.to_string(),
                EditKind::Mojibake,
                "C1 control read as Latin-1",
            ),
            None => {
                removed = true;
                (String::new(), EditKind::Whitespace, "control character")
            }
        };
        result.push_str(&after);
        if !room(changes) {
            continue;
        }
        changes.push(Change {
            kind,
            offset: at,
            before: c.to_string(),
            after,
            reason,
        });
    }
    for r in &done[next..] {
        dropped(r, changes);
    }
    collapse(changes, first_change, src, &result);
    (result, removed)
}

// ---------------------------------------------------------------------------------------------
// Whitespace and controls

#[derive(PartialEq, Eq, Clone, Copy)]
enum Ws {
    /// Ordinary text.
    Text,
    /// Some kind of space: folds to one ASCII space.
    Space,
    /// Invisible or control: removed.
    Drop,
}

fn ws_class(c: char) -> Ws {
    match c {
        ' ' => Ws::Space,
        '\t'
        | '\u{0B}'
        | '\u{0C}'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Ws::Space,
        '\u{00}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Ws::Drop,
        // Zero-width space, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator.
        // ZWJ and ZWNJ are kept: they carry meaning in emoji and in several scripts.
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{180E}' => Ws::Drop,
        _ => Ws::Text,
    }
}

/// Whether a line is already clean for the whitespace step, judged on bytes: no edge space, no
/// double space, no ASCII control, and none of the UTF-8 encodings of the spaces and invisible
/// characters [`ws_class`] folds (all start with C2, E1, E2 80/81, E3 80 or EF BB).
fn ws_clean(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x < 0x20 || x == 0x7F || (x == b' ' && prev_space) {
                return false;
            }
            prev_space = x == b' ';
            i += 1;
            continue;
        }
        prev_space = false;
        let next = b.get(i + 1).copied().unwrap_or(0);
        let third = b.get(i + 2).copied().unwrap_or(0);
        let special = match x {
            // U+0080..U+009F, NBSP, soft hyphen.
            0xC2 => next <= 0x9F || next == 0xA0 || next == 0xAD,
            // U+1680, U+180E.
            0xE1 => (next == 0x9A && third == 0x80) || (next == 0xA0 && third == 0x8E),
            // U+2000..U+200B, U+2028, U+2029, U+202F; U+205F, U+2060.
            0xE2 => {
                (next == 0x80 && (third <= 0x8B || third == 0xA8 || third == 0xA9 || third == 0xAF))
                    || (next == 0x81 && (third == 0x9F || third == 0xA0))
            }
            // U+3000.
            0xE3 => next == 0x80 && third == 0x80,
            // U+FEFF.
            0xEF => next == 0xBB && third == 0xBF,
            _ => false,
        };
        if special {
            return false;
        }
        i += 1;
        while i < b.len() && (b[i] & 0xC0) == 0x80 {
            i += 1;
        }
    }
    true
}

/// Folds every kind of space to one ASCII space, removes invisible and control characters, and
/// trims the line.
pub(crate) fn fold_whitespace(line: &str, changes: &mut Vec<Change>) -> Option<String> {
    if ws_clean(line.as_bytes()) {
        return None;
    }
    let mut rw = Rewrite::new(line, changes);
    let mut iter = line.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        let class = ws_class(c);
        if class == Ws::Text {
            continue;
        }
        let mut has_space = class == Ws::Space;
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            match ws_class(d) {
                Ws::Text => break,
                Ws::Space => has_space = true,
                Ws::Drop => {}
            }
            end = j + d.len_utf8();
            iter.next();
        }
        let edge = start == 0 || end == line.len();
        let want = if has_space && !edge { " " } else { "" };
        if &line[start..end] != want {
            let reason = if edge && has_space {
                "space at line edge"
            } else if !has_space {
                "invisible or control character"
            } else {
                "space folded"
            };
            rw.replace(start, end, want, EditKind::Whitespace, reason);
        }
    }
    rw.finish()
}

// ---------------------------------------------------------------------------------------------
// NFC

/// Puts the line in Unicode Normalization Form C; records the changed span.
pub(crate) fn nfc(line: &str, changes: &mut Vec<Change>) -> Option<String> {
    if line.is_ascii() || is_nfc_quick(line.chars()) == IsNormalized::Yes {
        return None;
    }
    let out: String = line.nfc().collect();
    if out == line {
        return None;
    }
    let a = line.as_bytes();
    let b = out.as_bytes();
    let mut pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while !line.is_char_boundary(pre) || !out.is_char_boundary(pre) {
        pre -= 1;
    }
    let mut suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !line.is_char_boundary(a.len() - suf) || !out.is_char_boundary(b.len() - suf) {
        suf -= 1;
    }
    changes.push(Change {
        kind: EditKind::Unicode,
        offset: pre,
        before: line[pre..a.len() - suf].to_owned(),
        after: out[pre..b.len() - suf].to_owned(),
        reason: "NFC",
    });
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Quotes and dashes

fn opens_after(p: Option<char>) -> bool {
    match p {
        None => true,
        Some(p) => {
            p.is_whitespace() || matches!(p, '(' | '[' | '{' | '‘' | '“' | '—' | '–' | '-' | '/')
        }
    }
}

/// Applies the quote policy and the dash style to one line.
///
/// Typographic: straight quotes become curly by context, a left single quote or accent used
/// between letters becomes ’, `--` becomes —, and a spaced hyphen or en dash between words
/// becomes a spaced em dash. Ascii: curly quotes become straight, — becomes `--` (a spaced one
/// ` - `), – becomes `-`.
pub(crate) fn typography(
    line: &str,
    policy: QuotePolicy,
    changes: &mut Vec<Change>,
) -> Option<String> {
    let bytes = line.as_bytes();
    if !typography_needed(bytes, policy) {
        return None;
    }
    let mut rw = Rewrite::new(line, changes);
    // Only the characters below are looked at, and each starts with one of these bytes: the
    // line is searched for them, and the characters before and after one are read off the
    // line (the input's, as a walk over every character would have them).
    for i in typography_candidates(bytes) {
        let x = bytes[i];
        if !matches!(x, b'"' | b'\'' | b'`' | b'-' | 0xC2 | 0xE2) {
            continue;
        }
        let Some(c) = line.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let end = i + c.len_utf8();
        let prev = line[..i].chars().next_back();
        let next = line[end..].chars().next();
        match policy {
            QuotePolicy::Typographic => match c {
                '"' => {
                    let q = if opens_after(prev) { "“" } else { "”" };
                    rw.replace(i, end, q, EditKind::Quote, "quote policy: typographic");
                }
                '\'' => {
                    let after_word = prev.is_some_and(char::is_alphanumeric);
                    let opening =
                        !after_word && opens_after(prev) && next.is_some_and(char::is_alphabetic);
                    let q = if opening { "‘" } else { "’" };
                    rw.replace(i, end, q, EditKind::Quote, "quote policy: typographic");
                }
                '‘' | '`' | '´' | '′'
                    if prev.is_some_and(char::is_alphabetic)
                        && next.is_some_and(char::is_alphabetic) =>
                {
                    rw.replace(i, end, "’", EditKind::Quote, "apostrophe between letters");
                }
                '-' if prev != Some('-') => {
                    let run = bytes[i..].iter().take_while(|&&b| b == b'-').count();
                    let after = line[i + run..].chars().next();
                    if run == 2 || run == 3 {
                        rw.replace(
                            i,
                            i + run,
                            "—",
                            EditKind::Typography,
                            "double hyphen as dash",
                        );
                    } else if run == 1
                        && prev == Some(' ')
                        && after == Some(' ')
                        && i >= 2
                        && bytes[i - 2] != b' '
                        && line.len() > i + 2
                    {
                        rw.replace(i, end, "—", EditKind::Typography, "spaced hyphen as dash");
                    }
                }
                '–' if prev == Some(' ') && next == Some(' ') && !digits_around(line, i, end) => {
                    rw.replace(
                        i,
                        end,
                        "—",
                        EditKind::Typography,
                        "spaced en dash as em dash",
                    );
                }
                _ => {}
            },
            QuotePolicy::Ascii => match c {
                '‘' | '’' | '‚' | '‛' => {
                    rw.replace(i, end, "'", EditKind::Quote, "quote policy: ascii")
                }
                '“' | '”' | '„' | '‟' => {
                    rw.replace(i, end, "\"", EditKind::Quote, "quote policy: ascii")
                }
                '—' => {
                    let with = if prev == Some(' ') && next == Some(' ') {
                        "-"
                    } else {
                        "--"
                    };
                    rw.replace(i, end, with, EditKind::Typography, "dash policy: ascii");
                }
                '–' => rw.replace(i, end, "-", EditKind::Typography, "dash policy: ascii"),
                _ => {}
            },
        }
    }
    rw.finish()
}

/// The offsets, in order, of the bytes [`typography`] looks at and more: quotes, backticks,
/// hyphens and every non-ASCII byte, read off the class masks 64 bytes at a time (a byte loop
/// over a long paragraph cost more than the rest of the step).
fn typography_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut pos = 0;
    let mut cand = 0u64;
    std::iter::from_fn(move || {
        while cand == 0 {
            if pos >= bytes.len() {
                return None;
            }
            let m = copydesk_tokenize::masks::classify_at(bytes, pos);
            let n = bytes.len() - pos;
            let valid = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
            cand = (m.apostrophe | m.double_quote | m.backtick | m.hyphen | m.high) & valid;
            pos += 64;
        }
        let i = pos - 64 + cand.trailing_zeros() as usize;
        cand &= cand - 1;
        Some(i)
    })
}

/// Whether the typography step could change the line, judged on bytes.
fn typography_needed(b: &[u8], policy: QuotePolicy) -> bool {
    match policy {
        QuotePolicy::Typographic => {
            for i in typography_candidates(b) {
                let x = b[i];
                let next = b.get(i + 1).copied().unwrap_or(0);
                let hit = match x {
                    b'"' | b'\'' | b'`' => true,
                    b'-' => next == b'-' || (next == b' ' && i > 0 && b[i - 1] == b' '),
                    // ´ (C2 B4).
                    0xC2 => next == 0xB4,
                    // – (E2 80 93), ‘ (E2 80 98), ′ (E2 80 B2).
                    0xE2 => next == 0x80 && matches!(b.get(i + 2), Some(0x93 | 0x98 | 0xB2)),
                    _ => false,
                };
                if hit {
                    return true;
                }
            }
            false
        }
        // Dashes and quotes: E2 80 93..94, E2 80 98..9F.
        QuotePolicy::Ascii => memchr::memchr_iter(0xE2, b).any(|i| {
            b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94 | 0x98..=0x9F))
        }),
    }
}

/// Whether a spaced dash at `i..end` sits between digits ("1990 – 2000"), a range to keep.
fn digits_around(line: &str, i: usize, end: usize) -> bool {
    let before = line[..i].trim_end().chars().next_back();
    let after = line[end..].trim_start().chars().next();
    before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: impl Fn(&str, &mut Vec<Change>) -> Option<String>, s: &str) -> String {
        let mut ch = Vec::new();
        f(s, &mut ch).unwrap_or_else(|| s.to_owned())
    }

    #[test]
    fn mojibake_repairs_complete_sequences_only() {
        assert_eq!(run(repair_mojibake, "Russiaâ€™s war"), "Russia’s war");
        assert_eq!(run(repair_mojibake, "cafÃ© â€œhiâ€\u{9d}"), "café “hi”");
        // Doubly mis-decoded.
        assert_eq!(run(repair_mojibake, "RussiaÃ¢â‚¬â„¢s"), "Russia’s");
        assert_eq!(run(repair_mojibake, "Russia\u{92}s"), "Russia’s");
        // A lost byte leaves an ambiguous sequence: untouched.
        assert_eq!(run(repair_mojibake, "â€ quoted"), "â€ quoted");
        // Nested deeper than any fixed number of passes, on either side of the repair.
        let deep = format!("x Ã{} y", "ƒ".repeat(40));
        assert_eq!(run(repair_mojibake, &deep), "x Ã y");
        let deep = format!("x {}© y", "Â".repeat(40));
        assert_eq!(run(repair_mojibake, &deep), "x © y");
        // An undefined C1 control between a lead and its continuation is removed, then the
        // sequence repaired.
        assert_eq!(run(repair_mojibake, "Â\u{81}©"), "©");
        // A repaired invisible character is dropped, and what it separated repaired too.
        // ("â€‹" is a zero-width space.)
        let zw = format!("x {}{}y", "â".repeat(8), "€‹".repeat(8));
        assert_eq!(run(repair_mojibake, &zw), "x y");
        let mut ch = Vec::new();
        repair_mojibake("aâ€‹b", &mut ch);
        assert_eq!(
            (ch[0].offset, ch[0].before.as_str(), ch[0].after.as_str()),
            (1, "â€‹", "")
        );
        // Real Latin-1 text is untouched.
        assert_eq!(
            run(repair_mojibake, "São Paulo, à la carte, Ärger"),
            "São Paulo, à la carte, Ärger"
        );
    }

    #[test]
    fn mojibake_changes_name_their_input_spans() {
        let line = "Ã© a\u{92}b â€œhiâ€\u{9d} ÂÂ©";
        let mut ch = Vec::new();
        let out = repair_mojibake(line, &mut ch);
        assert_eq!(out.as_deref(), Some("é a’b “hi” ©"));
        for c in &ch {
            if c.before.chars().count() > 1 || c.kind == EditKind::Whitespace {
                assert_eq!(
                    &line[c.offset..c.offset + c.before.len()],
                    c.before,
                    "{c:?}"
                );
            }
        }
        assert_eq!(ch.len(), 5, "{ch:?}");
    }

    #[test]
    fn a_line_of_many_changes_records_them_as_one() {
        let line = format!("He said {}.", "'a' ".repeat(1000));
        let mut ch = Vec::new();
        let out = typography(&line, QuotePolicy::Typographic, &mut ch).unwrap_or_default();
        assert_eq!(ch.len(), 1);
        let c = &ch[0];
        assert_eq!(c.offset, 8);
        assert_eq!(format!("{}{}", &line[..c.offset], c.after), out);
        assert_eq!(&line[c.offset..], c.before);
        // A few stay one each.
        ch.clear();
        typography("'a' 'b'", QuotePolicy::Typographic, &mut ch);
        assert_eq!(ch.len(), 4);
        ch.clear();
        let moji = "Ã© ".repeat(1000);
        let out = repair_mojibake(&moji, &mut ch).unwrap_or_default();
        assert_eq!(ch.len(), 1);
        assert_eq!(ch[0].after, out);
    }

    #[test]
    fn whitespace_folds_and_trims() {
        assert_eq!(
            run(fold_whitespace, "  a\u{a0}\u{a0}b\tc\u{200b}d  "),
            "a b cd"
        );
        assert_eq!(run(fold_whitespace, "a b"), "a b");
        assert_eq!(run(fold_whitespace, "x\u{7}y"), "xy");
    }

    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;

    /// Whether any byte of `v` is zero (exact when answering "any").
    fn has_zero(v: u64) -> bool {
        v.wrapping_sub(LO) & !v & HI != 0
    }

    fn has_byte(w: u64, b: u8) -> bool {
        has_zero(w ^ (LO * u64::from(b)))
    }

    /// Whether a word of eight bytes holds any byte with an entry in [`BYTE_NEEDS`]: non-ASCII,
    /// controls, quotes, hyphen, brackets.
    fn word_of_interest(w: u64) -> bool {
        (w & HI) != 0
            || (w.wrapping_sub(LO * 0x20) & !w & HI) != 0
            || has_byte(w, b'"')
            || has_byte(w, b'\'')
            || has_byte(w, b'`')
            || has_byte(w, b'-')
            || has_byte(w, b'[')
            || has_byte(w, b'(')
            || has_byte(w, 0x7F)
    }

    /// The eight-byte (SWAR) summary the mask one replaced: the reference for its test.
    fn needs_reference(line: &str) -> u16 {
        let b = line.as_bytes();
        let mut f = 0u16;
        let mut chunks = b.chunks_exact(8);
        let mut prev_space = false;
        for chunk in &mut chunks {
            // Eight bytes at a time: most words of news text hold no byte of interest at all.
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if word_of_interest(w) {
                for &x in chunk {
                    f |= BYTE_NEEDS[usize::from(x)];
                }
            }
            // 0x80 in each byte that is a space; two in a row (also across words) need folding.
            let t = w ^ (LO * u64::from(b' '));
            let sp = !(((t & !HI).wrapping_add(!HI)) | t | !HI);
            if sp & (sp >> 8) != 0 || (prev_space && sp & 0x80 != 0) {
                f |= NEED_WS;
            }
            prev_space = sp >> 63 != 0;
        }
        for &x in chunks.remainder() {
            f |= BYTE_NEEDS[usize::from(x)];
            if x == b' ' && prev_space {
                f |= NEED_WS;
            }
            prev_space = x == b' ';
        }
        refine(b, f)
    }

    /// [`needs`] as it was before it judged the C2 and E2 sequences in its byte loop: every
    /// non-ASCII byte looked up, the sequences found again by [`refine`].
    fn needs_before(line: &str) -> u16 {
        let b = line.as_bytes();
        let mut f = 0u16;
        let mut prev_space = false;
        let mut pos = 0;
        while pos < b.len() {
            let m = copydesk_tokenize::masks::classify_at(b, pos);
            let n = b.len() - pos;
            let valid = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
            if m.control & valid != 0 {
                f |= NEED_WS;
            }
            if m.apostrophe | m.double_quote | m.backtick != 0 {
                f |= NEED_TYPOGRAPHIC;
            }
            if m.hyphen != 0 {
                f |= B_DASH;
            }
            if m.open != 0 {
                f |= NEED_MARKERS;
            }
            let mut high = m.high;
            while high != 0 {
                let i = high.trailing_zeros() as usize;
                high &= high - 1;
                f |= b.get(pos + i).map_or(0, |&x| BYTE_NEEDS[usize::from(x)]);
            }
            let sp = m.space;
            if sp & (sp >> 1) != 0 || (prev_space && sp & 1 != 0) {
                f |= NEED_WS;
            }
            prev_space = sp >> 63 != 0;
            pos += 64;
        }
        refine(b, f)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The sequences judged in the byte loop give the summary that searching for them
        /// gave, on long lines of curly quotes, dashes, spaces and other non-ASCII (windows'
        /// edges inside sequences included).
        #[test]
        fn needs_matches_the_search_for_sequences(
            s in "([ a-z.,'\\-]|[\u{a0}\u{ad}\u{b4}\u{c0}\u{2000}-\u{203f}\u{2060}\u{2190}ж中€]|  |--| - ){0,200}"
        ) {
            proptest::prop_assert_eq!(needs(&s), needs_before(&s), "{:?}", s);
        }
    }

    /// The walk over every character that [`typography`] replaced: the same edits and the
    /// same line, on any text.
    fn typography_reference(
        line: &str,
        policy: QuotePolicy,
        changes: &mut Vec<Change>,
    ) -> Option<String> {
        let bytes = line.as_bytes();
        if !typography_needed(bytes, policy) {
            return None;
        }
        let mut rw = Rewrite::new(line, changes);
        let mut prev: Option<char> = None;
        let mut iter = line.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let next = iter.peek().map(|&(_, d)| d);
            let end = i + c.len_utf8();
            match policy {
                QuotePolicy::Typographic => match c {
                    '"' => {
                        let q = if opens_after(prev) { "“" } else { "”" };
                        rw.replace(i, end, q, EditKind::Quote, "quote policy: typographic");
                    }
                    '\'' => {
                        let after_word = prev.is_some_and(char::is_alphanumeric);
                        let opening = !after_word
                            && opens_after(prev)
                            && next.is_some_and(char::is_alphabetic);
                        let q = if opening { "‘" } else { "’" };
                        rw.replace(i, end, q, EditKind::Quote, "quote policy: typographic");
                    }
                    '‘' | '`' | '´' | '′'
                        if prev.is_some_and(char::is_alphabetic)
                            && next.is_some_and(char::is_alphabetic) =>
                    {
                        rw.replace(i, end, "’", EditKind::Quote, "apostrophe between letters");
                    }
                    '-' if prev != Some('-') => {
                        let run = bytes[i..].iter().take_while(|&&b| b == b'-').count();
                        let after = line[i + run..].chars().next();
                        if run == 2 || run == 3 {
                            rw.replace(
                                i,
                                i + run,
                                "—",
                                EditKind::Typography,
                                "double hyphen as dash",
                            );
                        } else if run == 1
                            && prev == Some(' ')
                            && after == Some(' ')
                            && i >= 2
                            && bytes[i - 2] != b' '
                            && line.len() > i + 2
                        {
                            rw.replace(i, end, "—", EditKind::Typography, "spaced hyphen as dash");
                        }
                    }
                    '–' if prev == Some(' ')
                        && next == Some(' ')
                        && !digits_around(line, i, end) =>
                    {
                        rw.replace(
                            i,
                            end,
                            "—",
                            EditKind::Typography,
                            "spaced en dash as em dash",
                        );
                    }
                    _ => {}
                },
                QuotePolicy::Ascii => match c {
                    '‘' | '’' | '‚' | '‛' => {
                        rw.replace(i, end, "'", EditKind::Quote, "quote policy: ascii")
                    }
                    '“' | '”' | '„' | '‟' => {
                        rw.replace(i, end, "\"", EditKind::Quote, "quote policy: ascii")
                    }
                    '—' => {
                        let with = if prev == Some(' ') && next == Some(' ') {
                            "-"
                        } else {
                            "--"
                        };
                        rw.replace(i, end, with, EditKind::Typography, "dash policy: ascii");
                    }
                    '–' => rw.replace(i, end, "-", EditKind::Typography, "dash policy: ascii"),
                    _ => {}
                },
            }
            prev = Some(c);
        }
        rw.finish()
    }

    /// [`typography`] and [`typography_reference`] give the same text and edits, in both
    /// policies.
    fn typography_agrees(s: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for policy in [QuotePolicy::Typographic, QuotePolicy::Ascii] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let got = typography(s, policy, &mut a);
            let want = typography_reference(s, policy, &mut b);
            proptest::prop_assert_eq!(&got, &want, "{:?}", s);
            proptest::prop_assert_eq!(format!("{a:?}"), format!("{b:?}"), "{:?}", s);
        }
        Ok(())
    }

    proptest::proptest! {
        /// Typography reads only the characters it may change, and gives what the walk over
        /// every character gives, in both policies.
        #[test]
        fn typography_matches_the_walk(
            s in "([ a-zA-Z0-9.,'\"`\\-(\\[{/]|[\u{b4}\u{2013}\u{2014}\u{2018}-\u{201f}\u{2032}éж中]|--|---| - | – ){0,80}"
        ) {
            typography_agrees(&s)?;
        }
    }

    /// [`typography_needed`] as it was for the typographic policy: a loop over every byte.
    fn typography_needed_reference(b: &[u8]) -> bool {
        b.iter().enumerate().any(|(i, &x)| {
            let next = b.get(i + 1).copied().unwrap_or(0);
            match x {
                b'"' | b'\'' | b'`' => true,
                b'-' => next == b'-' || (next == b' ' && i > 0 && b[i - 1] == b' '),
                0xC2 => next == 0xB4,
                0xE2 => next == 0x80 && matches!(b.get(i + 2), Some(0x93 | 0x98 | 0xB2)),
                _ => false,
            }
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The masks find what the byte loop found, in lines that mostly need nothing.
        #[test]
        fn typography_needed_is_the_byte_loop(
            s in "([a-zA-Z0-9 .,]{0,70}|[\u{b4}\u{2013}\u{2014}\u{2018}\u{2019}\u{201c}\u{2032}é]| - |-|--|'|\"|`){0,30}"
        ) {
            proptest::prop_assert_eq!(
                typography_needed(s.as_bytes(), QuotePolicy::Typographic),
                typography_needed_reference(s.as_bytes()),
                "{:?}", s
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The same over several windows of masks: their seams fall anywhere in a character,
        /// a run of hyphens or a quote's neighbours.
        #[test]
        fn typography_matches_the_walk_on_long_lines(
            s in "([ a-zA-Z0-9.,'\"`\\-(\\[{/]|[\u{b4}\u{2013}\u{2014}\u{2018}-\u{201f}\u{2032}éж中]|--|---| - | – |[a-z]{5,20}){40,200}"
        ) {
            typography_agrees(&s)?;
        }
    }

    proptest::proptest! {
        /// The mask summary is the eight-byte one, on text with every class of interest.
        #[test]
        fn needs_matches_the_reference(
            s in "([ a-zA-Z0-9.,'\"`\\-\\[(\t\r\u{7f}\u{0}]|[\u{a0}\u{b4}\u{ad}\u{c0}-\u{ff}\u{300}\u{301}\u{1680}\u{2000}-\u{203f}\u{3000}\u{feff}€Ωж中]|  |--| - ){0,200}"
        ) {
            proptest::prop_assert_eq!(needs(&s), needs_reference(&s), "{:?}", s);
        }
    }

    #[test]
    fn needs_agrees_with_the_byte_table() {
        for s in [
            "plain words here and more",
            "a\tb",
            "x\u{7f}y",
            "quote \" here",
            "don't",
            "a-b",
            "[x]",
            "(y)",
            "Russia’s",
            "café",
            "e\u{301}",
            "tick`",
            "abcdefg  hij",
            "abcdefgh  ijk",
            "abcdefg h",
            "ab  c",
            "abcdefgh ijklmnop",
        ] {
            let slow = s.bytes().fold(0, |f, x| f | BYTE_NEEDS[usize::from(x)]);
            assert_eq!(needs(s) & slow, slow, "{s:?}");
            assert_eq!(
                needs(s) & NEED_WS != 0,
                s.contains("  ") || slow & NEED_WS != 0,
                "{s:?}"
            );
        }
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(run(nfc, "cafe\u{301}"), "café");
    }

    #[test]
    fn quotes_and_dashes() {
        let t = |s| run(|l, c| typography(l, QuotePolicy::Typographic, c), s);
        let a = |s| run(|l, c| typography(l, QuotePolicy::Ascii, c), s);
        assert_eq!(
            t("He said \"no\" and 'yes' -- it's the '90s - ok"),
            "He said “no” and ‘yes’ — it’s the ’90s — ok"
        );
        assert_eq!(t("don‘t 1990 – 2000"), "don’t 1990 – 2000");
        assert_eq!(t("WASHINGTON – Russia"), "WASHINGTON — Russia");
        assert_eq!(a("“Hi,” it’s — a–b—c"), "\"Hi,\" it's - a-b--c");
    }
}
