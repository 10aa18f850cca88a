//! The compact built-in lexicon: general English word classes that say what may follow a
//! possessive and what may follow a modal. It is the fallback when the corpus is too small to
//! speak for itself; it holds no proper names.

use super::HashTable;
use super::word_key;
use std::sync::OnceLock;

/// Cannot follow a possessive.
pub(crate) const FUNCTION: u8 = 1;
/// Noun or adjective that is not a verb.
pub(crate) const NOUN: u8 = 2;
/// Noun/verb homograph.
pub(crate) const AMBIG: u8 = 4;
/// Verb form that is not a noun.
pub(crate) const VERB: u8 = 8;
/// Base verb (follows a modal).
pub(crate) const BASE: u8 = 16;
/// A word in -s that is neither plural nor possessive.
pub(crate) const S_WORD: u8 = 32;

const LEXICON: &str = include_str!("../../data/apostrophe/lexicon.txt");
const BASE_VERBS: &str = include_str!("../../data/apostrophe/base_verbs.txt");

/// A table built from a data file: each line that is neither blank nor a `#` comment goes
/// to `entry`, with the map to insert into.
fn load(text: &str, mut entry: impl FnMut(&mut HashTable, &str)) -> HashTable {
    let mut map = HashTable::default();
    for line in text.lines() {
        let line = line.trim();
        if !line.is_empty() && !line.starts_with('#') {
            entry(&mut map, line);
        }
    }
    map.spread();
    map
}

/// The flags of a data file's tag letters ("FN"), by `letters`; unknown letters add none.
fn tag_flags(tags: &str, letters: &[(u8, u8)]) -> u8 {
    tags.bytes()
        .filter_map(|t| letters.iter().find(|(l, _)| *l == t).map(|(_, f)| *f))
        .fold(0, |a, f| a | f)
}

/// Inserts `word` with `flags`.
fn insert(map: &mut HashTable, word: &str, flags: u8) {
    map.insert(word_key(word.as_bytes()), flags);
}

/// `word` in lower case in a stack buffer, for lookups without allocating; `None` for
/// non-ASCII words and words longer than 24 bytes, which are in no class.
fn lowered(word: &str) -> Option<([u8; 24], usize)> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 24];
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    Some((buf, bytes.len()))
}

/// The flags of `word` in `table`, case-insensitively.
#[inline]
fn lookup(table: &HashTable, word: &str) -> u8 {
    if word.len() <= 8 {
        return short_lowered_key(word.as_bytes()).map_or(0, |key| table.get(key));
    }
    if word.len() <= 16 {
        return mid_lowered_key(word.as_bytes()).map_or(0, |key| table.get(key));
    }
    lowered(word).map_or(0, |(buf, n)| table.get(super::lookup_key(&buf[..n])))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// [`word_key`] of a word of at most eight bytes in lower case, lowered in one word (the
/// upper-case letters found by a carry-free byte-range test) rather than copied byte by byte
/// into a buffer; `None` for a non-ASCII word (in no class, as [`lowered`] has it).
#[inline]
fn short_lowered_key(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    lower_packed(super::pack_short(bytes)).map(super::mix_packed)
}

/// Eight packed bytes in lower case, the upper-case letters found by a carry-free
/// byte-range test; `None` if one is not ASCII.
#[inline]
fn lower_packed(packed: u64) -> Option<u64> {
    if packed & HIGHS != 0 {
        return None;
    }
    // For bytes below 0x80: the high bit of each byte in `A..=Z`.
    let ge_a = packed + ONES * u64::from(0x80 - b'A');
    let gt_z = packed + ONES * u64::from(0x7F - b'Z');
    let upper = ge_a & !gt_z & HIGHS;
    Some(packed | upper >> 2)
}

/// [`word_key`] of a word of 9 to 16 bytes in lower case: its first and last eight bytes
/// (which overlap: together they are the word) lowered a word at a time into a 16-byte
/// buffer, not byte by byte into [`lowered`]'s 24 zeroed ones; `None` for a non-ASCII word or
/// another length.
#[inline]
fn mid_lowered_key(bytes: &[u8]) -> Option<u64> {
    let n = bytes.len();
    let (first, last) = (bytes.first_chunk::<8>()?, bytes.last_chunk::<8>()?);
    if !(9..=16).contains(&n) {
        return None;
    }
    let first = lower_packed(u64::from_le_bytes(*first))?;
    let last = lower_packed(u64::from_le_bytes(*last))?;
    let mut buf = [0u8; 16];
    buf[n - 8..n].copy_from_slice(&last.to_le_bytes());
    buf[..8].copy_from_slice(&first.to_le_bytes());
    Some(super::lookup_key(&buf[..n]))
}

/// Keyed by the xxh3 hash of the lower-case word, like the corpus counters.
fn table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = load(LEXICON, |map, line| {
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { return };
            let tags = parts.next().unwrap_or("N");
            let flags = tag_flags(
                tags,
                &[
                    (b'F', FUNCTION),
                    (b'N', NOUN),
                    (b'A', AMBIG),
                    (b'V', VERB),
                    (b'B', BASE),
                    (b'S', S_WORD),
                ],
            );
            insert(map, word, flags);
        });
        for line in BASE_VERBS.lines() {
            if line.starts_with('#') {
                continue;
            }
            for word in line.split_whitespace() {
                insert(&mut map, word, BASE);
            }
        }
        map.spread();
        map
    })
}

