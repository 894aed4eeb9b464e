//! Prints everything `extract` returns (claims, scores, fingerprints, every fact field) for
//! each article of the given gold folders, in a stable order, plus the same bodies cut into
//! halves and joined end to end. A speed change must leave this output byte-identical:
//!
//! `cargo run --release --example extraction_dump -- ../shared/corpus/dev tests/corpus/blind > before.txt`

use std::path::PathBuf;

use claimtracker::extract::corpus::load_corpus_dir;
use claimtracker::extract::extract;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        return Err("usage: extraction_dump GOLD_DIR [GOLD_DIR ...]".into());
    }
    let mut docs = Vec::new();
    for dir in &dirs {
        docs.extend(load_corpus_dir(dir)?);
    }
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let fallback = chrono::NaiveDate::from_ymd_opt(2024, 11, 16).expect("a valid date");
    for doc in &docs {
        let published =
            chrono::NaiveDate::parse_from_str(&doc.published_date, "%Y-%m-%d").unwrap_or(fallback);
        println!("== {}", doc.id);
        println!("{:#?}", extract(&doc.body, published));
        // Cut points inside words, quotes and numbers exercise the finders' edges.
        let mut cut = doc.body.len() / 2;
        while !doc.body.is_char_boundary(cut) {
            cut += 1;
        }
        println!("== {} (second half)", doc.id);
        println!("{:#?}", extract(&doc.body[cut..], published));
    }
    let joined: String = docs
        .iter()
        .map(|d| d.body.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    println!("== all bodies joined");
    println!("{:#?}", extract(&joined, fallback));
    Ok(())
}
