//! Errors → `tonic::Status`: the one exhaustive mapping from [`StoreError`], and the helpers that
//! build field-level `INVALID_ARGUMENT` errors with a `google.rpc.BadRequest` detail.

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use crate::store::StoreError;

/// `INVALID_ARGUMENT` naming the offending field, with a BadRequest detail clients can read.
pub fn invalid_argument(field: &str, reason: impl Into<String>) -> Status {
    let reason = reason.into();
    Status::with_error_details(
        Code::InvalidArgument,
        format!("{field}: {reason}"),
        ErrorDetails::with_bad_request_violation(field, reason),
    )
}

/// `RESOURCE_EXHAUSTED` for a field over its size limit (api.md: "too large"), with the same
/// BadRequest detail as an invalid argument so clients find the field the same way.
pub fn too_large(field: &str, reason: impl Into<String>) -> Status {
    let reason = reason.into();
    Status::with_error_details(
        Code::ResourceExhausted,
        format!("{field}: {reason}"),
        ErrorDetails::with_bad_request_violation(field, reason),
    )
}

/// A blocking task that died (panicked or was cancelled) is a server fault, never the caller's.
pub fn task_failed(err: tokio::task::JoinError) -> Status {
    tracing::error!(error = %err, "blocking task failed");
    Status::internal("internal error: the request's worker failed")
}

impl From<StoreError> for Status {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound { .. } => Status::not_found(err.to_string()),
            StoreError::StaleRevision { .. } => Status::aborted(format!(
                "{err}; re-read the claim and retry with its current revision"
            )),
            StoreError::InvalidArgument { field, ref reason } => invalid_argument(field, reason),
            StoreError::InvalidPageToken => invalid_argument("page_token", err.to_string()),
            StoreError::SchemaTooNew { .. } => Status::failed_precondition(err.to_string()),
            StoreError::Storage(_)
            | StoreError::Io(_)
            | StoreError::Corrupt { .. }
            | StoreError::Open { .. } => {
                tracing::error!(error = %err, "storage fault");
                Status::internal("internal storage error; see the server log")
            }
        }
    }
}
