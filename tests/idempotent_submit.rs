//! SubmitArticle is idempotent on request_id and on the body's SHA-256.

mod common;

use common::{TestServer, pb, submit_request};

#[tokio::test]
async fn same_request_id_returns_the_stored_article() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let mut request = submit_request("idem");
    request.request_id = "retry-key-1".into();
    let first = client
        .submit_article(request.clone())
        .await
        .unwrap()
        .into_inner();
    // A retry with the same key but an edited body is still the same submission.
    request.body.push_str(" Edited.");
    let second = client.submit_article(request).await.unwrap().into_inner();
    assert!(!first.already_existed);
    assert!(second.already_existed);
    assert_eq!(first.article, second.article);
    assert_eq!(first.claims, second.claims);
    server.stop().await;
}

#[tokio::test]
async fn same_body_returns_the_stored_article() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut client = server.client().await;
    let first = client
        .submit_article(submit_request("body"))
        .await
        .unwrap()
        .into_inner();
    let mut again = submit_request("body");
    again.title = "Another title".into();
    let second = client.submit_article(again).await.unwrap().into_inner();
    assert!(second.already_existed);
    assert_eq!(first.article, second.article);
    let stats = client
        .get_stats(pb::GetStatsRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stats.articles, 1);
    server.stop().await;
}
