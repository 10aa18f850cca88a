//! The Unicode 15.0 conformance files (fixtures/unicode/WordBreakTest.txt and
//! SentenceBreakTest.txt): every case must give exactly the listed boundaries.

use std::path::PathBuf;

use copydesk_tokenize::{SentenceMode, count_words, sentences, tokens, words};

/// One test line: the text and the byte offsets of its inner and final boundaries.
struct Case {
    line: usize,
    text: String,
    breaks: Vec<usize>,
}

fn load(name: &str) -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/unicode")
        .join(name);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let body = line.split('#').next().unwrap_or("").trim();
        if body.is_empty() {
            continue;
        }
        let mut text = String::new();
        let mut breaks = Vec::new();
        for item in body.split_whitespace() {
            match item {
                "÷" => {
                    if !text.is_empty() {
                        breaks.push(text.len());
                    }
                }
                "×" => {}
                hex => {
                    let cp = u32::from_str_radix(hex, 16).expect("hex code point");
                    text.push(char::from_u32(cp).expect("scalar value"));
                }
            }
        }
        cases.push(Case {
            line: n + 1,
            text,
            breaks,
        });
    }
    cases
}

#[test]
fn word_break_test_passes() {
    let cases = load("WordBreakTest.txt");
    assert!(cases.len() > 1800, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<usize> = tokens(&case.text).map(|t| t.end()).collect();
        if got != case.breaks {
            failures.push(format!(
                "line {}: {:?} expected {:?} got {:?}",
                case.line, case.text, case.breaks, got
            ));
        }
        // The word iterator and counter, which take other paths, agree with the tokens.
        let expected_words: Vec<&str> = tokens(&case.text)
            .filter(|t| {
                matches!(
                    t.kind,
                    copydesk_tokenize::TokenKind::Word | copydesk_tokenize::TokenKind::Number
                )
            })
            .map(|t| t.text)
            .collect();
        let got_words: Vec<&str> = words(&case.text).collect();
        if got_words != expected_words || count_words(&case.text) != expected_words.len() {
            failures.push(format!(
                "line {}: words {:?} vs tokens {:?}",
                case.line, got_words, expected_words
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn sentence_break_test_passes() {
    let cases = load("SentenceBreakTest.txt");
    assert!(cases.len() > 500, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<usize> = sentences(&case.text, SentenceMode::Uax29)
            .map(|(_, e)| e)
            .collect();
        if got != case.breaks {
            failures.push(format!(
                "line {}: {:?} expected {:?} got {:?}",
                case.line, case.text, case.breaks, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
