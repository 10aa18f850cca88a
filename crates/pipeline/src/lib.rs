//! The copydesk pipeline.
