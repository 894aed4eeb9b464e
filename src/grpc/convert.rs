//! Every proto ⇄ domain conversion, in one place. Each conversion destructures the whole
//! message, so a field added to the proto is a compile error here until it is handled.
//! Requests are validated on the way in; bad fields become `INVALID_ARGUMENT` with a
//! BadRequest detail naming the field.

use std::time::SystemTime;

use chrono::NaiveDate;
use tonic::Status;

use super::status::invalid_argument;
use crate::domain::{
    Article, ArticleId, Claim, ClaimEvent, ClaimEventType, ClaimFilter, ClaimId, ExtractedClaim,
    Fact, FactKind, VerificationStatus,
};
use crate::pb;
use crate::store::{PageRequest, Review, Stats};

/// `page_size` 0 means this many.
pub const DEFAULT_PAGE_SIZE: usize = 50;
/// Larger page sizes are coerced down to this.
pub const MAX_PAGE_SIZE: usize = 1000;

fn timestamp(t: SystemTime) -> Option<prost_types::Timestamp> {
    Some(prost_types::Timestamp::from(t))
}

/// Offsets fit in u32: request bodies are far below 4 GiB (gRPC message limits).
fn offset(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

pub fn fact_kind_to_pb(kind: FactKind) -> pb::FactKind {
    match kind {
        FactKind::Count => pb::FactKind::Count,
        FactKind::Date => pb::FactKind::Date,
        FactKind::Legislation => pb::FactKind::Legislation,
        FactKind::Quote => pb::FactKind::Quote,
        FactKind::Percent => pb::FactKind::Percent,
        FactKind::Money => pb::FactKind::Money,
        FactKind::Duration => pb::FactKind::Duration,
    }
}

/// Rejects UNSPECIFIED and unknown numbers: a filter or write must say what it means.
pub fn fact_kind_from_pb(field: &str, value: i32) -> Result<FactKind, Status> {
    match pb::FactKind::try_from(value) {
        Ok(pb::FactKind::Count) => Ok(FactKind::Count),
        Ok(pb::FactKind::Date) => Ok(FactKind::Date),
        Ok(pb::FactKind::Legislation) => Ok(FactKind::Legislation),
        Ok(pb::FactKind::Quote) => Ok(FactKind::Quote),
        Ok(pb::FactKind::Percent) => Ok(FactKind::Percent),
        Ok(pb::FactKind::Money) => Ok(FactKind::Money),
        Ok(pb::FactKind::Duration) => Ok(FactKind::Duration),
        Ok(pb::FactKind::Unspecified) => Err(invalid_argument(field, "must not be UNSPECIFIED")),
        Err(_) => Err(invalid_argument(field, format!("unknown FactKind {value}"))),
    }
}

pub fn status_to_pb(status: VerificationStatus) -> pb::VerificationStatus {
    match status {
        VerificationStatus::Unreviewed => pb::VerificationStatus::Unreviewed,
        VerificationStatus::InReview => pb::VerificationStatus::InReview,
        VerificationStatus::Verified => pb::VerificationStatus::Verified,
        VerificationStatus::PartlyTrue => pb::VerificationStatus::PartlyTrue,
        VerificationStatus::Unverifiable => pb::VerificationStatus::Unverifiable,
        VerificationStatus::Misleading => pb::VerificationStatus::Misleading,
        VerificationStatus::False => pb::VerificationStatus::False,
        VerificationStatus::NotAClaim => pb::VerificationStatus::NotAClaim,
    }
}

/// Rejects UNSPECIFIED and unknown numbers.
pub fn status_from_pb(field: &str, value: i32) -> Result<VerificationStatus, Status> {
    match pb::VerificationStatus::try_from(value) {
        Ok(pb::VerificationStatus::Unreviewed) => Ok(VerificationStatus::Unreviewed),
        Ok(pb::VerificationStatus::InReview) => Ok(VerificationStatus::InReview),
        Ok(pb::VerificationStatus::Verified) => Ok(VerificationStatus::Verified),
        Ok(pb::VerificationStatus::PartlyTrue) => Ok(VerificationStatus::PartlyTrue),
        Ok(pb::VerificationStatus::Unverifiable) => Ok(VerificationStatus::Unverifiable),
        Ok(pb::VerificationStatus::Misleading) => Ok(VerificationStatus::Misleading),
        Ok(pb::VerificationStatus::False) => Ok(VerificationStatus::False),
        Ok(pb::VerificationStatus::NotAClaim) => Ok(VerificationStatus::NotAClaim),
        Ok(pb::VerificationStatus::Unspecified) => {
            Err(invalid_argument(field, "must not be UNSPECIFIED"))
        }
        Err(_) => Err(invalid_argument(
            field,
            format!("unknown VerificationStatus {value}"),
        )),
    }
}

fn event_type_to_pb(t: ClaimEventType) -> pb::ClaimEventType {
    match t {
        ClaimEventType::Created => pb::ClaimEventType::Created,
        ClaimEventType::Reviewed => pb::ClaimEventType::Reviewed,
        ClaimEventType::Assigned => pb::ClaimEventType::Assigned,
        ClaimEventType::Deleted => pb::ClaimEventType::Deleted,
    }
}

pub fn article_id(field: &str, text: &str) -> Result<ArticleId, Status> {
    if text.is_empty() {
        return Err(invalid_argument(field, "is required"));
    }
    text.parse()
        .map_err(|_| invalid_argument(field, format!("{text:?} is not a UUID")))
}

pub fn claim_id(field: &str, text: &str) -> Result<ClaimId, Status> {
    if text.is_empty() {
        return Err(invalid_argument(field, "is required"));
    }
    text.parse()
        .map_err(|_| invalid_argument(field, format!("{text:?} is not a UUID")))
}

/// Validates `page_size` and wraps the token: 0 → default, over max → max, negative → error.
pub fn page_request(page_size: i32, page_token: String) -> Result<PageRequest, Status> {
    let size = match page_size {
        n if n < 0 => return Err(invalid_argument("page_size", "must not be negative")),
        0 => DEFAULT_PAGE_SIZE,
        n => (n as usize).min(MAX_PAGE_SIZE),
    };
    Ok(PageRequest {
        size,
        token: (!page_token.is_empty()).then_some(page_token),
    })
}

/// A published date given by a caller: strictly `YYYY-MM-DD`.
pub fn published_date(field: &str, text: &str) -> Result<Option<NaiveDate>, Status> {
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| text.len() == 10)
        .map(Some)
        .ok_or_else(|| invalid_argument(field, format!("{text:?} is not a YYYY-MM-DD date")))
}

