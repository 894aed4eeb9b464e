//! The transaction harness: one multi-tree sled transaction over every tree, a named view of
//! the transactional trees, the abort type that carries domain outcomes out of the closure, and
//! the counter arithmetic done inside it.
//!
//! sled re-runs the closure on conflict, so closures here only read and write through the
//! view; everything with side effects (ids, clocks, encoding) is prepared before. sled 0.34
//! runs a transaction under a process-wide lock that plain tree reads also take: never touch a
//! `sled::Tree` from inside a closure, it would deadlock.

use sled::transaction::{
    ConflictableTransactionError, ConflictableTransactionResult, TransactionError, Transactional,
    TransactionalTree,
};

use crate::domain::ArticleId;

use super::indexes::Index;
use super::keys::{self, META};
use super::{StoreError, Trees};

/// Why a transaction closure stopped without committing.
#[derive(Debug)]
pub enum Abort {
    /// An idempotent submit found its article already stored.
    Existing(ArticleId),
    /// Anything else: not found, stale revision, corrupt data, storage fault.
    Fail(StoreError),
}

impl From<StoreError> for Abort {
    fn from(e: StoreError) -> Self {
        Abort::Fail(e)
    }
}

pub type TxResult<T> = ConflictableTransactionResult<T, Abort>;

/// Stops the transaction with `e`.
pub fn fail<T>(e: impl Into<Abort>) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(e.into()))
}

/// A failing store call inside a transaction becomes an abort.
pub trait OrAbort<T> {
    fn or_abort(self) -> TxResult<T>;
}

impl<T> OrAbort<T> for Result<T, StoreError> {
    fn or_abort(self) -> TxResult<T> {
        self.map_err(|e| ConflictableTransactionError::Abort(Abort::Fail(e)))
    }
}

/// Every tree, inside one transaction.
pub struct Tx<'a> {
    pub articles: &'a TransactionalTree,
    pub claims: &'a TransactionalTree,
    pub article_by_hash: &'a TransactionalTree,
    pub article_by_request: &'a TransactionalTree,
    pub by_article: &'a TransactionalTree,
    pub by_status: &'a TransactionalTree,
    pub by_kind: &'a TransactionalTree,
    pub by_assignee: &'a TransactionalTree,
    pub by_normalized: &'a TransactionalTree,
    pub by_fingerprint: &'a TransactionalTree,
    pub events: &'a TransactionalTree,
    pub events_by_claim: &'a TransactionalTree,
    pub meta: &'a TransactionalTree,
}

impl<'a> Tx<'a> {
    /// Names the views in the order of [`Trees::all`].
    fn new(v: &'a [TransactionalTree]) -> Option<Tx<'a>> {
        let [
            articles,
            claims,
            article_by_hash,
            article_by_request,
            by_article,
            by_status,
            by_kind,
            by_assignee,
            by_normalized,
            by_fingerprint,
            events,
            events_by_claim,
            meta,
        ] = v
        else {
            return None;
        };
        Some(Tx {
            articles,
            claims,
            article_by_hash,
            article_by_request,
            by_article,
            by_status,
            by_kind,
            by_assignee,
            by_normalized,
            by_fingerprint,
            events,
            events_by_claim,
            meta,
        })
    }

    pub fn index(&self, i: Index) -> &'a TransactionalTree {
        match i {
            Index::Article => self.by_article,
            Index::Status => self.by_status,
            Index::Kind => self.by_kind,
            Index::Assignee => self.by_assignee,
            Index::Normalized => self.by_normalized,
            Index::Fingerprint => self.by_fingerprint,
        }
    }

    /// Adds `delta` to a u64 counter in `meta` (saturating: a counter never wraps).
    pub fn bump(&self, key: &[u8], delta: i64) -> TxResult<u64> {
        let current = keys::decode_u64(META, self.meta.get(key)?.as_deref()).or_abort()?;
        let next = current.saturating_add_signed(delta);
        self.meta.insert(key, &next.to_be_bytes()[..])?;
        Ok(next)
    }
}

impl Trees {
    /// Every tree, in the order [`Tx::new`] names them.
    fn all(&self) -> [&sled::Tree; 13] {
        [
            &self.articles,
            &self.claims,
            &self.article_by_hash,
            &self.article_by_request,
            &self.by_article,
            &self.by_status,
            &self.by_kind,
            &self.by_assignee,
            &self.by_normalized,
            &self.by_fingerprint,
            &self.events,
            &self.events_by_claim,
            &self.meta,
        ]
    }

    /// Runs `f` in one transaction over every tree.
    pub fn transact<T>(&self, f: impl Fn(&Tx<'_>) -> TxResult<T>) -> Result<T, Abort> {
        let all = self.all();
        let result = Transactional::<Abort>::transaction(&all[..], |views| match Tx::new(views) {
            Some(tx) => f(&tx),
            None => fail(keys::corrupt(META, "transaction view has the wrong shape")),
        });
        result.map_err(|e| match e {
            TransactionError::Abort(a) => a,
            TransactionError::Storage(e) => Abort::Fail(StoreError::Storage(e)),
        })
    }
}
