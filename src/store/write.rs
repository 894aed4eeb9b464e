//! The write path: submit, review and assign. Each validates first, prepares everything with a
//! side effect (ids, the clock, encodings) outside the transaction, writes the records, index
//! entries, counters and events in one transaction, and returns only once a group-commit flush
//! covers it.

use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::domain::{
    Article, ArticleId, Claim, ClaimEventType, ClaimId, ExtractedClaim, VerificationStatus,
};

use super::indexes::{self, Entry};
use super::keys::{self, META_ARTICLES, META_CLAIMS};
use super::tx::{Abort, OrAbort, Tx, TxResult, fail};
use super::{NewArticle, Review, Store, StoreError, Submitted, events, records};

/// Longest evidence URL accepted; browsers and servers stop agreeing beyond this.
const MAX_URL_LEN: usize = 2048;

/// Index entries carry no value: the key is the information.
const EMPTY: &[u8] = &[];

impl Store {
    pub(super) fn submit_impl(
        &self,
        new: NewArticle,
        extracted: Vec<ExtractedClaim>,
        actor: &str,
    ) -> Result<Submitted, StoreError> {
        let sha = hex::encode(Sha256::digest(new.body.as_bytes()));
        if let Some(found) = self.find_existing_impl(&new.request_id, &sha)? {
            return Ok(found);
        }
        let claim_count =
            u32::try_from(extracted.len()).map_err(|_| StoreError::InvalidArgument {
                field: "body",
                reason: "too many claims in one article".into(),
            })?;

        let writer = self.lock_writer();
        // Ids are taken under the writer lock so id order is commit order store-wide: a
        // reader paging by id never passes a point where a claim is committed later.
        let now = SystemTime::now();
        let article = Article {
            id: ArticleId::new(),
            title: new.title,
            url: new.url,
            source: new.source,
            published_date: new.published_date,
            body: new.body,
            content_sha256: sha,
            claim_count,
            create_time: now,
        };
        let claims: Vec<Claim> = extracted
            .into_iter()
            .map(|e| Claim {
                id: ClaimId::new(),
                article_id: article.id,
                text: e.text,
                start: e.start,
                end: e.end,
                facts: e.facts,
                checkworthiness: e.checkworthiness,
                status: VerificationStatus::Unreviewed,
                assignee: String::new(),
                note: String::new(),
                evidence_urls: Vec::new(),
                revision: 1,
                create_time: now,
                update_time: now,
                updated_by: actor.to_owned(),
                fingerprint: e.fingerprint,
            })
            .collect();
        let article_record = records::encode_article(&article, &new.request_id, actor);
        let claim_rows: Vec<(Vec<u8>, Vec<Entry>)> = claims
            .iter()
            .map(|c| (records::encode_claim(c), indexes::entries(c)))
            .collect();
        let counters = submit_counters(&claims);
        let request_id = new.request_id.as_str();
        let article_key = &article.id.as_bytes()[..];

        let result = self.trees().transact(|tx| {
            // Checked again here: a concurrent identical submit may have won since the
            // lookup above, and only the transaction sees the final word.
            if !request_id.is_empty()
                && let Some(id) = tx.article_by_request.get(request_id.as_bytes())?
            {
                return existing(&id);
            }
            if let Some(id) = tx.article_by_hash.get(article.content_sha256.as_bytes())? {
                return existing(&id);
            }
            tx.articles.insert(article_key, &article_record[..])?;
            tx.article_by_hash
                .insert(article.content_sha256.as_bytes(), article_key)?;
            if !request_id.is_empty() {
                tx.article_by_request
                    .insert(request_id.as_bytes(), article_key)?;
            }
            let mut last_sequence = 0;
            for (claim, (record, entries)) in claims.iter().zip(&claim_rows) {
                tx.claims.insert(&claim.id.as_bytes()[..], &record[..])?;
                for (index, key) in entries {
                    tx.index(*index).insert(&key[..], EMPTY)?;
                }
                last_sequence =
                    events::append(tx, ClaimEventType::Created, claim, None, actor, now)?;
            }
            for (key, delta) in &counters {
                tx.bump(key, *delta)?;
            }
            Ok(last_sequence)
        });
        match result {
            Ok(last_sequence) => {
                let ticket = self.inner.commit.ticket();
                drop(writer);
                self.inner.commit.wait(ticket)?;
                self.publish_durable(last_sequence);
                Ok(Submitted {
                    article,
                    claims,
                    already_existed: false,
                })
            }
            Err(Abort::Existing(id)) => {
                drop(writer);
                self.make_visible_durable()?;
                self.load_submitted(id)
            }
            Err(Abort::Fail(e)) => Err(e),
        }
    }

