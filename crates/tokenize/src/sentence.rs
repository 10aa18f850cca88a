//! Sentence segmentation: the UAX #29 sentence-boundary rules, and the news mode that
//! also keeps abbreviations, initials and honorifics inside their sentence.

use crate::SentenceMode;
use crate::tables::{self, sb};

/// The Sentence_Break value of `c`.
#[inline]
fn sent_prop(c: char) -> u8 {
    crate::table_property(
        &tables::SENTENCE_INDEX,
        &tables::SENTENCE_BLOCKS,
        c as usize,
    )
}

const fn is_parasep(p: u8) -> bool {
    matches!(p, sb::SEP | sb::CR | sb::LF)
}

const fn is_saterm(p: u8) -> bool {
    matches!(p, sb::ATERM | sb::STERM)
}

/// A cursor over the characters of `text` from a byte position.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    /// The next character and its property, without moving.
    fn peek(&self) -> Option<(char, u8)> {
        let c = self.text.get(self.pos..)?.chars().next()?;
        Some((c, sent_prop(c)))
    }

    fn bump(&mut self, c: char) {
        self.pos += c.len_utf8();
    }

    /// Skips Extend and Format characters (SB5: they belong to what precedes them).
    fn skip_ignorable(&mut self) {
        while let Some((c, p)) = self.peek() {
            if !matches!(p, sb::EXTEND | sb::FORMAT) {
                break;
            }
            self.bump(c);
        }
    }

    /// The property of the next character that SB5 does not ignore.
    fn peek_significant(&self) -> Option<u8> {
        self.text
            .get(self.pos..)?
            .chars()
            .map(sent_prop)
            .find(|p| !matches!(*p, sb::EXTEND | sb::FORMAT))
    }
}

/// The end of the sentence that starts at `start`.
pub(crate) fn sentence_end(text: &str, start: usize, mode: SentenceMode) -> usize {
    let mut cur = Cursor { text, pos: start };
    let mut prev: Option<u8> = None; // last character SB5 does not ignore
    while let Some((c, p)) = cur.peek() {
        let term_pos = cur.pos;
        cur.bump(c);
        match p {
            sb::CR => {
                if cur.peek().is_some_and(|(_, q)| q == sb::LF) {
                    cur.pos += 1; // SB3
                }
                return cur.pos; // SB4
            }
            sb::LF | sb::SEP => return cur.pos, // SB4
            _ if is_saterm(p) => {
                cur.skip_ignorable();
                if p == sb::ATERM {
                    let next = cur.peek_significant();
                    // SB6: "3.5"; SB7: "U.S" inside an acronym.
                    if next == Some(sb::NUMERIC)
                        || (next == Some(sb::UPPER) && matches!(prev, Some(sb::UPPER | sb::LOWER)))
                    {
                        prev = Some(p);
                        continue;
                    }
                }
                // SB9, SB10: Close* Sp* stay with the terminator.
                let mut last = p;
                while let Some((c2, q)) = cur.peek() {
                    if q != sb::CLOSE {
                        break;
                    }
                    cur.bump(c2);
                    cur.skip_ignorable();
                    last = q;
                }
                while let Some((c2, q)) = cur.peek() {
                    if q != sb::SP {
                        break;
                    }
                    cur.bump(c2);
                    cur.skip_ignorable();
                    last = q;
                }
                let after = cur.pos;
                if p == sb::ATERM && lower_follows(&cur) {
                    prev = Some(last); // SB8
                    continue;
                }
                match cur.peek_significant() {
                    Some(q) if q == sb::SCONTINUE || is_saterm(q) => {
                        prev = Some(last); // SB8a
                        continue;
                    }
                    Some(q) if is_parasep(q) => {
                        // SB9/SB10: the paragraph separator ends this sentence.
                        if let Some((c2, _)) = cur.peek() {
                            cur.bump(c2);
                            if q == sb::CR && cur.peek().is_some_and(|(_, r)| r == sb::LF) {
                                cur.pos += 1;
                            }
                        }
                        return cur.pos;
                    }
                    _ => {}
                }
                if mode == SentenceMode::News
                    && p == sb::ATERM
                    && after < text.len()
                    && crate::news::keeps_going(text, term_pos, after)
                {
                    prev = Some(last);
                    continue;
                }
                return after; // SB11
            }
            sb::EXTEND | sb::FORMAT if prev.is_some_and(|q| !is_parasep(q)) => {}
            _ => prev = Some(p),
        }
    }
    text.len()
}

/// SB8: after `ATerm Close* Sp*`, skipping characters that are not letters,
/// separators or terminators, the next one is lowercase.
fn lower_follows(cur: &Cursor<'_>) -> bool {
    let Some(rest) = cur.text.get(cur.pos..) else {
        return false;
    };
    for c in rest.chars() {
        match sent_prop(c) {
            sb::LOWER => return true,
            sb::OLETTER | sb::UPPER => return false,
            p if is_parasep(p) || is_saterm(p) => return false,
            _ => {}
        }
    }
    false
}
