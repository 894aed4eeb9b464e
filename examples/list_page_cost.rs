//! Shows that a filtered ListClaims page costs the same in a small and a large store: filters on
//! status, kind, article and normalized value are served from index trees, resuming at the last
//! id, never by scanning the claims.
//!
//! `cargo run --release --example list_page_cost -- [SMALL_ARTICLES] [LARGE_ARTICLES]`
//! (defaults 50 and 2000; each article holds 20 claims, one of them reviewed FALSE).

use std::time::Instant;

use claimtracker::domain::{ClaimFilter, ExtractedClaim, Fact, FactKind, VerificationStatus};
use claimtracker::store::{NewArticle, PageRequest, Review, Store};

const CLAIMS_PER_ARTICLE: usize = 20;
const PAGES: usize = 200;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let small: usize = args.next().map_or(Ok(50), |a| a.parse())?;
    let large: usize = args.next().map_or(Ok(2000), |a| a.parse())?;
    let small_cost = measure(small)?;
    let large_cost = measure(large)?;
    for ((name, s), (_, l)) in small_cost.iter().zip(&large_cost) {
        println!(
            "{name:<28} {small:>5} articles: {s:7.1} µs/page   {large:>5} articles: {l:7.1} µs/page   ratio {:.2}",
            l / s
        );
    }
    Ok(())
}

/// Mean microseconds per 10-claim page for several filters over a store of `articles`.
fn measure(articles: usize) -> Result<Vec<(&'static str, f64)>, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    for a in 0..articles {
        let submitted = store.submit_article(article(a), claims(a), "bench")?;
        store.review_claim(
            Review {
                claim_id: submitted.claims[0].id,
                status: VerificationStatus::False,
                note: "contradicted".into(),
                evidence_urls: vec![],
                expected_revision: 0,
            },
            "bench",
        )?;
    }
    let filters: [(&'static str, ClaimFilter); 3] = [
        (
            "status FALSE (1 in 20)",
            ClaimFilter {
                statuses: vec![VerificationStatus::False],
                ..Default::default()
            },
        ),
        (
            "kind LEGISLATION (1 in 20)",
            ClaimFilter {
                kinds: vec![FactKind::Legislation],
                ..Default::default()
            },
        ),
        (
            "normalized H.R.7 (1 article)",
            ClaimFilter {
                normalized: Some("H.R.7".into()),
                ..Default::default()
            },
        ),
    ];
    let mut out = Vec::new();
    for (name, filter) in filters {
        let start = Instant::now();
        for _ in 0..PAGES {
            let page = store.list_claims(
                &filter,
                &PageRequest {
                    size: 10,
                    token: None,
                },
            )?;
            std::hint::black_box(page.items.len());
        }
        out.push((name, start.elapsed().as_secs_f64() * 1e6 / PAGES as f64));
    }
    Ok(out)
}

fn article(a: usize) -> NewArticle {
    NewArticle {
        title: format!("Article {a}"),
        published_date: "2024-11-16".into(),
        body: format!("Body of article {a}."),
        ..Default::default()
    }
}

/// Twenty claims: the first cites a bill (H.R.<article number>), the rest carry counts.
fn claims(a: usize) -> Vec<ExtractedClaim> {
    (0..CLAIMS_PER_ARTICLE)
        .map(|c| {
            let fact = if c == 0 {
                Fact {
                    kind: FactKind::Legislation,
                    text: format!("H.R. {a}"),
                    normalized: format!("H.R.{a}"),
                    start: 0,
                    end: 4,
                    ..Default::default()
                }
            } else {
                Fact {
                    kind: FactKind::Count,
                    text: c.to_string(),
                    normalized: c.to_string(),
                    start: 0,
                    end: 2,
                    ..Default::default()
                }
            };
            ExtractedClaim {
                text: format!("Claim {c} of article {a}."),
                start: 0,
                end: 10,
                facts: vec![fact],
                checkworthiness: 0.5,
                fingerprint: format!("{a}-{c}"),
            }
        })
        .collect()
}
