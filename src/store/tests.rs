//! Behaviour of the store through its public API, on real sled directories in temp dirs.

use std::collections::BTreeSet;
use std::sync::Arc;

use sha2::Digest;

use super::*;
use crate::domain::{Fact, FactKind, VerificationStatus as S};

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

fn fact(kind: FactKind, normalized: &str) -> Fact {
    Fact {
        kind,
        text: normalized.into(),
        normalized: normalized.into(),
        ..Fact::default()
    }
}

fn extracted(text: &str, facts: &[(FactKind, &str)]) -> ExtractedClaim {
    ExtractedClaim {
        text: text.into(),
        start: 0,
        end: text.len(),
        facts: facts.iter().map(|&(k, n)| fact(k, n)).collect(),
        checkworthiness: 0.5,
        fingerprint: format!("fp-{text}"),
    }
}

fn article(body: &str, request_id: &str) -> NewArticle {
    NewArticle {
        title: format!("title of {body}"),
        url: "https://news.example/a".into(),
        source: "Example News".into(),
        published_date: "2024-03-01".into(),
        body: body.into(),
        request_id: request_id.into(),
    }
}

fn submit(store: &Store, body: &str, claims: Vec<ExtractedClaim>) -> Submitted {
    store
        .submit_article(article(body, ""), claims, "alice")
        .unwrap()
}

fn page(size: usize, token: Option<String>) -> PageRequest {
    PageRequest { size, token }
}

/// Every page of a claim list, checking that only the last page lacks a token.
fn all_pages(store: &Store, filter: &ClaimFilter, size: usize) -> Vec<Claim> {
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

fn ids(claims: &[Claim]) -> Vec<ClaimId> {
    claims.iter().map(|c| c.id).collect()
}

fn verdict(id: ClaimId, status: S, expected_revision: u64) -> Review {
    Review {
        claim_id: id,
        status,
        note: "checked against the public record".into(),
        evidence_urls: vec!["https://records.example/1".into()],
        expected_revision,
    }
}

#[test]
fn submitted_article_and_claims_read_back() {
    let (_dir, store) = open();
    let s = submit(
        &store,
        "Body one.",
        vec![
            extracted("First 3 claims.", &[(FactKind::Count, "3")]),
            extracted("Then 12% more.", &[(FactKind::Percent, "12")]),
        ],
    );
    assert!(!s.already_existed);
    assert_eq!(s.article.claim_count, 2);
    assert_eq!(
        s.article.content_sha256,
        hex::encode(sha2::Sha256::digest(b"Body one."))
    );
    assert_eq!(store.get_article(s.article.id).unwrap(), s.article);
    assert!(s.claims[0].id < s.claims[1].id, "ids follow body order");
    for c in &s.claims {
        assert_eq!(store.get_claim(c.id).unwrap(), *c);
        assert_eq!(c.status, S::Unreviewed);
        assert_eq!(c.revision, 1);
        assert_eq!(c.updated_by, "alice");
        assert_eq!(c.article_id, s.article.id);
    }
}

#[test]
fn unknown_ids_are_not_found() {
    let (_dir, store) = open();
    assert!(matches!(
        store.get_article(ArticleId::new()),
        Err(StoreError::NotFound {
            what: "article",
            ..
        })
    ));
    assert!(matches!(
        store.get_claim(ClaimId::new()),
        Err(StoreError::NotFound { what: "claim", .. })
    ));
    assert!(matches!(
        store.review_claim(verdict(ClaimId::new(), S::False, 0), "bob"),
        Err(StoreError::NotFound { what: "claim", .. })
    ));
    assert!(matches!(
        store.claim_history(ClaimId::new(), &page(10, None)),
        Err(StoreError::NotFound { what: "claim", .. })
    ));
}

#[test]
fn same_request_id_returns_the_stored_article() {
    let (_dir, store) = open();
    let first = store
        .submit_article(
            article("Original body.", "req-1"),
            vec![extracted("A 5% rise.", &[(FactKind::Percent, "5")])],
            "alice",
        )
        .unwrap();
    let again = store
        .submit_article(article("Different body.", "req-1"), vec![], "bob")
        .unwrap();
    assert!(again.already_existed);
    assert_eq!(again.article, first.article);
    assert_eq!(again.claims, first.claims);
    assert_eq!(store.stats().unwrap().articles, 1);
    let found = store.find_existing("req-1", "").unwrap().unwrap();
    assert_eq!(found.article.id, first.article.id);
    assert!(store.find_existing("req-2", "00").unwrap().is_none());
}

#[test]
fn same_body_returns_the_stored_article() {
    let (_dir, store) = open();
    let first = submit(
        &store,
        "Shared body.",
        vec![extracted("One.", &[(FactKind::Count, "1")])],
    );
    let again = store
        .submit_article(
            article("Shared body.", "other-request"),
            vec![extracted("One.", &[(FactKind::Count, "1")])],
            "bob",
        )
        .unwrap();
    assert!(again.already_existed);
    assert_eq!(again.article.id, first.article.id);
    assert_eq!(ids(&again.claims), ids(&first.claims));
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.claims), (1, 1));
    assert_eq!(store.last_sequence().unwrap(), 1);
}

