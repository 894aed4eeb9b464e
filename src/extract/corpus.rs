//! Reading gold corpus files (`../shared/corpus`) and writing the prediction format of
//! `../shared/tools/score.py`. Used by the quality-gate test, the example and the benchmark;
//! the articles themselves never enter the repository.

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use serde::Deserialize;

use super::extract;

/// One gold article: what the scorer needs to re-run the extractor on it.
#[derive(Clone, Debug, Deserialize)]
pub struct CorpusDoc {
    pub id: String,
    pub published_date: String,
    pub body: String,
}

/// Loads every `*.json` gold file of `dir`, sorted by name.
pub fn load_corpus_dir(dir: &Path) -> std::io::Result<Vec<CorpusDoc>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p)?;
            serde_json::from_str(&text).map_err(|e| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{p:?}: {e}"))
            })
        })
        .collect()
}

/// Runs the extractor over every doc and renders the scorer's PRED.json.
pub fn predictions_json(docs: &[CorpusDoc]) -> String {
    let mut articles = serde_json::Map::new();
    for doc in docs {
        let published =
            NaiveDate::parse_from_str(&doc.published_date, "%Y-%m-%d").unwrap_or(NaiveDate::MIN);
        let started = Instant::now();
        let extraction = extract(&doc.body, published);
        let elapsed = started.elapsed().as_secs_f64();
        let facts: Vec<serde_json::Value> = extraction
            .facts()
            .map(|f| {
                serde_json::json!({
                    "kind": f.kind.name(),
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "normalized": f.normalized,
                    "speaker": f.speaker,
                    "unit": f.unit,
                })
            })
            .collect();
        articles.insert(
            doc.id.clone(),
            serde_json::json!({ "facts": facts, "elapsed_s": elapsed }),
        );
    }
    serde_json::to_string_pretty(&serde_json::json!({ "articles": articles }))
        .expect("json values always serialize")
}
