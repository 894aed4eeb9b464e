//! Runs the extractor over a gold corpus folder and prints a prediction file for
//! `../shared/tools/score.py` (format in that script's docstring).
//!
//! `cargo run --release --example corpus_predictions -- ../shared/corpus/dev > /tmp/pred.json`
//! then `python3 ../shared/tools/score.py ../shared/corpus/dev /tmp/pred.json`.
//! Pass several folders (or `--recursive DIR`) to cover `external/recognizers-en/*` too.

use std::path::PathBuf;

use claimtracker::extract::corpus::{load_corpus_dir, predictions_json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        return Err("usage: corpus_predictions GOLD_DIR [GOLD_DIR ...]".into());
    }
    let mut docs = Vec::new();
    for dir in &dirs {
        docs.extend(load_corpus_dir(dir)?);
    }
    println!("{}", predictions_json(&docs));
    Ok(())
}
