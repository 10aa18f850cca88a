//! Line classification: content, site furniture (with a reason) or metadata.
//!
//! Three kinds of evidence, in this order:
//! 1. rules for the well-known kinds (navigation, prompts, disclaimers, separators, contributor
//!    lines), kept as data in `data/furniture.tsv` and matched against a line's [`line_key`];
//! 2. repetition across the corpus: a short line seen in many articles ([`crate::CorpusStats`]);
//! 3. shape and position: the header zone before the first paragraph (a masthead before the
//!    headline), the footer zone after the last paragraph, and a short line without closing
//!    punctuation between two paragraphs (a related-article headline).
//!
//! Architecture invariant: classification is idempotent. Position rules look only at the lines
//! that survive the rules, and a line removed for its position always had paragraphs on both
//! sides, so removing it never changes another line's neighbourhood.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Class {
    Content,
    Furniture(String),
    Metadata {
        field: &'static str,
        value: String,
        reason: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Exact,
    Prefix,
    Suffix,
    Contains,
    Block,
}

#[derive(Debug)]
struct Rule {
    how: Match,
    pattern: &'static str,
    max_words: usize,
    reason: &'static str,
    field: Option<&'static str>,
    /// Only for lines that are not a sentence (four words or more, closing punctuation).
    label_only: bool,
}

#[derive(Debug)]
struct Rules {
    exact: HashMap<&'static str, usize>,
    /// Prefix rules by the first word of their pattern, suffix rules by the last.
    by_first: HashMap<&'static str, Vec<usize>>,
    by_last: HashMap<&'static str, Vec<usize>>,
    contains: Vec<usize>,
    all: Vec<Rule>,
    /// Longest line, in words, any partial rule may match.
    max_words: usize,
    /// Longest line, in words, worth a key: no rule and no repetition test looks at longer ones.
    key_words: usize,
    /// Longest line, in words, that needs its whole key (exact and contains rules, repetition);
    /// a longer one is matched by its ends.
    full_key_words: usize,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut all = Vec::new();
        for l in include_str!("../data/furniture.tsv").lines() {
            if l.starts_with('#') || l.trim().is_empty() {
                continue;
            }
            let f: Vec<&'static str> = l.split('\t').collect();
            let (kind, label_only) = match f.first().copied() {
                Some(k) => match k.strip_suffix(":label") {
                    Some(k) => (k, true),
                    None => (k, false),
                },
                None => continue,
            };
            let how = match Some(kind) {
                Some("exact") => Match::Exact,
                Some("prefix") => Match::Prefix,
                Some("suffix") => Match::Suffix,
                Some("contains") => Match::Contains,
                Some("block") => Match::Block,
                _ => continue,
            };
            let (Some(pattern), Some(max), Some(reason)) = (f.get(1), f.get(2), f.get(3)) else {
                continue;
            };
            all.push(Rule {
                how,
                pattern,
                max_words: max.parse().unwrap_or(0),
                reason,
                field: f.get(4).copied(),
                label_only,
            });
        }
        let mut exact = HashMap::new();
        let mut by_first: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut by_last: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut contains = Vec::new();
        let mut max_words = 0;
        let mut exact_words = 0;
        let mut contains_words = 0;
        for (i, r) in all.iter().enumerate() {
            let cap = if r.max_words == 0 {
                usize::MAX
            } else {
                r.max_words
            };
            match r.how {
                Match::Exact | Match::Block => {
                    exact_words = exact_words.max(r.pattern.split(' ').count());
                    exact.insert(r.pattern, i);
                    continue;
                }
                Match::Prefix => {
                    let first = r.pattern.split(' ').next().unwrap_or_default();
                    by_first.entry(first).or_default().push(i);
                }
                Match::Suffix => {
                    let last = r.pattern.rsplit(' ').next().unwrap_or_default();
                    by_last.entry(last).or_default().push(i);
                }
                Match::Contains => {
                    contains.push(i);
                    contains_words = contains_words.max(cap);
                }
            }
            max_words = max_words.max(cap);
        }
        Rules {
            exact,
            by_first,
            by_last,
            contains,
            all,
            max_words,
            key_words: max_words.max(MAX_REPEATED_SENTENCE_WORDS).max(exact_words),
            full_key_words: contains_words
                .max(MAX_REPEATED_SENTENCE_WORDS)
                .max(exact_words),
        }
    })
}