#[test]
fn concurrent_identical_submits_store_one_article() {
    let (_dir, store) = open();
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            std::thread::spawn(move || {
                store
                    .submit_article(
                        article("Raced body.", ""),
                        vec![extracted("Two 2 things.", &[(FactKind::Count, "2")])],
                        "racer",
                    )
                    .unwrap()
            })
        })
        .collect();
    let results: Vec<Submitted> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(results.iter().filter(|r| !r.already_existed).count(), 1);
    let article_ids: BTreeSet<_> = results.iter().map(|r| r.article.id).collect();
    assert_eq!(article_ids.len(), 1);
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.claims), (1, 1));
}

/// Three articles with claims of varied kinds, statuses and assignees.
fn populated() -> (tempfile::TempDir, Store, Vec<Claim>) {
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

#[test]
fn every_filter_pages_without_gaps_or_duplicates() {
    let (_dir, store, all) = populated();
    let filters = vec![
        ClaimFilter::default(),
        ClaimFilter {
            article_id: Some(all[8].article_id),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            statuses: vec![S::False],
            ..ClaimFilter::default()
        },
        ClaimFilter {
            statuses: vec![S::Verified, S::Unreviewed, S::False],
            ..ClaimFilter::default()
        },
        ClaimFilter {
            kinds: vec![FactKind::Date],
            ..ClaimFilter::default()
        },
        ClaimFilter {
            kinds: vec![FactKind::Date, FactKind::Money, FactKind::Count],
            ..ClaimFilter::default()
        },
        ClaimFilter {
            assignee: Some("kim".into()),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            normalized: Some("2024".into()),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            text_query: Some("OF ARTICLE 1".into()),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            statuses: vec![S::Unreviewed, S::Verified],
            kinds: vec![FactKind::Date],
            ..ClaimFilter::default()
        },
        ClaimFilter {
            article_id: Some(all[0].article_id),
            statuses: vec![S::False],
            text_query: Some("taxes".into()),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            assignee: Some("nobody".into()),
            ..ClaimFilter::default()
        },
    ];
    for filter in &filters {
        let expected: Vec<ClaimId> = all
            .iter()
            .filter(|c| filter.matches(c))
            .map(|c| c.id)
            .collect();
        for size in [1, 2, 3, 1000] {
            let got = all_pages(&store, filter, size);
            assert_eq!(ids(&got), expected, "filter {filter:?}, page size {size}");
        }
    }
    // The claims returned are the current ones, not stale copies.
    let everything = all_pages(&store, &ClaimFilter::default(), 4);
    assert_eq!(everything, all);
}

#[test]
fn full_page_at_the_end_has_no_token() {
    let (_dir, store) = open();
    submit(
        &store,
        "b",
        vec![extracted("x 1", &[]), extracted("y 2", &[])],
    );
    let p = store
        .list_claims(&ClaimFilter::default(), &page(2, None))
        .unwrap();
    assert_eq!(p.items.len(), 2);
    assert!(p.next_token.is_none());
}

#[test]
fn token_reused_with_another_filter_is_refused() {
    let (_dir, store, _all) = populated();
    let first = ClaimFilter {
        statuses: vec![S::False],
        ..ClaimFilter::default()
    };
    let token = store
        .list_claims(&first, &page(1, None))
        .unwrap()
        .next_token
        .unwrap();
    let other = ClaimFilter {
        statuses: vec![S::Verified],
        ..ClaimFilter::default()
    };
    assert!(matches!(
        store.list_claims(&other, &page(1, Some(token.clone()))),
        Err(StoreError::InvalidPageToken)
    ));
    assert!(matches!(
        store.list_articles(&page(1, Some(token))),
        Err(StoreError::InvalidPageToken)
    ));
    assert!(matches!(
        store.list_claims(&first, &page(1, Some("not a token".into()))),
        Err(StoreError::InvalidPageToken)
    ));
}

#[test]
fn articles_list_newest_first_across_pages() {
    let (_dir, store) = open();
    let made: Vec<ArticleId> = (0..5)
        .map(|i| submit(&store, &format!("article {i}"), vec![]).article.id)
        .collect();
    let mut got = Vec::new();
    let mut token = None;
    loop {
        let p = store.list_articles(&page(2, token)).unwrap();
        got.extend(p.items.iter().map(|a| a.id));
        match p.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    let mut newest_first = made;
    newest_first.reverse();
    assert_eq!(got, newest_first);
}

#[test]
fn stale_revision_is_refused_and_changes_nothing() {
    let (_dir, store) = open();
    let c = submit(&store, "b", vec![extracted("x 1", &[])]).claims[0].clone();
    let reviewed = store
        .review_claim(verdict(c.id, S::Verified, 1), "rev")
        .unwrap();
    assert_eq!(reviewed.revision, 2);
    assert_eq!(reviewed.updated_by, "rev");
    match store.review_claim(verdict(c.id, S::False, 1), "rev") {
        Err(StoreError::StaleRevision { expected, actual }) => {
            assert_eq!((expected, actual), (1, 2));
        }
        other => panic!("expected StaleRevision, got {other:?}"),
    }
    assert!(matches!(
        store.assign_claim(c.id, "kim", 7, "lead"),
        Err(StoreError::StaleRevision { .. })
    ));
    assert_eq!(store.get_claim(c.id).unwrap(), reviewed);
}

#[test]
fn verdict_without_note_or_evidence_is_refused() {
    let (_dir, store) = open();
    let c = submit(&store, "b", vec![extracted("x 1", &[])]).claims[0].clone();
    let bare = Review {
        claim_id: c.id,
        status: S::Misleading,
        note: String::new(),
        evidence_urls: vec![],
        expected_revision: 0,
    };
    assert!(matches!(
        store.review_claim(bare.clone(), "rev"),
        Err(StoreError::InvalidArgument { field: "note", .. })
    ));
    let relative = Review {
        evidence_urls: vec!["/docs/1".into()],
        ..bare.clone()
    };
    assert!(matches!(
        store.review_claim(relative, "rev"),
        Err(StoreError::InvalidArgument {
            field: "evidence_urls",
            ..
        })
    ));
    let in_review = Review {
        status: S::InReview,
        ..bare
    };
    assert_eq!(store.review_claim(in_review, "rev").unwrap().revision, 2);
    assert_eq!(store.last_sequence().unwrap(), 2);
}

#[test]
fn history_lists_every_change_oldest_first() {
    let (_dir, store) = open();
    let c = submit(&store, "b", vec![extracted("x 1", &[])]).claims[0].clone();
    store.assign_claim(c.id, "kim", 1, "lead").unwrap();
    store
        .review_claim(verdict(c.id, S::PartlyTrue, 2), "kim")
        .unwrap();
    store.assign_claim(c.id, "", 3, "lead").unwrap();
    let mut events = Vec::new();
    let mut token = None;
    loop {
        let p = store.claim_history(c.id, &page(1, token)).unwrap();
        events.extend(p.items);
        match p.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    use crate::domain::ClaimEventType as E;
    let kinds: Vec<_> = events.iter().map(|e| e.event_type).collect();
    assert_eq!(kinds, [E::Created, E::Assigned, E::Reviewed, E::Assigned]);
    let actors: Vec<_> = events.iter().map(|e| e.actor.as_str()).collect();
    assert_eq!(actors, ["alice", "lead", "kim", "lead"]);
    assert_eq!(events[0].previous_status, None);
    assert_eq!(events[2].previous_status, Some(S::Unreviewed));
    assert_eq!(events[2].claim.status, S::PartlyTrue);
    assert_eq!(events[3].claim.assignee, "");
    assert!(events.windows(2).all(|w| w[0].sequence < w[1].sequence));
    assert_eq!(events[3].claim.revision, 4);

    let after = store.events_after(1, 10).unwrap();
    assert_eq!(
        after.iter().map(|e| e.sequence).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert_eq!(store.events_after(0, 2).unwrap().len(), 2);
    assert!(store.events_after(4, 10).unwrap().is_empty());
}

#[test]
fn assignment_moves_the_assignee_index() {
    let (_dir, store) = open();
    let c = submit(&store, "b", vec![extracted("x 1", &[])]).claims[0].clone();
    let by = |name: &str| {
        let f = ClaimFilter {
            assignee: Some(name.into()),
            ..ClaimFilter::default()
        };
        ids(&all_pages(&store, &f, 10))
    };
    store.assign_claim(c.id, "kim", 0, "lead").unwrap();
    assert_eq!(by("kim"), [c.id]);
    store.assign_claim(c.id, "lee", 0, "lead").unwrap();
    assert!(by("kim").is_empty());
    assert_eq!(by("lee"), [c.id]);
    // A name that extends another one's key is not mistaken for it.
    let d = submit(&store, "c", vec![extracted("y 2", &[])]).claims[0].clone();
    store.assign_claim(d.id, "lee\0x", 0, "lead").unwrap();
    assert_eq!(by("lee"), [c.id]);
    assert_eq!(by("lee\0x"), [d.id]);
}

/// Counters recomputed by reading every claim and article.
fn recount(store: &Store) -> Stats {
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

#[test]
fn counters_match_a_recount_after_mixed_operations() {
    let (_dir, store, all) = populated();
    // Idempotent repeats and refused reviews must not move counters.
    submit(&store, "body 1", vec![]);
    let _ = store.review_claim(verdict(all[0].id, S::Verified, 1), "rev");
    store
        .review_claim(verdict(all[1].id, S::Verified, 0), "rev")
        .unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats, recount(&store));
    assert_eq!(stats.claims_by_status.len(), S::ALL.len());
    assert_eq!(stats.facts_by_kind.len(), FactKind::ALL.len());
    assert!(stats.facts_by_kind.contains(&(FactKind::Quote, 0)));
    assert!(store.check().unwrap().is_ok());
}

#[test]
fn reopened_store_has_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (article, claims, stats, seq) = {
        let store = Store::open(dir.path()).unwrap();
        let s = store
            .submit_article(
                article("Persisted body.", "req-p"),
                vec![
                    extracted("Kept 4 items.", &[(FactKind::Count, "4")]),
                    extracted("Kept USD 9.", &[(FactKind::Money, "USD 9")]),
                ],
                "alice",
            )
            .unwrap();
        let reviewed = store
            .review_claim(verdict(s.claims[1].id, S::False, 1), "rev")
            .unwrap();
        store.flush().unwrap();
        (
            s.article,
            vec![s.claims[0].clone(), reviewed],
            store.stats().unwrap(),
            store.last_sequence().unwrap(),
        )
    };
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.get_article(article.id).unwrap(), article);
    for c in &claims {
        assert_eq!(store.get_claim(c.id).unwrap(), *c);
    }
    assert_eq!(store.stats().unwrap(), stats);
    assert_eq!(store.last_sequence().unwrap(), seq);
    let again = store
        .submit_article(article_for_reopen(), vec![], "bob")
        .unwrap();
    assert!(again.already_existed);
    assert_eq!(ids(&again.claims), ids(&claims));
    let f = ClaimFilter {
        statuses: vec![S::False],
        ..ClaimFilter::default()
    };
    assert_eq!(ids(&all_pages(&store, &f, 5)), [claims[1].id]);
    // The sequence keeps counting from where it was.
    let c = store.assign_claim(claims[0].id, "kim", 0, "lead").unwrap();
    let h = store.claim_history(c.id, &page(10, None)).unwrap();
    assert_eq!(h.items.last().unwrap().sequence, seq + 1);
    assert!(store.check().unwrap().is_ok());
}

fn article_for_reopen() -> NewArticle {
    article("another body, same request", "req-p")
}

#[test]
fn concurrent_writers_all_commit() {
    let (_dir, store) = open();
    let store = Arc::new(store);
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || {
                for i in 0..10 {
                    let s = submit(
                        &store,
                        &format!("thread {t} article {i}"),
                        vec![extracted("x 1", &[(FactKind::Count, "1")])],
                    );
                    store
                        .review_claim(verdict(s.claims[0].id, S::Verified, 1), "rev")
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, 80);
    assert_eq!(stats, recount(&store));
    assert_eq!(store.last_sequence().unwrap(), 160);
    assert!(store.check().unwrap().is_ok());
    // Creation order is id order is sequence order of the CREATED events.
    let created: Vec<ClaimId> = store
        .events_after(0, 1000)
        .unwrap()
        .into_iter()
        .filter(|e| e.event_type == crate::domain::ClaimEventType::Created)
        .map(|e| e.claim.id)
        .collect();
    let mut sorted = created.clone();
    sorted.sort();
    assert_eq!(created, sorted);
}

#[test]
fn subscribers_learn_the_newest_durable_sequence() {
    let (_dir, store) = open();
    let mut rx = store.subscribe();
    assert_eq!(*rx.borrow_and_update(), 0);
    let s = submit(
        &store,
        "watched",
        vec![extracted("a 1", &[]), extracted("b 2", &[])],
    );
    assert!(rx.has_changed().unwrap());
    assert_eq!(*rx.borrow_and_update(), 2);
    store
        .review_claim(verdict(s.claims[0].id, S::False, 0), "rev")
        .unwrap();
    assert_eq!(*rx.borrow_and_update(), 3);
    // An idempotent repeat writes no event and wakes nobody.
    submit(&store, "watched", vec![]);
    assert!(!rx.has_changed().unwrap());
    let seqs: Vec<u64> = store
        .events_after(0, 10)
        .unwrap()
        .iter()
        .map(|e| e.sequence)
        .collect();
    assert_eq!(seqs, [1, 2, 3]);
}

#[test]
fn reopened_store_publishes_its_last_sequence() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        submit(&store, "x", vec![extracted("a 1", &[])]);
        store.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(*store.subscribe().borrow(), 1);
    assert_eq!(store.events_after(0, 10).unwrap().len(), 1);
}

#[test]
fn check_passes_after_mixed_operations() {
    let (_dir, store, _all) = populated();
    let report = store.check().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!((report.articles, report.claims), (3, 21));
    assert_eq!(report.events, store.last_sequence().unwrap());
}

#[test]
fn check_reports_a_missing_index_entry_and_a_wrong_counter() {
    let (_dir, store, all) = populated();
    let t = store.trees();
    t.by_status
        .remove(keys::by_status(all[2].status, all[2].id))
        .unwrap();
    t.meta
        .insert(keys::META_ARTICLES, &7u64.to_be_bytes()[..])
        .unwrap();
    t.by_kind
        .insert(keys::by_kind(FactKind::Quote, all[3].id), &[][..])
        .unwrap();
    let report = store.check().unwrap();
    assert_eq!(report.problem_count, 3, "{:?}", report.problems);
    let text = report.problems.join("\n");
    assert!(text.contains("by_status entry missing"), "{text}");
    assert!(
        text.contains("counter articles: 7 stored, 3 counted"),
        "{text}"
    );
    assert!(text.contains("by_kind: entry"), "{text}");
}
