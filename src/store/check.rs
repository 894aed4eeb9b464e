//! Consistency check of a whole store: every record decodes, every index entry and every
//! idempotency key points at a record that owns it, every record has all its entries, the
//! counters equal a recount and the event log is complete. A full scan, meant for
//! `claimtracker check` on a quiescent data directory (concurrent writes can show up as
//! transient counter differences).

use std::collections::HashMap;

use crate::domain::{ArticleId, FactKind, VerificationStatus};

use super::indexes::{self, Index};
use super::keys::{self, META_ARTICLES, META_CLAIMS, META_SCHEMA, META_SEQUENCE};
use super::{Store, StoreError, records};

/// Problems listed in full; beyond this only counted.
const MAX_LISTED: usize = 100;

/// What [`Store::check`] found.
#[derive(Clone, Debug, Default)]
pub struct CheckReport {
    pub articles: u64,
    pub claims: u64,
    pub events: u64,
    /// The first problems found, in a sentence each.
    pub problems: Vec<String>,
    /// All problems, including those not listed.
    pub problem_count: u64,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.problem_count == 0
    }

    fn problem(&mut self, p: String) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED {
            self.problems.push(p);
        }
    }
}

impl Store {
    /// Scans everything and reports inconsistencies. Errors only when the store cannot be
    /// read at all; undecodable records are reported as problems.
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let t = self.trees();
        let mut r = CheckReport::default();

        if t.meta.get(META_SCHEMA)?.is_none() {
            r.problem("meta: no schema version".into());
        }

        // Articles and their idempotency keys.
        let mut claims_per_article: HashMap<ArticleId, u32> = HashMap::new();
        for item in t.articles.iter() {
            let (key, value) = item?;
            r.articles += 1;
            let a = match records::decode_article(&value) {
                Ok(a) => a,
                Err(e) => {
                    r.problem(format!("articles {}: {e}", hex::encode(&key)));
                    continue;
                }
            };
            if key.as_ref() != a.id.as_bytes() {
                r.problem(format!(
                    "articles: key {} holds article {}",
                    hex::encode(&key),
                    a.id
                ));
            }
            if t.article_by_hash
                .get(a.content_sha256.as_bytes())?
                .as_deref()
                != Some(&key[..])
            {
                r.problem(format!("article {}: body hash not indexed to it", a.id));
            }
            claims_per_article.insert(a.id, a.claim_count);
        }
        for (tree, name) in [
            (&t.article_by_hash, keys::ARTICLE_BY_HASH),
            (&t.article_by_request, keys::ARTICLE_BY_REQUEST),
        ] {
            for item in tree.iter() {
                let (key, value) = item?;
                let target = keys::id_bytes(name, &value).map(ArticleId::from_bytes);
                if !target.is_ok_and(|id| claims_per_article.contains_key(&id)) {
                    r.problem(format!(
                        "{name} {:?}: points at no article",
                        String::from_utf8_lossy(&key)
                    ));
                }
            }
        }

        // Claims: records, their index entries, the recount.
        let mut by_status: HashMap<VerificationStatus, u64> = HashMap::new();
        let mut by_kind: HashMap<FactKind, u64> = HashMap::new();
        let mut found_per_article: HashMap<ArticleId, u32> = HashMap::new();
        for item in t.claims.iter() {
            let (key, value) = item?;
            r.claims += 1;
            let c = match records::decode_claim(&value) {
                Ok(c) => c,
                Err(e) => {
                    r.problem(format!("claims {}: {e}", hex::encode(&key)));
                    continue;
                }
            };
            if key.as_ref() != c.id.as_bytes() {
                r.problem(format!(
                    "claims: key {} holds claim {}",
                    hex::encode(&key),
                    c.id
                ));
            }
            if !claims_per_article.contains_key(&c.article_id) {
                r.problem(format!("claim {}: article {} missing", c.id, c.article_id));
            }
            *found_per_article.entry(c.article_id).or_default() += 1;
            *by_status.entry(c.status).or_default() += 1;
            for f in &c.facts {
                *by_kind.entry(f.kind).or_default() += 1;
            }
            for (index, entry) in indexes::entries(&c) {
                if !t.index(index).contains_key(&entry)? {
                    r.problem(format!(
                        "claim {}: {} entry missing",
                        c.id,
                        index.tree_name()
                    ));
                }
            }
            let first_event = t.events_by_claim.scan_prefix(c.id.as_bytes()).next();
            if first_event.transpose()?.is_none() {
                r.problem(format!("claim {}: no events", c.id));
            }
        }
        for (article, expected) in &claims_per_article {
            let found = found_per_article.get(article).copied().unwrap_or(0);
            if found != *expected {
                r.problem(format!(
                    "article {article}: claim_count {expected} but {found} claims stored"
                ));
            }
        }

