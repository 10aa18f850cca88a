//! `cargo xtask furniture-model`: an experiment. Can a small learned line classifier beat the
//! hand rules of copydesk-normalize at telling site furniture from article content, on sites
//! it was not trained on?
//!
//! Every labelled page in `fixtures/normalize/furniture*/` is normalized as
//! `crates/normalize/tests/furniture.rs` does (one corpus per set, a line in three articles is
//! repeated), and the rules' decision for each input line is read back from `doc.edits`. Each
//! line then gets features computed from its page alone (the rules' decision and reason, the
//! line's shape and its neighbours', its position, hashed words and word pairs) and a logistic
//! regression, trained by mini-batch Adam with a fixed seed and schedule (`--batch 0`: full
//! batch), gives P(furniture or metadata).
//!
//! Evaluation is leave-one-set-out: for each set, a model is trained on all the other sets and
//! predicts it. The thresholds are chosen on out-of-fold predictions over the training sets
//! only (an inner leave-one-set-out), never on the held-out set. Four systems are measured
//! with the test's own measure (line keys of the output, the title, the metadata), and the
//! rules' figures are checked to be the test's: (a) the rules; (b) the model alone, dropping a
//! line when P >= t, t the lowest that keeps 99% of the training sets' content; (b') the same
//! with t keeping the rules' own share of the training sets' content (the two compared at
//! about the same content cost); (c) the rules, where the model may drop a line the rules kept
//! when P >= t_hi and restore a line the rules took out when P <= t_lo, the pair that removes
//! the most training furniture while keeping at least the rules' share of training content.
//! A paired bootstrap over pages gives intervals for the differences from (a).
//!
//! heldout7 to heldout11 were tuned on by the rules after their first measurement, so (a) is
//! optimistic there; heldout12 and heldout13 were not, and are also reported pooled apart.

use anyhow::{Context, bail, ensure};
use copydesk_doc::{Document, EditKind, Source};
use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer, line_key};
use rayon::prelude::*;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// L2 penalty on the weights (the loss is the mean log loss).
    #[arg(long, default_value_t = 1e-4)]
    l2: f64,
    /// Rows per Adam step; 0 for full-batch steps (then `--steps` of them).
    #[arg(long, default_value_t = 512)]
    batch: usize,
    /// Passes over the training rows (mini-batch).
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Full-batch Adam steps per training (with `--batch 0`).
    #[arg(long, default_value_t = 300)]
    steps: usize,
    /// Adam learning rate.
    #[arg(long, default_value_t = 0.05)]
    lr: f64,
    /// Content a threshold of (b) must keep on the training sets' out-of-fold predictions.
    #[arg(long, default_value_t = 0.99)]
    keep_target: f64,
    /// Ablation: leave the rules' decisions out of the features.
    #[arg(long)]
    no_rules_features: bool,
    /// Ablation: leave the hashed words and word pairs out of the features.
    #[arg(long)]
    no_words: bool,
    /// Print every line the model (b) or the combination (c) decides differently from the
    /// rules on the held-out sets, with its label and probability.
    #[arg(long)]
    show_changes: bool,
}

/// The labelled sets, in the order of the report. The ones from `furniture_heldout7` on are
/// the sets the brief asks to report pooled.
const SETS: [&str; 14] = [
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
];
const FIRST_POOLED: usize = 7;
/// heldout12 and heldout13: the sets the rules were never changed against.
const UNTUNED: usize = 12;

/// Hashed word features: 2^14 buckets, after the named features.
const HASH_BITS: u32 = 14;
const NAMED_MAX: u32 = 1024;
const DIM: usize = NAMED_MAX as usize + (1 << HASH_BITS);
/// Buckets for the rules' reason text.
const REASON_BUCKETS: u64 = 32;

/// What the rules did with a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rules {
    Keep,
    /// Kept, with a dateline cut from its start into the metadata.
    KeepDateline,
    Furniture,
    Metadata,
    /// Cleaning left nothing of it (a marker line such as `[MUSIC]`): it never reached
    /// classification and is gone whatever is decided.
    Vanished,
}

/// A decision on a line: stays in the text, dropped, or (the rules only) moved to metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Keep,
    Drop,
    Move,
}

#[derive(Debug)]
struct Line {
    /// `T`, `C`, `M` or `F`.
    label: char,
    /// The line as labelled (label stripped).
    body: String,
    /// The line as the normalizer left it: the output line for a kept line, the removed text
    /// for a line taken out.
    text: String,
    rules: Rules,
    reason: String,
}

impl Line {
    /// The test counts a metadata line with a dash as a dateline paragraph too: content.
    fn dateline_paragraph(&self) -> bool {
        self.label == 'M'
            && [" - ", " – ", " — ", " -- "]
                .iter()
                .any(|d| self.body.contains(d))
    }

    /// The training target: furniture or metadata to take out of the text.
    fn target(&self) -> bool {
        self.label == 'F' || (self.label == 'M' && !self.dateline_paragraph())
    }

    /// Content, as the test counts it for "kept".
    fn is_content(&self) -> bool {
        matches!(self.label, 'T' | 'C') || self.dateline_paragraph()
    }

    fn rules_decision(&self) -> Decision {
        match self.rules {
            Rules::Keep | Rules::KeepDateline => Decision::Keep,
            Rules::Furniture | Rules::Vanished => Decision::Drop,
            Rules::Metadata => Decision::Move,
        }
    }
}

#[derive(Debug)]
struct Page {
    set: usize,
    name: String,
    /// Every non-blank input line, in order (all are labelled in these fixtures).
    lines: Vec<Line>,
    /// Line keys of the metadata values the rules found.
    meta_keys: Vec<String>,
}

fn key(s: &str) -> String {
    let mut k = String::new();
    line_key(s, &mut k);
    k
}

