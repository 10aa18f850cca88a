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

/// Cuts every inline marker out of `line`.
pub(crate) fn cut_markers(line: &str, changes: &mut Vec<Change>) -> Option<String> {
    let bytes = line.as_bytes();
    memchr::memchr2(b'[', b'(', bytes)?;
    let mut out: Option<String> = None;
    let mut done = 0;
    let mut i = 0;
    while let Some(pos) = memchr::memchr2(b'[', b'(', &bytes[i..]) {
        let start = i + pos;
        i = start + 1;
        let open = bytes[start];
        let close = close_of(open);
        let limit = (start + MAX_MARKER).min(bytes.len());
        let Some(len) = bytes[start + 1..limit]
            .iter()
            .position(|&b| b == close || b == open)
        else {
            continue;
        };
        let end = start + 1 + len;
        if bytes[end] != close {
            continue;
        }
        let inner = &bytes[start + 1..end];
        let Some(rule) = rules().iter().find(|r| {
            r.open == open
                && if r.prefix == "#" {
                    !inner.is_empty() && inner.iter().all(u8::is_ascii_digit)
                } else {
                    inner.len() + 1 >= r.prefix.len()
                        && bytes[start + 1..]
                            .get(..r.prefix.len())
                            .is_some_and(|p| p.eq_ignore_ascii_case(r.prefix.as_bytes()))
                }
        }) else {
            continue;
        };
        // Cut one adjoining space with the marker, so no double or edge space is left.
        let (cut_start, cut_end) = if start > done && bytes[start - 1] == b' ' {
            (start - 1, end + 1)
        } else if bytes.get(end + 1) == Some(&b' ') {
            (start, end + 2)
        } else {
            (start, end + 1)
        };
        let o = out.get_or_insert_with(|| String::with_capacity(line.len()));
        o.push_str(&line[done..cut_start]);
        changes.push(Change {
            kind: EditKind::Marker,
            offset: cut_start,
            before: line[cut_start..cut_end].to_owned(),
            after: String::new(),
            reason: rule.reason,
        });
        done = cut_end;
        i = cut_end;
    }
    let mut o = out?;
    o.push_str(&line[done..]);
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
}
