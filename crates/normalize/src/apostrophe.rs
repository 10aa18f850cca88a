//! Restoration of dropped apostrophes: possessives ("Washingtons intent" → "Washington’s intent"),
//! plural possessives where the evidence allows, and contractions ("dont" → "don’t").
//!
//! Decisions come from evidence, in this order of weight:
//! 1. the corpus, gathered in pass 1 by [`ApostropheStats::observe`] and merged across chunks:
//!    whether the stem takes an apostrophe elsewhere ("Moscow’s" beside "Moscows"), whether the
//!    stem stands alone as a noun, whether the -s form is a word of its own (it is followed by
//!    punctuation, a function word or a verb somewhere: "Americans.", "Hamas said"), whether the
//!    stem is used as an adjective ("Russian forces"), which capitalised pairs occur ("Lloyd
//!    Austin"), and whether a word is seen after determiners (a noun) or after pronouns (a verb);
//! 2. the word that follows: a possessive is followed by a noun phrase, never by punctuation, a
//!    function word or a verb;
//! 3. a compact built-in lexicon of general English word classes
//!    (data/apostrophe/lexicon.txt, word_classes.txt) and a gazetteer of countries, capitals
//!    and international bodies (data/apostrophe/gazetteer.txt), for when the corpus is small.
//!
//! Precision comes first: a wrong apostrophe is worse than a missed one, so every rule needs
//! positive evidence and any contrary evidence blocks it. Capitalised forms need their stem
//! attested in the corpus ("Washington" for "Washingtons") or in the gazetteer ("Qatars emir",
//! "North Koreas", "the EUs fleets"); unattested names ("Hamas", "Donbas"), listed names in -s
//! ("Wales") and forms inside multi-word names ("United States") are left alone. Lower case:
//! - a stem whose -s form is no plural ("todays", "womens", "someone elses") takes "’s";
//! - a person noun usually plural as a possessor ("the workers union", "our customers
//!   safety") takes "s’", unless the corpus uses the stem alone far more than the plural;
//! - a kin noun after a possessive determiner ("his sons grades") and a time noun after
//!   a/an/last/next ("a weeks pay", "last years winner") take "’s";
//! - after an article and before a singular noun ("the towns reservoir", "The boards vote is
//!   expected") the -s form takes "’s" unless it is a lexicalised plural modifier ("the sales
//!   team") or a form used as a plural whose stem is never seen alone; one or two lower-case
//!   modifiers may stand between ("the prime ministers office", "the state health departments
//!   director") when the stem is a noun by the corpus or the lexicon and never a verb;
//! - before a plural noun ("the ministers remarks") singular and plural possessor are equally
//!   likely, so nothing is done without apostrophe evidence.
//!
//! Measured on fixtures/normalize/apostrophe (tests/apostrophe_eval.rs, 35 files in seven
//! sets, each set after the first written unseen and measured before a round of rules), all
//! files: precision 0.997 / 0.994, recall 0.909 / 0.900 with half / all the apostrophes
//! stripped; the newest set, never tuned on: precision 0.993 / 0.996, recall 0.894 / 0.877.
//!
//! Speed: words are scanned in place off 64-bit class masks of 64-byte windows
//! (`copydesk_tokenize::masks`, SSE2): in an ASCII window the next word starts at the next
//! bit of the window's word starts and ends at the next clear letter-or-digit bit; non-ASCII
//! goes byte by byte. Against the eight-byte SWAR scanner it replaced (kept in `reference.rs`
//! for the property test) the time is the same and the instructions a few more: the scan
//! runs at about four instructions a cycle, so it costs instructions, not a chain of loads.
//! Words are keyed by one eight-byte load and a multiply when they are short (most are);
//! counters live in an open-addressing table probed by the key's top bits, and each word costs
//! at most one update (its pending counters are a bit set until the next word is known);
//! closed-class words are found through a 512-byte bit filter. In restoration a word is only
//! looked at further when it is an -s word before a spaced word or its last two bytes are
//! those of a contraction form, a test made through two byte tables without a branch (a chain
//! of tests had cost a mispredicted branch on about every other word: article pass ~7% faster);
//! tokens are written in place into a ring of the last four, and nothing is allocated unless a
//! line changes. Most words are never made tokens: after a word that needs no decision, the
//! words up to the next non-ASCII byte or `'` are plain (no apostrophe), their ends come off
//! the masks, and each is tested by three bytes through the same tables; only a word that may
//! need deciding, the word after it and the two before it become tokens (found again off the
//! masks, back from the word, so nothing is kept per word). Restarting the token scanner a
//! few words before each candidate instead had been slower than reading every token.
//! A candidate is screened before its decision (`screen`): the tests that read neither token
//! before it, once (what the -s form alone answers memoized per thread, as is the next word's
//! class); most -s forms, before a stop or a verb, are settled there. Profiled per article
//! pass on the seeds (`normalize_profile article`, callgrind): restoration 41.3M instructions
//! before the screen, 38.0M after, of which `decide` 15.0M and 11.8M; the rest is the scan,
//! about 46 instructions a word in its loop, the window masks, and the tokens built for the
//! 15% of words that may need deciding. Candidates are too dense for a scan that finds them
//! first and reads tokens only around them (one in 7 to 10 words, and a contraction form can
//! end in t, e, l, d or m): such a scan, tried, read 22% more instructions.
//! The scan calls a `Visit`: its screen first, with the candidate and the word after it
//! only, and the tokens before the candidate are built only when the screen lets it through
//! (one candidate in five on the seeds); a window's last words get no tokens when the window
//! moves, its masks are kept instead and the tokens built from them only if a decision or
//! the ring reads them back; an -s word before punctuation is dropped in the word loop;
//! contraction forms are looked up packed in a u64. Per article pass (callgrind,
//! `normalize_profile article 3` and `varied 3`, divided by three): restoration 38.0M to
//! 32.9M instructions on the seeds, 27.7M to 25.9M on the varied text, the output
//! unchanged. What is left on the seeds: the word loop and the window masks (13M), the
//! candidates' tokens and the screen (10M), the decisions the screen lets through (5.5M,
//! most of it `possessive_with`'s rules and lookups), each line's start and the words after
//! an apostrophe or a non-ASCII byte (3M). Tried and measured worse: `worth_deciding` from
//! the masks before any token of the candidate is built, and the contraction-form test in
//! the word loop (0.1% and 1.3% more instructions: the candidates that pass, or every word
//! of the loop, pay more than the rejected ones save); packed word lists for the rules'
//! determiner tests saved 0.1% and were not kept.
//! The scanner's windows have no masks of sentence stops or hyphens: a gap that is not one
//! space is read from its bytes when a token is built, and every window saves the compares
//! (`normalize_profile ... 3`: restoration 98.7M to 94.2M instructions on the seeds, 77.7M
//! to 75.1M on the varied text; the old gap kept as the test's reference). Tried this round
//! and not kept: the screen inlined into `decide_plain` (0.7% more instructions in
//! restoration on the seeds), and the contraction-form test made in the word loop where a
//! form-shaped word would be handed to `decide_plain` (its calls' cost moved into the loop,
//! which carries the word's start: no change, 98.66M to 98.64M on the seeds, 77.73M to
//! 77.73M on the varied text).
//! Bench: `cargo bench -p copydesk-benches --bench apostrophe`.

mod lexicon;
#[cfg(test)]
mod reference;

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use xxhash_rust::xxh3::xxh3_64;

/// Counters kept per word form (keyed by [`word_key`] of the exact form).
const BARE: usize = 0; // seen without an apostrophe
const POSS: usize = 1; // seen as `form’s`
const POSS_PL: usize = 2; // seen as `form’` (form ends in s)
const JOINED: usize = 3; // a contraction whose letters joined give this form (`don’t` → dont)
const STOP_AFTER: usize = 4; // bare form followed by punctuation, a function word or a contraction
const AFTER_DET: usize = 5; // bare form right after a determiner or a possessive
const AFTER_PRON: usize = 6; // bare form right after a subject pronoun, modal or "to"
const ATTRIB: usize = 7; // capitalised bare form followed by a lower-case content word
const AFTER_PLURAL: usize = 8; // bare form right after a number or plural quantifier
const NCOUNTS: usize = 9;

type Counts = [u32; NCOUNTS];

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The key of a word form. Most words fit in eight bytes: those are packed into a u64 and mixed
/// by a multiply (distinct short words never collide, and it is several times cheaper than a
/// general hash); longer ones go through xxh3.
#[inline]
fn word_key(bytes: &[u8]) -> u64 {
    if bytes.len() <= 8 {
        // Byte by byte: a copy into a buffer would call memcpy for every word.
        let mut packed = 0u64;
        for (i, &b) in bytes.iter().enumerate() {
            packed |= u64::from(b) << (8 * i);
        }
        mix_packed(packed)
    } else {
        xxh3_64(bytes)
    }
}

/// [`word_key`] with the short word packed by [`pack_short`], for the restorer's lookups
/// (the corpus pass keeps the loop: in its scanning loop the loads cost more than they save).
#[inline]
pub(crate) fn lookup_key(bytes: &[u8]) -> u64 {
    if bytes.len() <= 8 {
        mix_packed(pack_short(bytes))
    } else {
        xxh3_64(bytes)
    }
}

/// The bytes of a word of at most eight bytes packed little-endian into a u64 (zero above),
/// by two loads that overlap in the middle (the bytes they share are the same, so or-ing
/// them is exact): a copy into a buffer would call memcpy for every word, and a loop byte
/// by byte costs four or five instructions a byte. Longer words: their first eight bytes.
#[inline]
pub(crate) fn pack_short(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let load4 = |at: usize| {
        bytes.get(at..at + 4).map_or(0, |b| {
            u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        })
    };
    let load2 = |at: usize| {
        bytes
            .get(at..at + 2)
            .map_or(0, |b| u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => load2(0) | load2(n - 2) << (8 * (n - 2)),
        4..=8 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        _ => load4(0) | load4(4) << 32,
    }
}

#[inline]
fn mix_packed(packed: u64) -> u64 {
    let h = packed.wrapping_mul(GOLDEN);
    h ^ (h >> 29)
}

/// [`word_key`] of `text[start..end]`, reading a short word with one eight-byte load when the
/// text goes on far enough (the common case) instead of byte by byte.
#[inline(always)]
fn word_key_at(text: &[u8], start: usize, end: usize) -> u64 {
    let n = end.wrapping_sub(start);
    if (1..=8).contains(&n)
        && let Some(chunk) = text.get(start..start + 8)
    {
        let mut arr = [0u8; 8];
        arr.copy_from_slice(chunk);
        let packed = u64::from_le_bytes(arr) & (u64::MAX >> (64 - 8 * n));
        return mix_packed(packed);
    }
    text.get(start..end).map_or(0, word_key)
}

/// An open-addressing hash table keyed by word keys (already well mixed: the slot is taken from
/// the key's top bits), with linear probing. Much cheaper per update than a general map, which
/// matters because the corpus pass updates it for almost every word. Each key sits next to its
/// value, so an update finds both in one cache line (the word table outgrows the first-level
/// cache on any real corpus, and separate key and value arrays cost two misses per word).
#[derive(Debug, Clone)]
struct KeyTable<V> {
    slots: Vec<(u64, V)>,
    len: usize,
    shift: u32,
}

/// Key 0 marks an empty slot; a key that is really 0 is stored as 1 (a collision of two
/// 64-bit keys, as unlikely as any other).
#[inline]
fn slot_key(key: u64) -> u64 {
    key.max(1)
}

const MIN_BITS: u32 = 8;

impl<V: Copy + Default> Default for KeyTable<V> {
    fn default() -> Self {
        KeyTable {
            slots: Vec::new(),
            len: 0,
            shift: 64 - MIN_BITS,
        }
    }
}

impl<V: Copy + Default> KeyTable<V> {
    fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Slots, occupied or not.
    fn capacity(&self) -> usize {
        self.slots.len()
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&V> {
        let key = slot_key(key);
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (key >> self.shift) as usize;
        loop {
            match self.slots.get(i) {
                Some((k, v)) if *k == key => return Some(v),
                Some((0, _)) | None => return None,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    /// The value for `key`, inserted as the default if absent.
    #[inline]
    fn slot(&mut self, key: u64) -> &mut V {
        let key = slot_key(key);
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize & mask;
        loop {
            let k = self.slots[i].0;
            if k == key {
                break;
            }
            if k == 0 {
                self.slots[i].0 = key;
                self.len += 1;
                break;
            }
            i = (i + 1) & mask;
        }
        &mut self.slots[i].1
    }

    #[cold]
    fn grow(&mut self) {
        let bits = if self.slots.is_empty() {
            MIN_BITS
        } else {
            64 - self.shift + 1
        };
        let old = std::mem::replace(&mut self.slots, vec![(0, V::default()); 1 << bits]);
        self.shift = 64 - bits;
        self.len = 0;
        for (k, v) in old {
            if k != 0 {
                *self.slot(k) = v;
            }
        }
    }

    fn iter(&self) -> impl Iterator<Item = (u64, V)> + '_ {
        self.slots.iter().filter(|(k, _)| *k != 0).copied()
    }
}

/// Corpus evidence gathered in pass 1, per chunk in parallel, then merged.
///
/// Holds counters per word form and per capitalised pair; [`merge`](Self::merge) only adds
/// counters, so it is associative and commutative and the result does not depend on chunking.
/// Serialised with its keys sorted, so equal statistics give identical files.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ApostropheStats {
    #[serde(with = "sorted")]
    words: KeyTable<Counts>,
    #[serde(with = "sorted")]
    pairs: KeyTable<u32>,
}

/// Tables written as key-sorted sequences of pairs: the output does not depend on the
/// table's layout.
mod sorted {
    use super::KeyTable;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(super) fn serialize<V: Serialize + Copy + Default, S: Serializer>(
        map: &KeyTable<V>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut entries: Vec<(u64, V)> = map.iter().collect();
        entries.sort_unstable_by_key(|e| e.0);
        entries.serialize(serializer)
    }

    pub(super) fn deserialize<'de, V: Deserialize<'de> + Copy + Default, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<KeyTable<V>, D::Error> {
        let entries: Vec<(u64, V)> = Vec::deserialize(deserializer)?;
        let mut table = KeyTable::default();
        for (k, v) in entries {
            *table.slot(k) = v;
        }
        Ok(table)
    }
}

/// The article a line belongs to, read only for the evidence no corpus count gives: whether
/// the story speaks of one person of a kind or of several ("the judge" elsewhere in the story
/// makes "the judges order" the judge’s). Its counts do not change when apostrophes are
/// restored, so restoring twice gives what restoring once does.
///
/// Each count reads the whole article: for a long document, give it [`StoryCounts`]
/// ([`with_counts`](Self::with_counts)), which keeps each stem's counts and reads at most
/// [`MAX_STORY_STEMS`] stems, so a document costs a bounded number of reads of itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Article<'a> {
    parts: Parts<'a>,
    counts: Option<&'a StoryCounts>,
}

#[derive(Debug, Clone, Copy, Default)]
enum Parts<'a> {
    /// No article: the line alone, and no evidence from around it.
    #[default]
    None,
    Text(&'a str),
    /// The document's lines, those whose flag is set.
    Lines(&'a [Cow<'a, str>], &'a [bool]),
}

/// How many stems one document's [`StoryCounts`] reads the document for; past them, a stem has
/// no story evidence. Articles reach a few; a document built to reach thousands would
/// otherwise cost thousands of reads of itself.
pub const MAX_STORY_STEMS: usize = 32;

/// A stem and its story counts.
type StemCounts = (Box<str>, StoryForms);

/// What a story's text says of one stem, as whole words (see [`count_forms`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct StoryForms {
    /// Naming one of its kind ("the judge", "a judge").
    alone: u32,
    /// As an -s form ("judges", "judges’", "judge’s").
    forms: u32,
    /// Capitalised, alone, after a capitalised word and before none: a surname ("Gerald
    /// Pennick said").
    surname: u32,
    /// Capitalised, alone, before a capitalised word: a given name ("Robert Smith").
    given: u32,
}

/// The counts an [`Article`] has read, per stem, for one document.
#[derive(Debug, Default)]
pub struct StoryCounts {
    seen: std::cell::RefCell<Vec<StemCounts>>,
}

impl StoryCounts {
    /// How many stems the document has been read for.
    #[must_use]
    pub fn stems_read(&self) -> usize {
        self.seen.borrow().len()
    }
}

impl<'a> Article<'a> {
    /// An article given as its whole text (the line among its lines).
    #[must_use]
    pub fn text(text: &'a str) -> Self {
        Article {
            parts: Parts::Text(text),
            counts: None,
        }
    }

    /// The lines of a document whose `keep` flag is set.
    pub(crate) fn lines(lines: &'a [Cow<'a, str>], keep: &'a [bool]) -> Self {
        Article {
            parts: Parts::Lines(lines, keep),
            counts: None,
        }
    }

    /// This article, its counts kept in `counts` (one per document).
    #[must_use]
    pub fn with_counts(self, counts: &'a StoryCounts) -> Self {
        Article {
            counts: Some(counts),
            ..self
        }
    }

    /// How often the story names one `stem` ("the judge", "a judge"; not "Judge Lee", "to
    /// judge", "the attorney general") and how often it uses an -s form ("judges",
    /// "judges’", "judge’s"), as whole words, ASCII case ignored. Restoring an apostrophe
    /// turns one -s form into another, so neither count changes.
    fn forms(&self, stem: &str) -> (u32, u32) {
        let f = self.story_forms(stem);
        (f.alone, f.forms)
    }

    /// Whether the story uses `stem` as a surname ("Gerald Pennick", "Mr Pennick") and never
    /// as a given name ("Robert Smith" makes "Mr Roberts deputy" no evidence for "Robert").
    fn surname(&self, stem: &str) -> bool {
        let f = self.story_forms(stem);
        f.surname > 0 && f.given == 0
    }

    fn story_forms(&self, stem: &str) -> StoryForms {
        let Some(cache) = self.counts else {
            return self.read(stem);
        };
        if let Some(&(_, c)) = cache
            .seen
            .borrow()
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(stem))
        {
            return c;
        }
        if cache.seen.borrow().len() >= MAX_STORY_STEMS {
            return StoryForms::default();
        }
        let c = self.read(stem);
        cache.seen.borrow_mut().push((stem.into(), c));
        c
    }

    fn read(&self, stem: &str) -> StoryForms {
        let mut counts = StoryForms::default();
        match self.parts {
            Parts::None => {}
            Parts::Text(t) => count_forms(t.as_bytes(), stem.as_bytes(), &mut counts),
            Parts::Lines(lines, keep) => {
                for (l, _) in lines.iter().zip(keep).filter(|(_, k)| **k) {
                    count_forms(l.as_bytes(), stem.as_bytes(), &mut counts);
                }
            }
        }
        counts
    }
}

/// Whether the text at `r` starts a word: an ASCII letter or digit, or a non-ASCII character
/// but for the general punctuation block (dashes, curly quotes, spaces: E2 80 xx).
fn word_starts(r: &[u8]) -> bool {
    match r {
        [] => false,
        [b, ..] if *b < 0x80 => b.is_ascii_alphanumeric(),
        [0xE2, 0x80, ..] => false,
        _ => true,
    }
}

/// Whether a word ends right before byte `i` of `hay`.
fn word_ends_before(hay: &[u8], i: usize) -> bool {
    match i.checked_sub(1).map(|j| hay[j]) {
        None => false,
        Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
        // A continuation byte of a general punctuation character (E2 80 xx) ends no word.
        Some(_) => !(i >= 3 && hay[i - 3] == 0xE2 && hay[i - 2] == 0x80),
    }
}

/// The length of an apostrophe (' or ’) at the start of `r`, or 0.
fn apostrophe_at(r: &[u8]) -> usize {
    match r {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => 0,
    }
}

/// Adds to `counts` the whole-word uses of `stem` in `hay`: naming one (after "the", "a" …,
/// not before a capitalised word or "general"), as an -s form, and capitalised alone as a
/// surname (after a capitalised word, before none) or a given name (before one).
fn count_forms(hay: &[u8], stem: &[u8], counts: &mut StoryForms) {
    let Some(&first) = stem.first() else {
        return;
    };
    let mut i = 0;
    while i + stem.len() <= hay.len() {
        if !(hay[i].eq_ignore_ascii_case(&first)
            && !word_ends_before(hay, i)
            && hay[i..i + stem.len()].eq_ignore_ascii_case(stem))
        {
            i += 1;
            continue;
        }
        let rest = &hay[i + stem.len()..];
        let ends = |r: &[u8]| !word_starts(r);
        let a = apostrophe_at(rest);
        let s_form = match rest {
            // "judges", "judges’"
            [b's' | b'S', after @ ..] => {
                ends(after) || apostrophe_at(after) > 0 && ends(&after[apostrophe_at(after)..])
            }
            // "judge’s"
            _ => a > 0 && matches!(rest.get(a), Some(b's' | b'S')) && ends(&rest[a + 1..]),
        };
        if s_form {
            counts.forms += 1;
        } else if a == 0 && ends(rest) {
            if hay[i].is_ascii_uppercase() {
                match rest {
                    [b' ', b'A'..=b'Z', ..] => counts.given += 1,
                    _ if after_a_capitalised_word(hay, i) => counts.surname += 1,
                    _ => {}
                }
            }
            if names_one(hay, i, rest) {
                counts.alone += 1;
            }
        }
        i += stem.len();
    }
}

/// Whether a capitalised word of letters (two or more) and one space stand right before byte
/// `i` of `hay` ("Gerald Pennick", "Mr Pennick").
fn after_a_capitalised_word(hay: &[u8], i: usize) -> bool {
    let Some(before) = hay[..i].strip_suffix(b" ") else {
        return false;
    };
    let letters = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let start = before.len() - letters;
    letters >= 2
        && before[start].is_ascii_uppercase()
        && (start == 0 || !before[start - 1].is_ascii_alphanumeric())
}

/// Whether the stem alone at byte `start` of `hay`, with `rest` after it, names one of its
/// kind: a singular or possessive determiner or a possessive before it ("the judge", "its
/// manager", "the hospital’s ward"), perhaps over two modifiers ("the 15-year-old girl"), and
/// after it no capitalised word (a title before a name, "Judge Lee") and no "general" ("the
/// attorney general"). A function word or a verb between them ("the council will judge")
/// breaks the chain.
fn names_one(hay: &[u8], start: usize, rest: &[u8]) -> bool {
    let next = rest.strip_prefix(b" ").unwrap_or_default();
    let next_len = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if next.first().is_some_and(u8::is_ascii_uppercase)
        || next[..next_len].eq_ignore_ascii_case(b"general")
    {
        return false;
    }
    let mut end = start;
    for _ in 0..3 {
        let Some(before) = hay[..end].strip_suffix(b" ") else {
            return false;
        };
        let word_start = before
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'\'' || b >= 0x80))
            .map_or(0, |p| p + 1);
        let word = &before[word_start..];
        let Ok(w) = std::str::from_utf8(word) else {
            return false;
        };
        if w.is_empty() {
            return false;
        }
        let possessive =
            w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'");
        // A singular determiner of the closed classes ("the", "its", "each" …; not "these").
        let class = closed_word_class(w);
        if possessive
            || class & Q_DET != 0 && class & Q_PLURAL == 0
            || ["that", "one"].iter().any(|d| d.eq_ignore_ascii_case(w))
        {
            return true;
        }
        // A modifier between: lower case, no function word, no verb.
        if !w.as_bytes()[0].is_ascii_lowercase() && !w.as_bytes()[0].is_ascii_digit()
            || lexicon::flags(w) & (lexicon::FUNCTION | lexicon::VERB | lexicon::BASE) != 0
        {
            return false;
        }
        end = word_start;
    }
    false
}

/// Restores dropped apostrophes in one line of clean text, writing `apostrophe` ('’' or '\'').
///
/// Returns `None` when nothing changes; otherwise the new line, and pushes one [`Restoration`]
/// per change onto `out`.
///
/// ```
/// use copydesk_normalize::apostrophe::{restore_line, ApostropheStats};
///
/// // Pass 1: corpus evidence (here one small article; normally every article, merged).
/// let mut stats = ApostropheStats::default();
/// stats.observe(
///     "Moscow’s envoy spoke first. Moscow said the talks would go on.\n\
///      Analysts said Moscows defense budget was rising, and they dont expect a change.",
/// );
/// // Pass 2: per line.
/// let mut edits = Vec::new();
/// let line = "Analysts said Moscows defense budget was rising, and they dont expect a change.";
/// let fixed = restore_line(line, &stats, '’', &mut edits);
/// assert_eq!(
///     fixed.as_deref(),
///     Some("Analysts said Moscow’s defense budget was rising, and they don’t expect a change.")
/// );
/// assert_eq!((edits[0].offset, edits[0].before.as_str()), (14, "Moscows"));
///
/// // "Americans" is a plural and stays; nothing changes, nothing is allocated.
/// assert_eq!(restore_line("Americans watched closely.", &stats, '’', &mut edits), None);
/// ```
pub fn restore_line(
    line: &str,
    stats: &ApostropheStats,
    apostrophe: char,
    out: &mut Vec<Restoration>,
) -> Option<String> {
    restore_line_in(line, Article::default(), stats, apostrophe, out)
}

/// [`restore_line`] for a line of `article`: what the rest of the story says of a word is
/// evidence too ("the judge" elsewhere makes "the judges order" the judge’s).
pub fn restore_line_in(
    line: &str,
    article: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    out: &mut Vec<Restoration>,
) -> Option<String> {
    restore_line_with(
        line,
        article,
        stats,
        apostrophe,
        out,
        &mut NextMemo::default(),
    )
}

/// [`restore_line`] with a memo of the next word's class kept across lines: `memo` must have
/// been [claimed](NextMemo::claim) for `stats`, which must not change while it is in use.
pub(crate) fn restore_line_with(
    line: &str,
    article: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    out: &mut Vec<Restoration>,
    memo: &mut NextMemo,
) -> Option<String> {
    let mut r = Restorer {
        line,
        article,
        stats,
        apostrophe,
        memo,
        out,
        writer: Writer {
            line,
            buf: None,
            copied: 0,
        },
        screened: Screen::Nothing,
    };
    scan_candidates(line, &mut r);
    r.writer.finish()
}

/// What [`scan_candidates`] calls for each candidate: first [`screen`](Visit::screen), with
/// the candidate and the token after it; then, only if that answered true,
/// [`visit`](Visit::visit) with the two tokens before it as well. The tokens before a
/// candidate are built only when they are visited: most candidates are settled by the
/// screen, which reads no token before them.
trait Visit {
    /// Whether candidate `c` needs the tokens before it and a visit.
    fn screen(&mut self, c: &Tok, next: Option<&Tok>) -> bool;
    /// The candidate the last `screen` answered true for, with the two tokens before it.
    fn visit(&mut self, context: [Option<&Tok>; 2], c: &Tok, next: Option<&Tok>);
}

/// A [`Visit`] that visits every candidate: `for_each_candidate`'s.
#[cfg(test)]
struct Every<F>(F);

#[cfg(test)]
impl<F: FnMut([Option<&Tok>; 2], &Tok, Option<&Tok>)> Visit for Every<F> {
    #[inline(always)]
    fn screen(&mut self, _c: &Tok, _next: Option<&Tok>) -> bool {
        true
    }
    #[inline(always)]
    fn visit(&mut self, context: [Option<&Tok>; 2], c: &Tok, next: Option<&Tok>) {
        (self.0)(context, c, next);
    }
}

/// The restorer of one line: [`screen`] on every candidate, [`decide_screened`] on those it
/// does not settle, and the restorations written.
struct Restorer<'l, 'm> {
    line: &'l str,
    article: Article<'l>,
    stats: &'l ApostropheStats,
    apostrophe: char,
    memo: &'m mut NextMemo,
    out: &'m mut Vec<Restoration>,
    writer: Writer<'l>,
    /// What the last [`screen`] call answered.
    screened: Screen,
}

impl Visit for Restorer<'_, '_> {
    #[inline]
    fn screen(&mut self, c: &Tok, next: Option<&Tok>) -> bool {
        self.screened = screen(self.line, c, next, self.stats, self.memo);
        self.screened != Screen::Nothing
    }

    #[inline(never)]
    fn visit(&mut self, context: [Option<&Tok>; 2], c: &Tok, next: Option<&Tok>) {
        let line = self.line;
        if let Some((after, reason)) = decide_screened(
            self.screened,
            line,
            context,
            c,
            next,
            self.article,
            self.stats,
            self.apostrophe,
            self.memo,
        ) {
            let before = &line[c.start..c.end];
            self.writer.replace(c.start, c.end, &after);
            self.out.push(Restoration {
                offset: c.start,
                before: before.to_owned(),
                after,
                reason,
            });
        }
    }
}

/// Calls `f` with (the two tokens before, the token, the token after) for every token of
/// `line` that passes [`worth_deciding`], in line order: the tokens `decide` needs.
///
/// Tokens no decision needs are not built: after a token that needs no decision, the
/// plain words ahead are read off the masks ([`Scanner::run_plain`]), and only the tokens a
/// decision needs are built. The tokens given to `f` are those of a scan of every token
/// (`reference::candidates` is that scan; a property test compares them).
#[cfg(test)]
fn for_each_candidate(line: &str, f: impl FnMut([Option<&Tok>; 2], &Tok, Option<&Tok>)) {
    scan_candidates(line, &mut Every(f));
}

/// The candidates of `line` for a [`Visit`], as `for_each_candidate` (the tests') calls
/// back: the candidates `v` screens out get no context (the tokens before them are not
/// built for them).
#[inline(always)]
fn scan_candidates(line: &str, v: &mut impl Visit) {
    let bytes = line.as_bytes();
    let mut scanner = Scanner::new(line);
    // The last tokens in a ring, written once each and never copied: copying whole tokens
    // from one variable to the next stalled on store forwarding.
    let mut ring = [EMPTY_TOK; 4];
    if !scanner.next_into(&mut ring[0]) {
        return;
    }
    let mut i = 0usize;
    loop {
        let c = &ring[i % 4];
        let word = &bytes[c.start..c.end];
        let wanted = may_need_deciding(word, c);
        if !wanted {
            match scanner.run_plain(&mut ring, &mut i, v) {
                Plain::None => {}
                Plain::Read => continue,
                Plain::Done => return,
            }
        }
        let has_next = scanner.next_into(&mut ring[(i + 1) % 4]);
        let c = &ring[i % 4];
        let next = has_next.then(|| &ring[(i + 1) % 4]);
        // The quick reject stays in this loop; the rest of the decision is out of line.
        if wanted && worth_deciding(word, c, next) && v.screen(c, next) {
            let context = [
                (i >= 2).then(|| &ring[(i + 2) % 4]),
                (i >= 1).then(|| &ring[(i + 3) % 4]),
            ];
            v.visit(context, c, next);
        }
        if !has_next {
            break;
        }
        i += 1;
    }
}

/// The part of [`worth_deciding`] that does not look at the next token: false means the
/// token needs no decision whatever follows it.
#[inline(always)]
fn may_need_deciding(word: &[u8], c: &Tok) -> bool {
    let own = (c.apos == Apos::None) & !c.digit;
    own & plain_may_need_deciding(word, c.upper_first)
}

/// [`worth_deciding`] of a token with no apostrophe and no digit, by its bytes and whether
/// it starts upper-case, whatever token follows: false means it would be rejected. The
/// contraction form is only tested by the bytes' tables.
#[inline(always)]
fn plain_may_need_deciding(word: &[u8], upper_first: bool) -> bool {
    let (first, before, last) = edge_bytes(word);
    // (At most 63: the lengths `form_parts` reads.)
    may_be_form(first, before, last, word.len().min(63) as u32, upper_first)
}

/// A word's first, last but one and last bytes, 0 for those it lacks: what the reject tables
/// read.
#[inline(always)]
fn edge_bytes(word: &[u8]) -> (u8, u8, u8) {
    let n = word.len();
    let last = word.last().copied().unwrap_or(0);
    let before = n
        .checked_sub(2)
        .and_then(|i| word.get(i))
        .copied()
        .unwrap_or(0);
    let first = word.first().copied().unwrap_or(0);
    (first, before, last)
}

/// [`plain_may_need_deciding`] by the word's first, last but one and last bytes (0 for the
/// last but one of a one-byte word) and its length (at most 63).
#[inline(always)]
fn may_be_form(first: u8, before: u8, last: u8, n: u32, upper_first: bool) -> bool {
    let (spaced_s, form) = form_parts(first, before, last, n, upper_first);
    spaced_s | form
}

