use chrono::NaiveDate;

use super::*;
use crate::extract::sentences;

fn quotes(body: &str) -> Vec<Fact> {
    let metadata = sentences::metadata_line(body);
    let spans = sentences::split(body, metadata.clone());
    let ctx = Context {
        body,
        published: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
        sentences: &spans,
        metadata,
    };
    let mut out = Vec::new();
    find(&ctx, &mut out);
    out
}

pub(super) fn pairs(body: &str) -> Vec<(String, String)> {
    quotes(body)
        .into_iter()
        .map(|f| (f.normalized, f.speaker))
        .collect()
}

fn one(body: &str) -> (String, String) {
    let mut p = pairs(body);
    assert_eq!(p.len(), 1, "{body}: {p:?}");
    p.remove(0)
}

#[test]
fn attribution_after_quote_names_the_speaker() {
    let (text, who) = one("“We will finish the bridge this year,” Okafor said.");
    assert_eq!(text, "We will finish the bridge this year");
    assert_eq!(who, "Okafor");
}

#[test]
fn verb_first_attribution_drops_titles() {
    let (_, who) = one("“The harbour will reopen next week,” said Port Commissioner Lena Brandt.");
    assert_eq!(who, "Lena Brandt");
}

#[test]
fn attribution_before_quote_with_comma() {
    let (_, who) = one("On Monday the CBO stated, “Our estimate will not change this year.”");
    assert_eq!(who, "CBO");
    let (_, who) = one("Sharing the note online, KLP stated, “Our members will not accept it.”");
    assert_eq!(who, "KLP");
}

#[test]
fn according_to_names_the_speaker() {
    let (_, who) = one("“Prices will keep rising for months,” according to Mara Quist.");
    assert_eq!(who, "Mara Quist");
}

#[test]
fn pronoun_takes_the_nearest_subject_name() {
    let body = "Finance chief Tomas Very spoke to reporters. He thanked the staff of Anna Bell.\n\
                “The deficit will shrink by next spring,” he said.";
    assert_eq!(one(body).1, "Tomas Very");
}

#[test]
fn role_takes_the_subject_not_the_object() {
    let body = "Pakistan’s finance minister Ishaq Dar presented the budget. In his speech, Dar \
                criticized the team led by former prime minister Imran Khan. Prices are rising.\n\
                “The budget will be balanced next year,” stated the minister.";
    assert_eq!(one(body).1, "Dar");
}

#[test]
fn titles_and_honorifics_are_dropped() {
    let (_, who) = one("Sen. Jane Roe said, “The vote was never in doubt here.”");
    assert_eq!(who, "Jane Roe");
    let (_, who) = one("Chicago Mayor Lori Vance said, “This has to be a turning point.”");
    assert_eq!(who, "Lori Vance");
}

#[test]
fn joint_statement_keeps_both_names() {
    let (_, who) = one("“We stand together on this bill,” Roe and Doe said.");
    assert_eq!(who, "Roe and Doe");
}

#[test]
fn document_speaker_is_empty() {
    let (_, who) = one("“All members must file by Friday,” the report says.");
    assert_eq!(who, "");
    let (_, who) = one("According to a new study, “most towns lack a plan for floods.”");
    assert_eq!(who, "");
}

#[test]
fn newspaper_article_speaks_for_its_paper() {
    let (_, who) = one("A Daily Ledger article described “crowds lining up around the block.”");
    assert_eq!(who, "Daily Ledger");
}

#[test]
fn interrupted_quote_gives_one_fact_per_long_segment() {
    let body = "“The plan is sound and fully funded,” Ruiz said. “We will start in June.”";
    let p = pairs(body);
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].1, "Ruiz");
    assert_eq!(
        p[1],
        ("We will start in June".to_string(), "Ruiz".to_string())
    );
}

#[test]
fn short_scare_quotes_and_titles_are_not_quotes() {
    assert!(quotes("He was ready “to move on” and called it a \"tax grab\".").len() <= 1);
    assert!(quotes("Critics called it a “tax grab” today.").is_empty());
    assert!(quotes("The House passed the “Safe Roads for All Act” (H.R. 5).").is_empty());
    assert!(quotes("They backed the \"Clean Water Resolution, 2024\" again.").is_empty());
}

#[test]
fn four_word_quote_counts() {
    let (text, who) = one("Mr Vale said he was ready \"to listen and learn\".");
    assert_eq!(text, "to listen and learn");
    assert_eq!(who, "Vale");
}

