//! COUNT: a cardinal counting people, things or events. A number is a count when a counted
//! noun follows it ("46 members", "60 Democratic lawmakers", "11 lakh schools"), when it is a
//! side of a vote tally ("310 votes to 275", "a 45-52 vote"), or when it states a total that
//! needs no noun ("a majority of 35", "cases rose to 64"). Everything facts.md excludes is
//! rejected first: years, identifiers, ordinals, ages, ratios, anaphora, multiplicatives,
//! time and measurement units, addresses.

mod ellipsis;
mod noun;
mod tally;

use self::noun::{counted_noun, has, in_sorted, looks_plural};
use self::tally::{VoteSentences, casts_vote, pair, tally_gap};
use super::fact;
use super::lexicon::{
    ANAPHORA_BEFORE, AUXILIARIES, CAPITAL_OK, CASUALTY_WORDS, HEDGES, ID_BEFORE, MEASURES,
    MONTHS_AND_DAYS, REACH_VERBS, RISE_VERBS, TIME_UNITS, TOTAL_CAUSATIVES, TOTAL_NOUNS,
};
use super::scan::Num;
use super::text::{possessive_before, word_after, word_before};
use crate::domain::{Fact, FactKind};
use crate::extract::Context;

/// Checks that hold for any count reading, whatever follows: not a year, identifier, ordinal,
/// age, anaphora, glued code, or part of a date or clock time.
///
/// `titled`: a capitalized word before the number may be a headline's title case rather than
/// a name ("Senate Passes Budget 51-49"); only vote tallies pass it, as their sentence vouches.
pub(super) fn plausible(body: &str, n: &Num, titled: bool) -> bool {
    let bytes = body.as_bytes();
    if n.indefinite || n.bare_one || n.value.as_u64().is_none_or(|v| v == 0) {
        return false;
    }
    if n.decimal && !n.scaled {
        return false;
    }
    if !n.words && !n.grouped && !n.scaled {
        let v = n.value.as_u64().unwrap_or(0);
        let leading_zero = n.int_digits > 1 && bytes[n.start] == b'0';
        // Long bare digit runs (zip codes, ids) get a stricter noun test in `find`.
        if n.int_digits > 9 || (n.int_digits == 4 && (1000..=2100).contains(&v)) || leading_zero {
            return false;
        }
    }
    if n.glued_scale && !n.words {
        // "10k" is money or distance talk; "1.2m people" and "3bn users" are counts (the
        // glued "m" only before a plural noun, see `counted_noun`: "a 2m wall" measures).
        let abbr = body[n.start..n.end].trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let unit = &body[n.start + abbr.len()..n.end];
        if !["bn", "mn", "mln", "m", "million", "billion"]
            .iter()
            .any(|u| u.eq_ignore_ascii_case(unit))
        {
            return false;
        }
    }
    // What touches the number on the left.
    if n.start > 0 {
        let prev = bytes[n.start - 1];
        if prev.is_ascii_alphanumeric()
            || matches!(
                prev,
                b'#' | b'/' | b':' | b'.' | b'[' | b'@' | b'_' | b'\'' | b'^' | b'=' | b'&'
            )
        {
            return false;
        }
        if body[..n.start].ends_with('§')
            || body[..n.start].ends_with('’')
            || body[..n.start].ends_with('‘')
        {
            return false;
        }
        // "COVID-19", "TX-07", the second side of "45-52" (taken with the first).
        let dash = if prev == b'-' {
            Some(n.start - 1)
        } else {
            body[..n.start]
                .ends_with('–')
                .then(|| n.start - '–'.len_utf8())
        };
        if let Some(d) = dash
            && (d == 0 || bytes[d - 1].is_ascii_alphanumeric())
        {
            return false;
        }
    }
    // What touches it on the right.
    match bytes.get(n.end) {
        Some(b) if b.is_ascii_alphabetic() => return false,
        Some(b'/') | Some(b'%') | Some(b']') | Some(b'@') => return false,
        Some(b':') | Some(b'.') | Some(b',')
            if bytes.get(n.end + 1).is_some_and(u8::is_ascii_digit) =>
        {
            return false;
        }
        Some(b'-') if bytes.get(n.end + 1).is_some_and(u8::is_ascii_alphabetic) => return false,
        Some(b'\'') => return false,
        _ => {}
    }
    if body[n.end..].starts_with('’') || body[n.end..].starts_with('°') {
        return false;
    }
    if n.in_url {
        return false;
    }
    // After a possessive ("Pakistan’s 100 million people") the word before is an owner.
    if let Some(w) = word_before(body, n.start).filter(|_| !possessive_before(body, n.start)) {
        let adjacent = body[w.end..n.start]
            .trim_start_matches('.')
            .chars()
            .all(|c| c == ' ');
        let name_like = w.capitalized() && !titled && !has(CAPITAL_OK, &w) && !w.dot;
        if adjacent && (has(ID_BEFORE, &w) || name_like) {
            return false;
        }
        if adjacent && w.dot && w.text.len() <= 4 && w.capitalized() && !has(CAPITAL_OK, &w) {
            // "Pub. L. 116", "Res. 59"
            return false;
        }
        if n.words && adjacent && !w.dot && has(ANAPHORA_BEFORE, &w) {
            return false;
        }
    }
    true
}