/// [`may_be_form`] in its two parts: the word is an -s word long enough for a possessive
/// (it needs a spaced word after it), and it may be a contraction form by the tables; `n`,
/// the word's length, is at most 63.
#[inline(always)]
fn form_parts(first: u8, before: u8, last: u8, n: u32, upper_first: bool) -> (bool, bool) {
    let ends = FORM.before_last[usize::from(before)]
        & FORM.last_wants[usize::from(last)]
        & FORM.lengths[n as usize & 63];
    let form = ends & FORM.first_classes[usize::from(first)] & FORMS != 0;
    // The capital as the token has it (a non-ASCII one too), not by the first byte's table.
    let spaced_s = ends & SPACED_S != 0 || upper_first && ends & SPACED_S3 != 0;
    (spaced_s, form)
}

/// [`form_parts`] of a word whose first byte is ASCII, as the tables' bits: not 0 if the word
/// may need deciding, with those of [`FORMS`] if it may be a contraction form. The first
/// byte's table says whether it is a capital ([`SPACED_S3`]), so the scanner's loop over the
/// plain words (which start with a letter or a digit) need not look it up in the masks.
#[inline(always)]
fn form_bits(first: u8, before: u8, last: u8, n: u32) -> u16 {
    // `n` is below 64 (a word within a window in the scanner's loop): indexed by `n & 63`, one
    // instruction where `n.min(7)` took three.
    FORM.before_last[usize::from(before)]
        & FORM.last_wants[usize::from(last)]
        & FORM.first_classes[usize::from(first)]
        & FORM.lengths[n as usize & 63]
}

/// The form tables of [`form_bits`], [`form_parts`], [`worth_deciding`] and [`word_facts`] in
/// one static, so that the scanner's loop reaches all four from one address: as four statics,
/// two of them cost an address computation on every word, the loop being short of registers
/// to hold their addresses.
struct FormTables {
    before_last: [u16; 256],
    last_wants: [u16; 256],
    first_classes: [u16; 256],
    lengths: [u16; 64],
}

static FORM: FormTables = FormTables {
    before_last: BEFORE_LAST_TABLE,
    last_wants: LAST_WANTS_TABLE,
    first_classes: FIRST_CLASSES,
    lengths: FORM_LENGTHS,
};

/// The classes of [`LAST_WANTS_TABLE`] a form of `n` bytes may have (index `n`, up to 63; the
/// same from seven on): hed, itd and thered are the only forms in ED3, Id and Im in ID2,
/// whod in OD4. And [`SPACED_S`] from four bytes, [`SPACED_S3`] from three: the -s word's
/// length test is one more bit of the lookup, not a comparison of its own in the scanner's
/// loop over every word.
const FORM_LENGTHS: [u16; 64] = {
    let any = NT | RE_VE | LL | UD_YD | FORM_S;
    let mut t = [any; 64];
    t[2] |= ID2;
    t[3] |= ED3;
    t[4] |= OD4;
    t[6] |= ED3;
    let mut n = 3;
    while n < 64 {
        t[n] |= SPACED_S3;
        if n >= 4 {
            t[n] |= SPACED_S;
        }
        n += 1;
    }
    t
};

/// What the last byte of a contraction form says about the byte before it: the bits of
/// [`BEFORE_LAST_TABLE`] one of them may have, by the last byte.
const LAST_WANTS_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    t[b't' as usize] = NT;
    t[b'e' as usize] = RE_VE;
    t[b'l' as usize] = LL;
    t[b'd' as usize] = UD_YD | ED3 | ID2 | OD4;
    t[b'm' as usize] = ID2;
    t[b's' as usize] = FORM_S | SPACED_S | SPACED_S3;
    t
};

// The byte before the last of a contraction form: …nt; …re, …ve; …ll; youd, theyd; hed and itd
// (three bytes), thered (six); Id, Im (two); thats, theres, whos, hows, nobodys, everythings and the
// like; whod (four). A test checks every form of `contraction_kind` passes.
const NT: u16 = 1;
const RE_VE: u16 = 2;
const LL: u16 = 4;
const UD_YD: u16 = 8;
const ED3: u16 = 16;
const ID2: u16 = 32;
const FORM_S: u16 = 64;
const OD4: u16 = 128;
/// The contraction forms' classes.
const FORMS: u16 = 255;
/// Not a form's: an -s word long enough for a possessive ([`form_parts`]), four bytes or
/// more, set for every byte before the last and every first byte (the test reads neither)
/// and by the last byte `s`;
const SPACED_S: u16 = 256;
/// or three bytes or more and capitalised: set as [`SPACED_S`] but for the first bytes
/// `A..=Z` alone.
const SPACED_S3: u16 = 512;

/// The classes of [`LAST_WANTS_TABLE`] a byte belongs to as the byte before the last.
const BEFORE_LAST_TABLE: [u16; 256] = {
    let mut t = [SPACED_S | SPACED_S3; 256];
    t[b'n' as usize] |= NT;
    t[b'r' as usize] |= RE_VE;
    t[b'v' as usize] |= RE_VE;
    t[b'l' as usize] |= LL;
    t[b'u' as usize] |= UD_YD;
    t[b'y' as usize] |= UD_YD | FORM_S;
    t[b'e' as usize] |= ED3 | FORM_S;
    t[b'i' as usize] |= ID2;
    t[b'I' as usize] |= ID2;
    t[b't' as usize] |= FORM_S | ED3;
    t[b'o' as usize] |= FORM_S;
    t[b'w' as usize] |= FORM_S;
    t[b'g' as usize] |= FORM_S;
    t[b'o' as usize] |= OD4;
    t
};

/// The forms of [`contraction_kind`] (a test checks every form it matches passes the reject).
const CONTRACTION_FORMS: &[&[u8]] = &[
    b"dont",
    b"doesnt",
    b"didnt",
    b"isnt",
    b"arent",
    b"wasnt",
    b"werent",
    b"hasnt",
    b"havent",
    b"hadnt",
    b"wouldnt",
    b"couldnt",
    b"shouldnt",
    b"mustnt",
    b"neednt",
    b"mightnt",
    b"aint",
    b"shant",
    b"youre",
    b"theyre",
    b"youve",
    b"weve",
    b"theyve",
    b"couldve",
    b"wouldve",
    b"shouldve",
    b"mightve",
    b"mustve",
    b"whove",
    b"wholl",
    b"therell",
    b"whod",
    b"itd",
    b"youll",
    b"theyll",
    b"itll",
    b"thatll",
    b"youd",
    b"theyd",
    b"hed",
    b"thered",
    b"thats",
    b"whats",
    b"theres",
    b"heres",
    b"wheres",
    b"whos",
    b"hows",
    b"hes",
    b"shes",
    b"everyones",
    b"someones",
    b"anyones",
    b"nobodys",
    b"everybodys",
    b"somebodys",
    b"anybodys",
    b"todays",
    b"tonights",
    b"everythings",
    b"elses",
    b"cant",
    b"wont",
    b"its",
    b"ive",
    b"im",
    b"ill",
    b"id",
    b"lets",
];

/// By a word's first byte, the classes of [`LAST_WANTS_TABLE`] that some contraction form starting
/// with it (in either case) has: "percent", "government", "more", "all" and most other words
/// that end like a form start with a letter no form of their class starts with, and are out
/// before the form is looked up. And [`SPACED_S`] for every byte, [`SPACED_S3`] for the
/// capitals.
const FIRST_CLASSES: [u16; 256] = {
    let mut t = [SPACED_S; 256];
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] |= SPACED_S3;
        c += 1;
    }
    let mut i = 0;
    while i < CONTRACTION_FORMS.len() {
        let form = CONTRACTION_FORMS[i];
        let n = form.len();
        let hit = BEFORE_LAST_TABLE[form[n - 2] as usize]
            & LAST_WANTS_TABLE[form[n - 1] as usize]
            & FORMS;
        t[form[0] as usize] |= hit;
        t[form[0].to_ascii_uppercase() as usize] |= hit;
        i += 1;
    }
    t
};

/// The reject before `decide`, for every token of a line: only a contraction form can lose an
/// apostrophe unless the word ends in s, and an -s word that is no contraction form needs what
/// every possessive rule needs: no apostrophe or digit of its own, a following word or number
/// after a space (no contraction) and three letters or more, three only when capitalised.
/// Exactly the tests `decide` makes first, so nothing it would restore is rejected here.
///
/// Computed without a branch up to the one on the answer (the old chain of tests cost a
/// mispredicted branch on about every other word): the last two bytes, through two tables,
/// say whether the word may be a contraction form, and only then is the form looked up.
#[inline(always)]
fn worth_deciding(word: &[u8], c: &Tok, next: Option<&Tok>) -> bool {
    let n = word.len();
    let (first, before, last) = edge_bytes(word);
    let hit = FORM.before_last[usize::from(before)]
        & FORM.last_wants[usize::from(last)]
        & FORM.first_classes[usize::from(first)];
    let form = hit & FORM.lengths[n.min(7)] & FORMS != 0;
    let next_ok = next.is_some_and(|t| (t.gap == Gap::Space) & (t.apos != Apos::Other));
    let spaced_s = (last == b's') & next_ok & ((n >= 4) | (n == 3) & c.upper_first);
    let own = (c.apos == Apos::None) & !c.digit;
    own & (spaced_s | form) && (spaced_s || contraction_form(word))
}

/// `word` is a form of [`contraction_kind`] as [`contraction`] reads it: ASCII, 2 to 12
/// bytes, only the first letter capitalised. Out of line: the scanning loop stays small.
///
/// A word of at most eight bytes (all but four forms) is packed into a u64 by
/// [`pack_short`], lowered by setting each byte's 0x20 bit (a word's bytes are letters,
/// digits, which have it, or non-ASCII bytes, which stay non-ASCII and match no form), and
/// looked up among the forms packed the same way ([`SHORT_FORMS`], sorted): a few dozen
/// instructions where lowering into a buffer and matching the table's strings took about
/// 150. [`contraction_form_by_table`] is the test's reference.
#[inline(never)]
fn contraction_form(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if !(2..=8).contains(&n) {
        // The longer forms ("everyones", "somebodys", "everythings") end in a lower-case s
        // and start with e or s: most long words are out before the table.
        return n > 8
            && bytes[n - 1] == b's'
            && matches!(bytes[0] | 0x20, b'e' | b's')
            && contraction_form_by_table(bytes);
    }
    let packed = pack_short(bytes);
    let lowered = packed | (0x2020_2020_2020_2020 & (u64::MAX >> (64 - 8 * n)));
    // Only the first byte may have been upper case ("Dont", never "DONT" or "dOnt").
    if (packed ^ lowered) & !0xFF != 0 {
        return false;
    }
    // Most words here are no form ("said", "voted"): a bit of 256 tells most of them apart.
    let (slot, bit) = form_filter_bit(lowered);
    SHORT_FORM_FILTER[slot] & bit != 0 && SHORT_FORMS.binary_search(&lowered).is_ok()
}

/// The word and bit of [`SHORT_FORM_FILTER`] for a packed lower-case word: eight bits of a
/// multiplicative hash.
#[inline(always)]
const fn form_filter_bit(lowered: u64) -> (usize, u64) {
    let h = (lowered.wrapping_mul(GOLDEN) >> 56) as usize;
    (h >> 6, 1u64 << (h & 63))
}

/// The bits of [`form_filter_bit`] of every form of [`SHORT_FORMS`]: a word whose bit is
/// clear is no form.
static SHORT_FORM_FILTER: [u64; 4] = {
    let mut filter = [0u64; 4];
    let mut i = 0;
    while i < SHORT_FORM_COUNT {
        let (slot, bit) = form_filter_bit(SHORT_FORMS_SORTED[i]);
        filter[slot] |= bit;
        i += 1;
    }
    filter
};

/// [`contraction_form`] by lowering into a buffer and [`contraction_kind`]'s table: its
/// reference, and its path for words of more than eight bytes.
fn contraction_form_by_table(bytes: &[u8]) -> bool {
    bytes.len() >= 2
        && !bytes[1..].iter().any(u8::is_ascii_uppercase)
        && lowered_contraction(bytes).is_some()
}

/// The forms of [`CONTRACTION_FORMS`] of at most eight bytes, packed as [`pack_short`] packs
/// them, sorted.
static SHORT_FORMS: [u64; SHORT_FORM_COUNT] = SHORT_FORMS_SORTED;

/// [`SHORT_FORMS`] as a constant (what the statics are built from).
const SHORT_FORMS_SORTED: [u64; SHORT_FORM_COUNT] = {
    let mut out = [0u64; SHORT_FORM_COUNT];
    let mut len = 0;
    let mut i = 0;
    while i < CONTRACTION_FORMS.len() {
        let form = CONTRACTION_FORMS[i];
        if form.len() <= 8 {
            let mut packed = 0u64;
            let mut b = 0;
            while b < form.len() {
                packed |= (form[b] as u64) << (8 * b);
                b += 1;
            }
            // Insertion into the sorted prefix.
            let mut at = len;
            while at > 0 && out[at - 1] > packed {
                out[at] = out[at - 1];
                at -= 1;
            }
            out[at] = packed;
            len += 1;
        }
        i += 1;
    }
    out
};

const SHORT_FORM_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < CONTRACTION_FORMS.len() {
        if CONTRACTION_FORMS[i].len() <= 8 {
            count += 1;
        }
        i += 1;
    }
    count
};

/// [`contraction_kind`] of an ASCII word of at most 12 bytes, in any case.
fn lowered_contraction(bytes: &[u8]) -> Option<Contraction> {
    let n = bytes.len();
    if !(2..=12).contains(&n) || !bytes.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    contraction_kind(&buf[..n])
}

/// One apostrophe restored in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restoration {
    /// Byte offset of the changed word in the input line.
    pub offset: usize,
    /// The word as it was.
    pub before: String,
    /// The word with its apostrophe.
    pub after: String,
    /// Why the apostrophe was restored (the evidence).
    pub reason: String,
}

impl ApostropheStats {
    /// Observes one article's raw text (lines are paragraphs).
    pub fn observe(&mut self, text: &str) {
        for line in text.split('\n') {
            self.observe_line(line);
        }
    }

    /// Merges another chunk's evidence; associative and commutative.
    pub fn merge(&mut self, other: ApostropheStats) {
        if self.words.is_empty() && self.pairs.is_empty() {
            *self = other;
            return;
        }
        for (k, v) in other.words.iter() {
            let e = self.words.slot(k);
            for (a, b) in e.iter_mut().zip(v) {
                *a = a.saturating_add(b);
            }
        }
        for (k, v) in other.pairs.iter() {
            let e = self.pairs.slot(k);
            *e = e.saturating_add(v);
        }
    }

    /// One pass over the words of a line. A bare word's counters are written once, when the
    /// word after it is known, so each word costs one key and at most one table update; the
    /// counters waiting for the next word are a bit set, not an array.
    pub(crate) fn observe_line(&mut self, line: &str) {
        // Raw pages have many empty lines (a third of the seeds'): no scanner for them.
        if line.is_empty() {
            return;
        }
        let bytes = line.as_bytes();
        // Only whether a gap is spaces counts here.
        let mut scanner = Scanner::spaces_only(line);
        // The previous word: its key, whether it was capitalised, for a bare word the counters
        // (bits) waiting for what follows it (0: none), and the counters it sets on a bare word
        // that follows it after a space (its class, a possessive, a number; 0 at the start).
        let mut prev_h = 0u64;
        let mut prev_upper = false;
        let mut pending = 0u16;
        let mut after = 0u16;
        let mut plural_pending: Option<u64> = None;
        let closed = closed_table();
        let mut tok = EMPTY_TOK;
        while scanner.next_into(&mut tok) {
            let h = word_key_at(bytes, tok.start, tok.end);
            let class = if tok.end - tok.start <= 8 {
                closed.get(h)
            } else {
                0
            };
            let spaced = tok.gap == Gap::Space;
            // Rare: tested without writing the option back on every word.
            if let Some(key) = plural_pending {
                plural_pending = None;
                if spaced && class & Q_FUNCTION == 0 && !tok.digit {
                    let e = &mut self.words.slot(key)[POSS_PL];
                    *e = e.saturating_add(1);
                }
            }
            // Both are unset before the line's first word.
            if pending != 0 {
                let stop = !spaced || class & Q_FUNCTION != 0 || tok.apos == Apos::Other;
                if stop {
                    pending |= 1 << STOP_AFTER;
                } else if prev_upper && !tok.upper_first && !tok.digit {
                    pending |= 1 << ATTRIB;
                }
                self.add(prev_h, pending);
            }
            if spaced && prev_upper && tok.upper_first {
                let e = self.pairs.slot(pair_key(prev_h, h));
                *e = e.saturating_add(1);
            }
            pending = 0;
            // Most words have no apostrophe: one test for them, not a jump table.
            if tok.apos == Apos::None {
                // Function words are never stems, -s forms or nouns: no counters for them.
                if class & Q_FUNCTION == 0 {
                    pending = 1 << BARE;
                    if spaced {
                        pending |= after;
                    }
                }
            } else {
                self.observe_apostrophe(line, &tok, h, &mut plural_pending);
            }
            after = AFTER_CLASS[usize::from(class & Q_AFTER)]
                | u16::from(matches!(tok.apos, Apos::S | Apos::Plural)) << AFTER_DET
                | u16::from(tok.digit) << AFTER_PLURAL;
            prev_h = h;
            prev_upper = tok.upper_first;
        }
        if pending != 0 {
            self.add(prev_h, pending | 1 << STOP_AFTER);
        }
    }

    /// The counters of a token with an apostrophe (`h` its key).
    #[inline(never)]
    fn observe_apostrophe(&mut self, line: &str, tok: &Tok, h: u64, plural: &mut Option<u64>) {
        match tok.apos {
            Apos::None => {}
            Apos::S => {
                let e = &mut self.words.slot(h)[POSS];
                *e = e.saturating_add(1);
            }
            Apos::Plural => {
                // Counted only once a noun-like word follows: "the talks’ outcome", not a
                // closing quote ("‘more talks’, he said").
                *plural = Some(h);
            }
            Apos::Other => self.observe_contraction(line, tok),
        }
    }

    /// "don’t" counts for "dont": the form its letters make when the apostrophe is dropped.
    #[cold]
    fn observe_contraction(&mut self, line: &str, tok: &Tok) {
        let word = &line[tok.start..tok.end];
        let suffix_start = tok.end
            + if line.as_bytes().get(tok.end) == Some(&b'\'') {
                1
            } else {
                3
            };
        let suffix = line.get(suffix_start..tok.full_end).unwrap_or("");
        let mut buf = [0u8; 32];
        let n = word.len() + suffix.len();
        if n <= buf.len() {
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[word.len()..n].copy_from_slice(suffix.as_bytes());
            let e = &mut self.words.slot(word_key(&buf[..n]))[JOINED];
            *e = e.saturating_add(1);
        }
    }

    /// Adds one to each counter whose bit is set in `bits`.
    #[inline]
    fn add(&mut self, key: u64, mut bits: u16) {
        let e = self.words.slot(key);
        // Every bare word's bits hold BARE: it is added outside the loop, which then runs
        // once for most words or not at all.
        e[BARE] = e[BARE].saturating_add(u32::from(bits >> BARE & 1));
        bits &= !(1 << BARE);
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            if let Some(c) = e.get_mut(i) {
                *c = c.saturating_add(1);
            }
            bits &= bits - 1;
        }
    }

    #[inline]
    fn get(&self, word: &str) -> Counts {
        self.get_key(lookup_key(word.as_bytes()))
    }

    #[inline]
    fn get_key(&self, key: u64) -> Counts {
        self.words.get(key).copied().unwrap_or([0; NCOUNTS])
    }

    fn pair(&self, first: &str, second: &str) -> u32 {
        let key = pair_key(lookup_key(first.as_bytes()), lookup_key(second.as_bytes()));
        self.pairs.get(key).copied().unwrap_or(0)
    }
}

fn pair_key(a: u64, b: u64) -> u64 {
    a.rotate_left(23) ^ b ^ 0x9e37_79b9_7f4a_7c15
}

/// Closed-class words the corpus pass needs to know, looked up by the hash it computes anyway.
const Q_FUNCTION: u8 = 1;
const Q_DET: u8 = 2;
const Q_PRON: u8 = 4;
const Q_PLURAL: u8 = 8;
/// A number word ("two", "hundred"): a count, like digits.
const Q_NUMBER: u8 = 16;
/// The classes that set a counter on the bare word after them.
const Q_AFTER: u8 = Q_DET | Q_PRON | Q_PLURAL;

/// Per class (masked by [`Q_AFTER`]): the counters it sets on a bare word right after it, after
/// a determiner, a pronoun, a plural quantifier.
static AFTER_CLASS: [u16; 16] = {
    let mut t = [0u16; 16];
    let mut c = 0;
    while c < 16 {
        let q = c as u8;
        let mut bits = 0u16;
        if q & Q_DET != 0 {
            bits |= 1 << AFTER_DET;
        }
        if q & Q_PRON != 0 {
            bits |= 1 << AFTER_PRON;
        }
        if q & Q_PLURAL != 0 {
            bits |= 1 << AFTER_PLURAL;
        }
        t[c] = bits;
        c += 1;
    }
    t
};

const CLOSED: &[(u8, &str)] = &[
    (
        Q_FUNCTION | Q_DET,
        "the a an this his her its their our my your each every another",
    ),
    (Q_FUNCTION | Q_DET | Q_PLURAL, "these those"),
    (
        Q_FUNCTION | Q_PRON,
        "he she we they i you it to will would can could should might must shall did does",
    ),
    (
        Q_PLURAL | Q_NUMBER,
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty \
         fifty hundred million billion",
    ),
    (
        Q_PLURAL,
        "many several few both most some all other various dozens",
    ),
    (
        Q_FUNCTION,
        "and or but nor of in on at for from with by as than that which who whom whose is are \
         was were be been being has have had may do said says say told added him them us me if \
         when while because after before since until also not no so too there here where how \
         why what into over under about against between during without within through across \
         toward among up out off again then now yet still just even either any very often \
         never always already however though whether unless like despite amid once later ago",
    ),
];

/// A small fixed word table (closed classes, the lexicon), filled once: open addressing at a
/// low load, so a word that is not in it usually costs one probe of an empty slot.
///
/// A bit filter of sixteen bits per entry or more (at least 512 bytes: in the first-level
/// cache for all but the noun table) answers for most words that are not in the table without
/// touching the table itself. It is sized in [`spread`](Self::spread), which every table
/// calls once filled; until then every key passes it.
#[derive(Debug, Default)]
pub(crate) struct HashTable {
    filter: Vec<u64>,
    /// Bit index mask of the filter (its size in bits minus one).
    filter_mask: usize,
    table: KeyTable<u8>,
}

const MIN_FILTER_BITS: usize = 64 * 64;

/// The filter bit of a key: its low bits (the table's slot comes from the top bits).
#[inline]
fn filter_bit(hash: u64, mask: usize) -> (usize, u64) {
    let bit = hash as usize & mask;
    (bit / 64, 1 << (bit % 64))
}

impl HashTable {
    pub(crate) fn insert(&mut self, hash: u64, class: u8) {
        *self.table.slot(hash) |= class;
        self.filter.clear();
    }

    /// Grows the table to at least four slots per entry, so probes end quickly, and builds
    /// the filter with sixteen bits per entry or more.
    pub(crate) fn spread(&mut self) {
        while self.table.capacity() < 4 * self.table.len {
            self.table.grow();
        }
        let bits = (16 * self.table.len)
            .next_power_of_two()
            .max(MIN_FILTER_BITS);
        self.filter = vec![0; bits / 64];
        self.filter_mask = bits - 1;
        let keys: Vec<u64> = self.table.iter().map(|(k, _)| k).collect();
        for k in keys {
            self.set_filter(k);
            // A key 0 is stored as 1 (`slot_key`): let 0 through too.
            if k == 1 {
                self.set_filter(0);
            }
        }
    }

    fn set_filter(&mut self, hash: u64) {
        let (w, m) = filter_bit(hash, self.filter_mask);
        if let Some(x) = self.filter.get_mut(w) {
            *x |= m;
        }
    }

    #[inline]
    pub(crate) fn get(&self, hash: u64) -> u8 {
        let (w, m) = filter_bit(hash, self.filter_mask);
        match self.filter.get(w) {
            Some(x) if x & m == 0 => 0,
            _ => self.table.get(hash).copied().unwrap_or(0),
        }
    }
}

fn closed_table() -> &'static HashTable {
    static TABLE: std::sync::OnceLock<HashTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashTable::default();
        for (class, words) in CLOSED {
            for w in words.split_whitespace() {
                // Lower case and sentence-initial capital.
                table.insert(word_key(w.as_bytes()), *class);
                let mut cap = w.to_owned();
                if let Some(first) = cap.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                table.insert(word_key(cap.as_bytes()), *class);
            }
        }
        table.spread();
        table
    })
}

/// Class of a word given its xxh3 hash (exact case: lower case or capitalised).
#[inline]
fn closed_class(hash: u64) -> u8 {
    closed_table().get(hash)
}

/// The closed class of a word (lower case or capitalised), as [`tok_class`] reads a token's.
fn closed_word_class(w: &str) -> u8 {
    closed_class(word_key(w.as_bytes()))
}

/// The closed class of a token of `line`.
#[inline]
fn tok_class(line: &[u8], t: &Tok) -> u8 {
    if t.end - t.start > 8 {
        return 0;
    }
    closed_class(word_key_at(line, t.start, t.end))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Apos {
    None,
    /// `word’s`
    S,
    /// `words’`
    Plural,
    /// `don’t`, `they’re`, `O’Brien`.
    Other,
}

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Only spaces.
    Space,
    /// A single hyphen ("Kansas-based").
    Hyphen,
    /// Start of line or sentence punctuation.
    Sentence,
    /// Anything else (comma, quote, bracket).
    Other,
}

const EMPTY_TOK: Tok = Tok {
    start: 0,
    end: 0,
    full_end: 0,
    apos: Apos::None,
    gap: Gap::Other,
    digit: false,
    upper_first: false,
};

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    full_end: usize,
    apos: Apos,
    gap: Gap,
    digit: bool,
    upper_first: bool,
}

const B_ALNUM: u8 = 1;
const B_DIGIT: u8 = 2;
const B_HIGH: u8 = 4;

/// Byte classes for the scanner's inner loops.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            B_ALNUM | B_DIGIT
        } else if b.is_ascii_alphabetic() {
            B_ALNUM
        } else if b >= 0x80 {
            B_HIGH
        } else {
            0
        };
        i += 1;
    }
    t
};

// The eight-byte (SWAR) word test of the byte-by-byte scanner, now the tests' reference.
#[cfg(test)]
const ONES: u64 = 0x0101_0101_0101_0101;
#[cfg(test)]
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` (bytes below 0x80) that lies in `lo..=hi`.
#[cfg(test)]
#[inline]
fn bytes_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let ge_lo = x + ONES * u64::from(0x80 - lo);
    let gt_hi = x + ONES * u64::from(0x7F - hi);
    ge_lo & !gt_hi & HIGHS
}

/// High bits marking the ASCII letters and digits among eight bytes, and the digits alone.
#[cfg(test)]
#[inline]
fn ascii_alnum_digits(x: u64) -> (u64, u64) {
    let low = x & !HIGHS;
    let ascii = !x & HIGHS;
    let letters = bytes_in_range(low | (ONES * 0x20), b'a', b'z');
    let digits = bytes_in_range(low, b'0', b'9') & ascii;
    ((letters & ascii) | digits, digits)
}

/// Length of the non-ASCII word character at `i` of `s`, or 0 if it is not one. A free
/// function: a call taking the scanner by reference would keep the scanner in memory.
#[cold]
fn wide_word_char(s: &str, i: usize) -> usize {
    // U+2000..U+203F (quotes, dashes, spaces, ellipsis), the commonest non-ASCII in news,
    // holds no letter: skip the Unicode table.
    let b = s.as_bytes();
    if b.get(i) == Some(&0xE2) && b.get(i + 1) == Some(&0x80) {
        return 0;
    }
    match s.get(i..).and_then(|r| r.chars().next()) {
        Some(ch) if ch.is_alphanumeric() => ch.len_utf8(),
        _ => 0,
    }
}

/// The start of the next word at or after `pos` in `s`, the kind of gap before it and whether
/// it starts upper-case; `None` at the end of the line. Byte by byte, for gaps and words with
/// non-ASCII characters.
#[inline(never)]
fn next_slow(s: &str, pos: usize) -> Option<(usize, Gap, bool)> {
    let b = s.as_bytes();
    let gap_start = pos;
    let mut i = pos;
    let mut only_spaces = true;
    let mut sentence = gap_start == 0;
    loop {
        let c = *b.get(i)?;
        let class = BYTE_CLASS[usize::from(c)];
        if class & B_ALNUM != 0 {
            break;
        }
        if class & B_HIGH == 0 {
            only_spaces &= c == b' ';
            sentence |= matches!(c, b'.' | b'!' | b'?' | b':');
            i += 1;
        } else {
            if wide_word_char(s, i) > 0 {
                break;
            }
            only_spaces = false;
            // Step over one whole character: its length by its first byte (`i` is at a
            // character's start), without decoding it.
            i += match c {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xFF => 4,
                _ => 1,
            };
        }
    }
    let start = i;
    let gap = if sentence {
        Gap::Sentence
    } else if only_spaces && start > gap_start {
        Gap::Space
    } else if start == gap_start + 1 && b[gap_start] == b'-' {
        Gap::Hyphen
    } else {
        Gap::Other
    };
    let upper_first = if b[start] < 0x80 {
        b[start].is_ascii_uppercase()
    } else {
        s.get(start..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    };
    Some((start, gap, upper_first))
}

/// Words are maximal runs of alphanumeric characters; an apostrophe (' or ’) directly after a
/// word is read as part of it.
///
/// The scanner reads byte classes off 64-bit masks of a 64-byte window
/// ([`copydesk_tokenize::masks::classify64`]): the next word start is the next set bit of
/// the letters, digits and non-ASCII bytes, the word end the next clear bit of the letters and
/// digits, so a word is found without a chain of loads from the one before. Non-ASCII bytes
/// (in a word or in the gap before it) go to the byte-by-byte code.
///
/// `GAPS`: whether a token's gap is told apart in full. The statistics pass only asks whether
/// a gap is spaces ([`Gap::Space`]); without `GAPS` the masks of sentence stops and hyphens
/// are never computed, and a gap that is not spaces may come out as [`Gap::Other`] where the
/// full scanner says [`Gap::Sentence`] or [`Gap::Hyphen`] (a test holds the two otherwise
/// equal).
struct Scanner<'a, const GAPS: bool> {
    s: &'a str,
    pos: usize,
    /// Offset of the window the masks describe ([`NO_WINDOW`] before the first).
    base: usize,
    m: Masks,
    /// Word starts in the window from `pos` on that the quick path may take: none after a
    /// non-ASCII byte, but for the punctuation of [`gap_punctuation`] that
    /// [`run_plain`](Self::run_plain) ran past.
    starts: u64,
    /// [`run_plain`](Self::run_plain) does nothing before this position: the last call
    /// stopped at the word there, which is not plain.
    hold: usize,
}

/// The classes the scanner needs, for bytes `base..base + 64` (zero past the end of the line).
/// No masks of sentence stops or hyphens: [`gap`](Self::gap) reads the few gaps that are not
/// one space from the line's bytes, and every window the scanner moves to (one every 60
/// bytes or so) saves their compares.
#[derive(Clone, Copy)]
struct Masks {
    alnum: u64,
    digit: u64,
    upper: u64,
    space: u64,
    apostrophe: u64,
    high: u64,
}

/// [`Masks::gap`] as it was before the masks lost their stops and hyphens: off the masks of
/// the window of `line` at `base`. The test's reference.
#[cfg(test)]
fn gap_by_masks(line: &[u8], base: usize, g: u32, k: u32) -> Gap {
    let m = copydesk_tokenize::masks::classify_at(line, base);
    let gap = (u64::MAX << g) & !(u64::MAX << k);
    if k == g + 1 && (m.space >> g) & 1 != 0 {
        Gap::Space
    } else if gap & m.stop != 0 {
        Gap::Sentence
    } else if gap & !m.space == 0 {
        Gap::Space
    } else if k == g + 1 && (m.hyphen >> g) & 1 != 0 {
        Gap::Hyphen
    } else {
        Gap::Other
    }
}

/// A byte that makes a gap a sentence break: `.` `!` `?` `:`.
#[inline(always)]
fn is_stop(c: u8) -> bool {
    matches!(c, b'.' | b'!' | b'?' | b':')
}

impl Masks {
    /// What separates a word starting at bit `k` from the text before it, which ends at bit
    /// `g` (the gap is bits `g..k`), the masks being those of `line` from `base`. Most gaps
    /// are one space, told by the masks; the others are read from the bytes (a stop in the
    /// gap, or a lone hyphen). [`gap_by_masks`] is the test's reference.
    #[inline(always)]
    fn gap(&self, line: &[u8], base: usize, g: u32, k: u32) -> Gap {
        if k == g + 1 && (self.space >> g) & 1 != 0 {
            return Gap::Space;
        }
        self.gap_read(line, base, g, k)
    }

    /// [`gap`](Self::gap) past its first test (inlined: out of line it cost 0.1% more
    /// instructions on the seeds and on the varied text).
    #[inline(always)]
    fn gap_read(&self, line: &[u8], base: usize, g: u32, k: u32) -> Gap {
        let gap = (u64::MAX << g) & !(u64::MAX << k);
        let bytes = line
            .get(base + g as usize..base + k as usize)
            .unwrap_or_default();
        if bytes.iter().any(|&c| is_stop(c)) {
            Gap::Sentence
        } else if gap & !self.space == 0 {
            Gap::Space
        } else if k == g + 1 && bytes.first() == Some(&b'-') {
            Gap::Hyphen
        } else {
            Gap::Other
        }
    }

    /// [`gap`](Self::gap) when only spaces count: [`Gap::Space`] or [`Gap::Other`].
    #[inline(always)]
    fn space_gap(&self, g: u32, k: u32) -> Gap {
        let gap = (u64::MAX << g) & !(u64::MAX << k);
        if gap & !self.space == 0 {
            Gap::Space
        } else {
            Gap::Other
        }
    }
}

/// The general punctuation characters (curly quotes, dashes, the ellipsis: E2 80 xx, U+2000
/// to U+203F) that start at the lowest bits of `blocked` (the window's non-ASCII bytes and
/// `'` from a gap on, the first at a character's start) and lie whole in `window`, as bits:
/// gap characters to the byte-by-byte scanner ([`wide_word_char`]) as to the masks' gaps
/// (neither space nor stop), so [`Scanner::run_plain`] goes on past them rather than stop
/// for the general path. Not the apostrophe `’` (E2 80 99), which may join a word.
#[inline]
fn gap_punctuation(window: &[u8; 64], mut blocked: u64) -> u64 {
    let mut found = 0;
    while blocked != 0 {
        let x = blocked.trailing_zeros() as usize;
        match window.get(x..x + 3) {
            Some([0xE2, 0x80, c]) if *c != 0x99 => {
                found |= 7 << x;
                blocked &= !(7 << x);
            }
            _ => break,
        }
    }
    found
}