/// A line's comparison key: lower case, letters and digits only, words separated by one space;
/// apostrophes vanish without splitting the word ("Don’t Miss!" → "dont miss"). Used for the
/// rules and for the corpus line counts, so both see "Back to top" and "BACK TO TOP »" alike.
pub fn line_key(line: &str, out: &mut String) {
    // ASCII runs of letters and digits (from the class masks of a 64-byte window) are copied
    // whole and the key lower-cased in one sweep at the end: no letter lower-cases to an
    // ASCII capital, so the sweep changes nothing else. Windows with non-ASCII bytes go char
    // by char.
    out.clear();
    out.reserve(line.len());
    let bytes = line.as_bytes();
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        let m = copydesk_tokenize::masks::classify_at(bytes, i);
        let n = (bytes.len() - i).min(64);
        if m.high != 0 {
            i = key_chars(line, i, i + n, &mut gap, out);
            continue;
        }
        // An ASCII window (padding NULs past the end are gap bytes, never copied).
        let keep = m.alnum;
        let valid = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        let other = !(keep | m.apostrophe | m.backtick) & valid;
        let mut starts = keep & !(keep << 1);
        let mut done = 0u32;
        while starts != 0 {
            let s = starts.trailing_zeros();
            starts &= starts - 1;
            let rest = !keep & (u64::MAX << s);
            let e = if rest == 0 { 64 } else { rest.trailing_zeros() };
            if other & (u64::MAX << done) & ((1u64 << s) - 1) != 0 {
                gap = true;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push_str(line.get(i + s as usize..i + e as usize).unwrap_or(""));
            done = e;
        }
        if done < 64 && other & (u64::MAX << done) != 0 {
            gap = true;
        }
        i += n;
    }
    out.make_ascii_lowercase();
}

/// The key of `line[i..]` up to the first character boundary at or after `to`, char by char
/// (a window with non-ASCII bytes); returns where it stopped.
fn key_chars(line: &str, mut i: usize, to: usize, gap: &mut bool, out: &mut String) -> usize {
    let bytes = line.as_bytes();
    while i < to.min(bytes.len()) {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII, the bulk of news text, without decoding.
            match KEY_ASCII[usize::from(b)] {
                KEY_GAP => *gap = true,
                KEY_SKIP => {}
                k => {
                    if *gap && !out.is_empty() {
                        out.push(' ');
                    }
                    *gap = false;
                    out.push(char::from(k));
                }
            }
            i += 1;
            continue;
        }
        // U+2000..U+203F (E2 80 xx: quotes, dashes, spaces), the commonest non-ASCII in news,
        // holds no letter or digit: no Unicode table for them. ‘ and ’ vanish like apostrophes.
        if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
            if !matches!(bytes.get(i + 2), Some(0x98 | 0x99)) {
                *gap = true;
            }
            i += 3;
            continue;
        }
        let Some(c) = line.get(i..).and_then(|r| r.chars().next()) else {
            return bytes.len();
        };
        i += c.len_utf8();
        if matches!(c, '’' | '‘' | '´') {
            continue;
        }
        if c.is_alphanumeric() {
            if *gap && !out.is_empty() {
                out.push(' ');
            }
            *gap = false;
            out.extend(c.to_lowercase());
        } else {
            *gap = true;
        }
    }
    i
}

const KEY_GAP: u8 = 0;
const KEY_SKIP: u8 = 1;

