//! Unit cases for dropped-apostrophe restoration: the seeds, the forms that must stay, the
//! contractions, both apostrophe characters, and invariants (merge, idempotence, no panic).

use copydesk_normalize::apostrophe::{
    ApostropheStats, Article, MAX_STORY_STEMS, Restoration, StoryCounts, restore_line,
    restore_line_in,
};
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

/// Restores one line against the statistics of `corpus` (the line itself is observed too).
fn restore_with(corpus: &str, line: &str) -> Option<String> {
    let stats = stats_of([corpus, line]);
    let mut out = Vec::new();
    restore_line(line, &stats, '’', &mut out)
}

/// The gazetteer attests countries, capitals and international bodies that the corpus never
/// shows alone; names in it that end in s stay, and so do plurals after a number.
#[test]
fn gazetteer_names_take_their_possessive() {
    for (line, want) in [
        (
            "Biden spoke with Qatars emir and Egypts president.",
            "Biden spoke with Qatar’s emir and Egypt’s president.",
        ),
        (
            "The UNs humanitarian office said trucks were waiting.",
            "The UN’s humanitarian office said trucks were waiting.",
        ),
        (
            "Analysts tracked North Koreas missile launches.",
            "Analysts tracked North Korea’s missile launches.",
        ),
        (
            "Azerbaijans president arrived late.",
            "Azerbaijan’s president arrived late.",
        ),
        (
            "The European Unions envoy said more monitors would come.",
            "The European Union’s envoy said more monitors would come.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "Wales coach Warren Gatland named his squad.",
        "The Honduras team lost.",
        "Leaders of the two Koreas summit met.",
        "The United States delegation left.",
        "The United Nations agency said so.",
        "The Philippines coast guard said so.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// Stems whose -s form is no plural: time deictics, indefinite pronouns, months, irregular
/// plurals; "peoples" before a function word stays.
#[test]
fn non_plural_stems_take_their_possessive() {
    for (line, want) in [
        ("Todays meeting was short.", "Today’s meeting was short."),
        (
            "They met before Novembers election.",
            "They met before November’s election.",
        ),
        (
            "She won the womens final in Paris.",
            "She won the women’s final in Paris.",
        ),
        (
            "It was someone elses choice, she said.",
            "It was someone else’s choice, she said.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    assert_eq!(
        restore_with("", "The indigenous peoples of the region met."),
        None
    );
}

/// Person nouns usually plural as possessors: "workers’ union"; never "worker’s" without
/// evidence; not after a verb or a singular determiner, not a headline's subject and verb.
#[test]
fn person_nouns_take_a_plural_possessive() {
    for (line, want) in [
        (
            "Critics, including the teachers union, said no.",
            "Critics, including the teachers’ union, said no.",
        ),
        (
            "“Our customers safety comes first,” she said.",
            "“Our customers’ safety comes first,” she said.",
        ),
        (
            "Residents safety is at stake.",
            "Residents’ safety is at stake.",
        ),
        // People before a body of members are its members, even after "a".
        (
            "She joined a teachers union last year.",
            "She joined a teachers’ union last year.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The constitution gave lawmakers wide discretion.",
        "Scientists map ancient forest under ice",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
    // The corpus speaks first: a stem used alone far more often than its plural is singular
    // ("the teacher’s" before a plain noun) ...
    let corpus = "The teacher spoke. The teacher left. A teacher came. The teacher said no.";
    assert_ne!(
        restore_with(corpus, "Critics, including the teachers plan, said no.").as_deref(),
        Some("Critics, including the teachers’ plan, said no.")
    );
    // ... but a body of members belongs to the many, however often one is named.
    assert_eq!(
        restore_with(corpus, "Critics, including the teachers union, said no.").as_deref(),
        Some("Critics, including the teachers’ union, said no.")
    );
}

/// Kin nouns after a possessive determiner, time nouns after a/last/next.
#[test]
fn kin_and_time_nouns_take_a_singular_possessive() {
    for (line, want) in [
        (
            "“My sons grades went up,” she said.",
            "“My son’s grades went up,” she said.",
        ),
        (
            "He flew home for his daughters graduation.",
            "He flew home for his daughter’s graduation.",
        ),
        (
            "Last years winner did not start.",
            "Last year’s winner did not start.",
        ),
        (
            "Nobody should spend a weeks pay on a ticket.",
            "Nobody should spend a week’s pay on a ticket.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "His sons run the family firm.",
        "In the last years records were lost.",
        "Over the next weeks talks will resume.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// After an article and before a singular noun, the -s form is a singular possessive, unless
/// it is a lexicalised plural modifier or an unattested stem of a form used as a plural.
#[test]
fn article_and_singular_head_make_a_singular_possessive() {
    let corpus = "The town voted. Three towns nearby agreed. The board met. The reservoir is low.";
    for (line, want) in [
        (
            "The towns reservoir holds little water.",
            "The town’s reservoir holds little water.",
        ),
        (
            "The boards vote is expected next month.",
            "The board’s vote is expected next month.",
        ),
        (
            "The prime ministers office said no.",
            "The prime minister’s office said no.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The sales team met.",
        "The sports club closed.",
        "The boards vote today.",
    ] {
        let corpus = "Pilots flew. Two pilots landed.";
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    // People before a body of members: the plural possessive, whatever the corpus says.
    assert_eq!(
        restore_with(
            "Pilots flew. Two pilots landed.",
            "The pilots union said no."
        )
        .as_deref(),
        Some("The pilots’ union said no.")
    );
}

/// Lower-case "-ss" from "-s’s": only when the stem is seen as a noun after a determiner and
/// a determiner comes before the form.
#[test]
fn lower_case_double_s_needs_an_attested_stem() {
    let corpus = "The virus spread. Doctors studied the virus closely.";
    assert_eq!(
        restore_with(corpus, "Officials said the viruss spread was slowing.").as_deref(),
        Some("Officials said the virus’s spread was slowing.")
    );
    for line in [
        "The business plan was ready.",
        "The access road was closed.",
        "A viruss spread was feared.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// A contraction that lost its apostrophe is a verb: no possessive before it.
#[test]
fn a_dropped_contraction_is_no_possessive_head() {
    let corpus = "The kids’ teacher came. Many kids arent protected.";
    let stats = stats_of([corpus]);
    let mut out = Vec::new();
    let got = restore_line("Many kids arent protected.", &stats, '’', &mut out);
    assert_eq!(got.as_deref(), Some("Many kids aren’t protected."));
}

/// A common noun that is no verb (data/apostrophe/nouns.txt, from WordNet) is a possessive's
/// head where the compact lexicon knows nothing of it: "superintendent", "complaint",
/// "policies" (by its plural). Verbs, -ing forms, adverbs and noun/verb homographs are not in
/// the class, and the lexicon's flags win over it.
#[test]
fn a_common_noun_is_a_possessive_head() {
    let corpus = "The district voted. Three districts nearby agreed. The ministry spoke.";
    for (line, want) in [
        (
            "The districts superintendent, Karen Lowe, said no.",
            "The district’s superintendent, Karen Lowe, said no.",
        ),
        (
            "The ministrys policy was clear.",
            "The ministry’s policy was clear.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    // A plural head after an article: a thing or a place is one possessor far more often
    // than many; people, animals and plants are left alone.
    assert_eq!(
        restore_with(corpus, "The districts superintendents met.").as_deref(),
        Some("The district’s superintendents met.")
    );
    assert_eq!(restore_with(corpus, "The kids backpacks were wet."), None);
    for line in [
        // Verbs, an -ing form of a verb, an adverb, a noun/verb homograph.
        "The districts complain about the cost.",
        "The districts building schools say so.",
        "The districts today said no.",
        "The districts plan to merge.",
        // A capitalised next word may start a name.
        "The districts Superintendent Lowe said no.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Institution nouns that end a name, -s forms with no plural, "Xs been", people before a body
/// of members and before a plural homograph, -ics words and quantity nouns.
#[test]
fn names_bodies_and_forms_without_a_plural() {
    for (line, want) in [
        (
            "The State Departments spokesman declined to comment.",
            "The State Department’s spokesman declined to comment.",
        ),
        (
            "It was warmer than todays, and everyone elses.",
            "It was warmer than today’s, and everyone else’s.",
        ),
        (
            "“My fathers been waiting since noon,” she said.",
            "“My father’s been waiting since noon,” she said.",
        ),
        (
            "Parents groups urged both sides to talk.",
            "Parents’ groups urged both sides to talk.",
        ),
        (
            "“Our customers orders are slowing,” he said.",
            "“Our customers’ orders are slowing,” he said.",
        ),
        (
            "The firms engineers traced the fault.",
            "The firm’s engineers traced the fault.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    // An office has one holder: not a body of members (when the corpus names one mayor:
    // people it never names alone are as often many, "the marshals response").
    assert_eq!(
        restore_with("The mayor spoke.", "The mayors office said no.").as_deref(),
        Some("The mayor’s office said no.")
    );
    for line in [
        // A plural name, a plural before a verb, an auxiliary before "been".
        "The United States envoy arrived.",
        "Have the talks been useful?",
        // An -ics word is a noun of its own; a quantity noun owns nothing.
        "She won a robotics championship after a robotic arm failed.",
        "It cost our residents hundreds of dollars.",
        // Over the next weeks: a time noun after next is a plural.
        "Over the next weeks talks will resume.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// Spans of time, counts, -s forms with no plural before a function word, and a lower-case
/// modifier after "a".
#[test]
fn spans_counts_and_forms_without_a_plural() {
    for (line, want) in [
        (
            "He is retiring after 30 years service.",
            "He is retiring after 30 years’ service.",
        ),
        (
            "They are owed about five months wages.",
            "They are owed about five months’ wages.",
        ),
        (
            "It accepted most of the reports 31 recommendations.",
            "It accepted most of the report’s 31 recommendations.",
        ),
        (
            "A mosque on the citys south side opened a pantry.",
            "A mosque on the city’s south side opened a pantry.",
        ),
        (
            "The National Labor Relations Boards tally came late.",
            "The National Labor Relations Board’s tally came late.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "He was 30 years old when he left.",
        "She spent ten years leading the department.",
        "They sold the years 2019 and 2020 as a set.",
        "Fans stayed in the stands long after the whistle.",
        "We saw the animals several times.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// After "St." a capitalised name in -s before "Church", "Hospital", "Day" and their like is a
/// saint's possessive; names that end in s themselves stay, and so do towns and rivers.
#[test]
fn saints_names_take_their_possessive() {
    let corpus = "Her aunt Anne came too.";
    for (line, want) in [
        (
            "The vigil was held at St. Colmans Church on Sunday.",
            "The vigil was held at St. Colman’s Church on Sunday.",
        ),
        (
            "She was moved to St Annes Hospital overnight.",
            "She was moved to St Anne’s Hospital overnight.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The parade crossed St. James Park at noon.",
        "Fans of St. Louis baseball waited.",
        "The ferry left St. Ives harbour early.",
        "They walked from St. Francis Street to the river.",
        // Towns and rivers are named so too.
        "The council of St Helens said no.",
        "The St. Johns River flooded again.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A thing before a noun/verb homograph and a bare singular person noun: the homograph
/// modifies the person ("lead lawyer"), since a verb would need a determiner before a single
/// person; before a plural or a determiner it stays a verb.
#[test]
fn a_homograph_before_a_person_noun_modifies_it() {
    let corpus = "The campaign began in May.";
    assert_eq!(
        restore_with(
            corpus,
            "“We will appeal,” said Ines Varga, the campaigns lead lawyer."
        )
        .as_deref(),
        Some("“We will appeal,” said Ines Varga, the campaign’s lead lawyer.")
    );
    for line in [
        "In the end the campaigns lead voters to the polls.",
        "In the end the campaigns lead lawyers to the court.",
        "In the end the campaigns lead a lawyer to the court.",
        // A verb before a title and a name.
        "In the end the campaigns back candidate Ada Brill.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A number says a capitalised -s form is a plural only within its sentence: after a date
/// that ends the sentence before, the name's possessive is open again.
#[test]
fn a_number_in_the_sentence_before_says_nothing() {
    let corpus = "Reilly spoke first. Then Reilly left.";
    assert_eq!(
        restore_with(
            corpus,
            "The hearing is on March 3. Reillys lawyers said nothing."
        )
        .as_deref(),
        Some("The hearing is on March 3. Reilly’s lawyers said nothing.")
    );
    for line in [
        "The 3 Reillys lawyers said nothing.",
        "Both Reillys lawyers said nothing.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// "a" or "an" before a modifier and an -s form goes with the possessor or with the head;
/// before a plural head it can only be the possessor's, so the possessor is one. Before a
/// singular head people may be many ("a local seafarers’ mission"): left.
#[test]
fn an_indefinite_article_before_a_plural_head_makes_one_possessor() {
    let corpus = "The shop opened. They saw shops, and shops, and shops.";
    assert_eq!(
        restore_with(corpus, "Police said a corner shops shelves were empty.").as_deref(),
        Some("Police said a corner shop’s shelves were empty.")
    );
    for line in [
        "Police said the corner shops shelves were empty.",
        "Police said a local seafarers mission had opened.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A noun/verb homograph, or a word nothing classes, is a noun head when a finite verb
/// follows it: two finite verbs do not follow each other. An -ed form after it may be an
/// adjective ("report increased visits"), and a function word leaves it a verb.
#[test]
fn a_finite_verb_after_a_homograph_makes_it_a_head() {
    let corpus = "The museum opened. They saw museums. The crowd sang. They saw crowds.";
    for (line, want) in [
        (
            "The museums report found that visits rose.",
            "The museum’s report found that visits rose.",
        ),
        (
            "The home crowds roar could be heard outside.",
            "The home crowd’s roar could be heard outside.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The museums report increased visits.",
        "The museums report to the council.",
        "The home crowds roar and sing.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A sentence's first word has its capital from the sentence: the lower-case word's counts
/// attest its stem ("Airports new terminal" with "the airport" elsewhere), unless the
/// lower-case -s form stands alone somewhere.
#[test]
fn an_opening_capital_is_the_sentences() {
    assert_eq!(
        restore_with(
            "The airport closed at noon.",
            "Airports new terminal opens late"
        )
        .as_deref(),
        Some("Airport’s new terminal opens late")
    );
    for (corpus, line) in [
        (
            "The airport closed. Two airports closed.",
            "Airports new terminal opens late",
        ),
        ("Nothing here.", "Airports new terminal opens late"),
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Before a count, a modifier may stand between the count and the plural it counts; a time
/// noun right after "the" before a plural head is one span's.
#[test]
fn counts_with_a_modifier_and_one_days_plural_head() {
    let corpus = "The board met. The day began.";
    for (line, want) in [
        (
            "The boards two newest members said no.",
            "The board’s two newest members said no.",
        ),
        (
            "He lost a third of the days takings.",
            "He lost a third of the day’s takings.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The boards two and three met.",
        "Over the next days talks will resume.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// After "the", a homograph or an -ing form, a word that is no verb and a finite verb: the
/// homograph modifies that word, the head of the -s form's phrase; people after the
/// homograph may be the subject of a clause that lost its "that". An acronym before a
/// finite verb is a head too.
#[test]
fn a_modifier_and_a_head_before_a_finite_verb() {
    let corpus =
        "The bridge opened. They saw bridges. The store opened. They saw stores. The town grew.";
    for (line, want) in [
        (
            "Engineers found the bridges support beams had rusted.",
            "Engineers found the bridge’s support beams had rusted.",
        ),
        (
            "The stores closing sale begins on Monday.",
            "The store’s closing sale begins on Monday.",
        ),
        (
            "The towns MP said she would vote against it.",
            "The town’s MP said she would vote against it.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "They listed the stores planning officials said were unsafe.",
        "The stores closing early lost money.",
        "The bridges support beams of steel.",
        "The towns Mayor Lee said would vote.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// "that" after a verb or a conjunction starts a clause and is no determiner: a person noun
/// of the plural class after it is a plural possessor before a plural head or a head that
/// "is", "was", "has" or a modal follows; an adverb after the subject, or a preposition
/// before "that", leaves it alone.
#[test]
fn that_starting_a_clause_is_no_determiner() {
    for (line, want) in [
        (
            "She argued that workers pay was too low.",
            "She argued that workers’ pay was too low.",
        ),
        (
            "He said it late and that voters concerns were ignored.",
            "He said it late and that voters’ concerns were ignored.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "He said that researchers first thought it was a bird.",
        "She relied on that workers pay was low.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// A capitalised name in consonant + y + s ("Rhys", "Gladys") spells no plural it could be
/// the possessive of, and an -ed word after a plural is its verb: neither is restored.
#[test]
fn names_in_ys_and_a_verb_in_ed_after_a_plural_stay() {
    let corpus = "The door was shut. The door opened at nine. A door slammed somewhere. \
                  Staff checked the door twice. The door stayed open.";
    for line in [
        "His deputy, Rhys Tallant, ran the office for a year.",
        "Once inside, the doors locked behind the last visitor.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    // A stem the lexicon knows still takes it: "Todays vote" opens a sentence.
    assert_eq!(
        restore_with("", "Todays vote was close.").as_deref(),
        Some("Today’s vote was close.")
    );
}

/// People right after "the" need the corpus to name one of them before a singular possessor
/// is taken: a rally's marshals or a panel's judges are as often many.
#[test]
fn people_never_named_alone_are_not_made_one() {
    let line = "Fans cheered the umpires decision at the end.";
    assert_eq!(
        restore_with("The umpire stood still. Later the umpire waved.", line).as_deref(),
        Some("Fans cheered the umpire’s decision at the end.")
    );
    assert_eq!(restore_with("The crowd stood still.", line), None);
}

/// A word nothing classes, right before a preposition, is more likely the plural's verb than
/// its head; before punctuation it may still be the head.
#[test]
fn an_unknown_word_before_a_preposition_is_a_verb() {
    let corpus = "The river rose. A river ran.";
    assert_eq!(
        restore_with(corpus, "Fish follow the rivers flow.").as_deref(),
        Some("Fish follow the river’s flow.")
    );
    assert_eq!(
        restore_with(corpus, "Farms along the rivers depend on rain."),
        None
    );
}

/// After a span of time, "old", "early" and their like are its predicate, whatever the
/// corpus's apostrophes say of the span.
#[test]
fn a_span_before_its_predicate_stays() {
    let corpus = "Nine months’ rent was owed.";
    assert_eq!(
        restore_with(corpus, "The tenant paid three months rent today.").as_deref(),
        Some("The tenant paid three months’ rent today.")
    );
    assert_eq!(
        restore_with(corpus, "The foal is six months old now."),
        None
    );
}

/// "there’d" lost its apostrophe: the form is no English word.
#[test]
fn thered_is_there_would() {
    assert_eq!(
        restore_with("", "She wondered whether thered be room for all of them.").as_deref(),
        Some("She wondered whether there’d be room for all of them.")
    );
    assert_eq!(
        restore_with("", "He threaded the rope and tethered the boat there."),
        None
    );
}

/// A form in -sss is no word: a stem in -ss seen alone takes "’s", capitalised or not
/// (no determiner needed); an unattested stem stays.
#[test]
fn a_form_in_sss_is_the_possessive_of_its_stem() {
    let corpus = "Moss said yes. Then Moss left. The press ran it, and the press printed it.";
    assert_eq!(
        restore_with(corpus, "He said. Mosss plan was approved.").as_deref(),
        Some("He said. Moss’s plan was approved.")
    );
    assert_eq!(
        restore_with(corpus, "Small presss first novel wins award").as_deref(),
        Some("Small press’s first novel wins award")
    );
    assert_eq!(
        restore_with("Nobody spoke.", "He said. Krosss plan was approved."),
        None
    );
}

/// A person plural that opens a sentence has nothing before it from the last sentence, and a
/// homograph after it is its head before "will", "is" or "has".
#[test]
fn a_person_plural_opening_a_sentence_before_a_head() {
    assert_eq!(
        restore_with("", "Talks went late. Nurses pay will rise in April.").as_deref(),
        Some("Talks went late. Nurses’ pay will rise in April.")
    );
    assert_eq!(
        restore_with("", "Talks went late. Nurses pay visits to the sick."),
        None
    );
}

/// A weekday's name in -s before a singular noun is the day's; its plural is an adverbial.
#[test]
fn a_weekday_before_its_noun_is_the_days() {
    let corpus = "The vote is on Friday. They open at nine.";
    assert_eq!(
        restore_with(corpus, "Rain spoiled Fridays parade in the square.").as_deref(),
        Some("Rain spoiled Friday’s parade in the square.")
    );
    for line in [
        "The library opens on Saturdays and Sundays.",
        "On Sundays staff open the doors at noon.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A headline drops its articles: a thing in -s (no verb reading, no person) at its start,
/// after its first word or after a preposition, before a singular noun that is no person, is
/// one thing's possessive. Verbs in -s, people and a person head stay; so does running text.
#[test]
fn a_headline_thing_before_its_noun() {
    let corpus = "The stadium was full. The valley flooded. The hospital and the link held.";
    for (line, want) in [
        (
            "Stadiums new roof leaks again",
            "Stadium’s new roof leaks again",
        ),
        (
            "Frost ruins much of valleys apple harvest",
            "Frost ruins much of valley’s apple harvest",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "Study links air pollution to asthma",
        "Audit of valleys chief engineer published",
        "Hospital opens new wing",
        "Frost ruined much of valleys apple harvest, growers said.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    // A thing the corpus never names alone.
    assert_eq!(
        restore_with("Nothing here.", "Stadiums new roof leaks again"),
        None
    );
}

/// After a count or "both" the -s form is a plural; a noun with no verb reading after it is
/// what the things own. A measure's predicate stays.
#[test]
fn counted_things_before_a_noun_own_it() {
    assert_eq!(
        restore_with("", "The two nations defense chiefs met in Oslo.").as_deref(),
        Some("The two nations’ defense chiefs met in Oslo.")
    );
    for line in [
        "The shelf is two inches thick.",
        "The two nations signed the pact.",
    ] {
        assert_eq!(restore_with("", line), None, "{line}");
    }
}

/// After "a" or "another" a time noun in -s is one span's, before a verb/noun homograph too.
#[test]
fn one_span_before_a_homograph() {
    assert_eq!(
        restore_with("", "Residents face another weeks wait for power.").as_deref(),
        Some("Residents face another week’s wait for power.")
    );
    assert_eq!(
        restore_with("", "Residents said the weeks wait for nothing."),
        None
    );
}

/// "a passports only as good as its stamp": after "a", before "only", "not" and their like,
/// the -s form is the noun with "is"; after a plural quantifier it is a plural.
#[test]
fn a_thing_is_after_a() {
    let corpus = "The passport was new.";
    assert_eq!(
        restore_with(corpus, "She said a passports only as good as its stamp.").as_deref(),
        Some("She said a passport’s only as good as its stamp.")
    );
    assert_eq!(
        restore_with(corpus, "She said some passports only last a year."),
        None
    );
}

/// A name at a sentence's start, its stem seen alone, before "been" is the name with "has";
/// after "the" it is a family.
#[test]
fn a_name_before_been_at_a_sentences_start() {
    let corpus = "Corbin called at noon.";
    assert_eq!(
        restore_with(
            corpus,
            "“We waited,” said Ada. “Corbins been on the phone all day.”"
        )
        .as_deref(),
        Some("“We waited,” said Ada. “Corbin’s been on the phone all day.”")
    );
    assert_eq!(
        restore_with(corpus, "Have the Corbins been told yet?"),
        None
    );
}

/// A count joined to its unit by a hyphen is a modifier: a thing before it is its owner.
#[test]
fn a_thing_before_a_hyphened_measure() {
    let corpus = "The museum opened. A museum closed.";
    assert_eq!(
        restore_with(
            corpus,
            "It was the first time in the museums 90-year history."
        )
        .as_deref(),
        Some("It was the first time in the museum’s 90-year history.")
    );
    assert_eq!(
        restore_with(corpus, "The club renewed the players 10-year contracts."),
        None
    );
}

/// A noun in consonant + y spells no plural in -ys, so its -s form before a verb is "is" or
/// "has" ("Whiskys made to be shared"), capitalised too when the lexicon knows the noun; a
/// name so spelt stays ("Gladys said"). "itd" and "therell" are no words; "this years" no
/// plural. A plural that
/// modifies in its own right ("the docks area", "the languages department") and an adverb
/// after an -s form ("the letters anymore") take no apostrophe.
#[test]
fn eighth_session_forms_and_plural_modifiers() {
    for (line, want) in [
        (
            "“Thats a shame. Whiskys made to be shared.”",
            "“That’s a shame. Whisky’s made to be shared.”",
        ),
        (
            "“If youd told me itd be worth this much, Id have kept it.”",
            "“If you’d told me it’d be worth this much, I’d have kept it.”",
        ),
        (
            "“If we dont act now, therell come a day.”",
            "“If we don’t act now, there’ll come a day.”",
        ),
        (
            "This years show features a juggling act from Riga.",
            "This year’s show features a juggling act from Riga.",
        ),
    ] {
        assert_eq!(restore_with("", line).as_deref(), Some(want), "{line}");
    }
    let corpus = "A dock was built. The dock closed. The language changed. A letter came. \
                  The letter was read.";
    for line in [
        "Gladys said the plan would work.",
        "She grew up in the docks area of the town.",
        "“Nobody reads the letters anymore,” she said.",
        "The head of the languages department retired.",
        "The telecommunications regulator said it would look into the outage.",
        "Over the past years prices rose in every district.",
        "Over the coming years costs will rise.",
        "He said that years pass quickly.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Ninth session: a surname in -s after a courtesy title, -man compounds and nouns with no
/// plural in -s, people named by an agent noun before the body they form; and what must stay.
#[test]
fn ninth_session_titled_names_agent_nouns_and_forms() {
    let corpus = "Ms. Pardis said no. Ms. Pardis declined. A docker came. The docker left.";
    for (line, want) in [
        (
            "Ms. Pardis husband runs the shop.",
            "Ms. Pardis’ husband runs the shop.",
        ),
        (
            "The regional ombudsmans office opened a file.",
            "The regional ombudsman’s office opened a file.",
        ),
        (
            "The aircrafts landing gear failed.",
            "The aircraft’s landing gear failed.",
        ),
        (
            "The dockers union says the plan would cut jobs.",
            "The dockers’ union says the plan would cut jobs.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "Ms. Pardis said the shop would stay open.",
        "“I was never a numbers person,” she said.",
        "“We are not predicting the lights going out,” she said.",
        "Dockers walk out over remote cranes",
        "The humans in the room said nothing.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Ninth session, second round (after held-out 10): counts and superlatives after a thing's
/// -s form, offices one person holds, saints' names ending like "robotics"; and what must stay.
#[test]
fn ninth_session_counts_superlatives_and_offices() {
    let corpus = "The town grew. A town was built. The store opened. A store closed. \
                  The region grew. A track was laid.";
    for (line, want) in [
        (
            "Parking charges in the towns two car parks will double.",
            "Parking charges in the town’s two car parks will double.",
        ),
        (
            "The stores 64 staff were told at a meeting.",
            "The store’s 64 staff were told at a meeting.",
        ),
        (
            "It took lorries off the regions busiest motorway.",
            "It took lorries off the region’s busiest motorway.",
        ),
        (
            "The mayors office said buses would run.",
            "The mayor’s office said buses would run.",
        ),
        (
            "The bells of St. Aldrics Church rang.",
            "The bells of St. Aldric’s Church rang.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The river burst its banks three times last winter.",
        "“Fix the pipes first, then lecture us,” he said.",
        "The report by the prisons inspectorate was published.",
        "Sheep farmers in the uplands above the town bought hay.",
        "Some traders dispute the figures.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A time noun after "a", "last", "this" or "next" is one span, so singular, even where the
/// corpus holds the word's plural possessive elsewhere ("three years’ work").
#[test]
fn a_time_noun_after_last_is_singular_whatever_plural_possessives_the_corpus_holds() {
    let corpus = "It took three years’ work and two years’ savings. In recent years. Years later.";
    for (line, want) in [
        (
            "Last years winner, Daniel Kiprop, said he had trained hard.",
            "Last year’s winner, Daniel Kiprop, said he had trained hard.",
        ),
        (
            "A rule that requires a years notice for large changes to rent.",
            "A rule that requires a year’s notice for large changes to rent.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    assert_eq!(
        restore_with(corpus, "Over the last years of his life he painted."),
        None
    );
}

/// Tenth session (held-out 11's round): "only" after a thing, a determiner that takes one
/// noun, a name in consonant + "ss", one husband or mother after "my", a thing's possessive
/// seen more often than its plural's, a headline's superlative, a word in -s the lexicon does
/// not know as the head; and what must stay.
#[test]
fn tenth_session_only_one_owner_and_public_bodies() {
    let corpus = "Workers left. Many workers. The workers walked out. A worker said so. \
                  A busy road. The busy season. A busy week. Their busy day. The busy port. \
                  Shareholders voted. The shareholders met. A shareholder spoke. \
                  The mine’s owner spoke. The mine’s gate shut. The mine’s lift broke. \
                  Mr Pryce said so. Ms Banks said no. Ms Banks, the chair. The bank opened. \
                  Robert Smith spoke. Ms Roberts said so. Mr Roberts agreed. \
                  Dunmere grew. The academy opened. \
                  The island grew. An island was sold. The vessel sailed. A village voted. \
                  The school opened. A school closed. The school’s roof leaked. \
                  The school’s hall and the school’s yard. The schools’ results. \
                  Schools closed. Many schools. Mrs. Hobbs said so. The deck rotted. \
                  Roads closed. The road was shut. The region grew.";
    for (line, want) in [
        (
            "The islands only shop has run out of milk.",
            "The island’s only shop has run out of milk.",
        ),
        (
            "Repairs to one vessels engine will take a week.",
            "Repairs to one vessel’s engine will take a week.",
        ),
        (
            "He said another villages station could open.",
            "He said another village’s station could open.",
        ),
        (
            "Mrs. Hobbss only request was a chair.",
            "Mrs. Hobbs’s only request was a chair.",
        ),
        (
            "My husbands on nights this month.",
            "My husband’s on nights this month.",
        ),
        (
            "She works in the schools kitchen.",
            "She works in the school’s kitchen.",
        ),
        (
            "Water leaked through the decks joints for years.",
            "Water leaked through the deck’s joints for years.",
        ),
        (
            "Lay-by café at the heart of regions best breakfast",
            "Lay-by café at the heart of region’s best breakfast",
        ),
        (
            "Pupils from Dunmere Academys art department won.",
            "Pupils from Dunmere Academy’s art department won.",
        ),
        (
            "Mr Pryces deputy held her seat.",
            "Mr Pryce’s deputy held her seat.",
        ),
        (
            "Ms Banks own suggestion came last.",
            "Ms Banks’ own suggestion came last.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "The islands only have one shop.",
        "No one wants another delay.",
        "The shops due to close are on the high street.",
        "The council won a government roads grant.",
        "The city parks department mows the verges.",
        "My mothers and fathers met here.",
        "Some wineries buy grapes to keep their workers busy.",
        "The miners spent three days trapped underground.",
        "The firm kept paying its shareholders dividends.",
        "The rescue was led by the state’s mines rescue brigade.",
        "Bats use the calls bats make as they hunt.",
        "Mr Banks plans to appeal.",
        "Readers voted cakes best dessert",
        "He farmed the land as his fathers before him.",
        "Lifeboat station marks busiest year",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Restores `line` as a line of `story`, with the statistics of `corpus` and the story.
fn restore_in_story(corpus: &str, story: &str, line: &str) -> Option<String> {
    let stats = stats_of([corpus, story]);
    let mut out = Vec::new();
    restore_line_in(line, Article::text(story), &stats, '’', &mut out)
}

/// Eleventh session: the story a line belongs to tells one person from several where the
/// corpus's counts cannot ("the judges order" of one judge, "the riders names" of many); a
/// person's -s form after a possessive determiner before a plural noun; a plural-shaped
/// homograph or an unknown word before "is" after a capitalised person plural; a person
/// after a modifier ("the harbor masters office"); and what must stay.
#[test]
fn eleventh_session_the_story_tells_one_from_many() {
    // The corpus uses "judges" and "riders" as plurals and names a judge and a rider alone:
    // its counts decide nothing.
    let corpus = "The judges met. Three judges sat. A judge spoke. The judges said no. \
                  The riders set off. Four riders fell. A rider won. The riders said so. \
                  Harbor staff worked. The harbor was busy. A master sailed.";
    let one_judge = "Judge blocks new voting rules\n\
                     The judge said the rules came too late.\n\
                     The judges order said voters had already received ballots.";
    assert_eq!(
        restore_in_story(
            corpus,
            one_judge,
            "The judges order said voters had already received ballots."
        )
        .as_deref(),
        Some("The judge’s order said voters had already received ballots.")
    );
    let many_riders = "Riders brave the hills\n\
                       Sixty riders set off at dawn, and the riders were soaked by noon.\n\
                       A farmer has painted the riders names on his barn.";
    assert_eq!(
        restore_in_story(
            corpus,
            many_riders,
            "A farmer has painted the riders names on his barn."
        )
        .as_deref(),
        Some("A farmer has painted the riders’ names on his barn.")
    );
    // Without the story, or with a story that says nothing either way, nothing changes.
    assert_eq!(
        restore_with(
            corpus,
            "The judges order said voters had already received ballots."
        ),
        None
    );
    let silent = "The judges order said voters had already received ballots.";
    assert_eq!(restore_in_story(corpus, silent, silent), None);

    let corpus = "Clients waited. The clients paid. A client phoned. Bookings rose. \
                  The customers came. Customers paid. A customer wrote.";
    for (line, want) in [
        (
            "The salon lost their clients bookings when the system failed.",
            "The salon lost their clients’ bookings when the system failed.",
        ),
        (
            "Parents views collected by inspectors were positive.",
            "Parents’ views collected by inspectors were positive.",
        ),
        (
            "Teachers workload is something we talk about.",
            "Teachers’ workload is something we talk about.",
        ),
        (
            "Reports reach the harbor masters office daily.",
            "Reports reach the harbor master’s office daily.",
        ),
    ] {
        assert_eq!(
            restore_in_story(corpus, line, line).as_deref(),
            Some(want),
            "{line}"
        );
    }
    for line in [
        "Funeral home owned by its customers marks ten years",
        "The shop thanked its customers this week.",
    ] {
        assert_eq!(restore_in_story(corpus, line, line), None, "{line}");
    }
}

/// The story's counts: whole words, case ignored, the -s forms with or without their
/// apostrophe counted alike, so restoring one leaves them as they were.
#[test]
fn a_story_counts_the_same_before_and_after_restoration() {
    let stripped = "The judge spoke. Judge Reyes ruled. The judges order stood. A judgement.";
    let restored = "The judge spoke. Judge Reyes ruled. The judge’s order stood. A judgement.";
    let corpus = "The judges met. Three judges sat. A judge spoke. The judges said no.";
    let line = "The judges order stood.";
    let a = restore_in_story(corpus, stripped, line);
    let b = restore_in_story(corpus, restored, line);
    assert_eq!(a, b);
    assert_eq!(a.as_deref(), Some("The judge’s order stood."));
    // A plural possessive restored, curly or straight, at a line's end or before a word.
    let corpus = "The riders set off. Four riders fell. A rider won. The riders said so.";
    let line = "Organisers painted the riders names on the road.";
    for story in [
        "Organisers painted the riders names on the road.\nThe team thanked their riders families.",
        "Organisers painted the riders names on the road.\nThe team thanked their riders’ families.",
        "Organisers painted the riders names on the road.\nThe team thanked their riders' families.",
        "Organisers painted the riders names on the road.\nThe team thanked the riders’",
    ] {
        assert_eq!(
            restore_in_story(corpus, story, line).as_deref(),
            Some("Organisers painted the riders’ names on the road."),
            "{story}"
        );
    }
}

/// What a review of the story rules found them doing to ordinary sentences, left alone now:
/// a title or a verb is no one person, nor "the attorney general"; a verb of two objects, a
/// verb taking an object after the plural, "one of" before it, a clause after a verb's object;
/// an unknown word after a plural that opens no sentence.
#[test]
fn the_story_rules_leave_ordinary_sentences_alone() {
    let corpus = "The judges met. Three judges sat. A judge spoke. The judges said no. \
                  The attorneys met. Three attorneys sat. An attorney spoke. \
                  The riders set off. Four riders fell. A rider won. The riders said so. \
                  The officers said so. Two officers left. An officer waved. \
                  Clients waited. The clients paid. A client phoned. \
                  Supporters sang. The supporters left. A supporter waved. \
                  Voters waited. The voters chose. A voter spoke. \
                  Nurses struck. The nurses left. A nurse spoke. \
                  Pupils arrived. The pupils sat. A pupil spoke.";
    for (story, line) in [
        (
            "The attorney general of Texas joined the suit.",
            "The attorneys general of 20 states filed the lawsuit on Monday.",
        ),
        (
            "Judge Lee wrote for the panel, and Judge Cole dissented.",
            "The judges ruling was published on Friday.",
        ),
        (
            "It is too early to judge the outcome. Voters will judge the council in May.",
            "The judges panel will meet on Friday.",
        ),
        (
            "The riders set off at dawn.",
            "The organisers gave the riders numbers to wear.",
        ),
        (
            "The officers said so.",
            "The officers police the streets at night.",
        ),
        (
            "A client said so.",
            "One of his clients faces charges of fraud.",
        ),
        ("", "Each of his clients pays fees monthly."),
        ("", "The club reminded its supporters tickets were limited."),
        ("", "The club won its supporters friends across Europe."),
        ("", "What voters crave is stability."),
        ("", "The nurses tomorrow will strike again."),
        ("", "The school told its pupils exams would go ahead."),
    ] {
        let story = format!("{story}\n{line}");
        assert_eq!(restore_in_story(corpus, &story, line), None, "{line}");
    }
}

/// "woman" and "man" make their plurals in -men, as their compounds do ("signalman"): their
/// -s form is the possessive; a noun that only ends like them keeps its plural.
#[test]
fn woman_and_man_have_no_plural_in_s() {
    let corpus = "The woman said so. A man waved. The signalman waved. Women came. \
                  Humans evolved. The human race. Germans voted.";
    for (line, want) in [
        (
            "He borrowed money from the womans parents.",
            "He borrowed money from the woman’s parents.",
        ),
        (
            "The mans car was found in a lay-by.",
            "The man’s car was found in a lay-by.",
        ),
        (
            "She was the youngest of a railway signalmans five children.",
            "She was the youngest of a railway signalman’s five children.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in ["The humans left the cave.", "Germans voted on Sunday."] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// A document's kept counts give what reading the article each time gives, and a document
/// that reaches more stems than the cap reads no more of them.
#[test]
fn story_counts_kept_per_document_agree() {
    let corpus = "The judges met. Three judges sat. A judge spoke. The judges said no.";
    let story = "The judge said the rules came too late.\nThe judges order said voters waited.";
    let line = "The judges order said voters waited.";
    let stats = stats_of([corpus, story]);
    let counts = StoryCounts::default();
    let mut out = Vec::new();
    let mut restore = |a: Article<'_>| restore_line_in(line, a, &stats, '’', &mut out);
    // The first call reads the story, the second takes its kept counts.
    let kept = restore(Article::text(story).with_counts(&counts));
    let again = restore(Article::text(story).with_counts(&counts));
    let read = restore(Article::text(story));
    assert_eq!(counts.stems_read(), 1);
    assert_eq!(
        kept.as_deref(),
        Some("The judge’s order said voters waited.")
    );
    assert_eq!(kept, again);
    assert_eq!(kept, read);
    // Past the cap, a stem has no story evidence.
    let full = StoryCounts::default();
    let people = [
        "buyer", "captain", "catcher", "chick", "clown", "composer", "convict", "courier",
        "coyote", "criminal", "crook", "cynic", "dealer", "drummer", "dwarf", "employer", "escort",
        "exporter", "farmer", "fellow", "flautist", "rider", "officer", "client", "player",
        "teacher", "parent", "nurse", "pupil", "voter", "singer", "baker", "banker", "tailor",
        "sailor", "miner", "hunter", "keeper", "walker", "runner", "writer", "reader", "painter",
        "dancer", "golfer", "boxer", "jockey", "lawyer", "pilot", "soldier", "trader", "vendor",
        "waiter",
    ];
    assert!(people.len() > MAX_STORY_STEMS);
    for p in people {
        let l = format!("The {p}s order said voters waited.");
        let _ = restore_line_in(
            &l,
            Article::text(&l).with_counts(&full),
            &stats,
            '’',
            &mut out,
        );
    }
    assert_eq!(full.stems_read(), MAX_STORY_STEMS);
    assert_eq!(
        restore_line_in(
            line,
            Article::text(story).with_counts(&full),
            &stats,
            '’',
            &mut out
        ),
        None
    );
}

/// Held-out 14's round: up to two modifiers between a count and what it counts ("the towns
/// six main car parks"), and a thing the story names alone more often than it uses its -s
/// form ("the force" makes "the forces rural crime team" the force's).
#[test]
fn counts_and_one_thing_in_the_story() {
    let corpus = "Towns grew. Many towns voted. The town grew. A town voted. \
                  Forces merged. The armed forces paraded. Two forces joined. A force spoke.";
    assert_eq!(
        restore_with(corpus, "Charges at the towns six main car parks will rise.").as_deref(),
        Some("Charges at the town’s six main car parks will rise.")
    );
    let story = "The force said the thefts were organised.\n\
                 Officers from the force visited farms.\n\
                 Sergeant Hollis leads the forces rural crime team.";
    let line = "Sergeant Hollis leads the forces rural crime team.";
    assert_eq!(
        restore_in_story(corpus, story, line).as_deref(),
        Some("Sergeant Hollis leads the force’s rural crime team.")
    );
    // The story silent, the corpus's plurals leave it.
    assert_eq!(restore_in_story(corpus, line, line), None);
    // A count of times after a plural subject's verb is no owner's.
    assert_eq!(
        restore_with(corpus, "The towns voted six times in two years."),
        None
    );
}

/// Irregular past tenses are verbs after a plural subject ("the transfers broke heavily"),
/// found on held-out 15's intact text.
#[test]
fn irregular_past_tenses_follow_plural_subjects() {
    let corpus = "The transfer went through. A transfer was made. The transfer failed. \
                  The pipe burst. The pipes froze.";
    for line in [
        "Analysts said the transfers broke heavily in her favour.",
        "In January the pipes froze twice.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Held-out 14 and 15's round (twelfth-to-thirteenth sessions): a surname the story gives in
/// full before it titles the man, titles of office, "has gone" after a noun, a time noun that
/// ends its phrase after "last", the kin "late" and "Dad" as a name, and a shop named by its
/// trade after "a".
#[test]
fn thirteenth_session_surnames_gone_and_shops() {
    let corpus = "Gerald Pennick lived alone. The police said. Robert Smith spoke. \
                  Mr Hale said. Councillor Williams said it would not. Williams, who chairs it.";
    // The story names him in full, never as a given name: "Mr Pennicks daughter" is his.
    let story = "Declan Morrow denied killing Gerald Pennick at the house.\n\
                 Mr Pennicks daughter sat through every day.";
    assert_eq!(
        restore_in_story(corpus, story, "Mr Pennicks daughter sat through every day.").as_deref(),
        Some("Mr Pennick’s daughter sat through every day.")
    );
    // "Robert Smith" makes "Robert" a given name: "Mr Roberts deputy" is left.
    let story = "Robert Smith chairs the board.\nMr Roberts deputy spoke.";
    assert_eq!(
        restore_in_story(corpus, story, "Mr Roberts deputy spoke."),
        None
    );
    // No story: no evidence.
    assert_eq!(restore_with(corpus, "Mr Pennicks daughter spoke."), None);
    // A title of office before a name that stands alone elsewhere.
    assert_eq!(
        restore_with(
            corpus,
            "Councillor Williams call for a review was rejected."
        )
        .as_deref(),
        Some("Councillor Williams’ call for a review was rejected.")
    );
    // "has gone up" after a noun; not in an absolute phrase, nor after "with".
    assert_eq!(
        restore_with(corpus, "“Feeds gone up, fertilisers gone up,” she said.").as_deref(),
        Some("“Feed’s gone up, fertiliser’s gone up,” she said.")
    );
    for line in [
        "With the bills gone up again, they left.",
        "Their jobs gone, the workers left.",
        "In years gone by the mill was busy.",
        "Have the prices gone up?",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    // A time noun ending its phrase after "last" with no determiner before it.
    assert_eq!(
        restore_with(
            corpus,
            "Yields were down on last years but the quality was strong."
        )
        .as_deref(),
        Some("Yields were down on last year’s but the quality was strong.")
    );
    assert_eq!(
        restore_with(corpus, "He spent the last years of his life in Leeds."),
        None
    );
    // One husband, over "late"; "Dad" as a name.
    assert_eq!(
        restore_with(corpus, "She had lost her late husbands savings.").as_deref(),
        Some("She had lost her late husband’s savings.")
    );
    assert_eq!(
        restore_with(corpus, "The kids kept asking when Dads coming home.").as_deref(),
        Some("The kids kept asking when Dad’s coming home.")
    );
    assert_eq!(restore_with(corpus, "Dads and mums came along."), None);
    assert_eq!(restore_with(corpus, "The Dads Army club met."), None);
    // A shop named by its trade after "a" or "local", ending its noun phrase.
    assert_eq!(
        restore_with(
            corpus,
            "He bought the ticket at his local newsagents on the way."
        )
        .as_deref(),
        Some("He bought the ticket at his local newsagent’s on the way.")
    );
    for line in [
        "It is a members only bar.",
        "They run a newsagents and post office.",
        "The newsagents on the high street closed.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// Held-out 16's round (thirteenth session): its intact text's edits fixed by class (games
/// and "-works" places are words of their own, a headline's verb after a body), then its
/// misses: "been" over an adverb, "a couple of" before a span, "a X’s a X", a body's office,
/// a thing's named part, a headline's people before their thing, a side's people after a
/// thing, a titled name before a noun that a verb in -s follows.
#[test]
fn thirteenth_session_held_out_16_round() {
    let corpus = "The fault was found. The fault’s cause is known. The group met. The fund grew. \
                  The town voted. The club won. Mrs Collins said so. Collins, who won. \
                  The robot was built by a robot club.";
    for line in [
        "The darts team won again.",
        "She joined a bowls club in May.",
        "The groundworks firm said the machine had broken.",
        "Review faults detectives handling of missing teenager case",
        "Residents fight plans for 180 homes",
        "Parents fear cuts to school buses",
        "The islands Lewis and Harris lie to the west.",
        "The talks lead to nothing.",
        "Unions slam cuts to services",
        "Residents fear closures",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    for (line, want) in [
        (
            "“The bars never been busier,” he said.",
            "“The bar’s never been busier,” he said.",
        ),
        // (A one-letter pronoun is no name: only the contraction after it.)
        (
            "The shots I didnt want went in.",
            "The shots I didn’t want went in.",
        ),
        (
            "It gives them a couple of hours break.",
            "It gives them a couple of hours’ break.",
        ),
        (
            "“But a finals a final,” he said.",
            "“But a final’s a final,” he said.",
        ),
        (
            "“It went well,” said the groups chief economist.",
            "“It went well,” said the group’s chief economist.",
        ),
        (
            "The funds chair, Dennis Whitcombe, spoke.",
            "The fund’s chair, Dennis Whitcombe, spoke.",
        ),
        (
            "She lived in the towns Eastgate district.",
            "She lived in the town’s Eastgate district.",
        ),
        (
            "The towns MP, Lucinda Carrow, said so.",
            "The town’s MP, Lucinda Carrow, said so.",
        ),
        (
            "Pupils robot earns place in national final",
            "Pupils’ robot earns place in national final",
        ),
        (
            "Rowing clubs womens eight wins title",
            "Rowing club’s women’s eight wins title",
        ),
        (
            "Mrs Collins win qualifies Biscuit for the final.",
            "Mrs Collins’ win qualifies Biscuit for the final.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
}

/// Held-out 17's intact text, read before the set joins: a capitalised body after "the" is a
/// name ("the Friends group"), "awards" modifies in its own right, a headline's last word in -s
/// is its verb, a clause without "that" strands its preposition ("the frames traders have
/// complained about for years"), and a school takes its place's name as it stands.
#[test]
fn fourteenth_session_held_out_17_intact_text() {
    let corpus = "The Friends of Brackley Vale Library met. The award’s paperwork was found. \
                  Parents in Brookfield say so. Brookfield Park Academy wrote to them. \
                  The frame was old. A frame broke. The town voted. The town’s mayor spoke.";
    for line in [
        "Margaret Hughes, who chairs the Friends group, said the figures told half the story.",
        "The Friends group said it would consider running the branch.",
        "She took the title at the awards dinner on Thursday.",
        "Police dog who helped catch 200 suspects retires",
        "It will replace the rusting frames traders have complained about for years.",
        "A chess club at Brookfields Primary School has reached the final.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
    for (line, want) in [
        // Not a headline's end, and a head with its object: the possessives stay.
        (
            "The water reached 200 residents homes on Friday.",
            "The water reached 200 residents’ homes on Friday.",
        ),
        (
            "The towns traders have complained about parking.",
            "The town’s traders have complained about parking.",
        ),
        (
            "The shop stood on Brookfields High Street.",
            "The shop stood on Brookfield’s High Street.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
}

/// "The reports a fair reflection": a subject's -s form at a clause's start, right before
/// "a", "an" or "the", is the noun with "is" contracted; not after a verb that takes two
/// objects or a complement (the determiner opens no clause then), not in a headline, and not
/// after "this", which may be the subject itself ("This shows the board’s ambition").
#[test]
fn fourteenth_session_subject_is_before_a_noun_phrase() {
    let corpus = "The report was read. A report came. The ring was old. The road was shut. \
                  My daughter came. The kid ran. The room was cold. A cut was made.";
    for (line, want) in [
        (
            "“The reports a fair reflection of where we were,” she said.",
            "“The report’s a fair reflection of where we were,” she said.",
        ),
        (
            "He built this place. The rings the same one he bought.",
            "He built this place. The ring’s the same one he bought.",
        ),
        (
            "“My daughters the one who made me check.”",
            "“My daughter’s the one who made me check.”",
        ),
        (
            "It rained, and the roads a mess by noon.",
            "It rained, and the road’s a mess by noon.",
        ),
        // "This" is the subject here, "shows" its verb: only the board's possessive.
        (
            "“This shows the boards ambition,” he said.",
            "“This shows the board’s ambition,” he said.",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "He gave the kids a present.",
        "We found the rooms a mess.",
        "The cuts a blow to rural schools",
        "She said the reports a fair reflection.",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// "Lenas a brilliant mother": a name that opens its clause, its stem seen alone and its -s
/// form never used as a plural, before "a", "an" or "the", is the name with "is" contracted;
/// not a word in -s of its own ("Thanks a lot"), not a name the stem is never seen alone of,
/// not in a headline.
#[test]
fn fourteenth_session_name_is_before_a_noun_phrase() {
    let corpus = "Lena came home. Eddie was there. Dad said so. Thank you.";
    for (line, want) in [
        (
            "“Lenas a brilliant mother,” he said.",
            "“Lena’s a brilliant mother,” he said.",
        ),
        (
            "Eddies the reason I stayed.",
            "Eddie’s the reason I stayed.",
        ),
        (
            "“Dads the last person to ask.”",
            "“Dad’s the last person to ask.”",
        ),
    ] {
        assert_eq!(restore_with(corpus, line).as_deref(), Some(want), "{line}");
    }
    for line in [
        "“Thanks a lot,” she said.",
        "Hollands the best team, he said.",
        "Lenas a step closer to title",
    ] {
        assert_eq!(restore_with(corpus, line), None, "{line}");
    }
}

/// "Hatties got hands like silk": a name opening its clause before "got", "going", "done" or
/// an adverb of "is", when the story gives the stem as a given name, never as a surname, and
/// uses the -s form nowhere else; not a surname in -s ("Williams got the winner"), nor a
/// name the story never gives.
#[test]
fn fourteenth_session_name_has_before_got() {
    let line = "“Hatties got hands like silk,” he said.";
    let story = format!("Hattie Lomax, 12, won the cup.\n{line}");
    assert_eq!(
        restore_in_story("The cup was won.", &story, line).as_deref(),
        Some("“Hattie’s got hands like silk,” he said.")
    );
    assert_eq!(restore_in_story("The cup was won.", line, line), None);
    let line = "Williams got the winner late on.";
    let story = format!("Lee Williams scored twice. William Hague watched.\n{line}");
    assert_eq!(restore_in_story("The cup was won.", &story, line), None);
}
