//! News-mode sentences: abbreviations, initials and honorifics do not end a sentence,
//! a dotted acronym at the end of one still does. Checked on hand-picked cases and on
//! every seed article against tests/sentences/NAME.expected.txt (one sentence per
//! line; regenerate with UPDATE_EXPECT=1 and review the diff).

use std::path::PathBuf;

use copydesk_tokenize::{SentenceMode, sentences};

fn split(text: &str, mode: SentenceMode) -> Vec<&str> {
    sentences(text, mode).map(|(s, e)| &text[s..e]).collect()
}

#[test]
fn news_mode_keeps_abbreviations_inside_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Mr. Austin spoke. He left.",
            &["Mr. Austin spoke. ", "He left."],
        ),
        (
            "Mr. Austin and Sergei K. Shoigu, Russia's defense minister, spoke.",
            &["Mr. Austin and Sergei K. Shoigu, Russia's defense minister, spoke."],
        ),
        (
            "Defense Secretary Lloyd J. Austin III spoke with him. Then nothing.",
            &[
                "Defense Secretary Lloyd J. Austin III spoke with him. ",
                "Then nothing.",
            ],
        ),
        (
            "U.S. lawmakers visit Kyiv.",
            &["U.S. lawmakers visit Kyiv."],
        ),
        (
            "They last spoke on Feb. 18 in Moscow.",
            &["They last spoke on Feb. 18 in Moscow."],
        ),
        (
            "Aid came from the U.S. The war went on.",
            &["Aid came from the U.S. ", "The war went on."],
        ),
        (
            "The U.S. Defense Department said so. It ended.",
            &["The U.S. Defense Department said so. ", "It ended."],
        ),
        (
            "President Vladimir V. Putin has stepped up.",
            &["President Vladimir V. Putin has stepped up."],
        ),
        (
            "Dr. Smith arrived. Ms. Jones left.",
            &["Dr. Smith arrived. ", "Ms. Jones left."],
        ),
        (
            "It ended in Feb. Nobody came.",
            &["It ended in Feb. ", "Nobody came."],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(split(text, SentenceMode::News), *expected, "{text:?}");
    }
    // Plain UAX #29 does break after "Mr." before a capital.
    assert_eq!(
        split("Mr. Austin spoke.", SentenceMode::Uax29),
        ["Mr. ", "Austin spoke."]
    );
}

#[test]
fn seed_sentences_match_expected() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("../../seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .expect("seeds dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut stale = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("seed");
        let mut actual = String::new();
        for s in split(&text, SentenceMode::News) {
            let s = s.trim_end();
            if !s.is_empty() {
                actual.push_str(s);
                actual.push('\n');
            }
        }
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name");
        let expected_path = root
            .join("tests/sentences")
            .join(format!("{name}.expected.txt"));
        if update {
            std::fs::create_dir_all(expected_path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&expected_path, &actual).expect("write expected");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            stale.push(expected_path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "differ (run with UPDATE_EXPECT=1 and review): {stale:?}"
    );
}
