//! Extraction throughput (MB/s) over the dev corpus, beside a plain `split_whitespace` word count
//! over the same text in the same run (the baseline the target is stated against: at least
//! 1/20 of its rate), plus 2 MiB hostile bodies at two sizes to show linear time.
//!
//! `CLAIMTRACKER_SHARED=../shared cargo bench --bench extract`

use std::hint::black_box;
use std::path::PathBuf;

use chrono::NaiveDate;
use claimtracker::extract::corpus::load_corpus_dir;
use claimtracker::extract::extract;
use criterion::{Criterion, Throughput, criterion_group};

fn corpus_text() -> Vec<String> {
    let shared = std::env::var_os("CLAIMTRACKER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"));
    match load_corpus_dir(&shared.join("corpus/dev")) {
        Ok(docs) if !docs.is_empty() => docs.into_iter().map(|d| d.body).collect(),
        _ => {
            eprintln!(
                "notice: no corpus at {}; benchmarking a synthetic article",
                shared.display()
            );
            vec![synthetic_article()]
        }
    }
}

/// A stand-in written for the benchmark when the corpus is absent.
fn synthetic_article() -> String {
    "date 2024-11-16 The council approved 46 new members on Friday, officials said. \
     The budget grew 12 percent to $1.5 million in June 2024, up from Rs 5 crore last year. \
     \"We will keep every promise we made,\" the mayor said. Lawmakers cited H. Res. 901. "
        .repeat(40)
}

fn throughput(c: &mut Criterion) {
    let docs = corpus_text();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let published = NaiveDate::from_ymd_opt(2024, 11, 16).unwrap();
    let mut group = c.benchmark_group("dev_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("split_whitespace_count", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(d.as_str()).split_whitespace().count())
                .sum::<usize>()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    extract(black_box(d), published)
                        .claims
                        .iter()
                        .map(|c| c.facts.len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn hostile(c: &mut Criterion) {
    let published = NaiveDate::from_ymd_opt(2024, 11, 16).unwrap();
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, unit) in [
        ("digits", "1234567890"),
        ("quotes", "\""),
        ("bill_prefix", "H. Res. "),
        (
            "no_sentence_end",
            "the 46 members met in June 2024 and said ",
        ),
    ] {
        for size in [1024 * 1024, 2 * 1024 * 1024] {
            let body = unit.repeat(size / unit.len());
            group.throughput(Throughput::Bytes(body.len() as u64));
            group.bench_function(format!("{name}/{}KiB", size / 1024), |b| {
                b.iter(|| extract(black_box(&body), published).claims.len())
            });
        }
    }
    group.finish();
}

/// Mean time per iteration criterion recorded for `group/bench` in this run, in nanoseconds.
fn mean_ns(group: &str, bench: &str) -> Option<f64> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let path = target
        .join("criterion")
        .join(group)
        .join(bench)
        .join("new/estimates.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    json["mean"]["point_estimate"].as_f64()
}

/// The number the issue states its target in: extraction's rate as a fraction of the word
/// count's, both over the same text in this run (target: at least 1/20).
fn print_ratio() {
    if let (Some(words), Some(extract)) = (
        mean_ns("dev_corpus", "split_whitespace_count"),
        mean_ns("dev_corpus", "extract"),
    ) {
        println!(
            "dev_corpus: extract runs at 1/{:.1} of the split_whitespace rate (target: 1/20 or better)",
            extract / words
        );
    }
}

criterion_group!(benches, throughput, hostile);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    print_ratio();
}