/// Loads one set and runs the rules on it as tests/furniture.rs does.
fn load_set(root: &Path, set: usize) -> anyhow::Result<Vec<Page>> {
    let folder = SETS[set];
    let dir = root.join("fixtures/normalize").join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    let mut raws = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p)?;
        let mut raw = String::new();
        let mut labels = Vec::new();
        for line in text.lines() {
            let (label, body) = match line.split_once("| ") {
                Some((l, b)) if l.len() == 1 => (l.chars().next().unwrap_or(' '), b),
                _ => (' ', line),
            };
            raw.push_str(body);
            raw.push('\n');
            labels.push((label, body.to_owned()));
        }
        let name = format!(
            "{folder}/{}",
            p.file_name().unwrap_or_default().to_string_lossy()
        );
        raws.push((name, raw, labels));
    }
    let mut stats = CorpusStats::default();
    for (_, raw, _) in &raws {
        stats.observe(raw);
    }
    let config = NormalizeConfig {
        repeat_min_articles: 3,
        ..NormalizeConfig::default()
    };
    let normalizer = Normalizer::new(config, stats);
    let mut pages = Vec::new();
    for (name, raw, labels) in raws {
        let mut doc = Document::new(name.clone(), Source::file(name.clone()), raw);
        doc.title_from_text = true;
        normalizer.normalize(&mut doc);
        pages.push(read_decisions(set, name, &labels, &doc)?);
    }
    Ok(pages)
}

/// The rules' decision on every input line, from the document's edits and output.
fn read_decisions(
    set: usize,
    name: String,
    labels: &[(char, String)],
    doc: &Document,
) -> anyhow::Result<Page> {
    // Input line number (1-based) -> what happened to it.
    let mut removed: HashMap<usize, (Rules, String, String)> = HashMap::new();
    let mut dateline: HashMap<usize, String> = HashMap::new();
    // The in-line cleaning edits of each line, in order, to replay.
    let mut cleaning: HashMap<usize, Vec<&copydesk_doc::Edit>> = HashMap::new();
    for e in &doc.edits {
        match (e.kind, e.offset) {
            (
                EditKind::Unicode
                | EditKind::Whitespace
                | EditKind::Quote
                | EditKind::Typography
                | EditKind::Mojibake
                | EditKind::Marker,
                Some(_),
            ) => cleaning.entry(e.line).or_default().push(e),
            (EditKind::Furniture, None) => {
                removed.insert(
                    e.line,
                    (Rules::Furniture, e.reason.clone(), e.before.clone()),
                );
            }
            (EditKind::Metadata, None) => {
                removed.insert(
                    e.line,
                    (Rules::Metadata, e.reason.clone(), e.before.clone()),
                );
            }
            (EditKind::Metadata, Some(_)) => {
                dateline.insert(e.line, e.reason.clone());
            }
            _ => {}
        }
    }
    // The kept lines, in order, are the title (when taken) and the output text's lines.
    let mut out: Vec<String> = doc.title.iter().cloned().collect();
    if !doc.text.is_empty() {
        out.extend(doc.text.split('\n').map(str::to_owned));
    }
    let mut out = out.into_iter();
    let mut lines = Vec::new();
    for (i, (label, body)) in labels.iter().enumerate() {
        let number = i + 1;
        if body.trim().is_empty() {
            continue;
        }
        ensure!(*label != ' ', "{name}:{number}: unlabelled line");
        let (rules, reason, text) = if let Some((r, reason, before)) = removed.remove(&number) {
            (r, reason, before)
        } else if let Some(reason) = dateline.remove(&number) {
            let text = out
                .next()
                .with_context(|| format!("{name}: fewer output lines than kept input lines"))?;
            (Rules::KeepDateline, reason, text)
        } else if replay(body, cleaning.get(&number).map_or(&[], Vec::as_slice))
            .trim()
            .is_empty()
        {
            (Rules::Vanished, String::new(), String::new())
        } else {
            let text = out
                .next()
                .with_context(|| format!("{name}: fewer output lines than kept input lines"))?;
            (Rules::Keep, String::new(), text)
        };
        lines.push(Line {
            label: *label,
            body: body.clone(),
            text,
            rules,
            reason,
        });
    }
    if out.next().is_some() {
        bail!("{name}: more output lines than kept input lines");
    }
    let meta_keys = doc
        .metadata
        .values()
        .flat_map(|v| match v {
            serde_json::Value::Array(a) => a.clone(),
            other => vec![other.clone()],
        })
        .filter_map(|v| v.as_str().map(key))
        .collect();
    let page = Page {
        set,
        name,
        lines,
        meta_keys,
    };
    // The rules' decisions rebuild the document's own output.
    let decisions: Vec<Decision> = page.lines.iter().map(Line::rules_decision).collect();
    let (title, text) = output(&page, &decisions);
    ensure!(
        title.as_deref() == doc.title.as_deref() && text.join("\n") == doc.text,
        "{}: the rules' decisions do not rebuild the output",
        page.name
    );
    Ok(page)
}

/// A line with its in-line edits applied in order (each replaces `before` at `offset`).
fn replay(line: &str, edits: &[&copydesk_doc::Edit]) -> String {
    let mut s = line.to_owned();
    for e in edits {
        let Some(off) = e.offset else { continue };
        if s.get(off..).is_some_and(|rest| rest.starts_with(&e.before)) {
            s.replace_range(off..off + e.before.len(), &e.after);
        }
    }
    s
}

