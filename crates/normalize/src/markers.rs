//! Inline markers ("[Source attribution: DoD briefing]", "(AP Photo/…)"): cut out of their
//! paragraph, the paragraph kept. The kinds of marker are data, in `data/markers.tsv`.

use crate::text::Change;
use copydesk_doc::EditKind;
use std::sync::OnceLock;

/// Longest marker, in bytes, brackets included; a longer bracketed span is prose.
const MAX_MARKER: usize = 120;

struct MarkerRule {
    open: u8,
    prefix: String,
    reason: &'static str,
}

fn rules() -> &'static [MarkerRule] {
    static RULES: OnceLock<Vec<MarkerRule>> = OnceLock::new();
    RULES.get_or_init(|| {
        include_str!("../data/markers.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut f = l.split('\t');
                let open = f.next()?.bytes().next()?;
                let prefix = f.next()?.to_ascii_lowercase();
                let reason: &'static str = f.next()?;
                Some(MarkerRule {
                    open,
                    prefix,
                    reason,
                })
            })
            .collect()
    })
}

fn close_of(open: u8) -> u8 {
    if open == b'(' { b')' } else { b']' }
}

/// The marker that starts at `window[0]` (an opening bracket) and ends within the window: the
/// index of its closing bracket and the rule's reason.
fn marker_in(window: &[u8]) -> Option<(usize, &'static str)> {
    let open = *window.first()?;
    let close = close_of(open);
    let len = window
        .get(1..)?
        .iter()
        .position(|&b| b == close || b == open)?;
    let end = 1 + len;
    if window[end] != close {
        return None;
    }
    let inner = &window[1..end];
    let rule = rules().iter().find(|r| {
        r.open == open
            && if r.prefix == "#" {
                !inner.is_empty() && inner.iter().all(u8::is_ascii_digit)
            } else {
                inner.len() + 1 >= r.prefix.len()
                    && window[1..]
                        .get(..r.prefix.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(r.prefix.as_bytes()))
            }
    })?;
    Some((end, rule.reason))
}

/// The output of [`cut_markers`] as it grows: the kept text, how much of the line it covers,
/// and where its bytes came from in the line.
struct Cutter<'a> {
    line: &'a str,
    out: String,
    /// First byte of `line` not yet in `out`.
    next: usize,
    /// `(out position, line position - out position)` from each cut on, for edit offsets.
    shifts: Vec<(usize, usize)>,
}

impl Cutter<'_> {
    /// Cuts the marker made of `out[s..]` and `line[next..=end]`, with one adjoining space.
    fn cut(&mut self, s: usize, end: usize, reason: &'static str, changes: &mut Vec<Change>) {
        let src = self.line.as_bytes();
        let mut cut_start = s;
        let mut cut_end = end + 1;
        if s > 0 && self.out.as_bytes()[s - 1] == b' ' {
            cut_start = s - 1;
        } else if src.get(end + 1) == Some(&b' ') {
            cut_end = end + 2;
        }
        let mut before = self.out[cut_start..].to_owned();
        before.push_str(&self.line[self.next..cut_end]);
        let shift = self
            .shifts
            .iter()
            .rev()
            .find(|&&(at, _)| at <= cut_start)
            .map_or(0, |&(_, d)| d);
        changes.push(Change {
            kind: EditKind::Marker,
            offset: cut_start + shift,
            before,
            after: String::new(),
            reason,
        });
        self.out.truncate(cut_start);
        while self.shifts.last().is_some_and(|&(at, _)| at >= cut_start) {
            self.shifts.pop();
        }
        self.shifts.push((cut_start, cut_end - cut_start));
        self.next = cut_end;
    }

    /// After a cut, the text on both sides of it may close a marker that was open before it
    /// (`[Ph[Photo]oto]`): cut those too, so one call reaches the fixed point (idempotence).
    /// Only the last opening bracket of each kind with no bracket of its kind after it can
    /// start one, and only within a marker's length of the end, so this costs no rescan.
    fn cut_reopened(&mut self, changes: &mut Vec<Change>) {
        loop {
            let from = self.out.len().saturating_sub(MAX_MARKER);
            let tail = &self.out.as_bytes()[from..];
            let mut starts: Vec<usize> = [(b'[', b']'), (b'(', b')')]
                .into_iter()
                .filter_map(|(open, close)| {
                    memchr::memrchr2(open, close, tail)
                        .filter(|&k| tail[k] == open)
                        .map(|k| from + k)
                })
                .collect();
            starts.sort_unstable();
            let found = starts.into_iter().find_map(|s| {
                let mut window = [0u8; MAX_MARKER];
                let have = &self.out.as_bytes()[s..];
                let rest = &self.line.as_bytes()[self.next..];
                let n = (have.len() + rest.len()).min(MAX_MARKER);
                window[..have.len()].copy_from_slice(have);
                window[have.len()..n].copy_from_slice(&rest[..n - have.len()]);
                let (close, reason) = marker_in(&window[..n])?;
                // The close lies past `out`: `out` holds no bracket of its kind after `s`.
                let end = self.next + close.checked_sub(have.len())?;
                Some((s, end, reason))
            });
            let Some((s, end, reason)) = found else {
                return;
            };
            self.cut(s, end, reason, changes);
        }
    }
}

