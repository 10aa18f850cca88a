//! `cargo xtask codegen`: generates the tokenizer's Unicode property tables
//! (crates/tokenize/src/tables.rs) from the UCD files in fixtures/unicode/.
//!
//! The tables are two-level tries (64-code-point blocks, identical blocks shared)
//! so a lookup is two array reads. `--check` regenerates in memory and fails when the
//! committed file differs; the `tables_are_fresh` test runs it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Arguments of `cargo xtask codegen`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Compare the generated tables with the committed ones; fail if they differ.
    #[arg(long)]
    pub check: bool,
}

/// Word_Break values, in the order of their numeric codes in the tables.
const WORD_BREAK: &[&str] = &[
    "Other",
    "CR",
    "LF",
    "Newline",
    "Extend",
    "ZWJ",
    "Regional_Indicator",
    "Format",
    "Katakana",
    "Hebrew_Letter",
    "ALetter",
    "Single_Quote",
    "Double_Quote",
    "MidNumLet",
    "MidLetter",
    "MidNum",
    "Numeric",
    "ExtendNumLet",
    "WSegSpace",
];

/// Sentence_Break values, in the order of their numeric codes in the tables.
const SENTENCE_BREAK: &[&str] = &[
    "Other",
    "CR",
    "LF",
    "Extend",
    "Sep",
    "Format",
    "Sp",
    "Lower",
    "Upper",
    "OLetter",
    "Numeric",
    "ATerm",
    "SContinue",
    "STerm",
    "Close",
];

/// Bit set in the word table for Extended_Pictographic code points.
const EXT_PICT_BIT: u8 = 0x20;
const BLOCK: usize = 64;
const CODE_POINTS: usize = 0x11_0000;
const OUTPUT: &str = "crates/tokenize/src/tables.rs";

/// Runs the generator: writes the tables, or with `--check` verifies them.
pub fn run(args: Args) -> anyhow::Result<()> {
    let root = project_root();
    let generated = generate(&root)?;
    let path = root.join(OUTPUT);
    if args.check {
        let committed = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        if committed != generated {
            bail!(
                "{} is stale: run `cargo xtask codegen` and commit the result",
                path.display()
            );
        }
        return Ok(());
    }
    std::fs::write(&path, generated).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// The workspace root: the parent of the xtask crate.
fn project_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Parses a UCD property file into `(first, last, value)` ranges.
fn parse_ucd(path: &Path) -> anyhow::Result<Vec<(u32, u32, String)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let data = line.split('#').next().unwrap_or("").trim();
        if data.is_empty() {
            continue;
        }
        let mut fields = data.split(';').map(str::trim);
        let (Some(range), Some(value)) = (fields.next(), fields.next()) else {
            bail!("{}:{}: expected `range ; value`", path.display(), n + 1);
        };
        let (first, last) = match range.split_once("..") {
            Some((a, b)) => (a, b),
            None => (range, range),
        };
        let parse = |s: &str| {
            u32::from_str_radix(s, 16)
                .with_context(|| format!("{}:{}: bad code point {s:?}", path.display(), n + 1))
        };
        out.push((parse(first)?, parse(last)?, value.to_string()));
    }
    Ok(out)
}

/// Fills `values` from the ranges of a property file, mapping names through `names`.
fn fill(values: &mut [u8], ranges: &[(u32, u32, String)], names: &[&str]) -> anyhow::Result<()> {
    for (first, last, value) in ranges {
        let Some(code) = names.iter().position(|n| n == value) else {
            bail!("unknown property value {value:?}");
        };
        for cp in *first..=*last {
            let slot = values
                .get_mut(cp as usize)
                .with_context(|| format!("code point {cp:X} out of range"))?;
            *slot |= u8::try_from(code)?;
        }
    }
    Ok(())
}