#[test]
fn quote_across_sentences_is_one_fact() {
    let body = "Ng said, “The river rose fast. Nobody was ready for it.”";
    let (text, who) = one(body);
    assert_eq!(text, "The river rose fast. Nobody was ready for it");
    assert_eq!(who, "Ng");
}

#[test]
fn stray_mark_after_opening_quote_is_not_text() {
    let f = quotes("Judge Amos Pike said, “’[He] knew exactly what he was doing.”");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].text, "[He] knew exactly what he was doing.");
    assert_eq!(f[0].speaker, "Amos Pike");
}

#[test]
fn names_inside_quotes_are_not_speakers() {
    let body = "Senator Carl Ames took the stage. He said, “I warned you, Bolton. You will see.”";
    assert_eq!(one(body).1, "Carl Ames");
}

#[test]
fn quote_running_over_paragraphs_ends_at_the_paragraph() {
    let body = "Lee said: “The first part of the speech ran long.\n\n“The second part was shorter,” \
                Lee added.";
    let p = pairs(body);
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].0, "The first part of the speech ran long");
}

#[test]
fn unbalanced_marks_stay_linear_and_never_panic() {
    for body in [
        "\"".repeat(1 << 21),
        "“".repeat(1 << 19),
        "”".repeat(1 << 19),
        "“a b c d ".repeat(1 << 16),
        "\"one two three four\" he said. ".repeat(1 << 14),
        "“\n\n".repeat(1 << 18),
        "‘a b c d’ ".repeat(1 << 16),
        "‘".repeat(1 << 19),
        " ’".repeat(1 << 19),
    ] {
        for f in quotes(&body) {
            assert!(body.get(f.start..f.end).is_some());
        }
    }
}

#[test]
fn straight_quotes_pair_like_curly_ones() {
    let (_, who) = one("\"The fund is empty and the bills are due,\" Treasurer Ola Berg said.");
    assert_eq!(who, "Ola Berg");
}

#[test]
fn headline_colon_names_the_speaker() {
    let (_, who) = one("Vance: “We will not raise taxes this year”");
    assert_eq!(who, "Vance");
}

#[test]
fn verb_first_attribution_before_a_quote() {
    let body = "The plan stalls, said Ada Kern, adding: “Nobody wants to pay for the repairs.”";
    assert_eq!(one(body).1, "Ada Kern");
}

#[test]
fn apposition_between_name_and_verb() {
    let (_, who) = one("“The road opens in May,” Ida Moss, the county engineer, said.");
    assert_eq!(who, "Ida Moss");
    let body = "Committee Chair Ben Ruiz, D-Ohio, said the vote would wait. “We need more time \
                to read it,” he said.";
    assert_eq!(one(body).1, "Ben Ruiz");
}

#[test]
fn group_subject_without_verb_of_saying() {
    // A place after a preposition is no speaker.
    let (_, who) = one("Critics in Leeds have called it “the worst plan in decades.”");
    assert_eq!(who, "");
    let (_, who) = one("Farmers have called the scheme “a lifeline for small holdings.”");
    assert_eq!(who, "Farmers");
}

#[test]
fn continuation_does_not_cross_an_unrelated_sentence() {
    let body = "“We will finish the work soon,” Roe said. The bridge cost $5 million. Unions have \
                called it “a waste of public money.”";
    let p = pairs(body);
    assert_eq!(p[0].1, "Roe");
    assert_eq!(p[1].1, "Unions");
}

#[test]
fn organization_speaker_read_through_a_short_quote() {
    let body = "The central bank said inflation “remains high” and that it “will act as needed \
                to keep prices stable.”";
    assert_eq!(one(body).1, "");
}

#[test]
fn it_takes_the_nearest_organization() {
    let body = "Mayor Jo Park spoke first. The Weather Bureau warned of floods. “Rivers could \
                rise by two metres overnight,” it said.";
    assert_eq!(one(body).1, "Weather Bureau");
}

#[test]
fn institution_role_takes_an_organization_not_a_person() {
    let body = "Finance chief Tomas Very resigned. The Central Bank raised rates. “Inflation \
                remains far too high for comfort,” the bank said.";
    assert_eq!(one(body).1, "Central Bank");
    let body = "Tomas Very resigned. “The talks will resume next week,” the ministry said.";
    assert_eq!(one(body).1, "");
}