/// The bytes of `b` from `base`, zero past its end.
#[cold]
fn padded_window(b: &[u8], base: usize) -> [u8; 64] {
    let mut w = [0u8; 64];
    let rest = b.get(base..).unwrap_or(&[]);
    for (d, s) in w.iter_mut().zip(rest) {
        *d = *s;
    }
    w
}

/// What [`Scanner::run_plain`] did.
enum Plain {
    /// Nothing: the next word is not plain.
    None,
    /// Read words; the ring's token `i` is the last, not yet decided.
    Read,
    /// Read the line's last words, none of which waits for a decision.
    Done,
}

/// A window offset no position is within 64 bytes of.
const NO_WINDOW: usize = usize::MAX / 2;

impl<'a> Scanner<'a, true> {
    fn new(s: &'a str) -> Self {
        Self::with_masks(s)
    }
}

impl<'a> Scanner<'a, false> {
    /// A scanner for the statistics pass: gaps are spaces or not.
    fn spaces_only(s: &'a str) -> Self {
        Self::with_masks(s)
    }
}

impl<'a, const GAPS: bool> Scanner<'a, GAPS> {
    fn with_masks(s: &'a str) -> Self {
        Scanner {
            s,
            pos: 0,
            base: NO_WINDOW,
            starts: 0,
            hold: 0,
            m: Masks {
                alnum: 0,
                digit: 0,
                upper: 0,
                space: 0,
                apostrophe: 0,
                high: 0,
            },
        }
    }

    /// The offset of `i` in the window, after moving the window to start at `i` if `i` is
    /// outside it.
    #[inline(always)]
    fn window(&mut self, i: usize) -> u32 {
        if i.wrapping_sub(self.base) >= 64 {
            self.load(i);
        }
        (i - self.base) as u32
    }

    #[inline(always)]
    fn load(&mut self, i: usize) {
        let m = copydesk_tokenize::masks::classify_at(self.s.as_bytes(), i);
        self.base = i;
        self.m = Masks {
            alnum: m.alnum,
            digit: m.digit,
            upper: m.upper,
            space: m.space,
            apostrophe: m.apostrophe,
            high: m.high,
        };
    }

    /// Length of the word character at `i`, or 0 if it is not one.
    #[inline]
    fn word_char(&self, i: usize) -> usize {
        match self.s.as_bytes().get(i) {
            None => 0,
            Some(&c) if c < 0x80 => usize::from(c.is_ascii_alphanumeric()),
            Some(_) => wide_word_char(self.s, i),
        }
    }

    #[inline]
    fn apostrophe_len(&self, i: usize) -> usize {
        apostrophe_at(self.s.as_bytes().get(i..).unwrap_or_default())
    }

    /// Moves `i` past the word characters from `i`; returns the new position and whether an
    /// ASCII digit was seen.
    #[inline(always)]
    fn skip_word(&mut self, mut i: usize) -> (usize, bool) {
        let mut digit = false;
        loop {
            let off = self.window(i);
            // Bits from `i` on; past the window they read as word bytes, so a word that runs
            // to the window's end continues in the next window.
            let stop = !(self.m.alnum >> off) & (u64::MAX >> off);
            if stop == 0 {
                digit |= self.m.digit >> off != 0;
                i = self.base + 64;
                continue;
            }
            let k = stop.trailing_zeros();
            digit |= (self.m.digit >> off) & ((1u64 << k) - 1) != 0;
            i += k as usize;
            if (self.m.high >> (off + k)) & 1 == 0 {
                return (i, digit);
            }
            let n = wide_word_char(self.s, i);
            if n == 0 {
                return (i, digit);
            }
            i += n;
        }
    }

    // Inlined into the two loops: a token returned through memory and read back whole stalls
    // on store forwarding.
    #[inline(always)]
    fn next_into(&mut self, t: &mut Tok) -> bool {
        if self.starts != 0 && self.quick(t) {
            return true;
        }
        let more = self.next_general(t);
        self.refill();
        more
    }

    /// The next token from the window's word starts, when the window is ASCII from `pos` to
    /// past the token but for a gap's punctuation of [`gap_punctuation`]: the start is the
    /// next bit of `starts`, which does not wait for the end of the token before (only a token
    /// that runs past the next start, "don't", clears it, on a branch the processor predicts).
    /// False, with nothing changed, when the token needs the general path (it reaches the
    /// window's end or a non-ASCII byte).
    #[inline(always)]
    fn quick(&mut self, t: &mut Tok) -> bool {
        let starts = self.starts;
        let m = self.m;
        let k = starts.trailing_zeros();
        let after_k = u64::MAX << k;
        let stop = !m.alnum & after_k;
        if stop == 0 {
            return false;
        }
        let e = stop.trailing_zeros();
        let mut full = e;
        let mut apos = Apos::None;
        let b = self.s.as_bytes();
        // The word starts after this token's (no bit of `k..e` is one).
        let mut rest = starts & (starts - 1);
        // One test for the rare stops: non-ASCII, and `'`.
        if ((m.high | m.apostrophe) >> e) & 1 != 0 {
            if (m.high >> e) & 1 != 0 {
                return false;
            }
            // `'` at e: a word after it, or a plural possessive, or nothing.
            let after = e + 1;
            if after >= 64 || (m.high >> after) & 1 != 0 {
                return false;
            }
            if (m.alnum >> after) & 1 != 0 {
                let stop2 = !m.alnum & (u64::MAX << after);
                if stop2 == 0 {
                    return false;
                }
                let j = stop2.trailing_zeros();
                if (m.high >> j) & 1 != 0 {
                    return false;
                }
                let c = b.get(self.base + after as usize).copied().unwrap_or(0);
                apos = if j == after + 1 && (c == b's' || c == b'S') {
                    Apos::S
                } else {
                    Apos::Other
                };
                full = j;
                // The word after the apostrophe is part of this token.
                rest &= u64::MAX << full;
            } else if e > 0
                && matches!(
                    b.get(self.base + e as usize - 1).copied().unwrap_or(0),
                    b's' | b'S'
                )
            {
                apos = Apos::Plural;
                full = after;
            }
        }
        let pe = (self.pos - self.base) as u32;
        let kind = if GAPS {
            m.gap(b, self.base, pe, k)
        } else {
            m.space_gap(pe, k)
        };
        self.starts = rest;
        let start = self.base + k as usize;
        let full_end = self.base + full as usize;
        self.pos = full_end;
        t.start = start;
        t.end = self.base + e as usize;
        t.full_end = full_end;
        t.apos = apos;
        t.gap = kind;
        t.digit = m.digit & after_k & !(u64::MAX << e) != 0;
        t.upper_first = (m.upper >> k) & 1 != 0;
        true
    }

    /// Goes on from token `i` of the ring (the last read, which needs no decision) through the
    /// plain words ahead, calling `v` as `scan_candidates` does, and returns whether it
    /// read any; then token `i` is the last word read, not yet decided. Only in the quick
    /// path's window.
    ///
    /// A plain word ends before the first non-ASCII byte or `'` from `pos` (but for the
    /// curly quotes and dashes of [`gap_punctuation`], which the run goes past): it has no
    /// apostrophe, and its start and end come off the masks. Only the tokens a decision needs
    /// are built ([`token_in`]): a word that may need deciding (by
    /// [`plain_may_need_deciding`]), the word after it and the two before it; and before the
    /// window moves or the method returns, the last three (the ring's context). Most words
    /// cost a few mask operations and three byte loads.
    #[inline(never)]
    fn run_plain(&mut self, ring: &mut [Tok; 4], i: &mut usize, v: &mut impl Visit) -> Plain {
        if self.starts == 0 || self.pos < self.hold {
            return Plain::None;
        }
        let b = self.s.as_bytes();
        let mut read = false;
        // The [`form_bits`] of the last word read (not the token `i` at the start): not 0 if
        // it may need deciding, with a bit of [`FORMS`] if it may be a contraction form (else
        // it is an -s word, worth deciding only before a word after spaces). Kept whole, not
        // as two flags: the loop tests it where it would have set them.
        let mut want = 0u16;
        // The last word with a token: the words read after it have none yet (at most three
        // matter); they are found again off the masks, back from `g`.
        let mut built = *i;
        // The window before this one, when the tokens of its last words are owed (see
        // `Behind`).
        let mut behind: Option<Behind> = None;
        let mut starts = self.starts;
        // The gap start of the next word: the end of the last one read, in the window.
        let mut g = (self.pos - self.base) as u32;
        // Where the window's first gap starts (no word before it is read here).
        let mut floor = g;
        let mut j = *i;
        loop {
            let base = self.base;
            let alnum = self.m.alnum;
            // The window's bytes, indexed without a bounds check (zero past the line's end).
            let window: [u8; 64] = match b.get(base..).and_then(|r| r.first_chunk::<64>()) {
                Some(w) => *w,
                None => padded_window(b, base),
            };
            let mut blocked = (self.m.high | self.m.apostrophe) & (u64::MAX << g);
            let mut passed = false;
            if blocked & self.m.high != 0 {
                let punctuation = gap_punctuation(&window, blocked);
                if punctuation != 0 {
                    blocked &= !punctuation;
                    passed = true;
                }
            }
            // Bits of the bytes before the first non-ASCII byte or `'` from the gap (but the
            // punctuation the run goes past; all of them when there is none).
            let clean = (blocked & blocked.wrapping_neg()).wrapping_sub(1);
            if passed {
                // The words after the punctuation, up to the next byte that stops the run (the
                // starts stop at the first non-ASCII byte).
                starts |= alnum & !(alnum << 1) & (u64::MAX << g) & clean;
            }
            let first_here = j;
            // Some: stopped at a word that is not plain; None: at the window's end.
            let stopped = loop {
                if starts == 0 {
                    break (blocked != 0).then(|| base + blocked.trailing_zeros() as usize);
                }
                let k = starts.trailing_zeros();
                let stop = !alnum & (u64::MAX << k);
                if stop == 0 {
                    break None;
                }
                let e = stop.trailing_zeros();
                if (clean >> e) & 1 == 0 {
                    break Some(base + k as usize);
                }
                j += 1;
                // The word before this one may need deciding: a contraction form, or an -s
                // word before this one after spaces (`worth_deciding`'s test of the gap).
                let gap = (u64::MAX << g) & !(u64::MAX << k);
                if want != 0 && (want & FORMS != 0 || gap & !self.m.space == 0) {
                    let at = Here {
                        split: first_here,
                        floor,
                    };
                    self.decide_plain(ring, j, &mut built, (k, e, g), at, &mut behind, v);
                }
                let first = window[k as usize & 63];
                let last = window[(e as usize).wrapping_sub(1) & 63];
                // The byte before a one-byte word is whatever stands before it (or, if the word
                // starts the window, any byte): no length table marks one byte, so the word is
                // kept for nothing.
                let before = window[(e as usize).wrapping_sub(2) & 63];
                // Digits are not looked at: a word with one is rejected when its token is.
                // (A plain word's first byte is ASCII: its table knows a capital.)
                want = form_bits(first, before, last, e - k);
                g = e;
                starts &= starts - 1;
            };
            *i = j;
            let read_here = j > first_here;
            read |= read_here;
            let line_end = stopped.is_none() && starts == 0 && base + 64 >= b.len();
            let wanted = want != 0;
            if line_end && !wanted {
                // No word left, and none read waits for a decision.
                return Plain::Done;
            }
            let more = stopped.is_none() && read_here && !line_end;
            if let Some(at) = stopped {
                self.hold = at;
            }
            // The ring's last tokens: the last two, and the one before if the last may need
            // deciding (the only decision that looks three back).
            let needed = if wanted { 3 } else { 2 };
            let count = (j - built).min(needed);
            let here = Here {
                split: first_here,
                floor,
            };
            // Owed tokens of an earlier window that the next ones still need: built now,
            // while its masks are at hand.
            let older_owed = built < first_here && j < first_here + needed;
            if more && !older_owed {
                // Owed: built only if a decision or the ring needs them (most windows end
                // with words that no decision reads back).
                behind = Some(Behind {
                    m: self.m,
                    base,
                    end: g,
                    floor,
                });
            } else {
                self.tokens_back(ring, j, count, g, here, behind.as_ref());
                built = j;
                behind = None;
            }
            self.pos = base + g as usize;
            self.starts = starts;
            if !more {
                return if read { Plain::Read } else { Plain::None };
            }
            // The window moves to the end of the last word read.
            self.load(self.pos);
            self.refill();
            starts = self.starts;
            g = 0;
            floor = 0;
            if starts == 0 {
                // No word here: the ring's tokens, all of the window behind.
                let count = (j - built).min(needed);
                let here = Here { split: j, floor: 0 };
                self.tokens_back(ring, j, count, 0, here, behind.as_ref());
                return Plain::Read;
            }
        }
    }

    /// In [`run_plain`](Self::run_plain), word `j` (`k..e` after a gap from `g`) follows a
    /// word that may need deciding: the tokens of that word and of word `j`, and if the word
    /// passes [`worth_deciding`] and `v` screens it in, the tokens of the two before it (of
    /// the words read after `built` that have none yet) and the visit. Tokens are valid up
    /// to `built`: the two written for the screen alone are scratch, rebuilt when needed
    /// (`built` moves to `j` only when the context is built); owed tokens of the window
    /// before are built from `behind`. Out of line: the loop over the words stays small.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn decide_plain(
        &self,
        ring: &mut [Tok; 4],
        j: usize,
        built: &mut usize,
        (k, e, g): (u32, u32, u32),
        here: Here,
        behind: &mut Option<Behind>,
        v: &mut impl Visit,
    ) {
        let pending = j - 1 - *built;
        if pending > 0 {
            // The candidate's token alone: the window's word before `j`, or if `j` is the
            // window's first, the last word of the window behind.
            let t = &mut ring[(j - 1) % 4];
            if j - 1 > here.split {
                token_ending_in(&self.m, self.s.as_bytes(), self.base, g, here.floor, t);
            } else if let Some(w) = behind.as_ref() {
                token_ending_in(&w.m, self.s.as_bytes(), w.base, w.end, w.floor, t);
            }
        }
        token_in(
            &self.m,
            self.s.as_bytes(),
            self.base,
            k,
            e,
            g,
            &mut ring[j % 4],
        );
        let p = &ring[(j - 1) % 4];
        let word = tok_bytes(self.s, p);
        let next = &ring[j % 4];
        if !(worth_deciding(word, p, Some(next)) && v.screen(p, Some(next))) {
            return;
        }
        if pending > 1 {
            // The tokens before the candidate (its own again: the walk starts from its end).
            self.tokens_back(ring, j - 1, pending.min(3), g, here, behind.as_ref());
        }
        *built = j;
        *behind = None;
        let p = &ring[(j - 1) % 4];
        let next = &ring[j % 4];
        let context = [
            (j > 2).then(|| &ring[(j + 1) % 4]),
            (j > 1).then(|| &ring[(j + 2) % 4]),
        ];
        v.visit(context, p, Some(next));
    }

    /// The tokens of the last `count` words read (at most three), the last being token
    /// `last` of the ring and ending at `end` in the window: those of this window's words
    /// (after word `here.split`) off its masks, the others off those of the window behind.
    #[inline(never)]
    fn tokens_back(
        &self,
        ring: &mut [Tok; 4],
        last: usize,
        count: usize,
        end: u32,
        here: Here,
        behind: Option<&Behind>,
    ) {
        let count = count.min(3);
        let in_here = count.min(last - here.split);
        let line = self.s.as_bytes();
        tokens_back_in(
            &self.m, line, self.base, ring, last, in_here, end, here.floor,
        );
        if count > in_here
            && let Some(w) = behind
        {
            tokens_back_in(
                &w.m,
                line,
                w.base,
                ring,
                here.split,
                count - in_here,
                w.end,
                w.floor,
            );
        }
    }

    /// After the general path: the word starts of the window from `pos` on, up to its first
    /// non-ASCII byte.
    #[inline(always)]
    fn refill(&mut self) {
        let off = self.pos.wrapping_sub(self.base);
        self.starts = if off < 64 {
            let from = u64::MAX << off;
            let h = self.m.high & from;
            let below_high = if h == 0 {
                u64::MAX
            } else {
                (h & h.wrapping_neg()) - 1
            };
            let a = self.m.alnum;
            a & !(a << 1) & from & below_high
        } else {
            0
        };
    }

    /// The next token by the masks of the window at `pos`, moving the window as needed; the
    /// byte-by-byte [`next_slow`] where the gap or the word's start is non-ASCII.
    #[inline(always)]
    fn next_general(&mut self, t: &mut Tok) -> bool {
        let len = self.s.len();
        let gap_start = self.pos;
        let mut i = gap_start;
        let mut not_space = 0u64;
        let mut stop = gap_start == 0;
        // The gap: ASCII bytes that are no letter or digit, up to the next letter, digit or
        // non-ASCII byte.
        let start = loop {
            let off = self.window(i);
            let from = u64::MAX << off;
            let found = (self.m.alnum | self.m.high) & from;
            let gap = if found == 0 {
                from
            } else {
                from & ((found & found.wrapping_neg()) - 1)
            };
            not_space |= gap & !self.m.space;
            if found != 0 {
                break self.base + found.trailing_zeros() as usize;
            }
            i = self.base + 64;
            if i >= len {
                self.pos = len;
                return false;
            }
        };
        let off = (start - self.base) as u32;
        if (self.m.high >> off) & 1 != 0 {
            // Non-ASCII: a word character or a gap byte; the byte-by-byte code decides.
            let Some((start, gap, upper_first)) = next_slow(self.s, gap_start) else {
                self.pos = len;
                return false;
            };
            self.word_at(start, gap, upper_first, t);
            return true;
        }
        // The gap's bytes are ASCII, none a letter or digit: a stop among them is a break.
        if GAPS && !stop {
            stop = self
                .s
                .as_bytes()
                .get(gap_start..start)
                .unwrap_or_default()
                .iter()
                .any(|&c| is_stop(c));
        }
        let gap = if stop {
            Gap::Sentence
        } else if not_space == 0 && start > gap_start {
            Gap::Space
        } else if start == gap_start + 1 && self.s.as_bytes()[gap_start] == b'-' {
            Gap::Hyphen
        } else {
            Gap::Other
        };
        let upper_first = (self.m.upper >> off) & 1 != 0;
        self.word_at(start, gap, upper_first, t);
        true
    }

    /// The token whose word starts at `start` (a word character), after a gap of kind `gap`.
    #[inline(always)]
    fn word_at(&mut self, start: usize, gap: Gap, upper_first: bool, t: &mut Tok) {
        let (end, digit) = self.skip_word(start);
        let mut full_end = end;
        let mut apos = Apos::None;
        let alen = self.apostrophe_len(end);
        if alen > 0 {
            let b = self.s.as_bytes();
            let after = end + alen;
            if self.word_char(after) > 0 {
                let (j, _) = self.skip_word(after);
                apos = if j == after + 1 && (b[after] == b's' || b[after] == b'S') {
                    Apos::S
                } else {
                    Apos::Other
                };
                full_end = j;
            } else if matches!(b[end - 1], b's' | b'S') {
                apos = Apos::Plural;
                full_end = after;
            }
        }
        self.pos = full_end;
        // Field by field: a token built elsewhere and copied whole is read back with wide
        // loads that stall on the narrow stores that built it.
        t.start = start;
        t.end = end;
        t.full_end = full_end;
        t.apos = apos;
        t.gap = gap;
        t.digit = digit;
        t.upper_first = upper_first;
    }
}
/// Where [`Scanner::run_plain`] is in its window: the index of the last word read before
/// the window's first (`split`), and where the first word's gap may start (`floor`).
#[derive(Clone, Copy)]
struct Here {
    split: usize,
    floor: u32,
}

/// The window [`Scanner::run_plain`] left behind while the tokens of its last words were
/// owed: its masks, offset, the end of its last word and its first gap's floor. Building the
/// last words' tokens each time the window moved cost more than keeping the window's masks:
/// the tokens are rarely read back (only for a decision right after the move, or when the
/// scan stops there).
#[derive(Clone, Copy)]
struct Behind {
    m: Masks,
    base: usize,
    end: u32,
    floor: u32,
}

/// Builds the tokens of the last `count` plain words read in the window at `base` with
/// masks `m` (at most three), the last being token `last` of the ring and ending at `end`;
/// the first word's gap starts at `floor` or later.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn tokens_back_in(
    m: &Masks,
    line: &[u8],
    base: usize,
    ring: &mut [Tok; 4],
    last: usize,
    count: usize,
    end: u32,
    floor: u32,
) {
    let alnum = m.alnum;
    let mut e = end;
    for t in 0..count.min(3) {
        // The word ending at `e` starts after the last byte before it that is no letter
        // or digit; the word before it ends after the last letter or digit before that.
        let k = 64 - (!alnum & !(u64::MAX << e)).leading_zeros();
        let before_end = 64 - (alnum & !(u64::MAX << k)).leading_zeros();
        token_in(
            m,
            line,
            base,
            k,
            e,
            before_end.max(floor),
            &mut ring[(last + 4 - t) % 4],
        );
        e = before_end;
    }
}

/// The token of the plain word ending at `e` in the window at `base` with masks `m`, as
/// [`tokens_back_in`] builds it.
#[inline(always)]
fn token_ending_in(m: &Masks, line: &[u8], base: usize, e: u32, floor: u32, t: &mut Tok) {
    let alnum = m.alnum;
    let k = 64 - (!alnum & !(u64::MAX << e)).leading_zeros();
    let before_end = 64 - (alnum & !(u64::MAX << k)).leading_zeros();
    token_in(m, line, base, k, e, before_end.max(floor), t);
}

/// The token of the plain word `k..e` of the window at `base` with masks `m`, after a gap
/// from `g`, as [`Scanner::quick`] reads it.
#[inline(always)]
fn token_in(m: &Masks, line: &[u8], base: usize, k: u32, e: u32, g: u32, t: &mut Tok) {
    let after_k = u64::MAX << k;
    let kind = m.gap(line, base, g, k);
    t.start = base + k as usize;
    t.end = base + e as usize;
    t.full_end = t.end;
    t.apos = Apos::None;
    t.gap = kind;
    t.digit = m.digit & after_k & !(u64::MAX << e) != 0;
    t.upper_first = (m.upper >> k) & 1 != 0;
}

/// Builds the output line only from the first change on.
struct Writer<'a> {
    line: &'a str,
    buf: Option<String>,
    copied: usize,
}

impl Writer<'_> {
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let buf = self
            .buf
            .get_or_insert_with(|| String::with_capacity(self.line.len() + 16));
        buf.push_str(&self.line[self.copied..start]);
        buf.push_str(with);
        self.copied = end;
    }

    fn finish(self) -> Option<String> {
        let mut buf = self.buf?;
        buf.push_str(&self.line[self.copied..]);
        Some(buf)
    }
}

/// What the word after a candidate says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Punctuation, end of line, a function word: no possessive here.
    Stop,
    /// A verb: the candidate is a subject (a plural).
    Verb,
    /// A noun/verb homograph or a capitalised word.
    Ambig,
    /// A noun or adjective.
    Noun,
    /// No evidence either way.
    Unknown,
}

/// Noun and adjective endings ("elevation", "strategic" is not one: too many verbs end in -ic
/// look-alikes), on the word or its -s plural.
fn has_noun_suffix(word: &str) -> bool {
    let base = word
        .strip_suffix('s')
        .filter(|b| !b.ends_with('s'))
        .unwrap_or(word);
    // Only the endings that end in the base's last byte (`reference::has_noun_suffix` tests
    // all 21, and a test compares the two).
    let endings: &[&str] = match base.as_bytes().last() {
        Some(b'n') => &["ion", "ian"],
        Some(b't') => &["ment", "ist"],
        Some(b's') => &["ness", "ous"],
        Some(b'y') => &["ity", "ency", "ancy", "ogy"],
        Some(b'p') => &["ship"],
        Some(b'm') => &["ism", "dom"],
        Some(b'e') => &["ance", "ence"],
        Some(b'd') => &["hood"],
        Some(b'l') => &["ical", "ual", "ial", "ntal", "ful"],
        _ => &[],
    };
    endings
        .iter()
        .any(|s| base.len() > s.len() + 2 && base.ends_with(s))
}

/// The next word is a noun by the lexicon or its ending, not only by corpus counts.
fn lexical_noun(word: &str) -> bool {
    let f = lexicon::flags(word);
    f & lexicon::NOUN != 0 && f & (lexicon::AMBIG | lexicon::VERB) == 0
        || f == 0 && (has_noun_suffix(word) || lexicon::common_noun(word))
}

/// The word right before token `t` when a single space separates them ("" otherwise).
fn word_before<'a>(line: &'a str, t: &Tok) -> &'a str {
    let b = line.as_bytes();
    if t.start < 2 || b[t.start - 1] != b' ' {
        return "";
    }
    let end = t.start - 1;
    let len = b[..end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    &line[end - len..end]
}

/// The word right after token `t` when a single space separates them ("" otherwise): a
/// second word of lookahead, read from the line only when a rule asks for it.
fn word_after<'a>(line: &'a str, t: &Tok) -> &'a str {
    let b = line.as_bytes();
    let start = t.full_end + 1;
    if b.get(t.full_end) != Some(&b' ') {
        return "";
    }
    let len = b.get(start..).map_or(0, |r| {
        r.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    });
    &line[start..start + len]
}

/// Slots of a claimed [`NextMemo`]: 16 KiB, a few times the distinct words that follow an
/// -s word or "its" in a long article. Measured (callgrind, `normalize_profile`), against
/// 1024 slots: 0.3% fewer instructions per article pass on the seeds, 0.4% on the varied
/// text. 4096 saved 0.1% and 0.3% more, in 32 KiB, as much as the word memo
/// ([`WORD_SLOTS`]) and the first-level cache each: not taken, for the cache's sake.
const MEMO_SLOTS: usize = 2048;

/// Slots of a claimed memo's [`word_facts`]: 32 KiB. Measured (callgrind, `normalize_profile`):
/// on the seeds repeated `decide` 12% fewer instructions; on the varied text, three passes,
/// 2% fewer with these slots but 1% more with 1024 (its thousands of distinct -s forms
/// evict each other, and a miss works out every fact where the screen stops at the first).
const WORD_SLOTS: usize = 4096;

/// A memo of what the screen asks of the next word ([`next_facts`]: its [`classify_next`]
/// class, whether it is a count, "been" or an adverb of [`AFTER_IS`], whether it lets the
/// institution rule through, and whether it may follow "it’s"), by the next word, for the
/// article pass, where the statistics are frozen. Past the tests on the token (its gap, its
/// apostrophe), the facts are a function of the next word's bytes and the statistics alone,
/// except after "next" and "last", which look one word further and are never memoized. A hit
/// saves two to five table lookups: 97% of `possessive` calls hit on the seeds repeated, 71%
/// in one pass over the benches' varied text with the memo cold (the words after an -s form
/// are mostly function words). Per article pass (callgrind, with [`pack_short`]): `decide`
/// 14.2M to 11.5M instructions on the seeds, the pass 3% fewer; 8.9M to 8.0M on the varied
/// text.
///
/// Direct-mapped and bounded: the slot of the key's top bits holds the key shifted up eight
/// bits, the facts (never 0: the class's code is 1 to 6) in the eight bits freed, so a hit
/// compares all 64 bits of the key (the top eight through the slot: 256 slots or more). An
/// unclaimed memo (the default, as [`restore_line`] uses) has no slots and memoizes nothing;
/// a claimed one answers as [`next_facts`] would (a test compares the restorations over the
/// evaluation's articles), so the output does not depend on it.
#[derive(Debug, Default)]
pub(crate) struct NextMemo {
    /// Whose statistics the slots were filled from: see [`claim`](Self::claim).
    owner: u64,
    slots: Vec<u64>,
    /// [`word_facts`] by the -s form: the slot of the key's top bits holds the key shifted up
    /// eight bits and the facts in the eight bits freed (never 0: [`WF_KNOWN`]).
    words: Vec<u64>,
}

impl NextMemo {
    /// Makes the memo answer for the statistics of `owner`, a number unique to one frozen
    /// [`ApostropheStats`] (a `Normalizer`'s): emptied if it answered for other statistics.
    pub(crate) fn claim(&mut self, owner: u64) {
        if self.owner != owner || self.slots.len() != MEMO_SLOTS {
            self.slots.clear();
            self.slots.resize(MEMO_SLOTS, 0);
            self.words.clear();
            self.words.resize(WORD_SLOTS, 0);
            self.owner = owner;
        }
    }

    /// [`word_facts`] of the -s form `c` of `line` (two bytes or more), memoized by the form.
    #[inline]
    fn word_facts(&mut self, line: &str, c: &Tok, stats: &ApostropheStats) -> u8 {
        if self.words.is_empty() {
            return word_facts(&line[c.start..c.end], stats);
        }
        let key = word_key_at(line.as_bytes(), c.start, c.end);
        let slot = (key >> (64 - self.words.len().trailing_zeros())) as usize;
        let tag = key << 8;
        let held = self.words.get(slot).copied().unwrap_or(0);
        if held & !0xFF == tag && held & u64::from(WF_KNOWN) != 0 {
            return held as u8;
        }
        let facts = word_facts(&line[c.start..c.end], stats);
        if let Some(x) = self.words.get_mut(slot) {
            *x = tag | u64::from(facts);
        }
        facts
    }

    /// [`classify_next`], memoized by the next word.
    #[inline]
    fn classify_next(&mut self, line: &str, next: Option<&Tok>, stats: &ApostropheStats) -> Next {
        match next {
            None => Next::Stop,
            Some(n) => next_class_of(self.next_facts(line, n, stats)),
        }
    }

    /// [`next_facts`] of the next word `n`, memoized by the word: past the tests on the token
    /// (its gap, its apostrophe), the facts are a function of the word's bytes and the
    /// statistics alone, except after "next" and "last", which look one word further and
    /// are never stored (so a hit is never one of them).
    #[inline(always)]
    fn next_facts(&mut self, line: &str, n: &Tok, stats: &ApostropheStats) -> u8 {
        if self.slots.is_empty() || n.gap != Gap::Space || n.apos == Apos::Other {
            return next_facts(line, n, stats);
        }
        let key = word_key_at(line.as_bytes(), n.start, n.end);
        // The slot count is a power of two, 256 or more: the slot is the key's top bits (the
        // best mixed), and the slot holds the others.
        let slot = (key >> (64 - self.slots.len().trailing_zeros())) as usize;
        let tag = key << 8;
        let held = self.slots.get(slot).copied().unwrap_or(0);
        if held & !0xFF == tag && held & NF_CLASS != 0 {
            return held as u8;
        }
        self.next_facts_missed(line, n, stats, slot, tag)
    }

