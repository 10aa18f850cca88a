//! Furniture removal measured on articles that are not the seeds: `fixtures/normalize/furniture/`
//! holds articles written in the style of other sites, every line labelled (see the README
//! there). Bars from issue 3: at least 95% of furniture lines removed, at least 99% of content
//! lines kept, and every metadata line moved out of the text.
// The figures are the point of this test: it prints them (run with --nocapture to see them).
#![allow(clippy::print_stderr)]

use copydesk_doc::{Document, Source};
use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer, line_key};
use std::path::Path;

struct Article {
    name: String,
    raw: String,
    labelled: Vec<(char, String)>,
}

fn load() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/normalize/furniture");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("furniture fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("utf-8");
            let mut raw = String::new();
            let mut labelled = Vec::new();
            for line in text.lines() {
                let (label, body) = match line.split_once("| ") {
                    Some((l, b)) if l.len() == 1 => (l.chars().next().unwrap_or(' '), b),
                    _ => (' ', line),
                };
                raw.push_str(body);
                raw.push('\n');
                if label != ' ' {
                    labelled.push((label, body.to_owned()));
                }
            }
            Article {
                name: p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                raw,
                labelled,
            }
        })
        .collect()
}

fn key(s: &str) -> String {
    let mut k = String::new();
    line_key(s, &mut k);
    k
}

#[test]
fn furniture_and_content_bars() {
    let articles = load();
    assert!(articles.len() >= 10);
    let mut stats = CorpusStats::default();
    for a in &articles {
        stats.observe(&a.raw);
    }
    let config = NormalizeConfig {
        // A small corpus: a line in three of its articles is already a site's furniture.
        repeat_min_articles: 3,
        ..NormalizeConfig::default()
    };
    let normalizer = Normalizer::new(config, stats);
    let (mut furniture, mut furniture_removed) = (0, 0);
    let (mut content, mut content_kept) = (0, 0);
    let (mut meta, mut meta_moved) = (0, 0);
    let mut misses = Vec::new();
    for a in &articles {
        let mut doc = Document::new(a.name.clone(), Source::file(a.name.clone()), a.raw.clone());
        doc.title_from_text = true;
        normalizer.normalize(&mut doc);
        let out: Vec<String> = doc
            .title
            .iter()
            .map(String::as_str)
            .chain(doc.text.lines())
            .map(key)
            .collect();
        let present = |s: &str| {
            let k = key(s);
            out.contains(&k)
        };
        // A dateline paragraph stays, without its dateline.
        let kept_tail = |s: &str| {
            let k = key(s);
            out.iter()
                .any(|o| o.len() * 2 >= k.len() && k.ends_with(o.as_str()))
        };
        for (label, line) in &a.labelled {
            match label {
                'F' => {
                    furniture += 1;
                    if present(line) {
                        misses.push(format!("{}: furniture kept: {line}", a.name));
                    } else {
                        furniture_removed += 1;
                    }
                }
                'T' | 'C' => {
                    content += 1;
                    let kept = if *label == 'T' {
                        doc.title.as_deref().is_some_and(|t| key(t) == key(line))
                    } else {
                        present(line)
                    };
                    if kept {
                        content_kept += 1;
                    } else {
                        misses.push(format!("{}: content lost: {line}", a.name));
                    }
                }
                'M' => {
                    meta += 1;
                    // Moved: gone from the text, and some metadata value is part of the line.
                    let values: Vec<String> = doc
                        .metadata
                        .values()
                        .flat_map(|v| match v {
                            serde_json::Value::Array(a) => a.clone(),
                            other => vec![other.clone()],
                        })
                        .filter_map(|v| v.as_str().map(key))
                        .collect();
                    let k = key(line);
                    let in_meta = values
                        .iter()
                        .any(|v| !v.is_empty() && k.contains(v.as_str()));
                    if present(line) || !in_meta {
                        misses.push(format!("{}: metadata line not moved: {line}", a.name));
                    } else {
                        meta_moved += 1;
                    }
                    // A dateline line is also a content paragraph, which must stay without it.
                    if line.contains(" - ") {
                        content += 1;
                        if kept_tail(line) {
                            content_kept += 1;
                        } else {
                            misses.push(format!("{}: dateline paragraph lost: {line}", a.name));
                        }
                    }
                }
                _ => panic!("{}: unknown label {label}", a.name),
            }
        }
    }
    let f = furniture_removed as f64 / furniture as f64;
    let c = content_kept as f64 / content as f64;
    eprintln!(
        "furniture removed {furniture_removed}/{furniture} = {:.1}%, content kept {content_kept}/{content} = {:.1}%, metadata moved {meta_moved}/{meta}",
        f * 100.0,
        c * 100.0
    );
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(
        f >= 0.95,
        "furniture removed {f:.3} < 0.95:\n{}",
        misses.join("\n")
    );
    assert!(
        c >= 0.99,
        "content kept {c:.3} < 0.99:\n{}",
        misses.join("\n")
    );
    assert_eq!(meta_moved, meta, "{}", misses.join("\n"));
}
