//! The only door to persistence: articles, claims, secondary indexes, counters and the event
//! log in sled trees, written in single transactions and acknowledged only once durable.
//! Nothing outside this module touches sled; nothing in it knows tonic or prost.

use std::path::Path;

use crate::domain::{
    Article, ArticleId, Claim, ClaimFilter, ClaimId, ExtractedClaim, FactKind, VerificationStatus,
};

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
    #[error("not implemented yet")]
    Unimplemented,
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

/// Handle to the store; cheap to clone (sled handles are reference counted).
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
}

impl Store {
    /// Opens (or creates) the store in `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let db = sled::Config::new().path(path).open()?;
        Ok(Store { db })
    }

    /// The stored article with this request id or body hash, with its claims.
    pub fn find_existing(
        &self,
        _request_id: &str,
        _content_sha256: &str,
    ) -> Result<Option<Submitted>, StoreError> {
        Err(StoreError::Unimplemented)
    }

    /// Stores an article and its claims atomically; durable before it returns.
    pub fn submit_article(
        &self,
        _article: NewArticle,
        _claims: Vec<ExtractedClaim>,
        _actor: &str,
    ) -> Result<Submitted, StoreError> {
        Err(StoreError::Unimplemented)
    }

    pub fn get_article(&self, _id: ArticleId) -> Result<Article, StoreError> {
        Err(StoreError::Unimplemented)
    }

    /// Newest first.
    pub fn list_articles(&self, _page: &PageRequest) -> Result<Page<Article>, StoreError> {
        Err(StoreError::Unimplemented)
    }

    pub fn get_claim(&self, _id: ClaimId) -> Result<Claim, StoreError> {
        Err(StoreError::Unimplemented)
    }

    /// Creation order, served from indexes where the filter allows.
    pub fn list_claims(
        &self,
        _filter: &ClaimFilter,
        _page: &PageRequest,
    ) -> Result<Page<Claim>, StoreError> {
        Err(StoreError::Unimplemented)
    }

    /// Applies a review; durable before it returns.
    pub fn review_claim(&self, _review: Review, _actor: &str) -> Result<Claim, StoreError> {
        Err(StoreError::Unimplemented)
    }

    pub fn stats(&self) -> Result<Stats, StoreError> {
        Err(StoreError::Unimplemented)
    }

    /// Flushes and syncs everything written so far (graceful shutdown).
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}
