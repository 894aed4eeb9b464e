//! Dates relative to the published date: weekdays ("Friday", "next Tuesday", "Thursday
//! night"), bare months ("In October", "from May to July 2019", "August last year"),
//! "today"/"yesterday"/"tomorrow", "this/last/next year|month", "this calendar year" and
//! "N years ago". News looks back, so bare weekdays and months resolve to the latest on or
//! before the published date unless the sentence looks forward.

use chrono::{Datelike, Duration};

use super::lexicon::is_time_preposition;
use super::scan::Scan;
use super::{Cal, Found};

/// Reads a relative date starting at token `i`; returns the token index after it.
pub(crate) fn at(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    if !scan.is_word(i) {
        return years_ago(scan, i, found);
    }
    let word = scan.lower(i);
    if let Some(wd) = scan.weekday(i) {
        return weekday_at(scan, i, wd, found);
    }
    match word {
        "today" | "yesterday" | "tomorrow" => return day_word(scan, i, word, found),
        "this" | "last" | "next" => {
            if let Some(end) = this_last_next(scan, i, word, found) {
                return Some(end);
            }
        }
        _ => {}
    }
    if let Some(end) = years_ago(scan, i, found) {
        return Some(end);
    }
    if let Some((m, false)) = scan.month(i) {
        return bare_month(scan, i, m, found);
    }
    None
}

fn day_word(scan: &Scan<'_>, i: usize, word: &str, found: &mut Found) -> Option<usize> {
    // "USA Today" is a newspaper.
    if i > 0 && scan.capitalized(i) && scan.capitalized(i - 1) && scan.spaced(i) {
        let acronym =
            scan.text(i - 1).len() > 1 && scan.text(i - 1).bytes().all(|b| b.is_ascii_uppercase());
        if acronym || !scan.sentence_initial(i - 1) {
            return None;
        }
    }
    let published = scan.published;
    let day = match word {
        "today" => {
            if scan.in_quote(scan.start(i)) {
                return None;
            }
            published
        }
        "yesterday" => published.pred_opt()?,
        _ => published.succ_opt()?,
    };
    found.date(scan, i, i + 1, Cal::Day(day));
    Some(i + 1)
}