    pub(super) fn review_impl(&self, review: Review, actor: &str) -> Result<Claim, StoreError> {
        validate_review(&review)?;
        let Review {
            claim_id,
            status,
            note,
            evidence_urls,
            expected_revision,
        } = review;
        self.update_claim(
            claim_id,
            expected_revision,
            actor,
            ClaimEventType::Reviewed,
            |c| {
                c.status = status;
                c.note.clone_from(&note);
                c.evidence_urls.clone_from(&evidence_urls);
            },
        )
    }

    pub(super) fn assign_impl(
        &self,
        claim_id: ClaimId,
        assignee: &str,
        expected_revision: u64,
        actor: &str,
    ) -> Result<Claim, StoreError> {
        self.update_claim(
            claim_id,
            expected_revision,
            actor,
            ClaimEventType::Assigned,
            |c| assignee.clone_into(&mut c.assignee),
        )
    }

    /// Applies `change` to a claim in one transaction: revision check, record, moved index
    /// entries, status counters and the event; durable before it returns.
    fn update_claim(
        &self,
        id: ClaimId,
        expected_revision: u64,
        actor: &str,
        event_type: ClaimEventType,
        change: impl Fn(&mut Claim),
    ) -> Result<Claim, StoreError> {
        let writer = self.lock_writer();
        let now = SystemTime::now();
        let result = self.trees().transact(|tx| {
            let Some(bytes) = tx.claims.get(&id.as_bytes()[..])? else {
                return fail(StoreError::NotFound {
                    what: "claim",
                    id: id.to_string(),
                });
            };
            let old = records::decode_claim(&bytes).or_abort()?;
            if expected_revision != 0 && expected_revision != old.revision {
                return fail(StoreError::StaleRevision {
                    expected: expected_revision,
                    actual: old.revision,
                });
            }
            let mut new = old.clone();
            change(&mut new);
            new.revision = old.revision.saturating_add(1);
            new.update_time = now;
            actor.clone_into(&mut new.updated_by);
            write_change(tx, &old, &new)?;
            let sequence = events::append(tx, event_type, &new, Some(old.status), actor, now)?;
            Ok((new, sequence))
        });
        match result {
            Ok((claim, sequence)) => {
                let ticket = self.inner.commit.ticket();
                drop(writer);
                self.inner.commit.wait(ticket)?;
                self.publish_durable(sequence);
                Ok(claim)
            }
            Err(Abort::Fail(e)) => Err(e),
            Err(Abort::Existing(_)) => Err(keys::corrupt(
                keys::CLAIMS,
                "update aborted as an idempotent submit",
            )),
        }
    }
}

/// Record, index entries and status counters of one claim change.
fn write_change(tx: &Tx<'_>, old: &Claim, new: &Claim) -> TxResult<()> {
    tx.claims
        .insert(&new.id.as_bytes()[..], records::encode_claim(new))?;
    let (removed, added) = indexes::diff(old, new);
    for (index, key) in removed {
        tx.index(index).remove(key)?;
    }
    for (index, key) in added {
        tx.index(index).insert(key, EMPTY)?;
    }
    if old.status != new.status {
        tx.bump(&keys::status_counter(old.status), -1)?;
        tx.bump(&keys::status_counter(new.status), 1)?;
    }
    Ok(())
}

fn existing<T>(id: &[u8]) -> TxResult<T> {
    let id = keys::id_bytes(keys::ARTICLE_BY_HASH, id).or_abort()?;
    fail(Abort::Existing(ArticleId::from_bytes(id)))
}

