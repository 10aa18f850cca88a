//! Normalization of scraped news text: Unicode and typography, dropped apostrophes, site
//! furniture, with a record of every edit.
//!
//! Two passes. Pass 1 feeds every article's raw text to [`CorpusStats::observe`] (per chunk, in
//! parallel, then [`CorpusStats::merge`]); pass 2 runs a [`Normalizer`] built from the merged
//! statistics over each [`Document`]. For one-off use, [`normalize_text`] does both on a single
//! text without corpus statistics.
//!
//! Per line, in order: line breaks, mojibake repair, whitespace and control folding, NFC, the
//! quote and dash policy, inline markers; then every line is classified (content, furniture,
//! metadata), the survivors classified again until nothing more goes, and the headline chosen;
//! dropped apostrophes are restored on content lines; blank
//! lines go, so the text is one paragraph per line.
//!
//! ```
//! use copydesk_normalize::{normalize_text, NormalizeConfig};
//!
//! let raw = "USAWorld News\n\nTalks resume in Geneva\n\nThe two sides met on Friday for \
//!            the first time since May, officials said, and agreed to meet again.\n\n\
//!            Share this article\nRussiaâ€™s envoy said the talks were “useful.” [Source: TASS]\n\
//!            Back to top button";
//! let clean = normalize_text(raw, &NormalizeConfig::default());
//! assert_eq!(
//!     clean,
//!     "Talks resume in Geneva\n\
//!      The two sides met on Friday for the first time since May, officials said, and agreed to meet again.\n\
//!      Russia’s envoy said the talks were “useful.”"
//! );
//! ```
//!
//! With a document, the changes are recorded and the headline becomes the title:
//!
//! ```
//! use copydesk_doc::{Document, EditKind, Source};
//! use copydesk_normalize::{CorpusStats, NormalizeConfig, Normalizer};
//!
//! let mut doc = Document::new("a", Source::file("a.txt"),
//!     "Talks resume\nThe two sides met on Friday, officials said.\n— Jane Roe");
//! doc.title_from_text = true;
//! let counts = Normalizer::new(NormalizeConfig::default(), CorpusStats::default()).normalize(&mut doc);
//! assert_eq!(doc.title.as_deref(), Some("Talks resume"));
//! assert_eq!(doc.text, "The two sides met on Friday, officials said.");
//! assert_eq!(doc.metadata["byline"], "Jane Roe");
//! assert_eq!(counts.metadata_lines, 1);
//! assert!(doc.edits.iter().any(|e| e.kind == EditKind::Metadata));
//! ```

pub mod apostrophe;
mod furniture;
mod markers;
mod stats;
mod text;

use copydesk_doc::{Document, Edit, EditKind, Metadata};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use text::Change;

pub use furniture::line_key;
pub use stats::{CorpusStats, site_key};

/// How quotation marks (and dashes) are written in the output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuotePolicy {
    /// Curly quotes and apostrophes (“ ” ‘ ’), em dashes.
    #[default]
    Typographic,
    /// Straight quotes and apostrophes (" '), hyphens for dashes.
    Ascii,
}

impl QuotePolicy {
    /// The apostrophe this policy writes.
    pub fn apostrophe(self) -> char {
        match self {
            QuotePolicy::Typographic => '’',
            QuotePolicy::Ascii => '\'',
        }
    }
}

/// What normalization does.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct NormalizeConfig {
    /// Quote and dash style.
    pub quotes: QuotePolicy,
    /// Remove site furniture and move bylines, datelines and contributor lines into metadata.
    pub furniture: bool,
    /// Restore dropped apostrophes.
    pub apostrophes: bool,
    /// A short line found in at least this many articles of the corpus is furniture (0: never).
    pub repeat_min_articles: u32,
}

impl Default for NormalizeConfig {
    fn default() -> Self {
        NormalizeConfig {
            quotes: QuotePolicy::Typographic,
            furniture: true,
            apostrophes: true,
            repeat_min_articles: 5,
        }
    }
}

/// What normalization changed, per article or summed over a run.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct NormalizeCounts {
    /// Articles normalized.
    pub articles: u64,
    /// Non-blank input lines.
    pub lines_in: u64,
    /// Lines removed as site furniture.
    pub lines_removed: u64,
    /// Blank lines removed (the output is one paragraph per line).
    pub blank_lines_removed: u64,
    /// Inline markers cut out of paragraphs.
    pub markers_cut: u64,
    /// Lines moved into metadata (bylines, contributor lines) and datelines cut into metadata.
    pub metadata_lines: u64,
    /// Dropped apostrophes restored.
    pub apostrophes_restored: u64,
    /// Mis-decoded sequences repaired.
    pub mojibake_repaired: u64,
    /// Quotation marks changed by the quote policy.
    pub quotes_changed: u64,
    /// Dashes changed.
    pub typography_changed: u64,
    /// Whitespace and control-character fixes.
    pub whitespace_fixed: u64,
    /// Spans changed by NFC.
    pub unicode_fixed: u64,
    /// Titles taken from the text.
    pub titles: u64,
}

