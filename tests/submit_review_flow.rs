//! The reviewer's main path over a real server: submit → list → review → get.

mod common;

use common::{TestServer, pb, submit_request};

#[tokio::test]
async fn submit_list_review_get_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;

    let submitted = client
        .submit_article(submit_request("flow"))
        .await
        .expect("submit")
        .into_inner();
    assert!(!submitted.already_existed);
    let article = submitted.article.expect("article");
    assert_eq!(
        article.published_date, "2024-11-16",
        "taken from the date line"
    );
    assert_eq!(article.claim_count as usize, submitted.claims.len());
    assert!(
        submitted.claims.len() >= 3,
        "three sentences carry facts: {:?}",
        submitted.claims
    );
    let first = &submitted.claims[0];
    assert!(first.facts.iter().any(|f| f.normalized == "46"));
    assert!(
        first.facts.iter().any(|f| f.normalized == "2024-11-15"),
        "Friday before 2024-11-16"
    );
    for claim in &submitted.claims {
        assert_eq!(claim.article_id, article.id);
        assert_eq!(claim.revision, 1);
        assert_eq!(claim.status, pb::VerificationStatus::Unreviewed as i32);
        let text = &article.body[claim.start as usize..claim.end as usize];
        assert_eq!(text, claim.text, "claim offsets index the body");
        for fact in &claim.facts {
            assert_eq!(
                &article.body[fact.start as usize..fact.end as usize],
                fact.text
            );
        }
    }

    let listed = client
        .list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                article_id: article.id.clone(),
                statuses: vec![pb::VerificationStatus::Unreviewed as i32],
                ..Default::default()
            }),
            page_size: 0,
            page_token: String::new(),
        })
        .await
        .expect("list")
        .into_inner();
    let listed_ids: Vec<_> = listed.claims.iter().map(|c| c.id.clone()).collect();
    let submitted_ids: Vec<_> = submitted.claims.iter().map(|c| c.id.clone()).collect();
    assert_eq!(listed_ids, submitted_ids, "creation order");
    assert!(listed.next_page_token.is_empty());

    let reviewed = client
        .review_claim(pb::ReviewClaimRequest {
            claim_id: first.id.clone(),
            status: pb::VerificationStatus::Verified as i32,
            note: "Council minutes list 46 new members.".into(),
            evidence_urls: vec!["https://council.example/minutes".into()],
            expected_revision: 1,
        })
        .await
        .expect("review")
        .into_inner()
        .claim
        .expect("claim");
    assert_eq!(reviewed.revision, 2);
    assert_eq!(reviewed.status, pb::VerificationStatus::Verified as i32);
    assert_eq!(reviewed.updated_by, "anonymous");

    let fetched = client
        .get_claim(pb::GetClaimRequest {
            id: first.id.clone(),
        })
        .await
        .expect("get")
        .into_inner()
        .claim
        .expect("claim");
    assert_eq!(fetched, reviewed);

    let verified = client
        .list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                statuses: vec![pb::VerificationStatus::Verified as i32],
                ..Default::default()
            }),
            ..Default::default()
        })
        .await
        .expect("list verified")
        .into_inner();
    assert_eq!(verified.claims.len(), 1);
    assert_eq!(verified.claims[0].id, first.id);

    let stats = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .expect("stats")
        .into_inner();
    assert_eq!(stats.articles, 1);
    assert_eq!(stats.claims as usize, submitted.claims.len());
    assert_eq!(stats.claims_by_status["VERIFICATION_STATUS_VERIFIED"], 1);
    let facts: usize = submitted.claims.iter().map(|c| c.facts.len()).sum();
    assert_eq!(stats.facts_by_kind.values().sum::<u64>() as usize, facts);

    server.stop().await;
}

#[tokio::test]
async fn extract_claims_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let preview = client
        .extract_claims(pb::ExtractClaimsRequest {
            body: "Lawmakers passed H.R. 1234 on Tuesday by 217 to 212.".into(),
            published_date: "2024-03-08".into(),
        })
        .await
        .expect("extract")
        .into_inner();
    assert_eq!(preview.published_date, "2024-03-08");
    assert_eq!(preview.claims.len(), 1);
    assert!(preview.claims[0].id.is_empty());
    let normalized: Vec<_> = preview.claims[0]
        .facts
        .iter()
        .map(|f| f.normalized.as_str())
        .collect();
    assert!(normalized.contains(&"H.R.1234"), "{normalized:?}");
    assert!(normalized.contains(&"2024-03-05"), "{normalized:?}");
    let stats = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stats.articles, 0);
    assert_eq!(stats.claims, 0);
    server.stop().await;
}
