//! The one pass over the body and the lexicon lookups it makes: case, shared words, URLs and
//! quotation spans found without a second pass.

use super::super::lexicon::{classify, lookup, unit};
use super::*;

#[test]
fn lexicon_lookup_ignores_case_and_keeps_every_list_a_word_is_on() {
    let second = lookup("SECOND").expect("listed");
    assert_eq!(second.ordinal, 2);
    assert_eq!(second.unit.map(|u| u.designator), Some('S'));
    assert_eq!(
        lookup("Sept").map(|l| (l.month, l.month_abbr)),
        Some((9, true))
    );
    assert!(lookup("sundays").is_none());
    assert!(lookup("").is_none());
    assert!(lookup("a-very-long-word-indeed").is_none());
    assert!(unit("Decades").is_some_and(|u| u.factor == 10));
}

#[test]
fn only_listed_words_and_unit_adjectives_can_start_an_expression() {
    assert!(classify("Weeklong").1);
    assert!(classify("the").1);
    assert!(!classify("belong").1);
    assert!(!classify("said").1);
    // Listed but never the first word of an expression.
    assert!(!classify("night").1);
}

#[test]
fn capitalized_headline_words_read_like_lowercase_ones() {
    assert_eq!(
        one("Parliament met YESTERDAY", WED),
        date("YESTERDAY", "2024-05-14")
    );
    assert_eq!(
        one("Ratings Fell LAST YEAR", WED),
        date("LAST YEAR", "2023")
    );
    assert_eq!(
        one("Rents rose For Three Years", WED),
        dur("Three Years", "P3Y")
    );
}

#[test]
fn www_and_slashed_links_hide_their_digits_anywhere_in_the_body() {
    assert!(facts("Details at www.example.com/2019 online.", WED).is_empty());
    assert!(
        facts("Filed at court.example.gov/cases/2020/05 today?", WED)
            .iter()
            .all(|f| f.1 == "today")
    );
    assert_eq!(
        facts("Read www.example.com, then vote in 2019.", WED),
        vec![date("2019", "2019")]
    );
}

#[test]
fn quotation_spans_close_at_paragraph_breaks_and_skip_apostrophes() {
    assert!(facts("“We will rule today. Soon,” she said.", WED).is_empty());
    assert_eq!(
        facts("“We will rule\n\nThe panel met today.", WED),
        vec![date("today", "2024-05-15")]
    );
    assert_eq!(
        facts("The panel’s chair can’t rule today.", WED),
        vec![date("today", "2024-05-15")]
    );
}
