//! The one place where domain types become on-disk records and back: prost messages from the
//! private `storage.proto`, enums as their one-byte codes, times as unix nanoseconds. Decoding
//! never trusts the bytes: anything that does not fit the domain is `StoreError::Corrupt`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use prost::Message;

use crate::domain::{
    Article, ArticleId, Claim, ClaimEvent, ClaimEventType, ClaimId, Fact, FactKind,
    VerificationStatus,
};
use crate::pb::storage::{ArticleRecord, ClaimRecord, EventRecord, FactRecord};

use super::StoreError;
use super::keys::{ARTICLES, CLAIMS, EVENTS, corrupt, id_bytes};

/// Unix nanoseconds; times before 1970 are negative, beyond year 2262 saturate.
pub fn to_nanos(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_nanos()).map_or(i64::MIN, |n| -n),
    }
}

pub fn from_nanos(n: i64) -> SystemTime {
    let d = Duration::from_nanos(n.unsigned_abs());
    if n >= 0 {
        UNIX_EPOCH + d
    } else {
        UNIX_EPOCH - d
    }
}

pub fn encode_article(a: &Article, request_id: &str, created_by: &str) -> Vec<u8> {
    ArticleRecord {
        id: a.id.as_bytes().to_vec(),
        title: a.title.clone(),
        url: a.url.clone(),
        source: a.source.clone(),
        published_date: a.published_date.clone(),
        body: a.body.clone(),
        content_sha256: a.content_sha256.clone(),
        claim_count: a.claim_count,
        create_time_unix_nanos: to_nanos(a.create_time),
        request_id: request_id.to_owned(),
        created_by: created_by.to_owned(),
    }
    .encode_to_vec()
}

pub fn decode_article(bytes: &[u8]) -> Result<Article, StoreError> {
    decode_article_with_request(bytes).map(|(a, _)| a)
}

/// The article and the request id it was submitted with (needed to remove its
/// idempotency key).
pub fn decode_article_with_request(bytes: &[u8]) -> Result<(Article, String), StoreError> {
    let r = ArticleRecord::decode(bytes).map_err(|e| corrupt(ARTICLES, e.to_string()))?;
    let ArticleRecord {
        id,
        title,
        url,
        source,
        published_date,
        body,
        content_sha256,
        claim_count,
        create_time_unix_nanos,
        request_id,
        created_by: _,
    } = r;
    let article = Article {
        id: ArticleId::from_bytes(id_bytes(ARTICLES, &id)?),
        title,
        url,
        source,
        published_date,
        body,
        content_sha256,
        claim_count,
        create_time: from_nanos(create_time_unix_nanos),
    };
    Ok((article, request_id))
}

fn fact_record(f: &Fact) -> FactRecord {
    FactRecord {
        kind: f.kind.code().into(),
        text: f.text.clone(),
        start: f.start as u64,
        end: f.end as u64,
        normalized: f.normalized.clone(),
        unit: f.unit.clone(),
        speaker: f.speaker.clone(),
        congress: f.congress,
        currency: f.currency.clone(),
        reference_url: f.reference_url.clone(),
    }
}

fn fact_from_record(r: FactRecord, tree: &'static str) -> Result<Fact, StoreError> {
    let FactRecord {
        kind,
        text,
        start,
        end,
        normalized,
        unit,
        speaker,
        congress,
        currency,
        reference_url,
    } = r;
    Ok(Fact {
        kind: code_u8(kind)
            .and_then(FactKind::from_code)
            .ok_or_else(|| corrupt(tree, format!("unknown fact kind {kind}")))?,
        text,
        start: offset(start, tree)?,
        end: offset(end, tree)?,
        normalized,
        unit,
        speaker,
        congress,
        currency,
        reference_url,
    })
}

pub fn claim_record(c: &Claim) -> ClaimRecord {
    ClaimRecord {
        id: c.id.as_bytes().to_vec(),
        article_id: c.article_id.as_bytes().to_vec(),
        text: c.text.clone(),
        start: c.start as u64,
        end: c.end as u64,
        facts: c.facts.iter().map(fact_record).collect(),
        checkworthiness: c.checkworthiness,
        status: c.status.code().into(),
        assignee: c.assignee.clone(),
        note: c.note.clone(),
        evidence_urls: c.evidence_urls.clone(),
        revision: c.revision,
        create_time_unix_nanos: to_nanos(c.create_time),
        update_time_unix_nanos: to_nanos(c.update_time),
        updated_by: c.updated_by.clone(),
        fingerprint: c.fingerprint.clone(),
    }
}

pub fn encode_claim(c: &Claim) -> Vec<u8> {
    claim_record(c).encode_to_vec()
}

pub fn decode_claim(bytes: &[u8]) -> Result<Claim, StoreError> {
    let r = ClaimRecord::decode(bytes).map_err(|e| corrupt(CLAIMS, e.to_string()))?;
    claim_from_record(r, CLAIMS)
}

