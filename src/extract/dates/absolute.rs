//! Dates written out in full or in part: month names with a day and/or year ("Tuesday, May 7",
//! "9 May 2024", "June 2024", "Apr. 11, 2020"), numeric forms ("7/27/2023", "8-30-70",
//! "2015-12", "05-Aug-2016") and years alone where the context makes them a date ("in 2019",
//! "(1973)", "2023-2027", "the 2019 elections"), never in titles ("the CHIPS Act of 2022"),
//! fiscal years or amounts.

use chrono::Datelike;

use super::lexicon::{
    is_number_word, is_ordinal_suffix, is_time_preposition, month, ordinal_word, weekday,
};
use super::scan::Scan;
use super::{Cal, Found};
use crate::extract::numwords;

/// Reads an absolute date starting at token `i`; returns the token index after it.
pub(crate) fn at(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    if scan.is_word(i) && weekday(scan.text(i)).is_some() {
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
        found.date(scan, i, end, cal);
        return Some(end);
    }
    year_at_context(scan, i, found)
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
    let wordy_day = scan.is_word(i) && is_number_word(scan.lower(i));
    if (scan.is_num(i) || wordy_day || ordinal_day_at(scan, i).is_some())
        && let Some(found) = day_first(scan, i)
    {
        return Some(found);
    }
    if let Some((year, k)) = year_num_at(scan, i) {
        // "2017 april": a year then a month name.
        let (m, abbr) = month(scan.text(k)).filter(|_| scan.spaced(k))?;
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
    if !scan.is_word(i) || scan.glued(i) {
        return None;
    }
    month(scan.text(i))
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
            if !is_ordinal_suffix(scan.text(n)) {
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

/// "first", "fourth", "twenty-first", "thirty first".
fn ordinal_day_at(scan: &Scan<'_>, i: usize) -> Option<(u32, usize)> {
    if !scan.is_word(i) {
        return None;
    }
    if let Some(d) = ordinal_word(scan.text(i)) {
        return Some((d, i + 1));
    }
    let tens = match scan.lower(i) {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let sep = scan.sep_before(i + 1);
    let unit = ordinal_word(scan.text(i + 1)).filter(|u| *u < 10)?;
    (matches!(sep, " " | "-") && tens + unit <= 31).then_some((tens + unit, i + 2))
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
    year_num_at(scan, k).or_else(|| year_words_at(scan, k))
}

/// A four-digit year 1000-2999 at `i` not glued to letters ("1990s", "FY2024").
fn year_num_at(scan: &Scan<'_>, i: usize) -> Option<(i32, usize)> {
    let t = scan.text(i);
    if !scan.is_num(i) || t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if scan.glued(i + 1) || (i > 0 && scan.glued(i) && scan.is_word(i - 1)) {
        return None;
    }
    let y: i32 = t.parse().ok()?;
    (1000..=2999).contains(&y).then_some((y, i + 1))
}

/// A year in words: "nineteen ninety six", "two thousand and fifteen", "seventeen hundred
/// thirty three".
fn year_words_at(scan: &Scan<'_>, i: usize) -> Option<(i32, usize)> {
    if !scan.is_word(i) {
        return None;
    }
    let start = scan.start(i);
    if let Some((end, v)) = super::number_words_at(scan, i) {
        let phrase = scan.body[start..end].to_ascii_lowercase();
        if (1000..=2999).contains(&v) && (phrase.contains("thousand") || phrase.contains("hundred"))
        {
            return Some((v as i32, scan.tok_ending_at(end)? + 1));
        }
    }
    let century = numwords::small_word(scan.lower(i))
        .filter(|_| is_number_word(scan.lower(i)))
        .filter(|c| (11..=20).contains(c))?;
    if !scan.spaced(i + 1) {
        return None;
    }
    let (end, rest) = super::number_words_at(scan, i + 1)?;
    if !(10..=99).contains(&rest) {
        return None;
    }
    Some(((century * 100 + rest) as i32, scan.tok_ending_at(end)? + 1))
}

/// Numeric dates: "7/27/2023", "8-30-70", "2023-08-30", "2015-3", "12-2015", "05-Aug-2016",
/// "2019/aug/01", "Jan/3"; "7/6" and "7.6" only after a weekday.
fn numeric_at(scan: &Scan<'_>, i: usize, after_weekday: bool) -> Option<(usize, Cal)> {
    if after_weekday
        && scan.is_num(i)
        && let Some((m, d)) = scan.text(i).split_once('.')
    {
        let (m, d) = (m.parse().ok()?, d.parse().ok()?);
        return Cal::day(scan.published.year(), m, d).map(|c| (i + 1, c));
    }
    // "27.07.2023": one number token with two dots, day first as in most of the world.
    if scan.is_num(i) && scan.text(i).matches('.').count() == 2 && !scan.glued(i + 1) {
        let mut it = scan.text(i).split('.');
        let (a, b, c) = (it.next()?, it.next()?, it.next()?);
        if a.len() > 2 || b.len() > 2 || c.len() != 4 {
            return None;
        }
        let (a, b, y) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
        return Cal::day(y, b, a)
            .or_else(|| Cal::day(y, a, b))
            .map(|x| (i + 1, x));
    }
    // Collect up to three parts joined by one separator character.
    let sep = scan.sep_before(i + 1);
    if !matches!(sep, "-" | "/" | ".") || i + 1 >= scan.len() {
        return None;
    }
    if i > 0 && scan.sep_before(i) == sep && scan.tok(i - 1).is_some() && scan.is_num(i - 1) {
        return None; // the tail of a longer run
    }
    let mut parts = vec![i, i + 1];
    if scan.sep_before(i + 2) == sep && i + 2 < scan.len() {
        parts.push(i + 2);
    }
    let end = *parts.last()? + 1;
    if scan.glued(end) || (scan.sep_before(end) == sep && end < scan.len()) {
        return None;
    }
    let months: Vec<(usize, u32)> = parts
        .iter()
        .enumerate()
        .filter_map(|(n, &p)| {
            (scan.is_word(p))
                .then(|| month(scan.text(p)).map(|(m, _)| (n, m)))
                .flatten()
        })
        .collect();
    let words = parts.iter().filter(|&&p| scan.is_word(p)).count();
    let nums: Vec<(usize, &str)> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| scan.is_num(**p))
        .map(|(n, &p)| (n, scan.text(p)))
        .collect();
    if nums
        .iter()
        .any(|(_, t)| !t.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if sep == "." && (parts.len() < 3 || words > 0) {
        return None;
    }
    let value = |t: &str| t.parse::<u32>().ok();
    let published = scan.published.year();
    match (parts.len(), months.len(), words) {
        (3, 1, 1) => {
            let year = nums.iter().find(|(_, t)| t.len() == 4)?;
            let day = nums.iter().find(|(_, t)| t.len() <= 2)?;
            Cal::day(value(year.1)? as i32, months[0].1, value(day.1)?).map(|c| (end, c))
        }
        (2, 1, 1) => {
            let (_, t) = nums[0];
            if t.len() == 4 {
                Some((end, Cal::Month(value(t)? as i32, months[0].1)))
            } else if t.len() <= 2 {
                Cal::day(published, months[0].1, value(t)?).map(|c| (end, c))
            } else {
                None
            }
        }
        (3, 0, 0) => {
            let (a, b, c) = (nums[0].1, nums[1].1, nums[2].1);
            if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
                return Cal::day(value(a)? as i32, value(b)?, value(c)?).map(|x| (end, x));
            }
            if a.len() > 2 || b.len() > 2 || !(c.len() == 2 || c.len() == 4) {
                return None;
            }
            let year = if c.len() == 2 {
                two_digit_year(value(c)? as i32, published)
            } else {
                value(c)? as i32
            };
            let (mut m, mut d) = (value(a)?, value(b)?);
            if m > 12 && d <= 12 {
                std::mem::swap(&mut m, &mut d);
            }
            Cal::day(year, m, d).map(|x| (end, x))
        }
        (2, 0, 0) => {
            let (a, b) = (nums[0].1, nums[1].1);
            if a.len() == 4 && b.len() <= 2 {
                let (y, m) = (value(a)? as i32, value(b)?);
                // "2023-24" is a fiscal year or season, not December 2023.
                let fiscal = b.len() == 2 && m == (y as u32 + 1) % 100;
                return ((1..=12).contains(&m) && !fiscal).then_some((end, Cal::Month(y, m)));
            }
            if a.len() <= 2 && b.len() == 4 {
                let m = value(a)?;
                return (1..=12)
                    .contains(&m)
                    .then_some((end, Cal::Month(value(b)? as i32, m)));
            }
            if after_weekday && a.len() <= 2 && b.len() <= 2 {
                return Cal::day(published, value(a)?, value(b)?).map(|x| (end, x));
            }
            None
        }
        _ => None,
    }
}

/// "70" in "8-30-70": the latest such year not more than ten years after publication.
fn two_digit_year(yy: i32, published: i32) -> i32 {
    let century = published - published.rem_euclid(100);
    if century + yy <= published + 10 {
        century + yy
    } else {
        century - 100 + yy
    }
}

/// Event nouns after which a year is the year of the event ("the 2019 elections").
fn is_event_noun(word: &str) -> bool {
    matches!(
        word,
        "election"
            | "elections"
            | "polls"
            | "midterm"
            | "midterms"
            | "census"
            | "referendum"
            | "general"
            | "presidential"
            | "parliamentary"
            | "primary"
            | "primaries"
            | "olympics"
            | "games"
            | "campaign"
            | "race"
            | "riots"
            | "attack"
            | "attacks"
            | "earthquake"
            | "floods"
            | "uprising"
            | "war"
            | "crisis"
            | "season"
            | "vote"
            | "coup"
            | "summit"
            | "pandemic"
            | "levels"
            | "level"
    )
}

/// A year alone ("in 2019", "since 2015", "(1973)", "2003 and 2005", "2023-2027", "the 2019
/// elections", "calendar year 2013") or in words after "in" ("in nineteen ninety six").
fn year_at_context(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    if scan.is_word(i) {
        if scan.prev_word(i) == Some("in") {
            let (year, end) = year_words_at(scan, i)?;
            found.date(scan, i, end, Cal::Year(year));
            return Some(end);
        }
        return None;
    }
    let (year, end) = year_num_at(scan, i)?;
    let before = scan.sep_before(i);
    let after = scan.sep_after(i);
    if before.ends_with(['$', '£', '€', '#']) || after.starts_with('%') {
        return None;
    }
    // A range of years: one fact per end.
    if matches!(after, "-" | "–" | " - " | " – ")
        && let Some((to, to_end)) = year_num_at(scan, end).filter(|(to, _)| *to > year)
        && !scan.glued(to_end)
    {
        found.date(scan, i, end, Cal::Year(year));
        found.date(scan, end, to_end, Cal::Year(to));
        return Some(to_end);
    }
    // "2023-24", "2023/24": fiscal years and seasons.
    if matches!(after, "-" | "/" | "–") && scan.is_num(end) {
        return None;
    }
    let prev = scan.prev_word(i);
    if matches!(prev, Some("fiscal" | "fy" | "model" | "financial")) {
        return None;
    }
    let next = (scan.spaced(end) && scan.is_word(end)).then(|| scan.lower(end));
    let mut start = i;
    // Labels that make the number a year whatever follows it.
    let strong = (before.ends_with('(') && after.starts_with(')'))
        || court_citation_year(scan, i)
        || quarter_label(scan, i);
    let context = match prev {
        Some("of") => {
            i >= 2 && scan.is_word(i - 2) && !scan.capitalized(i - 2) && {
                let w = scan.lower(i - 2);
                !matches!(w, "fiscal" | "financial")
            }
        }
        Some("years") => true,
        Some("year") => {
            start = i - 1;
            let before_year = scan.prev_word(i - 1);
            if matches!(
                before_year,
                Some("fiscal" | "financial" | "academic" | "school" | "tax" | "budget" | "model")
            ) {
                return None;
            }
            if before_year == Some("calendar") {
                start = i - 2;
            }
            true
        }
        Some("mid") => true,
        Some("spring" | "summer" | "autumn" | "fall" | "winter") => {
            start = i - 1;
            true
        }
        Some("with" | "to") => {
            // "compared with 2022", "compared to 2019"
            i >= 2 && matches!(scan.prev_word(i - 1), Some("compared" | "comparison"))
        }
        Some(w) if is_year_preposition(w) => true,
        _ => {
            (i > 0 && scan.is(i - 1, "mid") && scan.sep_before(i) == "-")
                || strong
                || found.continues_list(scan, i)
                || next.is_some_and(is_event_noun)
        }
    };
    if !context || scan.in_title(scan.start(i)) {
        return None;
    }
    // "in 2000 homes" counts homes; a plural noun after the number is what it counts, and
    // "from 1500 to 2000 people" counts people at both ends.
    if !strong && counts_noun(scan, end)
        || (matches!(next, Some("to" | "and" | "or"))
            && scan.is_num(end + 1)
            && scan.spaced(end + 1)
            && counts_noun(scan, end + 2))
    {
        return None;
    }
    found.date(scan, start, end, Cal::Year(year));
    Some(end)
}

/// The year closing a court citation's parenthesis: "(9th Cir. 2019)", "(D.D.C. 2020)".
fn court_citation_year(scan: &Scan<'_>, i: usize) -> bool {
    if !scan.sep_after(i).starts_with(')') {
        return false;
    }
    let start = scan.start(i);
    let from = start.saturating_sub(40);
    let Some(window) = scan.body.get(from..start) else {
        return false;
    };
    let Some(open) = window.rfind('(') else {
        return false;
    };
    let inside = &window[open..];
    !inside.contains(')')
        && [
            "Cir.", "Ct.", "App.", "Dist.", "Supp.", "D.C.", "Cal.", "N.Y.",
        ]
        .iter()
        .any(|court| inside.contains(court))
}

/// A year after a quarter or half label: "Q1 2021", "H2 2023".
fn quarter_label(scan: &Scan<'_>, i: usize) -> bool {
    i >= 2
        && scan.spaced(i)
        && scan.is_num(i - 1)
        && matches!(scan.text(i - 1), "1" | "2" | "3" | "4")
        && scan.glued(i - 1)
        && matches!(scan.text(i - 2), "Q" | "H")
}

/// Whether token `k` is a plural noun right after a number: what the number counts.
fn counts_noun(scan: &Scan<'_>, k: usize) -> bool {
    if !scan.spaced(k) || !scan.is_word(k) || scan.capitalized(k) {
        return false;
    }
    let n = scan.lower(k);
    n.len() > 3
        && n.ends_with('s')
        && !is_event_noun(n)
        && !matches!(n, "this" | "thus" | "was" | "has" | "does" | "is" | "as")
}

fn is_year_preposition(word: &str) -> bool {
    word == "for"
        || is_time_preposition(word)
            && !matches!(
                word,
                "of" | "to"
                    | "and"
                    | "or"
                    | "the"
                    | "on"
                    | "last"
                    | "this"
                    | "next"
                    | "as"
                    | "into"
            )
}