/// Per ASCII byte: its lower-case form if it is a letter or digit, [`KEY_SKIP`] for an
/// apostrophe, [`KEY_GAP`] for anything else.
static KEY_ASCII: [u8; 128] = {
    let mut t = [KEY_GAP; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        } else if b == b'\'' || b == b'`' {
            t[i] = KEY_SKIP;
        }
        i += 1;
    }
    t
};

/// Words in a line, by the UAX #29 rules of copydesk-tokenize: a dash, a bullet or a
/// "|" is no word, so "— Cassandra Vinograd" has two and "| | |" none.
fn word_count(line: &str) -> usize {
    copydesk_tokenize::count_words(line)
}

/// How much of a long line's start and end is keyed for prefix and suffix rules.
const HEAD_TAIL: usize = 160;

/// The key of a long line's first and last words (whole words only).
fn head_tail_keys(line: &str, head: &mut String, tail: &mut String) {
    let mut cut = HEAD_TAIL.min(line.len());
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = line[..cut].rfind(' ').unwrap_or(cut);
    line_key(&line[..cut], head);
    let mut from = line.len().saturating_sub(HEAD_TAIL);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let from = line[from..].find(' ').map_or(from, |p| from + p + 1);
    line_key(&line[from..], tail);
}

/// Whether the line ends like a sentence (closing quotes and brackets looked through).
pub(crate) fn ends_closed(line: &str) -> bool {
    let t = line.trim_end_matches([')', ']', '"', '\'', '”', '’', '»', '*', ' ']);
    t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// A line's length for judging its shape, in bytes, not counting apostrophes: restoring a dropped
/// apostrophe after classification must not change how a second run classifies the line.
fn shape_len(line: &str) -> usize {
    let b = line.as_bytes();
    // ’ is E2 80 99; its last byte is unique to it among the characters news text uses often.
    let curly = memchr::memchr_iter(0x99, b)
        .filter(|&i| i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80)
        .count();
    line.len() - curly * '’'.len_utf8() - bytecount(b, b'\'')
}

fn bytecount(b: &[u8], x: u8) -> usize {
    memchr::memchr_iter(x, b).count()
}

/// Lines longer than this (shape length) are paragraphs whatever their ending.
const LONG_LINE: usize = 150;

/// A paragraph: a sentence of at least four words, or a long line.
pub(crate) fn is_para(line: &str, words: usize) -> bool {
    (words >= 4 && ends_closed(line)) || shape_len(line) > LONG_LINE
}

/// A body paragraph: long enough that the header zone has surely ended.
fn is_body(line: &str, words: usize) -> bool {
    is_para(line, words) && (words > 20 || shape_len(line) > LONG_LINE)
}

/// A line's shape, computed once.
#[derive(Debug, Clone, Copy)]
struct Shape {
    words: usize,
    closed: bool,
    para: bool,
    body: bool,
}

impl Shape {
    fn of(line: &str) -> Shape {
        let words = word_count(line);
        let closed = ends_closed(line);
        let long = shape_len(line) > LONG_LINE;
        let para = (words >= 4 && closed) || long;
        Shape {
            words,
            closed,
            para,
            body: para && (words > 20 || long),
        }
    }
}

/// Lines per article the block rule may claim after its own line.
const BLOCK_SPAN: usize = 4;
/// Longest line (words) taken for a related-article headline between paragraphs.
const MAX_HEADLINE_WORDS: usize = 25;
/// Longest sentence (words) the footer zone drops for being repeated across the corpus.
pub(crate) const MAX_REPEATED_SENTENCE_WORDS: usize = 25;
/// Lines longer than this (bytes) are never looked up by key: they are prose.
pub(crate) const MAX_KEYED_LINE: usize = 400;

/// Classifies clean, non-empty lines. `repeated(key)` says in how many articles of the corpus
/// the line occurs; `min_repeat` is the threshold (0 disables). Returns one class per line and
/// the index of the line chosen as headline, if any.
pub(crate) fn classify<L: AsRef<str>>(
    lines: &[L],
    repeated: &dyn Fn(u64) -> u32,
    min_repeat: u32,
) -> (Vec<Class>, Option<usize>) {
    let rules = rules();
    let n = lines.len();
    let mut class = vec![Class::Content; n];
    let sh: Vec<Shape> = lines.iter().map(|l| Shape::of(l.as_ref())).collect();
    let mut key = String::new();
    let mut tail = String::new();
    let mut keys: Vec<Option<u64>> = vec![None; n];

    // 1. Rules, separators, blocks; bylines.
    let mut block_left = 0;
    for i in 0..n {
        let line = lines[i].as_ref();
        if sh[i].words > rules.key_words || shape_len(line) > MAX_KEYED_LINE {
            block_left = 0;
            continue;
        }
        if sh[i].words > rules.full_key_words {
            // A long line: only prefix and suffix rules can match, so key its ends only.
            block_left = 0;
            if let Some(r) = match_ends(
                rules,
                line,
                sh[i].words,
                sh[i].closed && sh[i].words >= 4,
                &mut key,
                &mut tail,
            ) {
                class[i] = match r.field {
                    Some(field) => Class::Metadata {
                        field,
                        value: line.to_owned(),
                        reason: r.reason,
                    },
                    None => Class::Furniture(r.reason.into()),
                };
            }
            continue;
        }
        line_key(line, &mut key);
        if key.is_empty() {
            class[i] = Class::Furniture("separator line".into());
            block_left = 0;
            continue;
        }
        if !key.chars().any(char::is_alphabetic) && !sh[i].closed {
            // "12:41", "2023", "3/4": a clock, date or counter, never a paragraph.
            class[i] = Class::Furniture("numbers only".into());
            continue;
        }
        if block_left > 0 {
            block_left -= 1;
            class[i] = Class::Furniture("comment-thread debris (quoted item)".into());
            keys[i] = Some(crate::stats::key_hash(&key));
            continue;
        }
        if let Some(r) = match_rule(rules, &key, sh[i].words, sh[i].closed && sh[i].words >= 4) {
            class[i] = match r.field {
                Some(field) => Class::Metadata {
                    field,
                    value: line.to_owned(),
                    reason: r.reason,
                },
                None => Class::Furniture(r.reason.into()),
            };
            if r.how == Match::Block {
                block_left = BLOCK_SPAN;
            }
        } else if let Some(name) = byline(line) {
            class[i] = Class::Metadata {
                field: "byline",
                value: name,
                reason: "byline",
            };
        }
        keys[i] = Some(crate::stats::key_hash(&key));
    }

    let alive = |class: &[Class], i: usize| class[i] == Class::Content;

    // 2. Where the body starts and ends.
    let first_body = (0..n)
        .find(|&i| alive(&class, i) && sh[i].body)
        .or_else(|| (0..n).find(|&i| alive(&class, i) && sh[i].para));

    // 3. Repetition across the corpus; a header line of four words or more is exempt, so the
    //    headline of a syndicated story survives (it is the title, not furniture).
    if min_repeat > 0 {
        for i in 0..n {
            if !alive(&class, i) || sh[i].para {
                continue;
            }
            if first_body.is_some_and(|b| i < b) && sh[i].words >= 4 {
                continue;
            }
            if let Some(k) = keys[i] {
                let count = repeated(k);
                if count >= min_repeat {
                    class[i] = Class::Furniture(format!("repeated in {count} articles"));
                }
            }
        }
    }

    let Some(first_body) = first_body else {
        return (class, None);
    };

    // 4. Header zone: the headline is the first candidate of four words or more (else the last
    //    candidate); what precedes it is masthead, section label or date.
    let candidates: Vec<usize> = (0..first_body).filter(|&i| alive(&class, i)).collect();
    let title = candidates
        .iter()
        .copied()
        .find(|&i| sh[i].words >= 4)
        .or_else(|| candidates.last().copied());
    if let Some(t) = title {
        for &i in &candidates {
            if i < t {
                class[i] = Class::Furniture("header zone, before the headline".into());
            } else if i > t && sh[i].words < 4 && !sh[i].closed {
                // A standfirst is a phrase or a sentence; a label of one to three words
                // between headline and body is a section name, a time or a credit.
                class[i] = Class::Furniture("header zone, short label after the headline".into());
            }
        }
    }
    // With no header line, the first paragraph may be the headline (a headline that is a
    // sentence, as after comment debris).
    let title = title.or_else(|| {
        let i = (0..n).find(|&i| alive(&class, i))?;
        (lines[i].as_ref().chars().count() <= copydesk_doc::MAX_TITLE_CHARS).then_some(i)
    });

    // 5. Footer zone: after the last paragraph, lines that do not end like a sentence. A short
    //    sentence repeated across the corpus ("Our Standards: …") does not end the body; it is
    //    footer too, as long as the article keeps a paragraph of its own (a syndicated story
    //    repeated whole is dedup's business, not furniture).
    let repeated_sentence = |i: usize| {
        min_repeat > 0
            && sh[i].words <= MAX_REPEATED_SENTENCE_WORDS
            && keys[i].is_some_and(|k| repeated(k) >= min_repeat)
    };
    let paras = |skip_repeated: bool| {
        (0..n)
            .rev()
            .find(|&i| alive(&class, i) && sh[i].para && !(skip_repeated && repeated_sentence(i)))
    };
    let last_para = paras(true).or_else(|| paras(false));
    if let Some(last) = last_para {
        for i in last + 1..n {
            if !alive(&class, i) {
                continue;
            }
            if !sh[i].closed {
                class[i] = Class::Furniture("footer zone, after the last paragraph".into());
            } else if repeated_sentence(i) {
                class[i] = Class::Furniture("footer zone, repeated across the corpus".into());
            }
        }
        // 6. Between paragraphs: a short line without closing punctuation is a related-article
        //    headline dropped into the text.
        let live: Vec<usize> = (first_body..=last).filter(|&i| alive(&class, i)).collect();
        let mut cut = Vec::new();
        for w in live.windows(3) {
            let (p, i, q) = (w[0], w[1], w[2]);
            // Not a paragraph by length either: a removed line is never a paragraph, so removing
            // it changes no other line's neighbours (idempotence).
            if !sh[i].closed
                && !sh[i].para
                && sh[i].words <= MAX_HEADLINE_WORDS
                && sh[p].para
                && sh[q].para
            {
                cut.push(i);
            }
        }
        for i in cut {
            class[i] =
                Class::Furniture("short line between paragraphs (related-article headline)".into());
        }
    }
    let title = title.filter(|&t| alive(&class, t));
    (class, title)
}

fn match_rule<'r>(rules: &'r Rules, key: &str, words: usize, sentence: bool) -> Option<&'r Rule> {
    if let Some(&i) = rules.exact.get(key) {
        return rules.all.get(i);
    }
    if words > rules.max_words {
        return None;
    }
    let first = key.split(' ').next().unwrap_or_default();
    let last = key.rsplit(' ').next().unwrap_or_default();
    let probe = Probe {
        head: key,
        tail: key,
        first,
        last,
        words,
        sentence,
    };
    best_rule(rules, &probe, true)
}

