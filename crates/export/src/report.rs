//! The run report (`report.json`): what came in, what each stage did, what went wrong.

use serde::Serialize;
use std::collections::BTreeMap;

/// The whole report. Everything in it but the `seconds` fields is the same whatever the thread
/// count, so two runs can be compared after dropping timings.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunReport {
    pub copydesk_version: String,
    pub input: InputReport,
    /// Stages in the order they ran.
    pub stages: Vec<StageReport>,
    pub output: BTreeMap<String, u64>,
    pub seconds: f64,
}

/// What the reader saw.
#[derive(Debug, Clone, Default, Serialize)]
pub struct InputReport {
    pub files: u64,
    pub bytes: u64,
    pub articles: u64,
    /// Problems counted by kind (`invalid_utf8`, `malformed_json`, `missing_text`, `empty_article`, `unreadable_file`, ...).
    pub errors: BTreeMap<String, u64>,
    /// Per-file problems, in input order: file (with line where one applies) and message. The
    /// first [`MAX_LISTED_PROBLEMS`] are listed; `errors` counts them all.
    pub problems: Vec<Problem>,
    /// Problems counted in `errors` but not listed in `problems`.
    #[serde(skip_serializing_if = "is_zero")]
    pub problems_not_listed: u64,
}

/// How many problems the report lists one by one: a corpus with a systematic fault would
/// otherwise make the report as large as the corpus.
pub const MAX_LISTED_PROBLEMS: usize = 1000;

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One input problem.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub kind: String,
    pub location: String,
    pub message: String,
}

/// What one stage did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StageReport {
    pub stage: String,
    pub articles_in: u64,
    pub articles_out: u64,
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Stage-specific counts of what changed.
    pub changes: serde_json::Value,
    pub errors: BTreeMap<String, u64>,
    pub seconds: f64,
}
