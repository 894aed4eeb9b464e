//! LEGISLATION facts: US bills, resolutions and public laws in every common spelling, with
//! the Congress they belong to and their congress.gov page.
//!
//! One regex finds a designation ("H. Res.", "HR", "S.J.Res.", "Senate Joint Resolution",
//! "Pub. L.") followed by its number; the designation's letters alone decide its type, so all
//! spellings of one type normalize alike ("H. Res. 901", "H Res 901", "House Resolution 901" →
//! `H.Res.901`). Neighbour-byte checks reject the traps: "405 U.S. 1030" (the "S." follows a
//! dot), Congressional Record pages ("S4411": a bare "S" needs its dot), reports ("S. Rept.",
//! no number follows), "5 U.S.C. 552". The Congress is the one the sentence states ("118th
//! Congress"), else the only one the article states, else the one in session on the published
//! date.

use std::fmt::Write as _;
use std::ops::Range;

mod congress;
mod designation;

use congress::{
    Congresses, congress_on, only_one, ordinal_suffix, sentence_congress, stated_congresses,
};
use designation::Found;

use super::Context;
use super::bytescan::{next_digit as next_digit_at, next_letter_of};
use crate::domain::{Fact, FactKind};

/// The eight bill types: normalized prefix and congress.gov path segment.
#[derive(Clone, Copy, Debug, PartialEq)]
enum BillType {
    HouseBill,
    HouseResolution,
    HouseJoint,
    HouseConcurrent,
    SenateBill,
    SenateResolution,
    SenateJoint,
    SenateConcurrent,
}

impl BillType {
    /// Reads the type from the designation's letters only: dots, spaces and case do not matter.
    fn of(designation: &str) -> Option<Self> {
        // Most designations are short letters only ("H.R.", "S. J. Res."): read on the stack.
        let mut buf = [0u8; 16];
        let mut len = 0;
        for b in designation.bytes().filter(u8::is_ascii_alphabetic) {
            let Some(slot) = buf.get_mut(len) else {
                return Self::of_spelled(designation);
            };
            *slot = b.to_ascii_lowercase();
            len += 1;
        }
        let key = &buf[..len];
        let spelled = ["house", "senate", "joint", "concurrent", "resolution"]
            .iter()
            .any(|w| key.windows(w.len()).any(|k| k == w.as_bytes()));
        if spelled {
            return Self::of_spelled(designation);
        }
        Self::of_key(key)
    }

    /// The type of a designation with words spelled out ("Senate Joint Resolution").
    fn of_spelled(designation: &str) -> Option<Self> {
        let key: String = designation
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let key = key
            .replace("house", "h")
            .replace("senate", "s")
            .replace("joint", "j")
            .replace("concurrent", "con")
            .replace("resolution", "res");
        Self::of_key(key.as_bytes())
    }

    fn of_key(key: &[u8]) -> Option<Self> {
        Some(match key {
            b"hr" => Self::HouseBill,
            b"hres" => Self::HouseResolution,
            b"hjres" => Self::HouseJoint,
            b"hconres" => Self::HouseConcurrent,
            b"s" => Self::SenateBill,
            b"sres" => Self::SenateResolution,
            b"sjres" => Self::SenateJoint,
            b"sconres" => Self::SenateConcurrent,
            _ => return None,
        })
    }