/// The title and text lines a page comes out as under `decisions`: the kept lines in order,
/// the first of them the title when it reads as one (as `Document::extract_title` does).
fn output(page: &Page, decisions: &[Decision]) -> (Option<String>, Vec<String>) {
    let kept: Vec<&str> = page
        .lines
        .iter()
        .zip(decisions)
        .filter(|(l, d)| **d == Decision::Keep && l.rules != Rules::Vanished)
        .map(|(l, _)| l.text.as_str())
        .collect();
    match kept.split_first() {
        Some((first, rest)) if !rest.is_empty() && copydesk_doc::looks_like_title(first) => (
            Some(first.trim().to_owned()),
            rest.iter().map(|s| (*s).to_owned()).collect(),
        ),
        _ => (None, kept.iter().map(|s| (*s).to_owned()).collect()),
    }
}

/// What one set measured, counted as tests/furniture.rs counts.
#[derive(Debug, Default, Clone, Copy)]
struct Figures {
    furniture: usize,
    removed: usize,
    content: usize,
    kept: usize,
    meta: usize,
    /// Metadata lines moved into the metadata (gone from the text, a value part of the line).
    moved: usize,
    /// Metadata lines gone from the text, moved or dropped.
    meta_out: usize,
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.furniture += o.furniture;
        self.removed += o.removed;
        self.content += o.content;
        self.kept += o.kept;
        self.meta += o.meta;
        self.moved += o.moved;
        self.meta_out += o.meta_out;
    }

    fn removed_pct(&self) -> f64 {
        100.0 * self.removed as f64 / self.furniture.max(1) as f64
    }

    fn kept_pct(&self) -> f64 {
        100.0 * self.kept as f64 / self.content.max(1) as f64
    }
}

/// The test's measure of one page's output.
fn measure(page: &Page, decisions: &[Decision]) -> Figures {
    let (title, text) = output(page, decisions);
    let out: Vec<String> = title.iter().chain(&text).map(|s| key(s)).collect();
    let present = |k: &str| out.iter().any(|o| o == k);
    let kept_tail = |k: &str| {
        out.iter()
            .any(|o| o.len() * 2 >= k.len() && k.ends_with(o.as_str()))
    };
    let title_key = title.as_deref().map(key);
    let mut f = Figures::default();
    for l in &page.lines {
        let k = key(&l.body);
        match l.label {
            'F' => {
                f.furniture += 1;
                f.removed += usize::from(!present(&k));
            }
            'T' => {
                f.content += 1;
                f.kept += usize::from(title_key.as_deref() == Some(k.as_str()));
            }
            'C' => {
                f.content += 1;
                f.kept += usize::from(present(&k));
            }
            _ => {
                f.meta += 1;
                let in_meta = page
                    .meta_keys
                    .iter()
                    .any(|v| !v.is_empty() && k.contains(v.as_str()));
                f.moved += usize::from(!present(&k) && in_meta);
                f.meta_out += usize::from(!present(&k));
                if l.dateline_paragraph() {
                    f.content += 1;
                    f.kept += usize::from(kept_tail(&k));
                }
            }
        }
    }
    f
}

// ---- Features ---------------------------------------------------------------------------

/// FNV-1a, 64 bits, with a seed mixed in first: a stable hash for feature buckets.
fn fnv(seed: u64, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The shape of one line.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    words: usize,
    chars: usize,
    ends_sentence: bool,
    ends_colon: bool,
    caps: f32,
    digits: f32,
    title_case: f32,
    all_caps: bool,
    pipe: bool,
    middot: bool,
    arrow: bool,
    slash: bool,
    dash_sep: bool,
    bullet: bool,
    starts_digit: bool,
    web: bool,
    copyright: bool,
    quote: bool,
    question: bool,
    paren: bool,
}

impl Shape {
    fn of(line: &str) -> Shape {
        let t = line.trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
        let chars = t.chars().count();
        let alpha_words: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .collect();
        let capital_words = alpha_words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let end = t.trim_end_matches(['"', '”', '’', '\'', ')']);
        Shape {
            words: words.len(),
            chars,
            ends_sentence: end.ends_with(['.', '!', '?']),
            ends_colon: t.ends_with(':'),
            caps: upper as f32 / letters.max(1) as f32,
            digits: digits as f32 / chars.max(1) as f32,
            title_case: capital_words as f32 / alpha_words.len().max(1) as f32,
            all_caps: letters >= 3 && upper == letters,
            pipe: t.contains(" | ") || t.contains('|'),
            middot: t.contains('·') || t.contains(" • "),
            arrow: t.contains('›') || t.contains('»') || t.contains(" > "),
            slash: t.contains(" / "),
            dash_sep: t.contains(" - ") || t.contains(" – ") || t.contains(" — "),
            bullet: t.starts_with(['-', '•', '*', '–', '—', '·']),
            starts_digit: t.starts_with(|c: char| c.is_ascii_digit()),
            web: t.contains('@') || t.contains("http") || t.contains("www.") || t.contains(".com"),
            copyright: t.contains('©') || t.to_lowercase().contains("copyright"),
            quote: t.contains(['"', '“', '”']),
            question: t.contains('?'),
            paren: t.contains('(') || t.contains('['),
        }
    }

    /// A paragraph of the story, by shape.
    fn long(&self) -> bool {
        self.words >= 20 && self.ends_sentence
    }
}

/// Builds sparse feature vectors; named features get fixed indices in order of first use.
#[derive(Debug, Default)]
struct Featurizer {
    names: HashMap<String, u32>,
    order: Vec<String>,
    /// Leave out the rules' decisions and reasons (an ablation).
    no_rules: bool,
    /// Leave out the hashed words and word pairs (an ablation).
    no_words: bool,
}

#[derive(Debug, Default)]
struct Row {
    x: Vec<(u32, f32)>,
}

impl Featurizer {
    fn named(&mut self, row: &mut Row, name: &str, v: f32) {
        if v == 0.0 {
            return;
        }
        let next = self.order.len() as u32;
        let i = *self.names.entry(name.to_owned()).or_insert_with(|| {
            self.order.push(name.to_owned());
            next
        });
        assert!(i < NAMED_MAX, "too many named features");
        row.x.push((i, v));
    }

