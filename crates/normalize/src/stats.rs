//! Corpus statistics gathered in pass 1: how many articles each short line occurs in (CCNet-style
//! line hashes, for furniture by repetition), how many of those tell the same story, and the
//! apostrophe evidence.
//!
//! A line repeated across articles is a site's template only if the articles tell different
//! stories: a story syndicated to six sites repeats its subheadings and lists six times, and
//! they are its content. So each article gets a story key ([`story_key`], from its longest
//! line), and besides the count per line the pass counts articles per (line, story); pass 2
//! counts the copies of its own story once.
//!
//! Where an article's address is known, the pass also counts articles per (line, site): a
//! sentence on many pages of one site is that site's template (a membership appeal between the
//! paragraphs, a disclaimer), which the corpus-wide count cannot say of sentences without also
//! saying it of a quotation many sites carry.

use crate::apostrophe::ApostropheStats;
use crate::furniture::{MAX_KEYED_LINE, MAX_REPEATED_SENTENCE_WORDS, line_key};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already xxh3 hashes; hashing them again would only cost time.
#[derive(Debug, Default, Clone, Copy)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type LineCounts = HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>;

/// Corpus-wide evidence for normalization, built per chunk in parallel and merged.
///
/// ```
/// use copydesk_normalize::CorpusStats;
/// let mut a = CorpusStats::default();
/// a.observe("Site News\nFirst story body.");
/// let mut b = CorpusStats::default();
/// b.observe("Site News\nSecond story body.");
/// a.merge(b);
/// assert_eq!(a.articles, 2);
/// assert_eq!(a.line_articles("SITE NEWS"), 2);
/// ```
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct CorpusStats {
    /// Articles observed.
    pub articles: u64,
    /// Hash of a short line's key -> number of articles it occurs in.
    #[serde(serialize_with = "ser_counts", deserialize_with = "de_counts")]
    lines: LineCounts,
    /// [`pair`] of a short line's hash and an article's story key -> number of articles of
    /// that story the line occurs in.
    #[serde(serialize_with = "ser_counts", deserialize_with = "de_counts", default)]
    stories: LineCounts,
    /// [`pair`] of a short line's hash and an article's site key ([`site_key`]) -> number of
    /// articles of that site the line occurs in.
    #[serde(serialize_with = "ser_counts", deserialize_with = "de_counts", default)]
    sites: LineCounts,
    /// Site key -> number of articles observed from that site.
    #[serde(serialize_with = "ser_counts", deserialize_with = "de_counts", default)]
    site_pages: LineCounts,
    /// [`pair`] of a story key and a site key -> number of the site's articles whose longest
    /// line gives that key: three or more, and the longest line is the site's template (a
    /// cookie banner, an appeal longer than the story's paragraphs), no story
    /// ([`CorpusStats::story_on_site`]).
    #[serde(serialize_with = "ser_counts", deserialize_with = "de_counts", default)]
    site_stories: LineCounts,
    /// Evidence for restoring dropped apostrophes.
    pub apostrophes: ApostropheStats,
    #[serde(skip)]
    scratch: Scratch,
}

#[derive(Debug, Default, Clone)]
struct Scratch {
    key: String,
    hashes: Vec<u64>,
}

/// Sorted, so serialized statistics are byte-identical from run to run.
fn ser_counts<S: Serializer>(m: &LineCounts, s: S) -> Result<S::Ok, S::Error> {
    let mut v: Vec<(u64, u32)> = m.iter().map(|(&k, &c)| (k, c)).collect();
    v.sort_unstable();
    v.serialize(s)
}

fn de_counts<'de, D: Deserializer<'de>>(d: D) -> Result<LineCounts, D::Error> {
    let v: Vec<(u64, u32)> = Vec::deserialize(d)?;
    Ok(v.into_iter().collect())
}

/// A line with more spaces than this has more words than repetition ever looks at.
pub(crate) const MAX_RAW_SPACES: usize = 2 * MAX_REPEATED_SENTENCE_WORDS;

/// Whether `line` holds more than `max` spaces: popcounts of 64-byte space masks, stopping
/// as soon as the count is passed.
pub(crate) fn more_spaces_than(line: &str, max: usize) -> bool {
    let b = line.as_bytes();
    // Most short lines are shorter than the count.
    if b.len() <= max {
        return false;
    }
    let mut n = 0;
    let mut pos = 0;
    while pos < b.len() {
        n += copydesk_tokenize::masks::classify_at(b, pos)
            .space
            .count_ones() as usize;
        if n > max {
            return true;
        }
        pos += 64;
    }
    false
}

/// The lines of `text`, as `text.split('\n')` yields them (a property test holds the two
/// equal).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain(std::iter::once(None))
        .map(move |end| {
            let end = end.unwrap_or(text.len());
            // Both ends are at a '\n' or the text's ends: char boundaries.
            let line = text.get(start..end).unwrap_or_default();
            start = end + 1;
            line
        })
}