fn claim_from_record(r: ClaimRecord, tree: &'static str) -> Result<Claim, StoreError> {
    let ClaimRecord {
        id,
        article_id,
        text,
        start,
        end,
        facts,
        checkworthiness,
        status,
        assignee,
        note,
        evidence_urls,
        revision,
        create_time_unix_nanos,
        update_time_unix_nanos,
        updated_by,
        fingerprint,
    } = r;
    Ok(Claim {
        id: ClaimId::from_bytes(id_bytes(tree, &id)?),
        article_id: ArticleId::from_bytes(id_bytes(tree, &article_id)?),
        text,
        start: offset(start, tree)?,
        end: offset(end, tree)?,
        facts: facts
            .into_iter()
            .map(|f| fact_from_record(f, tree))
            .collect::<Result<_, _>>()?,
        checkworthiness,
        status: status_from_code(status, tree)?,
        assignee,
        note,
        evidence_urls,
        revision,
        create_time: from_nanos(create_time_unix_nanos),
        update_time: from_nanos(update_time_unix_nanos),
        updated_by,
        fingerprint,
    })
}

pub fn encode_event(e: &ClaimEvent) -> Vec<u8> {
    EventRecord {
        sequence: e.sequence,
        event_type: e.event_type.code().into(),
        claim: Some(claim_record(&e.claim)),
        previous_status: e.previous_status.map_or(0, |s| s.code().into()),
        actor: e.actor.clone(),
        time_unix_nanos: to_nanos(e.time),
    }
    .encode_to_vec()
}

pub fn decode_event(bytes: &[u8]) -> Result<ClaimEvent, StoreError> {
    let r = EventRecord::decode(bytes).map_err(|e| corrupt(EVENTS, e.to_string()))?;
    let EventRecord {
        sequence,
        event_type,
        claim,
        previous_status,
        actor,
        time_unix_nanos,
    } = r;
    Ok(ClaimEvent {
        sequence,
        event_type: code_u8(event_type)
            .and_then(ClaimEventType::from_code)
            .ok_or_else(|| corrupt(EVENTS, format!("unknown event type {event_type}")))?,
        claim: claim_from_record(
            claim.ok_or_else(|| corrupt(EVENTS, "event without a claim"))?,
            EVENTS,
        )?,
        previous_status: match previous_status {
            0 => None,
            code => Some(status_from_code(code, EVENTS)?),
        },
        actor,
        time: from_nanos(time_unix_nanos),
    })
}

fn status_from_code(code: u32, tree: &'static str) -> Result<VerificationStatus, StoreError> {
    code_u8(code)
        .and_then(VerificationStatus::from_code)
        .ok_or_else(|| corrupt(tree, format!("unknown status {code}")))
}

fn code_u8(code: u32) -> Option<u8> {
    u8::try_from(code).ok()
}

fn offset(v: u64, tree: &'static str) -> Result<usize, StoreError> {
    usize::try_from(v).map_err(|_| corrupt(tree, format!("offset {v} does not fit usize")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_claim() -> Claim {
        Claim {
            id: ClaimId::new(),
            article_id: ArticleId::new(),
            text: "Lawmakers approved 12 bills.".into(),
            start: 3,
            end: 31,
            facts: vec![Fact {
                kind: FactKind::Count,
                text: "12 bills".into(),
                start: 22,
                end: 30,
                normalized: "12".into(),
                unit: "bills".into(),
                ..Fact::default()
            }],
            checkworthiness: 0.75,
            status: VerificationStatus::Misleading,
            assignee: "dana".into(),
            note: "context missing".into(),
            evidence_urls: vec!["https://example.org/a".into()],
            revision: 3,
            create_time: from_nanos(1_700_000_000_123_456_789),
            update_time: from_nanos(1_700_000_100_000_000_001),
            updated_by: "rev".into(),
            fingerprint: "abc".into(),
        }
    }

    #[test]
    fn claim_round_trips_through_its_record() {
        let c = sample_claim();
        assert_eq!(decode_claim(&encode_claim(&c)).unwrap(), c);
    }

    #[test]
    fn event_round_trips_with_and_without_previous_status() {
        let mut e = ClaimEvent {
            sequence: 7,
            event_type: ClaimEventType::Reviewed,
            claim: sample_claim(),
            previous_status: Some(VerificationStatus::InReview),
            actor: "rev".into(),
            time: from_nanos(5),
        };
        assert_eq!(decode_event(&encode_event(&e)).unwrap(), e);
        e.previous_status = None;
        e.event_type = ClaimEventType::Created;
        assert_eq!(decode_event(&encode_event(&e)).unwrap(), e);
    }

    #[test]
    fn times_before_the_epoch_survive() {
        let t = UNIX_EPOCH - Duration::from_nanos(1_500);
        assert_eq!(from_nanos(to_nanos(t)), t);
    }

    #[test]
    fn unknown_status_code_is_corrupt() {
        let mut r = claim_record(&sample_claim());
        r.status = 99;
        let err = decode_claim(&r.encode_to_vec()).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { tree: "claims", .. }));
    }

    #[test]
    fn garbage_bytes_are_corrupt_not_a_panic() {
        assert!(decode_claim(&[0xff, 0xff, 0xff]).is_err());
        assert!(decode_article(b"\x0a\x03abc").is_err());
        assert!(decode_event(&[]).is_err());
    }
}
