//! Bad input gets INVALID_ARGUMENT (or NOT_FOUND) with a BadRequest detail naming the field.

mod common;

use common::{TestServer, bad_request_fields, pb, submit_request};
use tonic::Code;

fn assert_field(result: Result<impl std::fmt::Debug, tonic::Status>, field: &str) {
    let err = result.expect_err("must be rejected");
    assert_eq!(err.code(), Code::InvalidArgument, "{err:?}");
    assert_eq!(bad_request_fields(&err), vec![field.to_string()], "{err:?}");
}

#[tokio::test]
async fn bad_requests_name_the_offending_field() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut c = server.client().await;

    let mut empty = submit_request("empty");
    empty.body = "   \n".into();
    assert_field(c.submit_article(empty).await, "body");

    let mut bad_date = submit_request("date");
    bad_date.published_date = "16/11/2024".into();
    assert_field(c.submit_article(bad_date).await, "published_date");

    assert_field(
        c.extract_claims(pb::ExtractClaimsRequest::default()).await,
        "body",
    );
    assert_field(
        c.get_claim(pb::GetClaimRequest {
            id: "not-a-uuid".into(),
        })
        .await,
        "id",
    );
    assert_field(
        c.get_article(pb::GetArticleRequest { id: String::new() })
            .await,
        "id",
    );
    assert_field(
        c.list_claims(pb::ListClaimsRequest {
            page_size: -1,
            ..Default::default()
        })
        .await,
        "page_size",
    );
    assert_field(
        c.list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                statuses: vec![pb::VerificationStatus::Unspecified as i32],
                ..Default::default()
            }),
            ..Default::default()
        })
        .await,
        "filter.statuses",
    );
    assert_field(
        c.list_claims(pb::ListClaimsRequest {
            filter: Some(pb::ClaimFilter {
                kinds: vec![99],
                ..Default::default()
            }),
            ..Default::default()
        })
        .await,
        "filter.kinds",
    );
    assert_field(
        c.list_claims(pb::ListClaimsRequest {
            page_token: "garbage!".into(),
            ..Default::default()
        })
        .await,
        "page_token",
    );

    let claim = c
        .submit_article(submit_request("valid"))
        .await
        .unwrap()
        .into_inner()
        .claims
        .remove(0);
    let review = |status: i32, note: &str| pb::ReviewClaimRequest {
        claim_id: claim.id.clone(),
        status,
        note: note.into(),
        evidence_urls: vec![],
        expected_revision: 0,
    };
    assert_field(
        c.review_claim(review(pb::VerificationStatus::Unspecified as i32, "x"))
            .await,
        "status",
    );
    assert_field(c.review_claim(review(42, "x")).await, "status");
    // A verdict must show its sources.
    assert_field(
        c.review_claim(review(pb::VerificationStatus::False as i32, ""))
            .await,
        "note",
    );

    let missing = c
        .get_claim(pb::GetClaimRequest {
            id: uuid::Uuid::now_v7().to_string(),
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    // The server is still serving and nothing was half-written.
    let stats = c
        .get_stats(pb::GetStatsRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stats.articles, 1);
    server.stop().await;
}