    fn flag(&mut self, row: &mut Row, name: &str, on: bool) {
        self.named(row, name, f32::from(u8::from(on)));
    }

    fn hashed(row: &mut Row, seed: u64, s: &str, v: f32) {
        let b = fnv(seed, s) & ((1 << HASH_BITS) - 1);
        row.x.push((NAMED_MAX + b as u32, v));
    }

    fn shape(&mut self, row: &mut Row, p: &str, s: &Shape) {
        let bin = match s.words {
            0 => "0",
            1 => "1",
            2 => "2",
            3 => "3",
            4..=5 => "4-5",
            6..=9 => "6-9",
            10..=15 => "10-15",
            16..=25 => "16-25",
            _ => "26+",
        };
        self.flag(row, &format!("{p}words={bin}"), true);
        self.named(
            row,
            &format!("{p}log_words"),
            (s.words as f32 + 1.0).ln() / 4.0,
        );
        self.named(
            row,
            &format!("{p}log_chars"),
            (s.chars as f32 + 1.0).ln() / 6.0,
        );
        self.flag(row, &format!("{p}ends_sentence"), s.ends_sentence);
        self.flag(row, &format!("{p}ends_colon"), s.ends_colon);
        self.named(row, &format!("{p}caps"), s.caps);
        self.named(row, &format!("{p}digits"), s.digits);
        self.named(row, &format!("{p}title_case"), s.title_case);
        self.flag(row, &format!("{p}all_caps"), s.all_caps);
        self.flag(row, &format!("{p}pipe"), s.pipe);
        self.flag(row, &format!("{p}middot"), s.middot);
        self.flag(row, &format!("{p}arrow"), s.arrow);
        self.flag(row, &format!("{p}slash"), s.slash);
        self.flag(row, &format!("{p}dash_sep"), s.dash_sep);
        self.flag(row, &format!("{p}bullet"), s.bullet);
        self.flag(row, &format!("{p}starts_digit"), s.starts_digit);
        self.flag(row, &format!("{p}web"), s.web);
        self.flag(row, &format!("{p}copyright"), s.copyright);
        self.flag(row, &format!("{p}quote"), s.quote);
        self.flag(row, &format!("{p}question"), s.question);
        self.flag(row, &format!("{p}paren"), s.paren);
        self.flag(row, &format!("{p}long"), s.long());
    }

    fn rules(&mut self, row: &mut Row, p: &str, l: &Line) {
        if self.no_rules {
            return;
        }
        let r = match l.rules {
            Rules::Keep => "keep",
            Rules::KeepDateline => "keep_dateline",
            Rules::Furniture => "furniture",
            Rules::Metadata => "metadata",
            Rules::Vanished => "vanished",
        };
        self.flag(row, &format!("{p}rules={r}"), true);
    }

    /// The features of line `i` of `page`.
    fn line(&mut self, page: &Page, shapes: &[Shape], i: usize) -> Row {
        let mut row = Row::default();
        let n = page.lines.len();
        let l = &page.lines[i];
        self.flag(&mut row, "bias", true);
        // The rules: decision, reason in buckets, and the neighbours' decisions.
        self.rules(&mut row, "", l);
        if !l.reason.is_empty() && !self.no_rules {
            let b = fnv(7, &l.reason) % REASON_BUCKETS;
            self.flag(&mut row, &format!("reason#{b}"), true);
        }
        // Shape, this line and its neighbours.
        self.shape(&mut row, "", &shapes[i]);
        match i.checked_sub(1) {
            Some(j) => {
                self.shape(&mut row, "prev:", &shapes[j]);
                self.rules(&mut row, "prev:", &page.lines[j]);
            }
            None => self.flag(&mut row, "prev:none", true),
        }
        match (i + 1 < n).then_some(i + 1) {
            Some(j) => {
                self.shape(&mut row, "next:", &shapes[j]);
                self.rules(&mut row, "next:", &page.lines[j]);
            }
            None => self.flag(&mut row, "next:none", true),
        }
        // Position.
        let bin = |k: usize| match k {
            0 => "0",
            1 => "1",
            2 => "2",
            3..=4 => "3-4",
            5..=9 => "5-9",
            10..=19 => "10-19",
            _ => "20+",
        };
        self.flag(&mut row, &format!("from_top={}", bin(i)), true);
        self.flag(&mut row, &format!("from_bottom={}", bin(n - 1 - i)), true);
        self.named(&mut row, "relative", i as f32 / (n.max(2) - 1) as f32);
        let first_long = shapes.iter().position(Shape::long);
        let last_long = shapes.iter().rposition(Shape::long);
        match (first_long, last_long) {
            (Some(a), Some(b)) => {
                self.flag(&mut row, "before_first_long", i < a);
                self.flag(&mut row, "after_last_long", i > b);
                self.flag(&mut row, "within_story", i >= a && i <= b);
            }
            _ => self.flag(&mut row, "no_long", true),
        }
        let window = i.saturating_sub(3)..(i + 4).min(n);
        let long_near = window.clone().filter(|&j| shapes[j].long()).count();
        self.named(&mut row, "long_near", long_near as f32 / 7.0);
        let short_near = window.filter(|&j| shapes[j].words <= 6).count();
        self.named(&mut row, "short_near", short_near as f32 / 7.0);
        // Words and word pairs, lower-cased, digits folded.
        let words: Vec<String> = l
            .body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                w.chars()
                    .map(|c| if c.is_ascii_digit() { '0' } else { c })
                    .flat_map(char::to_lowercase)
                    .collect()
            })
            .collect();
        if !words.is_empty() && !self.no_words {
            let v = 1.0 / (words.len() as f32).sqrt();
            for w in &words {
                Self::hashed(&mut row, 1, w, v);
            }
            for pair in words.windows(2) {
                Self::hashed(&mut row, 2, &format!("{} {}", pair[0], pair[1]), v);
            }
            Self::hashed(&mut row, 3, &words[0], 1.0);
        }
        // One entry per index.
        row.x.sort_by_key(|(j, _)| *j);
        row.x.dedup_by(|b, a| {
            if a.0 == b.0 {
                a.1 += b.1;
                true
            } else {
                false
            }
        });
        row
    }
}

