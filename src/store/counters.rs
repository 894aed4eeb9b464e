//! Store-wide counters in `meta` (articles, claims, claims per status, facts per kind), kept
//! by the write transactions and read here without scanning anything.

use crate::domain::{FactKind, VerificationStatus};

use super::keys::{self, META, META_ARTICLES, META_CLAIMS};
use super::tx::{Abort, OrAbort};
use super::{Stats, Store, StoreError};

impl Store {
    pub(super) fn stats_impl(&self) -> Result<Stats, StoreError> {
        // One read-only transaction: a consistent snapshot of every counter, never half of a
        // concurrent write.
        let result = self.trees().meta.transaction(|meta| {
            let read =
                |key: &[u8]| -> sled::transaction::ConflictableTransactionResult<u64, Abort> {
                    keys::decode_u64(META, meta.get(key)?.as_deref()).or_abort()
                };
            let mut claims_by_status = Vec::with_capacity(VerificationStatus::ALL.len());
            for s in VerificationStatus::ALL {
                claims_by_status.push((s, read(&keys::status_counter(s))?));
            }
            let mut facts_by_kind = Vec::with_capacity(FactKind::ALL.len());
            for k in FactKind::ALL {
                facts_by_kind.push((k, read(&keys::kind_counter(k))?));
            }
            Ok(Stats {
                articles: read(META_ARTICLES)?,
                claims: read(META_CLAIMS)?,
                claims_by_status,
                facts_by_kind,
            })
        });
        result.map_err(|e| match e {
            sled::transaction::TransactionError::Abort(Abort::Fail(e)) => e,
            sled::transaction::TransactionError::Abort(Abort::Existing(_)) => {
                keys::corrupt(META, "stats read aborted as a submit")
            }
            sled::transaction::TransactionError::Storage(e) => StoreError::Storage(e),
        })
    }
}