impl NormalizeCounts {
    /// Adds another count in.
    pub fn merge(&mut self, o: &NormalizeCounts) {
        self.articles += o.articles;
        self.lines_in += o.lines_in;
        self.lines_removed += o.lines_removed;
        self.blank_lines_removed += o.blank_lines_removed;
        self.markers_cut += o.markers_cut;
        self.metadata_lines += o.metadata_lines;
        self.apostrophes_restored += o.apostrophes_restored;
        self.mojibake_repaired += o.mojibake_repaired;
        self.quotes_changed += o.quotes_changed;
        self.typography_changed += o.typography_changed;
        self.whitespace_fixed += o.whitespace_fixed;
        self.unicode_fixed += o.unicode_fixed;
        self.titles += o.titles;
    }

    fn count(&mut self, kind: EditKind) {
        match kind {
            EditKind::Unicode => self.unicode_fixed += 1,
            EditKind::Whitespace => self.whitespace_fixed += 1,
            EditKind::Quote => self.quotes_changed += 1,
            EditKind::Typography => self.typography_changed += 1,
            EditKind::Mojibake => self.mojibake_repaired += 1,
            EditKind::Apostrophe => self.apostrophes_restored += 1,
            EditKind::Furniture => self.lines_removed += 1,
            EditKind::Marker => self.markers_cut += 1,
            EditKind::Metadata => self.metadata_lines += 1,
            EditKind::Title => self.titles += 1,
            EditKind::RepeatedPassage => {}
        }
    }
}

/// Normalizes articles with the corpus statistics of pass 1. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Normalizer {
    config: NormalizeConfig,
    stats: CorpusStats,
    /// A number no other `Normalizer` built in this process has: the owner of the memos of
    /// its frozen statistics (a clone shares them, and its statistics).
    id: u64,
}

/// How many articles a caller should hand [`Normalizer::normalize_batch`] at a time (the
/// pipeline's and the benches' batch): enough for each stage's code to stay warm in the
/// instruction cache across the batch, few enough that the batch's texts and lines stay small.
/// Measured (callgrind's cache and branch simulation, `normalize_profile article_batch` on the
/// seeds, estimated cycles per pass): 79.2M in batches of 8, 78.3M of 16, 77.7M of 32, 77.5M of
/// 64, against 82.5M article by article; past 32 the gain is small.
pub const BATCH_ARTICLES: usize = 32;

/// The next [`Normalizer::id`].
static NEXT_NORMALIZER_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// One article's state between the stages of [`Normalizer::normalize_batch`]: its lines (which
/// borrow its text, kept alive by the batch call) and the buffers that carry what one stage
/// learnt to the next. Kept per thread across calls, with no lines, so that an article
/// allocates none of them.
#[derive(Debug, Default)]
struct DocWork<'t> {
    /// The non-blank lines after the line steps, borrowing the text where unchanged; empty
    /// between calls (see [`DocWork::rebind`]).
    lines: Vec<Cow<'t, str>>,
    /// Each kept line's number in the input.
    numbers: Vec<usize>,
    /// The blank lines' numbers.
    blank: Vec<usize>,
    /// Whether each kept line survives classification.
    keep: Vec<bool>,
    /// The article's edits, as they are made; moved into the document at the end, which
    /// allocates once for their number rather than growing a vector by doubling.
    edits: Vec<Edit>,
    /// What the article's stages changed.
    counts: NormalizeCounts,
    /// The article's site key (0 when lines repeated on its site are not looked for).
    site: u64,
    /// The article's story key on its site (see `CorpusStats::story_on_site`).
    story: u64,
    /// How many lines the text has, blank ones included.
    n_lines: usize,
}

impl DocWork<'_> {
    /// The same buffers, emptied, for lines of another text: the lines' room kept (see
    /// [`recycle`]), the counts and keys reset for the next article.
    fn rebind<'u>(self) -> DocWork<'u> {
        DocWork {
            lines: recycle(self.lines),
            numbers: self.numbers,
            blank: self.blank,
            keep: self.keep,
            edits: self.edits,
            counts: NormalizeCounts::default(),
            site: 0,
            story: 0,
            n_lines: 0,
        }
    }
}

/// The buffers a stage uses on one article at a time, shared by the articles of a batch (a
/// stage finishes with one article before it starts the next).
#[derive(Debug, Default)]
struct StageBufs {
    /// The lines a classification round looks at.
    alive: Vec<usize>,
    /// The room of a classification round's list of the alive lines, empty between rounds.
    survivors: Vec<&'static str>,
    /// The room of the list of the lines kept, empty between articles.
    kept: Vec<&'static str>,
    /// What the rounds learn of each alive line.
    facts: Vec<furniture::Facts>,
    /// A round's classes of the alive lines (drained by the round that reads them).
    classes: Vec<furniture::Class>,
    /// A line's changes by the line steps (drained into the edits line by line).
    changes: Vec<Change>,
    /// A line's apostrophe restorations (drained into the edits line by line).
    restorations: Vec<apostrophe::Restoration>,
    /// The story key's text (of a line's first `stats::STORY_PREFIX` bytes at most: small).
    story_key: String,
}

