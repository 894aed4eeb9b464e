//! The extraction quality gate: run the extractor over every annotated dev article, score it
//! with `shared/tools/score.py`, and fail below strict micro-F1 0.95 or any kind below 0.90.
//! The corpus stays in `shared/`; its path comes from `CLAIMTRACKER_SHARED` (set by `.ci/run`).

use std::path::{Path, PathBuf};
use std::process::Command;

use claimtracker::extract::corpus::{load_corpus_dir, predictions_json};

const MICRO_F1_FLOOR: f64 = 0.95;
const KIND_F1_FLOOR: f64 = 0.90;

fn shared_dir() -> Option<PathBuf> {
    match std::env::var_os("CLAIMTRACKER_SHARED") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            assert!(
                dir.join("corpus/dev").is_dir(),
                "CLAIMTRACKER_SHARED={} has no corpus/dev",
                dir.display()
            );
            Some(dir)
        }
        None => {
            println!("notice: CLAIMTRACKER_SHARED is unset; skipping the corpus quality gate");
            None
        }
    }
}

fn score(shared: &Path, gold_dir: &Path) -> serde_json::Value {
    let gold_dir = gold_dir.to_path_buf();
    let docs = load_corpus_dir(&gold_dir).expect("corpus loads");
    assert!(!docs.is_empty(), "no articles in {}", gold_dir.display());
    let out = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(out.path(), predictions_json(&docs)).unwrap();
    let table = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .arg(&gold_dir)
        .arg(out.path())
        .output()
        .expect("python3 runs the scorer");
    println!("{}", String::from_utf8_lossy(&table.stdout));
    let json = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .arg(&gold_dir)
        .arg(out.path())
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    assert!(
        json.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&json.stderr)
    );
    serde_json::from_slice(&json.stdout).expect("scorer prints json")
}

fn f1(section: &serde_json::Value) -> f64 {
    section["strict"]["f1"].as_f64().expect("strict f1")
}

/// Fails when micro strict F1 or any annotated kind's strict F1 is below its floor.
fn assert_quality_floor(report: &serde_json::Value) {
    let micro = f1(&report["micro"]);
    let mut failures = Vec::new();
    if micro < MICRO_F1_FLOOR {
        failures.push(format!("micro strict F1 {micro:.3} < {MICRO_F1_FLOOR}"));
    }
    for (kind, section) in report["per_kind"].as_object().expect("per_kind") {
        if section["gold"].as_u64().unwrap_or(0) == 0 {
            continue;
        }
        let kind_f1 = f1(section);
        if kind_f1 < KIND_F1_FLOOR {
            failures.push(format!("{kind} strict F1 {kind_f1:.3} < {KIND_F1_FLOOR}"));
        }
    }
    assert!(failures.is_empty(), "quality gate: {failures:?}");
}

#[test]
fn dev_corpus_meets_the_quality_floor() {
    let Some(shared) = shared_dir() else { return };
    assert_quality_floor(&score(&shared, &shared.join("corpus/dev")));
}

/// The blind set (tests/corpus/blind, written for the project and held out from tuning) is held
/// to the same floor: rules that only fit the dev articles fail here.
#[test]
fn blind_set_meets_the_quality_floor() {
    let Some(shared) = shared_dir() else { return };
    let blind = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blind");
    assert_quality_floor(&score(&shared, &blind));
}

/// The second blind set (tests/corpus/blind2), written later by two more annotators, the same.
#[test]
fn second_blind_set_meets_the_quality_floor() {
    let Some(shared) = shared_dir() else { return };
    let blind = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blind2");
    assert_quality_floor(&score(&shared, &blind));
}

/// The third blind set (tests/corpus/blind3), the same.
#[test]
fn third_blind_set_meets_the_quality_floor() {
    let Some(shared) = shared_dir() else { return };
    let blind = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blind3");
    assert_quality_floor(&score(&shared, &blind));
}

/// The fourth blind set (tests/corpus/blind4), the same.
#[test]
fn fourth_blind_set_meets_the_quality_floor() {
    let Some(shared) = shared_dir() else { return };
    let blind = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blind4");
    assert_quality_floor(&score(&shared, &blind));
}

/// The Recognizers-Text cases are single expressions, not news; they are reported, not gated,
/// so a regression shows in the test log.
#[test]
fn external_cases_are_scored() {
    let Some(shared) = shared_dir() else { return };
    for kind in ["datetime", "number", "currency", "percent", "duration"] {
        let dir = shared.join("corpus/external/recognizers-en").join(kind);
        let report = score(&shared, &dir);
        println!(
            "recognizers-en/{kind}: micro strict F1 {:.3}",
            f1(&report["micro"])
        );
    }
}
