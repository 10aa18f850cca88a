//! Repeated passages: the index built per chunk and merged in any grouping gives the same counts
//! and the same drop decisions as one index over everything.

use copydesk_dedup::{PassageIndex, PassageStats};
use copydesk_doc::{Document, EditKind, Source};
use proptest::prelude::*;

const PARAGRAPHS: [&str; 6] = [
    "The council voted to extend the library's opening hours through the winter months.",
    "Officials said the bridge repairs would finish before the end of the fiscal year.",
    "Residents reported power cuts across three districts after the overnight storm.",
    "This story was produced with the support of a regional reporting partnership.",
    "Short line",
    "The school board will publish its budget proposal for public comment next week.",
];

fn article(picks: &[usize]) -> String {
    picks
        .iter()
        .map(|&p| PARAGRAPHS[p % PARAGRAPHS.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

fn decisions(index: &PassageIndex, docs: &[String]) -> Vec<Vec<Option<usize>>> {
    docs.iter()
        .enumerate()
        .map(|(i, d)| d.split('\n').map(|l| index.is_repeat(i, l)).collect())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn chunked_merge_equals_whole(
        picks in proptest::collection::vec(proptest::collection::vec(0usize..6, 0..6), 0..10),
        cuts in proptest::collection::vec(0usize..10, 0..4),
        reverse in any::<bool>(),
    ) {
        let docs: Vec<String> = picks.iter().map(|p| article(p)).collect();
        let mut whole = PassageIndex::default();
        for (i, d) in docs.iter().enumerate() {
            whole.observe(i, d);
        }
        // Chunks at the given cut points, merged front to back or back to front.
        let mut bounds: Vec<usize> = cuts.iter().map(|&c| c.min(docs.len())).collect();
        bounds.push(0);
        bounds.push(docs.len());
        bounds.sort_unstable();
        let mut chunks: Vec<PassageIndex> = bounds
            .windows(2)
            .map(|w| {
                let mut idx = PassageIndex::default();
                for (i, d) in docs.iter().enumerate().take(w[1]).skip(w[0]) {
                    idx.observe(i, d);
                }
                idx
            })
            .collect();
        if reverse {
            chunks.reverse();
        }
        let mut merged = PassageIndex::default();
        for c in chunks {
            merged.merge(c);
        }
        prop_assert_eq!(merged.stats(), whole.stats());
        prop_assert_eq!(decisions(&merged, &docs), decisions(&whole, &docs));
    }
}

#[test]
fn repeats_inside_one_article_count_once_and_short_lines_are_ignored() {
    let mut index = PassageIndex::default();
    index.observe(0, &article(&[0, 0, 4]));
    index.observe(1, &article(&[1, 4]));
    assert_eq!(
        index.stats(),
        PassageStats {
            distinct: 2,
            repeated: 0,
            repeated_occurrences: 0,
            repeated_bytes: 0
        }
    );
    let mut doc = Document::new("0", Source::file("x"), article(&[0, 0, 4]));
    assert_eq!(index.drop_repeated(0, &mut doc), 0);
}

#[test]
fn drop_keeps_first_article_and_records_shifted_lines() {
    let docs = [article(&[3, 0]), article(&[1, 3, 2, 0]), article(&[5])];
    let mut index = PassageIndex::default();
    for (i, d) in docs.iter().enumerate() {
        index.observe(i, d);
    }
    let s = index.stats();
    assert_eq!((s.repeated, s.repeated_occurrences), (2, 2));
    let mut first = Document::new("0", Source::file("x"), docs[0].clone());
    assert_eq!(index.drop_repeated(0, &mut first), 0);
    let mut second = Document::new("1", Source::file("x"), docs[1].clone());
    assert_eq!(index.drop_repeated(1, &mut second), 2);
    assert_eq!(second.text, article(&[1, 2]));
    let lines: Vec<(usize, EditKind)> = second.edits.iter().map(|e| (e.line, e.kind)).collect();
    // Line 2 goes first; the old line 4 is line 3 by the time it is removed.
    assert_eq!(
        lines,
        [
            (2, EditKind::RepeatedPassage),
            (3, EditKind::RepeatedPassage)
        ]
    );
}