/// The buffers of [`Normalizer::normalize_batch`] that outlive no call, kept per thread
/// across calls so that a batch (or a single article) allocates none of them.
#[derive(Debug, Default)]
struct BatchBufs {
    /// One article's buffers for each article of the last batch (at most [`MAX_KEPT_DOCS`]).
    docs: Vec<DocWork<'static>>,
    /// The buffers the stages share.
    stage: StageBufs,
    /// The batch's input texts, taken out of the documents; empty between calls.
    inputs: Vec<String>,
    /// The room of the list of the texts after the line-break fold, which borrow the inputs:
    /// empty between calls.
    texts: Vec<Cow<'static, str>>,
}

/// Texts of more lines than this leave the buffers they grew to be freed, not kept.
const MAX_KEPT_LINE_BUFS: usize = 4096;

/// A buffer of edits (the article's, or a line's changes or restorations) grown past this many
/// is freed, not kept (a few lines can hold many edits): about 100 KiB at most.
const MAX_KEPT_EDITS: usize = 1024;

/// Most articles' buffers kept per thread between batches: a larger batch's extra ones are
/// freed, so that one huge batch does not pin its memory to the thread.
const MAX_KEPT_DOCS: usize = 64;

thread_local! {
    /// The batch's buffers, between calls.
    static BATCH_BUFS: std::cell::RefCell<BatchBufs> = std::cell::RefCell::new(BatchBufs::default());
    /// The apostrophe restorer's memo of the next word's class, per thread, kept across the
    /// articles one `Normalizer` normalizes on it (bounded: see `apostrophe::NextMemo`).
    static NEXT_MEMO: std::cell::RefCell<apostrophe::NextMemo> =
        std::cell::RefCell::new(apostrophe::NextMemo::default());
}

/// How many times the line steps are re-run until nothing changes; one step's output can
/// (rarely) feed another's input, and a fixed point is what makes normalization idempotent.
/// Ordinary lines settle in one or two rounds; only text built to chain the steps (a combining
/// mark that composes a mis-decoded lead, decoded into a mark that composes the next one...)
/// needs more, one round a level, so the cap bounds the cost of such a line to a multiple of
/// its length. Deeper chains than this are left part repaired (see tests/robust.rs).
const MAX_ROUNDS: usize = 32;

/// Most apostrophe edits recorded one by one on a line; past it they are recorded as one.
const MAX_EDITS_PER_LINE: usize = 256;

/// Most rounds of classification on the lines that survive the round before. Real pages settle
/// in one or two; the cap bounds the cost of a page built to peel a line a round.
const MAX_CLASSIFY_ROUNDS: usize = 8;

/// How many paragraphs after the headline are searched for a dateline.
const DATELINE_LINES: usize = 3;

impl Normalizer {
    /// A normalizer for the corpus whose statistics are `stats`.
    pub fn new(config: NormalizeConfig, stats: CorpusStats) -> Self {
        let id = NEXT_NORMALIZER_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Normalizer { config, stats, id }
    }

    /// The configuration.
    pub fn config(&self) -> &NormalizeConfig {
        &self.config
    }

    /// Normalizes one article in place: cleans `doc.text`, records every change in `doc.edits`,
    /// moves bylines, datelines and contributor lines into `doc.metadata`, then chooses the title
    /// ([`Document::extract_title`], after furniture is removed).
    ///
    /// Edits carry the 1-based line of the input text they concern; offsets are byte offsets in
    /// that line as it stood when the step ran.
    pub fn normalize(&self, doc: &mut Document) -> NormalizeCounts {
        self.normalize_batch(std::slice::from_mut(doc))
    }

