//! Optimistic concurrency: a review carrying a stale revision is ABORTED and changes nothing.

mod common;

use common::{TestServer, pb, submit_request};
use tonic::Code;

#[tokio::test]
async fn review_claim_rejects_stale_revision() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let claim = client
        .submit_article(submit_request("stale"))
        .await
        .unwrap()
        .into_inner()
        .claims
        .remove(0);
    let review = |status: pb::VerificationStatus, revision: u64| pb::ReviewClaimRequest {
        claim_id: claim.id.clone(),
        status: status as i32,
        note: "checked against the minutes".into(),
        evidence_urls: vec![],
        expected_revision: revision,
    };
    let first = client
        .review_claim(review(pb::VerificationStatus::InReview, 1))
        .await
        .unwrap()
        .into_inner()
        .claim
        .unwrap();
    assert_eq!(first.revision, 2);

    let err = client
        .review_claim(review(pb::VerificationStatus::False, 1))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Aborted, "{err:?}");

    let current = client
        .get_claim(pb::GetClaimRequest {
            id: claim.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .claim
        .unwrap();
    assert_eq!(current, first, "the rejected review changed nothing");

    let second = client
        .review_claim(review(pb::VerificationStatus::False, 2))
        .await
        .unwrap()
        .into_inner()
        .claim
        .unwrap();
    assert_eq!(second.revision, 3);
    server.stop().await;
}
