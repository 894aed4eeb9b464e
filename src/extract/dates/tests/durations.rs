//! DURATION rules and the spans that are not durations.

use super::*;

#[test]
fn durations_with_numbers_and_words() {
    assert_eq!(
        one("He served 12 years in office.", WED),
        dur("12 years", "P12Y")
    );
    assert_eq!(
        one("Talks lasted nine hours.", WED),
        dur("nine hours", "PT9H")
    );
    assert_eq!(
        one("It took two decades to finish.", WED),
        dur("two decades", "P20Y")
    );
    assert_eq!(
        one("The trial lasted three weeks.", WED),
        dur("three weeks", "P3W")
    );
    assert_eq!(
        one("They left for a fortnight.", WED),
        dur("a fortnight", "P2W")
    );
}

#[test]
fn hedges_stay_outside_the_duration() {
    assert_eq!(
        one("She was held for more than a year.", WED),
        dur("a year", "P1Y")
    );
    assert_eq!(
        one("He waited nearly 40 minutes.", WED),
        dur("40 minutes", "PT40M")
    );
}

#[test]
fn a_unit_after_a_sentence_or_a_verb_of_time_is_a_duration() {
    assert_eq!(
        one("He was sentenced to a year in jail.", WED),
        dur("a year", "P1Y")
    );
    assert_eq!(one("She spent a month abroad.", WED), dur("a month", "P1M"));
}

#[test]
fn hyphenated_durations() {
    assert_eq!(
        one("They called a ten-day strike.", WED),
        dur("ten-day", "P10D")
    );
    assert_eq!(one("He got a 7-year sentence.", WED), dur("7-year", "P7Y"));
    assert_eq!(
        one("It is a 3-year-long plan.", WED),
        dur("3-year-long", "P3Y")
    );
}

#[test]
fn one_unit_long_adjectives() {
    assert_eq!(
        one("It ended a year-long inquiry.", WED),
        dur("year-long", "P1Y")
    );
    assert_eq!(one("A weeklong strike began.", WED), dur("weeklong", "P1W"));
    assert!(facts("It ended a decades-long feud.", WED).is_empty());
}

#[test]
fn compound_prison_terms_combine() {
    assert_eq!(
        one("She got 9 years, four months in prison.", WED),
        dur("9 years, four months", "P9Y4M")
    );
    assert_eq!(
        one("He got 25 years to life.", WED),
        dur("25 years", "P25Y")
    );
}

#[test]
fn the_past_n_units() {
    assert_eq!(
        one("Cases doubled over the past six months.", WED),
        dur("the past six months", "P6M")
    );
    assert_eq!(
        one("Cases doubled in the previous two weeks.", WED),
        dur("the previous two weeks", "P2W")
    );
    assert_eq!(
        one("Cases doubled in the past year.", WED),
        dur("the past year", "P1Y")
    );
    assert_eq!(
        one("Cases doubled in the last month.", WED),
        dur("the last month", "P1M")
    );
}

#[test]
fn duration_ranges_give_one_fact_per_amount() {
    assert_eq!(
        facts("It takes 2 to 3 hours.", WED),
        vec![dur("2", "PT2H"), dur("3 hours", "PT3H")]
    );
}

#[test]
fn single_letter_h_is_hours_only_in_lowercase_without_a_dot() {
    assert_eq!(one("The race took 3h to finish.", WED), dur("3h", "PT3H"));
    assert!(
        facts("They passed H. Res. 901 H. Res. 902 today.", WED)
            .iter()
            .all(|f| f.0 == "DATE")
    );
}

#[test]
fn ages_rates_and_vague_spans_are_not_durations() {
    assert!(facts("A 41-year-old man was held.", WED).is_empty());
    assert!(facts("The girl is 9 years old.", WED).is_empty());
    assert!(facts("Babies as young as 6 months qualify.", WED).is_empty());
    assert!(facts("He works four days a week.", WED).is_empty());
    assert!(facts("It pays $90,000 a year.", WED).is_empty());
    assert!(facts("It took several years and many months.", WED).is_empty());
    assert!(facts("She won a second term.", WED).is_empty());
    assert!(facts("One day she left.", WED).is_empty());
}