/// Flags of a word, looked up case-insensitively without allocating (words longer than
/// 24 bytes are in no class).
pub(crate) fn flags(word: &str) -> u8 {
    lookup(table(), word)
}

/// A stem whose -s form is not a plural ("today", "everything", "November", "women").
pub(crate) const NOT_PLURAL: u8 = 1;
/// A time noun ("year", "week").
pub(crate) const TIME: u8 = 2;
/// A person noun in -s usually plural as a possessor ("workers", "residents").
pub(crate) const PERSON_PLURAL: u8 = 4;
/// A kin noun ("father", "son").
pub(crate) const KIN: u8 = 8;
/// A plural that modifies in its own right ("sales", "sports").
pub(crate) const PLURAL_MODIFIER: u8 = 16;
/// An adverb of time after next/last/this ("month" in "next month").
pub(crate) const TIME_ADVERB: u8 = 32;

/// An institution noun that ends a name in the singular ("Department", "Union").
pub(crate) const INSTITUTION: u8 = 64;
/// A body of members ("union", "association"): people before it are its members.
pub(crate) const MEMBERS: u8 = 128;

const WORD_CLASSES: &str = include_str!("../../data/apostrophe/word_classes.txt");

fn class_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        load(WORD_CLASSES, |map, line| {
            let mut parts = line.split_whitespace();
            let (Some(word), Some(tag)) = (parts.next(), parts.next()) else {
                return;
            };
            let flag = tag_flags(
                tag,
                &[
                    (b'X', NOT_PLURAL),
                    (b'T', TIME),
                    (b'P', PERSON_PLURAL),
                    (b'K', KIN),
                    (b'M', PLURAL_MODIFIER),
                    (b'E', TIME_ADVERB),
                    (b'I', INSTITUTION),
                    (b'G', MEMBERS),
                ],
            );
            insert(map, word, flag);
        })
    })
}

/// Classes of data/apostrophe/word_classes.txt, looked up case-insensitively without
/// allocating.
pub(crate) fn word_class(word: &str) -> u8 {
    lookup(class_table(), word)
}

/// A country, territory or capital.
pub(crate) const PLACE: u8 = 1;
/// An international body; takes "the".
pub(crate) const BODY: u8 = 2;

const GAZETTEER: &str = include_str!("../../data/apostrophe/gazetteer.txt");

fn gazetteer_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut flag = PLACE;
        load(GAZETTEER, |map, name| match name {
            "@places" => flag = PLACE,
            "@bodies" => flag = BODY,
            _ => insert(map, name, flag),
        })
    })
}

/// The gazetteer's class of a name, exact case ("Qatar", "North Korea", "EU"); 0 if unlisted.
pub(crate) fn gazetteer(name: &str) -> u8 {
    gazetteer_table().get(super::lookup_key(name.as_bytes()))
}

const NOUNS: &str = include_str!("../../data/apostrophe/nouns.txt");