/// Builds the generated source text.
fn generate(root: &Path) -> anyhow::Result<String> {
    let dir = root.join("fixtures/unicode");
    let mut word = vec![0u8; CODE_POINTS];
    fill(
        &mut word,
        &parse_ucd(&dir.join("WordBreakProperty.txt"))?,
        WORD_BREAK,
    )?;
    for (first, last, value) in parse_ucd(&dir.join("emoji-data.txt"))? {
        if value == "Extended_Pictographic" {
            for cp in first..=last {
                if let Some(v) = word.get_mut(cp as usize) {
                    *v |= EXT_PICT_BIT;
                }
            }
        }
    }
    let mut sentence = vec![0u8; CODE_POINTS];
    fill(
        &mut sentence,
        &parse_ucd(&dir.join("SentenceBreakProperty.txt"))?,
        SENTENCE_BREAK,
    )?;

    let mut out = String::new();
    out.push_str(
        "//! Unicode 15.0 property tables for word and sentence segmentation.\n\
         //!\n\
         //! GENERATED by `cargo xtask codegen` from fixtures/unicode/ \
         (WordBreakProperty.txt, SentenceBreakProperty.txt, emoji-data.txt).\n\
         //! Do not edit by hand: change xtask/src/codegen.rs and regenerate.\n\n\
         // Every property value gets a constant, used or not, so the tables stay complete.\n\
         #![allow(dead_code)]\n\n",
    );
    constants(&mut out, "wb", "Word_Break", WORD_BREAK);
    writeln!(
        out,
        "/// Bit set in a word-table value for Extended_Pictographic code points.\n\
         pub(crate) const EXT_PICT: u8 = {EXT_PICT_BIT:#04x};\n"
    )?;
    constants(&mut out, "sb", "Sentence_Break", SENTENCE_BREAK);
    trie(&mut out, "WORD", &word)?;
    trie(&mut out, "SENTENCE", &sentence)?;
    let len = out.trim_end().len();
    out.truncate(len);
    out.push('\n');
    Ok(out)
}

/// Emits a module of `u8` constants, one per property value.
fn constants(out: &mut String, module: &str, property: &str, names: &[&str]) {
    let _ = writeln!(out, "/// {property} property values.");
    let _ = writeln!(out, "pub(crate) mod {module} {{");
    for (code, name) in names.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub(crate) const {}: u8 = {code};",
            name.to_ascii_uppercase()
        );
    }
    let _ = writeln!(out, "}}\n");
}

/// Emits a two-level trie: `{NAME}_INDEX[cp / 64]` is a block number,
/// `{NAME}_BLOCKS[block * 64 + cp % 64]` the value.
fn trie(out: &mut String, name: &str, values: &[u8]) -> anyhow::Result<()> {
    let mut blocks: Vec<&[u8]> = Vec::new();
    let mut index = Vec::with_capacity(values.len() / BLOCK);
    for chunk in values.chunks(BLOCK) {
        let id = match blocks.iter().position(|b| *b == chunk) {
            Some(id) => id,
            None => {
                blocks.push(chunk);
                blocks.len() - 1
            }
        };
        index.push(u16::try_from(id)?);
    }
    writeln!(out, "#[rustfmt::skip]")?;
    writeln!(
        out,
        "pub(crate) static {name}_INDEX: [u16; {}] = [",
        index.len()
    )?;
    for row in index.chunks(16) {
        let items: Vec<String> = row.iter().map(u16::to_string).collect();
        writeln!(out, "    {},", items.join(", "))?;
    }
    writeln!(out, "];\n")?;
    writeln!(out, "#[rustfmt::skip]")?;
    writeln!(
        out,
        "pub(crate) static {name}_BLOCKS: [u8; {}] = [",
        blocks.len() * BLOCK
    )?;
    for block in &blocks {
        for row in block.chunks(16) {
            let items: Vec<String> = row.iter().map(u8::to_string).collect();
            writeln!(out, "    {},", items.join(", "))?;
        }
    }
    writeln!(out, "];\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_fresh() {
        if let Err(e) = run(Args { check: true }) {
            panic!("{e:#}");
        }
    }
}