/// What a line offers the partial rules: its head and tail keys, their first and last words,
/// its length in words and whether it is a sentence.
struct Probe<'a> {
    head: &'a str,
    tail: &'a str,
    first: &'a str,
    last: &'a str,
    words: usize,
    sentence: bool,
}

/// The first rule, in data order, among the prefix rules indexed by the probe's first word, the
/// suffix rules indexed by its last and (with `contains`) the contains rules, that matches.
fn best_rule<'r>(rules: &'r Rules, probe: &Probe<'_>, contains: bool) -> Option<&'r Rule> {
    let (head, tail, words, sentence) = (probe.head, probe.tail, probe.words, probe.sentence);
    let prefix = rules.by_first.get(probe.first).into_iter().flatten();
    let suffix = rules.by_last.get(probe.last).into_iter().flatten();
    let inner = rules.contains.iter().filter(|_| contains);
    prefix
        .chain(suffix)
        .chain(inner)
        .copied()
        .filter(|&i| {
            let r = &rules.all[i];
            if (r.max_words != 0 && words > r.max_words) || (r.label_only && sentence) {
                return false;
            }
            let p = r.pattern;
            match r.how {
                Match::Prefix => head
                    .strip_prefix(p)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')),
                Match::Suffix => tail
                    .strip_suffix(p)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')),
                Match::Contains => head.match_indices(p).any(|(at, _)| {
                    (at == 0 || head.as_bytes()[at - 1] == b' ')
                        && head.as_bytes().get(at + p.len()).is_none_or(|&b| b == b' ')
                }),
                Match::Exact | Match::Block => false,
            }
        })
        .min()
        .map(|i| &rules.all[i])
}