        // Every index entry belongs to a claim that owns it.
        for index in [
            Index::Article,
            Index::Status,
            Index::Kind,
            Index::Assignee,
            Index::Normalized,
            Index::Fingerprint,
        ] {
            for item in t.index(index).iter() {
                let (key, _) = item?;
                let owned = match keys::trailing_claim(index.tree_name(), &key) {
                    Ok(id) => match t.claims.get(id.as_bytes())? {
                        Some(v) => records::decode_claim(&v)
                            .is_ok_and(|c| indexes::entries(&c).contains(&(index, key.to_vec()))),
                        None => false,
                    },
                    Err(_) => false,
                };
                if !owned {
                    r.problem(format!(
                        "{}: entry {} has no owner",
                        index.tree_name(),
                        hex::encode(&key)
                    ));
                }
            }
        }

        // Counters equal the recount.
        let expect = |r: &mut CheckReport, what: &str, key: &[u8], n: u64| match t.counter(key) {
            Ok(stored) if stored == n => {}
            Ok(stored) => r.problem(format!("counter {what}: {stored} stored, {n} counted")),
            Err(e) => r.problem(format!("counter {what}: {e}")),
        };
        let (articles, claims) = (r.articles, r.claims);
        expect(&mut r, "articles", META_ARTICLES, articles);
        expect(&mut r, "claims", META_CLAIMS, claims);
        for s in VerificationStatus::ALL {
            let n = by_status.get(&s).copied().unwrap_or(0);
            expect(&mut r, &format!("{s:?}"), &keys::status_counter(s), n);
        }
        for k in FactKind::ALL {
            let n = by_kind.get(&k).copied().unwrap_or(0);
            expect(&mut r, k.name(), &keys::kind_counter(k), n);
        }

        // The event log: decodable, keyed by its sequence, indexed by claim, never past the
        // sequence counter.
        let last = t.counter(META_SEQUENCE)?;
        for item in t.events.iter() {
            let (key, value) = item?;
            r.events += 1;
            let e = match records::decode_event(&value) {
                Ok(e) => e,
                Err(e) => {
                    r.problem(format!("events {}: {e}", hex::encode(&key)));
                    continue;
                }
            };
            if key.as_ref() != keys::event(e.sequence) {
                r.problem(format!(
                    "events: key {} holds {}",
                    hex::encode(&key),
                    e.sequence
                ));
            }
            if e.sequence > last {
                r.problem(format!("event {} is past the sequence {last}", e.sequence));
            }
            if !t
                .events_by_claim
                .contains_key(keys::event_by_claim(e.claim.id, e.sequence))?
            {
                r.problem(format!("event {}: not in its claim's history", e.sequence));
            }
        }
        for item in t.events_by_claim.iter() {
            let (key, _) = item?;
            let ok = match keys::trailing_sequence(&key) {
                Ok(seq) => t.events.contains_key(keys::event(seq))?,
                Err(_) => false,
            };
            if !ok {
                r.problem(format!(
                    "events_by_claim: entry {} has no event",
                    hex::encode(&key)
                ));
            }
        }
        Ok(r)
    }
}
