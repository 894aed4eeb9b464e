//! Behaviour of the store through its public API, on real sled directories in temp dirs.
//! Shared fixtures live here; each file holds one area of behaviour.

mod durability;
mod lists;
mod reviews;
mod submit;

use super::*;
use crate::domain::{Fact, FactKind, VerificationStatus as S};

pub(super) fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

pub(super) fn fact(kind: FactKind, normalized: &str) -> Fact {
    Fact {
        kind,
        text: normalized.into(),
        normalized: normalized.into(),
        ..Fact::default()
    }
}

pub(super) fn extracted(text: &str, facts: &[(FactKind, &str)]) -> ExtractedClaim {
    ExtractedClaim {
        text: text.into(),
        start: 0,
        end: text.len(),
        facts: facts.iter().map(|&(k, n)| fact(k, n)).collect(),
        checkworthiness: 0.5,
        fingerprint: format!("fp-{text}"),
    }
}

pub(super) fn article(body: &str, request_id: &str) -> NewArticle {
    NewArticle {
        title: format!("title of {body}"),
        url: "https://news.example/a".into(),
        source: "Example News".into(),
        published_date: "2024-03-01".into(),
        body: body.into(),
        request_id: request_id.into(),
    }
}

pub(super) fn submit(store: &Store, body: &str, claims: Vec<ExtractedClaim>) -> Submitted {
    store
        .submit_article(article(body, ""), claims, "alice")
        .unwrap()
}

pub(super) fn page(size: usize, token: Option<String>) -> PageRequest {
    PageRequest { size, token }
}

/// Every page of a claim list, checking that only the last page lacks a token.
pub(super) fn all_pages(store: &Store, filter: &ClaimFilter, size: usize) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut token = None;
    loop {
        let p = store.list_claims(filter, &page(size, token)).unwrap();
        assert!(p.items.len() <= size);
        out.extend(p.items);
        match p.next_token {
            Some(t) => token = Some(t),
            None => return out,
        }
    }
}

pub(super) fn ids(claims: &[Claim]) -> Vec<ClaimId> {
    claims.iter().map(|c| c.id).collect()
}

pub(super) fn verdict(id: ClaimId, status: S, expected_revision: u64) -> Review {
    Review {
        claim_id: id,
        status,
        note: "checked against the public record".into(),
        evidence_urls: vec!["https://records.example/1".into()],
        expected_revision,
    }
}

/// Three articles with claims of varied kinds, statuses and assignees.
pub(super) fn populated() -> (tempfile::TempDir, Store, Vec<Claim>) {
    let (dir, store) = open();
    let mut all = Vec::new();
    for a in 0..3 {
        let claims = (0..7)
            .map(|i| {
                let facts: &[(FactKind, &str)] = match i % 4 {
                    0 => &[(FactKind::Count, "7")],
                    1 => &[(FactKind::Money, "USD 5"), (FactKind::Date, "2024")],
                    2 => &[(FactKind::Date, "2024"), (FactKind::Date, "2023")],
                    _ => &[],
                };
                extracted(&format!("Claim {i} of article {a} about Taxes"), facts)
            })
            .collect();
        all.extend(submit(&store, &format!("body {a}"), claims).claims);
    }
    for (i, c) in all.iter_mut().enumerate() {
        if i % 3 == 0 {
            *c = store
                .review_claim(verdict(c.id, S::False, 1), "rev")
                .unwrap();
        } else if i % 5 == 0 {
            *c = store
                .review_claim(verdict(c.id, S::Verified, 0), "rev")
                .unwrap();
        }
        if i % 4 == 1 {
            *c = store.assign_claim(c.id, "kim", 0, "lead").unwrap();
        }
    }
    (dir, store, all)
}

/// Counters recomputed by reading every claim and article.
pub(super) fn recount(store: &Store) -> Stats {
    let claims = all_pages(store, &ClaimFilter::default(), 7);
    let mut articles = 0;
    let mut token = None;
    loop {
        let p = store.list_articles(&page(3, token)).unwrap();
        articles += p.items.len() as u64;
        match p.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    Stats {
        articles,
        claims: claims.len() as u64,
        claims_by_status: S::ALL
            .iter()
            .map(|&s| (s, claims.iter().filter(|c| c.status == s).count() as u64))
            .collect(),
        facts_by_kind: FactKind::ALL
            .iter()
            .map(|&k| {
                let n = claims
                    .iter()
                    .flat_map(|c| &c.facts)
                    .filter(|f| f.kind == k)
                    .count();
                (k, n as u64)
            })
            .collect(),
    }
}