pub fn fact_to_pb(fact: Fact) -> pb::Fact {
    let Fact {
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
    } = fact;
    pb::Fact {
        kind: fact_kind_to_pb(kind) as i32,
        text,
        start: offset(start),
        end: offset(end),
        normalized,
        unit,
        speaker,
        congress,
        currency,
        reference_url,
    }
}

/// A preview claim: no id, no review state (ExtractClaims stores nothing).
pub fn extracted_claim_to_pb(claim: ExtractedClaim) -> pb::Claim {
    let ExtractedClaim {
        text,
        start,
        end,
        facts,
        checkworthiness,
        fingerprint,
    } = claim;
    pb::Claim {
        id: String::new(),
        article_id: String::new(),
        text,
        start: offset(start),
        end: offset(end),
        facts: facts.into_iter().map(fact_to_pb).collect(),
        checkworthiness,
        status: pb::VerificationStatus::Unreviewed as i32,
        assignee: String::new(),
        note: String::new(),
        evidence_urls: Vec::new(),
        revision: 0,
        create_time: None,
        update_time: None,
        updated_by: String::new(),
        fingerprint,
    }
}

pub fn claim_to_pb(claim: Claim) -> pb::Claim {
    let Claim {
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
        create_time,
        update_time,
        updated_by,
        fingerprint,
    } = claim;
    pb::Claim {
        id: id.to_string(),
        article_id: article_id.to_string(),
        text,
        start: offset(start),
        end: offset(end),
        facts: facts.into_iter().map(fact_to_pb).collect(),
        checkworthiness,
        status: status_to_pb(status) as i32,
        assignee,
        note,
        evidence_urls,
        revision,
        create_time: timestamp(create_time),
        update_time: timestamp(update_time),
        updated_by,
        fingerprint,
    }
}

pub fn article_to_pb(article: Article) -> pb::Article {
    let Article {
        id,
        title,
        url,
        source,
        published_date,
        body,
        content_sha256,
        claim_count,
        create_time,
    } = article;
    pb::Article {
        id: id.to_string(),
        title,
        url,
        source,
        published_date,
        body,
        content_sha256,
        claim_count,
        create_time: timestamp(create_time),
    }
}

pub fn event_to_pb(event: ClaimEvent) -> pb::ClaimEvent {
    let ClaimEvent {
        sequence,
        event_type,
        claim,
        previous_status,
        actor,
        time,
    } = event;
    pb::ClaimEvent {
        sequence,
        r#type: event_type_to_pb(event_type) as i32,
        claim: Some(claim_to_pb(claim)),
        previous_status: previous_status.map_or(pb::VerificationStatus::Unspecified, status_to_pb)
            as i32,
        actor,
        time: timestamp(time),
    }
}

/// Validates a wire filter: ids must parse, enums must be known and specified.
pub fn claim_filter(filter: Option<pb::ClaimFilter>) -> Result<ClaimFilter, Status> {
    let pb::ClaimFilter {
        article_id: article,
        statuses,
        kinds,
        assignee,
        text_query,
        normalized,
    } = filter.unwrap_or_default();
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    let mut statuses = statuses
        .into_iter()
        .map(|s| status_from_pb("filter.statuses", s))
        .collect::<Result<Vec<_>, _>>()?;
    statuses.sort();
    statuses.dedup();
    let mut kinds = kinds
        .into_iter()
        .map(|k| fact_kind_from_pb("filter.kinds", k))
        .collect::<Result<Vec<_>, _>>()?;
    kinds.sort();
    kinds.dedup();
    Ok(ClaimFilter {
        article_id: match article.as_str() {
            "" => None,
            text => Some(article_id("filter.article_id", text)?),
        },
        statuses,
        kinds,
        assignee: non_empty(assignee),
        text_query: non_empty(text_query),
        normalized: non_empty(normalized),
    })
}

pub fn review(request: pb::ReviewClaimRequest) -> Result<Review, Status> {
    let pb::ReviewClaimRequest {
        claim_id: id,
        status,
        note,
        evidence_urls,
        expected_revision,
    } = request;
    Ok(Review {
        claim_id: claim_id("claim_id", &id)?,
        status: status_from_pb("status", status)?,
        note,
        evidence_urls,
        expected_revision,
    })
}

pub fn stats_to_pb(stats: Stats) -> pb::GetStatsResponse {
    let Stats {
        articles,
        claims,
        claims_by_status,
        facts_by_kind,
    } = stats;
    pb::GetStatsResponse {
        articles,
        claims,
        claims_by_status: claims_by_status
            .into_iter()
            .map(|(s, n)| (status_to_pb(s).as_str_name().to_string(), n))
            .collect(),
        facts_by_kind: facts_by_kind
            .into_iter()
            .map(|(k, n)| (fact_kind_to_pb(k).as_str_name().to_string(), n))
            .collect(),
    }
}
