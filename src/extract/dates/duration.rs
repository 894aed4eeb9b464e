//! DURATION facts: a number and a unit of time ("three years", "10 hours", "3h"), hyphenated
//! adjectives ("ten-day", "an 11-year sentence", "5-year-long"), compounds ("54 years, eight
//! months" → `P54Y8M`), "the past/previous/next N units" and "the past year" → ISO 8601
//! durations. Ages ("34-year-old"), "N weeks ago", rates ("three days a week") and vague
//! amounts ("several years") are not durations; hedges ("over", "more than") stay outside.

use super::Found;
use super::lexicon::{Unit, unit};
use super::scan::Scan;

/// Reads a duration starting at token `i`; returns the token index after it.
pub(crate) fn at(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    if scan.is(i, "the") {
        return the_past(scan, i, found);
    }
    // "a year", "an hour", "a year-long": an article starts a duration only before a unit.
    if (scan.is(i, "a") || scan.is(i, "an")) && scan.unit(i + 1).is_none() {
        return None;
    }
    // A number in digits starts a duration only before a unit or a range joiner; checking that
    // first keeps plain numbers cheap.
    if scan.is_num(i)
        && scan.unit(i + 1).is_none()
        && !matches!(scan.sep_before(i + 1), "-" | "–")
        && !matches!(scan.lower(i + 1), "to" | "or" | "and")
    {
        return None;
    }
    if let Some(next) = long_adjective(scan, i, found) {
        return Some(next);
    }
    if let Some(next) = range_start(scan, i, found) {
        return Some(next);
    }
    let first = piece_at(scan, i, true)?;
    finish(scan, i, first, found)
}

/// "a year-long inquiry", "a weeklong strike": one unit written as an adjective.
fn long_adjective(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    let word = scan.lower(i);
    let (u, end) = if let Some(stem) = word.strip_suffix("long") {
        (unit(stem)?, i + 1)
    } else if scan.sep_after(i) == "-" && scan.is(i + 1, "long") && !scan.glued(i + 2) {
        (scan.unit(i)?, i + 2)
    } else {
        return None;
    };
    if u.abbr || word.starts_with(|c: char| !c.is_ascii_alphabetic()) {
        return None;
    }
    // "years-long" and "decades-long" are vague.
    if scan.lower(i).trim_end_matches("long").ends_with('s') {
        return None;
    }
    let piece = Piece {
        amount: "1".to_string(),
        unit: u,
        end,
        hyphenated: true,
    };
    found.duration(scan, i, end, iso(&[piece]));
    Some(end)
}

/// The first amount of a range or pair ("10 to 15 years", "two or three days", "between 4
/// and 6 months"): a fact of its own in the unit of the second. Returns the token where the
/// second amount's phrase starts.
fn range_start(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    let (amount, k, _, article) = amount_at(scan, i)?;
    if article || k >= scan.len() {
        return None;
    }
    let sep = scan.sep_before(k);
    let second = if matches!(sep, "-" | "–") && scan.is_num(k) {
        k
    } else if sep == " " && scan.spaced(k + 1) {
        match scan.lower(k) {
            "to" | "or" => k + 1,
            "and" if scan.prev_word(i) == Some("between") => k + 1,
            _ => return None,
        }
    } else {
        return None;
    };
    let piece = piece_at(scan, second, false).filter(|p| !p.hyphenated)?;
    if is_age(scan, i, piece.end - 1) {
        return None;
    }
    let first = Piece {
        amount,
        unit: piece.unit,
        end: k,
        hyphenated: false,
    };
    found.duration(scan, i, k, iso(&[first]));
    Some(k)
}

/// One amount and unit.
#[derive(Clone, Debug)]
struct Piece {
    /// The amount as written in digits ("3", "3.5").
    amount: String,
    unit: Unit,
    /// Token index after the piece.
    end: usize,
    /// Written as a hyphenated adjective ("ten-day").
    hyphenated: bool,
}

