//! The domain vocabulary shared by the extractor, the store and the gRPC layer: articles,
//! claims, facts, statuses, events and filters. Plain Rust types with no tonic, prost or sled
//! in sight, so the wire format and the storage format can each change for their own reasons.

use std::fmt;
use std::time::SystemTime;

use uuid::Uuid;

/// Identifier of a stored article: a UUID v7, so byte order is creation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub Uuid);

/// Identifier of a stored claim: a UUID v7, so byte order is creation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId(pub Uuid);

macro_rules! uuid_id {
    ($t:ident) => {
        impl $t {
            /// A fresh time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            /// The 16 key bytes; big-endian time prefix, so sled iterates in creation order.
            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
            /// Rebuilds an id from 16 key bytes.
            pub fn from_bytes(bytes: [u8; 16]) -> Self {
                Self(Uuid::from_bytes(bytes))
            }
        }
        impl Default for $t {
            fn default() -> Self {
                Self::new()
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
        impl std::str::FromStr for $t {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}
uuid_id!(ArticleId);
uuid_id!(ClaimId);

/// The kind of a checkable fact, as defined in `../shared/docs/facts.md`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    #[default]
    Count,
    Date,
    Legislation,
    Quote,
    Percent,
    Money,
    Duration,
}

impl FactKind {
    /// Every kind, in wire order; counters and indexes iterate this.
    pub const ALL: [FactKind; 7] = [
        FactKind::Count,
        FactKind::Date,
        FactKind::Legislation,
        FactKind::Quote,
        FactKind::Percent,
        FactKind::Money,
        FactKind::Duration,
    ];

    /// Stable one-byte code used in index keys and counters (equals the wire number).
    pub fn code(self) -> u8 {
        match self {
            FactKind::Count => 1,
            FactKind::Date => 2,
            FactKind::Legislation => 3,
            FactKind::Quote => 4,
            FactKind::Percent => 5,
            FactKind::Money => 6,
            FactKind::Duration => 7,
        }
    }

    /// Inverse of [`FactKind::code`].
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The short upper-case name the scorer and the docs use ("COUNT").
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Count => "COUNT",
            FactKind::Date => "DATE",
            FactKind::Legislation => "LEGISLATION",
            FactKind::Quote => "QUOTE",
            FactKind::Percent => "PERCENT",
            FactKind::Money => "MONEY",
            FactKind::Duration => "DURATION",
        }
    }
}

/// Where a claim stands in review. Verdicts carry a ClaimReview rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VerificationStatus {
    Unreviewed,
    InReview,
    Verified,
    PartlyTrue,
    Unverifiable,
    Misleading,
    False,
    NotAClaim,
}

impl VerificationStatus {
    /// Every status, in wire order.
    pub const ALL: [VerificationStatus; 8] = [
        VerificationStatus::Unreviewed,
        VerificationStatus::InReview,
        VerificationStatus::Verified,
        VerificationStatus::PartlyTrue,
        VerificationStatus::Unverifiable,
        VerificationStatus::Misleading,
        VerificationStatus::False,
        VerificationStatus::NotAClaim,
    ];

    /// Stable one-byte code used in index keys and counters (equals the wire number).
    pub fn code(self) -> u8 {
        match self {
            VerificationStatus::Unreviewed => 1,
            VerificationStatus::InReview => 2,
            VerificationStatus::Verified => 3,
            VerificationStatus::PartlyTrue => 4,
            VerificationStatus::Unverifiable => 5,
            VerificationStatus::Misleading => 6,
            VerificationStatus::False => 7,
            VerificationStatus::NotAClaim => 8,
        }
    }

    /// Inverse of [`VerificationStatus::code`].
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The schema.org ClaimReview rating of a verdict (5 = true .. 1 = false); `None` when the
    /// status is not a verdict. Fact-checks publish only verdicts.
    pub fn rating(self) -> Option<u8> {
        match self {
            VerificationStatus::Verified => Some(5),
            VerificationStatus::PartlyTrue => Some(4),
            VerificationStatus::Unverifiable => Some(3),
            VerificationStatus::Misleading => Some(2),
            VerificationStatus::False => Some(1),
            VerificationStatus::Unreviewed
            | VerificationStatus::InReview
            | VerificationStatus::NotAClaim => None,
        }
    }

    /// A verdict must show its sources: a note or evidence is required to set one.
    pub fn is_verdict(self) -> bool {
        self.rating().is_some()
    }
}

