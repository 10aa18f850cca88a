//! Input discovery and reading: `.txt` (one article per file, one paragraph per line) and
//! `.jsonl` (one article per line), each plain, `.gz` or `.zst`.
//!
//! Paths are walked recursively and sorted, so the same folder gives the same order whatever the
//! file system returns. Per-article problems are recorded as [`copydesk_export::Problem`]s and
//! counted; problems with the run itself (a missing path) are errors.

use crate::PipelineError;
use copydesk_doc::{Document, Metadata, Source};
use copydesk_export::Problem;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The format of one input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Txt,
    Jsonl,
}

/// How an input file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// One discovered input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// The id stem: the path relative to the folder it was found under, without extensions,
    /// with `/` separators; the file stem for a file named directly.
    pub stem: String,
    pub format: Format,
    pub compression: Compression,
}

/// Recognise `name.txt`, `name.jsonl`, each optionally `.gz` or `.zst`.
pub fn classify(path: &Path) -> Option<(Format, Compression, String)> {
    let name = path.file_name()?.to_str()?;
    let (rest, compression) = if let Some(r) = name.strip_suffix(".gz") {
        (r, Compression::Gzip)
    } else if let Some(r) = name.strip_suffix(".zst") {
        (r, Compression::Zstd)
    } else {
        (name, Compression::None)
    };
    let (stem, format) = if let Some(s) = rest.strip_suffix(".txt") {
        (s, Format::Txt)
    } else if let Some(s) = rest.strip_suffix(".jsonl") {
        (s, Format::Jsonl)
    } else {
        return None;
    };
    Some((format, compression, stem.to_owned()))
}