/// "a majority of 35", "cases rose to 64": totals that need no noun after them.
fn states_total(body: &str, n: &Num) -> bool {
    if n.words {
        return false;
    }
    let Some(prep) = word_before(body, n.start).filter(|w| !w.dot) else {
        return false;
    };
    if body[prep.end..n.start] != *" " {
        return false;
    }
    if has(REACH_VERBS, &prep) {
        return follows_no_unit(body, n);
    }
    let Some(verb) = word_before(body, prep.start).filter(|w| !w.dot) else {
        return false;
    };
    if body[verb.end..prep.start] != *" " {
        return false;
    }
    let total = (prep.is("of") && has(TOTAL_NOUNS, &verb))
        || (prep.is_any(&["past", "above", "beyond"]) && has(TOTAL_NOUNS, &verb))
        || (prep.is("to") && has(RISE_VERBS, &verb))
        || (prep.is("at") && verb.is_any(&["stood", "stands", "stand", "standing"]));
    total && follows_no_unit(body, n)
}

/// "taking fatalities since March to 512", "pushing the total past 1,000": a causative verb
/// earlier in the clause sets a running total. The clause is read back a bounded distance.
fn brings_total(body: &str, n: &Num) -> bool {
    let Some(prep) = word_before(body, n.start)
        .filter(|w| !w.dot && body[w.end..n.start] == *" " && w.is_any(&["to", "past", "above"]))
    else {
        return false;
    };
    if !ends_clause(body, n) || !follows_no_unit(body, n) {
        return false;
    }
    let bytes = body.as_bytes();
    let floor = prep.start.saturating_sub(80);
    let mut pos = prep.start;
    while pos > floor {
        let b = bytes[pos - 1];
        if matches!(
            b,
            b',' | b';' | b':' | b'.' | b'!' | b'?' | b'"' | b'\n' | b'(' | b')'
        ) {
            return false;
        }
        if !b.is_ascii_alphabetic() {
            pos -= 1;
            continue;
        }
        let end = pos;
        while pos > floor && bytes[pos - 1].is_ascii_alphabetic() {
            pos -= 1;
        }
        if body
            .get(pos..end)
            .is_some_and(|w| in_sorted(TOTAL_CAUSATIVES, w))
        {
            return true;
        }
    }
    false
}