    /// Normalizes several articles in place, each exactly as [`Normalizer::normalize`] would
    /// (the same text, title, metadata and edits), and returns their counts summed.
    ///
    /// Why a batch: an article is a few kilobytes of text, but its stages (line steps,
    /// furniture classification, apostrophes) run some 200 KB of machine code, more than the
    /// instruction cache holds. Run article by article, each stage finds its code evicted by
    /// the others'; run stage by stage over a batch (every article's line steps, then every
    /// article's classification, then every article's apostrophes, then assembly), a stage's
    /// code and branch history stay warm across the batch. [`BATCH_ARTICLES`] is enough; the
    /// batch's texts and lines are all held at once, so a batch should not be the corpus.
    pub fn normalize_batch(&self, docs: &mut [Document]) -> NormalizeCounts {
        let mut total = NormalizeCounts::default();
        if docs.is_empty() {
            return total;
        }
        // The buffers of earlier calls on this thread (taken out of their cell, which is left
        // holding empty ones, and put back at the end), so that no article allocates them again.
        let mut bufs = BATCH_BUFS.take();
        let BatchBufs {
            docs: spare_docs,
            stage,
            inputs,
            texts: spare_texts,
        } = &mut bufs;
        inputs.clear();
        inputs.extend(docs.iter_mut().map(|d| std::mem::take(&mut d.text)));
        // One article's buffers for each document, no more: a stage loops over them all, and a
        // smaller batch after a larger one frees the extra ones rather than carry them.
        let mut work: Vec<DocWork<'_>> = std::mem::take(spare_docs)
            .into_iter()
            .take(docs.len())
            .map(DocWork::rebind)
            .collect();
        work.resize_with(docs.len(), DocWork::default);

        // Line breaks, first for every article: the texts the lines borrow.
        let mut texts: Vec<Cow<'_, str>> = recycle(std::mem::take(spare_texts));
        texts.extend(inputs.iter().zip(work.iter_mut()).map(|(input, w)| {
            w.edits.clear();
            fold_line_breaks(input, &mut w.edits)
        }));
        for ((doc, w), (input, text)) in docs
            .iter()
            .zip(work.iter_mut())
            .zip(inputs.iter().zip(texts.iter()))
        {
            let folded_from = matches!(text, Cow::Owned(_)).then_some(input.as_str());
            self.clean_lines(doc, w, folded_from, text, stage);
        }
        if self.config.furniture {
            for (doc, w) in docs.iter_mut().zip(work.iter_mut()) {
                self.classify(doc, w, stage);
            }
        }
        if self.config.apostrophes {
            // The thread's memo, out of its cell for the stage (no allocation: the cell is left
            // holding an empty one) and back after it.
            let mut memo = NEXT_MEMO.take();
            memo.claim(self.id);
            for w in work.iter_mut() {
                self.restore_apostrophes(w, stage, &mut memo);
            }
            NEXT_MEMO.set(memo);
        }
        let mut most_lines = 0;
        for ((doc, w), text) in docs.iter_mut().zip(work.iter_mut()).zip(texts.iter()) {
            assemble(doc, w, text.len(), &mut stage.kept);
            total.merge(&w.counts);
            most_lines = most_lines.max(w.n_lines);
        }

        // The buffers back for the next batch, emptied, unless a text of many lines (or
        // edits) grew them.
        let mut spare: Vec<DocWork<'static>> = work
            .into_iter()
            .map(|w| {
                if w.n_lines > MAX_KEPT_LINE_BUFS {
                    return DocWork::default();
                }
                let mut w = w.rebind();
                if w.edits.capacity() > MAX_KEPT_EDITS {
                    w.edits = Vec::new();
                }
                w
            })
            .collect();
        spare.truncate(MAX_KEPT_DOCS);
        *spare_docs = spare;
        *spare_texts = recycle(texts);
        inputs.clear();
        // (The facts hold strings.)
        stage.facts.clear();
        if stage.changes.capacity() > MAX_KEPT_EDITS {
            stage.changes = Vec::new();
        }
        if stage.restorations.capacity() > MAX_KEPT_EDITS {
            stage.restorations = Vec::new();
        }
        if most_lines > MAX_KEPT_LINE_BUFS {
            *stage = StageBufs::default();
        }
        BATCH_BUFS.set(bufs);
        total
    }