// ---- The model --------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Train {
    l2: f64,
    batch: usize,
    epochs: usize,
    steps: usize,
    lr: f64,
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn score(w: &[f64], row: &Row) -> f64 {
    sigmoid(
        row.x
            .iter()
            .map(|&(j, v)| w[j as usize] * f64::from(v))
            .sum(),
    )
}

/// Logistic regression by Adam on the mean log loss plus l2/2 |w|^2 (the bias not
/// penalised), from zero. Mini-batch (`t.batch` rows, `t.epochs` passes, the rows shuffled
/// each pass by a fixed-seed generator) or, with `t.batch == 0`, full-batch for `t.steps`
/// steps. Deterministic: the same rows in the same order give the same weights.
fn train(rows: &[&Row], ys: &[bool], t: Train) -> Vec<f64> {
    let mut w = vec![0.0f64; DIM];
    let mut m = vec![0.0f64; DIM];
    let mut v = vec![0.0f64; DIM];
    let mut g = vec![0.0f64; DIM];
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut rng = Lcg(0x5eed_f00d);
    let mut batches: Vec<Vec<usize>> = Vec::new();
    if t.batch == 0 {
        batches.extend(std::iter::repeat_n(order.clone(), t.steps));
    } else {
        for _ in 0..t.epochs {
            rng.shuffle(&mut order);
            batches.extend(order.chunks(t.batch).map(<[usize]>::to_vec));
        }
    }
    for (step, batch) in batches.iter().enumerate() {
        g.iter_mut().for_each(|x| *x = 0.0);
        for &i in batch {
            let err = score(&w, rows[i]) - f64::from(u8::from(ys[i]));
            for &(j, x) in &rows[i].x {
                g[j as usize] += err * f64::from(x);
            }
        }
        let n = batch.len().max(1) as f64;
        let c1 = 1.0 - b1.powi(step as i32 + 1);
        let c2 = 1.0 - b2.powi(step as i32 + 1);
        for j in 0..DIM {
            // Index 0 is the bias (the first named feature).
            let reg = if j == 0 { 0.0 } else { t.l2 * w[j] };
            let gj = g[j] / n + reg;
            m[j] = b1 * m[j] + (1.0 - b1) * gj;
            v[j] = b2 * v[j] + (1.0 - b2) * gj * gj;
            w[j] -= t.lr * (m[j] / c1) / ((v[j] / c2).sqrt() + eps);
        }
    }
    w
}

/// A small fixed-seed generator (64-bit LCG, the high bits used) for the shuffles.
#[derive(Debug)]
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// Fisher-Yates.
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// One labelled line for training and threshold choice.
#[derive(Debug)]
struct Example {
    set: usize,
    row: Row,
    target: bool,
    content: bool,
    furniture: bool,
    rules: Decision,
}

fn fit(examples: &[Example], sets: &[usize], t: Train) -> Vec<f64> {
    let chosen: Vec<&Example> = examples.iter().filter(|e| sets.contains(&e.set)).collect();
    let rows: Vec<&Row> = chosen.iter().map(|e| &e.row).collect();
    let ys: Vec<bool> = chosen.iter().map(|e| e.target).collect();
    train(&rows, &ys, t)
}

/// Thresholds chosen on the training sets' out-of-fold predictions.
#[derive(Debug, Clone, Copy)]
struct Thresholds {
    /// (b): drop when P >= this.
    alone: f64,
    /// (b'): drop when P >= this, the rules' own content kept on the training sets.
    alone_matched: f64,
    /// (c): drop a line the rules kept when P >= this.
    hi: f64,
    /// (c): restore a line the rules took out when P <= this.
    lo: f64,
}

/// The lowest threshold (drop when P >= t) that keeps at least `target` of the content lines.
fn threshold_keeping(content_scores: &[f64], target: f64) -> f64 {
    let mut s: Vec<f64> = content_scores.to_vec();
    s.sort_by(|a, b| b.total_cmp(a));
    let n = s.len();
    // At most `allowed` content lines may score at or above the threshold.
    let allowed = ((1.0 - target) * n as f64 + 1e-9).floor() as usize;
    match (
        s.get(allowed),
        allowed.checked_sub(1).and_then(|k| s.get(k)),
    ) {
        (Some(&next), Some(&last)) => (next + last) / 2.0,
        (Some(&next), None) => next + 1e-12,
        (None, _) => 0.0,
    }
}

