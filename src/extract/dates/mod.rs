//! DATE and DURATION facts: calendar dates and periods ("June 2024", "Friday", "August last
//! year", "2019", "7/27/2023") normalized to ISO 8601 at the stated precision, and checkable
//! lengths of time ("three years", "the past eight months", "ten-day") normalized to ISO 8601
//! durations, by the DATE and DURATION rules of `docs/facts.md`.
//!
//! The body is cut once into ASCII word and number tokens ([`body`]), each word looked up in
//! the [`lexicon`] as it is cut; the matchers then walk the tokens left to right, each trying to
//! read an expression starting at the current token, and skip at once the words no expression
//! starts at (most of them). The first matcher that reads something wins and the walk resumes
//! after it, so the work is linear in the body and no two facts of this module overlap.
//!
//! # Layout
//! - [`body`]: the one pass over the bytes: tokens, quotation and URL ranges.
//! - [`scan`]: the token view the matchers read, sentence direction (past or forward).
//! - [`lexicon`]: month, weekday, ordinal and unit words.
//! - [`absolute`]: dates with a month name ("May 7, 2024", "9 May", "Dec-2018"), day ranges.
//! - [`numeric`]: numeric dates ("7/27/2023", "8-30-70", "2015-12").
//! - [`years`]: years alone in a date context ("in 2019", "(1973)", "2023-2027").
//! - [`relative`]: weekdays, bare months, "today", "last year", "N years ago".
//! - [`duration`]: DURATION facts.

mod absolute;
mod body;
mod duration;
mod lexicon;
mod numeric;
mod relative;
mod scan;
mod years;

use chrono::{Datelike, NaiveDate};

use super::Context;
use crate::domain::{Fact, FactKind};
use scan::Scan;

/// Appends every DATE and DURATION fact of the body to `out`. Kept out of line so profiles
/// show the finder's whole cost under its own name.
#[inline(never)]
pub(crate) fn find(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let scan = Scan::new(ctx);
    let mut found = Found::default();
    let mut i = 0;
    // Most words cannot start an expression; the lexicon marked those that can, and the walk
    // jumps from one such token to the next.
    while let Some(k) = scan.next_start(i) {
        let next = if scan.in_url(k) {
            None
        } else {
            read_at(&scan, k, &mut found)
        };
        i = next.filter(|&n| n > k).unwrap_or(k + 1);
    }
    out.extend(found.facts);
}

/// The expression starting at token `k`, if any; returns the token after it. Each starting
/// token goes only to the matchers that can read something there: the articles, most of the
/// starting tokens, begin no calendar or relative date ("the" never, "a"/"an" only in "a year
/// ago"), and "a"/"an" begin nothing at all unless a unit follows.
fn read_at(scan: &Scan<'_>, k: usize, found: &mut Found) -> Option<usize> {
    if scan.is(k, "the") {
        return duration::at(scan, k, found);
    }
    if (scan.is(k, "a") || scan.is(k, "an")) && scan.unit(k + 1).is_none() {
        return None;
    }
    absolute::at(scan, k, found)
        .or_else(|| relative::at(scan, k, found))
        .or_else(|| duration::at(scan, k, found))
}

/// Number words from `numwords` at token `i` ("forty-six", "two thousand and five"), read
/// only when the token is a number word so plain words cost no parsing. The text handed over
/// is cut [`NUMBER_WORDS_REACH`] bytes on, so a body of endless number words stays linear.
pub(crate) fn number_words_at(scan: &Scan<'_>, i: usize) -> Option<(usize, u64)> {
    if !scan.number_word(i) {
        return None;
    }
    scan.memo_number_words(i, || {
        let start = scan.start(i);
        let mut cut = (start + NUMBER_WORDS_REACH).min(scan.body.len());
        while !scan.body.is_char_boundary(cut) {
            cut -= 1;
        }
        crate::extract::numwords::parse_words_at(&scan.body[..cut], start)
    })
}

/// Longest number-word phrase read, in bytes ("seventeen hundred thirty three" is 30).
const NUMBER_WORDS_REACH: usize = 64;

/// A calendar value at the precision the text states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cal {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl Cal {
    fn iso(self) -> String {
        let year = self.year();
        if !(0..=9999).contains(&year) {
            return match self {
                Cal::Year(y) => format!("{y:04}"),
                Cal::Month(y, m) => format!("{y:04}-{m:02}"),
                Cal::Day(d) => d.format("%Y-%m-%d").to_string(),
            };
        }
        // Four-digit years written digit by digit: the formatting machinery costs more than
        // the rest of a date's reading.
        let mut out = String::with_capacity(10);
        push_digits(&mut out, year as u32, 4);
        let (month, day) = match self {
            Cal::Year(_) => (None, None),
            Cal::Month(_, m) => (Some(m), None),
            Cal::Day(d) => (Some(d.month()), Some(d.day())),
        };
        for part in [month, day].into_iter().flatten() {
            out.push('-');
            push_digits(&mut out, part, 2);
        }
        out
    }

    pub(crate) fn year(self) -> i32 {
        match self {
            Cal::Year(y) | Cal::Month(y, _) => y,
            Cal::Day(d) => d.year(),
        }
    }

    /// A day when the date exists ("Feb 30" does not).
    fn day(y: i32, m: u32, d: u32) -> Option<Cal> {
        NaiveDate::from_ymd_opt(y, m, d).map(Cal::Day)
    }
}

/// Appends the last `width` decimal digits of `n`, zero-padded.
fn push_digits(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
    }
}

/// Facts found so far, with what later matchers need to know about the last one.
#[derive(Default)]
pub(crate) struct Found {
    facts: Vec<Fact>,
    /// Token index just past the last DATE fact: a year list or range ("2007 and 2009") may
    /// continue from there.
    last_date_end: Option<usize>,
}

impl Found {
    pub(crate) fn date(&mut self, scan: &Scan<'_>, from: usize, to: usize, value: Cal) {
        self.push(scan, FactKind::Date, from, to, value.iso());
        self.last_date_end = Some(to);
    }

    pub(crate) fn duration(&mut self, scan: &Scan<'_>, from: usize, to: usize, iso: String) {
        self.push(scan, FactKind::Duration, from, to, iso);
    }

    /// Whether the last date ended right before token `i`, or one list or range word before
    /// it ("2003 and 2005", "2018, 2019", "from 2014 to 2016").
    pub(crate) fn continues_list(&self, scan: &Scan<'_>, i: usize) -> bool {
        let Some(end) = self.last_date_end else {
            return false;
        };
        if end > i || i - end > 1 {
            return false;
        }
        if end == i {
            let sep = scan.sep_before(i).trim();
            return matches!(sep, "," | "-" | "–" | "/" | "&");
        }
        let word = scan.lower(end);
        matches!(
            word,
            "and" | "or" | "to" | "through" | "until" | "till" | "thru"
        ) && matches!(scan.sep_before(end).trim_matches(' '), "" | ",")
            && scan.sep_before(i) == " "
    }

    /// A fact over tokens `from..to` (end exclusive).
    fn push(
        &mut self,
        scan: &Scan<'_>,
        kind: FactKind,
        from: usize,
        to: usize,
        normalized: String,
    ) {
        let start = scan.start(from);
        let end = scan.end(to - 1);
        let Some(text) = scan.body.get(start..end) else {
            return;
        };
        self.facts.push(Fact {
            kind,
            text: text.to_string(),
            start,
            end,
            normalized,
            ..Fact::default()
        });
    }
}

#[cfg(test)]
mod tests;
