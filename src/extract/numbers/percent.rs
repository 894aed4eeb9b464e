//! PERCENT: a number with "%", "percent", "per cent", "pc", "percentage" or "percentage
//! points" after it. A minus (sign or "minus") is part of the value; a plus stays in the span
//! only. Bare "points" is not a percent, nor a "%" inside a URL.

use super::fact;
use super::scan::Num;
use super::text::{skip_spaces, word_after, word_before, word_starting_at};
use crate::domain::{Fact, FactKind};

/// End of the percent marker after a number ending at `pos`.
fn marker_after(body: &str, pos: usize) -> Option<usize> {
    let bytes = body.as_bytes();
    let p = skip_spaces(bytes, pos, 1);
    let rest = body.get(p..)?;
    if rest.starts_with('%') {
        return Some(p + 1);
    }
    if rest.starts_with('％') {
        return Some(p + '％'.len_utf8());
    }
    // "5pc" is glued, "a 10-percent share" hyphenated; word markers otherwise follow a space.
    let w = match bytes.get(pos) {
        Some(b) if b.is_ascii_alphabetic() => {
            let end = pos
                + bytes[pos..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            let glued_pc =
                &body[pos..end] == "pc" && !bytes.get(end).is_some_and(u8::is_ascii_digit);
            return glued_pc.then_some(end);
        }
        Some(b'-') => word_starting_at(body, pos + 1).filter(|w| {
            w.text
                .get(..3)
                .is_some_and(|h| h.eq_ignore_ascii_case("per"))
        })?,
        // Every word marker opens with "p": no other word is read.
        _ if bytes.get(p).is_none_or(|b| b | 0x20 != b'p') => return None,
        _ => word_starting_at(body, p).filter(|_| p == pos + 1)?,
    };
    if w.is_any(&[
        "percent",
        "percents",
        "pct",
        "per-cent",
        "percentage-point",
        "percentage-points",
    ]) || w.text == "pc"
    {
        Some(w.end)
    } else if w.is("per") {
        word_after(body, w.end)
            .filter(|c| c.is("cent") && c.start == w.end + 1)
            .map(|c| c.end)
    } else if w.is("percentage") {
        Some(
            word_after(body, w.end)
                .filter(|pt| pt.is_any(&["points", "point"]) && pt.start == w.end + 1)
                .map_or(w.end, |pt| pt.end),
        )
    } else {
        None
    }
}

/// The sign written before a number starting at `pos`: where the span starts and whether the
/// value is negative.
fn sign_before(body: &str, pos: usize) -> (usize, bool) {
    let bytes = body.as_bytes();
    let head = &body.as_bytes()[..pos];
    // A sign opens a value: after a space, bracket, quote or punctuation, never after another
    // value ("4.75%-5%" is a range).
    let free = |at: usize| {
        at == 0
            || bytes[at - 1].is_ascii_whitespace()
            || bytes[at - 1] >= 0x80
            || matches!(
                bytes[at - 1],
                b'(' | b'[' | b'"' | b'\'' | b':' | b';' | b',' | b'/'
            )
    };
    if let Some(&b) = head.last()
        && matches!(b, b'-' | b'+')
        && free(pos - 1)
    {
        return (pos - 1, b == b'-');
    }
    let minus = "−".as_bytes();
    if head.ends_with(minus) && free(pos - minus.len()) {
        return (pos - minus.len(), true);
    }
    if let Some(w) = word_before(body, pos).filter(|w| !w.dot) {
        if w.is("minus") || w.is("negative") {
            return (w.start, true);
        }
        if w.is("plus") {
            return (w.start, false);
        }
    }
    (pos, false)
}

fn percent(body: &str, n: Num, end: usize) -> Fact {
    let (start, negative) = sign_before(body, n.start);
    let value = n.value.plain();
    let normalized = if negative && value != "0" {
        format!("-{value}")
    } else {
        value
    };
    fact(body, FactKind::Percent, start, end, normalized)
}

/// Percent facts starting at `nums[i]`, and how many tokens they use.
pub(super) fn at(body: &str, nums: &[Num], i: usize) -> Option<(Vec<Fact>, usize)> {
    let n = nums[i];
    if n.scaled || n.indefinite || n.in_url {
        return None;
    }
    if let Some(end) = marker_after(body, n.end) {
        return Some((vec![percent(body, n, end)], 1));
    }
    // "5-10%", "between 4 and 6 per cent": the first number is a percent too.
    let m = *nums.get(i + 1)?;
    let gap = body.get(n.end..m.start)?;
    let joined = matches!(gap.trim(), "-" | "–") && gap.len() <= 5
        || matches!(gap, " to " | " and " | " or ");
    // "from 3% in 2019 to 8 percent": a year is never the low end of a percent range.
    if !joined || n.year_like() || m.scaled || m.indefinite {
        return None;
    }
    let end = marker_after(body, m.end)?;
    Some((vec![percent(body, n, n.end), percent(body, m, end)], 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::scan::scan;

    fn percents(body: &str) -> Vec<(String, String)> {
        let nums = scan(body, 0);
        let mut out = Vec::new();
        let mut i = 0;
        while i < nums.len() {
            if let Some((facts, used)) = at(body, &nums, i) {
                out.extend(facts.into_iter().map(|f| (f.text, f.normalized)));
                i += used;
            } else {
                i += 1;
            }
        }
        out
    }

    fn pair(text: &str, norm: &str) -> (String, String) {
        (text.to_string(), norm.to_string())
    }

    #[test]
    fn marker_forms() {
        assert_eq!(percents("rose 12.5% today"), vec![pair("12.5%", "12.5")]);
        assert_eq!(
            percents("fell 40 per cent"),
            vec![pair("40 per cent", "40")]
        );
        assert_eq!(percents("up 3 percent"), vec![pair("3 percent", "3")]);
        assert_eq!(percents("up 3pc on"), vec![pair("3pc", "3")]);
        assert_eq!(
            percents("a 10-percent stake"),
            vec![pair("10-percent", "10")]
        );
        assert_eq!(
            percents("a 2 percentage-point rise, a 3-percentage-point fall"),
            vec![
                pair("2 percentage-point", "2"),
                pair("3-percentage-point", "3")
            ]
        );
        assert_eq!(
            percents("thirty percentage"),
            vec![pair("thirty percentage", "30")]
        );
        assert_eq!(
            percents("added 0.4 percentage points to"),
            vec![pair("0.4 percentage points", "0.4")]
        );
    }

    #[test]
    fn minus_is_kept_plus_is_only_in_the_span() {
        assert_eq!(percents("at -1.5% now"), vec![pair("-1.5%", "-1.5")]);
        assert_eq!(
            percents("a 4.5%-5% band"),
            vec![pair("4.5%", "4.5"), pair("5%", "5")]
        );
        assert_eq!(
            percents("(+2.1 per cent)"),
            vec![pair("+2.1 per cent", "2.1")]
        );
        assert_eq!(
            percents("just minus five percent"),
            vec![pair("minus five percent", "-5")]
        );
    }

    #[test]
    fn ranges_give_two_percents() {
        assert_eq!(
            percents("5-10% of"),
            vec![pair("5", "5"), pair("10%", "10")]
        );
        assert_eq!(
            percents("between 4 and 6 per cent"),
            vec![pair("4", "4"), pair("6 per cent", "6")]
        );
    }

    #[test]
    fn a_year_before_to_is_not_a_range_end() {
        assert_eq!(
            percents("from 3% in 2019 to 8 percent"),
            vec![pair("3%", "3"), pair("8 percent", "8")]
        );
    }

    #[test]
    fn bare_points_and_urls_are_not_percents() {
        assert!(percents("subtracted 1.2 points").is_empty());
        assert!(percents("see https://x.org/q?a=30%25%2020%").is_empty());
    }
}
