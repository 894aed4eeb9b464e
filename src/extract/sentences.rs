//! Sentence splitting for news text, and the leading `date YYYY-MM-DD` metadata line.

use std::ops::Range;

use chrono::NaiveDate;

/// Byte range of a leading `date YYYY-MM-DD` metadata line (leading whitespace allowed).
pub(crate) fn metadata_line(body: &str) -> Option<Range<usize>> {
    let trimmed = body.trim_start();
    let start = body.len() - trimmed.len();
    let rest = trimmed.strip_prefix("date ")?;
    let date = rest.get(..10)?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(start..start + 5 + 10)
}

/// The published date stated by the body's metadata line, if it has one.
pub fn published_date_from_body(body: &str) -> Option<NaiveDate> {
    let range = metadata_line(body)?;
    NaiveDate::parse_from_str(&body[range.end - 10..range.end], "%Y-%m-%d").ok()
}

/// Splits `body` into sentence spans (trimmed of surrounding whitespace), skipping the
/// metadata line. Placeholder: ends sentences at `.!?` followed by whitespace and at blank lines.
pub(crate) fn split(body: &str, metadata: Option<Range<usize>>) -> Vec<Range<usize>> {
    let begin = metadata.map_or(0, |m| m.end);
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = begin;
    let mut i = begin;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary = (matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()))
            || (b == b'\n' && bytes.get(i + 1) == Some(&b'\n'));
        if boundary {
            push_trimmed(body, start..i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(body, start..body.len(), &mut out);
    out
}

fn push_trimmed(body: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &body[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}