/// "the past eight months", "the previous three weeks", "the next five years", "the past
/// year", "the last month".
fn the_past(scan: &Scan<'_>, i: usize, found: &mut Found) -> Option<usize> {
    let k = i + 1;
    let word = scan.lower(k);
    if !scan.spaced(k)
        || !matches!(
            word,
            "past" | "last" | "previous" | "next" | "coming" | "first"
        )
        || !scan.spaced(k + 1)
    {
        return None;
    }
    if let Some(first) = piece_at(scan, k + 1, false) {
        return finish(scan, i, first, found);
    }
    if !matches!(word, "past" | "last") {
        return None;
    }
    let u = scan
        .unit(k + 1)
        .filter(|u| !u.abbr && !u.time && u.designator != 'D')?;
    let singular = !scan.lower(k + 1).ends_with('s');
    let end = k + 2;
    if !singular
        || (scan.spaced(end) && scan.is(end, "of"))
        || scan.sep_after(k + 1).starts_with(['\'', '’'])
    {
        return None;
    }
    let piece = Piece {
        amount: "1".to_string(),
        unit: u,
        end,
        hyphenated: false,
    };
    found.duration(scan, i, end, iso(&[piece]));
    Some(end)
}

/// Reads compound continuations after `first` and records the duration from token `from`.
fn finish(scan: &Scan<'_>, from: usize, first: Piece, found: &mut Found) -> Option<usize> {
    let mut pieces = vec![first];
    if !pieces[0].hyphenated {
        loop {
            let last = pieces.last()?;
            let mut k = last.end;
            let sep = scan.sep_before(k);
            if !(sep == " " || sep == ", ") || k >= scan.len() {
                break;
            }
            if scan.is(k, "and") && scan.spaced(k + 1) {
                k += 1;
            }
            let Some(next) = piece_at(scan, k, false).filter(|p| !p.hyphenated) else {
                break;
            };
            if pieces.iter().any(|p| p.unit.rank == next.unit.rank) {
                break;
            }
            pieces.push(next);
        }
    }
    let end = pieces.last()?.end;
    found.duration(scan, from, end, iso(&pieces));
    Some(end)
}

/// An amount and a unit at `i`. `loose` admits "a"/"an"/"one" when a preposition before them
/// says a length of time follows ("for a year", "more than a decade").
fn piece_at(scan: &Scan<'_>, i: usize, loose: bool) -> Option<Piece> {
    let (amount, k, digits, article) = amount_at(scan, i)?;
    if article && !(loose && article_context(scan, i)) {
        // "one-year" as an adjective needs no context.
        if !(scan.is(i, "one") || scan.is(i, "a")) || scan.sep_before(k) != "-" {
            return None;
        }
    }
    let sep = scan.sep_before(k);
    let hyphenated = sep == "-";
    if !(sep == " " || hyphenated || (sep.is_empty() && digits)) || k >= scan.len() {
        return None;
    }
    let u = scan.unit(k)?;
    if scan.glued(k + 1) {
        return None;
    }
    // "3h", "3 h" are hours; "901 H. Res." and "5 H" are not.
    if scan.text(k) == "H" || (scan.lower(k) == "h" && scan.sep_after(k).starts_with('.')) {
        return None;
    }
    if (u.abbr && !digits && u.designator == 'H') || (article && u.designator == 'S') {
        return None;
    }
    if is_age(scan, i, k) {
        return None;
    }
    let mut end = k + 1;
    // Ages, "ago", rates.
    let after = scan.sep_after(k);
    let next = scan.lower(end);
    if (matches!(after, "-" | " ") && matches!(next, "old" | "olds" | "ago"))
        || (after == " " && next == "of" && scan.is(end + 1, "age"))
        || (after == " " && matches!(next, "a" | "an" | "per") && scan.unit(end + 1).is_some())
    {
        return None;
    }
    if after == "-" && next == "long" {
        end += 1;
    }
    Some(Piece {
        amount,
        unit: u,
        end,
        hyphenated,
    })
}