fn choose_thresholds(oof: &[(&Example, f64)], keep_target: f64) -> Thresholds {
    let content: Vec<f64> = oof
        .iter()
        .filter(|(e, _)| e.content)
        .map(|(_, p)| *p)
        .collect();
    let n_content = content.len().max(1) as f64;
    let rules_kept = oof
        .iter()
        .filter(|(e, _)| e.content && e.rules == Decision::Keep)
        .count() as f64
        / n_content;
    let alone = threshold_keeping(&content, keep_target);
    let alone_matched = threshold_keeping(&content, rules_kept);
    // (c): the pair that removes the most furniture while keeping at least the rules' share of
    // content on the training sets; ties go to the larger t_hi and smaller t_lo (fewer changes).
    const HI: [f64; 14] = [
        0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999, 2.0,
    ];
    const LO: [f64; 10] = [-1.0, 0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4];
    let mut best: Option<(usize, usize, f64, f64)> = None;
    for &hi in HI.iter().rev() {
        for &lo in &LO {
            let (mut removed, mut kept) = (0usize, 0usize);
            for (e, p) in oof {
                let keep = combine(e.rules, *p, hi, lo) == Decision::Keep;
                removed += usize::from(e.furniture && !keep);
                kept += usize::from(e.content && keep);
            }
            if (kept as f64) / n_content + 1e-12 < rules_kept {
                continue;
            }
            if best.is_none_or(|(r, k, _, _)| (removed, kept) > (r, k)) {
                best = Some((removed, kept, hi, lo));
            }
        }
    }
    let (hi, lo) = best.map_or((2.0, -1.0), |(_, _, hi, lo)| (hi, lo));
    Thresholds {
        alone,
        alone_matched,
        hi,
        lo,
    }
}

fn combine(rules: Decision, p: f64, hi: f64, lo: f64) -> Decision {
    match rules {
        Decision::Keep if p >= hi => Decision::Drop,
        Decision::Drop | Decision::Move if p <= lo => Decision::Keep,
        d => d,
    }
}

/// The result of one held-out set.
#[derive(Debug)]
struct Fold {
    thresholds: Thresholds,
    /// Per page: P for every line.
    probs: Vec<Vec<f64>>,
}

