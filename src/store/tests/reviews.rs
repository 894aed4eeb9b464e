//! Reviews and assignments: revisions, validation, history, index moves.

use super::*;

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

#[test]
fn deleted_article_leaves_history_and_frees_its_body() {
    let (_dir, store, all) = populated();
    let victim = all[7].article_id;
    let gone: Vec<&Claim> = all.iter().filter(|c| c.article_id == victim).collect();
    store.delete_article(victim, "admin").unwrap();

    assert!(matches!(
        store.get_article(victim),
        Err(StoreError::NotFound {
            what: "article",
            ..
        })
    ));
    for c in &gone {
        assert!(matches!(
            store.get_claim(c.id),
            Err(StoreError::NotFound { .. })
        ));
        let h = store.claim_history(c.id, &page(100, None)).unwrap();
        let last = h.items.last().unwrap();
        assert_eq!(last.event_type, crate::domain::ClaimEventType::Deleted);
        assert_eq!(last.actor, "admin");
        assert_eq!(last.claim.status, c.status);
    }
    let left: Vec<ClaimId> = all
        .iter()
        .filter(|c| c.article_id != victim)
        .map(|c| c.id)
        .collect();
    assert_eq!(ids(&all_pages(&store, &ClaimFilter::default(), 4)), left);
    let stats = store.stats().unwrap();
    assert_eq!(stats, recount(&store));
    assert_eq!(stats.articles, 2);
    assert!(store.check().unwrap().is_ok());

    // The body is free again: a new submit stores a new article.
    let again = submit(&store, "body 1", vec![extracted("x 1", &[])]);
    assert!(!again.already_existed);
    assert_ne!(again.article.id, victim);
    assert!(matches!(
        store.delete_article(victim, "admin"),
        Err(StoreError::NotFound {
            what: "article",
            ..
        })
    ));
}

#[test]
fn deleted_article_frees_its_request_id() {
    let (_dir, store) = open();
    let first = store
        .submit_article(article("kept body", "req-d"), vec![], "alice")
        .unwrap();
    store.delete_article(first.article.id, "admin").unwrap();
    assert!(store.find_existing("req-d", "").unwrap().is_none());
    let second = store
        .submit_article(article("other body", "req-d"), vec![], "alice")
        .unwrap();
    assert!(!second.already_existed);
    assert!(store.check().unwrap().is_ok());
}