    /// [`next_facts`](Self::next_facts) when the memo does not hold the word: out of line,
    /// so that a hit is made in the caller.
    #[inline(never)]
    fn next_facts_missed(
        &mut self,
        line: &str,
        n: &Tok,
        stats: &ApostropheStats,
        slot: usize,
        tag: u64,
    ) -> u8 {
        let facts = next_facts(line, n, stats);
        let len = n.end - n.start;
        let last_or_next = len == 4 && {
            let w = &line[n.start..n.end];
            w.eq_ignore_ascii_case("next") || w.eq_ignore_ascii_case("last")
        };
        if !last_or_next && let Some(x) = self.slots.get_mut(slot) {
            *x = tag | u64::from(facts);
        }
        facts
    }
}

/// What [`screen`] asks of the word after an -s form ([`next_facts`]): its class's code
/// ([`next_code`], 1 to 5, [`COUNT_CODE`] for a count), in these bits;
const NF_CLASS: u64 = 7;
/// it is "been" or "gone" (any case: [`been`], [`gone`]), or an adverb in -ly, which may
/// stand before "been";
const NF_BEEN: u8 = 8;
/// it is one of [`AFTER_IS`] (any case);
const NF_AFTER_IS: u8 = 16;
/// it lets the institution rule of [`possessive_with`] through: lower case, no digit, no
/// function word and no verb by the lexicon;
const NF_INSTITUTION: u8 = 32;
/// it may follow the contraction "it’s" ([`after_its`]);
const NF_AFTER_ITS: u8 = 64;
/// it is an office one person holds in a body ([`ROLE_HEADS`]: "chair", "chief" …).
const NF_ROLE: u8 = 128;

/// The [`NF_CLASS`] … [`NF_AFTER_ITS`] facts of the next word `n` of `line`.
fn next_facts(line: &str, n: &Tok, stats: &ApostropheStats) -> u8 {
    let class = classify_next(line, Some(n), stats);
    let count = class == Next::Stop && is_count(line, n);
    let mut facts = if count { COUNT_CODE } else { next_code(class) } as u8;
    let w = &line[n.start..n.end];
    // (An adverb in -ly may stand before "been": "My jobs mainly been …".)
    if w.eq_ignore_ascii_case("been")
        || w.eq_ignore_ascii_case("gone")
        || w.len() > 4 && w.ends_with("ly")
    {
        facts |= NF_BEEN;
    }
    if after_is(w) {
        facts |= NF_AFTER_IS;
    }
    if !n.upper_first && !n.digit && lexicon::flags(w) & (lexicon::FUNCTION | lexicon::VERB) == 0 {
        facts |= NF_INSTITUTION;
    }
    if after_its(w) {
        facts |= NF_AFTER_ITS;
    }
    if ROLE_HEADS.iter().any(|r| r.eq_ignore_ascii_case(w)) {
        facts |= NF_ROLE;
    }
    facts
}

/// The class of [`next_facts`].
#[inline]
fn next_class_of(facts: u8) -> Next {
    next_of_code(u64::from(facts) & NF_CLASS).unwrap_or(Next::Stop)
}

/// The memo's code of a count: [`Next::Stop`], and [`is_count`].
const COUNT_CODE: u64 = 6;

/// A next word that is a count, in digits or words ("two"): a stop for [`classify_next`],
/// and what [`before_a_count`] looks for.
#[inline]
fn is_count(line: &str, n: &Tok) -> bool {
    n.digit || tok_class(line.as_bytes(), n) & Q_NUMBER != 0
}

/// The memo's code of a class (never 0, which marks an empty slot).
fn next_code(class: Next) -> u64 {
    match class {
        Next::Stop => 1,
        Next::Verb => 2,
        Next::Ambig => 3,
        Next::Noun => 4,
        Next::Unknown => 5,
    }
}

/// The class of a memo code; `None` for an empty slot.
fn next_of_code(code: u64) -> Option<Next> {
    Some(match code {
        1 => Next::Stop,
        2 => Next::Verb,
        3 => Next::Ambig,
        4 => Next::Noun,
        5 => Next::Unknown,
        COUNT_CODE => Next::Stop,
        _ => return None,
    })
}

fn classify_next(line: &str, next: Option<&Tok>, stats: &ApostropheStats) -> Next {
    let Some(n) = next else { return Next::Stop };
    // A count, in digits or words ("measures two metres"), says nothing of a possessive on
    // its own: `before_a_count` decides those.
    if n.gap != Gap::Space
        || n.digit
        || n.apos == Apos::Other
        || tok_class(line.as_bytes(), n) & Q_NUMBER != 0
    {
        return Next::Stop;
    }
    let word = &line[n.start..n.end];
    // "the associations next month": "next"/"last" before an adverb of time starts an
    // adverbial, not the possessive's noun phrase.
    if word.len() == 4
        && (word.eq_ignore_ascii_case("next") || word.eq_ignore_ascii_case("last"))
        && lexicon::word_class(word_after(line, n)) & lexicon::TIME_ADVERB != 0
    {
        return Next::Stop;
    }
    let f = lexicon::flags(word);
    if f & lexicon::FUNCTION != 0 {
        return Next::Stop;
    }
    if f & lexicon::VERB != 0 {
        return Next::Verb;
    }
    // A contraction that lost its apostrophe ("kids arent protected") is a verb.
    if f == 0 && is_contraction_form(word) {
        return Next::Verb;
    }
    if f & lexicon::NOUN != 0 && f & lexicon::AMBIG == 0 {
        return Next::Noun;
    }
    if f & lexicon::AMBIG != 0 || n.upper_first {
        return Next::Ambig;
    }
    let c = stats.get(word);
    let (det, pron) = (c[AFTER_DET], c[AFTER_PRON]);
    let base = word
        .strip_suffix('s')
        .filter(|b| !b.ends_with('s'))
        .unwrap_or(word);
    // A noun by its ending, or a common noun that is no verb (data/apostrophe/nouns.txt):
    // "the districts superintendent", "the residents complaint".
    if has_noun_suffix(word) || lexicon::common_noun(word) {
        return if pron > det { Next::Ambig } else { Next::Noun };
    }
    if word.ends_with("ly") || word.ends_with("ed") {
        return if det > 0 && pron == 0 {
            Next::Ambig
        } else {
            Next::Verb
        };
    }
    // Agent nouns ("director", "runners") look like some verbs ("consider", "offers").
    if word.ends_with("ing") || base.ends_with("er") || base.ends_with("or") {
        return Next::Ambig;
    }
    match (det > 0, pron > 0) {
        (true, false) => Next::Noun,
        (false, true) => Next::Verb,
        (true, true) => Next::Ambig,
        (false, false) => Next::Unknown,
    }
}

/// [`screen`], then [`decide_screened`]: the decision on a candidate.
#[cfg(test)]
fn decide(
    line: &str,
    before: [Option<&Tok>; 2],
    c: &Tok,
    next: Option<&Tok>,
    stats: &ApostropheStats,
    apostrophe: char,
    memo: &mut NextMemo,
) -> Option<(String, String)> {
    let screened = screen(line, c, next, stats, memo);
    decide_screened(
        screened,
        line,
        before,
        c,
        next,
        Article::default(),
        stats,
        apostrophe,
        memo,
    )
}

/// The decision on a candidate that [`screen`] answered `screened` for.
#[allow(clippy::too_many_arguments)]
fn decide_screened(
    screened: Screen,
    line: &str,
    before: [Option<&Tok>; 2],
    c: &Tok,
    next: Option<&Tok>,
    article: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    memo: &mut NextMemo,
) -> Option<(String, String)> {
    match screened {
        Screen::Nothing => None,
        Screen::Possessive(next_class) => {
            let word = &line[c.start..c.end];
            possessive_with(
                line, word, before, c, next, article, stats, apostrophe, next_class,
            )
        }
        Screen::Unsure => decide_in_full(line, before, c, next, article, stats, apostrophe, memo),
    }
}

/// What [`screen`] found out about a token before its decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    /// No restoration, whatever the tokens before it.
    Nothing,
    /// A plain -s form before a spaced word, past the first tests of [`possessive`], with
    /// the next word's class, for [`possessive_with`].
    Possessive(Next),
    /// Anything else (a contraction form, a word not in -s): the decision in full.
    Unsure,
}

/// The tests of `decide` that read neither of the two tokens before the candidate, made
/// once: most -s forms are followed by a function word, punctuation or a verb, and then only
/// rules that need a particular next word ("been", a count, "only" and its like), a stem
/// that makes no plural, a time noun before a verb, kin one person has one of ("My husbands
/// on nights") or a name in consonant + "ss" ("Hobbss") can restore them. When none of those can
/// apply the answer is [`Screen::Nothing`], which needs no context. A test compares
/// `decide` with [`decide_in_full`], which makes every test in order.
#[inline]
fn screen(
    line: &str,
    c: &Tok,
    next: Option<&Tok>,
    stats: &ApostropheStats,
    memo: &mut NextMemo,
) -> Screen {
    // `decide`'s first tests.
    if c.apos != Apos::None || c.digit || c.gap == Gap::Hyphen {
        return Screen::Nothing;
    }
    // Bytes: a string slice would test both ends for character boundaries.
    let bytes = tok_bytes(line, c);
    let n = bytes.len();
    let Some(&last) = bytes.last() else {
        return Screen::Nothing;
    };
    if !matches!(last, b's' | b't' | b'e' | b'm' | b'd' | b'l') || n < 2 {
        return Screen::Nothing;
    }
    if next.is_some_and(|n| n.gap == Gap::Hyphen) {
        return Screen::Nothing;
    }
    // A contraction form, or no -s form: `contraction` and the rest decide.
    if last != b's' {
        return Screen::Unsure;
    }
    let facts = memo.word_facts(line, c, stats);
    if facts & WF_FORM != 0 {
        // "its", the commonest form, is restored only as the contraction, before a plain word
        // of `after_its` (`contraction`; no possessive rule reads it): else nothing, and its
        // visit (the tokens before it, the decision in full) is saved. (The next word's tests
        // are `contraction`'s for its `next_word`: the two must change together.)
        let its_before = |nx: &Tok| {
            nx.gap == Gap::Space
                && nx.apos == Apos::None
                && !nx.digit
                && memo.next_facts(line, nx, stats) & NF_AFTER_ITS != 0
        };
        if bytes.eq_ignore_ascii_case(b"its") && !next.is_some_and(its_before) {
            return Screen::Nothing;
        }
        return Screen::Unsure;
    }
    // `possessive`, up to the rule of an institution ending a name.
    let Some(nx) = next.filter(|n| n.gap == Gap::Space) else {
        return Screen::Nothing;
    };
    if n < 4
        && (n < 3
            || !c.upper_first
            || lexicon::gazetteer(line.get(c.start..c.start + 2).unwrap_or_default()) == 0)
    {
        return Screen::Nothing;
    }
    if facts & WF_OWN != 0 {
        return Screen::Nothing;
    }
    let nf = memo.next_facts(line, nx, stats);
    let next_class = next_class_of(nf);
    if !matches!(next_class, Next::Stop | Next::Verb) {
        return Screen::Possessive(next_class);
    }
    // The institution rule, which reads the word before, needs a next word that is no
    // function word and no verb by the lexicon: so most next words of these classes fail it.
    let institution = c.upper_first
        && c.gap == Gap::Space
        && n > 4
        && facts & WF_INSTITUTION != 0
        && nf & NF_INSTITUTION != 0;
    // The rules after a stop or a verb, each by a test it needs that reads no token before.
    // ("been" or "gone" itself, or an adverb in -ly before "been".)
    let been_next =
        nf & NF_BEEN != 0 && (tok_bytes(line, nx).len() == 4 || word_after(line, nx) == "been");
    let stem_rules = been_next
        || nf & NF_ROLE != 0
        || next_class == Next::Verb && c.upper_first && after_a_title(line, c)
        || next_class == Next::Stop && after_a_or_local(line, c)
        || facts & WF_NO_PLURAL != 0
        || u64::from(nf) & NF_CLASS == COUNT_CODE
        || (!bytes[0].is_ascii_uppercase()
            && facts & WF_TIME != 0
            && (next_class == Next::Verb || after_last_or_next(line, c)))
        || nf & NF_AFTER_IS != 0
        || next_class == Next::Stop
            && opens_a_complement(tok_bytes(line, nx))
            && (after_a_subject_determiner(line, c)
                || c.upper_first && matches!(c.gap, Gap::Sentence | Gap::Other))
        || c.upper_first
            && matches!(c.gap, Gap::Sentence | Gap::Other)
            && has_or_is_next(tok_bytes(line, nx))
        || facts & (WF_ONE_KIN | WF_NAME_SSS) != 0;
    if institution || stem_rules {
        Screen::Possessive(next_class)
    } else {
        Screen::Nothing
    }
}

/// What [`screen`] asks of an -s form that its bytes and the statistics alone answer
/// ([`word_facts`]): it is a contraction form (`lowered_contraction`: "ITS" is "its");
const WF_FORM: u8 = 1;
/// a function word or a word in -s of its own by the lexicon;
const WF_OWN: u8 = 2;
/// [`no_plural_form`] restores it before a stop or a verb;
const WF_NO_PLURAL: u8 = 4;
/// its stem is an institution noun, or a time noun, by the word classes.
const WF_INSTITUTION: u8 = 8;
const WF_TIME: u8 = 16;
/// The stem is kin one person has one of ([`ONE_OF_A_KIN`]): a rule reads it whatever follows.
const WF_ONE_KIN: u8 = 32;
/// [`name_in_s_sss`] restores it whatever follows.
const WF_NAME_SSS: u8 = 64;
/// Set in every answer, so a memo slot holding one is never empty.
const WF_KNOWN: u8 = 128;

/// The [`WF_FORM`] … [`WF_NAME_SSS`] facts of the -s form `word` (two bytes or more).
fn word_facts(word: &str, stats: &ApostropheStats) -> u8 {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let mut facts = WF_KNOWN;
    // The form tables (in lower case) pass every form: most words are out by them.
    if FORM.before_last[usize::from(bytes[n - 2].to_ascii_lowercase())]
        & FORM_S
        & FORM.first_classes[usize::from(bytes[0])]
        & FORM.lengths[n.min(7)]
        != 0
        && lowered_contraction(bytes).is_some()
    {
        facts |= WF_FORM;
    }
    if lexicon::flags(word) & (lexicon::FUNCTION | lexicon::S_WORD) != 0 {
        facts |= WF_OWN;
    }
    // (The same answer before a stop as before a verb.)
    if no_plural_form_applies(word, Next::Stop, stats) {
        facts |= WF_NO_PLURAL;
    }
    let stem_class = lexicon::word_class(&word[..n - 1]);
    if stem_class & lexicon::INSTITUTION != 0 {
        facts |= WF_INSTITUTION;
    }
    if stem_class & lexicon::TIME != 0 {
        facts |= WF_TIME;
    }
    if ONE_OF_A_KIN
        .iter()
        .any(|k| k.eq_ignore_ascii_case(&word[..n - 1]))
    {
        facts |= WF_ONE_KIN;
    }
    if name_in_s_sss_applies(word, stats) {
        facts |= WF_NAME_SSS;
    }
    facts
}

/// `decide` without [`screen`]: every test in its order. The tests' reference, and the path
/// of the tokens the screen is unsure of.
#[allow(clippy::too_many_arguments)]
fn decide_in_full(
    line: &str,
    before: [Option<&Tok>; 2],
    c: &Tok,
    next: Option<&Tok>,
    article: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    memo: &mut NextMemo,
) -> Option<(String, String)> {
    if c.apos != Apos::None || c.digit || c.gap == Gap::Hyphen {
        return None;
    }
    let prev = before[1];
    let word = &line[c.start..c.end];
    let last = *word.as_bytes().last()?;
    if !matches!(last, b's' | b't' | b'e' | b'm' | b'd' | b'l') || word.len() < 2 {
        return None;
    }
    if next.is_some_and(|n| n.gap == Gap::Hyphen) {
        return None;
    }
    if let Some(r) = contraction(line, word, prev, next, stats, apostrophe) {
        return Some(r);
    }
    // A form of the contraction table the rules above left alone ("lets residents return",
    // "its"): its apostrophe-s is a contraction, never a possessive.
    if last == b's'
        && !(word.len() <= 4
            && matches!(
                lowered_contraction(word.as_bytes()),
                Some(Contraction::Its | Contraction::Lets)
            ))
    {
        return possessive(
            line, word, before, c, next, article, stats, apostrophe, memo,
        );
    }
    None
}

/// Where the apostrophe goes in a contraction that lost it, counted from the end of the word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Contraction {
    /// Always a contraction.
    Sure(usize),
    /// "cant", "wont": only before a base verb.
    Modal(usize),
    /// "its": only before a word that cannot follow the possessive "its".
    Its,
    /// "Ill", "Id": only capitalised, before a base verb.
    CapitalI(usize),
    /// "Lets": only capitalised, before a base verb.
    Lets,
}

fn contraction_kind(lower: &[u8]) -> Option<Contraction> {
    use Contraction::*;
    Some(match lower {
        b"dont" | b"doesnt" | b"didnt" | b"isnt" | b"arent" | b"wasnt" | b"werent" | b"hasnt"
        | b"havent" | b"hadnt" | b"wouldnt" | b"couldnt" | b"shouldnt" | b"mustnt" | b"neednt"
        | b"mightnt" | b"aint" | b"shant" => Sure(1),
        b"youre" | b"theyre" => Sure(2),
        b"youve" | b"weve" | b"theyve" | b"couldve" | b"wouldve" | b"shouldve" | b"mightve"
        | b"mustve" | b"whove" => Sure(2),
        b"wholl" | b"therell" => Sure(2),
        b"whod" | b"itd" => Sure(1),
        b"youll" | b"theyll" | b"itll" | b"thatll" => Sure(2),
        b"youd" | b"theyd" | b"hed" | b"thered" => Sure(1),
        b"thats" | b"whats" | b"theres" | b"heres" | b"wheres" | b"whos" | b"hows" | b"hes"
        | b"shes" | b"everyones" | b"someones" | b"anyones" | b"nobodys" | b"everybodys"
        | b"somebodys" | b"anybodys" => Sure(1),
        // No plural either: "todays vote", "warmer than todays", "everyone elses".
        b"todays" | b"tonights" | b"everythings" | b"elses" => Sure(1),
        b"cant" | b"wont" => Modal(1),
        b"its" => Its,
        b"ive" => CapitalI(2),
        b"im" => CapitalI(1),
        b"ill" => CapitalI(2),
        b"id" => CapitalI(1),
        b"lets" => Lets,
        _ => return None,
    })
}

fn contraction(
    line: &str,
    word: &str,
    prev: Option<&Tok>,
    next: Option<&Tok>,
    stats: &ApostropheStats,
    apostrophe: char,
) -> Option<(String, String)> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    if !(2..=12).contains(&n) {
        return None;
    }
    // Every form in the table ends in one of these; most words are out after two bytes.
    let plausible = match bytes[n - 1] {
        b't' => bytes[n - 2] == b'n',
        b'e' => matches!(bytes[n - 2], b'r' | b'v'),
        b'l' => bytes[n - 2] == b'l',
        b'd' | b'm' => true,
        // thats, whats, lets, its; theres, heres, wheres, hes, shes, everyones; whos; hows;
        // nobodys, everybodys: plurals in -s mostly fail the first or the second test.
        b's' => {
            matches!(bytes[n - 2], b't' | b'e' | b'o' | b'w' | b'y')
                && matches!(
                    bytes[0].to_ascii_lowercase(),
                    b't' | b'w' | b'l' | b'i' | b'h' | b's' | b'e' | b'a' | b'n'
                )
        }
        _ => false,
    };
    // Only "Dont" or "dont": an all-capital "IM" or "CANT" is something else.
    if !plausible || bytes[1..].iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    let kind = lowered_contraction(bytes)?;
    // (`screen` settles "its" by these tests of the next word too: they change together.)
    let next_word = next
        .filter(|n| n.gap == Gap::Space && n.apos == Apos::None && !n.digit)
        .map(|n| &line[n.start..n.end]);
    // Only the forms that need a verb after them read it (not "its", nor the sure forms).
    let next_base = || next_word.is_some_and(|w| is_base_verb(w, stats));
    let (from_end, reason): (usize, String) = match kind {
        Contraction::Sure(k) => (k, "contraction: the form is not an English word".into()),
        Contraction::Modal(k) => {
            let after_det = prev.is_some_and(|p| tok_class(line.as_bytes(), p) & Q_DET != 0);
            if !next_base() || after_det {
                return None;
            }
            let joined = stats.get(word)[JOINED];
            (
                k,
                format!("contraction: a base verb follows (seen with apostrophe {joined}×)"),
            )
        }
        Contraction::Its => {
            let w = next_word?;
            // "its not-for-profit arm", "its still-unclear role": a compound after "its" is
            // the possessive's noun phrase.
            if next.is_some_and(|n| line.as_bytes().get(n.end) == Some(&b'-')) {
                return None;
            }
            if !after_its(w) {
                return None;
            }
            (
                1,
                "contraction: the next word cannot follow possessive its".into(),
            )
        }
        Contraction::CapitalI(k) => {
            if bytes[0] != b'I' {
                return None;
            }
            // "Ive" and "Im" are no words; "Ill" and "Id" are, so they need a verb after them.
            if (word == "Ill" || word == "Id") && !next_base() {
                return None;
            }
            // "Im" before a capitalised word is more likely the Korean surname ("Im Jae-hyun").
            if next.is_some_and(|n| n.gap == Gap::Space && n.upper_first) {
                return None;
            }
            (k, "contraction: capital I form".into())
        }
        Contraction::Lets => {
            if bytes[0] != b'L' || !next_base() {
                return None;
            }
            (1, "contraction: Let’s before a base verb".into())
        }
    };
    let split = word.len() - from_end;
    let mut after = String::with_capacity(word.len() + 3);
    after.push_str(&word[..split]);
    after.push(apostrophe);
    after.push_str(&word[split..]);
    Some((after, reason))
}

/// A word after "its" that cannot follow the possessive "its" ("its not", "its been"), in any
/// case: the contraction "it’s" before it.
fn after_its(w: &str) -> bool {
    let mut lower = [0u8; 8];
    if w.len() > lower.len() {
        return false;
    }
    for (d, s) in lower.iter_mut().zip(w.as_bytes()) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &lower[..w.len()],
        b"a" | b"an"
            | b"the"
            | b"not"
            | b"been"
            | b"also"
            | b"still"
            | b"already"
            | b"going"
            | b"getting"
            | b"always"
            | b"never"
            | b"really"
            | b"quite"
            | b"almost"
    )
}

fn is_base_verb(word: &str, stats: &ApostropheStats) -> bool {
    let f = lexicon::flags(word);
    if f & lexicon::BASE != 0 {
        return true;
    }
    if f != 0 || word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let c = stats.get(word);
    c[AFTER_PRON] >= 2 && c[AFTER_DET] == 0
}

/// A stem whose -s form cannot be a regular plural: "country" (countries), "fox" (foxes).
fn plural_impossible(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return false;
    }
    let vowel = |c: u8| matches!(c.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u');
    (b[n - 1] == b'y' && !vowel(b[n - 2]))
        || matches!(b[n - 1], b'x' | b'z')
        || stem.ends_with("ch")
        || stem.ends_with("sh")
        // Irregular plurals take no further -s: "women", "spokesmen", "children" (but
        // "omens", "specimens" are plurals of "omen", "specimen"). Each ends in n, tested
        // first: most stems are out before the list.
        // "ombudsmans", "chairmans", "spokeswomans": a compound of -man or -woman, in lower
        // case, makes its plural in -men ("human", "German" are no compounds of it).
        // ("Germans", "Coleman": a capitalised stem is a people's or a family's name.)
        || b[n - 1] == b'n'
            && b[0].is_ascii_lowercase()
            && (n > 5
                && ["sman", "rman", "eman", "yman", "lman", "tman", "hman", "woman"]
                    .iter()
                    .any(|e| stem.ends_with(e))
                // "the womans parents", "the mans car": the plain nouns too.
                || stem == "woman"
                || stem == "man")
        || matches!(b[n - 1], b'n' | b'N')
            && (stem.eq_ignore_ascii_case("men")
                || ["women", "smen", "rmen", "emen", "ymen", "children"]
                    .iter()
                    .any(|e| stem.len() > 4 && stem.ends_with(e) || stem.eq_ignore_ascii_case(e)))
}

/// The candidate a rule judges: the line, the word in -s and its stem, its token, the two
/// tokens before it and the one after, the corpus statistics, and the apostrophe to write.
#[derive(Clone, Copy)]
struct Cand<'a> {
    line: &'a str,
    word: &'a str,
    stem: &'a str,
    c: &'a Tok,
    before: [Option<&'a Tok>; 2],
    next: Option<&'a Tok>,
    stats: &'a ApostropheStats,
    /// The article the line belongs to (its other lines' evidence).
    story: Article<'a>,
    apostrophe: char,
}

impl<'a> Cand<'a> {
    /// The token right before the candidate.
    fn prev(&self) -> Option<&'a Tok> {
        self.before[1]
    }

    /// The singular possessive ("city’s") as a rule's decision, with the rule's reason.
    fn singular(&self, why: String) -> Option<(String, String)> {
        let mut after = String::with_capacity(self.word.len() + 4);
        after.push_str(self.stem);
        after.push(self.apostrophe);
        after.push('s');
        Some((after, why))
    }

    /// The plural possessive ("pilots’") as a rule's decision, with the rule's reason.
    fn plural(&self, why: String) -> Option<(String, String)> {
        let mut after = String::with_capacity(self.word.len() + 3);
        after.push_str(self.word);
        after.push(self.apostrophe);
        Some((after, why))
    }
}

/// A reason built from its parts in one allocation, for the reasons rules give most often:
/// `format!` spent about 1,800 instructions on each (its machinery, a `Debug` class, counts),
/// more than the rest of a restoration. The text is the one `format!` would make.
fn reason(parts: &[&str]) -> String {
    let mut why = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        why.push_str(p);
    }
    why
}

/// A count in decimal, as `{}` writes it, for [`reason`].
struct Decimal {
    digits: [u8; 10],
    from: usize,
}

impl Decimal {
    fn new(mut n: u32) -> Self {
        let mut digits = [b'0'; 10];
        let mut from = digits.len();
        loop {
            from -= 1;
            digits[from] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break Self { digits, from };
            }
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[self.from..]).unwrap_or_default()
    }
}

