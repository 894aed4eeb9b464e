//! Secondary indexes: which entries a claim owns, and how a filter turns into candidate ids.
//!
//! Every claim index key ends in the claim id, so one prefix is a list in creation order and a
//! page resumes with a range scan from the last id. A filter is served from its most selective
//! indexed field; several statuses or kinds become a k-way merge of their prefix scans in id
//! order (deduplicated: a claim has one `by_kind` entry per kind it contains). The caller still
//! applies `ClaimFilter::matches`, so the index only narrows and never decides.

use std::ops::Bound;

use sled::IVec;

use crate::domain::{Claim, ClaimFilter, ClaimId};

use super::keys::{self, ID_LEN};
use super::{StoreError, Trees};

/// The claim index trees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Index {
    Article,
    Status,
    Kind,
    Assignee,
    Normalized,
    Fingerprint,
}

impl Index {
    pub fn tree_name(self) -> &'static str {
        match self {
            Index::Article => keys::BY_ARTICLE,
            Index::Status => keys::BY_STATUS,
            Index::Kind => keys::BY_KIND,
            Index::Assignee => keys::BY_ASSIGNEE,
            Index::Normalized => keys::BY_NORMALIZED,
            Index::Fingerprint => keys::BY_FINGERPRINT,
        }
    }
}

impl Trees {
    pub fn index(&self, i: Index) -> &sled::Tree {
        match i {
            Index::Article => &self.by_article,
            Index::Status => &self.by_status,
            Index::Kind => &self.by_kind,
            Index::Assignee => &self.by_assignee,
            Index::Normalized => &self.by_normalized,
            Index::Fingerprint => &self.by_fingerprint,
        }
    }
}

/// One index entry: the tree and the key (values are empty).
pub type Entry = (Index, Vec<u8>);

