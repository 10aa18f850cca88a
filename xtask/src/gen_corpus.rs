//! `cargo xtask gen-corpus`: a corpus with planted duplicates and its ground truth, for
//! evaluating and timing dedup.
//!
//! Real articles (the seeds by default) supply sentences. Distinct originals are synthesised by
//! recombining those sentences into paragraphs and varying about a fifth of their words (and
//! every number), so originals share few word 5-grams. Then a share of the output (`dup_rate`)
//! is copies of originals carrying the edits syndication makes: site furniture lines, a dropped
//! paragraph, a changed word, reordered paragraphs, lost apostrophes, a shouted headline case
//! (some copies are verbatim). Each copy's truth names its original, the edits, and the exact
//! Jaccard similarity of their shingle sets under the default dedup settings.
//!
//! Everything derives from one splitmix64 stream, so a seed always gives the same corpus.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use copydesk_doc::{Document, Source};
use rayon::prelude::*;
use serde::Serialize;

/// Options of `cargo xtask gen-corpus`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Approximate corpus size: bytes of article text, with an optional unit (KiB, MiB, GiB, KB, MB, GB).
    #[arg(long, default_value = "256MiB", value_parser = parse_size)]
    pub size: u64,
    /// Share of the articles that are planted copies of another article.
    #[arg(long, default_value_t = 0.3)]
    pub dup_rate: f64,
    /// Output folder; receives corpus.jsonl and truth.jsonl.
    #[arg(long)]
    pub out: PathBuf,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Source articles (.txt / .jsonl files or folders); the seeds/ folder when none is given.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// Ground truth of one generated article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Truth {
    /// The article's id.
    pub id: String,
    /// Id of the original it was made from; its own id for an original.
    pub original: String,
    /// Index of that original in [`Generated::docs`].
    pub original_index: usize,
    /// The edits planted in a copy (empty for an original or a verbatim copy).
    pub edits: Vec<String>,
    /// Exact Jaccard similarity of its shingle set to the original's (1.0 for an original).
    pub similarity: f64,
}

/// A generated corpus: articles in output order and, at the same index, their truth.
#[derive(Debug, Clone)]
pub struct Generated {
    pub docs: Vec<Document>,
    pub truth: Vec<Truth>,
}

impl Generated {
    /// Whether article `i` is a planted copy.
    pub fn is_copy(&self, i: usize) -> bool {
        self.truth.get(i).is_some_and(|t| t.original_index != i)
    }
}

/// Parses `256MiB`, `10MB`, `4096` and the like.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let num: f64 = num.parse().map_err(|_| format!("not a size: {s:?}"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => return Err(format!("unknown size unit {other:?} in {s:?}")),
    };
    if !(num.is_finite() && num >= 0.0) {
        return Err(format!("not a size: {s:?}"));
    }
    Ok((num * mult as f64) as u64)
}

/// Reads the inputs, generates, writes `corpus.jsonl` and `truth.jsonl` under `--out`.
pub fn run(args: Args) -> anyhow::Result<()> {
    anyhow::ensure!(
        (0.0..1.0).contains(&args.dup_rate),
        "--dup-rate must be in [0, 1), got {}",
        args.dup_rate
    );
    let inputs = if args.inputs.is_empty() {
        vec![crate::project_root().join("seeds")]
    } else {
        args.inputs.clone()
    };
    let (originals, _stats) = copydesk_pipeline::input::read_all(&inputs, false)
        .with_context(|| format!("reading {}", display_paths(&inputs)))?;
    anyhow::ensure!(
        !originals.is_empty(),
        "no articles in {}",
        display_paths(&inputs)
    );
    let generated = generate(&originals, args.size, args.dup_rate, args.seed);
    anyhow::ensure!(
        !generated.docs.is_empty(),
        "the inputs have no sentence of six or more words to build articles from"
    );
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating {}", args.out.display()))?;
    let corpus_path = args.out.join("corpus.jsonl");
    let truth_path = args.out.join("truth.jsonl");
    write_jsonl(
        &corpus_path,
        generated.docs.iter().map(|d| CorpusLine {
            id: &d.id,
            url: d.url.as_deref(),
            text: &d.text,
        }),
    )?;
    write_jsonl(&truth_path, generated.truth.iter())?;
    let bytes: usize = generated.docs.iter().map(|d| d.text.len()).sum();
    let copies = (0..generated.docs.len())
        .filter(|&i| generated.is_copy(i))
        .count();
    println!(
        "gen-corpus: {} articles ({} planted copies), {:.1} MiB of text -> {}",
        generated.docs.len(),
        copies,
        bytes as f64 / f64::from(1u32 << 20),
        args.out.display()
    );
    Ok(())
}

fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Serialize)]
struct CorpusLine<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    text: &'a str,
}

fn write_jsonl<T: Serialize>(
    path: &std::path::Path,
    items: impl Iterator<Item = T>,
) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    for item in items {
        serde_json::to_writer(&mut w, &item)
            .with_context(|| format!("writing {}", path.display()))?;
        w.write_all(b"\n")
            .with_context(|| format!("writing {}", path.display()))?;
    }
    w.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// splitmix64: a few lines, good enough for test data, and the same on every platform.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`; 0 when `n` is 0.
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mer", "tin", "sa", "ve", "dor", "ri", "pan", "est", "ul", "gro", "shi", "ne",
    "bra", "ton", "vik", "am", "rel", "os", "che", "lun", "dat", "ix",
];

/// Lines a site adds around a syndicated story.
const FURNITURE: [&str; 8] = [
    "Advertisement",
    "Share this article",
    "Share on Facebook Share on Twitter Email",
    "Read more: the latest headlines from our newsroom",
    "Subscribe to our newsletter for the morning briefing",
    "Follow us on social media for updates",
    "Back to top",
    "Sign in to comment on this story",
];

fn synthetic_word(rng: &mut Rng, capital: bool) -> String {
    let mut w = String::new();
    for _ in 0..rng.range(2, 3) {
        w.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
    }
    if capital {
        let mut c = w.chars();
        if let Some(first) = c.next() {
            w = first.to_uppercase().chain(c).collect();
        }
    }
    w
}

/// Sentences of six or more words from every paragraph of the originals.
fn sentence_pool(originals: &[Document]) -> Vec<String> {
    let mut pool = Vec::new();
    for doc in originals {
        for line in doc.text.split('\n') {
            let mut start = 0;
            let bytes = line.as_bytes();
            for (i, &b) in bytes.iter().enumerate() {
                let end_of_sentence =
                    matches!(b, b'.' | b'?' | b'!') && bytes.get(i + 1) == Some(&b' ');
                if end_of_sentence || i + 1 == bytes.len() {
                    if let Some(s) = line.get(start..=i) {
                        let s = s.trim();
                        if s.split_whitespace().count() >= 6 {
                            pool.push(s.to_owned());
                        }
                    }
                    start = i + 1;
                }
            }
        }
    }
    pool
}

/// Varies a sentence: about a fifth of its words replaced, every digit changed.
fn vary(rng: &mut Rng, sentence: &str) -> String {
    let words: Vec<String> = sentence
        .split(' ')
        .map(|w| {
            if w.bytes().any(|b| b.is_ascii_digit()) {
                w.chars()
                    .map(|c| {
                        if c.is_ascii_digit() {
                            char::from(b'0' + rng.below(10) as u8)
                        } else {
                            c
                        }
                    })
                    .collect()
            } else if rng.chance(0.2) {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                let trail: String = w
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_punctuation())
                    .collect();
                let mut s = synthetic_word(rng, capital);
                s.extend(trail.chars().rev());
                s
            } else {
                w.to_owned()
            }
        })
        .collect();
    words.join(" ")
}

/// One original: 8 to 14 paragraphs of 2 to 5 sentences.
fn original(rng: &mut Rng, pool: &[String]) -> Vec<String> {
    (0..rng.range(8, 14))
        .map(|_| {
            let sentences: Vec<String> = (0..rng.range(2, 5))
                .map(|_| {
                    let pick = rng.below(pool.len());
                    vary(rng, &pool[pick])
                })
                .collect();
            sentences.join(" ")
        })
        .collect()
}