/// "Membership, now 2.3 million, ...", "was 1.4 billion.": a number with a scale word that
/// stands alone closing its phrase states how many; amounts of money carry a currency.
fn scaled_total(body: &str, n: &Num) -> bool {
    if !n.scaled || n.glued_scale || n.words {
        return false;
    }
    let closes = match body.as_bytes().get(n.end) {
        None => true,
        Some(b) => {
            matches!(b, b',' | b';' | b')')
                || (*b == b'.'
                    && !body[n.end + 1..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        }
    };
    closes
        && word_before(body, n.start).is_some_and(|w| {
            !w.dot
                && body[w.end..n.start] == *" "
                && w.is_any(&[
                    "now",
                    "is",
                    "was",
                    "are",
                    "were",
                    "of",
                    "at",
                    "to",
                    "about",
                    "nearly",
                    "some",
                    "around",
                    "almost",
                    "roughly",
                    "approximately",
                    "than",
                    "just",
                    "only",
                    "reached",
                    "hit",
                ])
        })
}

/// Casualty reports name people without a noun: "killing at least 12", "12 were injured".
fn casualties(body: &str, n: &Num) -> bool {
    // After: "12 were killed", "30 have been arrested".
    if let Some(aux) =
        word_after(body, n.end).filter(|w| w.start == n.end + 1 && has(AUXILIARIES, w))
    {
        let mut w = aux;
        for _ in 0..2 {
            match word_after(body, w.end).filter(|x| x.start == w.end + 1) {
                Some(next) if has(CASUALTY_WORDS, &next) => return true,
                Some(next) if next.is_any(&["been", "also", "reportedly", "still", "now"]) => {
                    w = next
                }
                _ => break,
            }
        }
    }
    // Before: "killing 12", "wounding at least 30", "left nearly 200 dead" (the noun rule).
    let mut pos = n.start;
    for _ in 0..3 {
        let Some(w) = word_before(body, pos)
            .filter(|w| !w.dot && body[w.end..pos].bytes().all(|b| b == b' '))
        else {
            return false;
        };
        if has(CASUALTY_WORDS, &w) {
            return ends_clause(body, n);
        }
        if !has(HEDGES, &w) {
            return false;
        }
        pos = w.start;
    }
    false
}

/// The number closes its phrase: punctuation or a linking word follows, not "4 a.m.".
fn ends_clause(body: &str, n: &Num) -> bool {
    match word_after(body, n.end) {
        Some(w) if w.start == n.end + 1 => w.is_any(&[
            "and",
            "or",
            "but",
            "in",
            "on",
            "after",
            "when",
            "as",
            "including",
            "while",
            "during",
            "since",
            "across",
            "throughout",
            "inside",
            "near",
            "so",
            "last",
        ]),
        _ => !body
            .as_bytes()
            .get(n.end)
            .is_some_and(u8::is_ascii_alphanumeric),
    }
}

/// Not when a unit of time or measure follows ("rose to 5 years").
fn follows_no_unit(body: &str, n: &Num) -> bool {
    !word_after(body, n.end)
        .filter(|w| w.start == n.end + 1)
        .is_some_and(|w| has(TIME_UNITS, &w) || has(MEASURES, &w) || has(MONTHS_AND_DAYS, &w))
}

pub(super) fn count(body: &str, n: &Num, unit: &str) -> Fact {
    let mut f = fact(body, FactKind::Count, n.start, n.end, n.value.plain());
    f.unit = unit.to_string();
    f
}

/// Appends the counts among the tokens not used by money or percent facts.
pub(super) fn find(ctx: &Context<'_>, nums: &[Num], used: &mut [bool], out: &mut Vec<Fact>) {
    let body = ctx.body;
    let mut votes = VoteSentences::new(ctx);
    // The last token counted with a written noun: "from nine inspectors to 14" lends it on.
    let mut last_count: Option<(usize, &str)> = None;
    // The latest count of any kind: an elliptical number in its sentence borrows its noun.
    let mut anchor: Option<ellipsis::Anchor<'_>> = None;
    let mut i = 0;
    while i < nums.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let n = nums[i];
        // Tallies and ranges: both sides at once.
        if let Some(j) = (i + 1 < nums.len() && !used[i + 1]).then_some(i + 1) {
            let m = nums[j];
            if let Some(gap) = tally_gap(body, &n, &m)
                && let Some(facts) = pair(body, &n, &m, gap, &mut votes)
            {
                anchor = facts.last().map(|f| ellipsis::Anchor {
                    start: f.start,
                    end: f.end,
                    unit: "",
                });
                out.extend(facts);
                used[i] = true;
                used[j] = true;
                i += 2;
                continue;
            }
        }
        // The anchor only lends its noun within its own sentence.
        let sentence_anchor = anchor.filter(|a| same_sentence(ctx, a.start, n.start));
        // Read once: both branches below ask, and it is the costliest test of a token.
        let fits = plausible(body, &n, false);
        if !fits
            && let Some(a) = sentence_anchor
            && plausible(body, &n, true)
            && ellipsis::gapped(body, &n, a)
        {
            out.push(count(body, &n, a.unit));
            used[i] = true;
            anchor = Some(ellipsis::Anchor {
                start: n.start,
                end: n.end,
                unit: a.unit,
            });
        } else if fits && !is_ratio(body, nums, i) {
            // "12000 teachers" may be written without separators; "20530 Dear Sir" is a zip.
            let long = !n.words && !n.grouped && !n.scaled && n.int_digits >= 5;
            // The second side of a pair that was neither tally nor range ("a ratio of 2 to 1
            // held") needs a plural noun of its own.
            let second_side = i > 0 && tally_gap(body, &nums[i - 1], &n).is_some();
            let noun = counted_noun(body, &n).filter(|u| {
                let plural = looks_plural(u);
                (!long || (u.starts_with(|c: char| c.is_ascii_lowercase()) && plural))
                    && (!second_side || plural)
            });
            let unit = if let Some(unit) = noun {
                last_count = Some((i, unit));
                Some(unit)
            } else if let Some(unit) = from_to_unit(body, nums, i, last_count) {
                Some(unit)
            } else if let Some(unit) = ellipsis::partitive_unit(body, nums, i) {
                Some(unit)
            } else if !long
                && (states_total(body, &n)
                    || casualties(body, &n)
                    || brings_total(body, &n)
                    || scaled_total(body, &n))
            {
                Some("")
            } else if !long && casts_vote(body, &n) && votes.about_vote(n.start) {
                Some("votes")
            } else if !long
                && let Some(a) = sentence_anchor
                && ellipsis::understood(body, &n, a)
            {
                Some(a.unit)
            } else {
                None
            };
            if let Some(unit) = unit {
                out.push(count(body, &n, unit));
                used[i] = true;
                anchor = Some(ellipsis::Anchor {
                    start: n.start,
                    end: n.end,
                    unit,
                });
            }
        }
        i += 1;
    }
}

/// Whether byte offsets `a` and `b` fall in the same sentence.
fn same_sentence(ctx: &Context<'_>, a: usize, b: usize) -> bool {
    let of = |pos: usize| ctx.sentences.partition_point(|s| s.end <= pos);
    of(a) == of(b)
}

/// "grew from nine inspectors to 14": the second number counts the noun of the first.
fn from_to_unit<'a>(
    body: &'a str,
    nums: &[Num],
    i: usize,
    last_count: Option<(usize, &'a str)>,
) -> Option<&'a str> {
    let (j, unit) = last_count.filter(|(j, u)| j + 1 == i && !u.is_empty())?;
    let (first, n) = (nums[j], nums[i]);
    // Between them only the noun phrase (up to three words) and " to ".
    let gap = body.get(first.end..n.start)?;
    let phrase = gap.strip_suffix(" to ")?;
    let words_only = phrase.len() <= 40
        && phrase.contains(unit)
        && phrase
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
    let from = word_before(body, first.start)
        .is_some_and(|w| w.is("from") && body[w.end..first.start] == *" ");
    (words_only && from && follows_no_unit(body, &n)).then_some(unit)
}

/// "one in four", "three out of five": a ratio, not a count (either side).
fn is_ratio(body: &str, nums: &[Num], i: usize) -> bool {
    let n = nums[i];
    if let Some(m) = nums.get(i + 1) {
        let gap = &body[n.end..m.start];
        // "up from 36 in 2016" dates the number; it is no ratio.
        if (gap == " in " && !m.year_like()) || gap == " out of " {
            return true;
        }
    }
    if let Some(p) = i.checked_sub(1).and_then(|p| nums.get(p)) {
        let gap = &body[p.end..n.start];
        if matches!(gap, " in " | " out of ") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