/// Find the input files under `inputs`, in argument order, each folder walked recursively and
/// sorted. A path that does not exist, or a file named directly in an unknown format, is an
/// error; files of other formats inside folders are passed over (and counted by the caller as
/// `skipped_files`).
pub fn discover(inputs: &[PathBuf]) -> Result<(Vec<InputFile>, u64), PipelineError> {
    let mut files = Vec::new();
    let mut skipped = 0;
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|source| PipelineError::Input {
            path: input.clone(),
            source,
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found)?;
            found.sort();
            for path in found {
                match classify(&path) {
                    Some((format, compression, _)) => {
                        let rel = path.strip_prefix(input).unwrap_or(&path);
                        let mut stem = rel
                            .to_string_lossy()
                            .replace(std::path::MAIN_SEPARATOR, "/");
                        if let Some((_, _, s)) = classify(rel) {
                            let parent = rel.parent().map(|p| {
                                p.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/")
                            });
                            stem = match parent {
                                Some(p) if !p.is_empty() => format!("{p}/{s}"),
                                _ => s,
                            };
                        }
                        files.push(InputFile {
                            path,
                            stem,
                            format,
                            compression,
                        });
                    }
                    None => skipped += 1,
                }
            }
        } else {
            let Some((format, compression, stem)) = classify(input) else {
                return Err(PipelineError::UnknownFormat {
                    path: input.clone(),
                });
            };
            files.push(InputFile {
                path: input.clone(),
                stem,
                format,
                compression,
            });
        }
    }
    Ok((files, skipped))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), PipelineError> {
    let entries = std::fs::read_dir(dir).map_err(|source| PipelineError::Input {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| PipelineError::Input {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let ty = entry.file_type().map_err(|source| PipelineError::Input {
            path: path.clone(),
            source,
        })?;
        if ty.is_dir() {
            walk(&path, out)?;
        } else if ty.is_file() || (ty.is_symlink() && path.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

/// What reading the inputs found, besides the articles.
#[derive(Debug, Clone, Default)]
pub struct ReadStats {
    pub files: u64,
    pub bytes: u64,
    /// Files inside input folders that are not in a known format.
    pub skipped_files: u64,
    /// Problems counted by kind.
    pub errors: BTreeMap<String, u64>,
    /// Each problem with its file (and line) and message, in input order.
    pub problems: Vec<Problem>,
}

impl ReadStats {
    fn problem(&mut self, kind: &str, location: String, message: String) {
        *self.errors.entry(kind.to_owned()).or_default() += 1;
        self.problems.push(Problem {
            kind: kind.to_owned(),
            location,
            message,
        });
    }

    fn merge(&mut self, other: ReadStats) {
        self.files += other.files;
        self.bytes += other.bytes;
        self.skipped_files += other.skipped_files;
        for (k, v) in other.errors {
            *self.errors.entry(k).or_default() += v;
        }
        self.problems.extend(other.problems);
    }

    /// The first problem, for `--strict`.
    pub fn first_problem(&self) -> Option<&Problem> {
        self.problems.first()
    }
}

/// Discover and read every input, in parallel, keeping input order. Per-file and per-article
/// problems are counted in [`ReadStats`]; with `strict` the first one is an error.
pub fn read_all(
    inputs: &[PathBuf],
    strict: bool,
) -> Result<(Vec<Document>, ReadStats), PipelineError> {
    let (files, skipped) = discover(inputs)?;
    let (docs, mut stats) = read_files(&files, &|| {});
    stats.skipped_files = skipped;
    if strict && let Some(p) = stats.first_problem() {
        return Err(PipelineError::Strict {
            location: p.location.clone(),
            message: p.message.clone(),
        });
    }
    Ok((docs, stats))
}

/// Read discovered files in parallel; the result keeps file order, then line order.
/// `on_file` is called as each file is done (for progress). An id seen before is reported as a
/// `duplicate_id` problem; the article is kept, since ids are the input's and dropping text
/// over a naming clash would lose it.
pub fn read_files(files: &[InputFile], on_file: &(dyn Fn() + Sync)) -> (Vec<Document>, ReadStats) {
    let per_file: Vec<(Vec<Document>, ReadStats)> = files
        .par_iter()
        .map(|f| {
            let r = read_file(f);
            on_file();
            r
        })
        .collect();
    let mut docs = Vec::new();
    let mut stats = ReadStats::default();
    for (d, s) in per_file {
        docs.extend(d);
        stats.merge(s);
    }
    let mut seen = std::collections::HashSet::with_capacity(docs.len());
    for doc in &docs {
        if !seen.insert(doc.id.as_str()) {
            stats.problem(
                "duplicate_id",
                doc.source.to_string(),
                format!("id {:?} was used by an earlier article", doc.id),
            );
        }
    }
    (docs, stats)
}

fn read_bytes(file: &InputFile) -> std::io::Result<Vec<u8>> {
    let mut raw = std::fs::File::open(&file.path)?;
    let mut bytes = Vec::new();
    match file.compression {
        Compression::None => {
            raw.read_to_end(&mut bytes)?;
        }
        Compression::Gzip => {
            flate2::read::MultiGzDecoder::new(std::io::BufReader::new(raw))
                .read_to_end(&mut bytes)?;
        }
        Compression::Zstd => {
            zstd::stream::read::Decoder::new(raw)?.read_to_end(&mut bytes)?;
        }
    }
    Ok(bytes)
}

/// Read one file. A file that cannot be read whole (missing permissions, a truncated archive)
/// gives no articles and one `unreadable_file` problem: what was decoded before the damage is
/// not passed off as the complete file.
pub fn read_file(file: &InputFile) -> (Vec<Document>, ReadStats) {
    let mut stats = ReadStats {
        files: 1,
        ..ReadStats::default()
    };
    let shown = file.path.display().to_string();
    let bytes = match read_bytes(file) {
        Ok(b) => b,
        Err(e) => {
            let message = match e.kind() {
                std::io::ErrorKind::UnexpectedEof => format!("truncated or damaged archive: {e}"),
                _ => e.to_string(),
            };
            tracing::warn!(file = %shown, %message, "input file skipped");
            stats.problem("unreadable_file", shown, message);
            return (Vec::new(), stats);
        }
    };
    stats.bytes = bytes.len() as u64;
    let docs = match file.format {
        Format::Txt => read_txt(file, &shown, &bytes, &mut stats),
        Format::Jsonl => read_jsonl(file, &shown, &bytes, &mut stats),
    };
    (docs, stats)
}

/// Decode UTF-8, replacing invalid sequences; returns the text and how many were replaced.
fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, usize) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), 0),
        Err(_) => {
            let mut invalid = 0;
            for chunk in bytes.utf8_chunks() {
                if !chunk.invalid().is_empty() {
                    invalid += 1;
                }
            }
            (String::from_utf8_lossy(bytes), invalid)
        }
    }
}