/// Whether the amount at `i` with its unit at `k` is an age: "as young as 6 months", "between
/// 12 and 15 months of age and ... between 4 and 6 years", "aged 9 years".
fn is_age(scan: &Scan<'_>, i: usize, k: usize) -> bool {
    let Some(sentence) = scan.sentence_of(scan.start(i)) else {
        return false;
    };
    let mut j = i;
    let mut steps = 0;
    while j > 0 && steps < 10 && scan.start(j - 1) >= sentence.start {
        j -= 1;
        steps += 1;
        let w = scan.lower(j);
        let hit = match w {
            "age" | "aged" | "ages" => true,
            "young" | "old" => scan.is(j.saturating_sub(1), "as"),
            "younger" | "older" => scan.is(j + 1, "than"),
            _ => false,
        };
        if hit {
            return true;
        }
    }
    let next = scan.lower(k + 1);
    matches!(next, "older" | "younger") && scan.spaced(k + 1)
}

/// Prepositions and hedges before "a year" that make it a length of time rather than a rate
/// ("$50 a year") or an ordinal ("a second term").
fn article_context(scan: &Scan<'_>, i: usize) -> bool {
    let Some(prev) = scan.prev_word(i) else {
        return false;
    };
    match prev {
        "for" | "over" | "within" | "in" | "than" | "nearly" | "almost" | "about" | "around"
        | "roughly" | "some" | "least" | "after" | "past" | "under" | "only" | "just"
        | "lasting" | "spanning" | "approximately" | "spent" | "spend" | "spends" | "served"
        | "serve" | "serves" | "lasted" | "lasts" | "took" | "takes" | "waited" => true,
        "to" => {
            i >= 2
                && matches!(
                    scan.lower(i - 2),
                    "up" | "sentenced" | "jailed" | "extended" | "reduced" | "cut" | "limited"
                )
        }
        _ => false,
    }
}

/// (amount in digits, next token, written in digits, written as "a"/"an"/"one").
fn amount_at(scan: &Scan<'_>, i: usize) -> Option<(String, usize, bool, bool)> {
    if scan.is_num(i) {
        // Most numbers have no thousands separator: no copy for them.
        let text = scan.text(i);
        let t = if text.contains(',') {
            std::borrow::Cow::Owned(text.replace(',', ""))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        if t.parse::<f64>().is_err() || t.len() > 9 {
            return None;
        }
        let before = scan.sep_before(i);
        if before.ends_with(['$', '£', '€', '#', '.', '/', ':']) {
            return None;
        }
        return Some((trim_decimal(&t), i + 1, true, false));
    }
    if !scan.is_word(i) {
        return None;
    }
    if scan.is(i, "a") || scan.is(i, "an") {
        return Some(("1".to_string(), i + 1, false, true));
    }
    let (end, v) = super::number_words_at(scan, i)?;
    let next = scan.tok_ending_at(end)? + 1;
    let one = v == 1 && next == i + 1;
    Some((v.to_string(), next, false, one))
}

fn trim_decimal(t: &str) -> String {
    if t.contains('.') {
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        t.to_string()
    }
}

/// ISO 8601 duration of the pieces, largest unit first.
fn iso(pieces: &[Piece]) -> String {
    let mut sorted: Vec<&Piece> = pieces.iter().collect();
    sorted.sort_by_key(|p| p.unit.rank);
    let mut out = String::from("P");
    let mut in_time = false;
    for p in sorted {
        if p.unit.time && !in_time {
            out.push('T');
            in_time = true;
        }
        let value = if p.unit.factor == 1 {
            p.amount.clone()
        } else {
            match p.amount.parse::<u64>() {
                Ok(n) => n.saturating_mul(u64::from(p.unit.factor)).to_string(),
                Err(_) => p
                    .amount
                    .parse::<f64>()
                    .map(|x| trim_decimal(&format!("{}", x * p.unit.factor as f64)))
                    .unwrap_or_else(|_| p.amount.clone()),
            }
        };
        out.push_str(&value);
        out.push(p.unit.designator);
    }
    out
}
