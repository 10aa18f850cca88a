//! The copydesk pipeline: configuration, input reading and the parallel orchestration of the
//! stages (read → corpus statistics → normalize, tokenize, fingerprint → dedup → export).
//!
//! Every corpus-wide structure is built per chunk and merged associatively, and every parallel
//! step collects in input order, so the output is byte-identical whatever the thread count.
//!
//! ```no_run
//! use copydesk_pipeline::{Config, run, NoProgress};
//!
//! let config = Config::new(vec!["seeds".into()], "out".into());
//! let outcome = run(&config, &NoProgress).expect("run failed");
//! println!("{} articles kept", outcome.report.output["documents"]);
//! ```

pub mod input;
mod run;

pub use run::{RunOutcome, run};

/// The stage configurations, re-exported so a caller needs only this crate.
pub use copydesk_dedup::DedupConfig;
pub use copydesk_normalize::{NormalizeConfig, QuotePolicy};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A stage that can be left out with `--skip`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Normalize,
    Tokenize,
    Dedup,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Normalize, Stage::Tokenize, Stage::Dedup];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Normalize => "normalize",
            Stage::Tokenize => "tokenize",
            Stage::Dedup => "dedup",
        }
    }
}

impl std::str::FromStr for Stage {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stage::ALL
            .into_iter()
            .find(|st| st.name() == s)
            .ok_or_else(|| {
                format!("unknown stage '{s}' (expected one of: normalize, tokenize, dedup)")
            })
    }
}

/// Everything a run needs to know.
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    pub skip: BTreeSet<Stage>,
    /// Make the first per-article problem fatal.
    pub strict: bool,
    /// Remove paragraphs that an earlier article has verbatim.
    pub drop_repeated_passages: bool,
    pub normalize: NormalizeConfig,
    pub dedup: DedupConfig,
}

impl Config {
    pub fn new(inputs: Vec<PathBuf>, out: PathBuf) -> Self {
        Config {
            inputs,
            out,
            threads: None,
            skip: BTreeSet::new(),
            strict: false,
            drop_repeated_passages: false,
            normalize: NormalizeConfig::default(),
            dedup: DedupConfig::default(),
        }
    }

    pub fn runs(&self, stage: Stage) -> bool {
        !self.skip.contains(&stage)
    }
}

/// A problem with the run itself: it stops the run before any output is written.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("cannot read input {path}: {source}")]
    Input {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a .txt or .jsonl file (optionally .gz or .zst)")]
    UnknownFormat { path: PathBuf },
    #[error("output folder {path} is not writable: {source}")]
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{location}: {message} (--strict makes input problems fatal)")]
    Strict { location: String, message: String },
    #[error("invalid configuration: {0}")]
    Config(String),
    #[error(transparent)]
    Export(#[from] copydesk_export::ExportError),
}

/// Progress notifications, for a progress bar. Called from worker threads.
pub trait Progress: Sync {
    /// A stage starts, with the number of articles it will handle.
    fn stage(&self, _name: &str, _total: u64) {}
    /// `n` more articles done in the current stage.
    fn advance(&self, _n: u64) {}
    /// The run is over.
    fn finish(&self) {}
}

/// No progress display.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;
impl Progress for NoProgress {}
