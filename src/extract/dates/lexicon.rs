//! Word lists of the date matchers: month and weekday names, ordinal day words, time units and
//! the little words that make a bare month or year a date ("in", "since").

/// Month number of a full or abbreviated month name (any case): "Sept" → 9. `abbr` tells
/// whether the name was abbreviated (abbreviations need a day or year to be dates).
pub(crate) fn month(word: &str) -> Option<(u32, bool)> {
    with_lower(word, |w| {
        Some(match w {
            "january" => (1, false),
            "february" => (2, false),
            "march" => (3, false),
            "april" => (4, false),
            "may" => (5, false),
            "june" => (6, false),
            "july" => (7, false),
            "august" => (8, false),
            "september" => (9, false),
            "october" => (10, false),
            "november" => (11, false),
            "december" => (12, false),
            "jan" => (1, true),
            "feb" => (2, true),
            "mar" => (3, true),
            "apr" => (4, true),
            "jun" => (6, true),
            "jul" => (7, true),
            "aug" => (8, true),
            "sep" | "sept" => (9, true),
            "oct" => (10, true),
            "nov" => (11, true),
            "dec" => (12, true),
            _ => return None,
        })
    })
}

/// Days from Monday (0) of a full weekday name, any case.
pub(crate) fn weekday(word: &str) -> Option<u32> {
    with_lower(word, |w| {
        Some(match w {
            "monday" => 0,
            "tuesday" => 1,
            "wednesday" => 2,
            "thursday" => 3,
            "friday" => 4,
            "saturday" => 5,
            "sunday" => 6,
            _ => return None,
        })
    })
}

/// Parts of a day that stay in a weekday's span ("Thursday night").
pub(crate) fn is_day_part(word: &str) -> bool {
    with_lower(word, |word| {
        Some(matches!(
            word,
            "morning" | "afternoon" | "evening" | "night"
        ))
    })
    .unwrap_or(false)
}

/// Ordinal words of a day of the month ("first" … "thirty-first" is read as "thirty" +
/// "first" by the caller).
pub(crate) fn ordinal_word(word: &str) -> Option<u32> {
    with_lower(word, |w| {
        Some(match w {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" => 10,
            "eleventh" => 11,
            "twelfth" => 12,
            "thirteenth" => 13,
            "fourteenth" => 14,
            "fifteenth" => 15,
            "sixteenth" => 16,
            "seventeenth" => 17,
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            "thirtieth" => 30,
            _ => return None,
        })
    })
}

/// Ordinal suffixes glued to a day number ("4th", "01st").
pub(crate) fn is_ordinal_suffix(word: &str) -> bool {
    with_lower(word, |word| Some(matches!(word, "st" | "nd" | "rd" | "th"))).unwrap_or(false)
}

/// Words after which a bare month or year names a time: "in October", "since 2015".
pub(crate) fn is_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "through"
            | "throughout"
            | "during"
            | "before"
            | "after"
            | "between"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "this"
            | "next"
            | "of"
            | "on"
            | "around"
            | "circa"
            | "to"
            | "and"
            | "or"
            | "the"
            | "into"
            | "as"
    )
}

/// A unit of time: its ISO designator, whether it is a time (after "T") unit, and how many of
/// that designator one unit is ("decade" is 10 years).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub designator: char,
    pub time: bool,
    pub factor: u32,
    /// Abbreviations ("hrs", "min") follow digits only.
    pub abbr: bool,
    /// Rank from the largest unit, to order compound durations.
    pub rank: u8,
}

pub(crate) fn unit(word: &str) -> Option<Unit> {
    let u = |designator, time, factor, abbr, rank| Unit {
        designator,
        time,
        factor,
        abbr,
        rank,
    };
    with_lower(word, |w| {
        Some(match w {
            "century" | "centuries" => u('Y', false, 100, false, 0),
            "decade" | "decades" => u('Y', false, 10, false, 0),
            "year" | "years" => u('Y', false, 1, false, 0),
            "yr" | "yrs" => u('Y', false, 1, true, 0),
            "month" | "months" => u('M', false, 1, false, 1),
            "fortnight" | "fortnights" => u('W', false, 2, false, 2),
            "week" | "weeks" => u('W', false, 1, false, 2),
            "day" | "days" => u('D', false, 1, false, 3),
            "hour" | "hours" => u('H', true, 1, false, 4),
            "hr" | "hrs" | "h" => u('H', true, 1, true, 4),
            "minute" | "minutes" => u('M', true, 1, false, 5),
            "min" | "mins" => u('M', true, 1, true, 5),
            "second" | "seconds" => u('S', true, 1, false, 6),
            "sec" | "secs" => u('S', true, 1, true, 6),
            _ => return None,
        })
    })
}

/// Runs `f` on the ASCII-lowercased `word` without allocating; words longer than any entry
/// of these lists match nothing.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    let mut buf = [0u8; 12];
    if word.len() > buf.len() {
        return None;
    }
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    f(std::str::from_utf8(&buf[..word.len()]).ok()?)
}

/// Whether a lowercased word is a unit or tens number word ("six", "forty"): the words that
/// can start a number in words.
pub(crate) fn is_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
    )
}