/// A copy of `paras` with zero to three planted edits; returns the text and the edit names.
fn copy_with_edits(rng: &mut Rng, paras: &[String]) -> (String, Vec<String>) {
    let mut p: Vec<String> = paras.to_vec();
    let mut edits = Vec::new();
    // About one copy in six is verbatim, as when a site republishes the wire text untouched.
    let count = if rng.chance(0.16) { 0 } else { rng.range(1, 3) };
    for _ in 0..count {
        match rng.below(6) {
            0 => {
                for _ in 0..rng.range(1, 3) {
                    let line = FURNITURE[rng.below(FURNITURE.len())].to_owned();
                    let at = if rng.chance(0.5) { 0 } else { p.len() };
                    p.insert(at, line);
                }
                edits.push("furniture_lines".to_owned());
            }
            1 if p.len() > 6 => {
                // A trim: the paragraph dropped is one of the shorter ones.
                let mut order: Vec<usize> = (0..p.len()).collect();
                order.sort_by_key(|&i| (p[i].len(), i));
                let i = order[rng.below(p.len() / 2)];
                p.remove(i);
                edits.push("dropped_paragraph".to_owned());
            }
            2 => {
                let i = rng.below(p.len());
                let mut words: Vec<String> = p[i].split(' ').map(str::to_owned).collect();
                let j = rng.below(words.len());
                words[j] = synthetic_word(rng, false);
                p[i] = words.join(" ");
                edits.push("changed_word".to_owned());
            }
            3 if p.len() > 2 => {
                let i = rng.below(p.len() - 1);
                p.swap(i, i + 1);
                edits.push("reordered_paragraphs".to_owned());
            }
            4 => {
                for para in &mut p {
                    *para = para.replace(['\'', '\u{2019}'], "");
                }
                edits.push("apostrophes_lost".to_owned());
            }
            _ => {
                let i = rng.below(p.len());
                p[i] = p[i].to_uppercase();
                edits.push("uppercased_paragraph".to_owned());
            }
        }
    }
    (p.join("\n"), edits)
}

/// Sites the generated articles are spread over, so the corpus pass counts lines per site as
/// it would on a scrape.
const SITES: u64 = 200;

/// The host of article `index`: a hash of the index, not the generator's random stream, so
/// the texts stay those of earlier versions of the generator.
fn site_of(index: usize) -> String {
    let h = (index as u64 ^ 0x5157_4553).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    format!("site{:03}.example", (h >> 32) % SITES)
}