    fn prefix(self) -> &'static str {
        match self {
            Self::HouseBill => "H.R.",
            Self::HouseResolution => "H.Res.",
            Self::HouseJoint => "H.J.Res.",
            Self::HouseConcurrent => "H.Con.Res.",
            Self::SenateBill => "S.",
            Self::SenateResolution => "S.Res.",
            Self::SenateJoint => "S.J.Res.",
            Self::SenateConcurrent => "S.Con.Res.",
        }
    }

    fn url_segment(self) -> &'static str {
        match self {
            Self::HouseBill => "house-bill",
            Self::HouseResolution => "house-resolution",
            Self::HouseJoint => "house-joint-resolution",
            Self::HouseConcurrent => "house-concurrent-resolution",
            Self::SenateBill => "senate-bill",
            Self::SenateResolution => "senate-resolution",
            Self::SenateJoint => "senate-joint-resolution",
            Self::SenateConcurrent => "senate-concurrent-resolution",
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The letters a designation can start with, in either case: "H.R.", "S. Res.", "House …",
/// "Senate …", "Public Law", "P.L.".
const STARTS: [u8; 3] = [b'h', b's', b'p'];

/// Whether `rest` can begin a designation, by its first letters: "H.", "HR", "H J", "House",
/// "S.", "SRes", "Senate", "Pub", "P.L.". Most words starting with H, S or P fail here, before
/// the regex runs.
fn plausible_start(rest: &[u8]) -> bool {
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let second = rest.get(1).map_or(0, u8::to_ascii_lowercase);
    match rest.first().map_or(0, u8::to_ascii_lowercase) {
        b'p' => second == b'.' || starts(b"pub"),
        b'h' => matches!(second, b'.' | b' ' | b'\t' | b'r' | b'j' | b'c') || starts(b"house"),
        b's' => matches!(second, b'.' | b' ' | b'\t' | b'r' | b'j' | b'c') || starts(b"senate"),
        _ => false,
    }
}

/// How far past a designation's first byte its number may start: "Senate concurrent
/// resolution no. 5" needs 34.
const DIGIT_REACH: usize = 48;
/// Appends every legislation fact of the body to `out`.
///
/// The regex runs only where a designation can begin: a word-starting `H`, `S` or `P` (in any
/// case) with a digit close after it, anchored on a short window. Digits are found eight
/// bytes at a time, and `H`, `S`, `P` are looked for only in the window before each digit, so
/// most prose costs about one instruction a byte; every byte is read a bounded number of
/// times, so the scan stays linear.
pub(crate) fn find(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    let bytes = body.as_bytes();
    let stated = stated_congresses(body);
    let congresses = Congresses {
        article: only_one(&stated),
        stated,
        published: congress_on(ctx.published),
    };
    let mut next_digit = 0usize;
    let mut p = 0usize;
    loop {
        // A candidate further than DIGIT_REACH before the next digit cannot match: look for
        // candidates only in the window before it, so prose far from digits is never read.
        if next_digit < p {
            next_digit = next_digit_at(bytes, p);
        }
        let from = p.max(next_digit.saturating_sub(DIGIT_REACH));
        let at = next_letter_of(bytes, from, STARTS);
        if at >= bytes.len() {
            break;
        }
        if at > next_digit {
            // Past that digit: the window moves on to the next one.
            p = at;
            continue;
        }
        p = at + 1;
        // "U.S. 1030", "U.S.C.", "AS. 5", "x-S. 5": the designation must start a word.
        if at > 0 {
            let prev = bytes[at - 1];
            if is_word_byte(prev) || matches!(prev, b'.' | b'-' | b'/' | b'@') {
                continue;
            }
        }
        if !plausible_start(&bytes[at..]) {
            continue;
        }
        let Some(read) = designation::read_at(bytes, at) else {
            continue;
        };
        p = read.end;
        read_match(ctx, out, at..read.end, read.found, &congresses);
    }
}

/// Turns one designation match into facts (none when a neighbour byte rejects it).
fn read_match(
    ctx: &Context<'_>,
    out: &mut Vec<Fact>,
    whole: Range<usize>,
    found: Found,
    congresses: &Congresses,
) {
    let body = ctx.body;
    let bytes = body.as_bytes();
    let end_ok = |e: usize| bytes.get(e).is_none_or(|&b| !is_word_byte(b));
    let (des, num, to) = match found {
        Found::PublicLaw { congress, number } => {
            return public_law_fact(body, out, whole, congress, number);
        }
        Found::Bill { des, num, to } => (des, num, to),
    };
    let Some(kind) = BillType::of(&body[des.clone()]) else {
        return;
    };
    // Lower-case "hr" is a bill only written solid ("hr1234"); "24 hr 7" is hours.
    if &body[des.clone()] == "hr" && des.end != num.start {
        return;
    }
    let range_end = to.filter(|to| end_ok(to.end));
    if range_end.is_none() && !end_ok(num.end) {
        return;
    }
    let congress = sentence_congress(ctx, &congresses.stated, whole.start)
        .or(congresses.article)
        .unwrap_or(congresses.published);
    let first: u64 = body[num.clone()].parse().unwrap_or(0);
    if first == 0 {
        return;
    }
    out.push(bill_fact(body, whole.start, num.end, kind, first, congress));
    if let Some(to) = range_end {
        let last: u64 = body[to.clone()].parse().unwrap_or(0);
        if last > first {
            out.push(bill_fact(body, to.start, to.end, kind, last, congress));
        }
    }
}

/// "Pub. L. 113-67": one fact carrying its own Congress.
fn public_law_fact(
    body: &str,
    out: &mut Vec<Fact>,
    whole: Range<usize>,
    congress: Range<usize>,
    number: Range<usize>,
) {
    if body
        .as_bytes()
        .get(number.end)
        .is_some_and(|&b| is_word_byte(b))
    {
        return;
    }
    out.push(Fact {
        kind: FactKind::Legislation,
        text: body[whole.clone()].to_string(),
        start: whole.start,
        end: whole.end,
        normalized: format!("Pub.L.{}-{}", &body[congress.clone()], &body[number]),
        congress: body[congress].parse().unwrap_or(0),
        ..Fact::default()
    });
}

fn bill_fact(body: &str, start: usize, end: usize, kind: BillType, n: u64, congress: u32) -> Fact {
    // Written straight into the fact's own strings: no intermediate ordinal or prefix copy.
    let reference_url = if congress > 0 {
        format!(
            "https://www.congress.gov/bill/{congress}{}-congress/{}/{n}",
            ordinal_suffix(congress),
            kind.url_segment()
        )
    } else {
        String::new()
    };
    let mut normalized = String::with_capacity(kind.prefix().len() + 20);
    normalized.push_str(kind.prefix());
    let _ = write!(normalized, "{n}");
    Fact {
        kind: FactKind::Legislation,
        text: body[start..end].to_string(),
        start,
        end,
        normalized,
        congress,
        reference_url,
        ..Fact::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;
    use chrono::NaiveDate;

    fn facts_on(body: &str, published: NaiveDate) -> Vec<Fact> {
        let spans = sentences::split(body, None);
        let ctx = Context {
            body,
            published,
            sentences: &spans,
            metadata: None,
        };
        let mut out = Vec::new();
        find(&ctx, &mut out);
        out
    }

    fn facts(body: &str) -> Vec<Fact> {
        facts_on(body, NaiveDate::from_ymd_opt(2024, 5, 1).unwrap())
    }

    fn normalized(body: &str) -> Vec<String> {
        facts(body).into_iter().map(|f| f.normalized).collect()
    }

    #[test]
    fn house_resolution_spellings_agree() {
        for body in [
            "They backed H. Res. 77 today.",
            "They backed H.Res.77 today.",
            "They backed H Res 77 today.",
            "They backed House Resolution 77 today.",
            "They backed HRes 77 today.",
        ] {
            assert_eq!(normalized(body), ["H.Res.77"], "{body}");
        }
    }

    #[test]
    fn house_bill_spellings_agree() {
        for body in [
            "See HR 1234.",
            "See H.R. 1234.",
            "See hr1234.",
            "See H.R.1234.",
        ] {
            assert_eq!(normalized(body), ["H.R.1234"], "{body}");
        }
    }

    #[test]
    fn joint_and_concurrent_resolutions_in_every_spelling() {
        assert_eq!(normalized("S.J.Res. 3 passed."), ["S.J.Res.3"]);
        assert_eq!(normalized("S. J. Res. 12 passed."), ["S.J.Res.12"]);
        assert_eq!(
            normalized("Senate Joint Resolution 12 passed."),
            ["S.J.Res.12"]
        );
        assert_eq!(normalized("H. Con. Res. 5 passed."), ["H.Con.Res.5"]);
        assert_eq!(
            normalized("House Concurrent Resolution 40 passed."),
            ["H.Con.Res.40"]
        );
        assert_eq!(normalized("S.Con.Res. 25 passed."), ["S.Con.Res.25"]);
        assert_eq!(normalized("H.J. Res. 59 passed."), ["H.J.Res.59"]);
        assert_eq!(normalized("Senate Resolution 25 passed."), ["S.Res.25"]);
    }

    /// Candidates are looked for only in the window before each digit: bills right after a
    /// long digit-free stretch, at a window's edge and past a far digit are all still found.
    #[test]
    fn bills_are_found_around_long_stretches_without_digits() {
        let prose = "Speakers said House and Senate plans help people. ".repeat(4);
        let body = format!("{prose}They passed H.R. 8 and, {prose}later, S. 12 in 2024.");
        assert_eq!(normalized(&body), ["H.R.8", "S.12"]);
        let edge = format!("{} Senate Joint Resolution 7 and S. 9", "x ".repeat(30));
        assert_eq!(normalized(&edge), ["S.J.Res.7", "S.9"]);
    }

    #[test]
    fn senate_bill_needs_its_dot() {
        assert_eq!(
            normalized("The Senate passed S. 2226 on Monday."),
            ["S.2226"]
        );
        assert!(normalized("See the Record at S4411 and H2201-H2230.").is_empty());
    }

    #[test]
    fn public_law_spellings_normalize_and_carry_their_congress() {
        for body in [
            "Under Public Law 118-50 it was funded.",
            "Under P.L. 118-50 it was funded.",
            "Under Pub. L. 118-50 it was funded.",
            "Under Pub. L. No. 118-50 it was funded.",
        ] {
            let f = facts(body);
            assert_eq!(f.len(), 1, "{body}");
            assert_eq!(f[0].normalized, "Pub.L.118-50");
            assert_eq!(f[0].congress, 118);
        }
    }

    #[test]
    fn court_reporter_and_code_citations_are_not_bills() {
        assert!(normalized("See 405 U.S. 1030 (1972).").is_empty());
        assert!(normalized("Founded in the U.S. 1850 was a year.").is_empty());
        assert!(normalized("Under 5 U.S.C. 552 records are open.").is_empty());
    }

    #[test]
    fn committee_reports_are_not_bills() {
        assert!(normalized("See S. Rept. No. 117-20 and H. Rept. 118-5.").is_empty());
    }

    #[test]
    fn range_gives_one_fact_per_end() {
        let body = "Bills S. 100-110 were read.";
        let f = facts(body);
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].text.as_str(), f[0].normalized.as_str()),
            ("S. 100", "S.100")
        );
        assert_eq!(
            (f[1].text.as_str(), f[1].normalized.as_str()),
            ("110", "S.110")
        );
    }

    #[test]
    fn congress_is_inferred_from_the_published_date() {
        let f = facts_on(
            "They passed H. Res. 901.",
            NaiveDate::from_ymd_opt(2024, 6, 30).unwrap(),
        );
        assert_eq!(f[0].congress, 118);
        assert_eq!(
            f[0].reference_url,
            "https://www.congress.gov/bill/118th-congress/house-resolution/901"
        );
        let f = facts_on(
            "They passed S. 5.",
            NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
        );
        assert_eq!(f[0].congress, 119);
        assert_eq!(
            f[0].reference_url,
            "https://www.congress.gov/bill/119th-congress/senate-bill/5"
        );
    }

    #[test]
    fn stated_congress_wins_over_the_published_date() {
        let f = facts_on(
            "In the 117th Congress, H.R. 5 was introduced.",
            NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
        );
        assert_eq!(f[0].congress, 117);
        assert!(f[0].reference_url.contains("/117th-congress/house-bill/5"));
    }

    #[test]
    fn congress_boundaries_follow_january_third() {
        assert_eq!(
            congress_on(NaiveDate::from_ymd_opt(2023, 1, 2).unwrap()),
            117
        );
        assert_eq!(
            congress_on(NaiveDate::from_ymd_opt(2023, 1, 3).unwrap()),
            118
        );
        assert_eq!(
            congress_on(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()),
            119
        );
        assert_eq!(congress_on(NaiveDate::MIN), 0);
        assert_eq!(ordinal_suffix(101), "st");
        assert_eq!(ordinal_suffix(112), "th");
        assert_eq!(ordinal_suffix(122), "nd");
    }

    #[test]
    fn spans_cover_designation_and_number() {
        let body = "citing “H. Res. 901,” which passed";
        let f = facts(body);
        assert_eq!(f[0].text, "H. Res. 901");
        assert_eq!(&body[f[0].start..f[0].end], "H. Res. 901");
    }

    #[test]
    fn words_that_merely_start_like_designations_are_ignored() {
        assert!(normalized("Shares rose 5 points. HRT 12 units. Mrs. 5 cats.").is_empty());
        assert!(normalized("Open 24 hr 7 days a week.").is_empty());
    }

    #[test]
    fn stated_congress_in_capitals_and_odd_spacing_counts() {
        let got = facts("In the 117TH  CONGRESS, H.R. 12 went nowhere.");
        assert_eq!(got[0].congress, 117);
        // Not an ordinal of its own: "x117th" and a congress-like word.
        assert_eq!(facts("The x117th Congress filed H.R. 12.")[0].congress, 118);
        assert_eq!(
            facts("The 117th Congressional caucus backed H.R. 12.")[0].congress,
            118
        );
    }

    #[test]
    fn longest_spelled_designation_fits_the_candidate_window() {
        let got = normalized("They filed Senate  concurrent   resolution no. 12 - 14 today.");
        assert_eq!(got, ["S.Con.Res.12", "S.Con.Res.14"]);
    }

    #[test]
    fn one_long_sentence_full_of_bills_stays_linear() {
        let body = "S. 12, ".repeat(100_000);
        assert_eq!(facts(&body).len(), 100_000);
    }

    #[test]
    fn repeated_spaced_designations_stay_linear() {
        let body = "H. Res. ".repeat(200_000);
        assert!(facts(&body).is_empty());
    }
}
