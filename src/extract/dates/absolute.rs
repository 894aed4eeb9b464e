//! Dates written out in full or in part: month names with a day and/or year ("Tuesday, May 7",
//! "9 May 2024", "June 2024", "Apr. 11, 2020", "the 4th of July"), day ranges ("May 5-7,
//! 2024"), then the numeric forms of [`numeric`](super::numeric) and the years alone of
//! [`years`](super::years).

use chrono::Datelike;

use super::numeric::numeric_at;
use super::scan::Scan;
use super::years::{counts_noun, year_at_context, year_num_at, year_words_at};
use super::{Cal, Found};

/// Reads an absolute date starting at token `i`; returns the token index after it.
pub(crate) fn at(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    // Only numbers and month, weekday, ordinal or number words start these dates.
    if scan.is_word(i) && !scan.calendar_word(i) {
        return None;
    }
    if scan.weekday(i).is_some() {
        let j = i + 1;
        let sep = scan.sep_before(j).trim();
        if j < scan.len()
            && (sep.is_empty() || sep == ",")
            && !scan.glued(j)
            && let Some((end, cal)) = calendar_at(scan, j, true)
        {
            found.date(scan, i, end, cal);
            return Some(end);
        }
        return None;
    }
    if let Some((end, cal)) = calendar_at(scan, i, false) {
        // "12-13 June": the first day of a range written before the month.
        if let Cal::Day(second) = cal
            && scan.is_num(i)
            && i > 0
            && matches!(scan.sep_before(i), "-" | "–")
            && scan.is_num(i - 1)
            && scan.text(i - 1).len() <= 2
            && let Ok(d) = scan.text(i - 1).parse::<u32>()
            && d < second.day()
            && let Some(first) = Cal::day(second.year(), second.month(), d)
        {
            found.date(scan, i - 1, i, first);
        }
        if let Cal::Day(first) = cal
            && let Some((second, to)) = day_range_end(scan, end, first)
        {
            let year = second.year();
            let first = Cal::day(year, first.month(), first.day()).unwrap_or(Cal::Day(first));
            found.date(scan, i, end, first);
            found.date(scan, to.0, to.1, Cal::Day(second));
            return Some(to.1);
        }
        let cal = match cal {
            Cal::Day(first) if !has_year(scan, i, end) => range_partner_year(scan, end)
                .and_then(|y| Cal::day(y, first.month(), first.day()))
                .unwrap_or(cal),
            _ => cal,
        };
        found.date(scan, i, end, cal);
        return Some(end);
    }
    year_at_context(scan, i, found)
}

/// Whether tokens `from..to` state a year.
fn has_year(scan: &Scan<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| scan.is_num(k) && scan.text(k).len() == 4)
}

/// The stated year of the date at the other end of a range starting after token `end`
/// ("1 January and 31 March 2021", "from May 3 to June 9, 2020").
fn range_partner_year(scan: &Scan<'_>, end: usize) -> Option<i32> {
    let k = match scan.sep_before(end) {
        "-" | "–" | " - " | " – " => end,
        " " if matches!(scan.lower(end), "to" | "and" | "through" | "until" | "till")
            && scan.spaced(end + 1) =>
        {
            end + 1
        }
        _ => return None,
    };
    let (to, cal) = calendar_at(scan, k, false)?;
    (matches!(cal, Cal::Day(_)) && has_year(scan, k, to)).then(|| cal.year())
}

