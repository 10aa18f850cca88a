//! Pathological input: normalization finishes in time linear in the input on long runs of one
//! character class (a line of a million quotes, dashes, combining marks, replacement characters,
//! NULs; millions of blank lines or lone CRs), and stays idempotent where one step's output
//! feeds another's input more times than the line steps are re-run.
//!
//! Each timed case runs on a thread with a deadline: a quadratic path on these sizes takes minutes
//! in a debug build, a linear one well under a second, so the deadline separates them with a wide
//! margin whatever the load on the machine.

use copydesk_doc::{Document, Source};
use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer, QuotePolicy, normalize_text};
use std::sync::mpsc;
use std::time::Duration;

const N: usize = 50_000;
const DEADLINE: Duration = Duration::from_secs(60);

const UNITS: &[&str] = &[
    "\"",
    "'",
    "`a",
    "-",
    " -",
    " –",
    "—",
    "a - ",
    ".",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\0",
    "\u{301}",
    "a\u{301}\u{302}",
    "\u{fffd}",
    "\u{a0}",
    "\u{200b}",
    "\u{2028}",
    "[",
    "(",
    "[Photo ",
    "[Ph",
    "[12]",
    "Ã",
    "â€",
    "\u{92}",
    "日.",
    "Σ",
    "dont its ",
    "Mr. ",
    "By X\n",
];

fn normalize_all(text: String) -> usize {
    let mut stats = CorpusStats::default();
    stats.observe(&text);
    let mut total = 0;
    for quotes in [QuotePolicy::Typographic, QuotePolicy::Ascii] {
        let config = NormalizeConfig {
            quotes,
            repeat_min_articles: 1,
            ..NormalizeConfig::default()
        };
        let mut doc = Document::new("x", Source::file("x.txt"), text.clone());
        doc.title_from_text = true;
        Normalizer::new(config, stats.clone()).normalize(&mut doc);
        total += doc.text.len();
    }
    total
}

#[test]
fn long_runs_finish_in_linear_time() {
    for unit in UNITS {
        let text = unit.repeat(N);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(normalize_all(text));
        });
        assert!(
            rx.recv_timeout(DEADLINE).is_ok(),
            "{unit:?} repeated {N} times: not done in {DEADLINE:?} (quadratic?)"
        );
    }
}

fn assert_idempotent(text: &str) -> String {
    let mut first = String::new();
    for quotes in [QuotePolicy::Typographic, QuotePolicy::Ascii] {
        let config = NormalizeConfig {
            quotes,
            ..NormalizeConfig::default()
        };
        let once = normalize_text(text, &config);
        assert_eq!(
            normalize_text(&once, &config),
            once,
            "{quotes:?} on {text:?}"
        );
        if first.is_empty() {
            first = once;
        }
    }
    first
}

#[test]
fn markers_nested_deeper_than_the_rounds_are_cut_in_one_run() {
    // Each cut closes the marker around it; the line steps are re-run only a few times, so
    // the marker step itself must reach the fixed point.
    let text =
        "The vote was tied x [Ph[Ph[Ph[Ph[Ph[Ph[Photo]oto]oto]oto]oto]oto]oto] y, officials said.";
    assert_eq!(
        assert_idempotent(text),
        "The vote was tied x y, officials said."
    );
}

#[test]
fn mojibake_nested_deeper_than_the_rounds_is_repaired_in_one_run() {
    // A repaired character can start a sequence with what follows ("Ãƒ" is "Ã" read as
    // Windows-1252) or end one with what precedes it ("Â©" is "©"), to any depth.
    let right = format!(
        "The price rose Ã{} sharply, officials said.",
        "ƒ".repeat(40)
    );
    assert_eq!(
        assert_idempotent(&right),
        "The price rose Ã sharply, officials said."
    );
    let left = format!(
        "The price rose {}© sharply, officials said.",
        "Â".repeat(40)
    );
    assert_eq!(
        assert_idempotent(&left),
        "The price rose © sharply, officials said."
    );
    // And in linear time.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let long = format!("Ã{} {}©", "ƒ".repeat(N), "Â".repeat(N));
        let _ = tx.send(normalize_all(long));
    });
    assert!(
        rx.recv_timeout(DEADLINE).is_ok(),
        "deep mojibake: not done in {DEADLINE:?}"
    );
}

#[test]
fn chains_across_the_line_steps_are_idempotent() {
    // Whitespace removal brings a mis-decoded zero-width space together ("â€‹"); repairing it
    // brings the next one together, level after level.
    let mut zw = String::new();
    for _ in 0..8 {
        zw = format!("â{zw}\u{200b}€‹");
    }
    assert_eq!(assert_idempotent(&format!("x {zw} y")), "x y");
    // NFC composes "I\u{300}" into Ì, a lead that "€" completes into U+0300, which composes
    // the I before it: one level per round of the line steps.
    let nfc = format!("x {}\u{300}{} y", "I".repeat(20), "€".repeat(20));
    assert_eq!(assert_idempotent(&nfc), "x \u{300} y");
    // FIXME: deeper than the round cap (MAX_ROUNDS in lib.rs), such a chain is left part
    // repaired and a second run goes on; kept so to bound the cost of the line.
    let deep = format!("x {}\u{300}{} y", "I".repeat(40), "€".repeat(40));
    let config = NormalizeConfig::default();
    let once = normalize_text(&deep, &config);
    assert_ne!(normalize_text(&once, &config), once);
}

#[test]
fn a_line_of_many_edits_keeps_a_bounded_record() {
    let line = format!("He said {}.", "dont 'a' ".repeat(2000));
    let mut doc = Document::new("x", Source::file("x.txt"), line.clone());
    Normalizer::new(NormalizeConfig::default(), CorpusStats::default()).normalize(&mut doc);
    assert!(doc.edits.len() < 600, "{} edits", doc.edits.len());
    // The merged edits run from their first change to the end of the line.
    let merged: Vec<_> = doc
        .edits
        .iter()
        .filter(|e| e.reason.contains("recorded as one"))
        .collect();
    assert_eq!(merged.len(), 2, "typography and apostrophes");
    for e in merged {
        assert!(e.before.ends_with('.') && e.after.ends_with('.'));
        assert!(
            e.offset.is_some_and(|o| (8..20).contains(&o)),
            "{:?}",
            e.offset
        );
    }
    assert!(doc.text.starts_with("He said don’t ‘a’ don’t"));
}

#[test]
fn runs_of_typography_are_idempotent() {
    for text in [
        "a - - - - - - - - - b",
        "a -- -- -- -- -- -- b",
        "''''''''a''''''''",
        "\"\"\"\"\"\"a\"\"\"\"\"",
        "a ‘‘‘‘‘‘‘‘ b `` ´´ c",
        "x – – – – – – y",
        "RussiaÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢s envoy",
        "Ã\u{83}Â\u{83}Ã\u{83}Â©",
        "a\r\r\r\rb\u{2028}\u{2029}c",
        "\u{fffd}\u{fffd}\u{301}\u{301} \u{0} \u{85}\u{85}",
    ] {
        assert_idempotent(text);
    }
}
