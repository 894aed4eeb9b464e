//! The only door to persistence: articles, claims, secondary indexes, counters and the event
//! log in sled trees, written in single transactions and acknowledged only once durable.
//! Nothing outside this module touches sled; nothing in it knows tonic.
//!
//! # Layout
//! - `mod.rs`: the public API ([`Store`] and its value types), opening and the schema check.
//! - `keys.rs`: tree names and the byte layout of every key.
//! - `records.rs`: domain ⇄ on-disk records (private `storage.proto` messages).
//! - `write.rs`: the write transactions (submit, review, assign) and their validation.
//! - `delete.rs`: deleting an article with its claims (history kept).
//! - `indexes.rs`: which index entries a claim has, and index-driven candidate scans.
//! - `read.rs`: point reads and the paged lists.
//! - `related.rs`: claims in other articles stating the same thing.
//! - `events.rs`: the event log (global sequence, per-claim history).
//! - `counters.rs`: the counters in `meta` and [`Store::stats`].
//! - `check.rs`: the full consistency check behind `claimtracker check`.
//! - `commit.rs`: group commit (shared flush + fdatasync).
//! - `page.rs`: page tokens bound to their query.
//! - `tx.rs`: the multi-tree transaction harness and in-transaction counters.

mod check;
mod commit;
mod counters;
mod delete;
mod events;
mod indexes;
mod keys;
mod page;
mod read;
mod records;
mod related;
mod tx;
mod write;

#[cfg(test)]
mod tests;

use std::fs::File;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::domain::{
    Article, ArticleId, Claim, ClaimEvent, ClaimFilter, ClaimId, ExtractedClaim, FactKind,
    VerificationStatus,
};

pub use check::CheckReport;
use commit::GroupCommit;
use keys::{META, META_SCHEMA, SCHEMA_VERSION, corrupt};

/// sled's page cache budget. Its default (1 GiB) is more than a small service should take,
/// and real memory use can exceed the setting, so keep it explicit and modest.
const CACHE_CAPACITY: u64 = 256 * 1024 * 1024;

/// sled log segment size (fixed for the life of a data directory: sled refuses to reopen it
/// with another). Pages over a quarter segment become separate blob files that sled never
/// syncs; with the 512 KiB default, inserting 40 KB values already produced blobs (measured),
/// and long articles are that size. With 8 MiB segments, 200 KB values stayed in the synced
/// log; what still spills is synced by the group commit (`commit.rs`).
const SEGMENT_SIZE: usize = 8 * 1024 * 1024;

/// Everything that can go wrong below the gRPC layer. `grpc::status` maps each variant to
/// exactly one status code.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },
    #[error("revision {expected} is stale: the claim is at revision {actual}")]
    StaleRevision { expected: u64, actual: u64 },
    #[error("{field}: {reason}")]
    InvalidArgument { field: &'static str, reason: String },
    #[error("page_token is malformed or was issued for a different query")]
    InvalidPageToken,
    #[error("storage fault: {0}")]
    Storage(#[from] sled::Error),
    #[error("i/o fault: {0}")]
    Io(#[from] std::io::Error),
    #[error("corrupt record in {tree}: {reason}")]
    Corrupt { tree: &'static str, reason: String },
    #[error("the data directory has schema version {found}; this build reads up to {supported}")]
    SchemaTooNew { found: u32, supported: u32 },
    /// The data directory could not be opened (missing permissions, locked by another process,
    /// not a sled directory...). Fatal at startup.
    #[error("cannot open the store in {path}: {source}")]
    Open { path: String, source: sled::Error },
}

/// What a caller submits, besides the body's extracted claims.
#[derive(Clone, Debug, Default)]
pub struct NewArticle {
    pub title: String,
    pub url: String,
    pub source: String,
    /// YYYY-MM-DD, already resolved.
    pub published_date: String,
    pub body: String,
    /// Idempotency key; empty means none.
    pub request_id: String,
}

/// Result of [`Store::submit_article`].
#[derive(Clone, Debug)]
pub struct Submitted {
    pub article: Article,
    /// Claims in body order.
    pub claims: Vec<Claim>,
    /// True when nothing new was written (same request id or same body).
    pub already_existed: bool,
}

/// One page request: `size` is already validated and coerced (1..=1000).
#[derive(Clone, Debug, Default)]
pub struct PageRequest {
    pub size: usize,
    /// Opaque token from the previous page; `None` for the first page.
    pub token: Option<String>,
}

/// One page of results.
#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// `None` only at the end.
    pub next_token: Option<String>,
}

/// A reviewer's change to a claim.
#[derive(Clone, Debug)]
pub struct Review {
    pub claim_id: ClaimId,
    pub status: VerificationStatus,
    pub note: String,
    pub evidence_urls: Vec<String>,
    /// 0 skips the revision check.
    pub expected_revision: u64,
}

/// Store-wide counters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub articles: u64,
    pub claims: u64,
    pub claims_by_status: Vec<(VerificationStatus, u64)>,
    pub facts_by_kind: Vec<(FactKind, u64)>,
}

/// Handle to the store; cheap to clone, `Send + Sync`. The API is blocking: call it from
/// `spawn_blocking`.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    trees: Trees,
    commit: GroupCommit,
    /// The newest event sequence known durable. Watchers wait on it instead of each holding a
    /// sled subscriber (which would block writers when slow); `events_after` never reads past
    /// it, so nobody sees an event that a crash could still take back.
    durable_sequence: tokio::sync::watch::Sender<u64>,
    /// Serializes write transactions with the ticket each takes after committing, so that
    /// "the newest ticket" always covers every write a reader can already see (see
    /// [`Store::make_visible_durable`]). sled 0.34 runs transactions under one global lock
    /// anyway, so this costs no parallelism; it is never held during a flush.
    writer: Mutex<()>,
}