    /// The line steps of one article: its lines cleaned (borrowing `text`, the input with its
    /// line breaks folded, where a line is unchanged), their numbers, the blank lines, and its
    /// story and site keys. `folded_from` is the input when the fold changed it (the story key
    /// is read from the input's lines).
    fn clean_lines<'t>(
        &self,
        doc: &Document,
        w: &mut DocWork<'t>,
        folded_from: Option<&str>,
        text: &'t str,
        stage: &mut StageBufs,
    ) {
        let DocWork {
            lines,
            numbers,
            blank,
            keep,
            edits,
            counts,
            site,
            story,
            n_lines,
        } = w;
        *counts = NormalizeCounts {
            articles: 1,
            ..NormalizeCounts::default()
        };
        // Which story the article tells, as pass 1 saw it: copies of it elsewhere in the
        // corpus do not make its lines a template's (worked out after the line steps, from the
        // longest raw line they see). Its site, from its address: lines on many of the site's
        // pages are the site's.
        let by_repeats = self.config.furniture && self.config.repeat_min_articles > 0;
        *site = if by_repeats {
            doc.url.as_deref().map_or(0, site_key)
        } else {
            0
        };
        // The longest line of the text, the first of equals, as `stats::story_key` finds it.
        let mut longest = "";

        // Line steps. The line breaks are counted for the vectors' sizes, then the lines cut
        // at them, both by `memchr` (a `char` pattern's searcher cost more than the search).
        *n_lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        lines.clear();
        lines.reserve(*n_lines);
        numbers.clear();
        numbers.reserve(*n_lines);
        blank.clear();
        let changes = &mut stage.changes;
        for (i, raw) in split_lines(text).enumerate() {
            if raw.len() > longest.len() {
                longest = raw;
            }
            let number = i + 1;
            let clean = self.clean_line(raw, changes);
            for ch in changes.drain(..) {
                edits.push(Edit {
                    kind: ch.kind,
                    before: ch.before,
                    after: ch.after,
                    line: number,
                    offset: Some(ch.offset),
                    reason: ch.reason.to_owned(),
                });
            }
            if clean.is_empty() {
                if raw.trim().is_empty() {
                    counts.blank_lines_removed += 1;
                    blank.push(number);
                }
                continue;
            }
            counts.lines_in += 1;
            lines.push(clean);
            numbers.push(number);
        }

        // The story key is taken from the raw text's lines: the lines just read when no line
        // break was folded (the text is the input then), else the input's own.
        let longest = match folded_from {
            None => longest,
            Some(input) => stats::longest_line(input),
        };
        let key = if by_repeats {
            stats::story_of(longest, &mut stage.story_key)
        } else {
            0
        };
        *story = self
            .stats
            .story_on_site(key, longest, *site, self.config.repeat_min_articles);

        // Blank lines: one edit for all of them (the output is one paragraph per line), naming
        // the lines, so the record stays complete without an edit per gap.
        if let Some(&first) = blank.first() {
            // The list written straight into the reason: no string per line.
            let mut reason = String::with_capacity(22 + 5 * blank.len());
            reason.push_str("blank lines removed: ");
            for (k, n) in blank.iter().enumerate() {
                if k > 0 {
                    reason.push_str(", ");
                }
                push_number(&mut reason, *n);
            }
            edits.push(Edit {
                kind: EditKind::Whitespace,
                before: "\n".repeat(blank.len()),
                after: String::new(),
                line: first,
                offset: None,
                reason,
            });
        }
        // Every line is kept until classification removes it.
        keep.clear();
        keep.resize(lines.len(), true);
    }

    /// Classification of one article's lines, on the lines that survive it, until it removes
    /// nothing more: a second run sees only the survivors, and rules that lean on a neighbour
    /// (a headline over a byline, a fact box's fields) can read them otherwise once a line is
    /// gone. The dateline cut runs in the loop too, as a second run sees the paragraph without
    /// it.
    fn classify(&self, doc: &mut Document, w: &mut DocWork<'_>, stage: &mut StageBufs) {
        let DocWork {
            lines,
            numbers,
            keep,
            edits,
            site,
            story,
            ..
        } = w;
        let StageBufs {
            alive,
            survivors: spare_survivors,
            facts,
            classes,
            ..
        } = stage;
        let (site, story) = (*site, *story);
        let stats = &self.stats;
        let repeated = |k: u64| stats.hash_articles_beside(k, story);
        let on_site = |k: u64| stats.hash_site_pages_beside(k, site, story);
        let repeats = furniture::Repeats {
            corpus: &repeated,
            site: &on_site,
            site_pages: stats.site_articles(site),
            min: self.config.repeat_min_articles,
        };
        let standing = |a: &str, b: &str| furniture::same_standing(a, b, &repeats);
        alive.clear();
        alive.extend(0..lines.len());
        // What the rounds learn of each alive line from the line alone, kept for the next
        // round (the lines do not change between rounds but for a dateline's cut).
        facts.clear();
        facts.resize(lines.len(), furniture::Facts::default());
        for _ in 0..MAX_CLASSIFY_ROUNDS {
            let mut survivors: Vec<&str> = recycle(std::mem::take(spare_survivors));
            survivors.extend(alive.iter().map(|&i| lines[i].as_ref()));
            let title = furniture::classify_with(&survivors, facts, &repeats, classes);
            *spare_survivors = recycle(survivors);
            let mut changed = false;
            for (j, class) in classes.drain(..).enumerate() {
                let i = alive[j];
                let (kind, reason) = match class {
                    furniture::Class::Content => continue,
                    furniture::Class::Furniture(reason) => {
                        (EditKind::Furniture, reason.into_owned())
                    }
                    furniture::Class::Metadata {
                        field,
                        value,
                        reason,
                    } => {
                        add_metadata(&mut doc.metadata, field, &value);
                        (EditKind::Metadata, format!("{reason} -> metadata.{field}"))
                    }
                };
                keep[i] = false;
                changed = true;
                edits.push(Edit {
                    kind,
                    before: std::mem::take(&mut lines[i]).into_owned(),
                    after: String::new(),
                    line: numbers[i],
                    offset: None,
                    reason,
                });
            }
            let title = title.map(|j| alive[j]);
            if let Some(cut) = Self::cut_dateline(
                &standing,
                lines,
                keep,
                numbers,
                title,
                &mut doc.metadata,
                edits,
            ) {
                // The line is shorter now: its facts are to be learnt again.
                if let Ok(j) = alive.binary_search(&cut) {
                    facts[j] = furniture::Facts::default();
                }
                changed = true;
            }
            if !changed {
                break;
            }
            let mut kept = alive.iter().map(|&i| keep[i]);
            facts.retain(|_| kept.next().unwrap_or(false));
            alive.retain(|&i| keep[i]);
        }
    }

    /// Apostrophes of one article, on its content lines only, with the thread's memo
    /// (claimed for this normalizer).
    fn restore_apostrophes(
        &self,
        w: &mut DocWork<'_>,
        stage: &mut StageBufs,
        memo: &mut apostrophe::NextMemo,
    ) {
        let DocWork {
            lines,
            numbers,
            keep,
            edits,
            ..
        } = w;
        let restorations = &mut stage.restorations;
        let apostrophe = self.config.quotes.apostrophe();
        // The article's kept lines are evidence for each line's decisions; the fixed lines
        // replace theirs after the loop (the evidence does not change with them).
        let mut fixes: Vec<(usize, String)> = Vec::new();
        let story_counts = apostrophe::StoryCounts::default();
        let article = apostrophe::Article::lines(lines, keep).with_counts(&story_counts);
        for i in (0..lines.len()).filter(|&i| keep[i]) {
            restorations.clear();
            if let Some(fixed) = apostrophe::restore_line_with(
                &lines[i],
                article,
                &self.stats.apostrophes,
                apostrophe,
                restorations,
                memo,
            ) {
                // A line of a million "dont" would hold a million edits: past the cap, one
                // edit from the first restoration to the line's end (the text before it is
                // the same in both), which replays to the same line.
                let first = restorations.iter().map(|r| r.offset).min();
                if restorations.len() > MAX_EDITS_PER_LINE
                    && let Some(off) = first
                    && let (Some(before), Some(after)) = (lines[i].get(off..), fixed.get(off..))
                {
                    edits.push(Edit {
                        kind: EditKind::Apostrophe,
                        before: before.to_owned(),
                        after: after.to_owned(),
                        line: numbers[i],
                        offset: Some(off),
                        reason: format!(
                            "{} apostrophes restored on one line, recorded as one",
                            restorations.len()
                        ),
                    });
                    restorations.clear();
                }
                fixes.push((i, fixed));
            }
            for r in restorations.drain(..) {
                edits.push(Edit {
                    kind: EditKind::Apostrophe,
                    before: r.before,
                    after: r.after,
                    line: numbers[i],
                    offset: Some(r.offset),
                    reason: r.reason,
                });
            }
        }
        for (i, fixed) in fixes {
            lines[i] = Cow::Owned(fixed);
        }
    }

    /// Runs the line steps to a fixed point.
    fn clean_line<'a>(&self, raw: &'a str, changes: &mut Vec<Change>) -> Cow<'a, str> {
        let mut cur: Cow<'a, str> = Cow::Borrowed(raw);
        let typo = match self.config.quotes {
            QuotePolicy::Typographic => text::NEED_TYPOGRAPHIC,
            QuotePolicy::Ascii => text::NEED_ASCII,
        };
        // The byte summary of the line as it stands: taken once here and again after each
        // change, so a round after a change starts from the summary the change left.
        let mut need = text::needs(&cur);
        for _ in 0..MAX_ROUNDS {
            let mut changed = false;
            // Each step runs only if the byte summary says it may change something; after a
            // change the summary is taken again.
            let mut step = |cur: &mut Cow<'a, str>, need: &mut u16, out: Option<String>| {
                if let Some(s) = out {
                    *cur = Cow::Owned(s);
                    *need = text::needs(cur);
                    changed = true;
                }
            };
            if need & text::NEED_MOJIBAKE != 0 {
                let r = text::repair_mojibake(&cur, changes);
                step(&mut cur, &mut need, r);
            }
            if need & text::NEED_WS != 0 {
                let r = text::fold_whitespace(&cur, changes);
                step(&mut cur, &mut need, r);
            }
            if need & text::NEED_NFC != 0 {
                let r = text::nfc(&cur, changes);
                step(&mut cur, &mut need, r);
            }
            if need & typo != 0 {
                let r = text::typography(&cur, self.config.quotes, changes);
                step(&mut cur, &mut need, r);
            }
            if self.config.furniture && need & text::NEED_MARKERS != 0 {
                let r = markers::cut_markers(&cur, changes);
                step(&mut cur, &mut need, r);
            }
            if !changed {
                break;
            }
        }
        cur
    }

    /// Cuts a dateline ("WASHINGTON — ") from the start of one of the first paragraphs after the
    /// headline into `metadata.dateline`. Only when exactly one of them has one, so that a second
    /// run finds none (idempotence) and a run of look-alike paragraphs is left alone. The line it
    /// cut one from, if it did.
    fn cut_dateline(
        standing: &dyn Fn(&str, &str) -> bool,
        lines: &mut [Cow<'_, str>],
        keep: &[bool],
        numbers: &[usize],
        title: Option<usize>,
        metadata: &mut Metadata,
        edits: &mut Vec<Edit>,
    ) -> Option<usize> {
        let found: Vec<(usize, usize, String)> = (0..lines.len())
            .filter(|&i| keep[i] && Some(i) != title)
            .take(DATELINE_LINES)
            .filter_map(|i| furniture::dateline(&lines[i]).map(|(len, d)| (i, len, d)))
            .collect();
        let [(i, len, dateline)] = found.as_slice() else {
            return None;
        };
        if !standing(&lines[*i], &lines[*i][*len..]) {
            return None;
        }
        let before = lines[*i][..*len].to_owned();
        lines[*i].to_mut().replace_range(..*len, "");
        add_metadata(metadata, "dateline", dateline);
        edits.push(Edit {
            kind: EditKind::Metadata,
            before,
            after: String::new(),
            line: numbers[*i],
            offset: Some(0),
            reason: "dateline -> metadata.dateline".to_owned(),
        });
        Some(*i)
    }
}