fn read_txt(file: &InputFile, display: &str, bytes: &[u8], stats: &mut ReadStats) -> Vec<Document> {
    let (text, invalid) = decode(bytes);
    if invalid > 0 {
        stats.problem(
            "invalid_utf8",
            display.to_owned(),
            format!("{invalid} invalid UTF-8 sequence(s) replaced with U+FFFD"),
        );
    }
    // A leading byte-order mark is an encoding artefact, not text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        stats.problem("empty_article", display.to_owned(), "no text".to_owned());
        return Vec::new();
    }
    let mut doc = Document::new(file.stem.clone(), Source::file(display), text);
    doc.title_from_text = true;
    vec![doc]
}

fn read_jsonl(
    file: &InputFile,
    display: &str,
    bytes: &[u8],
    stats: &mut ReadStats,
) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut start = 0;
    let mut line_no = 0u64;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        line_no += 1;
        let mut line = &bytes[start..end];
        start = end + 1;
        if let Some(l) = line.strip_suffix(b"\r") {
            line = l;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let location = format!("{display}:{line_no}");
        let (text, invalid) = decode(line);
        if invalid > 0 {
            stats.problem(
                "invalid_utf8",
                location.clone(),
                format!("{invalid} invalid UTF-8 sequence(s) replaced"),
            );
        }
        match parse_record(&text) {
            Ok(rec) => {
                if rec.text.trim().is_empty() {
                    stats.problem("empty_article", location, "\"text\" is empty".to_owned());
                    continue;
                }
                let id = rec.id.unwrap_or_else(|| format!("{}:{line_no}", file.stem));
                let mut doc = Document::new(id, Source::line(display, line_no), rec.text);
                doc.title = rec.title;
                doc.url = rec.url;
                doc.metadata = rec.metadata;
                docs.push(doc);
            }
            Err((kind, message)) => {
                tracing::warn!(%location, %message, "malformed JSONL record");
                stats.problem(kind, location, message);
            }
        }
    }
    docs
}

struct Record {
    id: Option<String>,
    title: Option<String>,
    url: Option<String>,
    text: String,
    metadata: Metadata,
}

fn parse_record(line: &str) -> Result<Record, (&'static str, String)> {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| ("malformed_json", format!("not valid JSON: {e}")))?;
    let serde_json::Value::Object(map) = value else {
        return Err((
            "malformed_json",
            "a record must be a JSON object".to_owned(),
        ));
    };
    let mut id = None;
    let mut title = None;
    let mut url = None;
    let mut text = None;
    let mut metadata = Metadata::new();
    for (key, value) in map {
        match key.as_str() {
            "text" => match value {
                serde_json::Value::String(s) => text = Some(s),
                other => {
                    return Err((
                        "missing_text",
                        format!("\"text\" must be a string, found {}", kind_of(&other)),
                    ));
                }
            },
            "id" => match value {
                serde_json::Value::String(s) => id = Some(s),
                serde_json::Value::Number(n) => id = Some(n.to_string()),
                serde_json::Value::Null => {}
                other => {
                    return Err((
                        "malformed_json",
                        format!(
                            "\"id\" must be a string or number, found {}",
                            kind_of(&other)
                        ),
                    ));
                }
            },
            "title" => match value {
                serde_json::Value::String(s) if !s.trim().is_empty() => title = Some(s),
                serde_json::Value::String(_) | serde_json::Value::Null => {}
                other => {
                    return Err((
                        "malformed_json",
                        format!("\"title\" must be a string, found {}", kind_of(&other)),
                    ));
                }
            },
            "url" => match value {
                serde_json::Value::String(s) => url = Some(s),
                serde_json::Value::Null => {}
                other => {
                    return Err((
                        "malformed_json",
                        format!("\"url\" must be a string, found {}", kind_of(&other)),
                    ));
                }
            },
            _ => {
                metadata.insert(key, value);
            }
        }
    }
    let text = text.ok_or(("missing_text", "record has no \"text\" field".to_owned()))?;
    Ok(Record {
        id,
        title,
        url,
        text,
        metadata,
    })
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