/// Counter changes of storing `claims` as one new article.
fn submit_counters(claims: &[Claim]) -> Vec<(Vec<u8>, i64)> {
    let n = i64::try_from(claims.len()).unwrap_or(i64::MAX);
    let mut out = vec![
        (META_ARTICLES.to_vec(), 1),
        (META_CLAIMS.to_vec(), n),
        (
            keys::status_counter(VerificationStatus::Unreviewed).to_vec(),
            n,
        ),
    ];
    for kind in crate::domain::FactKind::ALL {
        let facts = claims
            .iter()
            .flat_map(|c| &c.facts)
            .filter(|f| f.kind == kind)
            .count();
        if facts > 0 {
            out.push((
                keys::kind_counter(kind).to_vec(),
                i64::try_from(facts).unwrap_or(i64::MAX),
            ));
        }
    }
    out
}

/// A verdict must show its sources; evidence must be links a reader can open.
fn validate_review(r: &Review) -> Result<(), StoreError> {
    if let Some(bad) = r.evidence_urls.iter().find(|u| !is_absolute_http_url(u)) {
        return Err(StoreError::InvalidArgument {
            field: "evidence_urls",
            reason: format!("{bad:?} is not an absolute http(s) URL"),
        });
    }
    if r.status.is_verdict() && r.note.trim().is_empty() && r.evidence_urls.is_empty() {
        return Err(StoreError::InvalidArgument {
            field: "note",
            reason: "a verdict needs a note or at least one evidence URL".into(),
        });
    }
    Ok(())
}

/// `http://` or `https://` (any case), a non-empty host, an optional numeric port, and no
/// whitespace or control characters anywhere.
fn is_absolute_http_url(s: &str) -> bool {
    if s.len() > MAX_URL_LEN || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if let Some(v6) = host_port.strip_prefix('[') {
        match v6.split_once(']') {
            Some((addr, tail)) if !addr.is_empty() => (addr, tail.strip_prefix(':')),
            _ => return false,
        }
    } else {
        match host_port.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        }
    };
    let host_ok = !host.is_empty()
        && !host.chars().any(|c| {
            matches!(
                c,
                '<' | '>' | '"' | '\\' | '^' | '`' | '{' | '|' | '}' | '[' | ']'
            )
        });
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok());
    host_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_http_urls_are_accepted() {
        for u in [
            "https://example.org",
            "http://example.org/a?b=c#d",
            "HTTPS://Example.org:8443/path",
            "https://user@host.example/x",
            "http://[::1]:8080/",
            "https://xn--bcher-kva.example/",
        ] {
            assert!(is_absolute_http_url(u), "{u}");
        }
    }

    #[test]
    fn relative_or_other_scheme_urls_are_refused() {
        for u in [
            "",
            "example.org",
            "/relative/path",
            "ftp://example.org/file",
            "javascript://alert(1)",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org:port/",
            "https://example.org:99999/",
            "http://[]/",
            "mailto:someone@example.org",
        ] {
            assert!(!is_absolute_http_url(u), "{u}");
        }
        assert!(!is_absolute_http_url(&format!(
            "https://e.org/{}",
            "a".repeat(MAX_URL_LEN)
        )));
    }

    fn review(status: VerificationStatus, note: &str, urls: &[&str]) -> Review {
        Review {
            claim_id: ClaimId::new(),
            status,
            note: note.into(),
            evidence_urls: urls.iter().map(|s| s.to_string()).collect(),
            expected_revision: 0,
        }
    }

    #[test]
    fn verdict_needs_a_note_or_evidence() {
        let err = validate_review(&review(VerificationStatus::False, "  ", &[])).unwrap_err();
        assert!(matches!(
            err,
            StoreError::InvalidArgument { field: "note", .. }
        ));
        validate_review(&review(VerificationStatus::False, "see record", &[])).unwrap();
        validate_review(&review(VerificationStatus::False, "", &["https://e.org"])).unwrap();
        validate_review(&review(VerificationStatus::InReview, "", &[])).unwrap();
        validate_review(&review(VerificationStatus::NotAClaim, "", &[])).unwrap();
    }

    #[test]
    fn bad_evidence_url_names_its_field() {
        let err =
            validate_review(&review(VerificationStatus::Verified, "ok", &["notaurl"])).unwrap_err();
        assert!(matches!(
            err,
            StoreError::InvalidArgument {
                field: "evidence_urls",
                ..
            }
        ));
    }
}