impl Next {
    /// The class's name, as `{:?}` writes it, for [`reason`].
    fn name(self) -> &'static str {
        match self {
            Next::Stop => "Stop",
            Next::Verb => "Verb",
            Next::Ambig => "Ambig",
            Next::Noun => "Noun",
            Next::Unknown => "Unknown",
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn possessive(
    line: &str,
    word: &str,
    before: [Option<&Tok>; 2],
    c: &Tok,
    next: Option<&Tok>,
    article: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    memo: &mut NextMemo,
) -> Option<(String, String)> {
    // Cheapest tests first: most words in -s are followed by punctuation or a function word.
    if next.is_none_or(|n| n.gap != Gap::Space) {
        return None;
    }
    // Three letters only for a body of the gazetteer ("the UNs humanitarian office").
    if word.len() < 4 && (word.len() < 3 || !c.upper_first || lexicon::gazetteer(&word[..2]) == 0) {
        return None;
    }
    let f = lexicon::flags(word);
    if f & (lexicon::FUNCTION | lexicon::S_WORD) != 0 {
        return None;
    }
    let next_class = memo.classify_next(line, next, stats);
    possessive_with(
        line, word, before, c, next, article, stats, apostrophe, next_class,
    )
}

/// [`possessive`] past its first tests (the word is no function word and no word in -s of its
/// own), with the next word's class: [`screen`] has it.
#[allow(clippy::too_many_arguments)]
fn possessive_with(
    line: &str,
    word: &str,
    before: [Option<&Tok>; 2],
    c: &Tok,
    next: Option<&Tok>,
    story: Article<'_>,
    stats: &ApostropheStats,
    apostrophe: char,
    next_class: Next,
) -> Option<(String, String)> {
    let prev = before[1];
    // "the ones paying for them": the pronoun, no owner.
    if word.eq_ignore_ascii_case("ones")
        && prev.is_some_and(|p| tok_is(line, p, &["the", "these", "those"]))
    {
        return None;
    }
    // What the rules read of the candidate; the stem is the word without its last letter
    // (an 's': the screen and `decide_in_full` pass only such words).
    let stem = word.get(..word.len() - 1).unwrap_or(word);
    let cx = Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        stats,
        story,
        apostrophe,
    };
    // "The State Departments spokesman", "the National Labor Relations Boards tally": an
    // institution noun that ends a name (after another capitalised word) names one body, so
    // its -s form before a lower-case word that is no function word and no mere verb is the
    // name's possessive.
    if c.upper_first
        && c.gap == Gap::Space
        && word.len() > 4
        && lexicon::word_class(&word[..word.len() - 1]) & lexicon::INSTITUTION != 0
        && prev.is_some_and(|p| p.upper_first && p.apos == Apos::None && !p.digit)
        && let Some(n) = next
        && !n.upper_first
        && !n.digit
        && lexicon::flags(&line[n.start..n.end]) & (lexicon::FUNCTION | lexicon::VERB) == 0
    {
        let stem = &word[..word.len() - 1];
        return cx.singular(format!(
            "possessive: {stem} ends a name after '{}'; next word '{}'",
            prev.map_or("", |p| &line[p.start..p.end]),
            &line[n.start..n.end]
        ));
    }
    if let Some(n) = next {
        let after = tok_bytes(line, n);
        // "Fix the pipes first, then …": an ordinal that ends its clause heads no noun
        // phrase, so it is an adverb, and the word before it no possessor.
        let clause_end = || {
            line[n.end..]
                .chars()
                .next()
                .is_none_or(|ch| matches!(ch, ',' | '.' | ';' | ':' | '!' | '?' | '”' | '"' | ')'))
        };
        // "the prisons inspectorate", "the roads directorate": such a body is named after the
        // plural of what it oversees, not owned.
        if [&b"first"[..], b"second", b"third", b"last"].contains(&after) && clause_end()
            || [&b"inspectorate"[..], b"directorate"].contains(&after)
        {
            return None;
        }
    }
    // The rules below, each asked only when the test its first lines make holds, by the
    // candidate's place and the next word's first byte: most candidates call none of them.
    let at_start = prev.is_none_or(|p| p.start == 0) && before[0].is_none();
    let next_first = next.map_or(0, |n| line.as_bytes()[n.start]);
    if at_start && prev.is_some() && headline_verb(&cx) {
        return None;
    }
    let open_class = !matches!(next_class, Next::Stop | Next::Verb);
    let pre = match next_first {
        b'c' | b'l' | b's' | b'f' => a_bodys_officer(&cx),
        _ => None,
    }
    .or_else(|| {
        // (Rules that [`screen`] lets through only before a word of these classes.)
        if !open_class {
            return None;
        }
        let named = if next_first.is_ascii_uppercase() {
            a_things_named_part(&cx)
        } else {
            None
        };
        named
            .or_else(|| {
                if at_start {
                    headline_peoples_thing(&cx)
                } else {
                    None
                }
            })
            .or_else(|| match next_first {
                b'w' | b'W' | b'm' | b'M' | b'c' | b'C' => before_a_sides_people(&cx),
                _ => None,
            })
    });
    if let Some(r) = pre {
        return Some(r);
    }
    if let Some(r) = titled_name_in_s(&cx, next_class)
        .or_else(|| name_in_s_sss(&cx))
        .or_else(|| one_of_a_kin(&cx))
        .or_else(|| if next_first == b'g' { gone(&cx) } else { None })
    {
        return Some(r);
    }
    if matches!(next_class, Next::Stop | Next::Verb) {
        return been(&cx)
            .or_else(|| a_persons_place(&cx, next_class))
            .or_else(|| before_only(&cx))
            .or_else(|| no_plural_form(&cx, next_class))
            .or_else(|| before_a_count(&cx))
            .or_else(|| one_span_before_a_verb(&cx, next_class))
            .or_else(|| one_thing_is(&cx))
            .or_else(|| subject_is(&cx));
    }
    // General word classes (data/apostrophe/word_classes.txt): of the -s form ("workers",
    // "sales") and of its stem ("today", "year", "son").
    let word_class = lexicon::word_class(word);
    if word_class & lexicon::PLURAL_MODIFIER != 0 {
        return None;
    }
    // "the towns two car parks": a count after the -s form makes the next word's class a stop
    // (`classify_next`), so `before_a_count` is asked in the branch above and would find no
    // count here.
    debug_assert!(before_a_count(&cx).is_none());
    if let Some(r) = before_a_superlative(&cx).or_else(|| singular_quantifier(&cx, next_class)) {
        return Some(r);
    }
    let stem = &word[..word.len() - 1];
    let cap = c.upper_first;
    if let Some(r) = weekday(&cx, next_class) {
        return Some(r);
    }
    if let Some(r) = headline_thing(&cx) {
        return Some(r);
    }
    if let Some(r) = counted_owners(&cx) {
        return Some(r);
    }
    if let Some(r) = group_of_people(&cx, word_class) {
        return Some(r);
    }
    if let Some(r) = people_without_determiner(&cx, word_class) {
        return Some(r);
    }
    if let Some(r) = person_of_a_thing(&cx) {
        return Some(r);
    }
    // (Before the endings' tests: "St. Aldrics Church" ends like "robotics".)
    if c.upper_first
        && let Some(r) = saints_name(&cx)
    {
        return Some(r);
    }
    if let Some(r) = sole_holders_office(&cx) {
        return Some(r);
    }
    if word.ends_with("ss") {
        return double_s(&cx, next_class);
    }
    // "Paris", "crisis", "status": unless the stem itself is attested
    // ("Kowalski"), these endings make words of their own.
    if (word.ends_with("us") || word.ends_with("is")) && stats.get(stem)[BARE] == 0 {
        return None;
    }
    // "robotics", "economics": the stem is an adjective ("a robotic arm"), so standing alone
    // does not attest it as a possessor; only "robotic’s" itself would.
    if word.ends_with("ics") && stats.get(stem)[POSS] == 0 {
        return None;
    }
    let w = stats.get(word);
    let s = stats.get(stem);
    let poss = s[POSS];
    let poss_pl = w[POSS_PL];
    let stem_head = s[BARE] > 0 && s[STOP_AFTER] > 0;
    let stem_class = lexicon::word_class(stem);
    if let Some(r) = time_span(&cx, stem_class, next_class) {
        return Some(r);
    }
    // "todays", "everythings", "Novembers", "womens": the -s form is no plural.
    let form_sure = plural_impossible(stem) || stem_class & lexicon::NOT_PLURAL != 0;
    let next_word = next.map_or("", |n| &line[n.start..n.end]);
    if cap {
        if let Some(r) = saints_name(&cx) {
            return Some(r);
        }
        // "Residents access", "Nurses groups": a person noun that starts a sentence.
        // The words before it are the last sentence's.
        if word_class & lexicon::PERSON_PLURAL != 0 && c.gap == Gap::Sentence {
            return person_plural(
                &Cand {
                    before: [None, None],
                    ..cx
                },
                next_class,
            );
        }
        // "Americans." / "Hamas said" elsewhere: the -s form is a word of its own.
        if w[STOP_AFTER] > 0 || w[AFTER_PLURAL] > 0 {
            return None;
        }
        // "two Koreas", "both Smiths": after a number or plural quantifier, a plural; not a
        // number that ends the sentence before ("on Feb. 14. Reillys colleagues").
        if poss == 0
            && c.gap != Gap::Sentence
            && prev.is_some_and(|p| p.digit || tok_class(line.as_bytes(), p) & Q_PLURAL != 0)
        {
            return None;
        }
        // The gazetteer (world knowledge: countries, capitals, international bodies) attests
        // a stem the corpus may never show alone ("Qatars emir"), also as the last word of a
        // name of two or three words ("North Koreas", "the World Food Programmes director");
        // a listed name that ends in s ("Wales", "Honduras") is a word of its own.
        if lexicon::gazetteer(word) | gazetteer_span(line, before, c, c.end) != 0 {
            return None;
        }
        let gaz = lexicon::gazetteer(stem) | gazetteer_span(line, before, c, c.end - 1);
        // A sentence's first word has its capital from the sentence ("Airports new terminal
        // opens late"): the lower-case word's counts speak for it, its stem seen alone and its
        // -s form never seen standing alone, and a plain noun must follow.
        let opening_attested = || {
            let lower = word.to_ascii_lowercase();
            let (lw, ls) = (stats.get(&lower), stats.get(&lower[..lower.len() - 1]));
            ls[BARE] + ls[POSS] > 0 && lw[STOP_AFTER] + lw[AFTER_PLURAL] == 0
        };
        // A name's form says little of plurals: "Rhys", "Gladys" end like "todays" but are
        // names of their own, so a stem in consonant + y that the lexicon does not know
        // ("Rhy") is attested by nothing ("Daddys", "Helixs", "Fishermens" still are: "daddy"
        // is a common noun).
        let form_sure =
            form_sure && (stem_class != 0 || !stem.ends_with('y') || lexicon::common_noun(stem));
        if poss == 0
            && s[BARE] == 0
            && !form_sure
            && gaz == 0
            && !(c.gap == Gap::Sentence
                && next_class == Next::Noun
                && word.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
                && next.is_none_or(|n| !particle_follows(line, n))
                && opening_attested())
        {
            return None;
        }
        // A stem used as an adjective ("Russian forces") makes the -s form a plural noun; a
        // country's name is no adjective ("Azerbaijan", "Pakistan").
        let demonym = (stem.ends_with("an") || stem.ends_with('i')) && s[ATTRIB] > 0;
        if demonym && poss == 0 && gaz == 0 {
            return None;
        }
        // "the Russians", "the Williams sisters": after "the", a capitalised -s form is a
        // plural or a family name, unless the corpus shows the stem with an apostrophe or
        // after a determiner itself ("the Kremlin"), or it is an international body ("the
        // EUs fleets").
        if poss == 0
            && s[AFTER_DET] == 0
            && gaz & lexicon::BODY == 0
            && prev.is_some_and(|p| {
                c.gap == Gap::Space && tok_bytes(line, p).eq_ignore_ascii_case(b"the")
            })
        {
            return None;
        }
        // Inside a multi-word name ("United States"), the name with the stem must be attested
        // (by the corpus or the gazetteer), unless the -s form can be no plural ("Hartfield
        // Universitys school": a common noun in consonant + y makes its plural in -ies).
        if let Some(p) = prev {
            let pw = &line[p.start..p.end];
            if poss == 0
                && gaz == 0
                && !(form_sure && stem.ends_with('y'))
                && c.gap == Gap::Space
                && p.upper_first
                && p.apos == Apos::None
                && tok_class(line.as_bytes(), p) == 0
                && stats.pair(pw, stem) == 0
            {
                return None;
            }
        }
        // A school takes its place's name as it stands ("Brookfields Primary School",
        // "Hillside Academy"): only the corpus's apostrophes make it a possessive (saints'
        // schools are decided above).
        if poss == 0 && next.is_some_and(|n| n.upper_first && tok_is(line, n, SCHOOL_WORDS)) {
            return None;
        }
        let ok = match next_class {
            Next::Noun => true,
            Next::Ambig | Next::Unknown => poss > 0 || form_sure || stem_head || gaz != 0,
            Next::Stop | Next::Verb => false,
        };
        if !ok {
            return None;
        }
        // The commonest reason: by hand (see `reason`).
        return cx.singular(reason(&[
            "possessive: ",
            stem,
            "’s seen ",
            Decimal::new(poss).as_str(),
            "×, ",
            stem,
            " alone ",
            Decimal::new(s[BARE]).as_str(),
            "×, ",
            word,
            " never stands alone; next word '",
            next_word,
            "' is ",
            next_class.name(),
        ]));
    }
    // Lower case: the -s form is usually a real plural too, so the evidence must be stronger.
    if stem.len() < 3 {
        return None;
    }
    if form_sure {
        if matches!(next_class, Next::Noun | Next::Ambig | Next::Unknown) {
            return cx.singular(reason(&[
                "possessive: ",
                word,
                " cannot be a plural of ",
                stem,
                "; next word '",
                next_word,
                "' is ",
                next_class.name(),
            ]));
        }
        return None;
    }
    // Not a verb: a plural subject ("the rebels control") would be followed by a base verb,
    // unless "is", "has" or a modal follows it ("the boards vote is").
    let next_nominal = next_class == Next::Noun
        || matches!(next_class, Next::Ambig | Next::Unknown)
            && next.is_some_and(|n| {
                !is_base_verb(&line[n.start..n.end], stats) || singular_verb_follows(line, n)
            });
    // After "a", "an", "one" or "another" the -s form is no plural subject, so the next word may be a
    // noun/verb homograph: "a weeks pay" (see the time-noun rule below).
    let after_a = c.gap == Gap::Space
        && prev.is_some_and(|p| {
            p.apos == Apos::None && tok_is(line, p, &["a", "an", "one", "another"])
        });
    // One span whatever plural possessives the corpus holds ("two weeks’ notice" elsewhere
    // says nothing of "a weeks pay").
    if after_a && stem_class & lexicon::TIME != 0 {
        return cx.singular(format!(
            "possessive: time noun {stem} after a singular determiner; next word '{next_word}' is {next_class:?}"
        ));
    }
    // A time noun after "this" is never a plural ("This years show features …"), after "the"
    // and a word of order before a singular noun it is one span ("the previous years total",
    // "the opening nights headliner"; "the first days problems" may be several days').
    // "This years show" is one year's whatever the corpus holds; "the past years figure" may
    // be several years', so a word of order needs no plural possessive in the corpus.
    if stem_class & lexicon::TIME != 0
        && c.gap == Gap::Space
        && next.is_some_and(|n| !n.upper_first && n.gap == Gap::Space)
        && let Some(p) = prev.filter(|p| p.apos == Apos::None)
    {
        let p_word = &line[p.start..p.end];
        let after_this = p_word.eq_ignore_ascii_case("this")
            && matches!(next_class, Next::Noun | Next::Ambig | Next::Unknown);
        let in_order = poss_pl == 0
            && next_class == Next::Noun
            && !plural_shaped(next_word)
            && TIME_ORDER.iter().any(|o| o.eq_ignore_ascii_case(p_word))
            && before[0].is_some_and(|d| {
                d.apos == Apos::None && tok_bytes(line, d).eq_ignore_ascii_case(b"the")
            });
        if after_this || in_order {
            return cx.singular(format!(
                "possessive: time noun {stem} after '{p_word}'; next word '{next_word}' is {next_class:?}"
            ));
        }
    }
    if let Some(r) = modifier_before_head(&cx) {
        return Some(r);
    }
    if !next_nominal {
        return None;
    }
    let prev_class = prev.map_or(0, |p| tok_class(line.as_bytes(), p));
    let plural_marker = prev_class & Q_PLURAL != 0 || prev.is_some_and(|p| p.digit);
    // "six months old", "two weeks early": after a span of time the word is its predicate.
    let span_predicate = stem_class & lexicon::TIME != 0
        && AFTER_A_SPAN
            .iter()
            .any(|a| a.eq_ignore_ascii_case(next_word));
    if next_class == Next::Noun
        && !span_predicate
        && (poss_pl > 0 && poss == 0 && w[STOP_AFTER] == 0 || poss_pl > 2 * poss && plural_marker)
    {
        return cx.plural(format!(
            "plural possessive: {word}’ seen {poss_pl}×; next word '{next_word}' is a noun"
        ));
    }
    // (Not right after a possessive, but for kin: "the state’s mines rescue brigade" names
    // what the state has, "her husband’s fathers medals" is a chain of kin.)
    if next_class == Next::Noun
        && poss > 0
        && poss_pl == 0
        && !plural_marker
        && w[STOP_AFTER] + w[AFTER_PLURAL] == 0
        && prev.is_none_or(|p| {
            matches!(p.apos, Apos::None | Apos::Other) || stem_class & lexicon::KIN != 0
        })
    {
        return cx.singular(format!(
            "possessive: {stem}’s seen {poss}×, {word} never stands alone; next word '{next_word}' is a noun"
        ));
    }
    // People are mostly possessors as a group ("the workers union", "our customers safety"):
    // without singular apostrophe evidence, a person noun never becomes "worker’s".
    if word_class & lexicon::PERSON_PLURAL != 0 && poss == 0 {
        return person_plural(&cx, next_class);
    }
    let prev_word = prev.map_or("", |p| &line[p.start..p.end]);
    let prev_is = |list: &[&str]| {
        c.gap == Gap::Space
            && prev.is_some_and(|p| p.apos == Apos::None)
            && list.iter().any(|d| d.eq_ignore_ascii_case(prev_word))
    };
    // Kin after a possessive determiner: "his sons grades" is "his son’s grades" far more
    // often than a plural (a plural subject would be followed by a verb, rejected above).
    if stem_class & lexicon::KIN != 0
        && poss_pl == 0
        && prev_is(&["my", "his", "her", "your", "our", "their"])
    {
        return cx.singular(format!(
            "possessive: kin noun {stem} after '{prev_word}'; next word '{next_word}' is {next_class:?}"
        ));
    }
    // A time noun after a/an/one, or after last/next/this/that that follow no determiner: "a
    // weeks pay", "last years winner" (but "the last years of", "over the next weeks"). One
    // span, so a singular whatever plural possessives of the word the corpus holds ("three
    // years’ work" elsewhere says nothing of "last years winner").
    if stem_class & lexicon::TIME != 0
        && (prev_is(&["a", "an", "one"])
            || prev_is(&["last", "next", "this", "that"])
                && before[0].is_none_or(|d| {
                    !d.digit && tok_class(line.as_bytes(), d) & (Q_DET | Q_PLURAL) == 0
                })
                // "said that years pass": "that" after a verb opens a clause.
                && !(prev_word.eq_ignore_ascii_case("that")
                    && before[0].is_some_and(|d| {
                        let v = &line[d.start..d.end];
                        lexicon::flags(v) & (lexicon::VERB | lexicon::BASE) != 0
                            || v.len() > 4 && v.ends_with("ed")
                            || CLAUSE_VERBS.iter().any(|c| c.eq_ignore_ascii_case(v))
                    })))
    {
        return cx.singular(format!(
            "possessive: time noun {stem} after '{prev_word}'; next word '{next_word}' is {next_class:?}"
        ));
    }
    // Little or no apostrophe evidence: "the hospitals foundation". After a singular-compatible
    // determiner and before a word that is not a verb, the -s form is a possessive or a
    // modifying plural ("the weapons program"); the singular possessive is taken when the -s
    // form is never used as a plural elsewhere, or the singular is used more often than it.
    let singular_det = prev.is_some_and(|p| {
        p.gap != Gap::Hyphen
            && c.gap == Gap::Space
            && tok_is(
                line,
                p,
                &[
                    "the", "this", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                    "each", "every", "last", "next", "whose",
                ],
            )
    });
    let plural_uses = w[STOP_AFTER] + w[AFTER_PLURAL];
    // The singular possessive is attested and a plain noun follows a singular determiner: the
    // plural reading would need a compound ("the firms strategy"), far rarer than "firm’s".
    if poss > 0 && poss_pl == 0 && singular_det && next_class == Next::Noun {
        return cx.singular(reason(&[
            "possessive: ",
            stem,
            "’s seen ",
            Decimal::new(poss).as_str(),
            "×; after a determiner, next word '",
            next_word,
            "' is a noun",
        ]));
    }
    // A word the lexicon does not make a noun is one when a finite verb follows it ("The home
    // crowds roar could be heard", "The regulators report found"): two finite verbs do not
    // follow each other.
    // An adverb may stand between a plural subject and its verb ("The districts today said",
    // "the firms jointly said"): not a time deictic or an -ly word. A capitalised word may
    // start a name, but an acronym of two to four capitals is a noun ("The towns MP said").
    let acronym =
        (2..=4).contains(&next_word.len()) && next_word.bytes().all(|b| b.is_ascii_uppercase());
    let head_by_verb = matches!(next_class, Next::Ambig | Next::Unknown)
        && !next_word.ends_with("ly")
        && lexicon::word_class(next_word) & (lexicon::NOT_PLURAL | lexicon::TIME_ADVERB) == 0
        && next.is_some_and(|n| (!n.upper_first || acronym) && finite_verb_follows(line, n));
    // A word known by nothing right before a preposition is more likely the plural's verb
    // than its head ("people on the islands depend on us"): "rely on", "turn to", "vote for".
    // A word in -s is no verb of a plural subject ("the decks joints for years").
    let unknown_verb = next_class == Next::Unknown
        && !plural_shaped(next_word)
        && next.is_some_and(|n| {
            let after = word_after(line, n);
            [
                "on", "upon", "in", "into", "onto", "to", "for", "with", "at", "from", "about",
                "against", "through",
            ]
            .contains(&after)
        });
    if unknown_verb {
        return None;
    }
    let plural_ok = plural_uses == 0
        || (next_class == Next::Noun || head_by_verb)
            && s[BARE] > 0
            && s[BARE] + poss >= plural_uses
        || s[BARE] > 0 && s[BARE] + poss > plural_uses;
    // An unattested stem ("tomatoe" from "the tomatoes split") needs a plain noun after it,
    // and must be a noun of the lexicon or a person itself: "the docks area" (a verb too) is
    // left to the corpus.
    let stem_ok = s[BARE] > 0
        || poss > 0
        || lexical_noun(next_word) && (lexical_noun(stem) || lexicon::animate(stem));
    // A possessive determiner says nothing about number ("our customers’ safety", "his son’s
    // grades"): without apostrophe evidence only an article or a singular determiner will do.
    let is_article_word = |w: &[u8]| {
        ["the", "this", "a", "an", "each", "every", "last", "next"]
            .iter()
            .any(|d| d.as_bytes().eq_ignore_ascii_case(w))
    };
    let is_article = |p: &Tok| is_article_word(tok_bytes(line, p));
    let article = prev.is_some_and(is_article);
    // "the prime ministers office", "the police departments overtime": an article, then one
    // lower-case modifier that is no function word, no number and no plural, then the -s form.
    let plain_modifier = |m: &Tok| {
        m.gap == Gap::Space
            && !m.upper_first
            && !m.digit
            && m.apos == Apos::None
            && tok_class(line.as_bytes(), m) == 0
            && lexicon::flags(&line[m.start..m.end]) & (lexicon::FUNCTION | lexicon::VERB) == 0
            && !tok_bytes(line, m).ends_with(b"s")
    };
    // One or two modifiers: "the prime ministers office", "the state health departments
    // director" (the article before two modifiers is read back from the line).
    let modified = !article
        && c.gap == Gap::Space
        && matches!(before, [Some(d), Some(m)] if plain_modifier(m)
            && (is_article(d) || plain_modifier(d) && is_article_word(word_before(line, d).as_bytes())))
        // The modifier could be the subject and the -s form its verb ("the win leaves City
        // behind"): the stem must be a noun by the corpus (after a determiner, never after a
        // pronoun) or by the lexicon, and a plain lower-case noun must follow.
        && (s[AFTER_DET] > 0 || poss > 0 || lexical_noun(stem) || lexicon::animate(stem))
        && s[AFTER_PRON] + w[AFTER_PRON] == 0
        && (matches!(next_class, Next::Noun | Next::Unknown)
            // After "a small", the -s form is no plural head, so a homograph after it is its
            // noun ("a small towns tax base").
            || next_class == Next::Ambig
                && before[0].is_some_and(|d| {
                    ["a", "an"].iter().any(|a| a.as_bytes().eq_ignore_ascii_case(tok_bytes(line, d)))
                }))
        && next.is_some_and(|n| !n.upper_first && tok_class(line.as_bytes(), n) == 0);
    // "a government roads grant", "the city parks department": after a modifier that names a
    // public body, the -s form names the sector the body runs (roads, parks, schools), a
    // plural that modifies, not an owner.
    // Not a body itself ("the county boards meeting") nor a person ("the city attorneys
    // office").
    if modified
        && before[1].is_some_and(|m| tok_is(line, m, PUBLIC_BODIES))
        && !plural_shaped(next_word)
        && stem_class & lexicon::INSTITUTION == 0
        && inanimate_noun(stem, &s)
    {
        return None;
    }
    let (singular_det, article) = if modified {
        (true, true)
    } else {
        (singular_det, article)
    };
    let head_plural = plural_shaped(next_word);
    // After an article and before a singular noun, a plural that modifies ("the towns
    // reservoir" read as a compound) is rare but for the lexicalised plural modifiers ("the
    // sales team", rejected above), however often the plural is used elsewhere ("groups"):
    // the singular possessive, if the stem is attested, or a plain noun follows and the -s
    // form is never used as a plural ("the pilots union": "pilots" seen as a plural, "pilot"
    // never alone, may well be plural). A noun/verb
    // homograph counts as the head when "is", "has" or a modal follows it ("The boards vote
    // is expected").
    // Nor people never named alone ("the marshals response": the corpus knows no one
    // marshal): a singular possessor would need one.
    let people_after_the = (plural_uses > 0 || s[BARE] + poss == 0)
        && !modified
        && prev_word.eq_ignore_ascii_case("the")
        && lexicon::animate(stem);
    let noun_head = next_class == Next::Noun || head_by_verb;
    // "their clients bookings", "its rivals batteries": after a possessive determiner, a
    // person's -s form before a plural noun is an owner (no plural subject takes a verb in
    // -s), and most often many ("her regulars’ names"), unless the story names one alone
    // more often than it uses the -s form elsewhere. Kin are read above; after a verb of two
    // objects the plural is the first ("gives its customers marks").
    let after_possessive_det = c.gap == Gap::Space
        && prev.is_some_and(|p| {
            p.apos == Apos::None
                && tok_is(
                    line,
                    p,
                    &["my", "his", "her", "your", "our", "their", "its"],
                )
        });
    if after_possessive_det
        && poss == 0
        && lexicon::animate(stem)
        && stem_class & lexicon::KIN == 0
        && plural_shaped(next_word)
        && next_class != Next::Stop
        && next.is_some_and(|n| !n.upper_first)
        && !before[0].is_some_and(|v| tok_is(line, v, TWO_OBJECT_VERBS))
        // "One of his clients faces charges": after "of" the plural may be the subject's
        // complement, and its verb takes an -s.
        && !before[0].is_some_and(|v| tok_is(line, v, &["of"]))
        // "reminded its supporters tickets were limited": after a verb, a head with a finite
        // verb after it may open a clause of its own.
        && !(before[0].is_some_and(|v| {
            let vw = &line[v.start..v.end];
            lexicon::flags(vw) & (lexicon::VERB | lexicon::BASE) != 0
                || vw.len() > 4 && vw.ends_with("ed")
        }) && next.is_some_and(|n| finite_verb_follows(line, n)))
        && next.is_none_or(|n| !clause_without_object(line, n, stats))
        && next.is_some_and(|n| !object_follows(line, n))
    {
        let (alone, forms) = story.forms(stem);
        let others = forms.saturating_sub(1);
        let pw = prev.map_or("", |p| &line[p.start..p.end]);
        if alone > 0 && alone > others {
            return cx.singular(format!(
                "possessive: after '{pw}', before the plural noun '{next_word}'; the story names one {stem} alone {alone}× and uses {word} {others}× elsewhere"
            ));
        }
        return cx.plural(format!(
            "plural possessive: people after '{pw}', before the plural noun '{next_word}'"
        ));
    }
    // "The judges order" is one judge's or a panel's, and the corpus cannot tell: the story
    // can. One that names the person alone ("the judge") more often than it uses the -s form
    // elsewhere speaks of one; one that never names one alone but uses the -s form elsewhere
    // speaks of several ("the riders’ names").
    if people_after_the
        && (noun_head || head_plural)
        && next.is_some_and(|n| !object_follows(line, n))
        // "gave the riders numbers": after a verb of two objects, the plural is the first.
        && !before[0].is_some_and(|v| tok_is(line, v, TWO_OBJECT_VERBS))
        && next.is_some_and(|n| !n.upper_first || next_class == Next::Noun)
        && !(next_class == Next::Ambig && next_word.ends_with("ed"))
        && next.is_none_or(|n| !clause_without_object(line, n, stats))
    {
        let (alone, forms) = story.forms(stem);
        let others = forms.saturating_sub(1);
        if alone > 0 && alone > others {
            return cx.singular(format!(
                "possessive: after 'the', before '{next_word}'; the story names one {stem} alone {alone}× and uses {word} {others}× elsewhere"
            ));
        }
        if alone == 0 && others > 0 && poss == 0 {
            return cx.plural(format!(
                "plural possessive: after 'the', before '{next_word}'; the story never names one {stem} alone and uses {word} {others}× elsewhere"
            ));
        }
    }
    // A thing's plural possessive in the corpus ("the schools’ results") does not make every
    // "the schools kitchen" a plural's: a corpus of any size holds a few. The singular
    // possessive seen at least twice as often still decides for one owner; people, whose
    // plural possessives are as common, keep needing none.
    let one_owner = poss_pl == 0 || poss >= 2 * poss_pl && inanimate_noun(stem, &s);
    if one_owner
        && !modified
        && article
        && noun_head
        && !head_plural
        && stem_ok
        && s[BARE] + poss > 0
        // People used as a plural elsewhere are as often many possessors right after "the"
        // ("The judges chair" of a prize's panel): only the corpus's apostrophes could tell.
        && !people_after_the
    {
        return cx.singular(reason(&[
            "possessive: after '",
            prev_word,
            "', before the singular noun '",
            next_word,
            "'; ",
            stem,
            " alone ",
            Decimal::new(s[BARE]).as_str(),
            "× against ",
            Decimal::new(plural_uses).as_str(),
            " plural uses of ",
            word,
        ]));
    }
    // Before a plural noun head, after an article, the -s form needs an apostrophe whichever
    // its number ("the governments priorities": no plural noun modifies a plural head but the
    // lexicalised ones, rejected above), so how often it is a plural elsewhere says nothing.
    // Singular or plural possessor is the question: a thing, a place or a body is far more
    // often one ("the government’s priorities", "the town’s schools"), while people, animals
    // and plants are as often many ("the kids’ backpacks", "the ministers’ remarks"), so only
    // a known noun that names none of them (data/apostrophe/animate.txt) is taken, and an
    // unknown agent noun ("lawmakers", "carmakers") is left alone.
    if one_owner
        && article
        && head_plural
        // A homograph in -s is no verb after a plural ("the firms engineers"), nor is a word
        // in -s the lexicon does not know right after "the" and the -s form ("the decks
        // joints"): a plural subject's verb has no -s.
        && (matches!(next_class, Next::Noun | Next::Ambig)
            || next_class == Next::Unknown && !modified)
        && next.is_some_and(|n| !n.upper_first)
        // "over the next weeks talks": a time noun after last/next is the plural; right after
        // "the", "this" or "that" it is one span's ("the days takings", "this weeks talks").
        && (stem_class & lexicon::TIME == 0
            || !modified && ["the", "this", "that"].iter().any(|d| d.eq_ignore_ascii_case(prev_word)))
        // "the dates payments are due", "the ways people live": a noun that heads a clause
        // without "that" is no owner of the plural after it.
        && !CLAUSE_HEADS.iter().any(|h| h.eq_ignore_ascii_case(stem))
        // "the calls bats make as they hunt": a plural and a verb without its object after
        // the -s form are a clause without "that" ("the plants owners expect to spend" has
        // the verb's complement).
        && next.is_none_or(|n| !clause_without_object(line, n, stats))
        && inanimate_noun(stem, &s)
    {
        return cx.singular(format!(
            "possessive: the thing {stem} before the plural noun '{next_word}', after '{prev_word}'"
        ));
    }
    // A capitalised word after a lower-case -s form starts a name or a quote ("the kids
    // Daddy’s coming home"), no head, unless the lexicon knows it as a noun.
    let capital_next = next.is_some_and(|n| n.upper_first) && next_class != Next::Noun;
    // "A pawn shops records": "a" or "an", right before the -s form or before its modifier,
    // goes with the possessor or with the head, and neither a plural possessor nor a plural
    // head takes it. Before a plural head the possessor is then one ("a pawn shop’s
    // records"), whoever it is, however often the -s form is a plural elsewhere. Before a
    // singular head the -s form may be many people ("a local seafarers’ mission"), left, or
    // a plural that modifies ("a mobile payments app"), left to the corpus's counts.
    let indefinite = c.gap == Gap::Space
        && (if modified { before[0] } else { prev }).is_some_and(|d| {
            d.apos == Apos::None
                && ["a", "an"]
                    .iter()
                    .any(|a| a.as_bytes().eq_ignore_ascii_case(tok_bytes(line, d)))
        });
    // "the doors locked behind them": a word in -ed that may be a noun or a verb is, after
    // an -s form, its verb far more often than a head.
    let past_verb_next = next_class == Next::Ambig && next_word.ends_with("ed");
    if poss_pl == 0
        && singular_det
        && article
        && (plural_ok || indefinite && head_plural)
        && stem_ok
        && !capital_next
        && !people_after_the
        && !past_verb_next
    {
        // Nothing in the corpus says singular or plural possessor. Before a plural head ("the
        // ministers remarks", "the kids backpacks") both readings are common, and how often
        // the stem stands alone does not tell them apart (seed 000 names one minister many
        // times, then "the ministers remarks" of two): leave it.
        if poss == 0
            && (head_plural && !indefinite || indefinite && !head_plural && lexicon::animate(stem))
        {
            return None;
        }
        return cx.singular(format!(
            "possessive: {stem} alone {}× against {plural_uses} plural uses of {word}; after a determiner{}, next word '{next_word}' is {next_class:?}",
            s[BARE],
            if modified { " and a modifier" } else { "" }
        ));
    }
    // "the forces rural crime team", "the towns grammar school": a thing the corpus uses as
    // a plural more often, after "the" before a singular head, in a story that names one
    // alone more often than it uses the -s form elsewhere: that one's.
    if article
        && !modified
        && prev_word.eq_ignore_ascii_case("the")
        && (noun_head
            || next_class == Next::Unknown && next.is_some_and(|n| !object_follows(line, n)))
        && !head_plural
        && !capital_next
        && !past_verb_next
        && poss_pl == 0
        && next.is_none_or(|n| !clause_without_object(line, n, stats))
        && inanimate_noun(stem, &s)
    {
        let (alone, forms) = story.forms(stem);
        if alone > 0 && alone > forms.saturating_sub(1) {
            return cx.singular(format!(
                "possessive: the thing {stem} after 'the', before '{next_word}'; the story names one alone {alone}× and uses {word} {}× elsewhere",
                forms.saturating_sub(1)
            ));
        }
    }
    None
}

/// Modifiers that name a public body, before the sector it runs ("a government roads grant").
const PUBLIC_BODIES: &[&str] = &[
    "government",
    "council",
    "county",
    "city",
    "state",
    "federal",
    "national",
    "public",
];

/// After the token `n`, a base verb with nothing of its own after it: punctuation, the line's
/// end, or a word that opens another clause ("bats make as they hunt").
fn clause_without_object(line: &str, n: &Tok, stats: &ApostropheStats) -> bool {
    let v = word_after(line, n);
    if v.is_empty() {
        return false;
    }
    let base = is_base_verb(v, stats);
    let rest = &line[n.full_end + 1 + v.len()..];
    if base {
        let Some(r) = rest.strip_prefix(' ') else {
            return true;
        };
        if CLAUSE_OPENERS.contains(&leading_letters(r)) {
            return true;
        }
    }
    // "the rusting frames traders have complained about for years", "the rules players
    // objected to.": a preposition with no object of its own after the verb (a past
    // participle after a base verb, or a past tense) is stranded by a clause without "that".
    if !base && !v.ends_with("ed") {
        return false;
    }
    let Some(mut r) = rest.strip_prefix(' ') else {
        return false;
    };
    let mut w = leading_letters(r);
    if base && w.len() > 4 && w.ends_with("ed") {
        let Some(after) = r[w.len()..].strip_prefix(' ') else {
            return false;
        };
        r = after;
        w = leading_letters(r);
    }
    if ![
        "about", "with", "to", "on", "for", "of", "at", "into", "from",
    ]
    .contains(&w)
    {
        return false;
    }
    let after = &r[w.len()..];
    match after.strip_prefix(' ') {
        Some(a) => CLAUSE_OPENERS.contains(&leading_letters(a)) || leading_letters(a) == "for",
        None => after.is_empty() || after.starts_with([',', '.', ';', ':', '!', '?']),
    }
}

/// The words that name a school after its place's name ("Brookfields Primary School").
const SCHOOL_WORDS: &[&str] = &[
    "primary",
    "infants",
    "infant",
    "junior",
    "juniors",
    "academy",
    "school",
    "college",
    "grammar",
    "comprehensive",
];

/// Words that open another clause right after a verb with nothing of its own ("bats make as
/// they hunt").
const CLAUSE_OPENERS: &[&str] = &[
    "as", "when", "while", "because", "if", "before", "after", "and", "but",
];

/// Nouns that head a clause without "that" ("the dates payments are due", "the ways people
/// live", "the reasons families leave"): before a plural noun, their -s form is the plural.
const CLAUSE_HEADS: &[&str] = &[
    "way", "reason", "date", "moment", "extent", "manner", "place",
];

/// Verbs that "that" follows as the start of a clause ("said that years pass"), beside the
/// lexicon's verbs and words in -ed.
const CLAUSE_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "think", "thinks", "thought", "believe", "believes",
    "know", "knows", "knew", "found", "finds", "show", "shows", "shown", "mean", "means", "meant",
    "hope", "hopes", "fear", "fears", "suggest", "suggests", "argue", "argues", "warn", "warns",
];

