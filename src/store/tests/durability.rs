//! Counters, reopening, concurrent writers, the durable-sequence notifier, the check.

use std::sync::Arc;

use super::*;

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

#[test]
fn article_larger_than_a_log_page_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    // Past a quarter of the 8 MiB segment, so sled writes it as a blob file.
    let body = "A long report sentence with 12 facts. ".repeat(80_000);
    let id = {
        let store = Store::open(dir.path()).unwrap();
        let s = submit(&store, &body, vec![extracted("x 1", &[])]);
        let blobs = std::fs::read_dir(dir.path().join("blobs")).unwrap().count();
        assert!(blobs > 0, "the body went to a blob file");
        s.article.id
    };
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.get_article(id).unwrap().body, body);
}
