//! Repeated passages: paragraphs (lines of a document's text) that recur verbatim across
//! different articles.
//!
//! A [`PassageIndex`] maps the 128-bit hash of each trimmed paragraph to the first article that
//! has it and the number of articles that do. It is built per chunk and merged; the merge is
//! associative and commutative provided each article is observed in one chunk only.
//!
//! Feed it the articles that are *kept* by dedup: a paragraph first seen in an article that is
//! later dropped as a duplicate would otherwise be dropped from the article kept in its place.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use copydesk_doc::{Document, Edit, EditKind};
use serde::{Deserialize, Serialize};

/// Paragraphs shorter than this (in bytes, trimmed) are not tracked: short lines such as
/// "Advertisement" are furniture for the normalizer, not passages.
pub const DEFAULT_PASSAGE_MIN_CHARS: usize = 40;

/// Keys are already xxh3 hashes, so the map's hasher only has to pass bits through.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u128(&mut self, v: u128) {
        self.0 = v as u64;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// Lowest article index that has the paragraph.
    first: usize,
    /// Articles that have it (each counted once).
    articles: u64,
    /// The last article that incremented `articles`, so a paragraph repeated inside one article
    /// counts once.
    last: usize,
    /// Paragraph length in bytes (trimmed).
    len: u64,
}

/// Counts of repeated passages, for the run report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageStats {
    /// Distinct paragraphs tracked (long enough).
    pub distinct: u64,
    /// Distinct paragraphs found in two or more articles.
    pub repeated: u64,
    /// Occurrences beyond the first article: what dropping them removes.
    pub repeated_occurrences: u64,
    /// Bytes of those occurrences.
    pub repeated_bytes: u64,
}

/// Index of paragraphs across articles. See the module docs.
///
/// ```
/// use copydesk_doc::{Document, EditKind, Source};
/// use copydesk_dedup::PassageIndex;
///
/// let boiler = "Sign up for our newsletter to get the morning briefing in your inbox.";
/// let a = format!("First story opens here with its own words and facts.\n{boiler}");
/// let b = format!("Second story, a different report about the weather today.\n{boiler}");
/// let mut index = PassageIndex::default();
/// index.observe(0, &a);
/// let mut other = PassageIndex::default(); // another chunk
/// other.observe(1, &b);
/// index.merge(other);
/// assert_eq!(index.stats().repeated, 1);
///
/// let mut doc = Document::new("b", Source::file("b.txt"), b);
/// assert_eq!(index.drop_repeated(1, &mut doc), 1);
/// assert_eq!(doc.text, "Second story, a different report about the weather today.");
/// assert_eq!(doc.edits[0].kind, EditKind::RepeatedPassage);
/// ```
#[derive(Clone)]
pub struct PassageIndex {
    min_chars: usize,
    map: HashMap<u128, Entry, BuildHasherDefault<PassThrough>>,
}

impl std::fmt::Debug for PassageIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassageIndex")
            .field("min_chars", &self.min_chars)
            .field("paragraphs", &self.map.len())
            .finish()
    }
}

impl Default for PassageIndex {
    fn default() -> Self {
        PassageIndex::with_min_chars(DEFAULT_PASSAGE_MIN_CHARS)
    }
}

fn key(paragraph: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(paragraph.as_bytes())
}

impl PassageIndex {
    /// An empty index that tracks paragraphs of at least `min_chars` bytes (trimmed).
    pub fn with_min_chars(min_chars: usize) -> Self {
        PassageIndex {
            min_chars,
            map: HashMap::default(),
        }
    }

    /// Records the paragraphs of article `doc_index`. Observe each article once.
    pub fn observe(&mut self, doc_index: usize, text: &str) {
        for line in text.split('\n') {
            let p = line.trim();
            if p.len() < self.min_chars {
                continue;
            }
            let e = self.map.entry(key(p)).or_insert(Entry {
                first: doc_index,
                articles: 0,
                last: usize::MAX,
                len: p.len() as u64,
            });
            if e.last != doc_index {
                e.articles += 1;
                e.last = doc_index;
                e.first = e.first.min(doc_index);
            }
        }
    }

    /// Adds another chunk's index (built over other articles). Keeps this index's `min_chars`.
    pub fn merge(&mut self, other: Self) {
        if self.map.len() < other.map.len() && self.min_chars == other.min_chars {
            let mine = std::mem::replace(&mut self.map, other.map);
            self.absorb(mine);
        } else {
            self.absorb(other.map);
        }
    }

    fn absorb(&mut self, other: HashMap<u128, Entry, BuildHasherDefault<PassThrough>>) {
        for (k, o) in other {
            self.map
                .entry(k)
                .and_modify(|e| {
                    e.first = e.first.min(o.first);
                    e.articles += o.articles;
                    e.last = e.last.max(o.last);
                })
                .or_insert(o);
        }
    }

    /// Counts of repeated passages.
    pub fn stats(&self) -> PassageStats {
        let mut s = PassageStats {
            distinct: self.map.len() as u64,
            ..PassageStats::default()
        };
        for e in self.map.values() {
            if e.articles > 1 {
                s.repeated += 1;
                s.repeated_occurrences += e.articles - 1;
                s.repeated_bytes += (e.articles - 1) * e.len;
            }
        }
        s
    }

    /// Whether `paragraph` is repeated and article `doc_index` is not the first to have it.
    pub fn is_repeat(&self, doc_index: usize, paragraph: &str) -> Option<usize> {
        let p = paragraph.trim();
        if p.len() < self.min_chars {
            return None;
        }
        match self.map.get(&key(p)) {
            Some(e) if e.articles > 1 && e.first != doc_index => Some(e.first),
            _ => None,
        }
    }

    /// Removes from `doc` (article `doc_index`) every paragraph that an earlier article has,
    /// recording an [`EditKind::RepeatedPassage`] edit for each. Returns how many were removed.
    pub fn drop_repeated(&self, doc_index: usize, doc: &mut Document) -> usize {
        let mut kept: Vec<&str> = Vec::new();
        let mut edits = Vec::new();
        for line in doc.text.split('\n') {
            match self.is_repeat(doc_index, line) {
                Some(first) => edits.push(Edit {
                    kind: EditKind::RepeatedPassage,
                    before: line.to_owned(),
                    after: String::new(),
                    // Lines above this one that were removed have shifted it up.
                    line: kept.len() + 1,
                    offset: None,
                    reason: format!("paragraph repeated from article {first}"),
                }),
                None => kept.push(line),
            }
        }
        let removed = edits.len();
        if removed > 0 {
            doc.text = kept.join("\n");
            doc.edits.extend(edits);
        }
        removed
    }
}