pub(crate) fn key_hash(key: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// A line shorter than this (in bytes) is no story's paragraph: an article without one has no
/// story key.
const MIN_STORY_LINE: usize = 120;

/// How much of the longest line the story key reads: copies of a story edited further on keep
/// the same key.
const STORY_PREFIX: usize = 160;

/// The story an article tells, for telling a site's template from a syndicated story: the
/// key of the start of its longest line (by bytes of the raw text, the first of equals), or 0
/// when no line is paragraph-long. Pass 1 and pass 2 both take it from the raw text, so they
/// agree.
pub(crate) fn story_key(text: &str) -> u64 {
    story_of(longest_line(text), &mut String::new())
}

/// The longest line of a raw text by bytes, the first of equals.
pub(crate) fn longest_line(text: &str) -> &str {
    let mut best = "";
    for line in lines(text) {
        if line.len() > best.len() {
            best = line;
        }
    }
    best
}

/// The story key of an article whose longest line (the first of equals) is `longest`.
pub(crate) fn story_of(longest: &str, key: &mut String) -> u64 {
    if longest.len() < MIN_STORY_LINE {
        return 0;
    }
    let mut end = STORY_PREFIX.min(longest.len());
    while !longest.is_char_boundary(end) {
        end -= 1;
    }
    line_key(&longest[..end], key);
    key_hash(key) | 1
}

/// The site of an article's address: its host, lower-cased, without a leading "www." or a
/// port, hashed; 0 when the address names no host. Pages of one site share furniture.
///
/// ```
/// use copydesk_normalize::site_key;
/// assert_eq!(site_key("https://www.Example.org/a/1"), site_key("http://example.org:8080/b"));
/// assert_ne!(site_key("https://example.org/a"), site_key("https://example.net/a"));
/// assert_eq!(site_key("not an address"), 0);
/// ```
pub fn site_key(url: &str) -> u64 {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return 0;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // Drop a user part and a port.
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if host.is_empty() {
        return 0;
    }
    key_hash(host) | 1
}

/// The key of a (line, story) or (line, site) pair.
fn pair(line: u64, story: u64) -> u64 {
    line.rotate_left(29) ^ story.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn add_counts(into: &mut LineCounts, from: LineCounts) {
    for (k, c) in from {
        let e = into.entry(k).or_insert(0);
        *e = e.saturating_add(c);
    }
}

impl CorpusStats {
    /// Observes one article's raw text (pass 1).
    pub fn observe(&mut self, text: &str) {
        self.observe_page(text, 0);
    }

    /// Observes one article's raw text (pass 1) from the site `site` ([`site_key`] of its
    /// address; 0 when unknown).
    pub fn observe_page(&mut self, text: &str, site: u64) {
        self.articles += 1;
        if site != 0 {
            *self.site_pages.entry(site).or_insert(0) += 1;
        }
        let Scratch { key, hashes } = &mut self.scratch;
        hashes.clear();
        let mut longest = "";
        // One pass over the lines for both kinds of evidence, so each line is read once while
        // it is in the cache. Lines are split with `memchr` (vectorised, wide where the
        // processor allows): `str::split` searched with the narrower word-at-a-time search of
        // the core library, about a tenth of this pass.
        for line in lines(text) {
            self.apostrophes.observe_line(line);
            if line.len() > longest.len() {
                longest = line;
            }
            // Paragraph-length lines are never judged by repetition; skip them unhashed. (A raw
            // line with many spaces is long; a short one padded with spaces merely goes
            // uncounted, which errs towards keeping it.) Spaces are counted with a plain loop,
            // which the compiler vectorises.
            if line.len() > MAX_KEYED_LINE
                || line.trim_ascii().is_empty()
                || more_spaces_than(line, MAX_RAW_SPACES)
            {
                continue;
            }
            line_key(line, key);
            if !key.is_empty() {
                hashes.push(key_hash(key));
            }
        }
        hashes.sort_unstable();
        hashes.dedup();
        for &h in hashes.iter() {
            *self.lines.entry(h).or_insert(0) += 1;
        }
        let story = story_of(longest, key);
        if story != 0 && site != 0 {
            *self.site_stories.entry(pair(story, site)).or_insert(0) += 1;
        }
        for (table, of) in [(&mut self.stories, story), (&mut self.sites, site)] {
            if of != 0 {
                for &h in hashes.iter() {
                    *table.entry(pair(h, of)).or_insert(0) += 1;
                }
            }
        }
    }

    /// Merges another chunk's statistics; associative and commutative.
    pub fn merge(&mut self, other: CorpusStats) {
        self.articles += other.articles;
        self.apostrophes.merge(other.apostrophes);
        for (mine, theirs) in [
            (&mut self.lines, other.lines),
            (&mut self.stories, other.stories),
            (&mut self.sites, other.sites),
            (&mut self.site_pages, other.site_pages),
            (&mut self.site_stories, other.site_stories),
        ] {
            // Fold the smaller table into the larger.
            if mine.len() < theirs.len() {
                let small = std::mem::replace(mine, theirs);
                add_counts(mine, small);
            } else {
                add_counts(mine, theirs);
            }
        }
    }

    /// In how many observed articles a line occurs (compared by [`crate::line_key`]).
    pub fn line_articles(&self, line: &str) -> u32 {
        let mut key = String::new();
        line_key(line, &mut key);
        self.key_articles(&key)
    }

    pub(crate) fn key_articles(&self, key: &str) -> u32 {
        if key.is_empty() {
            return 0;
        }
        self.hash_articles(key_hash(key))
    }

    pub(crate) fn hash_articles(&self, hash: u64) -> u32 {
        self.lines.get(&hash).copied().unwrap_or(0)
    }

    /// In how many observed articles a short line occurs, counting the articles that tell
    /// `story` ([`story_key`]; 0 for none) as one: how many templates, not copies of one
    /// story, repeat it.
    pub(crate) fn hash_articles_beside(&self, hash: u64, story: u64) -> u32 {
        let all = self.hash_articles(hash);
        // A line in one article at most has no copies to count once (most lines).
        if story == 0 || all <= 1 {
            return all;
        }
        let same = self.stories.get(&pair(hash, story)).copied().unwrap_or(0);
        all.saturating_sub(same) + u32::from(same > 0)
    }

    /// The story key of a page of `site` as repetition should read it: 0 (no story) when
    /// `min` or more of the site's pages, and three at least, share it, as then their longest
    /// line is the site's template, not a story's paragraph (two may be a story and its
    /// update; more copies of one story on one site are dedup's).
    ///
    /// Nor when the longest line itself (`longest`, the raw line) is on more of the site's
    /// pages than tell the story, and on three at least: a template line that is the longest
    /// of two pages only (a reader's note longer than their paragraphs) is no story either,
    /// while a story and its update carry their paragraph on those two pages alone.
    pub(crate) fn story_on_site(&self, story: u64, longest: &str, site: u64, min: u32) -> u64 {
        if story == 0 || site == 0 {
            return story;
        }
        let pages = self
            .site_stories
            .get(&pair(story, site))
            .copied()
            .unwrap_or(0);
        let least = min.max(3);
        if pages >= least {
            return 0;
        }
        let mut key = String::new();
        line_key(longest, &mut key);
        let carried = if key.is_empty() {
            0
        } else {
            self.sites
                .get(&pair(key_hash(&key), site))
                .copied()
                .unwrap_or(0)
        };
        if carried >= least && carried > pages {
            0
        } else {
            story
        }
    }

    /// How many articles of `site` ([`site_key`]) were observed; 0 for an unknown site.
    pub fn site_articles(&self, site: u64) -> u32 {
        if site == 0 {
            return 0;
        }
        self.site_pages.get(&site).copied().unwrap_or(0)
    }

    /// On how many observed pages of `site` a short line occurs, the pages that tell `story`
    /// counted once (0 when the site is unknown). Copies of the story elsewhere are subtracted
    /// too, as a site's count cannot tell them apart: that errs towards keeping the line.
    /// Returns that count and the count of all pages.
    pub(crate) fn hash_site_pages_beside(&self, hash: u64, site: u64, story: u64) -> (u32, u32) {
        if site == 0 {
            return (0, 0);
        }
        let all = self.sites.get(&pair(hash, site)).copied().unwrap_or(0);
        if story == 0 || all <= 1 {
            return (all, all);
        }
        let same = self.stories.get(&pair(hash, story)).copied().unwrap_or(0);
        (all.saturating_sub(same.saturating_sub(1)).max(1), all)
    }

    /// On how many observed pages of the site of `url` a line occurs, the pages that tell the
    /// story of `text` counted once.
    pub fn line_site_pages_beside(&self, line: &str, url: &str, text: &str) -> u32 {
        let mut key = String::new();
        line_key(line, &mut key);
        if key.is_empty() {
            return 0;
        }
        self.hash_site_pages_beside(key_hash(&key), site_key(url), story_key(text))
            .0
    }

    /// In how many observed articles a line occurs, the articles that tell the story of
    /// `text` counted once: an article's story is the start of its longest line.
    pub fn line_articles_beside(&self, line: &str, text: &str) -> u32 {
        let mut key = String::new();
        line_key(line, &mut key);
        if key.is_empty() {
            return 0;
        }
        self.hash_articles_beside(key_hash(&key), story_key(text))
    }

    /// Number of distinct short lines counted.
    pub fn distinct_lines(&self) -> usize {
        self.lines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `lines` splits as `str::split('\n')` does: empty lines, a last line with or without
        /// its newline, no newline at all.
        #[test]
        fn lines_split_as_str_split(s in "[a\n’ ]{0,40}") {
            let got: Vec<&str> = lines(&s).collect();
            let want: Vec<&str> = s.split('\n').collect();
            proptest::prop_assert_eq!(got, want);
        }

        /// The mask count agrees with counting the spaces one by one.
        #[test]
        fn more_spaces_than_counts_spaces(s in "[ a\\u{0}é’]{0,300}", max in 0usize..200) {
            let n = s.bytes().filter(|&b| b == b' ').count();
            proptest::prop_assert_eq!(more_spaces_than(&s, max), n > max);
        }
    }
}