/// Words of order before a time noun that make it one span ("the previous year’s total", "the
/// opening night’s headliner").
const TIME_ORDER: &[&str] = &[
    "previous",
    "opening",
    "closing",
    "final",
    "first",
    "second",
    "third",
    "following",
    "preceding",
    "past",
    "coming",
];

/// What a saint's name in the possessive names ("St. Mark’s Church", "St Anne’s Hospital",
/// "St. Patrick’s Day"): general English, the word after the name.
const SAINTS_INSTITUTIONS: &[&str] = &[
    "church",
    "cathedral",
    "chapel",
    "basilica",
    "abbey",
    "priory",
    "parish",
    "episcopal",
    "catholic",
    "anglican",
    "lutheran",
    "methodist",
    "hospital",
    "infirmary",
    "hospice",
    "school",
    "college",
    "academy",
    "primary",
    "seminary",
    "day",
    "eve",
];

/// "St. Marks Episcopal Church", "St Annes Hospital": after "St." (or "St"), a capitalised
/// name in -s is the saint's possessive, the name of a church, school or hospital. Names in
/// -ss, -us, -is, -as and -os end in s themselves ("St. Thomas", "St. Louis", "St. Francis"),
/// and a name in -es only keeps its e when the corpus shows that stem alone ("Anne" for
/// "Annes", never "Jame" for "St. James"); a contraction form is no stem ("St. Ives").
/// Whether an adverb particle follows the token ("walk out", "set up"): the token is then a
/// verb, though the lexicon knows it as a noun ("Dockers walk out over …").
fn particle_follows(line: &str, n: &Tok) -> bool {
    let Some(rest) = line[n.end..].strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    ["out", "up", "off", "down", "away", "back"].contains(&word)
}

/// Courtesy titles before a surname.
const TITLES: &[&str] = &["Mr", "Ms", "Mrs", "Mx", "Dr"];

/// Titles of office that, like the courtesy titles, stand before a surname alone
/// ("Councillor Williams", "Professor Hughes"): only a name that stands alone elsewhere is
/// read after them.
const OFFICE_TITLES: &[&str] = &["Professor", "Prof", "Councillor", "Cllr"];

/// "Ms. Burgess husband", "Mr Willis team": a surname in -s after a courtesy title, before a
/// lower-case noun, is the name's possessive, written with the apostrophe alone, when the name
/// stands alone elsewhere in the corpus (before punctuation or a function word, "Ms. Burgess
/// said") and the stem never follows a title. "Mr Pryces deputy", "Ms Torrances own herd",
/// "Mr Ruizs intervention": a title takes no plural, so when the -s form never stands alone
/// and the stem follows a title elsewhere ("Mr Pryce said"), it is the stem's possessive,
/// before a noun or "own" ("Mr Roberts deputy" stays when only "Robert Smith" is known). The
/// name in -s also before a word the lexicon does not know or a homograph that is no -s form.
/// The story's own use of the stem as a surname ("Gerald Pennick said", and never as a given
/// name, "Robert Smith") counts as a title's: a story names a man in full before it titles him
/// ("Mr Pennicks daughter"). A title of office ("Councillor Williams call") is read only
/// before a name that stands alone elsewhere.
fn titled_name_in_s(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        stats,
        story,
        ..
    } = *cx;
    if !c.upper_first {
        return None;
    }
    let p = before[1]?;
    let n = next?;
    let title = &line[p.start..p.end];
    let gap = &line[p.end..c.start];
    let courtesy = TITLES.contains(&title);
    if !(courtesy || OFFICE_TITLES.contains(&title))
        || !(gap == " " || gap == ". ")
        || n.upper_first
        || n.digit
    {
        return None;
    }
    let next_word = &line[n.start..n.end];
    // "Mrs Collins win qualifies Biscuit …": a base verb cannot follow one titled person, so
    // before a verb in -s it is the noun the name owns.
    let noun_by_verb = || {
        let then = word_after(line, n);
        lexicon::flags(next_word) & lexicon::BASE != 0
            && (then.len() > 3
                && then.ends_with('s')
                && !then.ends_with("ss")
                && lexicon::flags(then) & lexicon::FUNCTION == 0
                || ["is", "was", "has"].contains(&then))
    };
    let head = next_class == Next::Noun
        || matches!(next_class, Next::Ambig | Next::Unknown) && !plural_shaped(next_word)
        || next_word == "own"
        || noun_by_verb();
    if !head {
        return None;
    }
    let (w, s) = (stats.get(word), stats.get(stem));
    let titled_stem = TITLES.iter().any(|t| stats.pair(t, stem) > 0);
    if w[STOP_AFTER] > 0 && !titled_stem && (next_class == Next::Noun || s[BARE] + s[POSS] == 0) {
        return cx.plural(format!(
            "possessive: {word} after '{title}', a name that stands alone {}×, before '{next_word}'",
            w[STOP_AFTER]
        ));
    }
    if !courtesy || w[STOP_AFTER] > 0 || word.ends_with("ss") {
        return None;
    }
    if !(next_class == Next::Noun || next_word == "own") {
        return None;
    }
    if titled_stem {
        return cx.singular(format!(
            "possessive: {stem} after '{title}' stands alone {}×, {word} never; next word '{next_word}'",
            s[BARE]
        ));
    }
    if s[BARE] > 0 && story.surname(stem) {
        return cx.singular(format!(
            "possessive: {stem} after '{title}', a surname in the story, {word} never stands alone; next word '{next_word}'"
        ));
    }
    None
}

/// Saints' names that end in -as of their own.
const SAINTS_IN_AS: &[&str] = &[
    "Thomas", "Nicholas", "Barnabas", "Matthias", "Andreas", "Lucas", "Silas", "Elias", "Jonas",
    "Tobias", "Judas", "Cosmas", "Gervas", "Petroc",
];

fn saints_name(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let p = prev?;
    if tok_bytes(line, p) != b"St"
        || p.apos != Apos::None
        || !matches!(line.get(p.end..c.start), Some(". " | " "))
        || word.len() < 5
        || !word.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
        || ["ss", "us", "is", "os"].iter().any(|e| word.ends_with(e))
        // Names in -as are a saint's own ("St Thomas", "St Nicholas"), but for a name in -a
        // ("St Columbas Hospice": Columba).
        || word.ends_with("as") && SAINTS_IN_AS.iter().any(|n| n.eq_ignore_ascii_case(word))
        || word.ends_with("es") && stats.get(stem)[BARE] == 0
        || contraction_kind(stem.to_ascii_lowercase().as_bytes()).is_some()
    {
        return None;
    }
    // Towns are named so too ("St Albans", "St Helens", "St. Johns River"): only before a
    // word that names what a saint's name names, a church, a school, a hospital or a feast.
    let n = next?;
    let after = &line[n.start..n.end];
    if n.gap != Gap::Space
        || !SAINTS_INSTITUTIONS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(after))
    {
        return None;
    }
    cx.singular(format!("possessive: the saint's name {stem} after 'St'"))
}

/// "My fathers been on a stretcher", "This rivers been my life": no plural noun takes "been"
/// without an auxiliary, so the -s form is "father’s" = "father has" — unless an auxiliary
/// stands just before it ("Have the talks been", "Had their fathers been"). The -s form must
/// follow a determiner, so that a name ("Williams been") or a verb is never read this way.
fn been(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        before,
        c,
        next,
        stats,
        ..
    } = *cx;
    let n = next?;
    // The next word first: it is "been" for few candidates, or an adverb before "been" ("The
    // bars never been busier", "My jobs mainly been telling them").
    let after = tok_bytes(line, n);
    if !after.eq_ignore_ascii_case(b"been")
        && !((after_is(&line[n.start..n.end]) || after.len() > 4 && after.ends_with(b"ly"))
            && word_after(line, n) == "been")
    {
        return None;
    }
    // "Owens been on the phone": a name at a sentence's start, its stem seen alone, is the
    // name with "has" (a plural subject takes "have been").
    let stem = &word[..word.len() - 1];
    if word.as_bytes()[0].is_ascii_uppercase()
        && c.gap == Gap::Sentence
        && stem.len() >= 3
        && word.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
        && stats.get(stem)[BARE] > 0
        && lexicon::flags(stem) == 0
    {
        return cx.singular(format!(
            "contraction: {stem} has, a name before 'been' at a sentence's start"
        ));
    }
    let [two_back, Some(p)] = before else {
        return None;
    };
    let is = |t: &Tok, words: &[&str]| {
        t.apos == Apos::None
            && words
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(tok_bytes(line, t)))
    };
    let determiner = [
        "the", "this", "that", "my", "your", "his", "her", "our", "their", "its",
    ];
    if word.as_bytes()[0].is_ascii_uppercase()
        || !is(p, &determiner)
        || two_back.is_some_and(|t| is(t, &["have", "has", "had", "having"]))
    {
        return None;
    }
    cx.singular(format!(
        "contraction: {stem} has, before 'been' after a determiner"
    ))
}

/// Whether token `c` opens a quotation ("“Feeds gone up"): right after an opening quote at the
/// line's start or after a space.
fn opens_quote(line: &str, c: &Tok) -> bool {
    let head = &line[..c.start];
    let Some(rest) = head.strip_suffix('“').or_else(|| head.strip_suffix('"')) else {
        return false;
    };
    rest.is_empty() || rest.ends_with(' ')
}

/// Whether "last " or "next " stands right before token `c` ("down on last years but"):
/// [`one_span_before_a_verb`]'s test before a stop, on the line's bytes, for [`screen`].
fn after_last_or_next(line: &str, c: &Tok) -> bool {
    let head = &line.as_bytes()[..c.start];
    [&b"last "[..], b"next "]
        .iter()
        .any(|w| ends_with_word(head, w))
}

/// Whether `head` ends with `word` (ASCII case ignored) and no letter or digit stands right
/// before it: the byte tests [`screen`] makes of the words before a candidate.
fn ends_with_word(head: &[u8], word: &[u8]) -> bool {
    head.len() >= word.len()
        && head[head.len() - word.len()..].eq_ignore_ascii_case(word)
        && (head.len() == word.len() || !head[head.len() - word.len() - 1].is_ascii_alphanumeric())
}

/// Whether a courtesy title and one space (or ". ") stand right before token `c` ("Mrs
/// Collins win"): [`titled_name_in_s`]'s test on the line's bytes, for [`screen`].
fn after_a_title(line: &str, c: &Tok) -> bool {
    let head = line.as_bytes()[..c.start].trim_ascii_end();
    let head = head.strip_suffix(b".").unwrap_or(head);
    TITLES
        .iter()
        .chain(OFFICE_TITLES)
        .any(|t| ends_with_word(head, t.as_bytes()))
}

/// Whether "a", "an" or "local" and one space stand right before token `c`, as whole words: [`a_persons_place`]'s test on the line's bytes, which [`screen`] makes
/// before any token before the candidate is built.
fn after_a_or_local(line: &str, c: &Tok) -> bool {
    let head = &line.as_bytes()[..c.start];
    // Most words before an -s form end otherwise: one test of the last two bytes first.
    if !matches!(head, [.., b'a' | b'A' | b'n' | b'N' | b'l' | b'L', b' ']) {
        return false;
    }
    [&b"a "[..], b"an ", b"local "]
        .iter()
        .any(|w| ends_with_word(head, w))
}

/// Trades whose shop English names by the possessive alone ("a newsagent’s", "the chemist’s"),
/// in British and American spelling; general English, beside WordNet's persons.
const SHOPKEEPERS: &[&str] = &[
    "newsagent",
    "chemist",
    "butcher",
    "baker",
    "greengrocer",
    "grocer",
    "fishmonger",
    "ironmonger",
    "jeweller",
    "jeweler",
    "hairdresser",
    "barber",
    "optician",
    "tobacconist",
    "stationer",
    "bookmaker",
    "florist",
    "confectioner",
    "draper",
    "cobbler",
    "neighbour",
];

/// "bought the ticket at a newsagents on her way", "his parents, who run a newsagents in the
/// town", "at his local newsagents on the way back": after "a" (or a determiner and "local"),
/// a person's -s form that ends its noun phrase is no plural (an article takes none) and no
/// plural possessive (its noun would follow): it is the person's shop or home, "a
/// newsagent’s". Not before "and", "or", "of" or "only" ("a members only bar").
fn a_persons_place(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    if next_class != Next::Stop || c.upper_first || c.gap != Gap::Space || p.apos != Apos::None {
        return None;
    }
    if !after_a_or_local(line, c) {
        return None;
    }
    let singular = |t: &Tok| t.apos == Apos::None && tok_is(line, t, &["a", "an"]);
    let placed = singular(p)
        || tok_is(line, p, &["local"])
            && p.gap == Gap::Space
            && before[0].is_some_and(|d| {
                singular(d)
                    || d.apos == Apos::None
                        && tok_is(
                            line,
                            d,
                            &["the", "his", "her", "my", "your", "our", "their"],
                        )
            });
    if !placed
        || [&b"and"[..], b"or", b"of", b"only"].contains(&tok_bytes(line, n))
        || !(lexicon::animate(stem)
            || lexicon::word_class(word) & lexicon::PERSON_PLURAL != 0
            || SHOPKEEPERS.contains(&stem))
        || lexicon::flags(stem) & (lexicon::FUNCTION | lexicon::VERB) != 0
    {
        return None;
    }
    cx.singular(format!(
        "possessive: a {stem}’s (place) after '{}', ending its noun phrase",
        &line[p.start..p.end]
    ))
}

/// What "gone" is followed by when it is a perfect's participle that moved ("has gone up"):
/// a particle or a preposition of movement, or a state.
const AFTER_GONE: &[&str] = &[
    "up", "down", "from", "through", "into", "out", "off", "missing", "wrong", "quiet",
];

/// Offices one person holds in a body, as news names them after it ("the group’s chief
/// economist", "the fund’s chair", "the paper’s lead author").
const ROLE_HEADS: &[&str] = &[
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "chief",
    "lead",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
];

/// "the groups chief economist", "the funds chair, Dennis Whitcombe", "the papers lead
/// author": after "the" (and perhaps one lower-case modifier, "the community councils
/// chair"), a thing's -s form before an office one person holds is that one thing's: a body
/// has one chair. Not a person (the judges' chair is many judges'), not a plural that
/// modifies ("the sales chief"), not before a plural office ("the banks chief executives"),
/// not a count before it ("the two councils chair").
fn a_bodys_officer(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        stats,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    let role = tok_bytes(line, n);
    // (By the first byte first: most next words are no office.)
    if !matches!(role.first(), Some(b'c' | b'l' | b's' | b'f')) {
        return None;
    }
    if c.upper_first
        || c.gap != Gap::Space
        || n.gap != Gap::Space
        || !ROLE_HEADS.iter().any(|r| r.as_bytes() == role)
        || p.apos != Apos::None
    {
        return None;
    }
    let the = |t: &Tok| t.apos == Apos::None && tok_bytes(line, t).eq_ignore_ascii_case(b"the");
    let placed = the(p)
        || p.gap == Gap::Space
            && !p.upper_first
            && !p.digit
            && tok_class(line.as_bytes(), p) == 0
            && lexicon::flags(&line[p.start..p.end]) & (lexicon::FUNCTION | lexicon::VERB) == 0
            && before[0].is_some_and(the);
    let after = word_after(line, n);
    // "Chief" and "lead" head their office's noun ("chief economist", "lead author"); "the
    // talks lead to" is a verb's.
    let modifier_role = role == b"chief" || role == b"lead";
    if !placed
        || plural_shaped(after) && after.len() > 3
        || modifier_role && (after.is_empty() || lexicon::flags(after) & lexicon::FUNCTION != 0)
        || !a_plain_thing(word, stem, stats)
    {
        return None;
    }
    let role = &line[n.start..n.end];
    cx.singular(format!(
        "possessive: the thing {stem} before the office '{role}' one person holds"
    ))
}

/// Whether the -s form `word` of `stem` names things the rules may make one thing's: a thing
/// by [`inanimate_noun`], no person, no plural that modifies ("sales") and no word in -s of
/// its own.
fn a_plain_thing(word: &str, stem: &str, stats: &ApostropheStats) -> bool {
    lexicon::word_class(word) & (lexicon::PLURAL_MODIFIER | lexicon::PERSON_PLURAL) == 0
        && lexicon::flags(word) & (lexicon::FUNCTION | lexicon::S_WORD) == 0
        && inanimate_noun(stem, &stats.get(stem))
}

/// "the towns Eastgate district", "the capitals Eastfield station", "the clubs Mill Lane
/// ground", "the towns MP, Lucinda Carrow": after "the", a thing's -s form before a name of
/// one to three capitalised words and a lower-case noun, or before an office's acronym, is
/// the thing's: a plural before a name stands in apposition to a list of names ("the islands
/// Lewis and Harris"), which "and", a comma or a verb after the name shows. Not a person,
/// not a plural that modifies.
fn a_things_named_part(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    if !n.upper_first
        || c.upper_first
        || c.gap != Gap::Space
        || n.gap != Gap::Space
        || p.apos != Apos::None
        || !tok_bytes(line, p).eq_ignore_ascii_case(b"the")
    {
        return None;
    }
    let name = tok_bytes(line, n);
    if name.len() < 2
        || lexicon::flags(&line[n.start..n.end]) & (lexicon::FUNCTION | lexicon::VERB) != 0
    {
        return None;
    }
    let acronym = (2..=4).contains(&name.len()) && name.iter().all(u8::is_ascii_uppercase);
    let owned = if acronym {
        // The office's acronym, then a stop: "the towns MP, Lucinda Carrow".
        matches!(
            line.as_bytes().get(n.end),
            None | Some(b',' | b'.' | b';' | b':')
        ) && ["MP", "GP", "MSP", "MEP", "AM", "MS"].contains(&&line[n.start..n.end])
    } else {
        // One to three capitalised words, then a lower-case noun.
        let mut rest = &line[n.start..];
        let mut names = 0;
        loop {
            let w = leading_letters(rest);
            if w.is_empty() || !w.as_bytes()[0].is_ascii_uppercase() || names == 3 {
                break;
            }
            names += 1;
            rest = rest[w.len()..].strip_prefix(' ').unwrap_or("");
        }
        let head = leading_letters(rest);
        let f = lexicon::flags(head);
        names > 0
            && !head.is_empty()
            && head.as_bytes()[0].is_ascii_lowercase()
            && head.len() == rest.len().min(head.len())
            && rest
                .as_bytes()
                .get(head.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-')
            && f & (lexicon::FUNCTION | lexicon::VERB) == 0
            && !plural_shaped(head)
            && !is_contraction_form(head)
            && !["ed", "ing", "ly"].iter().any(|e| head.ends_with(e))
    };
    if !owned || !a_plain_thing(word, stem, stats) {
        return None;
    }
    let named = &line[n.start..n.end];
    cx.singular(format!(
        "possessive: the thing {stem} before the name '{named}' of its part"
    ))
}

/// "Pupils robot earns place in national final", "Amateur astronomers camera catches
/// fireball", "Dairy farmers anger grows": a headline that opens with people in -s (perhaps
/// after one capitalised modifier), a singular noun and a verb in -s agreeing with that noun
/// makes the people its owners, a plural possessive. Not when the noun may be their verb and
/// the -s word after it a plural noun ("Parents fear cuts", "Unions slam cuts"): the middle
/// word must be a noun and no verb, the last no noun.
fn headline_peoples_thing(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        stats,
        ..
    } = *cx;
    let n = next?;
    let opens = match before {
        [_, None] => c.start == 0,
        [None, Some(p)] => {
            p.start == 0 && p.upper_first && p.apos == Apos::None && c.gap == Gap::Space
        }
        _ => false,
    };
    if !opens || n.upper_first || n.digit || n.gap != Gap::Space || !is_headline(line) {
        return None;
    }
    let lower = stem.to_ascii_lowercase();
    let people = lexicon::word_class(&word.to_ascii_lowercase()) & lexicon::PERSON_PLURAL != 0
        || lexicon::animate(&lower);
    if !people || lexicon::flags(&lower) & lexicon::FUNCTION != 0 {
        return None;
    }
    let middle = &line[n.start..n.end];
    let verb = word_after(line, n);
    let (fm, fv) = (lexicon::flags(middle), lexicon::flags(verb));
    // The middle word a noun and no verb: by the lexicon, or by the corpus (after a
    // determiner, never after a pronoun: "the robot"). A homograph ("fear", "fight") may be
    // the people's verb ("Parents fear cuts", "Residents fight plans").
    let (sm, sv) = (stats.get(middle), stats.get(verb));
    let middle_noun = !plural_shaped(middle)
        && (fm & lexicon::NOUN != 0
            && fm & (lexicon::AMBIG | lexicon::VERB | lexicon::FUNCTION) == 0
            || fm == 0 && lexicon::common_noun(middle)
            || fm == 0 && sm[AFTER_DET] > 0 && sm[AFTER_PRON] == 0);
    // The last word a verb in -s and no noun by any list or count ("cuts", "closures" are).
    let verb_in_s = verb.len() > 3
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && fv & (lexicon::NOUN | lexicon::AMBIG | lexicon::FUNCTION) == 0
        && !lexicon::common_noun(verb)
        && !has_noun_suffix(verb)
        && sv[AFTER_DET] == 0;
    if !middle_noun || !verb_in_s {
        return None;
    }
    cx.plural(format!(
        "plural possessive: a headline's people {word} before '{middle}', whose verb '{verb}' agrees with it"
    ))
}

/// "Harbridge Rugby Clubs womens team", "Rowing clubs womens eight": a thing's -s form right
/// before "womens", "mens" or "childrens" (possessives themselves, these words having no
/// plural in -s) and a lower-case noun is the thing's: the club's women's team.
fn before_a_sides_people(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let n = next?;
    let side = tok_bytes(line, n);
    if !matches!(side.first(), Some(b'w' | b'W' | b'm' | b'M' | b'c' | b'C'))
        || ![&b"womens"[..], b"mens", b"childrens"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(side))
        || n.gap != Gap::Space
        || c.gap == Gap::Hyphen
        || n.apos != Apos::None
    {
        return None;
    }
    let head = word_after(line, n);
    let lower = stem.to_ascii_lowercase();
    if head.is_empty()
        || !head.as_bytes()[0].is_ascii_lowercase()
        || lexicon::flags(head) & (lexicon::FUNCTION | lexicon::VERB) != 0
        || lexicon::word_class(&word.to_ascii_lowercase()) & (lexicon::PLURAL_MODIFIER | lexicon::PERSON_PLURAL) != 0
        || !inanimate_noun(&lower, &stats.get(&lower))
        // "Author wins childrens book prize": a verb's -s form.
        || lexicon::flags(&lower) & (lexicon::AMBIG | lexicon::BASE | lexicon::VERB) != 0
        // "The United Nations childrens agency": a name in -s of the gazetteer.
        || lexicon::gazetteer(word) | gazetteer_span(line, cx.before, c, c.end) != 0
    {
        return None;
    }
    let side = &line[n.start..n.end];
    cx.singular(format!(
        "possessive: the thing {stem} before '{side} {head}'"
    ))
}

/// Bodies and documents that open a headline as the subject of its verb ("Review faults
/// detectives handling …", "Inquest hears …", "Watchdog backs …").
const HEADLINE_SUBJECTS: &[&str] = &[
    "review",
    "report",
    "study",
    "inquiry",
    "inquest",
    "survey",
    "poll",
    "audit",
    "probe",
    "watchdog",
    "regulator",
    "ombudsman",
    "coroner",
    "court",
    "judge",
    "panel",
    "tribunal",
    "jury",
    "council",
    "minister",
    "government",
];

/// "Review faults detectives handling of missing teenager case": in a headline, the lower-case
/// -s word right after a first word that names a body or a document is the headline's verb,
/// whatever apostrophes the corpus shows of its stem ("the fault’s found" elsewhere).
fn headline_verb(cx: &Cand<'_>) -> bool {
    let Cand {
        line, c, before, ..
    } = *cx;
    let [None, Some(p)] = before else {
        return false;
    };
    !c.upper_first
        && c.gap == Gap::Space
        && p.start == 0
        && p.upper_first
        && p.apos == Apos::None
        && HEADLINE_SUBJECTS
            .iter()
            .any(|w| w.as_bytes().eq_ignore_ascii_case(tok_bytes(line, p)))
        && is_headline(line)
}

/// "Feeds gone up, fertilisers gone up", "Our electricity bills gone from £900 a quarter to
/// …": a plural noun takes "have gone", so a noun's -s form right before "gone up" is the noun
/// with "has" ("feed’s gone up"). Not after "with", "without" or an auxiliary ("with the
/// bills gone", "have the prices gone up"), not in an absolute phrase ("Their jobs gone,
/// they left": a particle must follow), not "years gone by"; a capital only at a sentence's
/// start (no name), and the stem a noun.
fn gone(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        before,
        c,
        next,
        stats,
        ..
    } = *cx;
    let n = next?;
    if !tok_bytes(line, n).eq_ignore_ascii_case(b"gone") {
        return None;
    }
    let after = word_after(line, n);
    if !AFTER_GONE.contains(&after) {
        return None;
    }
    if c.upper_first
        && !((c.gap == Gap::Sentence || opens_quote(line, c))
            && word.as_bytes()[1..].iter().all(u8::is_ascii_lowercase))
    {
        return None;
    }
    // A noun, or a word the lexicon does not know ("fertilisers"): no verb, no function word.
    let lower = stem.to_ascii_lowercase();
    let f = lexicon::flags(&lower);
    let noun =
        f & (lexicon::NOUN | lexicon::AMBIG) != 0 || f == 0 && stats.get(&lower)[AFTER_PRON] == 0;
    if !noun || f & lexicon::FUNCTION != 0 || stem.len() < 3 {
        return None;
    }
    let blocked = ["with", "without", "have", "has", "had", "having", "all"];
    if before.iter().flatten().any(|t| {
        t.apos == Apos::None
            && blocked
                .iter()
                .any(|b| b.as_bytes().eq_ignore_ascii_case(tok_bytes(line, t)))
    }) {
        return None;
    }
    cx.singular(format!(
        "contraction: {stem} has, before 'gone {after}' (a plural takes 'have gone')"
    ))
}

/// "the pilots union", "Parents groups", "the police officers association": people (a person
/// noun of the lexicon or WordNet's, no verb) before a body of members ("union", "group") are
/// its members, so the possessive is plural: "pilots’ union". After a function
/// word, a noun modifier, or at the start; the body is lower case ("Teachers Union" may be a
/// name).
fn group_of_people(cx: &Cand<'_>, word_class: u8) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        before,
        next,
        ..
    } = *cx;
    let n = next?;
    let prev = before[1];
    let head = &line[n.start..n.end];
    if n.upper_first || n.gap != Gap::Space {
        return None;
    }
    let singular_head = head
        .strip_suffix('s')
        .filter(|h| !h.ends_with('s'))
        .unwrap_or(head);
    if lexicon::word_class(singular_head) & lexicon::MEMBERS == 0 {
        return None;
    }
    // An agent noun in lower case ("dockers", "beekeepers", "reservists") names people too,
    // before such a head.
    let agent = || {
        stem.len() >= 5
            && stem.bytes().all(|b| b.is_ascii_lowercase())
            && (stem.ends_with("er") || stem.ends_with("or") || stem.ends_with("ist"))
    };
    // A capital after a lower-case word or "the" in running text makes the -s form a name
    // ("the Friends group" of a "Friends of …" body, "the Rovers supporters"), no plain
    // plural.
    if cx.c.upper_first
        && cx.c.gap == Gap::Space
        && prev.is_some_and(|p| !p.upper_first || tok_bytes(line, p).eq_ignore_ascii_case(b"the"))
    {
        return None;
    }
    let people = word_class & lexicon::PERSON_PLURAL != 0
        || (lexicon::animate(stem) || agent())
            && lexicon::flags(stem) & (lexicon::VERB | lexicon::AMBIG | lexicon::BASE) == 0
            && lexicon::flags(word) & lexicon::VERB == 0;
    if !people {
        return None;
    }
    let function_or_noun = |p: &Tok| {
        let pw = &line[p.start..p.end];
        p.apos == Apos::None
            && !p.digit
            && (tok_class(line.as_bytes(), p) & Q_FUNCTION != 0
                || lexicon::flags(pw) & (lexicon::FUNCTION | lexicon::NOUN) != 0
                || !p.upper_first && lexicon::common_noun(pw))
    };
    // Or a lower-case modifier after a function word ("an international seafarers union").
    let modifier = |p: &Tok| {
        !p.upper_first
            && !p.digit
            && p.apos == Apos::None
            && lexicon::flags(&line[p.start..p.end]) & (lexicon::VERB | lexicon::BASE) == 0
            && before[0].is_some_and(|d| tok_class(line.as_bytes(), d) & Q_FUNCTION != 0)
    };
    let after_ok = prev.is_none_or(|p| function_or_noun(p) || modifier(p));
    if !after_ok {
        return None;
    }
    cx.plural(format!(
        "plural possessive: {word} names people, before '{head}', a body they form"
    ))
}

/// "former workers families", "for consultants fees", "and doctors surgery": a plural that
/// names people, with no determiner before it, before a noun that cannot be its verb. Without
/// a determiner a singular person noun cannot stand ("worker’s families" needs "a" or "the"),
/// so the possessor is plural; and a plural subject takes no -s verb ("workers families"), nor
/// is a noun of the lexicon that is no verb ("website", "surgery") a verb at all. A determiner
/// before it leaves the number open ("the inspectors website"), and a verb before it may
/// give the people something ("paid drivers wages", "showed voters data"): both are left.
fn people_without_determiner(cx: &Cand<'_>, word_class: u8) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        ..
    } = *cx;
    let n = next?;
    if n.upper_first || n.gap != Gap::Space || n.digit || n.apos != Apos::None {
        return None;
    }
    // Capitalised only as a sentence's first word ("Investors interest in …").
    if c.upper_first && c.gap != Gap::Sentence {
        return None;
    }
    // The token before it, read below, first: its tests cost no lookup.
    let p = before[1].filter(|p| c.gap == Gap::Space && p.apos == Apos::None)?;
    let people = word_class & lexicon::PERSON_PLURAL != 0
        || lexicon::animate(stem)
            && lexicon::flags(stem) & (lexicon::VERB | lexicon::AMBIG | lexicon::BASE) == 0
            && lexicon::flags(word) & (lexicon::VERB | lexicon::AMBIG) == 0;
    if !people || plural_impossible(stem) {
        return None;
    }
    let head = &line[n.start..n.end];
    let hf = lexicon::flags(head);
    if hf & (lexicon::FUNCTION | lexicon::S_WORD | lexicon::VERB | lexicon::BASE) != 0
        || lexicon::word_class(head) & lexicon::PLURAL_MODIFIER != 0
        || line.as_bytes().get(n.end) == Some(&b'-')
    {
        return None;
    }
    let singular_head = head
        .strip_suffix('s')
        .filter(|h| !h.ends_with('s'))
        .unwrap_or(head);
    // A plural (a noun/verb homograph too: no plural subject takes "concerns" or "fees" for
    // its verb, and the adverbs in -s are flagged above), or a noun that is no verb.
    // A headline's last word in -s after the people is the headline's verb ("Police dog who
    // caught 200 suspects retires"): its subject may be the whole line before.
    let headline_end = || line[n.full_end..].trim_end().is_empty() && is_headline(line);
    let noun = if plural_shaped(head) {
        !head.ends_with("ly")
            && lexicon::flags(singular_head) & lexicon::FUNCTION == 0
            && !headline_end()
    } else {
        lexical_noun(head)
    };
    if !noun {
        return None;
    }
    // Before it: a function word that is no determiner ("for", "and"), a count, or a plain
    // modifier with no determiner before it either ("from former workers families"); not a
    // noun, which makes a title of the two ("prime ministers", "attorney generals"), not a
    // verb, and not the start of a line, where a headline drops its article ("Authors memoir
    // tops list" is one author's).
    let is_det = |t: &Tok| {
        let w = &line[t.start..t.end];
        tok_class(line.as_bytes(), t) & Q_DET != 0
            || [
                "a", "an", "the", "this", "that", "each", "every", "whose", "no", "any",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    };
    let pw = &line[p.start..p.end];
    let class = tok_class(line.as_bytes(), p);
    let pf = lexicon::flags(pw);
    let count = p.digit || class & Q_NUMBER != 0;
    let function = class & Q_FUNCTION != 0 && class & (Q_DET | Q_PRON) == 0
        || pf & lexicon::FUNCTION != 0 && !is_det(p);
    let modifier = !p.upper_first
        && pf & (lexicon::VERB | lexicon::BASE | lexicon::AMBIG | lexicon::NOUN) == 0
        && !lexicon::common_noun(pw)
        && !lexicon::animate(pw)
        && !pw.ends_with("ed")
        && !pw.ends_with('s')
        && before[0].is_none_or(|d| !is_det(d) && tok_class(line.as_bytes(), d) & Q_FUNCTION != 0);
    if !(count || function || modifier) || is_det(p) {
        return None;
    }
    cx.plural(format!(
        "plural possessive: {word} names people, with no determiner, before the noun '{head}'"
    ))
}