/// Every tree of the store, opened once.
struct Trees {
    articles: sled::Tree,
    claims: sled::Tree,
    article_by_hash: sled::Tree,
    article_by_request: sled::Tree,
    by_article: sled::Tree,
    by_status: sled::Tree,
    by_kind: sled::Tree,
    by_assignee: sled::Tree,
    by_normalized: sled::Tree,
    by_fingerprint: sled::Tree,
    events: sled::Tree,
    events_by_claim: sled::Tree,
    meta: sled::Tree,
}

impl Trees {
    fn open(db: &sled::Db) -> Result<Trees, StoreError> {
        Ok(Trees {
            articles: db.open_tree(keys::ARTICLES)?,
            claims: db.open_tree(keys::CLAIMS)?,
            article_by_hash: db.open_tree(keys::ARTICLE_BY_HASH)?,
            article_by_request: db.open_tree(keys::ARTICLE_BY_REQUEST)?,
            by_article: db.open_tree(keys::BY_ARTICLE)?,
            by_status: db.open_tree(keys::BY_STATUS)?,
            by_kind: db.open_tree(keys::BY_KIND)?,
            by_assignee: db.open_tree(keys::BY_ASSIGNEE)?,
            by_normalized: db.open_tree(keys::BY_NORMALIZED)?,
            by_fingerprint: db.open_tree(keys::BY_FINGERPRINT)?,
            events: db.open_tree(keys::EVENTS)?,
            events_by_claim: db.open_tree(keys::EVENTS_BY_CLAIM)?,
            meta: db.open_tree(keys::META)?,
        })
    }
}

