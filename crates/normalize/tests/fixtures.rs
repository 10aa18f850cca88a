//! Snapshot tests: each input beside its expected output; `UPDATE_EXPECT=1` rewrites them.
//!
//! - the seed articles (`seeds/*.txt` → `fixtures/normalize/seeds/NAME.expected.txt`): title,
//!   metadata, clean text and every removed or moved line with its reason;
//! - one case per defect class (`fixtures/normalize/cases/NAME.txt` → `NAME.expected.txt`).

use copydesk_doc::{Document, EditKind, Source};
use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer, QuotePolicy};
mod common;

use common::{inputs, root};
use std::path::Path;

fn render(doc: &Document) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "title: {}\n",
        doc.title.as_deref().unwrap_or("(none)")
    ));
    for (k, v) in &doc.metadata {
        s.push_str(&format!("metadata.{k}: {v}\n"));
    }
    s.push_str("--- text\n");
    s.push_str(&doc.text);
    s.push_str("\n--- lines removed or moved\n");
    for e in &doc.edits {
        if matches!(
            e.kind,
            EditKind::Furniture | EditKind::Metadata | EditKind::Marker
        ) {
            s.push_str(&format!(
                "{:?} line {}: [{}] {}\n",
                e.kind, e.line, e.reason, e.before
            ));
        }
    }
    s
}

fn check(
    input: &Path,
    expected: &Path,
    normalizer: &Normalizer,
    title_from_text: bool,
) -> Option<String> {
    let raw = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
    let mut doc = Document::new("t", Source::file(input.display().to_string()), raw);
    doc.title_from_text = title_from_text;
    normalizer.normalize(&mut doc);
    let got = render(&doc);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(expected, &got).expect("write expected");
        return None;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    (got != want).then(|| {
        format!(
            "{} differs from {}:\n{got}",
            input.display(),
            expected.display()
        )
    })
}

#[test]
fn seeds() {
    let out = root().join("fixtures/normalize/seeds");
    std::fs::create_dir_all(&out).expect("mkdir");
    let seeds = inputs(&root().join("seeds"));
    assert_eq!(seeds.len(), 5);
    // As in a run: pass 1 over the seeds as the corpus, then each seed.
    let mut stats = CorpusStats::default();
    for p in &seeds {
        stats.observe(&std::fs::read_to_string(p).expect("seed"));
    }
    let normalizer = Normalizer::new(NormalizeConfig::default(), stats);
    let failures: Vec<String> = seeds
        .iter()
        .filter_map(|p| {
            let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
            check(
                p,
                &out.join(format!("{stem}.expected.txt")),
                &normalizer,
                true,
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn cases() {
    let dir = root().join("fixtures/normalize/cases");
    let cases = inputs(&dir);
    assert!(!cases.is_empty());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|p| {
            let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
            let config = NormalizeConfig {
                quotes: if stem.contains("ascii") {
                    QuotePolicy::Ascii
                } else {
                    QuotePolicy::Typographic
                },
                ..NormalizeConfig::default()
            };
            let normalizer = Normalizer::new(config, CorpusStats::default());
            check(
                p,
                &dir.join(format!("{stem}.expected.txt")),
                &normalizer,
                true,
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
