//! Output of a copydesk run: `documents.jsonl`, `duplicates.jsonl` and `report.json`.
//!
//! Every file is written through [`AtomicFile`]: into a temporary file beside its target, flushed
//! and synced, then renamed over the target. A run that fails half-way leaves the previous output
//! in place and no partial file behind.
//!
//! ```
//! use copydesk_doc::{Document, Source};
//! use copydesk_export::{write_documents, DocumentRecord};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let doc = Document::new("a1", Source::file("a1.txt"), "Body.");
//! let n = write_documents(&dir.path().join("documents.jsonl"), [DocumentRecord::from(&doc)]).unwrap();
//! assert_eq!(n, 1);
//! ```

mod report;

pub use report::{InputReport, MAX_LISTED_PROBLEMS, Problem, RunReport, StageReport};

use copydesk_doc::{Document, Edit, Metadata, Source};
use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output problem, always naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("cannot encode a record for {path}: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
}

/// A file written beside its target and renamed into place by [`AtomicFile::commit`].
/// Dropped without a commit, it removes its temporary file and leaves the target untouched.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Create the temporary file beside `target`.
    pub fn create(target: &Path) -> Result<Self, ExportError> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = File::create(&temp).map_err(|source| ExportError::Io {
            path: temp.clone(),
            source,
        })?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            temp,
            writer: Some(BufWriter::with_capacity(1 << 20, file)),
        })
    }

    /// The final path.
    pub fn target(&self) -> &Path {
        &self.target
    }

    fn io_err(&self, source: io::Error) -> ExportError {
        ExportError::Io {
            path: self.target.clone(),
            source,
        }
    }

    /// Write bytes.
    pub fn write_all(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        match self.writer.as_mut() {
            Some(w) => w.write_all(bytes).map_err(|e| ExportError::Io {
                path: self.target.clone(),
                source: e,
            }),
            None => Err(self.io_err(io::Error::other("file already committed"))),
        }
    }

    /// Write one value as a JSON line.
    pub fn write_json_line<T: Serialize>(&mut self, value: &T) -> Result<(), ExportError> {
        let Some(w) = self.writer.as_mut() else {
            return Err(self.io_err(io::Error::other("file already committed")));
        };
        let target = &self.target;
        serde_json::to_writer(&mut *w, value).map_err(|source| {
            if source.is_io() {
                ExportError::Io {
                    path: target.clone(),
                    source: source.into(),
                }
            } else {
                ExportError::Json {
                    path: target.clone(),
                    source,
                }
            }
        })?;
        w.write_all(b"\n").map_err(|e| ExportError::Io {
            path: target.clone(),
            source: e,
        })
    }

    /// Flush, sync and rename into place.
    pub fn commit(mut self) -> Result<(), ExportError> {
        let writer = self
            .writer
            .take()
            .ok_or_else(|| self.io_err(io::Error::other("file already committed")))?;
        let file = writer.into_inner().map_err(|e| ExportError::Io {
            path: self.target.clone(),
            source: e.into_error(),
        })?;
        file.sync_all().map_err(|e| self.io_err(e))?;
        drop(file);
        std::fs::rename(&self.temp, &self.target).map_err(|e| self.io_err(e))?;
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            // Not committed: the run failed, so the partial file must not survive.
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// One line of `documents.jsonl`: the kept article and what every stage added to it.
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    pub id: &'a str,
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    pub text: &'a str,
    pub tokens: Option<usize>,
    pub source: &'a Source,
    pub metadata: &'a Metadata,
    pub edits: &'a [Edit],
}

impl<'a> From<&'a Document> for DocumentRecord<'a> {
    fn from(doc: &'a Document) -> Self {
        DocumentRecord {
            id: &doc.id,
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
            text: &doc.text,
            tokens: doc.tokens,
            source: &doc.source,
            metadata: &doc.metadata,
            edits: &doc.edits,
        }
    }
}

/// One line of `duplicates.jsonl`: a dropped article and the kept one it duplicates.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct DuplicateRecord {
    pub id: String,
    pub duplicate_of: String,
    /// Jaccard similarity of the word shingles (1.0 for exact copies).
    pub similarity: f64,
    /// `exact` or `near`.
    pub method: String,
    pub source: Source,
}

/// Write JSON lines atomically; returns how many were written.
pub fn write_jsonl<T: Serialize>(
    path: &Path,
    records: impl IntoIterator<Item = T>,
) -> Result<usize, ExportError> {
    let mut file = AtomicFile::create(path)?;
    let mut n = 0;
    for record in records {
        file.write_json_line(&record)?;
        n += 1;
    }
    file.commit()?;
    Ok(n)
}

/// Write `documents.jsonl`.
pub fn write_documents<'a>(
    path: &Path,
    docs: impl IntoIterator<Item = DocumentRecord<'a>>,
) -> Result<usize, ExportError> {
    write_jsonl(path, docs)
}

/// Write a pretty-printed JSON value atomically (the run report).
pub fn write_json_pretty<T: Serialize>(path: &Path, value: &T) -> Result<(), ExportError> {
    let mut file = AtomicFile::create(path)?;
    let bytes = serde_json::to_vec_pretty(value).map_err(|source| ExportError::Json {
        path: path.to_path_buf(),
        source,
    })?;
    file.write_all(&bytes)?;
    file.write_all(b"\n")?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uncommitted_file_leaves_target_intact() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("documents.jsonl");
        std::fs::write(&target, "old\n").unwrap();
        {
            let mut f = AtomicFile::create(&target).unwrap();
            f.write_all(b"half a new fi").unwrap();
            // Dropped without commit, as when a later step of the run fails.
        }
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "temporary file left behind: {left:?}");
    }

    #[test]
    fn committed_file_replaces_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("d.jsonl");
        std::fs::write(&target, "old\n").unwrap();
        let doc = Document::new("x", Source::line("in.jsonl", 3), "T\u{2019}s body");
        let n = write_documents(&target, [DocumentRecord::from(&doc)]).unwrap();
        assert_eq!(n, 1);
        let out = std::fs::read_to_string(&target).unwrap();
        assert!(
            out.starts_with("{\"id\":\"x\",\"title\":null,\"text\":\"T\u{2019}s body\""),
            "{out}"
        );
        assert!(
            out.contains("\"source\":{\"file\":\"in.jsonl\",\"line\":3}"),
            "{out}"
        );
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn unwritable_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-dir").join("report.json");
        let err = write_json_pretty(&target, &1).unwrap_err().to_string();
        assert!(err.contains("missing-dir"), "{err}");
    }
}
