//! Pathological input: every entry point finishes in time linear in the input, on runs of one
//! character class that a news scrape can produce (a line of a million quotes, dashes, periods,
//! combining marks, replacement characters, NULs, periods between caseless letters).
//!
//! Each case runs on a thread with a deadline: a quadratic path on these sizes takes minutes in a
//! debug build, a linear one milliseconds, so the deadline separates them with a wide margin
//! whatever the load on the machine.

use copydesk_tokenize::{SentenceMode, count_words, fold_case, sentences, tokens, words};
use std::sync::mpsc;
use std::time::Duration;

/// Repetitions of each unit: inputs of 100 to 800 KB.
const N: usize = 100_000;
const DEADLINE: Duration = Duration::from_secs(30);

const UNITS: &[&str] = &[
    "\"",
    "'",
    "-",
    " -",
    "—",
    ".",
    " ",
    "\n",
    "\r",
    "\0",
    "\u{301}",
    "a\u{301}",
    "\u{fffd}",
    "\u{200d}",
    "\u{200b}",
    "🇺",
    "日.",
    "א.",
    "ก.",
    "A.",
    ".A",
    "A. ",
    "a.",
    "Mr. ",
    "Σ",
    "a'",
    "1,",
    "a:\u{301}",
    "_",
    "\u{3000}",
];

/// Every entry point over `text`; returns something that depends on all of them.
fn run_all(text: &str) -> usize {
    let mut pos = 0;
    for t in tokens(text) {
        assert_eq!(t.start, pos);
        pos = t.end();
    }
    assert_eq!(pos, text.len());
    let n = words(text).count();
    assert_eq!(count_words(text), n);
    let mut total = n;
    for mode in [SentenceMode::Uax29, SentenceMode::News] {
        let mut end = 0;
        for (s, e) in sentences(text, mode) {
            assert_eq!(s, end);
            end = e;
        }
        assert_eq!(end, text.len());
        total += end;
    }
    let mut buf = String::new();
    fold_case(text, &mut buf);
    total + buf.len()
}

#[test]
fn long_runs_finish_in_linear_time() {
    for unit in UNITS {
        let text = unit.repeat(N);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(run_all(&text));
        });
        assert!(
            rx.recv_timeout(DEADLINE).is_ok(),
            "{unit:?} repeated {N} times: not done in {DEADLINE:?} (quadratic?)"
        );
    }
}

#[test]
fn caseless_letters_with_periods_split_one_sentence_each() {
    // The case behind the bound on the look-back before a period.
    let text = "日.".repeat(1000);
    assert_eq!(sentences(&text, SentenceMode::News).count(), 1000);
    // A long dotted run of single letters is no abbreviation: it ends its sentence.
    let long = format!("{} Next", "A.".repeat(40));
    assert_eq!(sentences(&long, SentenceMode::News).count(), 2);
    // A short one still keeps the sentence going.
    assert_eq!(sentences("U.S.A.F. Base", SentenceMode::News).count(), 1);
}