/// The end of one article's normalization: its counts from its edits, the edits moved into the
/// document, the title chosen ([`title_of`]) and the text joined from the kept lines (`text_len`
/// bytes of input text is room enough). `spare_kept` is the room of the list of kept lines.
fn assemble(
    doc: &mut Document,
    w: &mut DocWork<'_>,
    text_len: usize,
    spare_kept: &mut Vec<&'static str>,
) {
    let DocWork {
        lines,
        numbers,
        blank,
        keep,
        edits,
        counts,
        ..
    } = w;
    let mut kept: Vec<&str> = recycle(std::mem::take(spare_kept));
    kept.reserve(lines.len());
    kept.extend(
        lines
            .iter()
            .zip(keep.iter())
            .filter(|(_, k)| **k)
            .map(|(l, _)| l.as_ref()),
    );
    for e in edits.iter() {
        counts.count(e.kind);
    }
    // The blank-line edit is counted in blank_lines_removed.
    counts.whitespace_fixed -= u64::from(!blank.is_empty()).min(counts.whitespace_fixed);
    // The edits into the document: room made once for them and the title's, if one may be
    // taken (`title_of` pushes it).
    if !edits.is_empty() {
        let title_room = usize::from(doc.title_from_text && doc.title.is_none());
        doc.edits.reserve_exact(edits.len() + title_room);
        doc.edits.append(edits);
    }
    let (title, rest) = title_of(doc, &kept);
    // `title_of` numbers its edit among the kept lines, as `Document::extract_title` does on
    // the text; the record names the input line.
    if title
        && let Some(e) = doc.edits.last_mut()
        && let Some(&line) = (0..keep.len())
            .filter(|&i| keep[i])
            .nth(e.line.wrapping_sub(1))
            .and_then(|i| numbers.get(i))
    {
        e.line = line;
    }
    let mut out = String::with_capacity(text_len);
    for line in rest {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    doc.text = out;
    *spare_kept = recycle(kept);
    if title {
        counts.titles += 1;
    }
    tracing::trace!(
        id = %doc.id,
        removed = counts.lines_removed,
        metadata = counts.metadata_lines,
        markers = counts.markers_cut,
        apostrophes = counts.apostrophes_restored,
        "normalized"
    );
}

/// [`Document::extract_title`] on the text the lines `kept` make joined by `\n`, before they
/// are joined: the title taken (the edit recorded and the title set, as that method does), and
/// the lines the text is made of then, so the text is built once rather than split and joined
/// again. A test holds the two equal.
fn title_of<'l, 'a>(doc: &mut Document, kept: &'l [&'a str]) -> (bool, &'l [&'a str]) {
    if !doc.title_from_text || doc.title.is_some() {
        return (false, kept);
    }
    let mut lines = kept
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((index, first)) = lines.next() else {
        return (false, kept);
    };
    if lines.next().is_none() || !copydesk_doc::looks_like_title(first) {
        return (false, kept);
    }
    doc.edits.push(Edit {
        kind: EditKind::Title,
        before: (*first).to_owned(),
        after: String::new(),
        line: index + 1,
        offset: None,
        reason: "first line reads as a headline".to_owned(),
    });
    doc.title = Some(first.trim().to_owned());
    // The text after the headline's line, with the newlines at its start trimmed: the empty
    // lines at its start dropped.
    let rest = kept.get(index + 1..).unwrap_or_default();
    let skip = rest.iter().take_while(|l| l.is_empty()).count();
    (true, rest.get(skip..).unwrap_or_default())
}

