//! Output of copydesk runs.