/// One checkable fact: a kind, the exact byte span in the body and a canonical value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// The exact text of `body[start..end]`.
    pub text: String,
    /// UTF-8 byte offset into the article body.
    pub start: usize,
    /// UTF-8 byte offset, exclusive.
    pub end: usize,
    /// Canonical value per facts.md ("46", "2023-08", "H.Res.901").
    pub normalized: String,
    /// COUNT: the counted noun.
    pub unit: String,
    /// QUOTE: the nearest written name of the speaker, "" if none.
    pub speaker: String,
    /// LEGISLATION: Congress number, 0 when unknown.
    pub congress: u32,
    /// MONEY: ISO 4217 code.
    pub currency: String,
    /// LEGISLATION: congress.gov page when the congress is known.
    pub reference_url: String,
}

/// A claim as the extractor produces it: a sentence with facts, not yet stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExtractedClaim {
    /// The sentence text, `body[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Facts inside the sentence, in body order.
    pub facts: Vec<Fact>,
    /// 0..1, from the transparent features in `extract::signals`.
    pub checkworthiness: f32,
    /// Stable hash of normalized facts and content words (see `extract::signals`).
    pub fingerprint: String,
}

/// A stored article.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: ArticleId,
    pub title: String,
    pub url: String,
    pub source: String,
    /// YYYY-MM-DD.
    pub published_date: String,
    pub body: String,
    /// Lower-case hex SHA-256 of the body.
    pub content_sha256: String,
    pub claim_count: u32,
    pub create_time: SystemTime,
}

/// A stored claim with its review state.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub article_id: ArticleId,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub facts: Vec<Fact>,
    pub checkworthiness: f32,
    pub status: VerificationStatus,
    pub assignee: String,
    pub note: String,
    pub evidence_urls: Vec<String>,
    /// 1 on creation, +1 on every change.
    pub revision: u64,
    pub create_time: SystemTime,
    pub update_time: SystemTime,
    pub updated_by: String,
    pub fingerprint: String,
}

/// What happened to a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimEventType {
    Created,
    Reviewed,
    Assigned,
    Deleted,
}

impl ClaimEventType {
    /// Stable one-byte code for storage (equals the wire number).
    pub fn code(self) -> u8 {
        match self {
            ClaimEventType::Created => 1,
            ClaimEventType::Reviewed => 2,
            ClaimEventType::Assigned => 3,
            ClaimEventType::Deleted => 4,
        }
    }

    /// Inverse of [`ClaimEventType::code`].
    pub fn from_code(code: u8) -> Option<Self> {
        [Self::Created, Self::Reviewed, Self::Assigned, Self::Deleted]
            .into_iter()
            .find(|t| t.code() == code)
    }
}

/// One entry of the store-wide event log.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimEvent {
    /// Global, strictly increasing, never reused.
    pub sequence: u64,
    pub event_type: ClaimEventType,
    /// The claim after the change.
    pub claim: Claim,
    /// `None` for CREATED.
    pub previous_status: Option<VerificationStatus>,
    pub actor: String,
    pub time: SystemTime,
}

/// Which claims a list or a watch returns; empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ClaimFilter {
    pub article_id: Option<ArticleId>,
    /// Any of these statuses.
    pub statuses: Vec<VerificationStatus>,
    /// A fact of any of these kinds.
    pub kinds: Vec<FactKind>,
    pub assignee: Option<String>,
    /// Case-insensitive substring of the claim text.
    pub text_query: Option<String>,
    /// A fact with exactly this normalized value.
    pub normalized: Option<String>,
}

impl ClaimFilter {
    /// Whether a claim passes every field of the filter. Index scans narrow the candidates;
    /// this decides.
    pub fn matches(&self, claim: &Claim) -> bool {
        if self.article_id.is_some_and(|a| a != claim.article_id) {
            return false;
        }
        if !self.statuses.is_empty() && !self.statuses.contains(&claim.status) {
            return false;
        }
        if !self.kinds.is_empty() && !claim.facts.iter().any(|f| self.kinds.contains(&f.kind)) {
            return false;
        }
        if self.assignee.as_ref().is_some_and(|a| *a != claim.assignee) {
            return false;
        }
        if let Some(q) = &self.text_query
            && !claim.text.to_lowercase().contains(&q.to_lowercase())
        {
            return false;
        }
        if let Some(n) = &self.normalized
            && !claim.facts.iter().any(|f| f.normalized == *n)
        {
            return false;
        }
        true
    }
}
