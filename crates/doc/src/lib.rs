//! The shared document model of copydesk.
//!
//! A [`Document`] is one article: its identity, where it came from, its text (one paragraph per
//! line, lines separated by `\n`), free-form metadata, and the record of every edit a stage made
//! to it. Stages take `&mut Document` and append [`Edit`]s; nothing here does I/O.
//!
//! ```
//! use copydesk_doc::{Document, Source};
//!
//! let mut doc = Document::new("a1", Source::file("news/a1.txt"), "A short headline\nThe body of the story.");
//! doc.title_from_text = true;
//! doc.extract_title();
//! assert_eq!(doc.title.as_deref(), Some("A short headline"));
//! assert_eq!(doc.text, "The body of the story.");
//! ```

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Free-form metadata: every input field copydesk does not interpret, plus what stages move out
/// of the text (bylines, datelines, contributor lines). A `BTreeMap` so output order is stable.
pub type Metadata = BTreeMap<String, serde_json::Value>;

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The input file, as discovered.
    pub file: String,
    /// 1-based line number for line-oriented inputs (JSONL); `None` for one-article files.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<u64>,
}

impl Source {
    /// A whole-file source (a `.txt` article).
    pub fn file(file: impl Into<String>) -> Self {
        Source {
            file: file.into(),
            line: None,
        }
    }

    /// A source at one line of a file (a JSONL record).
    pub fn line(file: impl Into<String>, line: u64) -> Self {
        Source {
            file: file.into(),
            line: Some(line),
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.file, line),
            None => f.write_str(&self.file),
        }
    }
}

/// What kind of change an [`Edit`] records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditKind {
    /// Unicode normalization (NFC).
    Unicode,
    /// Whitespace or control characters folded or removed.
    Whitespace,
    /// Quotation marks changed by the quote policy.
    Quote,
    /// Dashes or other typography changed.
    Typography,
    /// Mis-decoded text (UTF-8 read as Windows-1252 or Latin-1) repaired.
    Mojibake,
    /// A dropped apostrophe restored.
    Apostrophe,
    /// A whole line removed as site furniture.
    Furniture,
    /// An inline marker cut out of a paragraph.
    Marker,
    /// A line moved out of the text into a metadata field (byline, dateline, contributor).
    Metadata,
    /// A line moved out of the text into the title.
    Title,
    /// A paragraph dropped because an earlier article has it verbatim.
    RepeatedPassage,
}

/// One recorded change to a document's text.
///
/// `line` is the 1-based line of the article's text as it stood when the edit was made, and
/// `offset` the byte offset of `before` within that line (`None` when the whole line is
/// concerned). Edits are stored in the order they were made, so replaying them reproduces the
/// output from the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub kind: EditKind,
    pub before: String,
    pub after: String,
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub offset: Option<usize>,
    /// Why the change was made, in a few words (a rule name, the evidence used).
    pub reason: String,
}

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The input's id, or a stable id derived from file and line.
    pub id: String,
    pub title: Option<String>,
    /// The article's address, when the input gave one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// The article body: one paragraph per line, separated by `\n`.
    pub text: String,
    pub source: Source,
    #[serde(default)]
    pub metadata: Metadata,
    #[serde(default)]
    pub edits: Vec<Edit>,
    /// Word count of the text, once the tokenize stage has run.
    #[serde(default)]
    pub tokens: Option<usize>,
    /// When true, the title is to be taken from the text (a `.txt` article); when false, the
    /// input named its title (or chose to have none) and the text is left whole.
    #[serde(skip)]
    pub title_from_text: bool,
}

/// Longest line, in characters, that is still taken for a headline. An article that opens
/// straight into a paragraph longer than this has no title.
pub const MAX_TITLE_CHARS: usize = 200;

impl Document {
    /// A document with no title, metadata or edits.
    pub fn new(id: impl Into<String>, source: Source, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            title: None,
            url: None,
            text: text.into(),
            source,
            metadata: Metadata::new(),
            edits: Vec::new(),
            tokens: None,
            title_from_text: false,
        }
    }

    /// The paragraphs (lines) of the text.
    pub fn lines(&self) -> std::str::Split<'_, char> {
        self.text.split('\n')
    }

    /// Whether the text holds anything but whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Record an edit.
    pub fn record(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    /// Take the title from the text, for articles whose title is their first line.
    ///
    /// The first non-empty line becomes the title when it reads as a headline: at most
    /// [`MAX_TITLE_CHARS`] characters and followed by more text. Run it after site furniture has
    /// been removed, so a navigation line is not taken for the headline. Does nothing unless
    /// [`Document::title_from_text`] is set and no title is known. Returns whether a title was
    /// taken.
    pub fn extract_title(&mut self) -> bool {
        if !self.title_from_text || self.title.is_some() {
            return false;
        }
        let mut lines = self
            .text
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let Some((index, first)) = lines.next() else {
            return false;
        };
        if lines.next().is_none() || !looks_like_title(first) {
            return false;
        }
        let title = first.trim().to_owned();
        let rest: Vec<&str> = self.text.split('\n').skip(index + 1).collect();
        let rest = rest.join("\n");
        let rest = rest.trim_start_matches('\n').to_owned();
        self.edits.push(Edit {
            kind: EditKind::Title,
            before: first.to_owned(),
            after: String::new(),
            line: index + 1,
            offset: None,
            reason: "first line reads as a headline".to_owned(),
        });
        self.title = Some(title);
        self.text = rest;
        true
    }
}

/// Whether a line reads as a headline rather than a paragraph: short enough. Closing punctuation
/// is allowed (some headlines are sentences).
pub fn looks_like_title(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().count() <= MAX_TITLE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txt(text: &str) -> Document {
        let mut d = Document::new("x", Source::file("x.txt"), text);
        d.title_from_text = true;
        d
    }

    #[test]
    fn title_is_first_short_line() {
        let mut d = txt("\n\nHeadline here\n\nBody one.\nBody two.");
        assert!(d.extract_title());
        assert_eq!(d.title.as_deref(), Some("Headline here"));
        assert_eq!(d.text, "Body one.\nBody two.");
        assert_eq!(d.edits.len(), 1);
        assert_eq!(d.edits[0].line, 3);
    }

    #[test]
    fn long_opening_paragraph_is_no_title() {
        let long = "word ".repeat(60);
        let mut d = txt(&format!("{long}\nSecond paragraph."));
        assert!(!d.extract_title());
        assert_eq!(d.title, None);
        assert!(d.edits.is_empty());
    }

    #[test]
    fn single_line_is_body_not_title() {
        let mut d = txt("Only a line.");
        assert!(!d.extract_title());
        assert_eq!(d.text, "Only a line.");
    }

    #[test]
    fn given_title_is_kept() {
        let mut d = txt("First\nSecond");
        d.title = Some("Given".into());
        assert!(!d.extract_title());
        let mut d = txt("First\nSecond");
        d.title_from_text = false;
        assert!(!d.extract_title());
    }

    #[test]
    fn serializes_with_snake_case_kinds() {
        let e = Edit {
            kind: EditKind::RepeatedPassage,
            before: "a".into(),
            after: String::new(),
            line: 1,
            offset: None,
            reason: "r".into(),
        };
        let j = serde_json::to_string(&e).unwrap();
        assert!(j.contains("\"repeated_passage\""), "{j}");
        assert!(!j.contains("offset"));
    }
}