/// The other end of a day range after a month-day ending at token `end`: "May 5-7, 2024",
/// "June 3 to 5". Returns the second day (with the range's year, or the first day's) and its
/// token span.
fn day_range_end(
    scan: &Scan<'_>,
    end: usize,
    first: chrono::NaiveDate,
) -> Option<(chrono::NaiveDate, (usize, usize))> {
    if !scan.is_num(end - 1) || scan.text(end - 1).len() > 2 {
        return None;
    }
    let mut k = end;
    let sep = scan.sep_before(k);
    if matches!(sep, "-" | "–") {
    } else if sep == " " && matches!(scan.lower(k), "to" | "through" | "and") && scan.spaced(k + 1)
    {
        k += 1;
    } else {
        return None;
    }
    let (d2, n) = day_at(scan, k).filter(|_| scan.is_num(k))?;
    if d2 <= first.day() {
        return None;
    }
    let (year, to) = year_after(scan, n).unwrap_or((first.year(), n));
    let second = chrono::NaiveDate::from_ymd_opt(year, first.month(), d2)?;
    Some((second, (k, to)))
}

/// A date with a month (named or numeric) starting at token `i`. `after_weekday` admits the
/// short numeric forms ("Friday 7/6") that are too ambiguous on their own.
fn calendar_at(scan: &Scan<'_>, i: usize, after_weekday: bool) -> Option<(usize, Cal)> {
    if let Some(found) = numeric_at(scan, i, after_weekday) {
        return Some(found);
    }
    if let Some(m) = month_at(scan, i) {
        return month_first(scan, i, m);
    }
    let wordy_day = scan.number_word(i);
    if (scan.is_num(i) || wordy_day || ordinal_day_at(scan, i).is_some())
        && let Some(found) = day_first(scan, i)
    {
        return Some(found);
    }
    if let Some((year, k)) = year_num_at(scan, i) {
        // "2017 april": a year then a month name.
        let (m, abbr) = scan.month(k).filter(|_| scan.spaced(k))?;
        let lower = scan.text(k).as_bytes()[0].is_ascii_lowercase();
        if abbr || (lower && matches!(m, 3 | 5 | 8)) || scan.is_num(k + 1) {
            return None;
        }
        return Some((k + 1, Cal::Month(year, m)));
    }
    None
}

/// A month name at `i`: (month number, abbreviated).
fn month_at(scan: &Scan<'_>, i: usize) -> Option<(u32, bool)> {
    if scan.glued(i) {
        return None;
    }
    scan.month(i)
}

/// Whether the month token at `i` is the modal "may" rather than the month May.
fn modal_may(scan: &Scan<'_>, i: usize) -> bool {
    scan.text(i) == "may"
}

/// "May 7", "May 7, 2024", "Dec. 31 , 1994", "June 2024", "june of 1992", "Dec-2018",
/// "September-2020-23", "January first 2000".
fn month_first(scan: &Scan<'_>, i: usize, (m, abbr): (u32, bool)) -> Option<(usize, Cal)> {
    let k = i + 1;
    let sep = scan.sep_before(k);
    let sep_core = sep.trim_start_matches('.').trim();
    // Month then day.
    if k < scan.len() && (sep_core.is_empty() || sep_core == ",") && !sep.is_empty() {
        if let Some((d, n)) = day_at(scan, k) {
            // "October, 1st": a comma only before an ordinal day.
            let suffixed = n - 1 > k && scan.is_num(k);
            if (sep_core.is_empty() || suffixed) && (abbr || !sep.contains('.')) {
                if let Some((year, end)) = year_after(scan, n) {
                    return Cal::day(year, m, d).map(|c| (end, c));
                }
                if !modal_may(scan, i) {
                    return Cal::day(scan.published.year(), m, d).map(|c| (n, c));
                }
            }
        }
        // "January twenty five nineteen eighty six": number words need a year after them.
        if sep_core.is_empty()
            && let Some((d, n)) = word_day_at(scan, k)
            && let Some((year, end)) = year_after(scan, n)
        {
            return Cal::day(year, m, d).map(|c| (end, c));
        }
    }
    // Month then year.
    if let Some((year, end)) = year_after(scan, k).filter(|_| {
        let s = sep.trim_start_matches('.');
        matches!(s.trim(), "" | "," | "-" | "/") && !s.is_empty()
    }) {
        // "September-2020-23"
        if sep == "-"
            && scan.sep_before(end) == "-"
            && scan.is_num(end)
            && let Some((d, n)) = day_at(scan, end)
        {
            return Cal::day(year, m, d).map(|c| (n, c));
        }
        return Some((end, Cal::Month(year, m)));
    }
    None
}

