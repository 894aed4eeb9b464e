//! Years alone, where the context makes them a date: "in 2019", "since 2015", "(1973)",
//! "(9th Cir. 2019)", "2003 and 2005", "2023-2027", "the 2019 elections", "calendar year 2013",
//! "Q1 2021", "in nineteen ninety six". Never years in titles ("the CHIPS Act of 2022"), fiscal
//! years ("fiscal year 2025", "2023-24"), decades ("1990s") or counts ("in 2000 homes").

use super::lexicon::is_time_preposition;
use super::scan::Scan;
use super::{Cal, Found};
use crate::extract::numwords;

/// A four-digit year 1000-2999 at `i` not glued to letters ("1990s", "FY2024").
pub(crate) fn year_num_at(scan: &Scan<'_>, i: usize) -> Option<(i32, usize)> {
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
pub(crate) fn year_words_at(scan: &Scan<'_>, i: usize) -> Option<(i32, usize)> {
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
        .filter(|_| scan.number_word(i))
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
pub(crate) fn year_at_context(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
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
        && (1800..=2099).contains(&year)
        && to <= 2099
        && !counts_noun(scan, to_end)
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
            let ok = i >= 2 && scan.is_word(i - 2) && !scan.capitalized(i - 2) && {
                let w = scan.lower(i - 2);
                !matches!(w, "fiscal" | "financial")
            };
            if ok {
                start = period_start(scan, i - 2).unwrap_or(i);
            }
            ok
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
        Some("end") => i >= 2 && scan.is(i - 2, "year") && scan.sep_before(i - 1) == "-",
        Some("spring" | "summer" | "autumn" | "fall" | "winter") => {
            start = i - 1;
            true
        }
        Some("with" | "to") => {
            // "compared with 2022", "compared to 2019", and the end of "from 2006 to 2014".
            i >= 2 && matches!(scan.prev_word(i - 1), Some("compared" | "comparison"))
                || found.continues_list(scan, i)
        }
        // "up 12 per cent on 2019", "growth of 3% over 2013": the base of a comparison.
        Some("on" | "over") => i >= 2 && after_change(scan, i - 1),
        Some(w) if is_year_preposition(w) => true,
        _ => {
            (i > 0
                && matches!(
                    scan.lower(i - 1),
                    "mid" | "end" | "early" | "late" | "start"
                )
                && scan.sep_before(i) == "-")
                || strong
                || found.continues_list(scan, i)
                || next.is_some_and(is_event_noun)
                || determined_event(scan, i, end)
        }
    };
    if !context || scan.in_title(scan.start(i)) {
        return None;
    }
    // Before 1800 a number after "by" or "from" is more often a quantity than a year.
    if !strong && !(1800..=2099).contains(&year) {
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

/// "a 2021 ruling", "the 2008 financial crisis", "his 2020 campaign": a year between a
/// determiner and a lowercase noun phrase names when the thing happened. Not "a 2019 model"
/// and not "the 2000 members" (a count).
fn determined_event(scan: &Scan<'_>, i: usize, end: usize) -> bool {
    let determiner = matches!(
        scan.prev_word(i),
        Some("a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "that")
    );
    determiner
        && scan.spaced(end)
        && scan.is_word(end)
        && !scan.capitalized(end)
        && !matches!(
            scan.lower(end),
            "model"
                | "models"
                | "version"
                | "edition"
                | "fiscal"
                | "financial"
                | "academic"
                | "school"
                | "tax"
                | "budget"
                | "season"
        )
        && !counts_noun(scan, end)
}

/// Where a period finer than a year starts when token `k` ends it before "of YEAR": "the third
/// quarter", "the first half", "the end", "the summer". Such periods keep their whole span
/// ("the third quarter of 2022") and normalize to the year.
fn period_start(scan: &Scan<'_>, k: usize) -> Option<usize> {
    let period = matches!(
        scan.lower(k),
        "quarter"
            | "half"
            | "end"
            | "start"
            | "beginning"
            | "middle"
            | "summer"
            | "spring"
            | "autumn"
            | "fall"
            | "winter"
    );
    if !period {
        return None;
    }
    let mut start = k;
    let ordinal = |j: usize| {
        matches!(
            scan.lower(j),
            "first" | "second" | "third" | "fourth" | "final" | "last" | "latter" | "early"
        )
    };
    if start > 0 && scan.spaced(start) && ordinal(start - 1) {
        start -= 1;
    } else if start > 1
        && scan.spaced(start)
        && scan.is_word(start - 1)
        && scan.glued(start - 1)
        && scan.is_num(start - 2)
    {
        start -= 2; // "3rd quarter"
    }
    if start > 0 && scan.spaced(start) && scan.is(start - 1, "the") {
        start -= 1;
    }
    Some(start)
}

/// Whether the word at `k` ("on", "over") follows a change or a percentage ("up 4% on",
/// "fell 2 per cent over", "an increase on"): the year after it is the base of a comparison,
/// not an amount ("on 2000 acres" is left to [`counts_noun`] anyway).
fn after_change(scan: &Scan<'_>, k: usize) -> bool {
    let j = k - 1;
    if !scan.spaced(k) && !scan.sep_before(k).starts_with('%') {
        return false;
    }
    if scan.is_num(j) {
        return scan.sep_before(k).starts_with('%');
    }
    matches!(
        scan.lower(j),
        "up" | "down"
            | "higher"
            | "lower"
            | "cent"
            | "percent"
            | "pc"
            | "points"
            | "rise"
            | "rises"
            | "fall"
            | "falls"
            | "increase"
            | "increases"
            | "decrease"
            | "decreases"
            | "decline"
            | "declines"
            | "drop"
            | "drops"
            | "growth"
            | "gain"
            | "gains"
            | "jump"
            | "improvement"
            | "grew"
            | "grow"
            | "shrank"
            | "shrink"
            | "contracted"
            | "expanded"
    )
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
pub(crate) fn counts_noun(scan: &Scan<'_>, k: usize) -> bool {
    if !scan.spaced(k) || !scan.is_word(k) || scan.capitalized(k) {
        return false;
    }
    let n = scan.lower(k);
    if matches!(
        n,
        "people" | "children" | "men" | "women" | "personnel" | "staff"
    ) {
        return true;
    }
    // A plural: "homes", "votes"; not "bonus", "class", "crisis" or "this".
    n.len() > 3
        && n.ends_with('s')
        && !n.ends_with("ss")
        && !n.ends_with("us")
        && !n.ends_with("is")
        && !is_event_noun(n)
        && !matches!(n, "was" | "has" | "does")
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
