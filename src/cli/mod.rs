//! The `claimtracker` command line (placeholder until implemented).