/// Every index entry a claim owns, sorted and without duplicates. Empty assignees, normalized
/// values and fingerprints are not indexed: nobody looks them up, and an unassigned claim
/// would otherwise cost an entry on every write.
pub fn entries(c: &Claim) -> Vec<Entry> {
    let mut out = Vec::with_capacity(4 + 2 * c.facts.len());
    out.push((Index::Article, keys::by_article(c.article_id, c.id)));
    out.push((Index::Status, keys::by_status(c.status, c.id)));
    for f in &c.facts {
        out.push((Index::Kind, keys::by_kind(f.kind, c.id)));
        if !f.normalized.is_empty() {
            out.push((Index::Normalized, keys::named(&f.normalized, c.id)));
        }
    }
    if !c.assignee.is_empty() {
        out.push((Index::Assignee, keys::named(&c.assignee, c.id)));
    }
    if !c.fingerprint.is_empty() {
        out.push((Index::Fingerprint, keys::named(&c.fingerprint, c.id)));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Entries to remove and to add when a claim changes from `old` to `new`.
pub fn diff(old: &Claim, new: &Claim) -> (Vec<Entry>, Vec<Entry>) {
    let (old, new) = (entries(old), entries(new));
    let removed = old
        .iter()
        .filter(|e| new.binary_search(e).is_err())
        .cloned()
        .collect();
    let added = new
        .into_iter()
        .filter(|e| old.binary_search(e).is_err())
        .collect();
    (removed, added)
}

/// How a filter is served.
#[derive(Debug, PartialEq)]
pub enum Plan {
    /// No indexed field: walk the claims tree.
    All,
    /// Merge these prefix scans (each an index and a key prefix) in id order.
    Prefixes(Vec<(Index, Vec<u8>)>),
}

/// The most selective indexed field of `filter`. Article, normalized value and assignee are
/// near-unique; between statuses and kinds the counters in `meta` decide (fact counts
/// overestimate claims with a kind, which is fine for a choice).
pub fn plan(trees: &Trees, filter: &ClaimFilter) -> Result<Plan, StoreError> {
    if let Some(a) = filter.article_id {
        return Ok(prefixes(Index::Article, vec![a.as_bytes().to_vec()]));
    }
    if let Some(n) = filter.normalized.as_deref().filter(|n| !n.is_empty()) {
        return Ok(prefixes(Index::Normalized, vec![keys::named_prefix(n)]));
    }
    if let Some(a) = filter.assignee.as_deref().filter(|a| !a.is_empty()) {
        return Ok(prefixes(Index::Assignee, vec![keys::named_prefix(a)]));
    }
    let mut statuses: Vec<u8> = filter.statuses.iter().map(|s| s.code()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    let mut kinds: Vec<u8> = filter.kinds.iter().map(|k| k.code()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let by_status = || prefixes(Index::Status, statuses.iter().map(|&c| vec![c]).collect());
    let by_kind = || prefixes(Index::Kind, kinds.iter().map(|&c| vec![c]).collect());
    Ok(match (statuses.is_empty(), kinds.is_empty()) {
        (true, true) => Plan::All,
        (false, true) => by_status(),
        (true, false) => by_kind(),
        (false, false) => {
            let status_est = filter.statuses.iter().try_fold(0u64, |acc, &s| {
                Ok::<_, StoreError>(acc + trees.counter(&keys::status_counter(s))?)
            })?;
            let kind_est = filter.kinds.iter().try_fold(0u64, |acc, &k| {
                Ok::<_, StoreError>(acc + trees.counter(&keys::kind_counter(k))?)
            })?;
            if kind_est < status_est {
                by_kind()
            } else {
                by_status()
            }
        }
    })
}

fn prefixes(index: Index, prefixes: Vec<Vec<u8>>) -> Plan {
    Plan::Prefixes(prefixes.into_iter().map(|p| (index, p)).collect())
}

/// Candidate claim ids in ascending order, strictly after a cursor. The claims-tree walk also
/// hands over the record it already read.
pub struct Candidates {
    inner: Inner,
}

enum Inner {
    All(Box<sled::Iter>),
    Merge {
        sources: Vec<Source>,
        heads: Vec<Option<ClaimId>>,
    },
}

/// One prefix scan of an index.
struct Source {
    iter: sled::Iter,
    tree: &'static str,
    prefix: Vec<u8>,
    done: bool,
}

impl Source {
    fn next_id(&mut self) -> Result<Option<ClaimId>, StoreError> {
        while !self.done {
            let Some(item) = self.iter.next() else { break };
            let (key, _) = item?;
            if !key.starts_with(&self.prefix) {
                break;
            }
            // A longer key belongs to a longer name that happens to share this prefix
            // ("a\0…" under "a\0b\0…"); only prefix ‖ id is ours.
            if key.len() != self.prefix.len() + ID_LEN {
                continue;
            }
            return keys::trailing_claim(self.tree, &key).map(Some);
        }
        self.done = true;
        Ok(None)
    }
}

impl Candidates {
    pub fn new(trees: &Trees, plan: Plan, after: Option<ClaimId>) -> Candidates {
        let inner = match plan {
            Plan::All => Inner::All(Box::new(match after {
                Some(id) => trees
                    .claims
                    .range::<&[u8], _>((Bound::Excluded(&id.as_bytes()[..]), Bound::Unbounded)),
                None => trees.claims.iter(),
            })),
            Plan::Prefixes(prefixes) => {
                let sources: Vec<Source> = prefixes
                    .into_iter()
                    .map(|(index, prefix)| {
                        let start = match after {
                            Some(id) => {
                                let mut k = prefix.clone();
                                k.extend_from_slice(id.as_bytes());
                                Bound::Excluded(k)
                            }
                            None => Bound::Included(prefix.clone()),
                        };
                        Source {
                            iter: trees.index(index).range((start, Bound::Unbounded)),
                            tree: index.tree_name(),
                            prefix,
                            done: false,
                        }
                    })
                    .collect();
                Inner::Merge {
                    heads: vec![None; sources.len()],
                    sources,
                }
            }
        };
        Candidates { inner }
    }

    /// The next candidate id, with the claim record when it was read on the way.
    pub fn next(&mut self) -> Result<Option<(ClaimId, Option<IVec>)>, StoreError> {
        match &mut self.inner {
            Inner::All(iter) => match iter.next() {
                None => Ok(None),
                Some(item) => {
                    let (key, value) = item?;
                    let id = keys::id_bytes(keys::CLAIMS, &key)?;
                    Ok(Some((ClaimId::from_bytes(id), Some(value))))
                }
            },
            Inner::Merge { sources, heads } => {
                for (head, src) in heads.iter_mut().zip(sources.iter_mut()) {
                    if head.is_none() {
                        *head = src.next_id()?;
                    }
                }
                let Some(min) = heads.iter().flatten().min().copied() else {
                    return Ok(None);
                };
                for h in heads.iter_mut() {
                    if *h == Some(min) {
                        *h = None;
                    }
                }
                Ok(Some((min, None)))
            }
        }
    }
}

impl Trees {
    /// A u64 counter in `meta`; absent is zero.
    pub fn counter(&self, key: &[u8]) -> Result<u64, StoreError> {
        keys::decode_u64(keys::META, self.meta.get(key)?.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ArticleId, Fact, FactKind, VerificationStatus};
    use std::time::UNIX_EPOCH;

    fn claim(facts: &[(FactKind, &str)]) -> Claim {
        Claim {
            id: ClaimId::new(),
            article_id: ArticleId::new(),
            text: String::new(),
            start: 0,
            end: 0,
            facts: facts
                .iter()
                .map(|&(kind, n)| Fact {
                    kind,
                    normalized: n.into(),
                    ..Fact::default()
                })
                .collect(),
            checkworthiness: 0.0,
            status: VerificationStatus::Unreviewed,
            assignee: String::new(),
            note: String::new(),
            evidence_urls: vec![],
            revision: 1,
            create_time: UNIX_EPOCH,
            update_time: UNIX_EPOCH,
            updated_by: String::new(),
            fingerprint: "fp".into(),
        }
    }

    #[test]
    fn one_kind_entry_per_kind_and_one_per_distinct_value() {
        let c = claim(&[
            (FactKind::Count, "3"),
            (FactKind::Count, "3"),
            (FactKind::Count, "4"),
        ]);
        let e = entries(&c);
        assert_eq!(e.iter().filter(|(i, _)| *i == Index::Kind).count(), 1);
        assert_eq!(e.iter().filter(|(i, _)| *i == Index::Normalized).count(), 2);
        assert_eq!(e.iter().filter(|(i, _)| *i == Index::Assignee).count(), 0);
    }

    #[test]
    fn review_moves_only_the_status_entry() {
        let old = claim(&[(FactKind::Date, "2024")]);
        let mut new = old.clone();
        new.status = VerificationStatus::False;
        let (removed, added) = diff(&old, &new);
        assert_eq!(
            removed,
            vec![(Index::Status, keys::by_status(old.status, old.id))]
        );
        assert_eq!(
            added,
            vec![(Index::Status, keys::by_status(new.status, new.id))]
        );
    }

    #[test]
    fn assignment_adds_and_unassignment_removes_an_entry() {
        let old = claim(&[]);
        let mut new = old.clone();
        new.assignee = "kim".into();
        let (removed, added) = diff(&old, &new);
        assert!(removed.is_empty());
        assert_eq!(added, vec![(Index::Assignee, keys::named("kim", old.id))]);
        let (removed, added) = diff(&new, &old);
        assert_eq!(removed.len(), 1);
        assert!(added.is_empty());
    }
}
