//! Invariants on random text: spans tile the input on char boundaries, nothing panics,
//! the three word paths agree, and word boundaries equal unicode-segmentation's on
//! text over ASCII, Latin-1 and common punctuation.

use copydesk_tokenize::{
    SentenceMode, TokenKind, count_words, fold_case, sentences, tokens, words,
};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// News-like text: mostly ASCII words and spaces, with Latin-1 letters, curly quotes,
/// dashes and line breaks, long enough to cross the 64-byte blocks.
const NEWSY: &str = "[a-zA-Z0-9 .,;:'\"?!()\\-_\n\r\tà-ÿÀ-Þ‘’“”—–…ΣΟΔσς]{0,300}";

fn check_tiling(text: &str) -> Result<(), TestCaseError> {
    let mut pos = 0;
    for t in tokens(text) {
        prop_assert_eq!(t.start, pos);
        prop_assert!(!t.text.is_empty());
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end()));
        prop_assert_eq!(&text[t.start..t.end()], t.text);
        pos = t.end();
    }
    prop_assert_eq!(pos, text.len());
    for mode in [SentenceMode::Uax29, SentenceMode::News] {
        let mut pos = 0;
        for (s, e) in sentences(text, mode) {
            prop_assert_eq!(s, pos);
            prop_assert!(e > s && text.is_char_boundary(e));
            pos = e;
        }
        prop_assert_eq!(pos, text.len());
    }
    Ok(())
}

fn check_word_paths(text: &str) -> Result<(), TestCaseError> {
    let from_tokens: Vec<&str> = tokens(text)
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| t.text)
        .collect();
    let from_words: Vec<&str> = words(text).collect();
    prop_assert_eq!(&from_words, &from_tokens);
    // Internal iteration (fold), also after a few external steps.
    let mut folded = Vec::new();
    words(text).for_each(|w| folded.push(w));
    prop_assert_eq!(&folded, &from_tokens);
    let mut it = words(text);
    let mut mixed: Vec<&str> = it.by_ref().take(3).collect();
    it.for_each(|w| mixed.push(w));
    prop_assert_eq!(&mixed, &from_tokens);
    prop_assert_eq!(count_words(text), from_tokens.len());
    Ok(())
}

/// Dense joiner cases: letters, digits and every mid punctuation next to each other,
/// with non-ASCII letters, combining marks and curly apostrophes mixed in.
const JOINERS: &str = "[aZ19 .,;:'’‘“—_é\u{301}\u{200d}\u{3000}\n]{0,200}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_tiles_and_paths_agree(text in any::<String>()) {
        check_tiling(&text)?;
        check_word_paths(&text)?;
        let mut buf = String::new();
        for w in words(&text) {
            fold_case(w, &mut buf);
            // The final-sigma context is approximated (see fold_case): compared only
            // on the news alphabet below.
            if !w.contains('Σ') {
                prop_assert_eq!(&buf, &w.to_lowercase());
            }
        }
    }

    #[test]
    fn newsy_text_tiles_and_paths_agree(text in NEWSY) {
        check_tiling(&text)?;
        check_word_paths(&text)?;
    }

    #[test]
    fn boundaries_match_unicode_segmentation(text in NEWSY) {
        let ours: Vec<&str> = tokens(&text).map(|t| t.text).collect();
        let theirs: Vec<&str> = text.split_word_bounds().collect();
        prop_assert_eq!(&ours, &theirs);
        let ours_words: Vec<&str> = words(&text).collect();
        let theirs_words: Vec<&str> = text.unicode_words().collect();
        prop_assert_eq!(ours_words, theirs_words);
    }

    #[test]
    fn joiner_soup_matches_unicode_segmentation(text in JOINERS) {
        check_tiling(&text)?;
        check_word_paths(&text)?;
        let ours: Vec<&str> = tokens(&text).map(|t| t.text).collect();
        let theirs: Vec<&str> = text.split_word_bounds().collect();
        prop_assert_eq!(&ours, &theirs);
    }

    #[test]
    fn fold_case_matches_std_lowercase(text in NEWSY) {
        let mut buf = String::from("left over");
        fold_case(&text, &mut buf);
        prop_assert_eq!(buf, text.to_lowercase());
    }
}
