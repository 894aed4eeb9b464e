//! Claim extraction: the one entry point, [`extract`], turns an article body and its published
//! date into claims (sentences carrying checkable facts) by the rules of
//! `../shared/docs/facts.md`. Pure and synchronous: no I/O, no tonic, no sled. The gRPC layer
//! runs it on tokio's blocking pool.
//!
//! Each fact kind has its own finder module working over the whole body (quotes may span
//! sentences); this module splits sentences, runs the finders, settles overlaps between kinds,
//! groups facts into claims and scores them.

mod bytescan;
pub mod corpus;
mod dates;
mod legislation;
mod numbers;
mod numwords;
mod quotes;
mod sentences;
mod signals;

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;

use crate::domain::{ExtractedClaim, Fact, FactKind};

pub use sentences::published_date_from_body;

/// What every finder gets to look at.
pub(crate) struct Context<'a> {
    /// The whole article body; spans are byte offsets into it.
    pub body: &'a str,
    /// Resolves relative dates ("Friday", "last year").
    pub published: NaiveDate,
    /// Sentence spans in body order, covering every non-blank part of the body.
    pub sentences: &'a [Range<usize>],
    /// Byte range of the leading `date YYYY-MM-DD` metadata line, if any: never a fact.
    pub metadata: Option<Range<usize>>,
}

/// The result of one extraction.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    /// Claims in body order.
    pub claims: Vec<ExtractedClaim>,
}

impl Extraction {
    /// Every fact of every claim, in body order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.claims.iter().flat_map(|c| c.facts.iter())
    }
}

/// Extracts the claims of `body`, resolving relative dates against `published`.
pub fn extract(body: &str, published: NaiveDate) -> Extraction {
    let metadata = sentences::metadata_line(body);
    let sentence_spans = sentences::split(body, metadata.clone());
    let ctx = Context {
        body,
        published,
        sentences: &sentence_spans,
        metadata,
    };
    let mut facts = Vec::new();
    legislation::find(&ctx, &mut facts);
    numbers::find(&ctx, &mut facts);
    dates::find(&ctx, &mut facts);
    quotes::find(&ctx, &mut facts);
    let facts = settle_overlaps(&ctx, facts);
    let claims = group_into_claims(&ctx, facts);
    Extraction { claims }
}

/// Which kind wins when two non-quote facts overlap: the more specific reading.
fn priority(kind: FactKind) -> u8 {
    match kind {
        FactKind::Legislation => 6,
        FactKind::Money => 5,
        FactKind::Percent => 4,
        FactKind::Date => 3,
        FactKind::Duration => 2,
        FactKind::Count => 1,
        FactKind::Quote => 0,
    }
}

/// Drops facts in the metadata line and resolves overlaps between non-quote facts: quotes may
/// contain any fact (facts inside quotes are facts too), but a span of the body carries one
/// non-quote value. The higher priority wins, then the longer span, then the earlier one.
// Kept out of line so instruction profiles show it apart from `extract`.
#[inline(never)]
fn settle_overlaps(ctx: &Context<'_>, mut facts: Vec<Fact>) -> Vec<Fact> {
    if let Some(meta) = &ctx.metadata {
        facts.retain(|f| f.start >= meta.end || f.end <= meta.start);
    }
    facts.retain(|f| f.start < f.end && ctx.body.get(f.start..f.end).is_some());
    // Non-quote facts by precedence, as indices: each fact moves once, into the result.
    let mut order: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].kind != FactKind::Quote)
        .collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&facts[a], &facts[b]);
        priority(b.kind)
            .cmp(&priority(a.kind))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    // Kept facts never overlap each other, so ordered by start they are ordered by end too:
    // the only kept fact that can overlap a candidate is the last one starting before its end.
    let mut kept: BTreeMap<usize, usize> = BTreeMap::new();
    let mut keep = vec![false; facts.len()];
    for i in order {
        let fact = &facts[i];
        let clashes = kept
            .range(..fact.end)
            .next_back()
            .is_some_and(|(_, &end)| end > fact.start);
        if !clashes {
            kept.insert(fact.start, fact.end);
            keep[i] = true;
        }
    }
    // Kept facts first, then quotes: the stable sort puts a kept fact before a quote with the
    // same span.
    let mut out = Vec::with_capacity(facts.len());
    let mut quotes = Vec::new();
    for (fact, keep) in facts.into_iter().zip(keep) {
        if keep {
            out.push(fact);
        } else if fact.kind == FactKind::Quote {
            quotes.push(fact);
        }
    }
    out.append(&mut quotes);
    out.sort_by_key(|f| (f.start, f.end));
    out
}

/// One claim per sentence that carries a fact. A fact that runs past its sentence (a quote
/// across sentences) pulls the following sentences into the same claim, so a claim always
/// contains its facts.
// Kept out of line so instruction profiles show it apart from `extract`.
#[inline(never)]
fn group_into_claims(ctx: &Context<'_>, facts: Vec<Fact>) -> Vec<ExtractedClaim> {
    let mut claims: Vec<ExtractedClaim> = Vec::new();
    let mut facts = facts.into_iter().peekable();
    let mut sentences = ctx.sentences.iter().peekable();
    while let Some(sentence) = sentences.next() {
        let mut span = sentence.clone();
        let mut members = Vec::new();
        while let Some(f) = facts.next_if(|f| f.start < span.end) {
            if f.end > span.end {
                span.end = f.end;
            }
            members.push(f);
            // Pull whole sentences while a member runs past the current end.
            while let Some(next) = sentences.next_if(|s| s.start < span.end) {
                span.end = span.end.max(next.end);
            }
        }
        if members.is_empty() {
            continue;
        }
        let text = ctx.body[span.clone()].to_string();
        let (checkworthiness, fingerprint) = signals::signals(&text, &members);
        claims.push(ExtractedClaim {
            text,
            start: span.start,
            end: span.end,
            facts: members,
            checkworthiness,
            fingerprint,
        });
    }
    claims
}
