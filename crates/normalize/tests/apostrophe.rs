//! Unit cases for dropped-apostrophe restoration: the seeds, the forms that must stay, the
//! contractions, both apostrophe characters, and invariants (merge, idempotence, no panic).

use copydesk_normalize::apostrophe::{ApostropheStats, Restoration, restore_line};
use proptest::prelude::*;

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect()
}

fn stats_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> ApostropheStats {
    let mut stats = ApostropheStats::default();
    for t in texts {
        stats.observe(t);
    }
    stats
}

/// Every (before, after) pair restored over the lines of `texts`.
fn restorations(
    texts: &[&str],
    stats: &ApostropheStats,
    apostrophe: char,
) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for text in texts {
        for line in text.lines() {
            let mut out = Vec::new();
            let _ = restore_line(line, stats, apostrophe, &mut out);
            all.extend(out.into_iter().map(|r| (r.before, r.after)));
        }
    }
    all
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn seeds_get_their_possessives_back_and_nothing_else() {
    let seeds = seeds();
    let texts: Vec<&str> = seeds.iter().map(String::as_str).collect();
    let stats = stats_of(texts.iter().copied());
    let got = restorations(&texts, &stats, '’');
    // FIXME: seed 000's "the ministers remarks" (two ministers) stays as it is: nothing in the
    // corpus tells a singular possessor from a plural one before a plural head, and the
    // evaluation text shows the singular guess is wrong there about as often as right.
    assert_eq!(
        got,
        pairs(&[
            ("Washingtons", "Washington’s"),
            ("Moscows", "Moscow’s"),
            ("Belousovs", "Belousov’s"),
            ("Washingtons", "Washington’s"),
        ])
    );
}

#[test]
fn restoration_reports_offsets_and_reasons() {
    let seeds = seeds();
    let stats = stats_of(seeds.iter().map(String::as_str));
    let line = "Analysts weighed Moscows defense apparatus and Washingtons intent.";
    let mut out = Vec::new();
    let new = restore_line(line, &stats, '’', &mut out);
    assert_eq!(
        new.as_deref(),
        Some("Analysts weighed Moscow’s defense apparatus and Washington’s intent.")
    );
    assert_eq!(out.len(), 2);
    for r in &out {
        assert_eq!(&line[r.offset..r.offset + r.before.len()], r.before);
        assert!(!r.reason.is_empty());
    }
    let mut none: Vec<Restoration> = Vec::new();
    assert_eq!(
        restore_line("Nothing to see here.", &stats, '’', &mut none),
        None
    );
    assert!(none.is_empty());
}

/// Words in -s that are names or plurals, each followed by the kind of word that would make a
/// possessive plausible.
const MUST_STAY: &str = "\
Russians answered quickly, and Americans watched. Palestinians in Gaza waited for aid.
The United States military and the United Nations agency sent teams. United States officials said little.
Hamas fighters and Hamas officials rejected the plan. Qantas flights resumed and Qantas shares rose.
Wales coach Gareth Lewis named his squad. Christmas shopping began early, and Christmas sales rose.
Williams said the team was ready. The Hicks family moved to Paris. Hicks spoke first.
Swiss banks and Swiss voters. Paris police closed the Paris office. News anchors and News outlets.
The Donbas region was shelled. Donbas villages emptied. This week, This plan, This year.
Russians fled the city. Americans support the plan. Palestinians fear the worst.
Prince William spoke. The Williams sisters won again. The arms race and the sales team.
The tomatoes split after every heavy rain.";

#[test]
fn names_and_plurals_in_s_stay_as_they_are() {
    let seeds = seeds();
    let mut texts: Vec<&str> = seeds.iter().map(String::as_str).collect();
    texts.push(MUST_STAY);
    for stats in [
        ApostropheStats::default(),
        stats_of([MUST_STAY]),
        stats_of(texts.iter().copied()),
    ] {
        let got = restorations(&[MUST_STAY], &stats, '’');
        assert!(got.is_empty(), "changed: {got:?}");
    }
}

#[test]
fn unambiguous_contractions_come_back() {
    let stats = ApostropheStats::default();
    let line =
        "I dont think theyre ready, Ive said so, and it isnt over; thats why we havent left.";
    let mut out = Vec::new();
    assert_eq!(
        restore_line(line, &stats, '’', &mut out).as_deref(),
        Some(
            "I don’t think they’re ready, I’ve said so, and it isn’t over; that’s why we haven’t left."
        )
    );
    let mut out = Vec::new();
    assert_eq!(
        restore_line(
            "Dont worry, Im here and youre fine.",
            &stats,
            '\'',
            &mut out
        )
        .as_deref(),
        Some("Don't worry, I'm here and you're fine.")
    );
}

#[test]
fn ambiguous_contractions_need_context() {
    let stats = ApostropheStats::default();
    let unchanged = [
        "We were there and it went well.",
        "The ill patient was moved to a shed.",
        "The company cut its budget and its staff.",
        "They wont say; it was his wont.",
        "The software lets users pick a color.",
        "IM and CANT in capitals are something else.",
        "Im Jae-hyun, the coach, said little.",
        "The charity and its not-for-profit arm.",
    ];
    for line in unchanged {
        let mut out = Vec::new();
        let got = restore_line(line, &stats, '’', &mut out);
        let expected = if line.starts_with("They wont") {
            Some("They won’t say; it was his wont.".to_owned())
        } else {
            None
        };
        assert_eq!(got, expected, "{line}");
    }
    let mut out = Vec::new();
    assert_eq!(
        restore_line(
            "Its a long road, and we cant stop. Ill be back. Lets go.",
            &stats,
            '’',
            &mut out
        )
        .as_deref(),
        Some("It’s a long road, and we can’t stop. I’ll be back. Let’s go.")
    );
}

