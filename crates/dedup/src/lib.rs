//! Deduplication of articles.
