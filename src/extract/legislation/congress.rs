//! Which Congress a bill belongs to: the one its sentence states ("118th Congress"), else the
//! only one the article states, else the one in session on the published date.

use chrono::{Datelike, NaiveDate};

use super::is_word_byte;
use crate::extract::Context;
use crate::extract::bytescan::next_letter;

/// The Congress in session on `date`: Congress N runs from Jan 3 of 1789 + 2(N-1) for two years.
pub(crate) fn congress_on(date: NaiveDate) -> u32 {
    let mut year = date.year();
    if date.month() == 1 && date.day() < 3 {
        year -= 1;
    }
    if year < 1789 {
        return 0;
    }
    ((year - 1789) / 2 + 1) as u32
}

/// The suffix of ordinal `n`: "st" for 101, "th" for 112, "nd" for 122.
pub(super) fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// The Congresses a bill may belong to, most specific first.
pub(super) struct Congresses {
    /// Every stated Congress ("118th Congress") as (byte offset, number), in body order.
    pub(super) stated: Vec<(usize, u32)>,
    /// The only Congress the article states, if it states just one.
    pub(super) article: Option<u32>,
    /// The Congress in session on the published date.
    pub(super) published: u32,
}

/// Every stated Congress ("118th Congress") as (byte offset, number), in body order. Reads
/// back from each "ongress" or "ONGRESS" over "C", spaces, the ordinal suffix and its digits,
/// so prose costs only the search: a jump to each "g" or "G" (a rare letter), eight bytes at
/// a time.
pub(super) fn stated_congresses(body: &str) -> Vec<(usize, u32)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut g = 0;
    loop {
        g = next_letter(bytes, g, b'g');
        if g >= bytes.len() {
            break;
        }
        g += 1;
        // "ongress" holds one "g", two bytes in: each hit is seen once, in body order.
        let Some(at) = (g - 1).checked_sub(2) else {
            continue;
        };
        let word = &bytes[at..bytes.len().min(at + 7)];
        if word != b"ongress" && word != b"ONGRESS" {
            continue;
        }
        let word_end = at + "ongress".len();
        if at == 0 || !bytes[at - 1].eq_ignore_ascii_case(&b'c') {
            continue;
        }
        if bytes.get(word_end).is_some_and(|&b| is_word_byte(b)) {
            continue;
        }
        let mut i = at - 1;
        let spaces_end = i;
        while i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
            i -= 1;
        }
        if i == spaces_end || i < 3 {
            continue;
        }
        let suffix = &bytes[i - 2..i];
        if !["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s.as_bytes()))
        {
            continue;
        }
        let digits_end = i - 2;
        let mut d = digits_end;
        while d > 0 && digits_end - d < 3 && bytes[d - 1].is_ascii_digit() {
            d -= 1;
        }
        // One to three digits starting a word: "118th", not "1118th" or "x118th".
        if d == digits_end || (d > 0 && is_word_byte(bytes[d - 1])) {
            continue;
        }
        if let Some(n) = body[d..digits_end].parse().ok().filter(|&n: &u32| n > 0) {
            out.push((d, n));
        }
    }
    out
}

/// The Congress stated in the sentence around byte `at`, if any: two binary searches, so a
/// long sentence full of bills stays linear.
pub(super) fn sentence_congress(
    ctx: &Context<'_>,
    stated: &[(usize, u32)],
    at: usize,
) -> Option<u32> {
    let idx = ctx.sentences.partition_point(|s| s.end <= at);
    let span = ctx.sentences.get(idx).filter(|s| s.start <= at)?;
    let first = stated.partition_point(|&(pos, _)| pos < span.start);
    stated
        .get(first)
        .filter(|&&(pos, _)| pos < span.end)
        .map(|&(_, n)| n)
}

/// The Congress the article states, when it states exactly one.
pub(super) fn only_one(stated: &[(usize, u32)]) -> Option<u32> {
    let (_, first) = *stated.first()?;
    stated.iter().all(|&(_, n)| n == first).then_some(first)
}
