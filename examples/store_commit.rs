//! Measures durable `submit_article` throughput with one writer and with many, to show what
//! group commit buys: every submit returns only after a flush + fdatasync covers it, and
//! concurrent writers share those flushes.
//!
//! `cargo run --release --example store_commit -- [SUBMITS_PER_RUN] [THREADS]` (defaults: 400,
//! 16); a debug build measures CPU more than flushes.
//! Each run uses a fresh store in a temp dir (`$TMPDIR` chooses the disk).

use std::sync::Arc;
use std::time::Instant;

use claimtracker::domain::{ExtractedClaim, Fact, FactKind};
use claimtracker::store::{NewArticle, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let submits: usize = args.next().map_or(Ok(400), |a| a.parse())?;
    let threads: usize = args.next().map_or(Ok(16), |a| a.parse())?;

    let single = run(1, submits)?;
    let many = run(threads, submits)?;
    println!("1 writer:   {single:8.0} durable submits/s");
    println!("{threads} writers: {many:8.0} durable submits/s");
    println!("ratio:      {:8.2}x", many / single);
    Ok(())
}

/// Durable submits per second with `threads` writers sharing `total` submits.
fn run(threads: usize, total: usize) -> Result<f64, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Arc::new(Store::open(dir.path())?);
    let per_thread = total.div_ceil(threads);
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || -> Result<(), String> {
                for i in 0..per_thread {
                    let (article, claims) = sample(t, i);
                    store
                        .submit_article(article, claims, "bench")
                        .map_err(|e| e.to_string())?;
                }
                Ok(())
            })
        })
        .collect();
    for h in handles {
        h.join().map_err(|_| "writer panicked")??;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let done = per_thread * threads;
    let stats = store.stats()?;
    assert_eq!(stats.articles as usize, done, "every submit stored once");
    let flushes = store.flush_count();
    println!(
        "{threads:2} writer(s): {done} submits, {flushes} flushes ({:.1} submits/flush), {elapsed:.2}s",
        done as f64 / flushes.max(1) as f64
    );
    Ok(done as f64 / elapsed)
}

/// A ~2 KiB article with three claims, unique per (thread, index).
fn sample(thread: usize, index: usize) -> (NewArticle, Vec<ExtractedClaim>) {
    let sentence =
        format!("Writer {thread} reports that item {index} rose 12% to $4 million in 2024. ");
    let body = sentence.repeat(24);
    let claims = (0..3)
        .map(|k| {
            let start = k * sentence.len();
            ExtractedClaim {
                text: sentence.trim_end().to_owned(),
                start,
                end: start + sentence.len() - 1,
                facts: vec![
                    Fact {
                        kind: FactKind::Percent,
                        text: "12%".into(),
                        normalized: "12".into(),
                        ..Fact::default()
                    },
                    Fact {
                        kind: FactKind::Money,
                        text: "$4 million".into(),
                        normalized: "USD 4000000".into(),
                        currency: "USD".into(),
                        ..Fact::default()
                    },
                ],
                checkworthiness: 0.8,
                fingerprint: format!("{thread}-{index}-{k}"),
            }
        })
        .collect();
    let article = NewArticle {
        title: format!("Report {thread}/{index}"),
        url: format!("https://news.example/{thread}/{index}"),
        source: "bench".into(),
        published_date: "2024-05-01".into(),
        body,
        request_id: String::new(),
    };
    (article, claims)
}