/// Every model the evaluation needs. For held-out set S the final model is trained on all
/// sets but S; its thresholds come from the out-of-fold predictions of an inner
/// leave-one-set-out over the other sets, whose model for inner set T is trained on all sets
/// but S and T - the same model as S's for T's fold, so each pair's model is trained once.
fn run_folds(
    n: usize,
    examples: &[Example],
    rows_by_page: &[(usize, Vec<Row>)],
    t: Train,
    keep_target: f64,
) -> Vec<Fold> {
    // (left-out sets, model): pairs for the inner folds, singles for the final models.
    let jobs: Vec<Vec<usize>> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| vec![a, b]))
        .chain((0..n).map(|a| vec![a]))
        .collect();
    let models: Vec<Vec<f64>> = jobs
        .par_iter()
        .map(|out| {
            let sets: Vec<usize> = (0..n).filter(|s| !out.contains(s)).collect();
            fit(examples, &sets, t)
        })
        .collect();
    let model = |out: &[usize]| -> &[f64] {
        let i = jobs.iter().position(|j| j == out).unwrap_or_default();
        &models[i]
    };
    (0..n)
        .map(|held| {
            let mut oof: Vec<(&Example, f64)> = Vec::new();
            for inner in (0..n).filter(|&s| s != held) {
                let w = model(&[held.min(inner), held.max(inner)]);
                oof.extend(
                    examples
                        .iter()
                        .filter(|e| e.set == inner)
                        .map(|e| (e, score(w, &e.row))),
                );
            }
            let thresholds = choose_thresholds(&oof, keep_target);
            let w = model(&[held]);
            let probs = rows_by_page
                .iter()
                .filter(|(s, _)| *s == held)
                .map(|(_, rows)| rows.iter().map(|r| score(w, r)).collect())
                .collect();
            Fold { thresholds, probs }
        })
        .collect()
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let root = crate::project_root();
    let mut pages = Vec::new();
    for set in 0..SETS.len() {
        pages.extend(load_set(&root, set)?);
    }
    // Features, in a fixed order (named features take indices as first met).
    let mut fz = Featurizer {
        no_rules: args.no_rules_features,
        no_words: args.no_words,
        ..Featurizer::default()
    };
    let mut rows_by_page: Vec<(usize, Vec<Row>)> = Vec::new();
    let mut examples = Vec::new();
    for page in &pages {
        let shapes: Vec<Shape> = page.lines.iter().map(|l| Shape::of(&l.body)).collect();
        let rows: Vec<Row> = (0..page.lines.len())
            .map(|i| fz.line(page, &shapes, i))
            .collect();
        for (l, row) in page.lines.iter().zip(&rows) {
            examples.push(Example {
                set: page.set,
                row: Row { x: row.x.clone() },
                target: l.target(),
                content: l.is_content(),
                furniture: l.label == 'F',
                rules: l.rules_decision(),
            });
        }
        rows_by_page.push((page.set, rows));
    }
    let t = Train {
        l2: args.l2,
        batch: args.batch,
        epochs: args.epochs,
        steps: args.steps,
        lr: args.lr,
    };
    let folds = run_folds(SETS.len(), &examples, &rows_by_page, t, args.keep_target);

    // Measure every held-out set three (four) ways.
    let mut report = String::new();
    let _ = writeln!(
        report,
        "furniture-model: {} pages, {} labelled lines, {} named features + 2^{HASH_BITS} hashed; \
         l2 {}, Adam lr {}, {}",
        pages.len(),
        examples.len(),
        fz.order.len(),
        args.l2,
        args.lr,
        if args.batch == 0 {
            format!("{} full-batch steps", args.steps)
        } else {
            format!("batches of {}, {} epochs", args.batch, args.epochs)
        }
    );
    let _ = writeln!(
        report,
        "leave-one-set-out; thresholds from inner leave-one-set-out on the training sets only{}{}\n",
        if args.no_rules_features {
            "; ablation: no rules features"
        } else {
            ""
        },
        if args.no_words {
            "; ablation: no words"
        } else {
            ""
        }
    );
    let _ = writeln!(
        report,
        "{:<20} {:>13} {:>13} {:>13} {:>13} {:>25}",
        "set", "(a) rules", "(b) model", "(b') model", "(c) combined", "thresholds b / b' / c"
    );
    let _ = writeln!(
        report,
        "{:<20} {:>13} {:>13} {:>13} {:>13}",
        "", "rem% / kept%", "rem% / kept%", "rem% / kept%", "rem% / kept%"
    );
    let mut per_set = Vec::new();
    // Every page's figures under the four systems, with its set.
    let mut per_page: Vec<(usize, [Figures; 4])> = Vec::new();
    let mut changes = String::new();
    for (held, fold) in folds.iter().enumerate() {
        let mut figs = [Figures::default(); 4];
        let th = fold.thresholds;
        for (page, probs) in pages.iter().filter(|p| p.set == held).zip(&fold.probs) {
            let rules: Vec<Decision> = page.lines.iter().map(Line::rules_decision).collect();
            let alone = |t: f64| -> Vec<Decision> {
                probs
                    .iter()
                    .map(|&p| {
                        if p >= t {
                            Decision::Drop
                        } else {
                            Decision::Keep
                        }
                    })
                    .collect()
            };
            let b = alone(th.alone);
            let b2 = alone(th.alone_matched);
            let c: Vec<Decision> = rules
                .iter()
                .zip(probs)
                .map(|(&r, &p)| combine(r, p, th.hi, th.lo))
                .collect();
            let mut page_figs = [Figures::default(); 4];
            for (k, d) in [&rules, &b, &b2, &c].into_iter().enumerate() {
                page_figs[k] = measure(page, d);
                figs[k].add(&page_figs[k]);
            }
            per_page.push((held, page_figs));
            if args.show_changes {
                let keep = |d: Decision| d == Decision::Keep;
                let word = |d: Decision| if keep(d) { "keep" } else { "out" };
                for (i, l) in page.lines.iter().enumerate() {
                    if keep(rules[i]) != keep(b2[i]) || keep(rules[i]) != keep(c[i]) {
                        let _ = writeln!(
                            changes,
                            "{}:{} {}| P={:.3} rules {} b' {} c {}: {}",
                            page.name,
                            i + 1,
                            l.label,
                            probs[i],
                            word(rules[i]),
                            word(b2[i]),
                            word(c[i]),
                            l.body
                        );
                    }
                }
            }
        }
        let _ = writeln!(
            report,
            "{:<20} {} {} {} {} {:>25}",
            SETS[held],
            cell(&figs[0]),
            cell(&figs[1]),
            cell(&figs[2]),
            cell(&figs[3]),
            format!(
                "{:.3} / {:.3} / {}",
                th.alone,
                th.alone_matched,
                hi_lo(th.hi, th.lo)
            )
        );
        per_set.push(figs[0]);
    }
    let group = |sets: std::ops::Range<usize>| -> Vec<[Figures; 4]> {
        per_page
            .iter()
            .filter(|(s, _)| sets.contains(s))
            .map(|(_, f)| *f)
            .collect()
    };
    let total = |pages: &[[Figures; 4]]| -> [Figures; 4] {
        let mut t = [Figures::default(); 4];
        for p in pages {
            for k in 0..4 {
                t[k].add(&p[k]);
            }
        }
        t
    };
    let groups = [
        ("pooled heldout7-13", FIRST_POOLED..SETS.len()),
        ("pooled heldout12-13", UNTUNED..SETS.len()),
        ("pooled all 14 sets", 0..SETS.len()),
    ];
    for (name, sets) in &groups {
        let f = total(&group(sets.clone()));
        let _ = writeln!(
            report,
            "{:<20} {} {} {} {}",
            name,
            cell(&f[0]),
            cell(&f[1]),
            cell(&f[2]),
            cell(&f[3])
        );
    }
    for (name, sets) in &groups[..2] {
        let pages = group(sets.clone());
        let f = total(&pages);
        let _ = writeln!(
            report,
            "\n{name}: counts (furniture removed, content kept, metadata lines out of the text)"
        );
        for (k, system) in ["(a)", "(b)", "(b')", "(c)"].iter().enumerate() {
            let f = &f[k];
            let _ = writeln!(
                report,
                "  {system:<5} {}/{} = {:.1}%, {}/{} = {:.1}%, metadata out {}/{} (moved by the rules {})",
                f.removed,
                f.furniture,
                f.removed_pct(),
                f.kept,
                f.content,
                f.kept_pct(),
                f.meta_out,
                f.meta,
                f.moved
            );
        }
        let _ = writeln!(
            report,
            "  paired bootstrap over its {} pages (2000 resamples, fixed seed), difference from \
             (a) in points, 95% interval:",
            pages.len()
        );
        for (k, system) in [(1, "(b)"), (2, "(b')"), (3, "(c)")] {
            let (rem, kept) = bootstrap(&pages, k, 2000);
            let _ = writeln!(
                report,
                "  {system:<5} removed {:+.1} [{:+.1}, {:+.1}], kept {:+.1} [{:+.1}, {:+.1}]",
                f[k].removed_pct() - f[0].removed_pct(),
                rem.0,
                rem.1,
                f[k].kept_pct() - f[0].kept_pct(),
                kept.0,
                kept.1
            );
        }
    }
    let _ = writeln!(
        report,
        "\nthe rules' counts per set (as tests/furniture.rs prints them; heldout6 as one corpus):"
    );
    for (set, f) in SETS.iter().zip(&per_set) {
        let _ = writeln!(
            report,
            "  {set:<20} furniture removed {}/{}, content kept {}/{}, metadata moved {}/{}",
            f.removed, f.furniture, f.kept, f.content, f.moved, f.meta
        );
    }
    let _ = writeln!(report, "\ntook {:.1} s", started.elapsed().as_secs_f64());
    print!("{report}");
    if args.show_changes {
        print!("\n{changes}");
    }
    Ok(())
}