#[test]
fn both_apostrophes_count_as_evidence() {
    for apostrophe in ['’', '\''] {
        let corpus = format!(
            "Kerala{apostrophe}s rains came late. Kerala said it would cope. Keralas farmers waited."
        );
        let stats = stats_of([corpus.as_str()]);
        let mut out = Vec::new();
        let got = restore_line("Keralas farmers waited.", &stats, apostrophe, &mut out);
        assert_eq!(got, Some(format!("Kerala{apostrophe}s farmers waited.")));
    }
}

#[test]
fn merge_of_chunks_equals_one_pass() {
    let seeds = seeds();
    let whole = stats_of(seeds.iter().map(String::as_str));
    let mut merged = ApostropheStats::default();
    for chunk in seeds.chunks(2).rev() {
        merged.merge(stats_of(chunk.iter().map(String::as_str)));
    }
    let texts: Vec<&str> = seeds.iter().map(String::as_str).collect();
    assert_eq!(
        restorations(&texts, &whole, '’'),
        restorations(&texts, &merged, '’')
    );
    let json = serde_json::to_string(&merged).expect("serialize");
    // Whatever the chunking and merge order, the same bytes.
    let mut forward = ApostropheStats::default();
    for chunk in seeds.chunks(3) {
        forward.merge(stats_of(chunk.iter().map(String::as_str)));
    }
    assert_eq!(json, serde_json::to_string(&forward).expect("serialize"));
    assert_eq!(json, serde_json::to_string(&whole).expect("serialize"));
    let back: ApostropheStats = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(
        restorations(&texts, &whole, '’'),
        restorations(&texts, &back, '’')
    );
}

/// Words that exercise every path: -s forms, names, contractions, function words, punctuation.
const VOCAB: &[&str] = &[
    "the",
    "a",
    "its",
    "Moscows",
    "Moscow",
    "Washingtons",
    "defense",
    "intent",
    "dont",
    "cant",
    "be",
    "Ill",
    "Its",
    "were",
    "ministers",
    "remarks",
    "officials",
    "said",
    ".",
    ",",
    "Americans",
    "United",
    "States",
    "Hamas",
    "fighters",
    "the",
    "firms",
    "lawyers",
    "Williamss",
    "Williams",
    "statement",
    "Lets",
    "go",
    "Im",
    "Ive",
    "thats",
    "Russia’s",
    "side’s",
    "leaders’",
    "talks",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_panics_and_is_idempotent(line in "[A-Za-z’' .,\\-é]{0,80}") {
        let stats = stats_of([line.as_str(), "Keralas farmers. Kerala’s rains. Kerala said."]);
        let mut out = Vec::new();
        let once = restore_line(&line, &stats, '’', &mut out).unwrap_or_else(|| line.clone());
        for r in &out {
            prop_assert_eq!(&line[r.offset..r.offset + r.before.len()], r.before.as_str());
        }
        let mut again = Vec::new();
        prop_assert_eq!(restore_line(&once, &stats, '’', &mut again), None);
    }

    #[test]
    fn only_apostrophes_are_inserted(words in proptest::collection::vec(
        proptest::sample::select(VOCAB.to_vec()), 0..24)
    ) {
        let line = words.join(" ");
        let seeds = seeds();
        let mut stats = stats_of(seeds.iter().map(String::as_str));
        stats.observe(&line);
        let mut out = Vec::new();
        if let Some(new) = restore_line(&line, &stats, '’', &mut out) {
            prop_assert_eq!(new.replace('’', ""), line.replace('’', ""));
            prop_assert_eq!(new.chars().count(), line.chars().count() + out.len());
        } else {
            prop_assert!(out.is_empty());
        }
    }

    #[test]
    fn observe_never_panics(text in "\\PC{0,120}") {
        let mut stats = ApostropheStats::default();
        stats.observe(&text);
        let mut out = Vec::new();
        let _ = restore_line(&text, &stats, '\'', &mut out);
    }
}

#[test]
fn a_closing_quote_is_no_plural_possessive() {
    let corpus = "Crowds chanted ‘no more tanks’, and the army sent more.\nThe tanks crews waited.";
    let stats = stats_of([corpus]);
    let mut out = Vec::new();
    assert_eq!(
        restore_line("The tanks crews waited.", &stats, '’', &mut out),
        None
    );
    // With a noun after it, the same form is evidence.
    let corpus = "The drivers’ union met. The drivers’ pay rose.\nThe drivers crews waited.";
    let stats = stats_of([corpus]);
    assert_eq!(
        restore_line("The drivers crews waited.", &stats, '’', &mut out).as_deref(),
        Some("The drivers’ crews waited.")
    );
}

/// "next"/"last" before an adverb of time ("next month") start an adverbial: the -s form
/// before them is no possessive even when the corpus shows its stem with an apostrophe.
#[test]
fn next_month_is_no_possessive_head() {
    let corpus = "The association’s president spoke.\n\
                  They will meet with residents’ associations next month.";
    let stats = stats_of([corpus]);
    let mut out = Vec::new();
    for line in [
        "They will meet with residents’ associations next month.",
        "The associations last year grew.",
    ] {
        assert_eq!(restore_line(line, &stats, '’', &mut out), None, "{line}");
    }
    // "next" before a plain noun still can be the possessive's noun phrase.
    assert_eq!(
        restore_line(
            "The associations next meeting is in May.",
            &stats,
            '’',
            &mut out
        )
        .as_deref(),
        Some("The association’s next meeting is in May.")
    );
}
