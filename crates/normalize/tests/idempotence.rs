//! Invariants: normalization never panics and is idempotent,
//! `normalize(normalize(x)) == normalize(x)`, on random text and on every fixture.

use copydesk_doc::{Document, Source};
use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer, QuotePolicy, normalize_text};
use proptest::prelude::*;
use std::path::Path;

fn configs() -> [NormalizeConfig; 2] {
    [
        NormalizeConfig::default(),
        NormalizeConfig {
            quotes: QuotePolicy::Ascii,
            ..NormalizeConfig::default()
        },
    ]
}

fn assert_idempotent(text: &str) {
    for config in configs() {
        let once = normalize_text(text, &config);
        let twice = normalize_text(&once, &config);
        assert_eq!(
            twice, once,
            "not idempotent ({:?}) on {text:?}",
            config.quotes
        );
    }
}

/// Pieces of scraped news: words, sentences, furniture, every defect class.
const PIECES: &[&str] = &[
    "the",
    "Russia",
    "Austin",
    "said",
    "Friday",
    "Washingtons",
    "ministers",
    "dont",
    "its",
    " ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{ad}",
    "\u{7}",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2028}",
    ".",
    ",",
    "?",
    ":",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "`",
    "´",
    "-",
    "--",
    " - ",
    "–",
    "—",
    " — ",
    "...",
    "…",
    "[",
    "]",
    "(",
    ")",
    "[Source: DoD]",
    "[12]",
    "(AP Photo/Jane Roe)",
    "â€™",
    "â€œ",
    "â€",
    "Ã©",
    "Ã",
    "Â",
    "Â\u{a0}",
    "Ã¢â‚¬â„¢",
    "\u{92}",
    "\u{9d}",
    "e\u{301}",
    "\u{301}",
    "ﬁ",
    "Å",
    "A\u{30a}",
    "By Jane Doe",
    "— Cassandra Vinograd",
    "WASHINGTON — ",
    "KYIV, Ukraine (AP) — ",
    "Share",
    "|",
    "Back to top button",
    "Leave a Comment",
    "In response to",
    "Responses:",
    "Advertisement",
    "12:41",
    "4 min read",
    "Robyn Dixon in Riga contributed to this report.",
    "Not all news on the site expresses the point of view of the site.",
    "The defense secretaries spoke for the first time since May, officials said.",
    "US saw wreckage of suicide drones Russia used in Ukraine",
    "Communication between the armed forces of the two superpowers has become vitally important in recent weeks, as the war effort grew and threats multiplied across the region.",
    "😀",
    "👩\u{200d}💻",
    "日本語",
    "עברית",
    "Ⅻ",
    "½",
];

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn idempotent_on_news_like_text(text in news()) {
        assert_idempotent(&text);
    }

    #[test]
    fn idempotent_on_any_text(text in any::<String>()) {
        assert_idempotent(&text);
    }

    #[test]
    fn documents_never_panic(text in news(), other in news()) {
        let mut stats = CorpusStats::default();
        stats.observe(&text);
        let mut s2 = CorpusStats::default();
        s2.observe(&other);
        stats.merge(s2);
        let normalizer = Normalizer::new(NormalizeConfig { repeat_min_articles: 1, ..NormalizeConfig::default() }, stats);
        let mut doc = Document::new("p", Source::file("p.txt"), text);
        doc.title_from_text = true;
        let counts = normalizer.normalize(&mut doc);
        prop_assert!(!doc.text.contains("\n\n"));
        prop_assert!(!doc.text.contains('\r'));
        prop_assert_eq!(counts.articles, 1);
    }
}

#[test]
fn idempotent_on_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut n = 0;
    for dir in [
        "seeds",
        "fixtures/normalize/cases",
        "fixtures/normalize/furniture",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).expect("fixture dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path).expect("utf-8");
                assert_idempotent(&text);
                n += 1;
            }
        }
    }
    assert!(n >= 20, "{n} fixtures");
}

#[test]
fn merge_is_associative_and_commutative() {
    let texts = [
        "Home\nA story.",
        "Home\nShare\nB story.",
        "Share\nC story.",
        "Home\nD story.",
    ];
    let single = |t: &str| {
        let mut s = CorpusStats::default();
        s.observe(t);
        s
    };
    let mut left = single(texts[0]);
    left.merge(single(texts[1]));
    let mut right = single(texts[2]);
    right.merge(single(texts[3]));
    left.merge(right);
    let mut other = single(texts[3]);
    for t in [texts[1], texts[0], texts[2]] {
        other.merge(single(t));
    }
    for s in [&left, &other] {
        assert_eq!(s.articles, 4);
        assert_eq!(s.line_articles("home"), 3);
        assert_eq!(s.line_articles("SHARE"), 2);
    }
    assert_eq!(
        serde_json::to_string(&left).expect("json"),
        serde_json::to_string(&other).expect("json")
    );
}
