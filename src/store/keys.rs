//! The on-disk vocabulary of keys: tree names, the byte layout of every index key, and the
//! names of the counters and markers kept in `meta`. Every key is big-endian or bytewise so
//! sled's lexicographic order is the order we page in.

use crate::domain::{ArticleId, ClaimId, FactKind, VerificationStatus};

use super::StoreError;

/// Version of the on-disk layout this build writes; a data directory with a newer one is
/// refused rather than misread.
pub const SCHEMA_VERSION: u32 = 1;

pub const ARTICLES: &str = "articles";
pub const CLAIMS: &str = "claims";
pub const ARTICLE_BY_HASH: &str = "article_by_hash";
pub const ARTICLE_BY_REQUEST: &str = "article_by_request";
pub const BY_ARTICLE: &str = "by_article";
pub const BY_STATUS: &str = "by_status";
pub const BY_KIND: &str = "by_kind";
pub const BY_ASSIGNEE: &str = "by_assignee";
pub const BY_NORMALIZED: &str = "by_normalized";
pub const BY_FINGERPRINT: &str = "by_fingerprint";
pub const EVENTS: &str = "events";
pub const EVENTS_BY_CLAIM: &str = "events_by_claim";
pub const META: &str = "meta";

/// `meta` key of the schema version (u32 big-endian).
pub const META_SCHEMA: &[u8] = b"schema_version";
/// `meta` key of the last event sequence handed out (u64 big-endian).
pub const META_SEQUENCE: &[u8] = b"last_sequence";
/// `meta` key of the article counter.
pub const META_ARTICLES: &[u8] = b"count/articles";
/// `meta` key of the claim counter.
pub const META_CLAIMS: &[u8] = b"count/claims";

/// Length of an id at the end of every claim index key.
pub const ID_LEN: usize = 16;

/// Separator after variable-length names and values in index keys. A value that itself
/// contains it is still indexed, but never scanned by prefix (see `indexes::plan`).
pub const SEP: u8 = 0x00;

/// `meta` key of the per-status claim counter.
pub fn status_counter(status: VerificationStatus) -> [u8; 14] {
    let mut k = *b"count/status/_";
    k[13] = status.code();
    k
}

/// `meta` key of the per-kind fact counter.
pub fn kind_counter(kind: FactKind) -> [u8; 12] {
    let mut k = *b"count/kind/_";
    k[11] = kind.code();
    k
}

/// `by_article` key: article id ‖ claim id.
pub fn by_article(article: ArticleId, claim: ClaimId) -> Vec<u8> {
    cat(article.as_bytes(), claim)
}

/// `by_status` key: status code ‖ claim id.
pub fn by_status(status: VerificationStatus, claim: ClaimId) -> Vec<u8> {
    cat(&[status.code()], claim)
}

/// `by_kind` key: kind code ‖ claim id.
pub fn by_kind(kind: FactKind, claim: ClaimId) -> Vec<u8> {
    cat(&[kind.code()], claim)
}

/// Prefix of a variable-length name or value in `by_assignee`, `by_normalized` and
/// `by_fingerprint`: the bytes ‖ 0x00.
pub fn named_prefix(name: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(name.len() + 1 + ID_LEN);
    k.extend_from_slice(name.as_bytes());
    k.push(SEP);
    k
}

/// `by_assignee` / `by_normalized` / `by_fingerprint` key: name ‖ 0x00 ‖ claim id.
pub fn named(name: &str, claim: ClaimId) -> Vec<u8> {
    let mut k = named_prefix(name);
    k.extend_from_slice(claim.as_bytes());
    k
}

/// `events` key: the sequence, big-endian.
pub fn event(sequence: u64) -> [u8; 8] {
    sequence.to_be_bytes()
}

/// `events_by_claim` key: claim id ‖ sequence.
pub fn event_by_claim(claim: ClaimId, sequence: u64) -> [u8; 24] {
    let mut k = [0u8; 24];
    k[..16].copy_from_slice(claim.as_bytes());
    k[16..].copy_from_slice(&sequence.to_be_bytes());
    k
}

/// The claim id every claim index key ends with.
pub fn trailing_claim(tree: &'static str, key: &[u8]) -> Result<ClaimId, StoreError> {
    key.len()
        .checked_sub(ID_LEN)
        .and_then(|at| key.get(at..))
        .and_then(|tail| <[u8; 16]>::try_from(tail).ok())
        .map(ClaimId::from_bytes)
        .ok_or_else(|| corrupt(tree, "index key shorter than a claim id"))
}

/// The sequence an `events_by_claim` key ends with.
pub fn trailing_sequence(key: &[u8]) -> Result<u64, StoreError> {
    key.get(ID_LEN..)
        .and_then(|tail| <[u8; 8]>::try_from(tail).ok())
        .map(u64::from_be_bytes)
        .ok_or_else(|| corrupt(EVENTS_BY_CLAIM, "key is not claim id ‖ sequence"))
}

/// A 16-byte id from a key or a record field.
pub fn id_bytes(tree: &'static str, bytes: &[u8]) -> Result<[u8; 16], StoreError> {
    <[u8; 16]>::try_from(bytes).map_err(|_| corrupt(tree, "id is not 16 bytes"))
}

/// A big-endian u64 value (counters, sequence); absent means zero.
pub fn decode_u64(tree: &'static str, value: Option<&[u8]>) -> Result<u64, StoreError> {
    match value {
        None => Ok(0),
        Some(v) => <[u8; 8]>::try_from(v)
            .map(u64::from_be_bytes)
            .map_err(|_| corrupt(tree, "counter is not 8 bytes")),
    }
}

pub fn corrupt(tree: &'static str, reason: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        tree,
        reason: reason.into(),
    }
}

fn cat(prefix: &[u8], claim: ClaimId) -> Vec<u8> {
    let mut k = Vec::with_capacity(prefix.len() + ID_LEN);
    k.extend_from_slice(prefix);
    k.extend_from_slice(claim.as_bytes());
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_keys_end_in_the_claim_id() {
        let id = ClaimId::new();
        let key = named("alice", id);
        assert!(key.starts_with(b"alice\0"));
        assert_eq!(trailing_claim(BY_ASSIGNEE, &key).unwrap(), id);
    }

    #[test]
    fn short_index_key_is_corrupt_not_a_panic() {
        assert!(matches!(
            trailing_claim(BY_STATUS, b"short"),
            Err(StoreError::Corrupt { .. })
        ));
    }

    #[test]
    fn counter_keys_differ_per_code() {
        let a = status_counter(VerificationStatus::Verified);
        let b = status_counter(VerificationStatus::False);
        assert_ne!(a, b);
        assert_ne!(&kind_counter(FactKind::Count)[..], &a[..]);
    }

    #[test]
    fn sequence_keys_sort_numerically() {
        assert!(event(255) < event(256));
        let c = ClaimId::new();
        assert!(event_by_claim(c, 9) < event_by_claim(c, 10));
        assert_eq!(trailing_sequence(&event_by_claim(c, 42)).unwrap(), 42);
    }
}