/// Cuts every inline marker out of `line`, including one that closes only once a marker inside
/// it is cut.
pub(crate) fn cut_markers(line: &str, changes: &mut Vec<Change>) -> Option<String> {
    let bytes = line.as_bytes();
    memchr::memchr2(b'[', b'(', bytes)?;
    let mut c = Cutter {
        line,
        out: String::new(),
        next: 0,
        shifts: Vec::new(),
    };
    let mut changed = false;
    let mut i = 0;
    while let Some(pos) = memchr::memchr2(b'[', b'(', &bytes[i..]) {
        let start = i + pos;
        i = start + 1;
        let window = &bytes[start..(start + MAX_MARKER).min(bytes.len())];
        let Some((close, reason)) = marker_in(window) else {
            continue;
        };
        if !changed {
            c.out.reserve(line.len());
            changed = true;
        }
        c.out.push_str(&line[c.next..start]);
        c.next = start;
        let s = c.out.len();
        c.cut(s, start + close, reason, changes);
        c.cut_reopened(changes);
        i = c.next;
    }
    if !changed {
        return None;
    }
    let mut o = c.out;
    o.push_str(&line[c.next..]);
    let trimmed = o.trim();
    if trimmed.len() != o.len() {
        o = trimmed.to_owned();
    }
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> String {
        let mut ch = Vec::new();
        cut_markers(s, &mut ch).unwrap_or_else(|| s.to_owned())
    }

    #[test]
    fn cuts_markers_keeps_prose() {
        assert_eq!(
            cut("Stability. [Source attribution: DoD briefing]"),
            "Stability."
        );
        assert_eq!(cut("[Photo] The bridge fell."), "The bridge fell.");
        assert_eq!(
            cut("It rose [12] sharply (AP Photo/Jane Roe)."),
            "It rose sharply."
        );
        assert_eq!(
            cut("The group (which met [in May]) agreed."),
            "The group (which met [in May]) agreed."
        );
        assert_eq!(cut("[Advertisement]"), "");
    }

    #[test]
    fn a_marker_closed_by_a_cut_is_cut_too() {
        assert_eq!(cut("x [Ph[Photo]oto] y"), "x y");
        let nested = format!("x {}[Photo]{} y", "[Ph".repeat(50), "oto]".repeat(50));
        assert_eq!(cut(&nested), "x y");
        assert_eq!(cut("(AP [Photo] Photo/Jane Roe) said"), "said");
        // Not a marker once the inner one is cut: kept.
        assert_eq!(cut("[Ph [Photo] oto] y"), "[Ph oto] y");
    }

    #[test]
    fn offsets_are_in_the_given_line() {
        let mut ch = Vec::new();
        let line = "a [Photo] b [12] c";
        assert_eq!(cut_markers(line, &mut ch).as_deref(), Some("a b c"));
        for c in &ch {
            assert_eq!(&line[c.offset..c.offset + c.before.len()], c.before);
        }
        ch.clear();
        cut_markers("[Ph[Photo]oto] z", &mut ch);
        assert_eq!(
            ch.iter()
                .map(|c| (c.offset, c.before.as_str()))
                .collect::<Vec<_>>(),
            [(3, "[Photo]"), (0, "[Photo] ")]
        );
    }
}