/// The common nouns of data/apostrophe/nouns.txt (derived from WordNet 3.0: nouns attested in
/// SemCor with no verb reading), in a table of their own so that the lexicon's bit filter
/// stays sparse.
fn noun_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| load(NOUNS, |map, word| insert(map, word, 1)))
}

/// A common noun that is no verb, or the regular plural of one ("superintendent",
/// "complaints", "policies", "boxes"), looked up case-insensitively without allocating. The
/// caller gives lexicon.txt priority: this says nothing about words the lexicon flags.
pub(crate) fn common_noun(word: &str) -> bool {
    let Some((mut buf, n)) = lowered(word).filter(|&(_, n)| n >= 2) else {
        return false;
    };
    let table = noun_table();
    let has = |w: &[u8]| table.get(super::lookup_key(w)) != 0;
    if has(&buf[..n]) {
        return true;
    }
    if buf[n - 1] != b's' || buf[n - 2] == b's' {
        return false;
    }
    if has(&buf[..n - 1]) || buf[n - 2] == b'e' && has(&buf[..n - 2]) {
        return true;
    }
    // "policies" → "policy".
    if n > 4 && buf[..n].ends_with(b"ies") {
        buf[n - 3] = b'y';
        return has(&buf[..n - 2]);
    }
    false
}

const ANIMATE: &str = include_str!("../../data/apostrophe/animate.txt");

/// A noun whose most frequent sense names a person, an animal or a plant
/// (data/apostrophe/animate.txt, derived from WordNet 3.0), looked up case-insensitively
/// without allocating.
pub(crate) fn animate(word: &str) -> bool {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    lookup(
        TABLE.get_or_init(|| load(ANIMATE, |map, word| insert(map, word, 1))),
        word,
    ) != 0
}

#[cfg(test)]
mod tests {
    use super::{animate, common_noun, lowered, mid_lowered_key, short_lowered_key, word_key};

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The one-word lowering gives the key of the lowered copy, for any word of up to
        /// eight bytes, and no key where the copy has none.
        #[test]
        fn short_key_is_the_key_of_the_lowered_word(word in "(\\PC|[a-zA-Z@\\[`{]){0,8}") {
            let b = word.as_bytes();
            if b.len() <= 8 {
                let copy = lowered(&word).map(|(buf, n)| word_key(&buf[..n]));
                proptest::prop_assert_eq!(short_lowered_key(b), copy, "{:?}", word);
            }
        }

        /// So does the lowering by halves, for any word of 9 to 16 bytes (printable ASCII
        /// around at most one character of any kind, anywhere).
        #[test]
        fn mid_key_is_the_key_of_the_lowered_word(word in "[ -~]{0,15}\\PC?[ -~]{0,15}") {
            let b = word.as_bytes();
            if (9..=16).contains(&b.len()) {
                let copy = lowered(&word).map(|(buf, n)| word_key(&buf[..n]));
                proptest::prop_assert_eq!(mid_lowered_key(b), copy, "{:?}", word);
            }
        }
    }

    #[test]
    fn short_key_on_every_ascii_byte() {
        for x in 0u8..=255 {
            for w in [
                [x].as_slice(),
                &[b'a', x],
                &[x, b'Z', x, b'q', b'@', b'[', b'`', x],
            ] {
                if let Ok(word) = std::str::from_utf8(w) {
                    let copy = lowered(word).map(|(buf, n)| word_key(&buf[..n]));
                    assert_eq!(short_lowered_key(w), copy, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn animate_nouns() {
        for w in ["minister", "Kid", "teacher", "tree", "horse"] {
            assert!(animate(w), "{w}");
        }
        for w in ["government", "firm", "hospital", "ministers", "xyzzy", ""] {
            assert!(!animate(w), "{w}");
        }
    }

    #[test]
    fn common_nouns_and_their_regular_plurals() {
        for w in [
            "superintendent",
            "Spokesman",
            "complaints",
            "policies",
            "ministries",
        ] {
            assert!(common_noun(w), "{w}");
        }
        // Verbs and their forms, -ing forms of verbs, adverbs, unknown words, "-ss".
        for w in [
            "complain", "plan", "plans", "building", "today", "now", "xyzzy", "s", "", "ss",
        ] {
            assert!(!common_noun(w), "{w}");
        }
    }
}