#[test]
fn name_particles_and_of_phrases() {
    let (_, who) = one("“The union will stand by its members,” said Ursula von der Leyen.");
    assert_eq!(who, "Ursula von der Leyen");
    let (_, who) = one("“We will look at all of the options,” said Jane Doe of Oxford.");
    assert_eq!(who, "Jane Doe");
    let (_, who) = one("Secretary of State Ann Blake said, “The talks were very productive.”");
    assert_eq!(who, "Ann Blake");
    let (_, who) = one("“Rates will stay on hold for now,” the Bank of England said.");
    assert_eq!(who, "Bank of England");
}

#[test]
fn single_curly_quotes_in_british_style() {
    let body = "‘We have made real progress on the deal,’ she said. Lewis added: ‘The workers’ \
                pay is safe.’";
    let p = pairs(body);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "We have made real progress on the deal");
}

#[test]
fn apostrophes_do_not_pair_as_quotes() {
    assert!(quotes("It’s the workers’ fund, and they don’t want the ’90s back.").is_empty());
}

#[test]
fn single_quotes_inside_double_quotes_are_one_quote() {
    let f = quotes("“He told me ‘we will never sign that deal’ and left,” Ruiz said.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].speaker, "Ruiz");
}

#[test]
fn zz_debug() {
    let body = "The Herald's editor, Jim Park, told reporters: “We simply followed the money here.”\n\nThe ruling can be read in full on the court's website. It says the trial judge “did not abuse his discretion in admitting the emails.”";
    println!("{:?}", pairs(body));
}

#[test]
fn it_after_a_document_subject_is_the_document() {
    let body = "The Daily Ledger broke the story. The ruling is online. It says the judge “did not \
                abuse his discretion at any point.”";
    assert_eq!(one(body).1, "");
}

#[test]
fn clause_after_a_quote_is_not_its_attribution() {
    let body = "Senator Ann Roe called it “a total and complete disaster” and Doe said he would \
                vote no.";
    assert_eq!(one(body).1, "Ann Roe");
}

#[test]
fn all_capitals_quote_is_not_a_title() {
    let (text, _) = one("Protesters chanted “WE WILL NOT BACK DOWN” outside.");
    assert_eq!(text, "WE WILL NOT BACK DOWN");
}

#[test]
fn quoted_names_in_sentence_case_are_not_quotes() {
    assert!(
        quotes("The agency published a report titled “Why our rivers are running dry” today.")
            .is_empty()
    );
    assert!(quotes("They defended the “one country, two systems” framework.").is_empty());
    assert!(quotes("Officials backed the “leave no child behind at school” policy.").is_empty());
}

#[test]
fn role_noun_takes_the_name_written_with_that_title() {
    let body = "The case came before Judge Orla Brennan at the district court on Monday.\n\n\
        Inspectors found the exits locked.\n\n\
        “Nobody should have to sleep behind a chained door like that”, the judge remarked as \
        she read the sentence.";
    let (_, who) = one(body);
    assert_eq!(who, "Orla Brennan");
}

#[test]
fn party_state_tag_is_not_the_speaker() {
    let (_, who) = one(
        "Rep. Walter Gunn (R-Neb.) argued that the measure “leaves every rancher worse off than before”.",
    );
    assert_eq!(who, "Walter Gunn");
}

#[test]
fn pronoun_takes_the_surname_from_a_joint_name() {
    let body = "Councillors Mara Fenn and Paul Ruiz voted against the levy.\n\n\
        Mayor Ida Crane said the vote was close.\n\n\
        Fenn noted that fees had already gone up twice this year. \
        “We cannot keep sending the bill to the same people”, she told the chamber.";
    let (_, who) = one(body);
    assert_eq!(who, "Fenn");
}

#[test]
fn descriptor_and_relative_clause_keep_the_name_as_subject() {
    let body = "Talks stalled for months, said Tomas Ruiz, the lead negotiator.\n\n\
        Dutch envoy Marieke Vos, who led nine rounds of talks in Vienna and Oslo, said the \
        turning point came in June. \"After that, both sides stopped arguing about old lines,\" \
        she said.";
    let p = pairs(body);
    assert_eq!(p.last().map(|x| x.1.as_str()), Some("Marieke Vos"), "{p:?}");
}

#[test]
fn relative_clause_quote_goes_to_its_antecedent() {
    let body = "The plan was praised by the World Food Programme (WFP), which said the harvest had \
        recovered and that the new depots \"could feed every district through the winter.\"";
    let (_, who) = one(body);
    assert_eq!(who, "WFP");
}

#[test]
fn name_with_apposition_after_the_quote_speaks_and_continues() {
    let body = "“Most families arrive after the worst has passed,” Dr Lina Osei, a surgeon at the \
        clinic, told reporters. \"They come only when the pain is unbearable. Then it is late.\"";
    let p = pairs(body);
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].1, "Lina Osei");
    assert_eq!(p[1].1, "Lina Osei");
}