/// The word after a lower-case -s form right after "the", when both are plain words joined by
/// spaces ("the teams captain"): where the rules about a thing's or a head's noun phrase start.
fn plain_after_the<'t>(
    line: &str,
    c: &Tok,
    prev: Option<&Tok>,
    next: Option<&'t Tok>,
) -> Option<&'t Tok> {
    let (p, n) = (prev?, next?);
    (!c.upper_first
        && c.gap == Gap::Space
        && n.gap == Gap::Space
        && !n.upper_first
        && !n.digit
        && n.apos == Apos::None
        && tok_bytes(line, p).eq_ignore_ascii_case(b"the"))
    .then_some(n)
}

/// "the teams captain", "the coalitions lead counsel", "the playhouses artistic director":
/// after "the", a thing in -s (no person, animal or plant) before a person noun, or before a
/// modifier and a person noun, is the person's body, one of them: a plural thing does not
/// name a person's role ("the sales director" and its like are lexicalised plural modifiers,
/// rejected before this).
fn person_of_a_thing(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let n = plain_after_the(line, c, prev, next)?;
    if stem.len() < 3 || !inanimate_noun(stem, &stats.get(stem)) {
        return None;
    }
    let person = |w: &str| {
        !w.is_empty()
            && lexicon::animate(w)
            && !plural_shaped(w)
            && lexicon::flags(w) & (lexicon::FUNCTION | lexicon::VERB) == 0
    };
    let head = &line[n.start..n.end];
    let role = if person(head) {
        head
    } else {
        let after = word_after(line, n);
        // A noun/verb homograph counts ("the coalitions lead lawyer"): as a verb it would
        // need a determiner before a singular person noun ("lead a lawyer"), so before a bare
        // one it modifies; a verb with no noun reading does not.
        let hf = lexicon::flags(head);
        let modifier = !plural_shaped(head)
            && hf & (lexicon::FUNCTION | lexicon::VERB) == 0
            && (hf & lexicon::BASE == 0 || hf & lexicon::AMBIG != 0)
            && !head.ends_with("ed")
            && !head.ends_with("ly");
        if !(modifier && person(after)) {
            return None;
        }
        // A verb before a title and a name ("the unions back candidate Ada Brill") is no
        // modifier: the person noun must not stand before a capitalised word.
        let title_end = n.full_end + 1 + after.len();
        let bytes = line.as_bytes();
        if hf & lexicon::BASE != 0
            && bytes.get(title_end) == Some(&b' ')
            && bytes.get(title_end + 1).is_some_and(u8::is_ascii_uppercase)
        {
            return None;
        }
        after
    };
    cx.singular(reason(&[
        "possessive: the thing ",
        stem,
        " before the person '",
        role,
        "'",
    ]))
}

/// "the bridges support beams had buckled", "The stores closing sale begins Saturday": after
/// "the", a noun/verb homograph or an -ing form, then a word that is no verb, then a finite
/// verb. Read as the plural's verb and its object, the finite verb would have no subject,
/// so the homograph modifies the noun after it, the head of the -s form's noun phrase; a
/// thing is one possessor, as before any head after "the".
fn modifier_before_head(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let n = plain_after_the(line, c, prev, next)?;
    let modifier = &line[n.start..n.end];
    let mf = lexicon::flags(modifier);
    if !(mf & lexicon::AMBIG != 0 || mf == 0 && modifier.len() > 5 && modifier.ends_with("ing"))
        || plural_shaped(modifier)
    {
        return None;
    }
    let head = word_after(line, n);
    let hf = lexicon::flags(head);
    let head_end = n.full_end + 1 + head.len();
    // People after the homograph may be the subject of a clause that has lost its "that"
    // ("the changes planning officials said were needed"): not taken.
    let singular_head = head.strip_suffix('s').filter(|h| !h.ends_with('s'));
    if head.len() < 3
        || lexicon::animate(head)
        || singular_head.is_some_and(lexicon::animate)
        || hf & (lexicon::FUNCTION | lexicon::VERB | lexicon::BASE | lexicon::S_WORD) != 0
        || head.ends_with("ed")
        || head.ends_with("ly")
        || line.as_bytes().get(head_end) != Some(&b' ')
    {
        return None;
    }
    let rest = &line[head_end + 1..];
    let verb = leading_letters(rest);
    let vf = lexicon::flags(verb);
    let finite = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should",
        "can", "may", "might", "must", "said",
    ]
    .contains(&verb)
        || vf & lexicon::VERB != 0
            && vf & (lexicon::BASE | lexicon::NOUN | lexicon::AMBIG) == 0
            && !verb.ends_with("ed")
        || vf == 0 && is_contraction_form(verb);
    let s = stats.get(stem);
    if !finite || s[BARE] + s[POSS] == 0 || !inanimate_noun(stem, &s) {
        return None;
    }
    cx.singular(format!(
        "possessive: the thing {stem} before '{modifier} {head}', then the verb '{verb}'"
    ))
}

/// "the citys east end", "warmer than todays for": a lower-case -s form that cannot be a
/// plural ("city" makes "cities") is the possessive before a function word too, when the stem
/// is a known noun.
fn no_plural_form(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand { word, stats, .. } = *cx;
    if !no_plural_form_applies(word, next_class, stats) {
        return None;
    }
    let stem = &word[..word.len() - 1];
    cx.singular(format!(
        "possessive: {word} cannot be a plural of the noun {stem}"
    ))
}

/// Whether [`no_plural_form`] restores `word` before a word of class `next_class`.
fn no_plural_form_applies(word: &str, next_class: Next, stats: &ApostropheStats) -> bool {
    let stem = &word[..word.len() - 1];
    // Before a verb the -s is "is" or "has" ("Whiskys made to be shared"); a capitalised form
    // needs the lexicon's noun, as names end so too ("Gladys", "Rhys").
    let lexical = || {
        lexicon::common_noun(stem) || lexicon::flags(stem) & (lexicon::NOUN | lexicon::AMBIG) != 0
    };
    matches!(next_class, Next::Stop | Next::Verb)
        && stem.len() >= 3
        && plural_impossible(stem)
        && if word.as_bytes()[0].is_ascii_uppercase() {
            lexical()
        } else {
            lexical() || stats.get(stem)[AFTER_DET] > 0
        }
}

/// "the reports 31 recommendations", "the projects 62 turbines": after an article, an -s form,
/// a number and a plural noun. A plural would not stand before a count of something else, so
/// the -s form owns the count; a thing or a place is one owner (as before a plural head).
fn before_a_count(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let (p, n) = (prev?, next?);
    // A count next, first: few candidates have one.
    if !(n.digit || tok_class(line.as_bytes(), n) & Q_NUMBER != 0) {
        return None;
    }
    // "the festivals 31-year history", "the reports 200-page annex": a count joined to its unit
    // by a hyphen makes a modifier, and what follows it is the head, singular or plural; a
    // plural would not stand before it either.
    let bytes = line.as_bytes();
    if n.digit && bytes.get(n.end) == Some(&b'-') {
        let unit_len = bytes.get(n.end + 1..).map_or(0, |r| {
            r.iter().take_while(|b| b.is_ascii_lowercase()).count()
        });
        let head_start = n.end + 2 + unit_len;
        if unit_len == 0 || bytes.get(head_start - 1) != Some(&b' ') {
            return None;
        }
        let rest = &line[head_start..];
        let head = leading_lower(rest);
        let stem = &word[..word.len() - 1];
        let article = tok_is(line, p, &["the", "its", "their", "this"]);
        if !article
            || p.apos != Apos::None
            || word.as_bytes()[0].is_ascii_uppercase()
            || !lexical_noun(head)
            || lexicon::word_class(word) & lexicon::PLURAL_MODIFIER != 0
            || lexicon::word_class(stem) & lexicon::TIME != 0
            || !inanimate_noun(stem, &stats.get(stem))
        {
            return None;
        }
        return cx.singular(format!(
            "possessive: the thing {stem} before a measure and '{head}'"
        ));
    }
    let mut counted = word_after(line, n);
    // Two modifiers at most may stand between the count and what it counts ("the districts
    // 14 poorest schools", "the towns six main car parks"): words that are no plural and no
    // function word.
    let mut end = n.full_end + 1;
    for _ in 0..2 {
        if counted.is_empty()
            || plural_shaped(counted)
            || COUNTED_WITHOUT_S.contains(&counted)
            || lexicon::flags(counted) & (lexicon::FUNCTION | lexicon::S_WORD) != 0
        {
            break;
        }
        end += counted.len();
        counted = line
            .as_bytes()
            .get(end)
            .filter(|&&b| b == b' ')
            .map_or("", |_| leading_letters(&line[end + 1..]));
        end += 1;
    }
    let stem = &word[..word.len() - 1];
    let article = tok_is(line, p, &["the", "its", "their", "this"]);
    if !article
        || p.apos != Apos::None
        || word.as_bytes()[0].is_ascii_uppercase()
        // (After a count a plural is a noun, whatever verb it may also be: "two car parks";
        // but a count of times or of a time noun may be an adverb: "burst its banks three
        // times", "the rivers two weeks later".)
        || !(plural_shaped(counted)
            && lexicon::flags(counted) & (lexicon::VERB | lexicon::FUNCTION | lexicon::S_WORD) == 0
            && counted != "times"
            && lexicon::word_class(&counted[..counted.len() - 1]) & lexicon::TIME == 0
            || COUNTED_WITHOUT_S.contains(&counted))
        || lexicon::word_class(word) & lexicon::PLURAL_MODIFIER != 0
        || lexicon::word_class(stem) & lexicon::TIME != 0
        || !inanimate_noun(stem, &stats.get(stem))
    {
        return None;
    }
    cx.singular(format!(
        "possessive: the thing {stem} before a count of {counted}"
    ))
}

/// Offices one person holds at a time: "the mayors office" is the mayor’s, as a city has one.
const SOLE_HOLDERS: &[&str] = &[
    "mayor",
    "governor",
    "president",
    "premier",
    "chancellor",
    "sheriff",
    "coroner",
    "treasurer",
    "comptroller",
    "speaker",
    "prosecutor",
    "registrar",
    "commissioner",
];

/// What such an office has: its office, its spokesperson, its budget.
const SOLE_HOLDERS_HEADS: &[&str] = &[
    "office",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "budget",
    "chief",
    "deputy",
];

/// "The mayors office said …": after "the", an office one person holds, before what the office
/// has, is that person's (a singular possessive).
fn sole_holders_office(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        stem,
        c,
        next,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    let head = tok_bytes(line, n);
    if c.upper_first
        || c.gap != Gap::Space
        || !tok_bytes(line, p).eq_ignore_ascii_case(b"the")
        || !SOLE_HOLDERS_HEADS.iter().any(|h| h.as_bytes() == head)
        || !SOLE_HOLDERS.contains(&stem)
    {
        return None;
    }
    let head = &line[n.start..n.end];
    cx.singular(format!(
        "possessive: one person holds the office of {stem}, before '{head}'"
    ))
}

/// Superlatives that news puts after a possessive ("the region’s busiest motorway").
const SUPERLATIVES: &[&str] = &[
    "best",
    "worst",
    "biggest",
    "largest",
    "busiest",
    "oldest",
    "newest",
    "highest",
    "lowest",
    "longest",
    "fastest",
    "greatest",
    "smallest",
    "youngest",
    "richest",
    "poorest",
    "strongest",
    "deadliest",
    "nearest",
    "earliest",
    "finest",
    "wettest",
    "driest",
    "hottest",
    "coldest",
    "warmest",
    "cheapest",
    "toughest",
    "safest",
    "heaviest",
    "widest",
    "deepest",
    "tallest",
];

/// "the regions busiest motorway", "the tracks lowest corner": after "the" (or, in a headline,
/// after a preposition), a thing's -s form before a superlative and a noun. A plural subject
/// would need a verb, and "the regions best placed" has a participle after the superlative,
/// not a noun; a thing is one owner (as before a plural head), a person is left alone.
fn before_a_superlative(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    let sup = tok_bytes(line, n);
    // The cheap tests first: most candidates fail on the word's ending.
    if !(sup.ends_with(b"est") || sup == b"worst")
        || c.upper_first
        || n.upper_first
        || c.gap != Gap::Space
        || !SUPERLATIVES.iter().any(|x| x.as_bytes() == sup)
    {
        return None;
    }
    let sup = &line[n.start..n.end];
    // A headline drops the article: "Farm shop at the heart of regions best breakfast", after
    // a preposition that is no determiner and no number (after a noun, the -s form is the
    // headline's verb: "Lifeboat station marks busiest year"; after a verb in -ed it may be
    // its object: "Readers voted cakes best dessert").
    let pw = &line[p.start..p.end];
    if !pw.eq_ignore_ascii_case("the")
        && (p.upper_first
            || p.digit
            || p.apos != Apos::None
            || tok_class(line.as_bytes(), p) & (Q_DET | Q_PRON | Q_PLURAL | Q_NUMBER) != 0
            || lexicon::flags(pw) & lexicon::FUNCTION == 0
            || !is_headline(line))
    {
        return None;
    }
    let rest = line[n.end..].strip_prefix(' ')?;
    let head = leading_lower(rest);
    if head.len() < 3
        || head.ends_with("ed")
        || head == "able"
        || head == "known"
        || lexicon::flags(head) & (lexicon::FUNCTION | lexicon::VERB) != 0
        || lexicon::word_class(word) & lexicon::PLURAL_MODIFIER != 0
        || lexicon::animate(stem)
        || ["er", "or", "ist", "ian", "ee"]
            .iter()
            .any(|e| stem.ends_with(e) && !lexicon::common_noun(stem))
        // The -s form seen as a plural elsewhere, and its stem never: a word of its own.
        || stats.get(stem)[BARE] + stats.get(stem)[POSS] == 0 && stats.get(word)[STOP_AFTER] > 0
    {
        return None;
    }
    cx.singular(format!(
        "possessive: the thing {stem} before '{sup} {head}'"
    ))
}

/// "the islands only shop", "the towns only other licensed centre": after "the", a thing's
/// -s form before "only" (and "other") and a noun. A plural subject would have "only" before
/// its verb ("the islands only have one shop"), so a head that may be a verb counts only when
/// a finite verb follows it; a person is left alone, as before a superlative.
fn before_only(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    if c.upper_first
        || c.gap != Gap::Space
        || tok_bytes(line, n) != b"only"
        || !tok_bytes(line, p).eq_ignore_ascii_case(b"the")
        || !plural_shaped(word)
    {
        return None;
    }
    let mut rest = line[n.end..].strip_prefix(' ')?;
    let mut head = leading_lower(rest);
    let other = head == "other";
    if other {
        rest = rest[head.len()..].strip_prefix(' ')?;
        head = leading_lower(rest);
    }
    let after = rest[head.len()..]
        .strip_prefix(' ')
        .map_or("", |r| leading_lower(r));
    let verb_after = ["is", "was", "has", "had", "will", "would"].contains(&after);
    if head.len() < 3
        || lexicon::flags(head) & (lexicon::FUNCTION | lexicon::VERB) != 0
        || !other && !verb_after && (head.ends_with("ed") || is_base_verb(head, stats))
        || lexicon::word_class(word) & lexicon::PLURAL_MODIFIER != 0
        || !inanimate_noun(stem, &stats.get(stem))
    {
        return None;
    }
    cx.singular(format!(
        "possessive: the thing {stem} before 'only {}{head}'",
        if other { "other " } else { "" }
    ))
}

/// Kin one person has one of: after "my", "his", "her" or "your", the -s form is no plural.
const ONE_OF_A_KIN: &[&str] = &["husband", "wife", "mother", "father", "mum", "dad", "mom"];

/// "My husbands on nights", "my mothers in another state", "his fathers medals": one person's
/// husband, mother or father is one, so after a singular possessive determiner the -s form is
/// the noun with "’s" (a possessive or "is"), whatever follows but "and" or "or" ("my mothers
/// and fathers"). Also over "late" ("her late husbands life"; "their late mothers kitchen",
/// a parent the children share), and "Dad" or "Mum" used as a name, capitalised inside a
/// sentence or opening a quotation ("asking when Dads coming home", "“Dads the last person
/// …”"): one person.
fn one_of_a_kin(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    let after = tok_bytes(line, n);
    if [&b"and"[..], b"or", b"before"].contains(&after) || n.upper_first {
        return None;
    }
    if c.upper_first {
        // A name: "Dad", "Mum", "Mom", in a word of lower-case letters after the capital,
        // inside a sentence (after a word that is no determiner) or opening a quotation.
        let named = ["mum", "dad", "mom"]
            .iter()
            .any(|k| k.eq_ignore_ascii_case(stem))
            && word.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
            && (c.gap == Gap::Space
                && p.apos == Apos::None
                && !p.upper_first
                && tok_class(line.as_bytes(), p) & (Q_DET | Q_PLURAL) == 0
                && !p.digit
                || opens_quote(line, c));
        if !named {
            return None;
        }
        return cx.singular(format!("possessive or 'is': {stem} as a name, one person"));
    }
    if c.gap != Gap::Space || p.apos != Apos::None || !ONE_OF_A_KIN.contains(&stem) {
        return None;
    }
    let owner = if tok_is(line, p, &["late"]) && p.gap == Gap::Space {
        let parent = ["mother", "father", "mum", "dad", "mom"].contains(&stem);
        match before[0] {
            Some(d) if d.apos == Apos::None && tok_is(line, d, &["my", "his", "her", "your"]) => d,
            Some(d) if d.apos == Apos::None && parent && tok_is(line, d, &["their", "our"]) => d,
            _ => return None,
        }
    } else if tok_is(line, p, &["my", "his", "her", "your"]) {
        p
    } else {
        return None;
    };
    cx.singular(format!(
        "possessive: one {stem} after '{}'",
        &line[owner.start..p.end]
    ))
}

/// "one vessels engine", "every passengers document", "another villages station": after a
/// determiner that takes only a singular noun, the -s form is no plural head, and before a
/// singular noun no plural possessor either (a plural that modifies, "one sports club", is
/// rejected before this by the lexicon's classes). Not a verb's -s form after a pronoun
/// ("no one wants war", "each takes a turn").
fn singular_quantifier(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let (p, n) = (cx.prev()?, next?);
    if next_class != Next::Noun
        || c.upper_first
        || c.gap != Gap::Space
        || p.apos != Apos::None
        || n.upper_first
        || n.digit
        || !tok_is(line, p, &["one", "another", "each", "every"])
    {
        return None;
    }
    let head = &line[n.start..n.end];
    let s = stats.get(stem);
    if !plural_shaped(word)
        || word.ends_with("ics")
        || plural_shaped(head)
        || is_base_verb(stem, stats)
        || lexicon::flags(stem) & lexicon::VERB != 0
        || s[BARE] + s[POSS] == 0 && !lexical_noun(stem)
    {
        return None;
    }
    cx.singular(format!(
        "possessive: {word} after '{}' is no plural; next word '{head}' is a noun",
        &line[p.start..p.end]
    ))
}

/// "Mrs. Hobbss only request", "By Ms. Jenningss estimate": a capitalised form in consonant +
/// "ss" is no English word ("less", "Ross", "business" have a vowel before it); when its stem
/// in -s stands alone in the corpus, it is that name with "’s", whatever follows.
fn name_in_s_sss(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        word,
        stem,
        stats,
        apostrophe,
        ..
    } = *cx;
    if !name_in_s_sss_applies(word, stats) {
        return None;
    }
    let mut after = String::with_capacity(word.len() + 3);
    after.push_str(stem);
    after.push(apostrophe);
    after.push('s');
    Some((
        after,
        format!("possessive: {stem} stands alone; {word} is no word of its own"),
    ))
}

/// [`name_in_s_sss`]'s test, on the word and the corpus alone (so [`screen`] can ask it).
fn name_in_s_sss_applies(word: &str, stats: &ApostropheStats) -> bool {
    let b = word.as_bytes();
    b.len() >= 5
        && b[0].is_ascii_uppercase()
        && word.ends_with("ss")
        && !matches!(
            b[b.len() - 3],
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b's'
        )
        && b[b.len() - 3].is_ascii_lowercase()
        && !b[1..].iter().any(u8::is_ascii_uppercase)
        && stats.get(&word[..word.len() - 1])[BARE] > 0
        && stats.get(word)[STOP_AFTER] == 0
}

/// Nouns counted in the plural without an -s ("the stores 64 staff").
const COUNTED_WITHOUT_S: &[&str] = &["staff", "people", "children", "personnel", "crew"];

/// Words after a number and a time noun or a measure that make no possessive: "30 years
/// old", "two weeks early", "five months pregnant", "two inches thick".
const AFTER_A_SPAN: &[&str] = &[
    "old", "older", "younger", "early", "late", "pregnant", "straight", "apart", "behind", "ahead",
    "running", "long", "high", "tall", "wide", "deep", "thick", "thin", "overall", "clear", "away",
];

/// "90 days warning", "after 30 years service", "five months wages", "a couple of hours
/// break": a number, a time noun in -s, then a lower-case noun is a span of time owning what
/// follows, a plural possessive.
fn time_span(cx: &Cand<'_>, stem_class: u8, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line, word, next, ..
    } = *cx;
    // A time noun first: few candidates are one.
    if stem_class & lexicon::TIME == 0 {
        return None;
    }
    let prev = cx.prev();
    let n = next?;
    let p = prev?;
    let next_word = &line[n.start..n.end];
    let prev_word = &line[p.start..p.end];
    if word.as_bytes()[0].is_ascii_uppercase()
        // A number, or a number word of the closed class ("five months wages"), or "a couple
        // of" ("a couple of hours break").
        || !(p.digit
            || tok_class(line.as_bytes(), p) & Q_PLURAL != 0
            || tok_bytes(line, p) == b"of"
                && cx.before[0].is_some_and(|d| tok_bytes(line, d) == b"couple"))
        || n.upper_first
        || !matches!(next_class, Next::Noun | Next::Ambig | Next::Unknown)
        // "30 years running", "ten years leading the department": an -ing form only when the
        // lexicon knows no verb in it.
        || next_word.ends_with("ing")
            && lexicon::flags(next_word) & lexicon::NOUN == 0
            && !lexicon::common_noun(next_word)
        // "three days trapped underground": a participle in -ed that is no noun.
        || next_word.ends_with("ed") && !lexical_noun(next_word)
        || AFTER_A_SPAN
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next_word))
    {
        return None;
    }
    cx.plural(format!(
        "plural possessive: a span of {prev_word} {word} before the noun '{next_word}'"
    ))
}

/// "Sundays rain-soaked race", "on Saturdays time trial", "Tuesdays storm brought down":
/// a weekday's name in -s before a lower-case singular noun or its modifier is the day's
/// possessive. Its plural is an adverbial ("open on Saturdays", "on Tuesdays, says") that a
/// punctuation mark, a function word or a plural subject follows; one whose next word is
/// followed by a base verb ("On Sundays staff open the doors") is left.
fn weekday(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let n = next?;
    // The weekday names are the adverbs of time (word_classes.txt, E) in -day.
    if !word.as_bytes()[0].is_ascii_uppercase()
        || stem.len() < 6
        || !stem.as_bytes()[stem.len() - 3..].eq_ignore_ascii_case(b"day")
        || lexicon::word_class(stem) & lexicon::TIME_ADVERB == 0
        || n.upper_first
        || n.gap != Gap::Space
        || !matches!(next_class, Next::Noun | Next::Ambig | Next::Unknown)
    {
        return None;
    }
    let head = &line[n.start..n.end];
    let after = word_after(line, n);
    if plural_shaped(head)
        || head.ends_with("ly")
        || !after.is_empty() && is_base_verb(after, stats)
        // (A number that ends the sentence before counts nothing: "since 1996. Saturdays
        // concert".)
        || cx.c.gap != Gap::Sentence
            && prev.is_some_and(|p| p.digit || tok_class(line.as_bytes(), p) & Q_PLURAL != 0)
    {
        return None;
    }
    cx.singular(format!("possessive: the weekday {stem} before '{head}'"))
}

/// A line that reads as a headline: it starts with a capital, is short, and ends without a
/// sentence's closing punctuation ("Food banks founder steps down").
fn is_headline(line: &str) -> bool {
    let t = line.trim_end();
    t.len() <= 100
        && t.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && !t.ends_with(['.', '!', '?', ':', ';', ',', '"', '\'', ')', '”', '’', '…'])
}

/// "Food banks founder steps down", "Airports new terminal opens", "wins festivals top
/// prize": a headline drops its articles, so a thing in -s (a noun of the lexicon with no
/// verb reading, no person) at its start, after its first word or after a preposition,
/// before a singular noun that is no verb and no person, is one thing's possessive, as after
/// "the", when the corpus knows the thing alone. A person after it is left: "Schools chief"
/// is the schools', and many plurals of things modify a person's title.
fn headline_thing(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let n = next?;
    if n.upper_first || n.gap != Gap::Space || n.digit || n.apos != Apos::None || !is_headline(line)
    {
        return None;
    }
    // Where a headline's noun phrase starts: the line's start, after its first word (a
    // modifier: "Cargo ships crew"), or after a preposition ("much of regions apple crop").
    let position = match prev {
        None => c.start == 0,
        Some(p) => {
            let pw = &line[p.start..p.end];
            c.gap == Gap::Space
                && !c.upper_first
                && p.apos == Apos::None
                && !p.digit
                && (p.start == 0
                    && p.upper_first
                    && tok_class(line.as_bytes(), p) == 0
                    && lexicon::flags(pw) & (lexicon::FUNCTION | lexicon::VERB) == 0
                    || [
                        "of", "to", "for", "after", "over", "in", "on", "at", "from", "with", "by",
                        "about", "against", "into", "wins", "win",
                    ]
                    .contains(&pw))
        }
    };
    if !position || !plural_shaped(word) {
        return None;
    }
    let sf = lexicon::flags(stem);
    let thing = (sf & lexicon::NOUN != 0
        && sf & (lexicon::AMBIG | lexicon::VERB | lexicon::BASE) == 0
        || sf == 0 && lexicon::common_noun(stem))
        && !lexicon::animate(stem)
        && lexicon::word_class(stem) == 0
        && lexicon::gazetteer(word) | lexicon::gazetteer(stem) == 0;
    let head = &line[n.start..n.end];
    if !thing || !lexical_noun(head) || plural_shaped(head) || lexicon::animate(head) {
        return None;
    }
    // The corpus must know the thing alone ("the bank"); a capitalised first word, as any
    // capital, needs more: its stem alone more often than its -s form as a plural.
    let mut lower = [0u8; 24];
    let n_bytes = word.len().min(lower.len());
    for (d, b) in lower.iter_mut().zip(word.as_bytes()) {
        *d = b.to_ascii_lowercase();
    }
    let lower_word = std::str::from_utf8(&lower[..n_bytes]).unwrap_or(word);
    let (w, s) = (
        stats.get(lower_word),
        stats.get(&lower_word[..lower_word.len() - 1]),
    );
    let alone = s[BARE] + s[POSS];
    if alone == 0 || c.upper_first && alone <= w[STOP_AFTER] + w[AFTER_PLURAL] {
        return None;
    }
    cx.singular(format!(
        "possessive: a headline's thing {stem} before '{head}', {stem} alone {alone}×"
    ))
}

/// "the two countries defense ministers", "both countries parliaments": after a count or
/// "both" the -s form is a plural, and a noun with no verb reading after it (not a
/// predicate: "two metres deep") is what the things own: a plural possessive.
fn counted_owners(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        next,
        ..
    } = *cx;
    let prev = cx.prev();
    let (p, n) = (prev?, next?);
    if c.upper_first
        || c.gap != Gap::Space
        || n.upper_first
        || n.gap != Gap::Space
        || n.digit
        || n.apos != Apos::None
        || !plural_shaped(word)
        || !(p.digit
            || tok_class(line.as_bytes(), p) & Q_NUMBER != 0
            || tok_bytes(line, p).eq_ignore_ascii_case(b"both"))
    {
        return None;
    }
    // The plural of a noun with no verb reading ("countries": `common_noun` reads plurals).
    let sf = lexicon::flags(stem);
    let noun = sf & lexicon::NOUN != 0 && sf & (lexicon::AMBIG | lexicon::VERB) == 0
        || sf == 0 && lexicon::flags(word) == 0 && lexicon::common_noun(word);
    let head = &line[n.start..n.end];
    if !noun
        || lexicon::word_class(stem) != 0
        || !lexical_noun(head)
        || AFTER_A_SPAN.iter().any(|a| a.eq_ignore_ascii_case(head))
    {
        return None;
    }
    cx.plural(format!(
        "plural possessive: counted {word} before the noun '{head}'"
    ))
}

/// "another days wait", "a weeks work": after a/an/one/another a time noun in -s is one
/// span's, whatever follows it but punctuation or a function word (the verb reading of the
/// next word needs a plural subject).
fn one_span_before_a_verb(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        before,
        c,
        ..
    } = *cx;
    let prev = cx.prev();
    let p = prev?;
    let stem = &word[..word.len() - 1];
    // "down on last years but", "planning next years on Tuesday", "higher than last years.":
    // after "last" or "next" with no determiner before them ("the last years of his life"),
    // a time noun's -s form that ends its phrase stands for "last year’s" (figures, event).
    if next_class == Next::Stop
        && p.apos == Apos::None
        && c.gap == Gap::Space
        && after_last_or_next(line, c)
        && !word.as_bytes()[0].is_ascii_uppercase()
        && tok_is(line, p, &["last", "next"])
        && before[0].is_none_or(|d| {
            !d.digit
                && d.apos == Apos::None
                && tok_class(line.as_bytes(), d) & (Q_DET | Q_PLURAL) == 0
        })
        && lexicon::word_class(stem) & lexicon::TIME != 0
    {
        return cx.singular(format!(
            "possessive: time noun {stem} after '{}', ending its phrase (last year’s …)",
            &line[p.start..p.end]
        ));
    }
    if next_class != Next::Verb
        || p.apos != Apos::None
        || word.as_bytes()[0].is_ascii_uppercase()
        || !tok_is(line, p, &["a", "an", "one", "another"])
        || lexicon::word_class(stem) & lexicon::TIME == 0
    {
        return None;
    }
    cx.singular(format!(
        "possessive: time noun {stem} after '{}'",
        &line[p.start..p.end]
    ))
}

/// Adverbs after "a X’s" = "a X is": "a chips only as good as", "a costume’s not a uniform".
const AFTER_IS: &[&str] = &[
    "only", "not", "never", "always", "just", "still", "really", "also", "already",
];

