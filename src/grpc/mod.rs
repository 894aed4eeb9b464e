//! The gRPC surface: server wiring (ClaimService, health, reflection v1 and v1alpha), the thin
//! handlers in [`service`], every proto⇄domain conversion in [`convert`], and error mapping in
//! [`status`]. Nothing below this module knows tonic or prost.
#![allow(clippy::result_large_err)] // tonic::Status is large by design; boxing it helps nobody.

pub mod convert;
pub mod service;
pub mod status;

use std::future::Future;

use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::transport::Server;

use crate::pb;
use crate::pb::claim_service_server::ClaimServiceServer;
use crate::store::Store;
use service::ClaimServiceImpl;

/// The largest request message decoded. Above [`service::MAX_BODY_BYTES`] so that a body a
/// little over the limit gets the handler's RESOURCE_EXHAUSTED naming the field, not a bare
/// transport error.
pub const MAX_REQUEST_BYTES: usize = 4 * service::MAX_BODY_BYTES;

/// Errors that stop the server from starting or serving.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("reflection descriptors are invalid: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("transport: {0}")]
    Transport(#[from] tonic::transport::Error),
}

/// Serves the whole API on `listener` until `shutdown` resolves, then drains in-flight
/// requests. Flushing the store is the caller's job (it owns the store's lifetime).
pub async fn serve(
    store: Store,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), ServeError> {
    let (health_reporter, health_service) = tonic_health::server::health_reporter();
    health_reporter
        .set_serving::<ClaimServiceServer<ClaimServiceImpl>>()
        .await;

    // grpcurl 1.8.x, Evans and Postman speak only v1alpha; newer tools speak v1. Serve both.
    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    Server::builder()
        .trace_fn(|req| tracing::info_span!("rpc", path = %req.uri().path()))
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(
            ClaimServiceServer::new(ClaimServiceImpl::new(store))
                .max_decoding_message_size(MAX_REQUEST_BYTES),
        )
        .serve_with_incoming_shutdown(TcpListenerStream::new(listener), shutdown)
        .await?;
    Ok(())
}