impl Store {
    /// Opens (or creates) the store in `path`; refuses a data directory written by a newer
    /// schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.display().to_string(),
            source,
        };
        let db = sled_config(path).open().map_err(open_err)?;
        let trees = Trees::open(&db)?;
        check_schema(&trees.meta)?;
        let commit = GroupCommit::new(db, path).map_err(|e| open_err(sled::Error::Io(e)))?;
        // A fresh directory's entries (`db`, `conf`, `blobs`) must survive a power cut too.
        File::open(path)
            .and_then(|d| d.sync_all())
            .map_err(|e| open_err(sled::Error::Io(e)))?;
        let store = Store {
            inner: Arc::new(Inner {
                trees,
                commit,
                durable_sequence: tokio::sync::watch::Sender::new(0),
                writer: Mutex::new(()),
            }),
        };
        store.flush()?;
        // Everything on disk is durable after that flush.
        store.publish_durable(store.last_sequence_impl()?);
        Ok(store)
    }

    /// The stored article with this request id or body hash (lower-case hex SHA-256), with its
    /// claims. Durable when returned, so its answer can be acknowledged to a client.
    pub fn find_existing(
        &self,
        request_id: &str,
        content_sha256: &str,
    ) -> Result<Option<Submitted>, StoreError> {
        self.find_existing_impl(request_id, content_sha256)
    }

    /// Stores an article and its claims atomically; durable before it returns.
    pub fn submit_article(
        &self,
        article: NewArticle,
        claims: Vec<ExtractedClaim>,
        actor: &str,
    ) -> Result<Submitted, StoreError> {
        self.submit_impl(article, claims, actor)
    }

    pub fn get_article(&self, id: ArticleId) -> Result<Article, StoreError> {
        self.get_article_impl(id)
    }

    /// Newest first.
    pub fn list_articles(&self, page: &PageRequest) -> Result<Page<Article>, StoreError> {
        self.list_articles_impl(page)
    }

    pub fn get_claim(&self, id: ClaimId) -> Result<Claim, StoreError> {
        self.get_claim_impl(id)
    }

    /// Creation order, served from indexes where the filter allows.
    pub fn list_claims(
        &self,
        filter: &ClaimFilter,
        page: &PageRequest,
    ) -> Result<Page<Claim>, StoreError> {
        self.list_claims_impl(filter, page)
    }

    /// Applies a review; durable before it returns.
    pub fn review_claim(&self, review: Review, actor: &str) -> Result<Claim, StoreError> {
        self.review_impl(review, actor)
    }

    /// Assigns a claim to a reviewer (empty `assignee` unassigns); durable before it returns.
    pub fn assign_claim(
        &self,
        claim_id: ClaimId,
        assignee: &str,
        expected_revision: u64,
        actor: &str,
    ) -> Result<Claim, StoreError> {
        self.assign_impl(claim_id, assignee, expected_revision, actor)
    }

    /// Every event of one claim, oldest first; `NotFound` when the claim never existed.
    pub fn claim_history(
        &self,
        claim_id: ClaimId,
        page: &PageRequest,
    ) -> Result<Page<ClaimEvent>, StoreError> {
        self.claim_history_impl(claim_id, page)
    }

    /// Up to `limit` durable events with a sequence greater than `sequence`, in sequence order.
    pub fn events_after(&self, sequence: u64, limit: usize) -> Result<Vec<ClaimEvent>, StoreError> {
        self.events_after_impl(sequence, limit)
    }

    /// The sequence of the newest event; 0 for an empty store.
    pub fn last_sequence(&self) -> Result<u64, StoreError> {
        self.last_sequence_impl()
    }

    /// A receiver of the newest durable event sequence: `changed().await` wakes a watcher,
    /// which then reads [`Store::events_after`]. Never blocks writers.
    pub fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.inner.durable_sequence.subscribe()
    }

    /// Counters kept in the write transactions; never a scan.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        self.stats_impl()
    }

    /// Flushes and syncs everything written so far (graceful shutdown).
    pub fn flush(&self) -> Result<(), StoreError> {
        let c = &self.inner.commit;
        c.wait(c.ticket())
    }

    /// Flush + sync rounds run by this process; divided by durable writes it shows how well
    /// group commit batches (measurements, metrics).
    pub fn flush_count(&self) -> u64 {
        self.inner.commit.flushes()
    }

    /// Announces that every event up to `sequence` is durable (monotonic: writers finish
    /// their waits out of order, and a later flush covers every earlier ticket).
    fn publish_durable(&self, sequence: u64) {
        self.inner.durable_sequence.send_if_modified(|current| {
            let newer = sequence > *current;
            if newer {
                *current = sequence;
            }
            newer
        });
    }

    fn durable_sequence(&self) -> u64 {
        *self.inner.durable_sequence.borrow()
    }

    fn trees(&self) -> &Trees {
        &self.inner.trees
    }

    fn lock_writer(&self) -> MutexGuard<'_, ()> {
        self.inner
            .writer
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until every write visible now is durable. Used before answering from data this
    /// call did not write itself (an idempotent hit may still be in its writer's flush).
    fn make_visible_durable(&self) -> Result<(), StoreError> {
        let ticket = {
            let _w = self.lock_writer();
            self.inner.commit.latest()
        };
        self.inner.commit.wait(ticket)
    }
}

/// The one sled configuration of a data directory (some settings are fixed at creation).
fn sled_config(path: &Path) -> sled::Config {
    sled::Config::new()
        .path(path)
        .cache_capacity(CACHE_CAPACITY)
        .segment_size(SEGMENT_SIZE)
}

/// Writes the schema version into a fresh store; refuses a newer one.
fn check_schema(meta: &sled::Tree) -> Result<(), StoreError> {
    match meta.get(META_SCHEMA)? {
        None => {
            meta.insert(META_SCHEMA, &SCHEMA_VERSION.to_be_bytes())?;
            Ok(())
        }
        Some(v) => {
            let found = <[u8; 4]>::try_from(v.as_ref())
                .map(u32::from_be_bytes)
                .map_err(|_| corrupt(META, "schema version is not 4 bytes"))?;
            if found > SCHEMA_VERSION {
                Err(StoreError::SchemaTooNew {
                    found,
                    supported: SCHEMA_VERSION,
                })
            } else {
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod open_tests {
    use super::*;

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let db = sled_config(dir.path()).open().unwrap();
            let meta = db.open_tree(META).unwrap();
            meta.insert(META_SCHEMA, &(SCHEMA_VERSION + 1).to_be_bytes())
                .unwrap();
            db.flush().unwrap();
        }
        match Store::open(dir.path()) {
            Err(StoreError::SchemaTooNew { found, supported }) => {
                assert_eq!(found, SCHEMA_VERSION + 1);
                assert_eq!(supported, SCHEMA_VERSION);
            }
            other => panic!("expected SchemaTooNew, got {:?}", other.err()),
        }
    }

    #[test]
    fn opening_a_file_as_a_directory_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, b"x").unwrap();
        let err = Store::open(&file).err().expect("open must fail");
        assert!(matches!(err, StoreError::Open { .. }), "{err}");
        assert!(err.to_string().contains("not-a-dir"));
    }

    #[test]
    fn store_is_clone_send_sync() {
        fn check<T: Clone + Send + Sync>() {}
        check::<Store>();
    }
}
