//! The one helper every integration test uses: a real server on `127.0.0.1:0` over a data
//! directory, and a generated tonic client connected to it.
#![allow(dead_code)] // each test file uses a different subset

use std::net::SocketAddr;
use std::path::Path;

use claimtracker::pb::claim_service_client::ClaimServiceClient;
use claimtracker::store::Store;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::transport::Channel;

pub use claimtracker::pb;

/// A running server; [`TestServer::stop`] shuts it down gracefully and flushes its store.
pub struct TestServer {
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server over the store in `data_dir`.
    pub async fn start(data_dir: &Path) -> TestServer {
        let store = Store::open(data_dir).expect("store opens");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let served = claimtracker::grpc::serve(store.clone(), listener, async {
                let _ = rx.await;
            })
            .await;
            served.expect("server ran");
            store.flush().expect("flush on shutdown");
        });
        TestServer {
            addr,
            shutdown: Some(tx),
            task: Some(task),
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn client(&self) -> ClaimServiceClient<Channel> {
        ClaimServiceClient::connect(self.url())
            .await
            .expect("client connects")
    }

    /// Graceful shutdown: drains, flushes, and releases the store (sled's lock on the dir).
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task");
        }
    }
}

/// An article body written for these tests: facts of several kinds in plain sentences.
pub const BODY: &str = "date 2024-11-16 The council approved 46 new members on Friday. \
Officials said the budget grew by 12 percent to $1.5 million. \
The mayor said, \"We will keep every promise we made to the voters.\" \
Nothing else happened.";

/// A submit request with a unique body (the store deduplicates equal bodies).
pub fn submit_request(tag: &str) -> pb::SubmitArticleRequest {
    pb::SubmitArticleRequest {
        title: format!("Council report {tag}"),
        url: format!("https://news.example/{tag}"),
        source: "Example News".into(),
        published_date: String::new(),
        body: format!("{BODY} Report {tag}."),
        request_id: String::new(),
    }
}

/// The BadRequest field violations of an error, for asserting field-level details.
pub fn bad_request_fields(status: &tonic::Status) -> Vec<String> {
    use tonic_types::StatusExt;
    status
        .get_details_bad_request()
        .map(|b| b.field_violations.into_iter().map(|v| v.field).collect())
        .unwrap_or_default()
}