/// `word` is one of [`AFTER_IS`], in any case: by its length first.
fn after_is(word: &str) -> bool {
    let candidates: &[&str] = match word.len() {
        3 => &["not"],
        4 => &["only", "just", "also"],
        5 => &["never", "still"],
        6 => &["always", "really"],
        7 => &["already"],
        _ => &[],
    };
    candidates.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// "A chips only as good as the number on it": right after "a" or "an" an -s form is no
/// plural, and before "only", "not" and their like it is the noun with "is" contracted. Not
/// "a members only bar": "only" before a noun makes the -s form part of a modifier.
fn one_thing_is(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        c,
        next,
        stats,
        ..
    } = *cx;
    let prev = cx.prev();
    let (p, n) = (prev?, next?);
    let stem = &word[..word.len() - 1];
    if c.upper_first
        || c.gap != Gap::Space
        || p.apos != Apos::None
        || !tok_is(line, p, &["a", "an"])
        || !plural_shaped(word)
        || !(AFTER_IS
            .iter()
            .any(|a| a.as_bytes().eq_ignore_ascii_case(tok_bytes(line, n)))
            || [&b"a"[..], b"an"].contains(&tok_bytes(line, n)))
        || !(lexicon::common_noun(stem)
            || lexicon::flags(stem) & (lexicon::NOUN | lexicon::AMBIG) != 0
            || stats.get(stem)[AFTER_DET] > 0)
    {
        return None;
    }
    // "A deals a deal", "a finals a final": the saying, the noun with "is".
    if [&b"a"[..], b"an"].contains(&tok_bytes(line, n)) {
        if word_after(line, n) != stem {
            return None;
        }
        return cx.singular(format!("contraction: {stem} is, in 'a {stem}’s a {stem}'"));
    }
    if tok_bytes(line, n).eq_ignore_ascii_case(b"only") {
        let after = word_after(line, n);
        let f = lexicon::flags(after);
        // A noun by the lexicon, or a word it does not know that has no adjective's, past
        // participle's or adverb's ending ("only bar", not "only available", "only opened").
        let unknown_noun = f == 0
            && after.len() > 2
            && !["ed", "ing", "ly", "able", "ible"]
                .iter()
                .any(|e| after.ends_with(e));
        if f & lexicon::FUNCTION == 0
            && (f & (lexicon::NOUN | lexicon::AMBIG) != 0
                || lexicon::common_noun(after)
                || unknown_noun)
        {
            return None;
        }
    }
    cx.singular(format!(
        "contraction: {stem} is, after '{}'",
        &line[p.start..p.end]
    ))
}

/// Determiners that open a subject's noun phrase ("the", "my" …), for [`subject_is`].
const SUBJECT_DETERMINERS: &[&str] = &["the", "my", "your", "his", "her", "our", "their"];

/// Words that open a clause before its subject ("and the roads …").
const CLAUSE_STARTERS: &[&str] = &[
    "and", "but", "because", "so", "when", "if", "once", "now", "until", "while",
];

/// Whether one of [`SUBJECT_DETERMINERS`] and one space stand right before token `c`, as a
/// whole word: [`subject_is`]'s test on the line's bytes, for [`screen`].
fn after_a_subject_determiner(line: &str, c: &Tok) -> bool {
    let head = &line.as_bytes()[..c.start];
    let Some(head) = head.strip_suffix(b" ") else {
        return false;
    };
    // (All the spaces: the rule's gap is one or more.)
    let spaces = head.iter().rev().take_while(|&&b| b == b' ').count();
    let head = &head[..head.len() - spaces];
    SUBJECT_DETERMINERS
        .iter()
        .any(|d| ends_with_word(head, d.as_bytes()))
}

/// Whether `w` is "a", "an" or "the", in any case: what opens the noun phrase after a
/// contracted "is" in [`subject_is`].
fn opens_a_complement(w: &[u8]) -> bool {
    [&b"a"[..], b"an", b"the"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w))
}

/// "The reports a fair reflection", "my prides a bit bruised", "The rings the same one": a
/// subject's -s form at the start of a clause, right before "a", "an" or "the", is the noun
/// with "is" contracted. A plural subject would need its verb before another noun phrase; a
/// verb before the determiner would make the two its objects ("gave the kids a present",
/// "found the rooms a mess"), so the determiner must open the clause (the line's or a
/// sentence's start, a quote, a comma, or "and", "but" …). Not in a headline, which drops its
/// verb ("Cuts a blow to schools").
fn subject_is(cx: &Cand<'_>) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        before,
        next,
        stats,
        ..
    } = *cx;
    // (Not in a headline, which drops its verb: each branch asks last, as the line is read.)
    let n = next?;
    if n.gap != Gap::Space {
        return None;
    }
    if !opens_a_complement(tok_bytes(line, n)) {
        return name_has_or_is(cx, n);
    }
    // "Lenas a brilliant mother", "Dads the last person": a name or a noun in capitals that
    // opens the clause itself, its stem seen alone in the corpus and its -s form never
    // used as a plural there (after a determiner or a count), and no word of its own ("Thanks
    // a lot"). (Its stop after it is this very use.)
    if c.upper_first && matches!(c.gap, Gap::Sentence | Gap::Other) {
        let (w, s) = (stats.get(word), stats.get(stem));
        if stem.len() < 3
            || s[BARE] == 0
            || w[AFTER_PLURAL] + w[AFTER_DET] > 0
            || lexicon::flags(word) & (lexicon::FUNCTION | lexicon::S_WORD) != 0
            || lexicon::gazetteer(word) != 0
            || is_headline(line)
        {
            return None;
        }
        return cx.singular(format!(
            "contraction: {stem} is, opening the clause before '{}'",
            &line[n.start..n.end]
        ));
    }
    let p = cx.prev()?;
    if c.upper_first
        || c.gap != Gap::Space
        || p.apos != Apos::None
        || !tok_is(line, p, SUBJECT_DETERMINERS)
        || !plural_shaped(word)
        || stem.len() < 3
    {
        return None;
    }
    let clause_start = match p.gap {
        Gap::Sentence | Gap::Other => true,
        Gap::Space => {
            before[0].is_some_and(|d| d.apos == Apos::None && tok_is(line, d, CLAUSE_STARTERS))
        }
        Gap::Hyphen => false,
    };
    let noun = lexicon::common_noun(stem)
        || lexicon::flags(stem) & (lexicon::NOUN | lexicon::AMBIG) != 0
        || stats.get(stem)[AFTER_DET] > 0;
    if !clause_start
        || !noun
        || lexicon::word_class(word) & lexicon::PLURAL_MODIFIER != 0
        || is_headline(line)
    {
        return None;
    }
    cx.singular(format!(
        "contraction: {stem} is, a subject at the clause's start before '{}'",
        &line[n.start..n.end]
    ))
}

/// Words after a name that take its contracted "has" or "is" ("Hatties got hands like silk",
/// "Brunos going to find out", "Mums done thousands of miles"), beside [`AFTER_IS`].
fn has_or_is_next(w: &[u8]) -> bool {
    [&b"got"[..], b"going", b"done"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w))
}

/// "Hatties got hands like silk", "Nans already had people ringing": a name that opens its
/// clause, before "got", "going", "done" or an adverb of [`AFTER_IS`], is the name with "has"
/// or "is" contracted, when the story gives the stem as a given name ("Hattie Lomax") and never
/// as a surname, and uses the -s form nowhere else, and the corpus never uses it as a plural:
/// a surname in -s whose stem is a given name ("Williams got", "Roberts going") has no such
/// story.
fn name_has_or_is(cx: &Cand<'_>, n: &Tok) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        c,
        stats,
        story,
        ..
    } = *cx;
    let next = tok_bytes(line, n);
    if !c.upper_first
        || !matches!(c.gap, Gap::Sentence | Gap::Other)
        || stem.len() < 3
        || !(has_or_is_next(next) || after_is(&line[n.start..n.end]))
    {
        return None;
    }
    let f = story.story_forms(stem);
    let (w, s) = (stats.get(word), stats.get(stem));
    if f.given == 0
        || f.surname > 0
        || f.forms > 1
        || s[BARE] == 0
        || w[AFTER_PLURAL] + w[AFTER_DET] > 0
        || lexicon::flags(word) & (lexicon::FUNCTION | lexicon::S_WORD) != 0
        || lexicon::gazetteer(word) != 0
        || is_headline(line)
    {
        return None;
    }
    cx.singular(format!(
        "contraction: {stem} has or is, opening the clause before '{}'; the story gives {stem} as a name {}×",
        &line[n.start..n.end],
        f.given
    ))
}

/// The ASCII letters `s` starts with.
fn leading_letters(s: &str) -> &str {
    &s[..s.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// The lower-case ASCII letters `s` starts with.
fn leading_lower(s: &str) -> &str {
    &s[..s.bytes().take_while(u8::is_ascii_lowercase).count()]
}

/// Whether the token `t` of `line` is one of `words`, in any case.
fn tok_is(line: &str, t: &Tok, words: &[&str]) -> bool {
    let w = tok_bytes(line, t);
    words.iter().any(|d| d.as_bytes().eq_ignore_ascii_case(w))
}

/// The bytes of token `t` of `line`, for comparing: a string slice would test both ends for
/// character boundaries, out of line.
#[inline]
fn tok_bytes<'a>(line: &'a str, t: &Tok) -> &'a [u8] {
    line.as_bytes().get(t.start..t.end).unwrap_or_default()
}

/// A word shaped like a regular plural: longer than three letters, in -s but not -ss, -us or
/// -is.
fn plural_shaped(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// A stem known as a noun (by the lexicon, the common nouns, or the corpus after a
/// determiner) that names no person, animal or plant, and has no agent ending unless it is
/// a listed common noun.
fn inanimate_noun(stem: &str, counts: &Counts) -> bool {
    if lexicon::animate(stem) {
        return false;
    }
    let common = lexicon::common_noun(stem);
    let agent = ["er", "or", "ist", "ian", "ee"]
        .iter()
        .any(|e| stem.len() > e.len() + 2 && stem.ends_with(e));
    if agent && !common {
        return false;
    }
    common || lexicon::flags(stem) & (lexicon::NOUN | lexicon::AMBIG) != 0 || counts[AFTER_DET] > 0
}

/// Verbs that take two objects ("paid its shareholders dividends"), in their common forms.
const TWO_OBJECT_VERBS: &[&str] = &[
    "give", "gives", "gave", "given", "giving", "pay", "pays", "paid", "paying", "offer", "offers",
    "offered", "offering", "send", "sends", "sent", "sending", "owe", "owes", "owed", "owing",
    "hand", "handed", "lend", "lent", "grant", "granted", "award", "awarded", "promise",
    "promised", "sell", "sold", "charge", "charged", "charging", "tell", "tells", "told",
    "telling", "remind", "reminds", "reminded", "warn", "warns", "warned", "assure", "assured",
    "inform", "informed", "win", "wins", "won", "show", "shows", "showed", "shown", "teach",
    "taught",
];

/// A person noun in -s read as a plural possessor ("the workers union" → "workers’"), when
/// a plain noun follows and no singular determiner comes before. The corpus speaks first: a
/// stem used alone (or with "’s") at least three times and more than twice as often as the
/// plural decides against it.
fn person_plural(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        before,
        next,
        stats,
        apostrophe,
        ..
    } = *cx;
    let next_word = next.map_or("", |n| &line[n.start..n.end]);
    // A noun/verb homograph in -s is no verb after a plural subject, which takes the base
    // form ("our customers orders are slowing": "customers order", not "orders"); one before
    // "is", "was" or a modal is the subject's head ("Firefighters pay will not change").
    // A word the lexicon does not know is a head before "is", "was" or a modal too, for a
    // capitalised plural that opens its sentence ("Teachers workload is"; not "What voters
    // crave is", "The nurses tomorrow will"); no time adverb.
    let plural_homograph = next_class == Next::Ambig
        && next.is_some_and(|n| plural_shaped(next_word) || singular_verb_follows(line, n))
        || next_class == Next::Unknown
            && before[1].is_none()
            && word.as_bytes()[0].is_ascii_uppercase()
            && lexicon::word_class(next_word) & (lexicon::NOT_PLURAL | lexicon::TIME_ADVERB) == 0
            && next.is_some_and(|n| singular_verb_follows(line, n));
    if next_class != Next::Noun && !plural_homograph || next.is_some_and(|n| n.upper_first) {
        return None;
    }
    // "to keep their workers busy.": a word the lexicon takes after a possessive but knows as
    // no noun (an adjective), ending its clause, is the plural's predicate, not a head.
    if next.is_some_and(|n| {
        !lexical_noun(next_word)
            && line[n.end..]
                .chars()
                .next()
                .is_none_or(|ch| matches!(ch, ',' | '.' | ';' | ':' | '!' | '?' | '”' | '"' | ')'))
    }) {
        return None;
    }
    // A headline's plural subject and its verb ("Scientists track rare whale"): capitalised,
    // the next word must be a noun by the lexicon or its ending, not only by corpus counts.
    // A homograph before "is", "was", "has" or a modal is the head ("Firefighters pay will
    // not change"), no verb.
    // A plural-shaped homograph is no verb of the plural before it ("Parents views collected
    // by inspectors": "Parents view", not "views").
    if word.as_bytes()[0].is_ascii_uppercase()
        && !lexical_noun(next_word)
        && !plural_homograph
        && !next.is_some_and(|n| singular_verb_follows(line, n))
    {
        return None;
    }
    // Only at the start, or after a function word ("the", "our", "for", "with"): after a
    // verb the -s form may be an object followed by a second one ("gave lawmakers wide
    // discretion"); no singular determiner or number. "that" right after a verb or a
    // conjunction starts a clause ("argued that workers pay was", "and that voters
    // concerns"): no determiner then.
    let prev = before[1];
    // An adverb may follow a clause's subject ("that researchers first thought"): the head
    // must be a plural or stand before "is", "was", "has" or a modal.
    let clause_that = |p: &Tok| {
        tok_bytes(line, p).eq_ignore_ascii_case(b"that")
            && next.is_some_and(|n| plural_shaped(next_word) || singular_verb_follows(line, n))
            && before[0].is_some_and(|d| {
                let dw = &line[d.start..d.end];
                d.apos == Apos::None
                    && !d.digit
                    && p.gap == Gap::Space
                    && (["and", "but", "so"]
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(dw))
                        || tok_class(line.as_bytes(), d) == 0
                            && lexicon::flags(dw) & (lexicon::FUNCTION | lexicon::NOUN) == 0
                            && !lexicon::common_noun(dw))
            })
    };
    // "paying its shareholders dividends", "gave our members discounts": after a verb that
    // takes two objects and a determiner, the plural is the first object, no possessor.
    if before[0].is_some_and(|v| {
        let vw = &line[v.start..v.end];
        TWO_OBJECT_VERBS.iter().any(|t| t.eq_ignore_ascii_case(vw))
    }) && prev.is_some_and(|p| p.gap == Gap::Space && tok_class(line.as_bytes(), p) & Q_DET != 0)
    {
        return None;
    }
    if prev.is_some_and(|p| {
        let pw = &line[p.start..p.end];
        p.digit
            || p.apos != Apos::None
            || tok_class(line.as_bytes(), p) & Q_FUNCTION == 0
                && lexicon::flags(pw) & lexicon::FUNCTION == 0
            || [
                "a", "an", "one", "this", "that", "each", "every", "another", "either", "neither",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(pw))
                && !clause_that(p)
    }) {
        return None;
    }
    let w = stats.get(word);
    let s = stats.get(stem);
    let singular = s[BARE] + s[POSS];
    let plural = w[STOP_AFTER] + w[AFTER_PLURAL] + w[POSS_PL];
    if s[POSS] > 0 || singular >= 3 && singular > 2 * plural {
        return None;
    }
    let mut after = String::with_capacity(word.len() + 3);
    after.push_str(word);
    after.push(apostrophe);
    Some((
        after,
        format!(
            "plural possessive: {word} names people, mostly possessors as a group ({stem} alone {singular}×, {word} as a plural {plural}×); next word '{next_word}' is its head"
        ),
    ))
}

/// A count or a determiner right after token `n`: `n` may then be the verb of a subject
/// before the -s form, taking its object ("owned by its customers marks ten years"), which a
/// noun head would not be followed by.
fn object_follows(line: &str, n: &Tok) -> bool {
    let b = line.as_bytes();
    if b.get(n.full_end) == Some(&b' ') && b.get(n.full_end + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let after = word_after(line, n);
    after == "that" || closed_word_class(after) & (Q_DET | Q_NUMBER) != 0
}

/// A form that is always a contraction with its apostrophe dropped ("arent", "theyre").
fn is_contraction_form(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && matches!(b[b.len() - 1], b't' | b'e' | b'l' | b'd')
        && matches!(lowered_contraction(b), Some(Contraction::Sure(_)))
}

/// A finite verb right after token `n`: one of [`singular_verb_follows`], "said", a past
/// form the lexicon knows as no noun and no base form ("found", "went"; not an -ed form,
/// which may be an adjective: "the tests show reduced levels"), or a dropped contraction
/// ("didnt"). Two finite verbs do not follow each other, so `n` is the head of a noun phrase
/// ("The regulators report found that").
fn finite_verb_follows(line: &str, n: &Tok) -> bool {
    if singular_verb_follows(line, n) {
        return true;
    }
    let w = word_after(line, n);
    let f = lexicon::flags(w);
    w == "said"
        || f & lexicon::VERB != 0
            && f & (lexicon::BASE | lexicon::NOUN | lexicon::AMBIG) == 0
            && !w.ends_with("ed")
        || f == 0 && is_contraction_form(w)
}

/// "is", "was", "has", "had" or a modal right after token `n`: `n` is then the head of a noun
/// phrase, not a plural verb ("The boards vote is expected").
fn singular_verb_follows(line: &str, n: &Tok) -> bool {
    let w = word_after(line, n);
    [
        "is", "was", "has", "had", "will", "would", "could", "should", "can", "may", "might",
        "must",
    ]
    .contains(&w)
}

/// The gazetteer's class of the name of two or three capitalised words, one space apart, that
/// ends at byte `end` of the candidate `c` ("North Korea", "World Food Programme"); 0 if none.
fn gazetteer_span(line: &str, before: [Option<&Tok>; 2], c: &Tok, end: usize) -> u8 {
    let joined = |a: &Tok, b: &Tok| {
        a.upper_first && a.apos == Apos::None && b.gap == Gap::Space && b.start == a.end + 1
    };
    let Some(p) = before[1].filter(|p| joined(p, c)) else {
        return 0;
    };
    let mut class = line.get(p.start..end).map_or(0, lexicon::gazetteer);
    if let Some(q) = before[0].filter(|q| joined(q, p)) {
        class |= line.get(q.start..end).map_or(0, lexicon::gazetteer);
    }
    class
}

/// "Williamss statement" (from "Williams’s"): the stem ends in s and stands alone.
fn double_s(cx: &Cand<'_>, next_class: Next) -> Option<(String, String)> {
    let Cand {
        line,
        word,
        stem,
        before,
        c,
        next,
        stats,
        apostrophe,
        ..
    } = *cx;
    // A form in -sss is no English word: its stem ends in -ss ("Burgesss" from "Burgess’s").
    if word.len() < 5 || word.ends_with("ssss") {
        return None;
    }
    let s = stats.get(stem);
    let w = stats.get(word);
    // Lower case ("the viruss spread"): most words in -ss are words ("business", "access"), so
    // the stem must be seen as a noun after a determiner, the -ss form must be in no class of
    // the lexicon, and a determiner must come right before it.
    // A form in -sss is no word at all ("Small presss debut novel"): no determiner needed.
    if !c.upper_first
        && (s[AFTER_DET] == 0
            || w[BARE] > 1
            || lexicon::flags(word) != 0
            || !word.ends_with("sss")
                && before[1].is_none_or(|p| {
                    c.gap != Gap::Space || tok_class(line.as_bytes(), p) & Q_DET == 0
                }))
    {
        return None;
    }
    // A capital of the gazetteer counts as attested ("Pariss Sorbonne").
    let attested = s[BARE] > 0 || c.upper_first && lexicon::gazetteer(stem) != 0;
    if !attested
        || w[STOP_AFTER] > 0
        || contraction_kind(stem.to_ascii_lowercase().as_bytes()).is_some()
    {
        return None;
    }
    if !matches!(next_class, Next::Noun | Next::Ambig | Next::Unknown) {
        return None;
    }
    let next_word = next.map_or("", |n| &line[n.start..n.end]);
    let mut after = String::with_capacity(word.len() + 3);
    after.push_str(stem);
    after.push(apostrophe);
    after.push('s');
    Some((
        after,
        format!(
            "possessive: {stem} stands alone {}×; next word '{next_word}' is {next_class:?}",
            s[BARE]
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `CONTRACTION_FORMS` lists exactly the forms `contraction_kind` matches, read from its
    /// source, so the first-letter table behind the reject covers every form.
    #[test]
    fn contraction_forms_are_those_of_contraction_kind() {
        let source = include_str!("apostrophe.rs");
        let start = source.find("fn contraction_kind(").unwrap_or(0);
        let body = &source[start..];
        let body = &body[..body.find("_ => return None").unwrap_or(body.len())];
        let mut from_source: Vec<&[u8]> = body
            .split("b\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::as_bytes)
            .collect();
        let mut listed = CONTRACTION_FORMS.to_vec();
        from_source.sort_unstable();
        listed.sort_unstable();
        assert_eq!(from_source, listed);
        for form in CONTRACTION_FORMS {
            assert!(contraction_kind(form).is_some(), "{form:?}");
        }
    }

    /// The packed lookup of contraction forms agrees with the table's, on every form in
    /// every case and on words near them.
    #[test]
    fn contraction_form_matches_the_table_on_forms() {
        for form in CONTRACTION_FORMS {
            let s = std::str::from_utf8(form).unwrap_or("");
            let mut first_up = s.to_owned();
            first_up[..1].make_ascii_uppercase();
            let mut last_up = s.to_owned();
            last_up[s.len() - 1..].make_ascii_uppercase();
            for w in [
                s.to_owned(),
                first_up,
                last_up,
                s.to_ascii_uppercase(),
                format!("{s}s"),
                s[1..].to_owned(),
                s[..s.len() - 1].to_owned(),
                format!("x{s}"),
                format!("{s}é"),
                s.replace('t', "4"),
            ] {
                assert_eq!(
                    contraction_form(w.as_bytes()),
                    contraction_form_by_table(w.as_bytes()),
                    "{w:?}"
                );
            }
        }
        // What `contraction_form` asks of the longer forms before the table.
        for f in CONTRACTION_FORMS.iter().filter(|f| f.len() > 8) {
            assert!(f.ends_with(b"s") && (f[0] == b'e' || f[0] == b's'), "{f:?}");
        }
        let long = CONTRACTION_FORMS.iter().filter(|f| f.len() > 8).count();
        assert_eq!(SHORT_FORMS.len() + long, CONTRACTION_FORMS.len());
    }

    /// The eight-byte word test agrees with the byte table for every byte in every position.
    #[test]
    fn swar_alnum_matches_the_byte_table() {
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut arr = [b'a'; 8];
                arr[pos] = b;
                let (alnum, digits) = ascii_alnum_digits(u64::from_le_bytes(arr));
                let class = BYTE_CLASS[usize::from(b)];
                let bit = 1u64 << (8 * pos + 7);
                assert_eq!(
                    alnum & bit != 0,
                    class & B_ALNUM != 0,
                    "byte {b:#x} at {pos}"
                );
                assert_eq!(
                    digits & bit != 0,
                    class & B_DIGIT != 0,
                    "byte {b:#x} at {pos}"
                );
            }
        }
    }

    /// The scanner loop's form bits, which take a capital from the first byte, say what
    /// `form_parts` says of a word starting with an ASCII letter or digit, and the spaced -s
    /// word is four bytes or more, or three and capitalised.
    #[test]
    fn form_bits_are_form_parts() {
        let alnum: Vec<u8> = (0..=127u8).filter(u8::is_ascii_alphanumeric).collect();
        let ends: Vec<u8> = alnum.iter().copied().chain([0, b' ', 0x80, 0xE2]).collect();
        for &first in &alnum {
            for &before in &ends {
                for &last in &ends {
                    for n in [1, 2, 3, 4, 5, 6, 7, 12, 63] {
                        let up = first.is_ascii_uppercase();
                        let (spaced_s, form) = form_parts(first, before, last, n, up);
                        let bits = form_bits(first, before, last, n);
                        assert_eq!(bits != 0, spaced_s | form);
                        assert_eq!(bits & FORMS != 0, form);
                        assert_eq!(spaced_s, last == b's' && (n >= 4 || n == 3 && up));
                    }
                }
            }
        }
    }

    /// Short words get the same key from the eight-byte load as from the bytes alone.
    #[test]
    fn word_key_at_matches_word_key() {
        let text = "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii é x";
        let b = text.as_bytes();
        let mut start = 0;
        for (i, &c) in b
            .iter()
            .enumerate()
            .chain([(b.len(), b' ')].iter().map(|(i, c)| (*i, c)))
        {
            if c == b' ' {
                assert_eq!(word_key_at(b, start, i), word_key(&b[start..i]));
                start = i + 1;
            }
        }
    }

    /// The restorer's key is the corpus pass's, for words of every length up to 12 bytes and
    /// every byte value in every place.
    #[test]
    fn lookup_key_is_word_key() {
        for n in 0..=12usize {
            for x in 0..=255u8 {
                for at in 0..n.max(1) {
                    let mut w: Vec<u8> = (0..n as u8).map(|i| b'a' + i).collect();
                    if let Some(b) = w.get_mut(at) {
                        *b = x;
                    }
                    assert_eq!(lookup_key(&w), word_key(&w), "{w:?}");
                }
            }
        }
    }

    /// The key table keeps every key apart through growth, including the key 0.
    #[test]
    fn key_table_counts_through_growth() {
        let mut t: KeyTable<u32> = KeyTable::default();
        for k in 0..5000u64 {
            *t.slot(k.wrapping_mul(GOLDEN)) += 1;
            *t.slot(k.wrapping_mul(GOLDEN)) += 1;
        }
        for k in 0..5000u64 {
            assert_eq!(t.get(k.wrapping_mul(GOLDEN)), Some(&2));
        }
        assert_eq!(t.get(12345), None);
        assert_eq!(t.iter().count(), 5000);
    }

    /// The memo of the next word's class answers as `classify_next` does: every line of the
    /// evaluation's articles, apostrophes dropped, restored with a claimed memo (one for all
    /// the articles, and a small one, so that slots are overwritten) and without one.
    /// The evaluation's articles, apostrophes between letters dropped, one after another.
    fn eval_text_stripped() -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fixtures/normalize/apostrophe");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("apostrophe fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let mut text = String::new();
        for p in &paths {
            let t = std::fs::read_to_string(p).expect("utf-8");
            let chars: Vec<char> = t.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let between = i > 0
                    && chars[i - 1].is_alphabetic()
                    && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
                if !(matches!(c, '\'' | '’') && between) {
                    text.push(c);
                }
            }
            text.push('\n');
        }
        text
    }

    #[test]
    fn next_memo_changes_no_restoration() {
        let text = eval_text_stripped();
        let mut stats = ApostropheStats::default();
        stats.observe(&text);
        let mut memo = NextMemo::default();
        memo.claim(1);
        let mut small = NextMemo {
            owner: 2,
            slots: vec![0; 256],
            words: vec![0; 256],
        };
        let (mut plain, mut memoized, mut overwritten) = (Vec::new(), Vec::new(), Vec::new());
        let mut changed = 0;
        for line in text.lines() {
            let a = restore_line(line, &stats, '’', &mut plain);
            let b = restore_line_with(
                line,
                Article::default(),
                &stats,
                '’',
                &mut memoized,
                &mut memo,
            );
            assert_eq!(a, b, "{line}");
            changed += usize::from(a.is_some());
            // 256 slots (the fewest whose index covers the bits the tag shifts out),
            // overwritten all the time.
            let c = restore_line_with(
                line,
                Article::default(),
                &stats,
                '’',
                &mut overwritten,
                &mut small,
            );
            assert_eq!(a, c, "{line}");
        }
        assert_eq!(plain, memoized);
        assert_eq!(plain, overwritten);
        assert!(changed > 500, "{changed} lines restored");
    }

    /// Every candidate of `line`, decided with the screen (`decide`) and in full
    /// ([`decide_in_full`]); the number of candidates the screen settled alone.
    fn screen_agrees(line: &str, stats: &ApostropheStats, memo: &mut NextMemo) -> usize {
        let mut settled = 0;
        for_each_candidate(line, |before, c, next| {
            let screened = decide(line, before, c, next, stats, '’', memo);
            let full = decide_in_full(line, before, c, next, Article::default(), stats, '’', memo);
            assert_eq!(screened, full, "{line:?} at {}", c.start);
            settled += usize::from(screen(line, c, next, stats, memo) == Screen::Nothing);
        });
        settled
    }

    /// The screen changes no decision on the evaluation's articles (apostrophes dropped),
    /// where it settles most candidates alone.
    #[test]
    fn screen_changes_no_decision_on_the_evaluation() {
        let text = eval_text_stripped();
        let mut stats = ApostropheStats::default();
        stats.observe(&text);
        let mut memo = NextMemo::default();
        memo.claim(3);
        let settled: usize = text
            .lines()
            .map(|l| screen_agrees(l, &stats, &mut memo))
            .sum();
        assert!(settled > 1000, "{settled} settled by the screen");
    }

    /// `after_is` is membership in `AFTER_IS`, in any case.
    #[test]
    fn after_is_is_the_list() {
        for w in AFTER_IS {
            assert!(after_is(w) && after_is(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["", "no", "nota", "onl", "stills", "Already.", "lately"] {
            assert!(!after_is(w), "{w}");
        }
    }

    /// The reasons built by hand read as `format!` writes them: counts as `{}`, classes as
    /// `{:?}`.
    #[test]
    fn reason_parts_are_as_format_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            62,
            99,
            100,
            310,
            65_535,
            1_000_000_007,
            u32::MAX,
        ] {
            assert_eq!(Decimal::new(n).as_str(), format!("{n}"));
        }
        for class in [
            Next::Stop,
            Next::Verb,
            Next::Ambig,
            Next::Noun,
            Next::Unknown,
        ] {
            assert_eq!(class.name(), format!("{class:?}"));
        }
        assert_eq!(reason(&["a", "", "b’c"]), "ab’c");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// On random text, every gap `g..k` of a window (a word start or not) is told as the
        /// masks of stops and hyphens told it.
        #[test]
        fn gap_from_bytes_matches_the_masks(
            line in "([a-zA-Z0-9]{1,3}|[ .!?:\\-,;'\"()]|’|“|é){1,50}",
            base in 0usize..12,
        ) {
            let b = line.as_bytes();
            proptest::prop_assume!(base < b.len());
            let c = copydesk_tokenize::masks::classify_at(b, base);
            let m = Masks {
                alnum: c.alnum,
                digit: c.digit,
                upper: c.upper,
                space: c.space,
                apostrophe: c.apostrophe,
                high: c.high,
            };
            // A word starts at bit 63 at most: the scanner asks of no gap that ends past it.
            let end = (b.len() - base).min(64) as u32;
            for g in 0..end {
                for k in g..end {
                    proptest::prop_assert_eq!(
                        m.gap(b, base, g, k),
                        gap_by_masks(b, base, g, k),
                        "{:?} at {} gap {}..{}",
                        line,
                        base,
                        g,
                        k
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// On random words, the packed lookup of contraction forms agrees with the table's.
        #[test]
        fn contraction_form_matches_the_table(
            w in "([a-zA-Z0-9]{0,13}|[IiWwTtDdHhSsEe][a-zA-Z]{0,4}(nt|re|ve|ll|d|m|s|NT|S)|[a-zé]{1,4}[tsd])"
        ) {
            proptest::prop_assert_eq!(
                contraction_form(w.as_bytes()),
                contraction_form_by_table(w.as_bytes()),
                "{:?}",
                w
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// On lines strung from words the screen's tests look at (forms in -s in any case,
        /// "been", counts, the adverbs after "a X’s", institutions, people, time nouns), the
        /// screen changes no decision.
        #[test]
        fn screen_changes_no_decision(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    4 => "(the|a|an|one|another|The|A|its|this|have|has|State|National) ",
                    6 => "[a-z]{2,8}s ",
                    2 => "[A-Z][a-z]{2,7}s ",
                    3 => "(ITS|Its|its|LETS|Lets|lets|THATS|Thats|whos|hes|elses|todays|nobodys|cities|boxes|weeks|years|Mondays|Departments|Boards|workers|teachers|residents|sales|news|Wales|Americans|citys) ",
                    3 => "(been|only|NOT|never|always|just|still|really|also|already|two|3|12|five|dozen|next|last|said|is|was|will|and|of|to|in) ",
                    3 => "(office|report|plan|future|vote|team|union|director|results|chairman|said|expects|new) ",
                    2 => "(\\. |, |: | - |-|’ |' |“|”|\\(|\\) )",
                    1 => "[a-z]{1,6}(’s|'s) ",
                ],
                0..24,
            )
        ) {
            let line: String = parts.concat();
            let mut stats = ApostropheStats::default();
            stats.observe("the citys mayor. The city said. A week ago the weeks end. Workers union. \\
                the boards vote and the board met. Americans said. the teams coach. years of war");
            let mut memo = NextMemo::default();
            memo.claim(4);
            screen_agrees(&line, &stats, &mut memo);
        }
    }
}