/// Adds a value to a metadata field; a second value turns the field into a list. Contributor
/// lines are always a list.
fn add_metadata(meta: &mut Metadata, field: &str, value: &str) {
    use serde_json::Value;
    let v = Value::String(value.to_owned());
    match meta.get_mut(field) {
        None if field == "contributors" => {
            meta.insert(field.to_owned(), Value::Array(vec![v]));
        }
        None => {
            meta.insert(field.to_owned(), v);
        }
        Some(Value::Array(a)) => a.push(v),
        Some(old) => {
            let first = old.take();
            *old = Value::Array(vec![first, v]);
        }
    }
}

/// An empty vector with the room of `v`, for elements of another lifetime: a buffer of
/// borrowed lines kept between calls, each of which borrows other lines. (The standard
/// library collects a vector's `IntoIter` into a vector of elements of the same size and
/// alignment in place, keeping its allocation, though it does not promise to: were it not
/// done, the buffer would cost an allocation again, no more.)
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    // (An empty vector: the closure is never called, and yields nothing if it were.)
    v.into_iter().filter_map(|_| None).collect()
}

/// `text.split('\n')`, the breaks found by `memchr`.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match breaks.next() {
            Some(b) => {
                start = Some(b + 1);
                text.get(from..b)
            }
            None => {
                start = None;
                text.get(from..)
            }
        }
    })
}

/// Appends `n` in decimal, as `write!(out, "{n}")` does, without the formatting machinery (a
/// blank line's number is written for each blank line).
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

/// Whether the text holds U+2028 or U+2029 (E2 80 A8, E2 80 A9): found by their last bytes,
/// rarer in news text than E2, the lead byte of every curly quote and dash.
fn has_line_separator(b: &[u8]) -> bool {
    memchr::memchr2_iter(0xA8, 0xA9, b).any(|i| i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80)
}

/// `\r\n`, lone `\r` and the Unicode line and paragraph separators become `\n`.
fn fold_line_breaks<'a>(text: &'a str, edits: &mut Vec<Edit>) -> Cow<'a, str> {
    let has_cr = memchr::memchr(b'\r', text.as_bytes()).is_some();
    let has_sep = has_line_separator(text.as_bytes());
    if !has_cr && !has_sep {
        return Cow::Borrowed(text);
    }
    let n = text.matches(['\r', '\u{2028}', '\u{2029}']).count() - text.matches("\r\n").count();
    let out = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{2028}', '\u{2029}'], "\n");
    edits.push(Edit {
        kind: EditKind::Whitespace,
        before: if has_cr {
            "\r\n".into()
        } else {
            "\u{2028}".into()
        },
        after: "\n".into(),
        line: 1,
        offset: None,
        reason: format!("{n} line breaks normalized to \\n"),
    });
    Cow::Owned(out)
}

