//! Deleting an article: its record, idempotency keys, claims, their index entries and counters
//! go in one transaction that appends a DELETED event per claim (the claim as it was). The
//! event log and per-claim history stay, so what was reviewed remains auditable; the same body
//! can be submitted again as a new article.

use std::time::SystemTime;

use crate::domain::{ArticleId, ClaimEventType, FactKind, VerificationStatus};

use super::indexes;
use super::keys::{self, META_ARTICLES, META_CLAIMS};
use super::tx::{Abort, OrAbort, fail};
use super::{Store, StoreError, events, records};

impl Store {
    /// Deletes an article and its claims; durable before it returns. `NotFound` when absent.
    pub fn delete_article(&self, id: ArticleId, actor: &str) -> Result<(), StoreError> {
        let writer = self.lock_writer();
        // Transactions cannot scan: list the claims first. Every write holds the writer lock,
        // so the list cannot change before the transaction below.
        let mut claim_keys = Vec::new();
        for entry in self.trees().by_article.scan_prefix(id.as_bytes()) {
            let (key, _) = entry?;
            claim_keys.push(keys::trailing_claim(keys::BY_ARTICLE, &key)?);
        }
        let now = SystemTime::now();
        let result = self.trees().transact(|tx| {
            let article_key = &id.as_bytes()[..];
            let Some(bytes) = tx.articles.get(article_key)? else {
                return fail(StoreError::NotFound {
                    what: "article",
                    id: id.to_string(),
                });
            };
            let (article, request_id) = records::decode_article_with_request(&bytes).or_abort()?;
            tx.articles.remove(article_key)?;
            tx.article_by_hash
                .remove(article.content_sha256.as_bytes())?;
            if !request_id.is_empty() {
                tx.article_by_request.remove(request_id.as_bytes())?;
            }
            tx.bump(META_ARTICLES, -1)?;
            let mut last_sequence = 0;
            let mut statuses = [0i64; VerificationStatus::ALL.len()];
            let mut kinds = [0i64; FactKind::ALL.len()];
            for claim_id in &claim_keys {
                let claim_key = &claim_id.as_bytes()[..];
                let Some(bytes) = tx.claims.get(claim_key)? else {
                    continue;
                };
                let claim = records::decode_claim(&bytes).or_abort()?;
                tx.claims.remove(claim_key)?;
                for (index, key) in indexes::entries(&claim) {
                    tx.index(index).remove(key)?;
                }
                if let Some(i) = VerificationStatus::ALL
                    .iter()
                    .position(|&s| s == claim.status)
                {
                    statuses[i] += 1;
                }
                for f in &claim.facts {
                    if let Some(i) = FactKind::ALL.iter().position(|&k| k == f.kind) {
                        kinds[i] += 1;
                    }
                }
                tx.bump(META_CLAIMS, -1)?;
                last_sequence = events::append(
                    tx,
                    ClaimEventType::Deleted,
                    &claim,
                    Some(claim.status),
                    actor,
                    now,
                )?;
            }
            for (s, n) in VerificationStatus::ALL.into_iter().zip(statuses) {
                if n > 0 {
                    tx.bump(&keys::status_counter(s), -n)?;
                }
            }
            for (k, n) in FactKind::ALL.into_iter().zip(kinds) {
                if n > 0 {
                    tx.bump(&keys::kind_counter(k), -n)?;
                }
            }
            Ok(last_sequence)
        });
        match result {
            Ok(last_sequence) => {
                let ticket = self.inner.commit.ticket();
                drop(writer);
                self.inner.commit.wait(ticket)?;
                self.publish_durable(last_sequence);
                Ok(())
            }
            Err(Abort::Fail(e)) => Err(e),
            Err(Abort::Existing(_)) => Err(keys::corrupt(
                keys::ARTICLES,
                "delete aborted as an idempotent submit",
            )),
        }
    }
}