/// In-memory generation, for tests: deterministic for a given seed. Produces articles until
/// their text reaches `target_bytes`; about `dup_rate` of them are planted copies.
pub fn generate(originals: &[Document], target_bytes: u64, dup_rate: f64, seed: u64) -> Generated {
    let pool = sentence_pool(originals);
    let mut rng = Rng(seed ^ 0x6765_6e2d_636f_7270); // "gen-corp"
    let dup_rate = if dup_rate.is_finite() {
        dup_rate.clamp(0.0, 0.95)
    } else {
        0.0
    };
    let mut docs: Vec<Document> = Vec::new();
    let mut truth: Vec<Truth> = Vec::new();
    if pool.is_empty() {
        return Generated { docs, truth };
    }
    // Paragraphs of the originals made so far, to copy from.
    let mut made: Vec<(usize, Vec<String>)> = Vec::new();
    let mut bytes = 0u64;
    while bytes < target_bytes {
        let index = docs.len();
        let id = format!("gen-{index:08}");
        let (text, original_index, edits) = if !made.is_empty() && rng.chance(dup_rate) {
            // Copies favour recent originals, as syndication happens within days.
            let back = rng.below(made.len().min(2_000));
            let (orig, paras) = &made[made.len() - 1 - back];
            let (text, edits) = copy_with_edits(&mut rng, paras);
            (text, *orig, edits)
        } else {
            let paras = original(&mut rng, &pool);
            let text = paras.join("\n");
            made.push((index, paras));
            (text, index, Vec::new())
        };
        bytes += text.len() as u64;
        let original = docs
            .get(original_index)
            .map_or_else(|| id.clone(), |d| d.id.clone());
        truth.push(Truth {
            id: id.clone(),
            original,
            original_index,
            edits,
            similarity: 1.0,
        });
        let mut doc = Document::new(id, Source::line("corpus.jsonl", index as u64 + 1), text);
        doc.url = Some(format!("https://{}/{}", site_of(index), doc.id));
        docs.push(doc);
    }
    let config = copydesk_dedup::DedupConfig::default();
    let shingles = |t: &str| copydesk_dedup::shingle_hashes(t, config.ngram, config.seed);
    let sims: Vec<f64> = truth
        .par_iter()
        .enumerate()
        .map(|(i, t)| {
            if t.original_index == i {
                1.0
            } else {
                copydesk_dedup::jaccard(
                    &shingles(&docs[i].text),
                    &shingles(&docs[t.original_index].text),
                )
            }
        })
        .collect();
    for (t, s) in truth.iter_mut().zip(sims) {
        t.similarity = s;
    }
    Generated { docs, truth }
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk_dedup::{DedupConfig, Deduper, Verdict};

    fn seeds() -> Vec<Document> {
        let dir = crate::project_root().join("seeds");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("seeds/")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| {
                Document::new(
                    "s",
                    Source::file("s"),
                    std::fs::read_to_string(p).expect("utf-8"),
                )
            })
            .collect()
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("256MiB"), Ok(256 << 20));
        assert_eq!(parse_size("10MB"), Ok(10_000_000));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("1.5KiB"), Ok(1536));
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("MiB").is_err());
    }

    #[test]
    fn deterministic_sized_and_planted() {
        let s = seeds();
        let a = generate(&s, 1 << 20, 0.3, 7);
        let b = generate(&s, 1 << 20, 0.3, 7);
        assert_eq!(a.docs, b.docs);
        assert_eq!(a.truth, b.truth);
        assert_ne!(generate(&s, 1 << 16, 0.3, 8).docs[0].text, a.docs[0].text);
        let bytes: usize = a.docs.iter().map(|d| d.text.len()).sum();
        assert!((1 << 20..(1 << 20) + 20_000).contains(&bytes), "{bytes}");
        let copies = (0..a.docs.len()).filter(|&i| a.is_copy(i)).count();
        let rate = copies as f64 / a.docs.len() as f64;
        assert!((0.25..0.35).contains(&rate), "{rate}");
        for (i, t) in a.truth.iter().enumerate() {
            assert!(t.original_index <= i);
            assert_eq!(t.original, a.docs[t.original_index].id);
            assert!(!a.is_copy(t.original_index));
        }
        let kinds: std::collections::BTreeSet<&str> = a
            .truth
            .iter()
            .flat_map(|t| t.edits.iter().map(String::as_str))
            .collect();
        assert_eq!(kinds.len(), 6, "{kinds:?}");
    }

    /// Dedup against the planted truth: copies whose similarity to their original reaches the
    /// threshold are found (recall), and nothing else is merged (precision).
    #[test]
    fn dedup_finds_planted_copies() {
        let g = generate(&seeds(), 3 << 20, 0.3, 11);
        let dd = Deduper::new(DedupConfig::default()).expect("valid");
        let texts: Vec<&str> = g.docs.iter().map(|d| d.text.as_str()).collect();
        let fps: Vec<_> = texts.par_iter().map(|t| dd.fingerprint(t)).collect();
        let out = dd.cluster(&fps, &texts);
        let kept_of = |i: usize| match out.verdicts[i] {
            Verdict::Keep => i,
            Verdict::Duplicate { of, .. } => of,
        };
        let (mut expected, mut found) = (0usize, 0usize);
        for (i, t) in g.truth.iter().enumerate() {
            if g.is_copy(i) && t.similarity >= 0.8 {
                expected += 1;
                found += usize::from(kept_of(i) == kept_of(t.original_index));
            }
        }
        let (mut merged, mut right) = (0usize, 0usize);
        for i in 0..g.docs.len() {
            if let Verdict::Duplicate { of, .. } = out.verdicts[i] {
                merged += 1;
                right += usize::from(g.truth[i].original_index == g.truth[of].original_index);
            }
        }
        let recall = found as f64 / expected.max(1) as f64;
        let precision = right as f64 / merged.max(1) as f64;
        assert!(expected > 100, "{expected}");
        assert!(recall >= 0.97, "recall {recall} ({found}/{expected})");
        assert!(
            precision >= 0.99,
            "precision {precision} ({right}/{merged})"
        );
        let planted: Vec<f64> = (0..g.docs.len())
            .filter(|&i| g.is_copy(i))
            .map(|i| g.truth[i].similarity)
            .collect();
        let above = planted.iter().filter(|&&s| s >= 0.8).count();
        assert!(
            above as f64 >= 0.9 * planted.len() as f64,
            "{above} of {} copies reach 0.8",
            planted.len()
        );
    }
}
