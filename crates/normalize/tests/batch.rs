//! `Normalizer::normalize_batch` leaves every document exactly as `Normalizer::normalize` on
//! each in turn does (text, title, metadata, edits, everything) and returns the counts summed,
//! whatever the batch's size: the batch runs the stages stage by stage over its articles only
//! for speed, so any difference is a bug.
//!
//! The texts: the seeds, the defect cases, every furniture fixture folder, the apostrophe
//! evaluation texts as written and with their apostrophes dropped, some with CRLF line breaks
//! (the line-break fold), some with a site's address (the site's repeated lines), blank and
//! empty texts.

use copydesk_doc::{Document, Source};
use copydesk_normalize::{
    BATCH_ARTICLES, CorpusStats, NormalizeConfig, NormalizeCounts, Normalizer, site_key,
};
mod common;

use common::{inputs, root};
use std::path::{Path, PathBuf};

/// `text` without the apostrophes (straight or curly) between two letters, as the evaluation
/// strips them, so that the restorer has work to do.
fn drop_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if !(matches!(c, '\'' | '\u{2019}') && between) {
            out.push(c);
        }
    }
    out
}

/// Every text of the test, in a fixed order.
fn texts() -> Vec<String> {
    let root = root();
    let read =
        |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let mut out: Vec<String> = inputs(&root.join("seeds"))
        .iter()
        .map(|p| read(p))
        .collect();
    let fixtures = root.join("fixtures/normalize");
    out.extend(inputs(&fixtures.join("cases")).iter().map(|p| read(p)));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("fixtures/normalize")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("furniture"))
        })
        .collect();
    dirs.sort();
    for dir in dirs {
        out.extend(inputs(&dir).iter().map(|p| read(p)));
    }
    for p in inputs(&fixtures.join("apostrophe")) {
        let text = read(&p);
        out.push(drop_apostrophes(&text));
        out.push(text);
    }
    // The line-break fold: a few texts with CRLF and a line separator.
    let crlf: Vec<String> = out
        .iter()
        .step_by(37)
        .map(|t| t.replace('\n', "\r\n"))
        .collect();
    out.extend(crlf);
    out.push(out[0].replacen('\n', "\u{2028}", 3));
    out
}

/// A document per text; every third has a site's address, every fifth no title taken.
fn documents(texts: &[String]) -> Vec<Document> {
    let mut docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(i.to_string(), Source::file("batch.txt"), t.clone());
            d.title_from_text = i % 5 != 4;
            if i % 3 == 0 {
                d.url = Some(format!("https://site{}.example/news/{i}", i % 4));
            }
            d
        })
        .collect();
    // Blank and empty documents, among the others.
    for (at, text) in [(1, ""), (7, "   \n\n \t\n"), (20, "\n")] {
        let mut d = Document::new(format!("blank{at}"), Source::file("batch.txt"), text);
        d.title_from_text = true;
        docs.insert(at.min(docs.len()), d);
    }
    docs
}

fn normalizer(docs: &[Document]) -> Normalizer {
    let mut stats = CorpusStats::default();
    for d in docs {
        stats.observe_page(&d.text, d.url.as_deref().map_or(0, site_key));
    }
    Normalizer::new(NormalizeConfig::default(), stats)
}

/// The documents normalized one by one, and their counts summed.
fn one_by_one(normalizer: &Normalizer, docs: &[Document]) -> (Vec<Document>, NormalizeCounts) {
    let mut docs = docs.to_vec();
    let mut counts = NormalizeCounts::default();
    for d in &mut docs {
        counts.merge(&normalizer.normalize(d));
    }
    (docs, counts)
}

/// The documents normalized in batches of `size`, and their counts summed.
fn batched(
    normalizer: &Normalizer,
    docs: &[Document],
    size: usize,
) -> (Vec<Document>, NormalizeCounts) {
    let mut docs = docs.to_vec();
    let mut counts = NormalizeCounts::default();
    for chunk in docs.chunks_mut(size) {
        counts.merge(&normalizer.normalize_batch(chunk));
    }
    (docs, counts)
}

#[test]
fn batches_of_any_size_match_one_by_one() {
    let texts = texts();
    let input = documents(&texts);
    let normalizer = normalizer(&input);
    let (want, want_counts) = one_by_one(&normalizer, &input);
    assert_eq!(want_counts.articles, input.len() as u64);
    for size in [1, 3, 16, BATCH_ARTICLES, input.len()] {
        let (got, got_counts) = batched(&normalizer, &input, size);
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!(
                g == w,
                "batch of {size}, document {}:\n{g:#?}\n{w:#?}",
                w.id
            );
        }
        assert_eq!(got_counts, want_counts, "batch of {size}");
    }
    // And one by one again after the batches (the thread's buffers and memo reused): the same.
    let (again, again_counts) = one_by_one(&normalizer, &input);
    assert!(again == want);
    assert_eq!(again_counts, want_counts);
}

#[test]
fn empty_and_blank_batches() {
    let normalizer = Normalizer::new(NormalizeConfig::default(), CorpusStats::default());
    assert_eq!(
        normalizer.normalize_batch(&mut []),
        NormalizeCounts::default()
    );
    let blank = |text: &str| {
        let mut d = Document::new("b", Source::file("b.txt"), text);
        d.title_from_text = true;
        d
    };
    let input = vec![
        blank(""),
        blank("  \n\n"),
        blank("Talks resume\nThe two sides met."),
    ];
    let (want, want_counts) = one_by_one(&normalizer, &input);
    let (got, got_counts) = batched(&normalizer, &input, input.len());
    assert_eq!(got, want);
    assert_eq!(got_counts, want_counts);
    assert_eq!(got_counts.articles, 3);
    assert!(got[0].text.is_empty() && got[1].text.is_empty());
}