/// 95% intervals of system `k`'s difference from the rules (system 0) in removed% and kept%,
/// pooled over pages drawn with replacement.
fn bootstrap(pages: &[[Figures; 4]], k: usize, resamples: usize) -> ((f64, f64), (f64, f64)) {
    let mut rng = Lcg(0xb007_5eed);
    let (mut rem, mut kept) = (Vec::new(), Vec::new());
    for _ in 0..resamples {
        let (mut a, mut m) = (Figures::default(), Figures::default());
        for _ in 0..pages.len() {
            let p = &pages[(rng.next() % pages.len() as u64) as usize];
            a.add(&p[0]);
            m.add(&p[k]);
        }
        rem.push(m.removed_pct() - a.removed_pct());
        kept.push(m.kept_pct() - a.kept_pct());
    }
    let interval = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        (at(0.025), at(0.975))
    };
    (interval(&mut rem), interval(&mut kept))
}

fn cell(f: &Figures) -> String {
    format!("{:>5.1} / {:>5.1}", f.removed_pct(), f.kept_pct())
}

fn hi_lo(hi: f64, lo: f64) -> String {
    let hi = if hi > 1.0 {
        "never".to_owned()
    } else {
        format!("{hi}")
    };
    let lo = if lo < 0.0 {
        "never".to_owned()
    } else {
        format!("{lo}")
    };
    format!("{hi},{lo}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn train() -> Train {
        Train {
            l2: 1e-4,
            batch: 64,
            epochs: 5,
            steps: 0,
            lr: 0.05,
        }
    }

    /// Four sets of made-up rows: a feature that tells the target, one that is noise.
    fn synthetic() -> (Vec<Example>, Vec<(usize, Vec<Row>)>) {
        let mut rng = Lcg(42);
        let mut examples = Vec::new();
        let mut rows_by_page = Vec::new();
        for set in 0..4 {
            let mut rows = Vec::new();
            for i in 0..50u32 {
                let target = i.is_multiple_of(3);
                let noisy = rng.next().is_multiple_of(5);
                let x = vec![
                    (0, 1.0),
                    (1, if target != noisy { 1.0 } else { 0.0 }),
                    (2 + (rng.next() % 8) as u32, 1.0),
                ];
                examples.push(Example {
                    set,
                    row: Row { x: x.clone() },
                    target,
                    content: !target,
                    furniture: target,
                    rules: if i.is_multiple_of(2) {
                        Decision::Keep
                    } else {
                        Decision::Drop
                    },
                });
                rows.push(Row { x });
            }
            rows_by_page.push((set, rows));
        }
        (examples, rows_by_page)
    }

    /// The held-out set's labels play no part in its fold: flipping them all changes neither
    /// its thresholds nor its probabilities.
    #[test]
    fn a_fold_never_reads_its_held_out_labels() {
        let (examples, rows) = synthetic();
        let before = run_folds(4, &examples, &rows, train(), 0.99);
        let (mut flipped, rows2) = synthetic();
        for e in flipped.iter_mut().filter(|e| e.set == 2) {
            e.target = !e.target;
            e.content = !e.content;
            e.furniture = !e.furniture;
            e.rules = Decision::Move;
        }
        let after = run_folds(4, &flipped, &rows2, train(), 0.99);
        let (a, b) = (&before[2], &after[2]);
        assert_eq!(a.probs, b.probs);
        assert_eq!(
            (a.thresholds.alone, a.thresholds.alone_matched),
            (b.thresholds.alone, b.thresholds.alone_matched)
        );
        assert_eq!(
            (a.thresholds.hi, a.thresholds.lo),
            (b.thresholds.hi, b.thresholds.lo)
        );
        // The other folds train on set 2, so they do change.
        assert_ne!(before[0].probs, after[0].probs);
    }

    #[test]
    fn training_is_deterministic_and_learns() {
        let (examples, _) = synthetic();
        let w1 = fit(&examples, &[0, 1, 2], train());
        let w2 = fit(&examples, &[0, 1, 2], train());
        assert_eq!(w1, w2);
        let right = examples
            .iter()
            .filter(|e| e.set == 3)
            .filter(|e| (score(&w1, &e.row) >= 0.5) == e.target)
            .count();
        assert!(right >= 35, "{right} of 50");
    }

    #[test]
    fn threshold_keeps_the_share_asked() {
        let scores: Vec<f64> = (0..200).map(|i| f64::from(i) / 200.0).collect();
        let t = threshold_keeping(&scores, 0.99);
        let kept = scores.iter().filter(|&&p| p < t).count();
        assert_eq!(kept, 198);
        assert!(threshold_keeping(&scores, 1.0) > 0.995);
    }

    #[test]
    fn combine_changes_only_confident_lines() {
        assert_eq!(combine(Decision::Keep, 0.99, 0.95, 0.1), Decision::Drop);
        assert_eq!(combine(Decision::Keep, 0.9, 0.95, 0.1), Decision::Keep);
        assert_eq!(combine(Decision::Drop, 0.05, 0.95, 0.1), Decision::Keep);
        assert_eq!(combine(Decision::Move, 0.2, 0.95, 0.1), Decision::Move);
        assert_eq!(combine(Decision::Move, 0.2, 2.0, -1.0), Decision::Move);
    }

    #[test]
    fn replay_applies_edits_in_order() {
        let edit = |offset, before: &str, after: &str| copydesk_doc::Edit {
            kind: EditKind::Marker,
            before: before.to_owned(),
            after: after.to_owned(),
            line: 1,
            offset: Some(offset),
            reason: String::new(),
        };
        let (a, b) = (edit(0, "[MUSIC]", ""), edit(0, "  ", " "));
        assert_eq!(replay("[MUSIC]", &[&a]), "");
        assert_eq!(replay("  x", &[&b]), " x");
    }
}
