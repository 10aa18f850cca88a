//! The news-mode exception to UAX #29 sentence breaks: a period after an honorific,
//! an initial or a month abbreviation does not end the sentence ("Mr. Austin",
//! "Sergei K. Shoigu", "Feb. 18"), and a dotted acronym or abbreviation ends one only
//! when the next word is a usual sentence opener ("the U.S. The talks" breaks,
//! "U.S. Defense" and "9 a.m. Monday" do not).
//!
//! UAX #29 itself already keeps a period followed by a lowercase word ("U.S. lawmakers").

/// Titles and honorifics written with a period before a name.
const HONORIFICS: &[&str] = &[
    "Adm", "Capt", "Cmdr", "Col", "Dr", "Gen", "Gov", "Hon", "Jr", "Lt", "Maj", "Messrs", "Mr",
    "Mrs", "Ms", "Mt", "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St", "Supt",
];

/// Abbreviations that are followed by a number ("Feb. 18", "No. 3").
const BEFORE_NUMBERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Vol", "pp", "p",
];

/// Capitalised words that usually open a sentence rather than continue a name.
const OPENERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Now",
    "On",
    "Our",
    "She",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "What",
    "When",
    "While",
    "Yet",
];

/// Longest word, in characters, looked at before a period ("U.S.A.F." is 8).
const MAX_ABBREVIATION_CHARS: usize = 24;

/// Whether the period at `dot` (followed by spaces up to `next`) stays inside the sentence.
pub(crate) fn keeps_going(text: &str, dot: usize, next: usize) -> bool {
    let before = text.get(..dot).unwrap_or_default();
    // The word before the period: letters and inner periods ("Mr", "K", "U.S"). The look
    // back is bounded: in scripts without case ("日.日.日.") every period ends a sentence
    // and lands here, and an unbounded look back over the whole run made splitting such a
    // text quadratic. No honorific or abbreviation is this long.
    let mut word_start = dot;
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if !(c.is_alphabetic() || c == '.') {
            break;
        }
        if n == MAX_ABBREVIATION_CHARS {
            return false;
        }
        word_start = i;
    }
    let word = before.get(word_start..).unwrap_or_default();
    if word.is_empty() || word.starts_with('.') {
        return false;
    }
    let after = text.get(next..).unwrap_or_default();
    let next_word: &str = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let Some(first) = next_word.chars().next() else {
        return false;
    };
    if HONORIFICS.contains(&word) {
        return first.is_uppercase();
    }
    if BEFORE_NUMBERS.contains(&word) {
        return first.is_ascii_digit();
    }
    // Initials ("K."), dotted acronyms ("U.S.") and dotted lowercase abbreviations
    // ("a.m.", "e.g."): a capitalised word goes on with the name or phrase, unless it
    // is a usual sentence opener.
    let single_letters = |upper: bool| {
        word.split('.').all(|part| {
            let mut cs = part.chars();
            cs.next()
                .is_some_and(|c| c.is_alphabetic() && (!upper || c.is_uppercase()))
                && cs.next().is_none()
        })
    };
    let abbreviation = single_letters(true) || (word.contains('.') && single_letters(false));
    abbreviation && first.is_uppercase() && !OPENERS.contains(&next_word)
}