/// "this year", "last month", "next year", "this calendar year". Not "the last month" (a
/// duration) and not weeks.
fn this_last_next(scan: &Scan<'_>, i: usize, word: &str, found: &mut Found) -> Option<usize> {
    if scan.prev_word(i) == Some("the") || !scan.spaced(i + 1) {
        return None;
    }
    let mut k = i + 1;
    if scan.is(k, "calendar") && scan.spaced(k + 1) {
        k += 1;
    }
    let p = scan.published;
    let cal = match scan.lower(k) {
        "year" => Cal::Year(match word {
            "last" => p.year() - 1,
            "next" => p.year() + 1,
            _ => p.year(),
        }),
        "month" if k == i + 1 => {
            let (y, m) = (p.year(), p.month() as i32);
            let shift = match word {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let n = y * 12 + (m - 1) + shift;
            Cal::Month(n.div_euclid(12), (n.rem_euclid(12) + 1) as u32)
        }
        _ => return None,
    };
    found.date(scan, i, k + 1, cal);
    Some(k + 1)
}

/// "two years ago", "a year ago", "5 years ago": the published year minus N.
#[inline(always)]
fn years_ago(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    // Only a number word ("twenty-five") can put its unit further on than the next token; any
    // other amount needs a unit right after it, which turns most tokens away at once.
    if !scan.number_word(i) && scan.unit(i + 1).is_none() {
        return None;
    }
    amount_years_ago(scan, i, found)
}

/// [`years_ago`] past its first check.
fn amount_years_ago(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    let (n, k) = amount_at(scan, i)?;
    scan.unit(k)
        .filter(|u| u.designator == 'Y' && u.factor == 1 && !u.abbr)?;
    if !scan.spaced(k) || !scan.is(k + 1, "ago") || !scan.spaced(k + 1) {
        return None;
    }
    if n > 1000 {
        return None;
    }
    found.date(scan, i, k + 2, Cal::Year(scan.published.year() - n as i32));
    Some(k + 2)
}

/// A whole number at `i` in digits or words, or "a"/"an"; returns (value, next token).
fn amount_at(scan: &Scan<'_>, i: usize) -> Option<(u64, usize)> {
    if scan.is_num(i) {
        let v = scan.text(i).parse().ok()?;
        return Some((v, i + 1));
    }
    if scan.is(i, "a") || scan.is(i, "an") {
        return Some((1, i + 1));
    }
    let (end, v) = super::number_words_at(scan, i)?;
    Some((v, scan.tok_ending_at(end)? + 1))
}

/// A weekday without a calendar date: "Friday", "on Tuesday", "next Monday", "last Friday",
/// "Thursday night". Not "Good Friday" or "Super Tuesday".
fn weekday_at(scan: &Scan<'_>, i: usize, wd: u32, found: &mut Found) -> Option<usize> {
    let prev = scan.prev_word(i);
    let mut start = i;
    let mut mode = None;
    match prev {
        Some(w @ ("next" | "last" | "this" | "coming")) => {
            start = i - 1;
            mode = Some(w);
        }
        // "Good Friday", "Super Tuesday", "every Sunday".
        Some(
            "every" | "each" | "a" | "per" | "black" | "good" | "super" | "cyber" | "ash" | "holy"
            | "maundy" | "easter" | "palm" | "giving" | "bloody" | "blue" | "fat" | "business"
            | "gras" | "freaky",
        ) => return None,
        _ => {}
    }
    // "The Sunday Times", "Monday Night Football": names.
    if prev == Some("the") && scan.spaced(i + 1) && scan.capitalized(i + 1) {
        return None;
    }
    let mut end = i + 1;
    if scan.spaced(end) && scan.day_part(end) {
        end += 1;
    }
    let p = scan.published;
    let back = (p.weekday().num_days_from_monday() + 7 - wd) % 7;
    let ahead = (wd + 7 - p.weekday().num_days_from_monday()) % 7;
    let days = |n: u32| Duration::days(i64::from(n));
    let day = match mode {
        Some("next" | "coming") => p.checked_add_signed(days(ahead)),
        Some("last") => p.checked_sub_signed(days(if back == 0 { 7 } else { back })),
        _ => {
            if scan.forward(start, end) {
                p.checked_add_signed(days(ahead))
            } else {
                p.checked_sub_signed(days(back))
            }
        }
    }?;
    found.date(scan, start, end, Cal::Day(day));
    Some(end)
}

/// A month name without day or year: "In October", "August last year", "from May to July
/// 2019" (May takes July's year), "the January-March period".
fn bare_month(scan: &Scan<'_>, i: usize, m: u32, found: &mut Found) -> Option<usize> {
    let text = scan.text(i);
    let capital = text.as_bytes()[0].is_ascii_uppercase();
    let prev = scan.prev_word(i);
    let dashed = i > 0 && matches!(scan.sep_before(i), "-" | "–");
    let after_preposition = prev.is_some_and(is_time_preposition)
        || (dashed
            && (matches!(scan.lower(i - 1), "mid" | "end" | "early" | "late")
                || scan.month(i - 1).is_some()));
    if !capital && matches!(m, 3 | 5 | 8) {
        return None;
    }
    if m == 5 && !after_preposition {
        return None;
    }
    if i > 0 && scan.capitalized(i - 1) && scan.spaced(i) && !after_preposition {
        return None; // "Theresa May", "Summer June"
    }
    if !after_preposition && scan.spaced(i + 1) && scan.capitalized(i + 1) {
        return None; // "April Ryan"
    }
    let end = i + 1;
    let p = scan.published;
    // "August last year", "May this year", "March next year", "May of last year".
    let of = usize::from(scan.spaced(end) && scan.is(end, "of"));
    let (rel, yr) = (end + of, end + of + 1);
    if scan.spaced(rel) && scan.spaced(yr) && scan.is(yr, "year") {
        let shift = match scan.lower(rel) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(shift) = shift {
            found.date(scan, i, yr + 1, Cal::Month(p.year() + shift, m));
            return Some(yr + 1);
        }
    }
    // "last May" is the May before the current month, "next March" the one after it.
    match prev {
        Some("last") if scan.is_word(i - 1) => {
            let year = if m < p.month() {
                p.year()
            } else {
                p.year() - 1
            };
            found.date(scan, i - 1, end, Cal::Month(year, m));
            return Some(end);
        }
        Some("next") if scan.is_word(i - 1) => {
            let year = if m > p.month() {
                p.year()
            } else {
                p.year() + 1
            };
            found.date(scan, i - 1, end, Cal::Month(year, m));
            return Some(end);
        }
        _ => {}
    }
    // A range to a month with a year: this month takes that year.
    if let Some(year) = range_end_year(scan, end) {
        found.date(scan, i, end, Cal::Month(year, m));
        return Some(end);
    }
    let year = if scan.forward(i, end) {
        if m >= p.month() {
            p.year()
        } else {
            p.year() + 1
        }
    } else if m <= p.month() {
        p.year()
    } else {
        p.year() - 1
    };
    found.date(scan, i, end, Cal::Month(year, m));
    Some(end)
}

/// The year of the other end of a month range starting after token `end`: "to July 2019",
/// "-March 2021", "and November 2000".
fn range_end_year(scan: &Scan<'_>, end: usize) -> Option<i32> {
    let mut k = end;
    let sep = scan.sep_before(k).trim();
    if matches!(sep, "-" | "–") {
    } else if sep.is_empty()
        && scan.spaced(k)
        && matches!(scan.lower(k), "to" | "through" | "until" | "till" | "and")
        && scan.spaced(k + 1)
    {
        k += 1;
    } else {
        return None;
    }
    scan.month(k)?;
    // Skip an optional day, then read the year.
    let mut y = k + 1;
    if scan.spaced(y) && scan.is_num(y) && scan.text(y).len() <= 2 {
        y += 1;
    }
    let sep = scan.sep_before(y).trim();
    if !(sep.is_empty() || sep == ",") || y >= scan.len() || scan.glued(y) {
        return None;
    }
    let t = scan.text(y);
    if scan.is_num(y) && t.len() == 4 && !scan.glued(y + 1) {
        return t.parse().ok();
    }
    None
}