/// Prefix and suffix rules on a long line, keyed by its ends only: first the line's first and
/// last words, and only when a rule is indexed under them, its first and last 160 bytes.
fn match_ends<'r>(
    rules: &'r Rules,
    line: &str,
    words: usize,
    sentence: bool,
    head: &mut String,
    tail: &mut String,
) -> Option<&'r Rule> {
    let first_word = line.split(' ').next().unwrap_or_default();
    let last_word = line.rsplit(' ').next().unwrap_or_default();
    line_key(first_word, head);
    line_key(last_word, tail);
    let first = head.split(' ').next().unwrap_or_default();
    let last = tail.rsplit(' ').next().unwrap_or_default();
    // Only rules that allow a line this long are worth keying its ends for.
    let fits = |v: &Vec<usize>| {
        v.iter().any(|&i| {
            let r = &rules.all[i];
            (r.max_words == 0 || words <= r.max_words) && !(r.label_only && sentence)
        })
    };
    if !rules.by_first.get(first).is_some_and(fits) && !rules.by_last.get(last).is_some_and(fits) {
        return None;
    }
    head_tail_keys(line, head, tail);
    let first = head.split(' ').next().unwrap_or_default();
    let last = tail.rsplit(' ').next().unwrap_or_default();
    let probe = Probe {
        head,
        tail,
        first,
        last,
        words,
        sentence,
    };
    best_rule(rules, &probe, false)
}

