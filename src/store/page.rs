//! Page tokens: opaque base64url strings that bind a resume point to the query that issued it.
//!
//! A token is `version ‖ scope hash (8 bytes) ‖ cursor`. The scope hash covers what is being
//! listed and the whole filter (in a canonical form: statuses and kinds sorted and deduplicated),
//! so a token reused with another query is refused. The cursor is the last key examined (a claim
//! or article id, or an event sequence); the next page resumes strictly after it with a range
//! scan, so a page costs the same however deep into the list it is.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::domain::{ClaimFilter, ClaimId};

use super::StoreError;

const VERSION: u8 = 1;
const HASH_LEN: usize = 8;
/// Longer strings cannot be one of our tokens; refuse them before decoding.
const MAX_TOKEN_LEN: usize = 64;

/// What a token was issued for.
pub enum Scope<'a> {
    Claims(&'a ClaimFilter),
    Articles,
    History(ClaimId),
}

impl Scope<'_> {
    fn hash(&self) -> [u8; HASH_LEN] {
        let mut h = Sha256::new();
        match self {
            Scope::Articles => h.update(b"articles"),
            Scope::History(id) => {
                h.update(b"history");
                h.update(id.as_bytes());
            }
            Scope::Claims(f) => {
                h.update(b"claims");
                match &f.article_id {
                    Some(a) => {
                        h.update([1]);
                        h.update(a.as_bytes());
                    }
                    None => h.update([0]),
                }
                let mut statuses: Vec<u8> = f.statuses.iter().map(|s| s.code()).collect();
                statuses.sort_unstable();
                statuses.dedup();
                field(&mut h, Some(&statuses));
                let mut kinds: Vec<u8> = f.kinds.iter().map(|k| k.code()).collect();
                kinds.sort_unstable();
                kinds.dedup();
                field(&mut h, Some(&kinds));
                field(&mut h, f.assignee.as_deref().map(str::as_bytes));
                field(&mut h, f.text_query.as_deref().map(str::as_bytes));
                field(&mut h, f.normalized.as_deref().map(str::as_bytes));
            }
        }
        let digest = h.finalize();
        let mut out = [0u8; HASH_LEN];
        out.copy_from_slice(&digest[..HASH_LEN]);
        out
    }
}

/// Length-prefixed, with absence distinct from empty, so no two filters collide by framing.
fn field(h: &mut Sha256, value: Option<&[u8]>) {
    match value {
        None => h.update([0]),
        Some(v) => {
            h.update([1]);
            h.update((v.len() as u64).to_be_bytes());
            h.update(v);
        }
    }
}

/// The token that resumes `scope` strictly after `cursor`.
pub fn encode(scope: &Scope<'_>, cursor: &[u8]) -> String {
    let mut raw = Vec::with_capacity(1 + HASH_LEN + cursor.len());
    raw.push(VERSION);
    raw.extend_from_slice(&scope.hash());
    raw.extend_from_slice(cursor);
    URL_SAFE_NO_PAD.encode(raw)
}

/// The cursor of a token issued for `scope`; `None` for the first page.
pub fn decode<const N: usize>(
    scope: &Scope<'_>,
    token: Option<&str>,
) -> Result<Option<[u8; N]>, StoreError> {
    let Some(token) = token else {
        return Ok(None);
    };
    if token.len() > MAX_TOKEN_LEN {
        return Err(StoreError::InvalidPageToken);
    }
    let raw = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| StoreError::InvalidPageToken)?;
    match raw.split_first() {
        Some((&VERSION, rest)) if rest.len() == HASH_LEN + N => {
            let (hash, cursor) = rest.split_at(HASH_LEN);
            if hash != scope.hash() {
                return Err(StoreError::InvalidPageToken);
            }
            let mut out = [0u8; N];
            out.copy_from_slice(cursor);
            Ok(Some(out))
        }
        _ => Err(StoreError::InvalidPageToken),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FactKind, VerificationStatus};

    #[test]
    fn token_round_trips_for_its_own_filter() {
        let f = ClaimFilter {
            kinds: vec![FactKind::Money],
            ..ClaimFilter::default()
        };
        let t = encode(&Scope::Claims(&f), &[7u8; 16]);
        assert_eq!(
            decode::<16>(&Scope::Claims(&f), Some(&t)).unwrap(),
            Some([7u8; 16])
        );
    }

    #[test]
    fn token_from_another_filter_is_refused() {
        let a = ClaimFilter::default();
        let b = ClaimFilter {
            text_query: Some("tax".into()),
            ..ClaimFilter::default()
        };
        let t = encode(&Scope::Claims(&a), &[1u8; 16]);
        assert!(matches!(
            decode::<16>(&Scope::Claims(&b), Some(&t)),
            Err(StoreError::InvalidPageToken)
        ));
        assert!(decode::<16>(&Scope::Articles, Some(&t)).is_err());
    }

    #[test]
    fn status_order_does_not_change_the_query() {
        use VerificationStatus::*;
        let a = ClaimFilter {
            statuses: vec![Verified, False],
            ..ClaimFilter::default()
        };
        let b = ClaimFilter {
            statuses: vec![False, Verified, False],
            ..ClaimFilter::default()
        };
        let t = encode(&Scope::Claims(&a), &[3u8; 16]);
        assert!(decode::<16>(&Scope::Claims(&b), Some(&t)).is_ok());
    }

    #[test]
    fn empty_and_absent_values_are_different_queries() {
        let a = ClaimFilter {
            assignee: Some(String::new()),
            ..ClaimFilter::default()
        };
        let b = ClaimFilter::default();
        let t = encode(&Scope::Claims(&a), &[3u8; 16]);
        assert!(decode::<16>(&Scope::Claims(&b), Some(&t)).is_err());
    }

    #[test]
    fn garbage_tokens_are_refused_without_panicking() {
        for t in ["", "!!!", "AAAA", &"A".repeat(10_000), "AQ"] {
            assert!(matches!(
                decode::<16>(&Scope::Articles, Some(t)),
                Err(StoreError::InvalidPageToken)
            ));
        }
        let t = encode(&Scope::Articles, &[1u8; 8]);
        assert!(decode::<16>(&Scope::Articles, Some(&t)).is_err());
    }
}
