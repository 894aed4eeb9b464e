//! Adversarial bodies complete and stay well-formed: 2 MiB of digits, of quote marks, of
//! "H. Res." repeated, with no sentence end, or of mixed Unicode. No panic, offsets on UTF-8
//! boundaries, facts inside their claims. (Linear time is measured by the benchmark, not here:
//! tests never assert wall-clock times.)

use chrono::NaiveDate;
use claimtracker::extract::extract;

const SIZE: usize = 2 * 1024 * 1024;

fn repeat_to_size(unit: &str) -> String {
    unit.repeat(SIZE / unit.len() + 1)
}

fn check(body: &str) {
    let published = NaiveDate::from_ymd_opt(2024, 11, 16).unwrap();
    let extraction = extract(body, published);
    for claim in &extraction.claims {
        assert!(body.is_char_boundary(claim.start) && body.is_char_boundary(claim.end));
        assert_eq!(&body[claim.start..claim.end], claim.text);
        for fact in &claim.facts {
            assert!(fact.start < fact.end);
            assert!(claim.start <= fact.start && fact.end <= claim.end);
            assert_eq!(&body[fact.start..fact.end], fact.text);
        }
    }
}

#[test]
fn two_mib_of_digits() {
    check(&repeat_to_size("1234567890"));
}

#[test]
fn two_mib_of_quote_marks() {
    check(&repeat_to_size("\""));
    check(&repeat_to_size("“ ”"));
    check(&repeat_to_size("\" a b c d e \""));
}

#[test]
fn two_mib_of_bill_prefixes() {
    check(&repeat_to_size("H. Res. "));
    check(&repeat_to_size("H. Res. 901 "));
}

#[test]
fn two_mib_without_a_sentence_end() {
    check(&repeat_to_size("the 46 members met in June 2024 and said "));
}

#[test]
fn two_mib_of_mixed_unicode() {
    check(&repeat_to_size("€20 “é” ₹5 crore 12,5 % Friday 😀 "));
}