/// Whether a paragraph keeps its standing once a dateline is cut from it: still a paragraph of
/// the same kind, matched by no rule, not repeated. Only then is the cut safe for idempotence
/// (a second run classifies the shortened line as the first run classified the whole one).
pub(crate) fn same_standing(
    before: &str,
    after: &str,
    repeated: &dyn Fn(u64) -> u32,
    min_repeat: u32,
) -> bool {
    let (wb, wa) = (word_count(before), word_count(after));
    if dateline(after).is_some() {
        return false;
    }
    if !(is_para(before, wb) && is_para(after, wa)) || is_body(before, wb) != is_body(after, wa) {
        return false;
    }
    // Each line must pass step 1 of `classify` untouched, judged the same way.
    let rules = rules();
    let (mut key, mut tail) = (String::new(), String::new());
    for line in [before, after] {
        let sh = Shape::of(line);
        let sentence = sh.closed && sh.words >= 4;
        if sh.words > rules.key_words || shape_len(line) > MAX_KEYED_LINE {
            continue;
        }
        if sh.words > rules.full_key_words {
            if match_ends(rules, line, sh.words, sentence, &mut key, &mut tail).is_some() {
                return false;
            }
            continue;
        }
        line_key(line, &mut key);
        if key.is_empty()
            || match_rule(rules, &key, sh.words, sentence).is_some()
            || byline(line).is_some()
            || (min_repeat > 0 && repeated(crate::stats::key_hash(&key)) >= min_repeat)
        {
            return false;
        }
    }
    true
}

