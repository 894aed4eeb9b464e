//! Paging through ListClaims and ListArticles: no duplicate, no gap, tokens bound to the query.

mod common;

use std::collections::HashSet;

use common::{TestServer, bad_request_fields, pb, submit_request};
use tonic::Code;

#[tokio::test]
async fn list_claims_pages_have_no_duplicate_and_no_gap() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let mut all_ids = Vec::new();
    for i in 0..7 {
        let submitted = client
            .submit_article(submit_request(&format!("page-{i}")))
            .await
            .unwrap()
            .into_inner();
        all_ids.extend(submitted.claims.into_iter().map(|c| c.id));
    }
    assert!(
        all_ids.len() >= 14,
        "claims to page over: {}",
        all_ids.len()
    );

    // Review every third claim so a status filter selects a scattered subset.
    let mut verified = Vec::new();
    for id in all_ids.iter().step_by(3) {
        client
            .review_claim(pb::ReviewClaimRequest {
                claim_id: id.clone(),
                status: pb::VerificationStatus::False as i32,
                note: "Contradicted by the minutes.".into(),
                evidence_urls: vec![],
                expected_revision: 0,
            })
            .await
            .unwrap();
        verified.push(id.clone());
    }

    let page_through = |filter: pb::ClaimFilter, page_size: i32| {
        let mut client = client.clone();
        async move {
            let mut seen = Vec::new();
            let mut token = String::new();
            loop {
                let page = client
                    .list_claims(pb::ListClaimsRequest {
                        filter: Some(filter.clone()),
                        page_size,
                        page_token: token,
                    })
                    .await
                    .unwrap()
                    .into_inner();
                assert!(page.claims.len() <= page_size as usize);
                seen.extend(page.claims.into_iter().map(|c| c.id));
                if page.next_page_token.is_empty() {
                    return seen;
                }
                token = page.next_page_token;
            }
        }
    };

    let everything = page_through(pb::ClaimFilter::default(), 4).await;
    assert_eq!(everything, all_ids, "creation order, no duplicate, no gap");

    let false_only = page_through(
        pb::ClaimFilter {
            statuses: vec![pb::VerificationStatus::False as i32],
            ..Default::default()
        },
        2,
    )
    .await;
    assert_eq!(false_only, verified);

    let either = page_through(
        pb::ClaimFilter {
            statuses: vec![
                pb::VerificationStatus::Unreviewed as i32,
                pb::VerificationStatus::False as i32,
            ],
            ..Default::default()
        },
        3,
    )
    .await;
    assert_eq!(
        either, all_ids,
        "a multi-status filter merges in creation order"
    );

    let with_money = page_through(
        pb::ClaimFilter {
            kinds: vec![pb::FactKind::Money as i32],
            ..Default::default()
        },
        1,
    )
    .await;
    assert_eq!(with_money.len(), 7, "one money sentence per article");
    assert_eq!(with_money.iter().collect::<HashSet<_>>().len(), 7);

    server.stop().await;
}

#[tokio::test]
async fn page_token_reused_with_another_filter_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    for i in 0..2 {
        client
            .submit_article(submit_request(&format!("token-{i}")))
            .await
            .unwrap();
    }
    let first = client
        .list_claims(pb::ListClaimsRequest {
            filter: None,
            page_size: 1,
            page_token: String::new(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!first.next_page_token.is_empty());
    let err = client
        .list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                statuses: vec![pb::VerificationStatus::Verified as i32],
                ..Default::default()
            }),
            page_size: 1,
            page_token: first.next_page_token,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert_eq!(bad_request_fields(&err), vec!["page_token".to_string()]);
    server.stop().await;
}

#[tokio::test]
async fn list_articles_is_newest_first_across_pages() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let a = client
            .submit_article(submit_request(&format!("art-{i}")))
            .await
            .unwrap()
            .into_inner();
        ids.push(a.article.unwrap().id);
    }
    ids.reverse();
    let mut seen = Vec::new();
    let mut token = String::new();
    loop {
        let page = client
            .list_articles(pb::ListArticlesRequest {
                page_size: 2,
                page_token: token,
            })
            .await
            .unwrap()
            .into_inner();
        seen.extend(page.articles.into_iter().map(|a| a.id));
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    assert_eq!(seen, ids);
    server.stop().await;
}