/// Normalizes one text without corpus statistics: the cleaned text, headline kept as its first
/// line, furniture removed, bylines and other metadata lines dropped. See the crate example.
pub fn normalize_text(text: &str, config: &NormalizeConfig) -> String {
    let mut doc = Document::new("", copydesk_doc::Source::file(""), text);
    Normalizer::new(config.clone(), CorpusStats::default()).normalize(&mut doc);
    doc.text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `title_of` then joining the lines it leaves is `Document::extract_title` on the joined
    /// lines: the same title, text and edits, whatever the lines (blank, spaces, long, one).
    fn same_as_extract_title(kept: &[&str], title_from_text: bool) {
        let fresh = || {
            let mut d = Document::new("t", copydesk_doc::Source::file("t.txt"), "");
            d.title_from_text = title_from_text;
            d
        };
        let mut a = fresh();
        a.text = kept.join("\n");
        let took_a = a.extract_title();
        let mut b = fresh();
        let (took_b, rest) = title_of(&mut b, kept);
        b.text = rest.join("\n");
        assert_eq!(
            (took_a, &a.text, &a.title, &a.edits),
            (took_b, &b.text, &b.title, &b.edits),
            "{kept:?}"
        );
    }

    #[test]
    fn title_of_matches_extract_title_on_examples() {
        let long = "x".repeat(copydesk_doc::MAX_TITLE_CHARS + 1);
        for kept in [
            &[][..],
            &["Only line"],
            &["Headline", "Body."],
            &["", " ", "Headline ", "", "", "Body.", ""],
            &["Headline", "", " ", "Body."],
            &[long.as_str(), "Body."],
            &["  ", "Headline", "  "],
            &["Headline", "", ""],
        ] {
            same_as_extract_title(kept, true);
            same_as_extract_title(kept, false);
        }
    }

    /// The title's edit names the input line the headline stood on, past removed and blank
    /// lines.
    #[test]
    fn title_edit_names_the_input_line() {
        let mut doc = Document::new(
            "t",
            copydesk_doc::Source::file("t.txt"),
            "USAWorld News\n\nTalks resume in Geneva\nThe two sides met on Friday for the first \
             time since May, officials said, and agreed to meet again.",
        );
        doc.title_from_text = true;
        Normalizer::new(NormalizeConfig::default(), CorpusStats::default()).normalize(&mut doc);
        assert_eq!(doc.title.as_deref(), Some("Talks resume in Geneva"));
        let title = doc.edits.iter().find(|e| e.kind == EditKind::Title);
        assert_eq!(title.map(|e| e.line), Some(3), "{:?}", doc.edits);
    }

    proptest::proptest! {
        /// The lines between the breaks `memchr` finds are `split('\n')`'s; a number pushed is
        /// the one formatted.
        #[test]
        fn split_lines_is_split(
            text in "([a-z \n\r]|\n\n|\u{2028}|\\PC){0,60}",
            n in proptest::prelude::any::<usize>(),
            small in 0usize..2000,
        ) {
            let got: Vec<&str> = split_lines(&text).collect();
            let want: Vec<&str> = text.split('\n').collect();
            proptest::prop_assert_eq!(got, want);
            for n in [n, small] {
                let mut s = String::from("x");
                push_number(&mut s, n);
                proptest::prop_assert_eq!(s, format!("x{n}"));
            }
        }

        /// The story key from the longest line the line loop sees is the statistics pass's.
        #[test]
        fn story_of_the_longest_line_is_the_story_key(
            lines in proptest::collection::vec("([a-zA-Z ’,.]{0,30}|[a-z ]{100,300}|x{200})", 0..8)
        ) {
            let text = lines.join("\n");
            let mut longest = "";
            for line in split_lines(&text) {
                if line.len() > longest.len() {
                    longest = line;
                }
            }
            proptest::prop_assert_eq!(
                stats::story_of(longest, &mut String::new()),
                stats::story_key(&text)
            );
        }

        /// The separators found by their last bytes are those found by their lead byte.
        #[test]
        fn line_separators_found_by_their_last_bytes(
            text in "([a-z ]|\u{2028}|\u{2029}|[‘’“”–—…éèÉ¨©\u{2027}\u{202a}]){0,30}"
        ) {
            let b = text.as_bytes();
            let by_lead = memchr::memchr_iter(0xE2, b)
                .any(|i| b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)));
            proptest::prop_assert_eq!(has_line_separator(b), by_lead);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        #[test]
        fn title_of_matches_extract_title(
            kept in proptest::collection::vec("(| |  |\t|[a-z ]{1,12}|\\PC{1,5}|x{190,210})", 0..6)
        ) {
            let kept: Vec<&str> = kept.iter().map(String::as_str).collect();
            same_as_extract_title(&kept, true);
        }
    }
}
