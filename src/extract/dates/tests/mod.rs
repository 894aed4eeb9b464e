//! Unit tests of the DATE and DURATION finder, one behaviour or trap per test, on sentences
//! written for these tests.

use chrono::NaiveDate;

use super::super::{Context, sentences};
use crate::domain::{Fact, FactKind};

/// (kind, text, normalized) of every DATE and DURATION fact of `body` published on `published`.
pub(super) fn facts(body: &str, published: &str) -> Vec<(&'static str, String, String)> {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    let metadata = sentences::metadata_line(body);
    let spans = sentences::split(body, metadata.clone());
    let ctx = Context {
        body,
        published,
        sentences: &spans,
        metadata,
    };
    let mut out: Vec<Fact> = Vec::new();
    super::find(&ctx, &mut out);
    out.into_iter()
        .map(|f| {
            assert_eq!(&body[f.start..f.end], f.text);
            let kind = match f.kind {
                FactKind::Date => "DATE",
                FactKind::Duration => "DURATION",
                _ => "OTHER",
            };
            (kind, f.text, f.normalized)
        })
        .collect()
}

pub(super) fn one(body: &str, published: &str) -> (&'static str, String, String) {
    let found = facts(body, published);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    found.into_iter().next().unwrap()
}

pub(super) fn date(text: &str, iso: &str) -> (&'static str, String, String) {
    ("DATE", text.to_string(), iso.to_string())
}

pub(super) fn dur(text: &str, iso: &str) -> (&'static str, String, String) {
    ("DURATION", text.to_string(), iso.to_string())
}

// A Wednesday.
pub(super) const WED: &str = "2024-05-15";

mod dates;
mod durations;
mod robustness;
mod scanning;
