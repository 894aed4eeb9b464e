//! Paged lists: every filter, tokens bound to their query, articles newest first.

use super::*;

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
fn pages_cut_short_by_the_scan_budget_still_cover_everything() {
    let (_dir, store, all) = populated();
    let filter = ClaimFilter {
        text_query: Some("article 2".into()),
        ..ClaimFilter::default()
    };
    let expected: Vec<ClaimId> = all
        .iter()
        .filter(|c| filter.matches(c))
        .map(|c| c.id)
        .collect();
    let mut got = Vec::new();
    let mut token = None;
    let mut pages = 0;
    loop {
        let p = store
            .list_claims_budgeted(&filter, &page(2, token), 3)
            .unwrap();
        pages += 1;
        got.extend(ids(&p.items));
        match p.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    assert_eq!(got, expected);
    assert!(pages > expected.len() / 2, "the budget cut pages short");
}
