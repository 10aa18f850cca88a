//! Normalization of scraped news text.
