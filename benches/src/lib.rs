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

/// The corpus statistics of `texts`, observed one article at a time.
pub fn corpus_stats(texts: &[String]) -> copydesk_normalize::CorpusStats {
    let mut s = copydesk_normalize::CorpusStats::default();
    for t in texts {
        s.observe(t);
    }
    s
}