/// Name-ish words that may be lower case inside a byline.
const NAME_PARTICLES: &[&str] = &[
    "and", "de", "del", "der", "van", "von", "la", "le", "da", "di", "bin", "al",
];

/// Words after which a byline's name is followed by its timestamp.
const BYLINE_TRAILERS: &[&str] = &["published", "updated", "posted", "on", "|", "-", "—", "–"];

/// A byline ("By Jane Doe", "— Cassandra Vinograd"): the name, when the line is one.
pub(crate) fn byline(line: &str) -> Option<String> {
    if line.len() > 80 {
        return None;
    }
    let by = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "));
    let rest = match by {
        Some(r) => r,
        None => line
            .strip_prefix(['—', '–', '-'])?
            .trim_start_matches(['—', '–', '-']),
    };
    let mut name = rest.trim();
    if by.is_some() {
        // "By Jane Doe published 2 days ago": the name ends where a timestamp begins.
        let mut end = 0;
        for w in name.split(' ') {
            if w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&w) {
                end += w.len() + 1;
            } else if BYLINE_TRAILERS.contains(&w) {
                break;
            } else {
                return None;
            }
        }
        name = &name[..end.min(name.len())];
    }
    let name = name.trim().trim_end_matches([',', '|', ' ']);
    if name.is_empty() || name.ends_with(['.', '!', '?', ':', ';']) {
        return None;
    }
    let parts: Vec<&str> = name.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if parts.is_empty() || parts.len() > 8 {
        return None;
    }
    let first_ok = parts[0].chars().next().is_some_and(char::is_uppercase);
    let all_ok = parts
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(w))
        && !name.chars().any(|c| c.is_ascii_digit());
    (first_ok && all_ok).then(|| name.to_owned())
}

