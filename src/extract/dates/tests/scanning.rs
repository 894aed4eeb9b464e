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

#[test]
fn one_pass_reading_classifies_every_word_like_the_word_lookup() {
    let words = [
        "May",
        "MAY",
        "may",
        "Yearlong",
        "WEEKLONG",
        "belong",
        "the",
        "The",
        "a",
        "A",
        "h",
        "Seventeenth",
        "seventeenthxxxx",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "Thursday",
        "Zebra",
        "zany",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Fortnightslong",
        "hrslong",
        "st",
        "TH",
        "night",
        "www",
        "sevenyy",
        "Wednesday",
        "abcdefgh",
    ];
    let seps = [" ", "@", "[", "`", "{", "é", "9", "", "—", "\n"];
    for (n, word) in words.iter().enumerate() {
        let sep = seps[n % seps.len()];
        for body in [
            format!("{word}{sep}and then some more words"),
            format!("x{sep}{word}"),
            word.to_string(),
        ] {
            let read = super::super::body::read(&body, 0);
            for (idx, t) in read.toks.iter().enumerate() {
                let text = &body[t.s..t.e];
                let listed = read.starts.contains(&idx);
                if t.num {
                    assert!(listed, "{body}");
                    continue;
                }
                let (lex, starts) = classify(text);
                assert_eq!(
                    t.lex.map(|l| l as *const _),
                    lex.map(|l| l as *const _),
                    "{body}"
                );
                assert_eq!(listed, starts, "{body}");
                assert_eq!(&read.lower[t.s..t.e], text.to_ascii_lowercase(), "{body}");
                assert!(text.bytes().all(|b| b.is_ascii_alphabetic()), "{body}");
            }
            let letters: usize = body.bytes().filter(u8::is_ascii_alphabetic).count();
            let in_toks: usize = read.toks.iter().filter(|t| !t.num).map(|t| t.e - t.s).sum();
            assert_eq!(letters, in_toks, "{body}");
            // Runs are maximal: no word token touches the next.
            assert!(
                read.toks
                    .windows(2)
                    .all(|w| w[0].num || w[1].num || w[0].e < w[1].s)
            );
        }
    }
}
