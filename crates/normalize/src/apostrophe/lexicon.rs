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

/// Keyed by the xxh3 hash of the lower-case word, like the corpus counters.
fn table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashTable::default();
        for line in LEXICON.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { continue };
            let tags = parts.next().unwrap_or("N");
            let mut flags = 0u8;
            for t in tags.bytes() {
                flags |= match t {
                    b'F' => FUNCTION,
                    b'N' => NOUN,
                    b'A' => AMBIG,
                    b'V' => VERB,
                    b'B' => BASE,
                    b'S' => S_WORD,
                    _ => 0,
                };
            }
            map.insert(word_key(word.as_bytes()), flags);
        }
        for line in BASE_VERBS.lines() {
            if line.starts_with('#') {
                continue;
            }
            for word in line.split_whitespace() {
                map.insert(word_key(word.as_bytes()), BASE);
            }
        }
        map.spread();
        map
    })
}

/// Flags of a word, looked up case-insensitively without allocating (words longer than
/// 24 bytes are in no class).
pub(crate) fn flags(word: &str) -> u8 {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 24];
    if bytes.len() > buf.len() || !word.is_ascii() {
        return 0;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    table().get(word_key(&buf[..bytes.len()]))
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

const WORD_CLASSES: &str = include_str!("../../data/apostrophe/word_classes.txt");

fn class_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashTable::default();
        for line in WORD_CLASSES.lines() {
            let mut parts = line.split_whitespace();
            let (Some(word), Some(tag)) = (parts.next(), parts.next()) else {
                continue;
            };
            if word.starts_with('#') {
                continue;
            }
            let flag = match tag {
                "X" => NOT_PLURAL,
                "T" => TIME,
                "P" => PERSON_PLURAL,
                "K" => KIN,
                "M" => PLURAL_MODIFIER,
                "E" => TIME_ADVERB,
                _ => 0,
            };
            map.insert(word_key(word.as_bytes()), flag);
        }
        map.spread();
        map
    })
}

/// Classes of data/apostrophe/word_classes.txt, looked up case-insensitively without
/// allocating.
pub(crate) fn word_class(word: &str) -> u8 {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 24];
    if bytes.len() > buf.len() || !word.is_ascii() {
        return 0;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    class_table().get(word_key(&buf[..bytes.len()]))
}

/// A country, territory or capital.
pub(crate) const PLACE: u8 = 1;
/// An international body; takes "the".
pub(crate) const BODY: u8 = 2;

const GAZETTEER: &str = include_str!("../../data/apostrophe/gazetteer.txt");

fn gazetteer_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashTable::default();
        let mut flag = PLACE;
        for line in GAZETTEER.lines() {
            let name = line.trim();
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            match name {
                "@places" => flag = PLACE,
                "@bodies" => flag = BODY,
                _ => map.insert(word_key(name.as_bytes()), flag),
            }
        }
        map.spread();
        map
    })
}

/// The gazetteer's class of a name, exact case ("Qatar", "North Korea", "EU"); 0 if unlisted.
pub(crate) fn gazetteer(name: &str) -> u8 {
    gazetteer_table().get(word_key(name.as_bytes()))
}

const NOUNS: &str = include_str!("../../data/apostrophe/nouns.txt");

/// The common nouns of data/apostrophe/nouns.txt (derived from WordNet 3.0: nouns attested in
/// SemCor with no verb reading), in a table of their own so that the lexicon's bit filter
/// stays sparse.
fn noun_table() -> &'static HashTable {
    static TABLE: OnceLock<HashTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashTable::default();
        for line in NOUNS.lines() {
            let word = line.trim();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            map.insert(word_key(word.as_bytes()), 1);
        }
        map.spread();
        map
    })
}

/// A common noun that is no verb, or the regular plural of one ("superintendent",
/// "complaints", "policies", "boxes"), looked up case-insensitively without allocating. The
/// caller gives lexicon.txt priority: this says nothing about words the lexicon flags.
pub(crate) fn common_noun(word: &str) -> bool {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let mut buf = [0u8; 24];
    if n > buf.len() || n < 2 || !word.is_ascii() {
        return false;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    let table = noun_table();
    let has = |w: &[u8]| table.get(word_key(w)) != 0;
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

#[cfg(test)]
mod tests {
    use super::common_noun;

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
