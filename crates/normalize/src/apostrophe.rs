//! Restoration of dropped apostrophes (possessives and contractions).
//!
//! Placeholder interface; the evidence-based implementation follows.

use serde::{Deserialize, Serialize};

/// Corpus evidence gathered in pass 1, per chunk in parallel, then merged.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ApostropheStats {
    words: u64,
}

impl ApostropheStats {
    /// Observes one article's raw text.
    pub fn observe(&mut self, text: &str) {
        self.words += text.split_whitespace().count() as u64;
    }

    /// Merges another chunk's evidence; associative and commutative.
    pub fn merge(&mut self, other: ApostropheStats) {
        self.words += other.words;
    }
}

/// One apostrophe restored in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restoration {
    /// Byte offset of the changed word in the input line.
    pub offset: usize,
    /// The word as it was.
    pub before: String,
    /// The word with its apostrophe.
    pub after: String,
    /// Why the apostrophe was restored (the evidence).
    pub reason: String,
}

/// Restores dropped apostrophes in one line of clean text, writing `apostrophe` ('’' or '\'').
///
/// Returns `None` when nothing changes; otherwise the new line, and pushes one [`Restoration`]
/// per change onto `out`.
pub fn restore_line(
    line: &str,
    stats: &ApostropheStats,
    apostrophe: char,
    out: &mut Vec<Restoration>,
) -> Option<String> {
    let _ = (line, stats, apostrophe, out);
    None
}
