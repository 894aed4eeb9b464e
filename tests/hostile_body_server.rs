//! A 2 MiB hostile body sent to the server: extraction runs off the async runtime, so the
//! server keeps answering other requests while it works, and the big request still returns
//! claims with every span inside the body.
//!
//! The server and the clients share one single-threaded runtime here: if extraction ran on
//! that thread, nothing else could be answered until it finished.

mod common;

use common::{TestServer, pb};

/// A sentence with a count and a date repeated without ever ending: the slowest input of the
/// hostile benchmark (one 2 MiB "sentence" for every finder to walk).
fn two_mib_without_a_sentence_end() -> String {
    let unit = "the 46 members met in June 2024 and said ";
    unit.repeat(2 * 1024 * 1024 / unit.len())
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_body_does_not_stall_other_requests() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(dir.path()).await;
    let body = two_mib_without_a_sentence_end();
    let body_len = body.len();

    // The reply repeats each claim's sentence and every fact: for this body about 5 MB, over
    // tonic's default 4 MiB receive limit. A client extracting bodies this large raises it.
    let mut big_client = server
        .client()
        .await
        .max_decoding_message_size(64 * 1024 * 1024);
    let big = tokio::spawn(async move {
        big_client
            .extract_claims(pb::ExtractClaimsRequest {
                body,
                published_date: "2024-11-16".into(),
            })
            .await
    });
    // Give the upload time to arrive and extraction time to start. Were extraction on the
    // runtime thread, this sleep would only end once it had finished.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;

    let mut small_client = server.client().await;
    for _ in 0..3 {
        small_client
            .get_stats(pb::GetStatsRequest {})
            .await
            .expect("stats answered while a big extraction runs");
    }
    assert!(
        !big.is_finished(),
        "the small requests should be answered while the 2 MiB extraction is still running"
    );

    let reply = big
        .await
        .expect("request task")
        .expect("2 MiB body is accepted")
        .into_inner();
    assert!(!reply.claims.is_empty(), "the body is full of facts");
    for claim in &reply.claims {
        for fact in &claim.facts {
            assert!(fact.start <= fact.end && (fact.end as usize) <= body_len);
        }
    }
    server.stop().await;
}

#[tokio::test]
async fn body_over_the_limit_is_resource_exhausted_naming_the_field() {
    use tonic_types::StatusExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let body = "a".repeat(claimtracker::grpc::service::MAX_BODY_BYTES + 1);
    let err = client
        .extract_claims(pb::ExtractClaimsRequest {
            body: body.clone(),
            published_date: String::new(),
        })
        .await
        .expect_err("over the limit");
    assert_eq!(err.code(), tonic::Code::ResourceExhausted, "{err:?}");
    let violations = err
        .get_error_details()
        .bad_request()
        .map(|b| b.field_violations.clone())
        .unwrap_or_default();
    assert_eq!(violations.first().map(|v| v.field.as_str()), Some("body"));

    let err = client
        .submit_article(pb::SubmitArticleRequest {
            body,
            ..common::submit_request("too-large")
        })
        .await
        .expect_err("over the limit");
    assert_eq!(err.code(), tonic::Code::ResourceExhausted, "{err:?}");
    let stats = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .expect("stats")
        .into_inner();
    assert_eq!(stats.articles, 0, "nothing stored for a rejected body");
    server.stop().await;
}
