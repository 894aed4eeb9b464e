//! Everything acknowledged is found again after the server restarts on the same data dir.

mod common;

use common::{TestServer, pb, submit_request};

#[tokio::test]
async fn data_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let submitted = client
        .submit_article(submit_request("restart"))
        .await
        .unwrap()
        .into_inner();
    let article = submitted.article.unwrap();
    let reviewed = client
        .review_claim(pb::ReviewClaimRequest {
            claim_id: submitted.claims[0].id.clone(),
            status: pb::VerificationStatus::Misleading as i32,
            note: "Counts only new members.".into(),
            evidence_urls: vec![],
            expected_revision: 1,
        })
        .await
        .unwrap()
        .into_inner()
        .claim
        .unwrap();
    let stats_before = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .unwrap()
        .into_inner();
    drop(client);
    server.stop().await;

    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let again = client
        .get_article(pb::GetArticleRequest {
            id: article.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .article
        .unwrap();
    assert_eq!(again, article);
    let claim = client
        .get_claim(pb::GetClaimRequest {
            id: reviewed.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .claim
        .unwrap();
    assert_eq!(claim, reviewed);
    let listed = client
        .list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                statuses: vec![pb::VerificationStatus::Misleading as i32],
                ..Default::default()
            }),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.claims, vec![reviewed]);
    let stats_after = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stats_after, stats_before);
    server.stop().await;
}
