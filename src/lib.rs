//! claimtracker: a gRPC service that splits news articles into checkable claims, stores them
//! durably in sled with a verification status, and lets reviewers assign, review and query them.
//!
//! # Layout
//! - `proto/claimtracker/v1/claimtracker.proto`: the wire contract; generated code is [`pb`].
//! - [`domain`]: articles, claims, facts, statuses, events, filters. No tonic, no sled.
//! - [`extract`]: pure, synchronous claim extraction (sentences, the seven fact kinds,
//!   checkworthiness, fingerprints).
//! - [`store`]: the only door to sled: transactions, indexes, counters, the event log.
//! - [`grpc`]: thin tonic handlers, the one proto⇄domain conversion module, error mapping,
//!   server wiring (reflection v1 + v1alpha, health).
//! - [`cli`]: the `claimtracker` command line (clap).

pub mod cli;
pub mod domain;
pub mod extract;
pub mod grpc;
pub mod store;

/// Code generated from `proto/` by `build.rs` (protox + tonic-prost-build).
pub mod pb {
    tonic::include_proto!("claimtracker.v1");

    /// Encoded `FileDescriptorSet` of the public protos, served by reflection.
    pub const FILE_DESCRIPTOR_SET: &[u8] =
        include_bytes!(concat!(env!("OUT_DIR"), "/claimtracker_descriptor.bin"));

    /// Private on-disk record format; never served on the wire.
    pub mod storage {
        tonic::include_proto!("claimtracker.storage.v1");
    }
}