/// A dateline at the start of a paragraph ("WASHINGTON — Russian…", "KYIV, Ukraine (AP) — …"):
/// the byte length of the prefix to cut and the dateline itself.
pub(crate) fn dateline(line: &str) -> Option<(usize, String)> {
    // The dash must come within the first 60 bytes: look at the spaces there for " — ", " – ",
    // " -- " or " - " (no substring searcher to build per line).
    let b = line.as_bytes();
    let head = &b[..b.len().min(64)];
    let (dash_at, dash_len) = memchr::memchr_iter(b' ', head).find_map(|i| {
        let rest = &b[i + 1..];
        ["— ", "– ", "-- ", "- "]
            .iter()
            .find(|d| rest.starts_with(d.as_bytes()))
            .map(|d| (i, d.len() + 1))
    })?;
    if dash_at > 60 {
        return None;
    }
    let place = &line[..dash_at];
    let after = line[dash_at + dash_len..].chars().next()?;
    if !(after.is_uppercase() || matches!(after, '“' | '"' | '‘')) {
        return None;
    }
    // CITY [CITY…][, Region][ (Agency)]
    let (core, agency) = match place.find(" (") {
        Some(p) if place.ends_with(')') => (&place[..p], Some(&place[p + 2..place.len() - 1])),
        _ => (place, None),
    };
    if agency.is_some_and(|a| a.is_empty() || a.len() > 30 || a.contains(['(', ')'])) {
        return None;
    }
    let (city, region) = match core.split_once(", ") {
        Some((c, r)) => (c, Some(r)),
        None => (core, None),
    };
    let city_words: Vec<&str> = city.split(' ').collect();
    if city_words.is_empty() || city_words.len() > 4 {
        return None;
    }
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    let city_ok = letters >= 3
        && city_words.iter().all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
        });
    let region_ok = region.is_none_or(|r| {
        let ws: Vec<&str> = r.split(' ').collect();
        ws.len() <= 3
            && ws
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    });
    (city_ok && region_ok).then(|| (dash_at + dash_len, place.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let mut k = String::new();
        line_key("  Don’t Miss! »", &mut k);
        assert_eq!(k, "dont miss");
        line_key("|", &mut k);
        assert_eq!(k, "");
    }

    /// The key as defined, char by char, against which the byte-level shortcuts are checked.
    fn reference_key(line: &str) -> String {
        let mut out = String::new();
        let mut gap = false;
        for c in line.chars() {
            if matches!(c, '\'' | '`' | '’' | '‘' | '´') {
                continue;
            }
            if c.is_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.extend(c.to_lowercase());
            } else {
                gap = true;
            }
        }
        out
    }

    proptest::proptest! {
        /// The window-at-a-time key is the key as defined, on long lines of mixed text.
        #[test]
        fn line_key_matches_the_definition(
            s in "([a-zA-Z0-9]{1,9}|[ .,;!?|\\-'`\t\u{0}]|[\u{a0}\u{b4}\u{c0}-\u{17f}\u{2000}-\u{2040}\u{130}\u{1c4}-\u{1cc}ΣΑжд中€½]|’s |\\PC){0,120}"
        ) {
            let mut k = String::from("stale");
            line_key(&s, &mut k);
            proptest::prop_assert_eq!(k, reference_key(&s), "{:?}", s);
        }
    }

    /// The U+2000..U+203F shortcut and the rest of the key agree with the definition.
    #[test]
    fn key_shortcuts_match_the_definition() {
        let mut k = String::new();
        let mut cases: Vec<String> = (0x2000..=0x2040)
            .filter_map(char::from_u32)
            .map(|c| format!("Ab{c}cD {c}x{c}"))
            .collect();
        cases.extend(
            [
                "İstanbul’s ‘Élan’ — 3½ km… ´tis “QUOTED” ÀÉÎ straße",
                "  a  b\tc--d ’’ ‘‘ 42 ",
                "Ǆemal DŽ ΣΑΣ ǅ",
            ]
            .map(str::to_owned),
        );
        for case in &cases {
            line_key(case, &mut k);
            assert_eq!(k, reference_key(case), "{case:?}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline("— Cassandra Vinograd").as_deref(),
            Some("Cassandra Vinograd")
        );
        assert_eq!(
            byline("By Jane Doe and John van Roe").as_deref(),
            Some("Jane Doe and John van Roe")
        );
        assert_eq!(byline("By Friday, the troops had left."), None);
        assert_eq!(byline("- the first item"), None);
        assert_eq!(
            byline("By Priya Raman published 2 days ago").as_deref(),
            Some("Priya Raman")
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("WASHINGTON — Russian officials"),
            Some((15, "WASHINGTON".into()))
        );
        assert_eq!(
            dateline("KYIV, Ukraine (AP) — The").map(|d| d.1).as_deref(),
            Some("KYIV, Ukraine (AP)")
        );
        assert_eq!(dateline("NATO — the alliance"), None);
        assert_eq!(dateline("The US — Russia"), None);
    }

    #[test]
    fn rules_load() {
        let r = rules();
        assert!(r.all.len() > 100, "{}", r.all.len());
        assert!(match_rule(r, "back to top button", 4, false).is_some());
        assert!(match_rule(r, "updated 5 02 p m", 4, false).is_some());
        assert!(match_rule(r, "updated figures were released", 4, true).is_none());
        assert!(
            match_rule(
                r,
                "not all news on the site expresses the point of view of the site",
                14,
                true
            )
            .is_some()
        );
        assert!(
            match_rule(
                r,
                "robyn dixon in riga latvia contributed to this report",
                9,
                true
            )
            .is_some_and(|r| r.field.is_some())
        );
        assert!(match_rule(r, "photos show the damage", 4, true).is_none());
    }
}
