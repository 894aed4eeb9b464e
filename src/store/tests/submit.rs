//! Submitting: stored fields, not-found errors, idempotency by request id and body hash.

use std::collections::BTreeSet;

use sha2::Digest;

use super::*;

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
