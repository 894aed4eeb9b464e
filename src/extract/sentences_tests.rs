use super::*;

fn sentences(body: &str) -> Vec<&str> {
    split(body, metadata_line(body))
        .into_iter()
        .map(|r| &body[r])
        .collect()
}

#[test]
fn plain_full_stops_split() {
    assert_eq!(
        sentences("The vote failed. Members left early! Why? Nobody knows."),
        [
            "The vote failed.",
            "Members left early!",
            "Why?",
            "Nobody knows."
        ]
    );
}

#[test]
fn titles_and_country_abbreviations_do_not_end_sentences() {
    let body = "Sen. Ann Vale and Rep. Tom Ruiz met Mr. Lee and Dr. Kay in the U.S. Capitol. \
                Gov. Park left.";
    assert_eq!(
        sentences(body),
        [
            "Sen. Ann Vale and Rep. Tom Ruiz met Mr. Lee and Dr. Kay in the U.S. Capitol.",
            "Gov. Park left."
        ]
    );
}

#[test]
fn bill_designations_and_initials_stay_whole() {
    let body = "The House passed H. Res. 12 and S. J. Res. 4 today. John F. Doe voted no.";
    assert_eq!(
        sentences(body),
        [
            "The House passed H. Res. 12 and S. J. Res. 4 today.",
            "John F. Doe voted no."
        ]
    );
}

#[test]
fn country_abbreviation_ends_before_a_sentence_opener() {
    assert_eq!(
        sentences("Prices rose in the U.S. The euro fell. Acme Inc. said so at 9 a.m. It ended."),
        [
            "Prices rose in the U.S.",
            "The euro fell.",
            "Acme Inc. said so at 9 a.m.",
            "It ended."
        ]
    );
}

#[test]
fn code_citation_before_section_number_continues() {
    assert_eq!(
        sentences("It amends 8 U.S.C. 1158 and more. Done."),
        ["It amends 8 U.S.C. 1158 and more.", "Done."]
    );
}

#[test]
fn month_and_number_abbreviations_before_digits_continue() {
    let body = "It opened on Jan. 9 as No. 4 of the list. Corp. profits rose. It ended in Dec. \
                Sales fell.";
    assert_eq!(
        sentences(body),
        [
            "It opened on Jan. 9 as No. 4 of the list.",
            "Corp. profits rose.",
            "It ended in Dec.",
            "Sales fell."
        ]
    );
}

#[test]
fn decimals_and_latin_abbreviations_continue() {
    let body = "Growth was 2.5 per cent, i.e. slower than e.g. Spain. Prices rose.";
    assert_eq!(
        sentences(body),
        [
            "Growth was 2.5 per cent, i.e. slower than e.g. Spain.",
            "Prices rose."
        ]
    );
}

#[test]
fn closing_quote_after_full_stop_belongs_to_the_sentence() {
    let body = "She said, “We will win.” Then she left. He wrote \"It is done.\" Fine.";
    assert_eq!(
        sentences(body),
        [
            "She said, “We will win.”",
            "Then she left.",
            "He wrote \"It is done.\"",
            "Fine."
        ]
    );
}

#[test]
fn question_inside_quote_followed_by_attribution_continues() {
    assert_eq!(
        sentences("“Where is the money?” she asked. Nobody replied."),
        ["“Where is the money?” she asked.", "Nobody replied."]
    );
}

#[test]
fn headlines_and_blank_lines_end_sentences() {
    let body = "date 2024-03-01 Council backs new park plan\n\nThe council voted on Monday.\nA \
                second line starts here";
    assert_eq!(
        sentences(body),
        [
            "Council backs new park plan",
            "The council voted on Monday.",
            "A second line starts here"
        ]
    );
}

#[test]
fn text_wrapped_around_links_stays_one_sentence() {
    let body = "Officials said\nreports of flooding\ncame from the north. Next one.";
    assert_eq!(
        sentences(body),
        [
            "Officials said\nreports of flooding\ncame from the north.",
            "Next one."
        ]
    );
}

#[test]
fn hard_wrapped_paragraph_breaks_only_at_punctuation() {
    let body = "The mayor of the city received\nan award on Monday from the Central\n\
                Harbour Trust for her work. She thanked\nthe staff.";
    assert_eq!(
        sentences(body),
        [
            "The mayor of the city received\nan award on Monday from the Central\nHarbour \
             Trust for her work.",
            "She thanked\nthe staff."
        ]
    );
}

#[test]
fn dotted_initials_continue_unless_an_opener_follows() {
    assert_eq!(
        sentences("They passed (H.J. Res. 59) today. It went to Washington, D.C. The end."),
        [
            "They passed (H.J. Res. 59) today.",
            "It went to Washington, D.C.",
            "The end."
        ]
    );
}

#[test]
fn section_sign_after_a_code_citation_continues() {
    assert_eq!(
        sentences("See 18 U.S.C. §1507. Done."),
        ["See 18 U.S.C. §1507.", "Done."]
    );
}

#[test]
fn regression_multibyte_mark_before_a_line_break() {
    let body = "Roe ”said\nJane left.";
    for span in split(body, None) {
        assert!(body.get(span).is_some());
    }
}

#[test]
fn quote_ending_in_comma_keeps_attribution_on_next_line() {
    let body = "“We will act on this now,”\nMayor Jo Park said.";
    assert_eq!(sentences(body), [body]);
}

#[test]
fn metadata_line_is_never_part_of_a_sentence() {
    let body = " date 2023-06-09 KARACHI: The budget passed.";
    let spans = split(body, metadata_line(body));
    assert_eq!(spans.len(), 1);
    assert_eq!(&body[spans[0].clone()], "KARACHI: The budget passed.");
    assert_eq!(
        published_date_from_body(body),
        NaiveDate::from_ymd_opt(2023, 6, 9)
    );
}

#[test]
fn body_without_sentence_end_is_one_sentence() {
    let body = "word ".repeat(1000);
    assert_eq!(sentences(&body).len(), 1);
}

#[test]
fn pathological_runs_stay_fast_and_in_bounds() {
    for body in [
        "\n".repeat(1 << 20),
        ".".repeat(1 << 20),
        "\"".repeat(1 << 20),
        ". ".repeat(1 << 19),
        "”. ".repeat(1 << 18),
        "a\n".repeat(1 << 19),
    ] {
        let spans = split(&body, None);
        for s in spans {
            assert!(body.get(s).is_some());
        }
    }
}
