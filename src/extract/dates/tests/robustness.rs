//! Inputs that must not panic or slow down: extremes, repetition, token soup.

use super::*;

#[test]
fn extreme_published_dates_do_not_panic() {
    let body = "Monday and Sunday, next Friday, last Sunday, yesterday, tomorrow, next month, \
                last year, May, 99999999 years ago.";
    let spans = sentences::split(body, None);
    for published in [NaiveDate::MIN, NaiveDate::MAX] {
        let ctx = Context {
            body,
            published,
            sentences: &spans,
            metadata: None,
        };
        let mut out = Vec::new();
        super::super::find(&ctx, &mut out);
    }
}

#[test]
fn pathological_bodies_stay_linear_and_safe() {
    let digits = "1".repeat(200_000);
    assert!(facts(&digits, WED).is_empty());
    let slashes = "1/2/".repeat(50_000);
    let _ = facts(&slashes, WED);
    let quotes = "\"“”".repeat(50_000);
    assert!(facts(&quotes, WED).is_empty());
    let months = "May May ".repeat(50_000);
    let _ = facts(&months, WED);
    let _ = facts("é May 5 ü — 2019– “today” ₹ 3 years", WED);
    let words = "one thousand ".repeat(50_000);
    let _ = facts(&words, WED);
}

/// `facts` asserts every span slices the body to the fact text.
#[test]
fn random_token_soup_never_panics_and_spans_match_text() {
    let pieces = [
        "May",
        "may",
        " ",
        ",",
        ".",
        "-",
        "–",
        "/",
        "'",
        "’",
        "‘",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "\n\n",
        "2019",
        "12",
        "3",
        "31",
        "1999",
        "2023-24",
        "Friday",
        "next",
        "last",
        "this",
        "year",
        "month",
        "ago",
        "years",
        "the",
        "past",
        "a",
        "an",
        "one",
        "two",
        "thousand",
        "hundred",
        "nineteen",
        "ninety",
        "st",
        "th",
        "of",
        "in",
        "since",
        "Jan",
        "Sept",
        "é",
        "ü",
        "₹",
        "—",
        "today",
        "old",
        "long",
        "week",
        "day",
        "hours",
        "h",
        "min",
        "Q",
        "H",
        "Cir.",
        "www.",
        "http://",
        ".com/",
        "calendar",
        "fiscal",
        "and",
        "to",
        "between",
        "will",
        "said",
        "s",
        "0",
        "00",
        "7.6",
        "1.2.2020",
        "27.07.2023",
        "30",
        "decades",
        "fortnight",
        "twenty",
        "first",
    ];
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    for _ in 0..2000 {
        let mut body = String::new();
        let n = (seed % 40) as usize + 1;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            body.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed.is_multiple_of(3) {
                body.push(' ');
            }
        }
        let _ = facts(&body, WED);
    }
}
