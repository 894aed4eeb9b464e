//! Related claims: the same statement in other articles, found through the indexes. A claim
//! is related when it has the same (non-empty) fingerprint, or shares a LEGISLATION or QUOTE
//! fact (same kind, same normalized value): bills and quotations are identities, while a
//! shared "2024" or "12%" is a coincidence. Reviewers see prior verdicts this way.

use crate::domain::{Claim, ClaimId, FactKind};

use super::indexes::{Candidates, Index, Plan};
use super::{Store, StoreError, keys, records};

/// Candidates one call examines at most, so a hugely shared value cannot make it a scan.
const MAX_EXAMINED: usize = 10_000;

impl Store {
    /// Up to `limit` claims of other articles related to `claim_id`, oldest first.
    pub fn related_claims(
        &self,
        claim_id: ClaimId,
        limit: usize,
    ) -> Result<Vec<Claim>, StoreError> {
        let claim = self.get_claim_impl(claim_id)?;
        let mut scans = Vec::new();
        if !claim.fingerprint.is_empty() {
            scans.push((Index::Fingerprint, keys::named_prefix(&claim.fingerprint)));
        }
        let mut shared: Vec<(FactKind, &str)> = claim
            .facts
            .iter()
            .filter(|f| matches!(f.kind, FactKind::Legislation | FactKind::Quote))
            .filter(|f| !f.normalized.is_empty())
            .map(|f| (f.kind, f.normalized.as_str()))
            .collect();
        shared.sort_unstable();
        shared.dedup();
        let mut values: Vec<&str> = shared.iter().map(|&(_, v)| v).collect();
        values.sort_unstable();
        values.dedup();
        scans.extend(
            values
                .into_iter()
                .map(|v| (Index::Normalized, keys::named_prefix(v))),
        );
        if scans.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }

        let trees = self.trees();
        let mut candidates = Candidates::new(trees, Plan::Prefixes(scans), None);
        let mut out = Vec::new();
        let mut examined = 0usize;
        while let Some((id, _)) = candidates.next()? {
            examined += 1;
            if examined > MAX_EXAMINED {
                break;
            }
            let Some(value) = trees.claims.get(id.as_bytes())? else {
                continue;
            };
            let other = records::decode_claim(&value)?;
            if other.article_id == claim.article_id {
                continue;
            }
            let same_fingerprint =
                !claim.fingerprint.is_empty() && other.fingerprint == claim.fingerprint;
            let shares_fact = other
                .facts
                .iter()
                .any(|f| shared.contains(&(f.kind, f.normalized.as_str())));
            if same_fingerprint || shares_fact {
                out.push(other);
                if out.len() == limit {
                    break;
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{ExtractedClaim, Fact, FactKind};
    use crate::store::{NewArticle, Store};

    fn claim(text: &str, fingerprint: &str, facts: &[(FactKind, &str)]) -> ExtractedClaim {
        ExtractedClaim {
            text: text.into(),
            fingerprint: fingerprint.into(),
            facts: facts
                .iter()
                .map(|&(kind, n)| Fact {
                    kind,
                    normalized: n.into(),
                    ..Fact::default()
                })
                .collect(),
            ..ExtractedClaim::default()
        }
    }

    fn submit(store: &Store, body: &str, claims: Vec<ExtractedClaim>) -> Vec<crate::domain::Claim> {
        let a = NewArticle {
            body: body.into(),
            ..NewArticle::default()
        };
        store.submit_article(a, claims, "t").unwrap().claims
    }

    #[test]
    fn same_fingerprint_or_bill_in_other_articles_is_related() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let first = submit(
            &store,
            "one",
            vec![
                claim(
                    "House passed H.Res.5 in 2024.",
                    "fp-a",
                    &[(FactKind::Legislation, "H.Res.5"), (FactKind::Date, "2024")],
                ),
                claim(
                    "Same article, same bill H.Res.5.",
                    "fp-z",
                    &[(FactKind::Legislation, "H.Res.5")],
                ),
            ],
        );
        let second = submit(
            &store,
            "two",
            vec![
                claim(
                    "Another outlet on H.Res.5.",
                    "fp-b",
                    &[(FactKind::Legislation, "H.Res.5")],
                ),
                claim(
                    "Unrelated, also in 2024.",
                    "fp-c",
                    &[(FactKind::Date, "2024")],
                ),
                claim("Reworded but same claim.", "fp-a", &[]),
            ],
        );
        let related = store.related_claims(first[0].id, 10).unwrap();
        let ids: Vec<_> = related.iter().map(|c| c.id).collect();
        assert_eq!(ids, [second[0].id, second[2].id]);
        assert_eq!(store.related_claims(first[0].id, 1).unwrap().len(), 1);
        assert!(store.related_claims(second[1].id, 10).unwrap().is_empty());
    }
}
