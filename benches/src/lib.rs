//! Shared inputs for the copydesk benchmarks: news text built from the seed articles.

use std::path::PathBuf;

/// The workspace root.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ has a parent")
        .to_path_buf()
}

/// The seed articles, in file-name order.
pub fn seed_texts() -> Vec<String> {
    let dir = project_root().join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed is UTF-8"))
        .collect()
}

/// The seeds concatenated and repeated until the text is at least `min_bytes` long.
pub fn news_text(min_bytes: usize) -> String {
    let seeds = seed_texts().join("\n");
    let mut out = String::with_capacity(min_bytes + seeds.len());
    while out.len() < min_bytes {
        out.push_str(&seeds);
        out.push('\n');
    }
    out
}

/// The seed articles as separate texts, repeated until they hold about 1 MiB: the input of the
/// normalize benchmark and its profiling driver.
pub fn seed_articles() -> Vec<String> {
    let seeds = seed_texts();
    let mut out = Vec::new();
    let mut total = 0;
    while total < 1 << 20 {
        for s in &seeds {
            total += s.len();
            out.push(s.clone());
        }
    }
    out
}

/// The furniture sets [`varied_articles`] reads: those of the end of the fifth session, so that
/// a set added later does not change the bench's text (and its figures stay comparable).
const VARIED_FURNITURE_SETS: &[&str] = &[
    "furniture",
    "furniture_heldout",
    "furniture_heldout2",
    "furniture_heldout3",
    "furniture_heldout4",
    "furniture_heldout5",
    "furniture_heldout6",
    "furniture_heldout7",
    "furniture_heldout8",
    "furniture_heldout9",
    "furniture_heldout10",
    "furniture_heldout11",
    "furniture_heldout12",
    "furniture_heldout13",
    "furniture_heldout14",
    "furniture_heldout15",
];

/// The apostrophe evaluation's files [`varied_articles`] reads, for the same reason: eval_a to
/// eval_y, and the five files each of sets z and zz.
fn varied_apostrophe_file(name: &str) -> bool {
    let Some(stem) = name
        .strip_prefix("eval_")
        .and_then(|n| n.strip_suffix(".txt"))
    else {
        return false;
    };
    let letters = stem.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = &stem[letters.len()..];
    match letters {
        "z" | "zz" => matches!(number, "1" | "2" | "3" | "4" | "5"),
        l => l.len() == 1 && ("a"..="y").contains(&l) && number.is_empty(),
    }
}

/// More varied news text than the seeds repeated: every article of the apostrophe evaluation
/// (fixtures/normalize/apostrophe/eval_*.txt) with the apostrophes between letters dropped, as
/// in scraped text, and every furniture fixture of the held-out sets up to 15 (a fixed list,
/// `VARIED_FURNITURE_SETS`) with its line labels stripped, once each (about 600 kB, thousands of distinct words where the seeds
/// repeated have a few hundred): what a per-word cache or table is worth off the bench's text.
pub fn varied_articles() -> Vec<String> {
    let dir = project_root().join("fixtures/normalize");
    let mut paths = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for sub in entries {
        let name = sub
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name != "apostrophe" && !VARIED_FURNITURE_SETS.contains(&name.as_str()) {
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(&sub)
            .unwrap_or_else(|e| panic!("reading {}: {e}", sub.display()))
            .map(|e| e.expect("dir entry").path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "txt")
                    && (name != "apostrophe"
                        || p.file_name()
                            .is_some_and(|f| varied_apostrophe_file(&f.to_string_lossy())))
            })
            .collect();
        files.sort();
        paths.extend(files.into_iter().map(|p| (name == "apostrophe", p)));
    }
    paths
        .iter()
        .map(|(apostrophes, p)| {
            let text = std::fs::read_to_string(p).expect("fixture is UTF-8");
            if *apostrophes {
                drop_apostrophes(&text)
            } else {
                strip_labels(&text)
            }
        })
        .collect()
}

/// `text` without the apostrophes (straight or curly) that stand between two letters.
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

/// A furniture fixture's text without its line labels ("C| ", "F| ").
fn strip_labels(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let body = match line.split_once("| ") {
            Some((l, b)) if l.len() == 1 => b,
            _ => line,
        };
        out.push_str(body);
        out.push('\n');
    }
    out
}

/// The corpus statistics of `texts`, observed one article at a time.
pub fn corpus_stats(texts: &[String]) -> copydesk_normalize::CorpusStats {
    let mut s = copydesk_normalize::CorpusStats::default();
    for t in texts {
        s.observe(t);
    }
    s
}
