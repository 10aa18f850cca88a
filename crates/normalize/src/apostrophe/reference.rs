//! The byte-by-byte word scanner that the mask scanner replaced, kept as the reference the
//! property test compares it with: both must yield the same tokens on any text.

use super::{Apos, B_ALNUM, B_DIGIT, B_HIGH, BYTE_CLASS, Gap, HIGHS, Tok, ascii_alnum_digits};

/// Words are maximal runs of alphanumeric characters; an apostrophe (' or ’) directly after a
/// word is read as part of it.
pub(super) struct Scanner<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        Scanner { s, pos: 0 }
    }

    /// Length of the non-ASCII word character at `i`, or 0 if it is not one.
    #[cold]
    fn wide_word_char(&self, i: usize) -> usize {
        // U+2000..U+203F (quotes, dashes, spaces, ellipsis), the commonest non-ASCII in news,
        // holds no letter: skip the Unicode table.
        let b = self.s.as_bytes();
        if b.get(i) == Some(&0xE2) && b.get(i + 1) == Some(&0x80) {
            return 0;
        }
        match self.s.get(i..).and_then(|r| r.chars().next()) {
            Some(ch) if ch.is_alphanumeric() => ch.len_utf8(),
            _ => 0,
        }
    }

    /// Length of the word character at `i`, or 0 if it is not one.
    #[inline]
    fn word_char(&self, i: usize) -> usize {
        match self.s.as_bytes().get(i) {
            None => 0,
            Some(&c) if c < 0x80 => usize::from(c.is_ascii_alphanumeric()),
            Some(_) => self.wide_word_char(i),
        }
    }

    #[inline]
    fn apostrophe_len(&self, i: usize) -> usize {
        let b = self.s.as_bytes();
        match b.get(i) {
            Some(b'\'') => 1,
            Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) => 3,
            _ => 0,
        }
    }

    /// Moves `i` past the word characters from `i`; returns the new position and whether a
    /// digit was seen.
    #[inline]
    fn skip_word(&self, mut i: usize) -> (usize, bool) {
        let b = self.s.as_bytes();
        let mut seen = 0u8;
        loop {
            // Eight bytes at a time: most words end within the first chunk, found without a
            // branch per byte.
            while let Some(chunk) = b.get(i..i + 8) {
                let mut arr = [0u8; 8];
                arr.copy_from_slice(chunk);
                let x = u64::from_le_bytes(arr);
                let (alnum, digits) = ascii_alnum_digits(x);
                let stop = !alnum & HIGHS;
                if stop == 0 {
                    seen |= if digits != 0 { B_DIGIT } else { 0 };
                    i += 8;
                    continue;
                }
                let bit = stop.trailing_zeros();
                // The bytes before the first that is not an ASCII letter or digit.
                let before = (1u64 << (bit - 7)) - 1;
                if digits & before != 0 {
                    seen |= B_DIGIT;
                }
                i += (bit / 8) as usize;
                // The stopping byte is in hand: an ASCII one ends the word without loading it
                // again (the reload sat on the path from one token to the next).
                if (x >> (bit - 7)) & 0x80 == 0 {
                    return (i, seen & B_DIGIT != 0);
                }
                break;
            }
            while let Some(&c) = b.get(i) {
                let class = BYTE_CLASS[usize::from(c)];
                if class & B_ALNUM == 0 {
                    break;
                }
                seen |= class;
                i += 1;
            }
            match b.get(i) {
                Some(&c) if c >= 0x80 => {
                    let n = self.wide_word_char(i);
                    if n == 0 {
                        return (i, seen & B_DIGIT != 0);
                    }
                    i += n;
                }
                _ => return (i, seen & B_DIGIT != 0),
            }
        }
    }

    // Inlined into the two loops: a token returned through memory and read back whole stalls
    // on store forwarding.
    #[inline(always)]
    pub(super) fn next_into(&mut self, t: &mut Tok) -> bool {
        let b = self.s.as_bytes();
        let gap_start = self.pos;
        // The common case: one space, then an ASCII letter or digit.
        if gap_start > 0
            && b.get(gap_start) == Some(&b' ')
            && b.get(gap_start + 1)
                .is_some_and(|&c| BYTE_CLASS[usize::from(c)] & B_ALNUM != 0)
        {
            self.word_at(gap_start + 1, Gap::Space, t);
            return true;
        }
        self.next_slow(t)
    }

    #[inline(never)]
    fn next_slow(&mut self, t: &mut Tok) -> bool {
        let b = self.s.as_bytes();
        let gap_start = self.pos;
        let mut i = self.pos;
        let mut only_spaces = true;
        let mut sentence = gap_start == 0;
        loop {
            let Some(&c) = b.get(i) else {
                self.pos = i;
                return false;
            };
            let class = BYTE_CLASS[usize::from(c)];
            if class & B_ALNUM != 0 {
                break;
            }
            if class & B_HIGH == 0 {
                only_spaces &= c == b' ';
                sentence |= matches!(c, b'.' | b'!' | b'?' | b':');
                i += 1;
            } else {
                if self.wide_word_char(i) > 0 {
                    break;
                }
                only_spaces = false;
                // Step over one whole character.
                i += self
                    .s
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
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
        self.word_at(start, gap, t);
        true
    }

    /// The token whose word starts at `start` (a word character), after a gap of kind `gap`.
    #[inline(always)]
    fn word_at(&mut self, start: usize, gap: Gap, t: &mut Tok) {
        let b = self.s.as_bytes();
        let upper_first = if b[start] < 0x80 {
            b[start].is_ascii_uppercase()
        } else {
            self.s
                .get(start..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let (end, digit) = self.skip_word(start);
        let mut full_end = end;
        let mut apos = Apos::None;
        let alen = self.apostrophe_len(end);
        if alen > 0 {
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

/// A token as plain values: start, end, full end, apostrophe, gap, digit, upper-case start.
type Plain = (usize, usize, usize, Apos, Gap, bool, bool);

/// Every token of `line` from the scanner `next` drives, as plain values.
fn tokens(mut next: impl FnMut(&mut Tok) -> bool) -> Vec<Plain> {
    let mut out = Vec::new();
    let mut t = super::EMPTY_TOK;
    while next(&mut t) {
        out.push((
            t.start,
            t.end,
            t.full_end,
            t.apos,
            t.gap,
            t.digit,
            t.upper_first,
        ));
    }
    out
}

/// The mask scanner's tokens, and the reference scanner's.
fn both(line: &str) -> (Vec<Plain>, Vec<Plain>) {
    let mut fast = super::Scanner::new(line);
    let mut slow = Scanner::new(line);
    (tokens(|t| fast.next_into(t)), tokens(|t| slow.next_into(t)))
}

#[test]
fn mask_scanner_matches_the_reference_on_examples() {
    let long = "word ".repeat(30) + "Washingtons’ tail";
    for line in [
        "",
        " ",
        "a",
        "Moscows defense apparatus, the ministers remarks.",
        "Russia’s and Moscow's: don’t, they're — “quoted” O’Brien's 1990s 3.5 km2",
        "café Ærø naïve Zürich’s — ‘single’ ‘’ '' ' s ’s",
        "-hyphen Kansas-based  two  spaces\tTab. End!",
        long.as_str(),
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz’s x",
    ] {
        let (fast, slow) = both(line);
        assert_eq!(fast, slow, "{line:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// On random text of letters, digits, spaces, ASCII punctuation, apostrophes ' ’ ‘,
    /// hyphens, dashes, quotes and non-ASCII letters, the mask scanner yields exactly the tokens
    /// of the byte-by-byte one.
    #[test]
    fn mask_scanner_matches_the_reference(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                4 => "[a-zA-Z]{1,12}",
                1 => "[0-9]{1,4}",
                3 => "( |  |'|’|‘|-|—|–|“|”|\"|\\. |, |\\?|:|!|\t|\\()",
                1 => "[a-zé]{0,3}[éÆøüñßΩжд中\u{301}][a-z]{0,3}",
                1 => "[ -~]{1,8}",
                1 => "\\PC{1,3}",
            ],
            0..60,
        )
    ) {
        let line: String = parts.concat();
        let (fast, slow) = both(&line);
        proptest::prop_assert_eq!(fast, slow, "{:?}", line);
    }

    /// The statistics pass's scanner, which tells only spaces from other gaps, yields the
    /// tokens of the full one, with the same gaps as far as spaces go.
    #[test]
    fn spaces_only_scanner_matches_the_full_one(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                4 => "[a-zA-Z]{1,12}",
                1 => "[0-9]{1,4}",
                3 => "( |  |'|’|‘|-|—|–|“|”|\"|\\. |, |\\?|:|!|\t|\\()",
                1 => "[a-zé]{0,3}[éÆøüñßΩжд中\u{301}][a-z]{0,3}",
                1 => "[ -~]{1,8}",
                1 => "\\PC{1,3}",
            ],
            0..60,
        )
    ) {
        let line: String = parts.concat();
        let spaced = |v: Vec<Plain>| -> Vec<_> {
            v.into_iter()
                .map(|(a, b, c, d, gap, e, f)| (a, b, c, d, gap == Gap::Space, e, f))
                .collect()
        };
        let mut full = super::Scanner::new(&line);
        let mut spaces = super::Scanner::spaces_only(&line);
        proptest::prop_assert_eq!(
            spaced(tokens(|t| full.next_into(t))),
            spaced(tokens(|t| spaces.next_into(t))),
            "{:?}",
            line
        );
    }
}

// The quick rejects of `restore_line` as a chain of tests, the reference for the table-driven
// `worth_deciding` that replaced them.

/// The last bytes of words that may have lost an apostrophe (one table load instead of a
/// branch per letter).
static LOST_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b's' as usize] = true;
    t[b't' as usize] = true;
    t[b'e' as usize] = true;
    t[b'm' as usize] = true;
    t[b'd' as usize] = true;
    t[b'l' as usize] = true;
    t
};

/// Quick reject: could this word be a possessive or a contraction that lost its apostrophe?
fn may_have_lost_one(word: &[u8]) -> bool {
    let n = word.len();
    if n < 2 {
        return false;
    }
    match word[n - 1] {
        b's' => true,
        b't' => n >= 4 && word[n - 2] == b'n',
        b'e' => matches!(word[n - 2], b'r' | b'v'),
        b'l' => word[n - 2] == b'l',
        // Up to "thered".
        b'd' => n <= 6,
        b'm' => n == 2,
        _ => false,
    }
}

/// Second reject, before [`decide`]: only a contraction form can lose an apostrophe unless the
/// word ends in s, and an -s word that is no contraction form needs what every possessive rule
/// needs: a following word after a space (no digit, no contraction) and three letters or more,
/// three only when capitalised. Exactly the tests `decide` makes first, so nothing it would
/// restore is rejected here.
fn worth_deciding_chained(word: &[u8], c: &Tok, next: Option<&Tok>) -> bool {
    word.last() == Some(&b's')
        && next.is_some_and(|n| n.gap == Gap::Space && n.apos != Apos::Other)
        && (word.len() >= 4 || word.len() == 3 && c.upper_first)
        || super::contraction_form(word)
}

/// The old chain: the quick reject, then the second reject.
fn chained(word: &[u8], c: &Tok, next: Option<&Tok>) -> bool {
    c.apos == Apos::None
        && !c.digit
        && word.last().is_some_and(|&b| LOST_END[usize::from(b)])
        && may_have_lost_one(word)
        && worth_deciding_chained(word, c, next)
}

/// For every token of `line` with the token after it: the table-driven reject and the chained
/// one, as (word, new, old).
fn rejects(line: &str) -> Vec<(String, bool, bool)> {
    let toks = tokens({
        let mut s = super::Scanner::new(line);
        move |t| s.next_into(t)
    });
    let tok = |p: &Plain| Tok {
        start: p.0,
        end: p.1,
        full_end: p.2,
        apos: p.3,
        gap: p.4,
        digit: p.5,
        upper_first: p.6,
    };
    (0..toks.len())
        .map(|i| {
            let c = tok(&toks[i]);
            let next = toks.get(i + 1).map(tok);
            let word = &line.as_bytes()[c.start..c.end];
            (
                line[c.start..c.end].to_owned(),
                super::worth_deciding(word, &c, next.as_ref()),
                chained(word, &c, next.as_ref()),
            )
        })
        .collect()
}

#[test]
fn table_reject_matches_the_chained_one_on_every_form() {
    // Every form `contraction_kind` lists, read from its source, so a form added there is
    // checked here too.
    let source = include_str!("../apostrophe.rs");
    let start = source.find("fn contraction_kind(").unwrap_or(0);
    let body = &source[start..];
    let body = &body[..body.find("_ => return None").unwrap_or(body.len())];
    let forms: Vec<&str> = body
        .split("b\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(forms.len() > 60, "{forms:?}");
    let mut passed = 0;
    for form in forms {
        let mut cap = form.to_owned();
        cap[..1].make_ascii_uppercase();
        for w in [form.to_owned(), cap, form.to_ascii_uppercase()] {
            for line in [
                w.clone(),
                format!("x {w} go"),
                format!("{w}, y"),
                format!("{w}’ z"),
            ] {
                for (word, new, old) in rejects(&line) {
                    assert_eq!(new, old, "{word:?} in {line:?}");
                    passed += usize::from(new);
                }
            }
        }
    }
    assert!(passed > 200, "{passed}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// On random text, the table-driven reject keeps exactly the tokens the chained one kept.
    #[test]
    fn table_reject_matches_the_chained_one(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                4 => "[a-zA-Z]{1,10}(s|d|m|nt|re|ve|ll|ed|id|ts|es|os|ws|ys)",
                2 => "(I|i|he|she|the|Th)(d|m|ed|s)",
                3 => "[a-zA-Z]{1,12}",
                1 => "[0-9]{1,4}[a-z]{0,2}",
                4 => "( |  |'|’|-|—|“|\\. |, |\\?|:|\t)",
                1 => "[a-zé]{0,3}[éøüжд中][a-z]{0,3}",
            ],
            0..40,
        )
    ) {
        let line: String = parts.concat();
        for (word, new, old) in rejects(&line) {
            proptest::prop_assert_eq!(new, old, "{:?} in {:?}", word, line);
        }
    }
}

// The loop of `restore_line` before it skipped words: every token is read and tested.

/// One call of the candidate callback as plain values: the two tokens before, the token,
/// the token after.
type Call = (Option<Plain>, Option<Plain>, Plain, Option<Plain>);

fn plain(t: &Tok) -> Plain {
    (
        t.start,
        t.end,
        t.full_end,
        t.apos,
        t.gap,
        t.digit,
        t.upper_first,
    )
}

/// The candidates of `line` by reading every token, as `restore_line` did.
fn candidates(line: &str) -> Vec<Call> {
    let mut out = Vec::new();
    let mut scanner = super::Scanner::new(line);
    let mut ring = [super::EMPTY_TOK; 4];
    if !scanner.next_into(&mut ring[0]) {
        return out;
    }
    let mut i = 0usize;
    loop {
        let has_next = scanner.next_into(&mut ring[(i + 1) % 4]);
        let c = &ring[i % 4];
        let word = &line.as_bytes()[c.start..c.end];
        let next = has_next.then(|| &ring[(i + 1) % 4]);
        if super::worth_deciding(word, c, next) {
            out.push((
                (i >= 2).then(|| plain(&ring[(i + 2) % 4])),
                (i >= 1).then(|| plain(&ring[(i + 3) % 4])),
                plain(c),
                next.map(plain),
            ));
        }
        if !has_next {
            break;
        }
        i += 1;
    }
    out
}

/// The candidates of `line` from the skipping scan.
fn skipping(line: &str) -> Vec<Call> {
    let mut out = Vec::new();
    super::for_each_candidate(line, |before, c, next| {
        out.push((
            before[0].map(plain),
            before[1].map(plain),
            plain(c),
            next.map(plain),
        ));
    });
    out
}

/// A [`super::Visit`] that screens in the candidates at some offsets only (one in three, by
/// `seed`), as the restorer screens most out: the tokens before a candidate are then built
/// only for those it visits.
struct SomeOffsets {
    seed: usize,
    calls: Vec<Call>,
}

impl super::Visit for SomeOffsets {
    fn screen(&mut self, c: &Tok, _next: Option<&Tok>) -> bool {
        screened_in(self.seed, c.start)
    }
    fn visit(&mut self, context: [Option<&Tok>; 2], c: &Tok, next: Option<&Tok>) {
        self.calls.push((
            context[0].map(plain),
            context[1].map(plain),
            plain(c),
            next.map(plain),
        ));
    }
}

fn screened_in(seed: usize, start: usize) -> bool {
    (start + seed).is_multiple_of(3)
}

/// The candidates of `line` that [`SomeOffsets`] visits from the skipping scan, against
/// those of the full one it screens in.
fn screened_agree(line: &str) -> Result<(), String> {
    for seed in 0..3 {
        let mut v = SomeOffsets {
            seed,
            calls: Vec::new(),
        };
        super::scan_candidates(line, &mut v);
        let full: Vec<Call> = candidates(line)
            .into_iter()
            .filter(|c| screened_in(seed, c.2.0))
            .collect();
        if v.calls != full {
            return Err(format!("{line:?} seed {seed}: {:?} != {full:?}", v.calls));
        }
    }
    Ok(())
}

#[test]
fn skipping_scan_matches_the_full_one_on_examples() {
    let long = "the talks went on for hours and nobody said much about the plans ".repeat(4);
    for line in [
        "",
        "a",
        "dont",
        "Moscows defense apparatus, the ministers remarks.",
        long.as_str(),
        &format!("{long}Washingtons intent is clear and they dont care"),
        &format!("{long}x'y Moscows army and the hosts dinner"),
        &format!("{long} café Zürichs bank — the boards vote, ’ Kiyvs mayor"),
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen cats dogs",
        &format!("the plans {} Moscows army dont", "x".repeat(80)),
        &format!("{long}the  hosts   dinner and its  Bidens\tplans - the boards-vote"),
        &format!("{long}talks' outcome and the talks’ end, dont"),
    ] {
        assert_eq!(skipping(line), candidates(line), "{line:?}");
        screened_agree(line).unwrap();
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// On random text, mostly plain words with some that may need a decision, the skipping
    /// scan calls back with exactly the tokens of the full one.
    #[test]
    fn skipping_scan_matches_the_full_one(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                8 => "[a-z]{1,9} ",
                2 => "[A-Z][a-z]{1,8} ",
                3 => "[a-zA-Z]{1,9}(s|d|m|nt|re|ve|ll|ed|id|ts|es|os|ws|ys)",
                2 => "(I|i|he|she|the|Th|dont|its|lets|Ill|Id|whod)(d|m|ed|s)?",
                1 => "[0-9]{1,4}[a-z]{0,2}",
                6 => "( |  |'|’|-|—|“|\\. |, |\\?|:|\t|s )",
                1 => "[a-zé]{0,3}[éøüжд中][a-z]{0,3}",
                1 => "[ -~]{1,8}",
            ],
            0..90,
        )
    ) {
        let line: String = parts.concat();
        proptest::prop_assert_eq!(skipping(&line), candidates(&line), "{:?}", line);
        // Screening some candidates out builds the same tokens for the others.
        proptest::prop_assert_eq!(screened_agree(&line), Ok(()));
    }
}

/// The noun-ending test before it was split by last byte: every ending tried.
fn has_noun_suffix(word: &str) -> bool {
    const NOUN_SUFFIXES: [&str; 21] = [
        "ion", "ment", "ness", "ity", "ship", "ism", "ance", "ence", "ency", "ancy", "ogy", "ist",
        "hood", "dom", "ical", "ual", "ial", "ntal", "ous", "ful", "ian",
    ];
    let base = word
        .strip_suffix('s')
        .filter(|b| !b.ends_with('s'))
        .unwrap_or(word);
    NOUN_SUFFIXES
        .iter()
        .any(|s| base.len() > s.len() + 2 && base.ends_with(s))
}

#[test]
fn noun_suffix_by_last_byte_matches_every_ending() {
    let data = [
        include_str!("../../data/apostrophe/lexicon.txt"),
        include_str!("../../data/apostrophe/nouns.txt"),
        include_str!("../../data/apostrophe/word_classes.txt"),
        include_str!("../../data/apostrophe/base_verbs.txt"),
        include_str!("../../data/apostrophe/animate.txt"),
        include_str!("../../data/apostrophe/gazetteer.txt"),
    ];
    let mut checked = 0;
    let mut noun = 0;
    for text in data {
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            let n = w.len();
            for v in [
                w.to_owned(),
                format!("{w}s"),
                format!("{w}ss"),
                format!("{w}es"),
                w.to_uppercase(),
                w.get(..n.saturating_sub(1)).unwrap_or("").to_owned(),
                w.get(1..).unwrap_or("").to_owned(),
                w.get(2..).unwrap_or("").to_owned(),
            ] {
                let old = has_noun_suffix(&v);
                assert_eq!(super::has_noun_suffix(&v), old, "{v:?}");
                checked += 1;
                noun += usize::from(old);
            }
        }
    }
    assert!(checked > 10_000 && noun > 1_000, "{checked} {noun}");
}

proptest::proptest! {
    /// On random words ending like the endings, or one letter off them, the two agree.
    #[test]
    fn noun_suffix_by_last_byte_matches_on_random_words(
        w in "[a-zA-Z]{0,6}(ion|ian|ment|ist|ness|ous|ity|ency|ancy|ogy|ship|ism|dom|ance|ence|hood|ical|ual|ial|ntal|ful|[a-z]{1,3})(s|ss|e)?"
    ) {
        proptest::prop_assert_eq!(super::has_noun_suffix(&w), has_noun_suffix(&w), "{:?}", w);
    }
}
