//! A small corpus generator for the dedup tests: distinct originals recombined from the seed
//! articles' sentences with words varied, plus copies carrying the edits syndication makes.
#![allow(dead_code)] // each test binary uses part of it

use std::collections::HashMap;
use std::path::PathBuf;

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

pub fn seed_texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("utf-8"))
        .collect()
}

fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    for text in seed_texts() {
        for line in text.lines().skip(1) {
            for s in line.split_inclusive(". ") {
                let s = s.trim();
                if s.split_whitespace().count() >= 6 {
                    out.push(s.to_owned());
                }
            }
        }
    }
    out
}

fn synthetic_word(rng: &mut Rng) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mer", "tin", "sa", "ve", "dor", "ri", "pan", "est", "ul", "gro", "shi", "ne",
        "bra", "ton",
    ];
    let mut w = String::new();
    for _ in 0..2 + rng.below(2) {
        w.push_str(SYL[rng.below(SYL.len())]);
    }
    w
}

/// One original article: 6 to 11 paragraphs of 3 to 5 sentences, about a fifth of the words
/// replaced so originals share few 5-grams.
pub fn original(rng: &mut Rng, pool: &[String]) -> String {
    let paragraphs = 6 + rng.below(6);
    let mut paras = Vec::new();
    for _ in 0..paragraphs {
        let mut p = Vec::new();
        for _ in 0..3 + rng.below(3) {
            let s = &pool[rng.below(pool.len())];
            let words: Vec<String> = s
                .split(' ')
                .map(|w| {
                    if rng.chance(0.2) {
                        synthetic_word(rng)
                    } else {
                        w.to_owned()
                    }
                })
                .collect();
            p.push(words.join(" "));
        }
        paras.push(p.join(" "));
    }
    paras.join("\n")
}

pub const FURNITURE: [&str; 4] = [
    "Share this article on social media",
    "Advertisement",
    "Read more: latest headlines from our newsroom",
    "Subscribe to our newsletter for daily updates",
];

/// A copy of `text` with one or two of the edits syndication makes.
pub fn edited_copy(rng: &mut Rng, text: &str) -> String {
    let mut paras: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for _ in 0..1 + rng.below(2) {
        match rng.below(6) {
            0 => {
                let line = FURNITURE[rng.below(FURNITURE.len())].to_owned();
                let at = rng.below(paras.len() + 1);
                paras.insert(at, line);
            }
            1 if paras.len() > 5 => {
                // Drop the shortest paragraph: a trim, not a rewrite.
                let i = (0..paras.len())
                    .min_by_key(|&i| paras[i].len())
                    .unwrap_or(0);
                paras.remove(i);
            }
            2 => {
                let i = rng.below(paras.len());
                let mut words: Vec<String> = paras[i].split(' ').map(str::to_owned).collect();
                let j = rng.below(words.len());
                words[j] = synthetic_word(rng);
                paras[i] = words.join(" ");
            }
            3 if paras.len() > 1 => {
                let i = rng.below(paras.len() - 1);
                paras.swap(i, i + 1);
            }
            4 => {
                for p in &mut paras {
                    *p = p.replace(['\'', '\u{2019}'], "");
                }
            }
            _ => {
                let i = rng.below(paras.len());
                paras[i] = paras[i].to_uppercase();
            }
        }
    }
    paras.join("\n")
}

/// `originals` distinct articles and about `dup_rate * originals` copies, shuffled; returns the
/// texts and, for each, the index of its original in `0..originals`.
pub fn corpus(seed: u64, originals: usize, dup_rate: f64) -> (Vec<String>, Vec<usize>) {
    let pool = sentences();
    let mut rng = Rng::new(seed);
    let mut items: Vec<(String, usize)> = Vec::new();
    let origs: Vec<String> = (0..originals).map(|_| original(&mut rng, &pool)).collect();
    for (i, o) in origs.iter().enumerate() {
        items.push((o.clone(), i));
    }
    let copies = (originals as f64 * dup_rate) as usize;
    for _ in 0..copies {
        let i = rng.below(originals);
        let text = if rng.chance(0.2) {
            origs[i].clone()
        } else {
            edited_copy(&mut rng, &origs[i])
        };
        items.push((text, i));
    }
    // Fisher-Yates, so copies are spread through the corpus.
    for i in (1..items.len()).rev() {
        let j = rng.below(i + 1);
        items.swap(i, j);
    }
    items.into_iter().unzip()
}

/// Shingle sets as sorted interned ids, computed independently of the crate's hashing:
/// lowercased words joined with spaces, five at a time.
pub fn string_shingles(texts: &[String], n: usize) -> Vec<Vec<u32>> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    texts
        .iter()
        .map(|t| {
            let words: Vec<String> = copydesk_tokenize::words(t).map(str::to_lowercase).collect();
            let mut set: Vec<u32> = Vec::new();
            let grams: Vec<String> = if words.len() < n {
                if words.is_empty() {
                    vec![]
                } else {
                    vec![words.join(" ")]
                }
            } else {
                words.windows(n).map(|w| w.join(" ")).collect()
            };
            for g in grams {
                let next = ids.len() as u32;
                set.push(*ids.entry(g).or_insert(next));
            }
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

pub fn jaccard32(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// The cluster id (index of the kept article) of every article.
pub fn cluster_ids(verdicts: &[copydesk_dedup::Verdict]) -> Vec<usize> {
    verdicts
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            copydesk_dedup::Verdict::Keep => i,
            copydesk_dedup::Verdict::Duplicate { of, .. } => *of,
        })
        .collect()
}