/// "9 May", "29 September 2021", "12 of Nov", "fourth of july, 1995".
fn day_first(scan: &Scan<'_>, i: usize) -> Option<(usize, Cal)> {
    let (d, mut k) = day_at(scan, i).or_else(|| word_day_at(scan, i))?;
    if !scan.spaced(k) {
        return None;
    }
    if scan.is(k, "of") {
        k += 1;
        if !scan.spaced(k) {
            return None;
        }
    }
    let (m, _) = month_at(scan, k)?;
    let numeric_day = scan.is_num(i);
    if let Some((year, end)) = year_after(scan, k + 1) {
        return Cal::day(year, m, d).map(|c| (end, c));
    }
    if modal_may(scan, k) || !numeric_day && ordinal_day_at(scan, i).is_none() {
        return None;
    }
    Cal::day(scan.published.year(), m, d).map(|c| (k + 1, c))
}

/// A day of the month at `i`: "7", "04th", "first", "twenty-first". Returns (day, next token).
fn day_at(scan: &Scan<'_>, i: usize) -> Option<(u32, usize)> {
    if scan.is_num(i) {
        let t = scan.text(i);
        if t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u32 = t.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut n = i + 1;
        if scan.glued(n) && scan.is_word(n) {
            if !scan.ordinal_suffix(n) {
                return None;
            }
            n += 1;
        }
        let after = scan.sep_after(n - 1);
        if after.starts_with(':') || after.starts_with('%') || scan.glued(n) {
            return None;
        }
        return Some((d, n));
    }
    ordinal_day_at(scan, i)
}

/// "first", "fourth", "twenty-first", "thirty first"; not "first-time" or "second-quarter".
fn ordinal_day_at(scan: &Scan<'_>, i: usize) -> Option<(u32, usize)> {
    if !scan.is_word(i) {
        return None;
    }
    let (d, end) = if let Some(d) = scan.ordinal(i) {
        (d, i + 1)
    } else {
        let tens = match scan.lower(i) {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let sep = scan.sep_before(i + 1);
        let unit = scan.ordinal(i + 1).filter(|u| *u < 10)?;
        if !matches!(sep, " " | "-") || tens + unit > 31 {
            return None;
        }
        (tens + unit, i + 2)
    };
    (!scan.sep_after(end - 1).starts_with('-')).then_some((d, end))
}

/// A cardinal day in words ("twenty five"); only read when a year follows.
fn word_day_at(scan: &Scan<'_>, i: usize) -> Option<(u32, usize)> {
    if let Some(found) = ordinal_day_at(scan, i) {
        return Some(found);
    }
    if !scan.is_word(i) {
        return None;
    }
    let (end, v) = super::number_words_at(scan, i)?;
    let n = scan.tok_ending_at(end)? + 1;
    ((1..=31).contains(&v) && v != 1).then_some((v as u32, n))
}

/// An optional year after a day or month: ", 2024", " 2024", " of 1995", " in 2020",
/// " nineteen eighty six". Returns (year, next token).
fn year_after(scan: &Scan<'_>, k: usize) -> Option<(i32, usize)> {
    if k >= scan.len() || scan.glued(k) {
        return None;
    }
    let sep = scan.sep_before(k).trim_start_matches('.');
    let mut k = k;
    if !matches!(sep.trim(), "" | "," | "-" | "/") {
        return None;
    }
    if sep.trim().is_empty() && (scan.is(k, "of") || scan.is(k, "in")) {
        k += 1;
        if !scan.spaced(k) {
            return None;
        }
    }
    // "On May 5, 2000 people marched": the number counts people.
    year_num_at(scan, k)
        .filter(|(_, end)| !counts_noun(scan, *end))
        .or_else(|| year_words_at(scan, k))
}