#[test]
fn characterization_after_called_by_a_person_is_a_quote() {
    let body = "The dam was authorized by a 1962 statute, which Herrera called “a promise made to \
        another generation” during the hearing.";
    let (text, who) = one(body);
    assert_eq!(text, "a promise made to another generation");
    assert_eq!(who, "Herrera");
    // A thing called by a name stays a name.
    assert!(
        pairs("They launched a scheme called “Keep every light on tonight” last year.").is_empty()
    );
}

/// Found by the fuzzer: a name followed by a comma as the body's last word made the
/// apposition check read one word past the end.
#[test]
fn name_and_comma_at_the_end_of_the_body_does_not_panic() {
    let facts = quotes("“We will keep every promise we made to them,” said Jane Roe,");
    assert_eq!(facts.len(), 1);
    let _ = quotes("Jane Roe,");
    let _ = quotes("“Four words are enough here” Jane Roe,");
}

/// The byte-level whitespace test must agree with `char::is_whitespace` on every character.
#[test]
fn byte_whitespace_test_agrees_with_char_is_whitespace() {
    for c in (0..=0x10_ffff).filter_map(char::from_u32) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        let want = if c.is_whitespace() { s.len() } else { 0 };
        assert_eq!(scan::whitespace_len(s.as_bytes(), 0), want, "{c:?}");
    }
}

/// One-pass normalize must equal splitting on whitespace and joining with one space.
#[test]
fn normalize_collapses_every_kind_of_whitespace() {
    for text in [
        "  We will\tnot\u{a0}back  down,\u{2003}she said. ",
        "one\u{3000}two\u{2028}three\u{85}four;:",
        "no-space",
        " \u{a0} ",
        "“Curly” and ’quoted’ words …",
    ] {
        let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = want.trim_end_matches([',', '.', ';', ':', ' ']);
        assert_eq!(normalize(text), want, "{text:?}");
    }
}

/// A case-folding lookup answers as a lookup of the word lowered first; the lists it serves
/// must be lower-case ASCII for that to hold.
#[test]
fn folded_lookup_matches_lowered_lookup() {
    use lexicon::{
        AUX_VERBS, CLAUSE_JOINERS, DOC_NOUNS, INITIAL_STOP, LOWER_TITLES, PRONOUNS, SPEECH_VERBS,
        TITLES,
    };
    let sets = [
        &SPEECH_VERBS,
        &PRONOUNS,
        &DOC_NOUNS,
        &INITIAL_STOP,
        &TITLES,
        &LOWER_TITLES,
        &CLAUSE_JOINERS,
        &AUX_VERBS,
    ];
    for word in [
        "said",
        "Said",
        "SAID",
        "He",
        "he",
        "Sen",
        "sen",
        "The",
        "the",
        "Report",
        "Ministry",
        "x",
        "",
        "Saíd",
        "Told",
        "Because",
        "Superintendent",
        "superintendentsuperintendent",
    ] {
        let lowered = word.to_ascii_lowercase();
        for set in sets {
            assert_eq!(set.folded(word), set.contains(&lowered), "{word}");
            assert_eq!(
                set.contains(word),
                set.contains(&lowered) && word == lowered
            );
        }
    }
}

/// The eight-bytes-a-step skip must stop where a plain byte-by-byte scan stops.
#[test]
fn word_skip_agrees_with_a_plain_scan() {
    let text = "Plain words-with hyphens,\tnon\u{a0}breaking “curly” Zoë’s\u{1}ctrl \
                andaverylongwordthatrunsonandon\u{7f}end-";
    let bytes = text.as_bytes();
    for from in 0..=bytes.len() {
        let mut want = from;
        while want < bytes.len() && (0x21..0x80).contains(&bytes[want]) && bytes[want] != b'-' {
            want += 1;
        }
        assert_eq!(scan::next_unplain(bytes, from), want, "from {from}");
    }
}
