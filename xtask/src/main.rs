//! The copydesk driver. `cargo xtask run` cleans, tokenizes, deduplicates and exports articles;
//! `bench`, `codegen` and `gen-corpus` serve development; `furniture-model` is an experiment
//! (a learned line classifier measured against the furniture rules).
//!
//! A thin binary over the library crates: it parses the command line, shows progress and the
//! summary, and maps errors to exit codes (0 done, 1 the run failed, 2 bad usage).

// The driver talks to people: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod codegen;
mod furniture_model;
mod gen_corpus;
mod run;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    about = "copydesk: clean, tokenize, deduplicate and export news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Process articles: read, normalize, deduplicate, tokenize, export.
    Run(run::Args),
    /// Run the criterion benchmarks (all, or the named ones: tokenize, normalize, dedup).
    Bench {
        /// Benchmarks to run.
        names: Vec<String>,
        /// Extra arguments passed to criterion after `--`.
        #[arg(last = true)]
        criterion_args: Vec<String>,
    },
    /// Generate the Unicode property tables of copydesk-tokenize from the UCD files.
    Codegen(codegen::Args),
    /// Generate a corpus with planted duplicates and its ground truth.
    GenCorpus(gen_corpus::Args),
    /// Experiment: a learned line classifier against the furniture rules, leave-one-set-out
    /// over the labelled fixtures.
    FurnitureModel(furniture_model::Args),
}

/// The workspace root.
pub fn project_root() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    dir.parent().map(PathBuf::from).unwrap_or(dir)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Bench {
            names,
            criterion_args,
        } => bench(&names, &criterion_args),
        Command::Codegen(args) => codegen::run(args),
        Command::GenCorpus(args) => gen_corpus::run(args),
        Command::FurnitureModel(args) => furniture_model::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to stderr, filtered by `RUST_LOG` (`warn` when unset), e.g. `RUST_LOG=copydesk_pipeline=debug`.
fn init_logging() {
    use tracing_subscriber::prelude::*;
    let filter: tracing_subscriber::filter::Targets = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::WARN)
        });
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter),
        )
        .init();
}

fn bench(names: &[String], criterion_args: &[String]) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut cmd = std::process::Command::new(cargo);
    cmd.current_dir(project_root())
        .args(["bench", "-p", "copydesk-benches"]);
    for name in names {
        cmd.args(["--bench", name]);
    }
    if !criterion_args.is_empty() {
        cmd.arg("--").args(criterion_args);
    }
    let status = cmd.status()?;
    anyhow::ensure!(status.success(), "cargo bench failed: {status}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::project_root;

    /// Architecture invariant: every stage crate stands alone, so no library crate may depend
    /// on the pipeline or the driver, and `doc` depends on no other copydesk crate.
    #[test]
    fn library_crates_do_not_depend_on_pipeline_or_xtask() {
        let crates = project_root().join("crates");
        let mut checked = 0;
        for entry in std::fs::read_dir(&crates).unwrap() {
            let dir = entry.unwrap().path();
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
            let deps: Vec<&str> = manifest
                .lines()
                .map(str::trim)
                .filter(|l| l.starts_with("copydesk-") || l.starts_with("xtask"))
                .collect();
            checked += 1;
            if name == "pipeline" {
                continue;
            }
            for dep in &deps {
                assert!(
                    !dep.starts_with("copydesk-pipeline") && !dep.starts_with("xtask"),
                    "crates/{name} depends on {dep}"
                );
                assert!(
                    name != "doc",
                    "copydesk-doc must not depend on other copydesk crates: {dep}"
                );
            }
        }
        assert!(checked >= 6, "expected the six crates, found {checked}");
    }
}
