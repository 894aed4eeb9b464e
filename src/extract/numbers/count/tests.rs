use chrono::NaiveDate;

use crate::domain::FactKind;
use crate::extract::numbers::find as find_numbers;
use crate::extract::{Context, sentences};

fn counts(body: &str) -> Vec<(String, String)> {
    let spans = sentences::split(body, None);
    let ctx = Context {
        body,
        published: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
        sentences: &spans,
        metadata: None,
    };
    let mut out = Vec::new();
    find_numbers(&ctx, &mut out);
    out.into_iter()
        .filter(|f| f.kind == FactKind::Count)
        .map(|f| (f.text, f.normalized))
        .collect()
}

fn pair(text: &str, norm: &str) -> (String, String) {
    (text.to_string(), norm.to_string())
}

#[test]
fn number_before_a_counted_noun() {
    assert_eq!(
        counts("Police arrested 46 protesters."),
        vec![pair("46", "46")]
    );
    assert_eq!(
        counts("In May, 60 Republican senators wrote."),
        vec![pair("60", "60")]
    );
    assert_eq!(
        counts("About 12,500 workers struck."),
        vec![pair("12,500", "12500")]
    );
    assert_eq!(
        counts("Some 1.5 million voters stayed home."),
        vec![pair("1.5 million", "1500000")]
    );
    assert_eq!(
        counts("It reaches 7 lakh homes."),
        vec![pair("7 lakh", "700000")]
    );
}

#[test]
fn possessives_own_the_count() {
    assert_eq!(
        counts("It is Pakistan’s 240 million people."),
        vec![pair("240 million", "240000000")]
    );
    assert_eq!(counts("Britain's 650 MPs sat."), vec![pair("650", "650")]);
}

#[test]
fn title_case_headlines() {
    assert_eq!(
        counts("Senate Passes Budget 51-49 After Marathon Session"),
        vec![pair("51", "51"), pair("49", "49")]
    );
    assert_eq!(counts("Measles Cases Climb to 64"), vec![pair("64", "64")]);
}

#[test]
fn long_numbers_without_separators_need_a_plural_noun() {
    assert_eq!(
        counts("It hired 12000 teachers."),
        vec![pair("12000", "12000")]
    );
    assert!(counts("Ship to 90210 Beverly Hills.").is_empty());
}

#[test]
fn number_words_become_digits() {
    assert_eq!(
        counts("Forty-two firms bid."),
        vec![pair("Forty-two", "42")]
    );
    assert_eq!(
        counts("He named three ministers."),
        vec![pair("three", "3")]
    );
    assert_eq!(
        counts("It has One hundred twenty-two pages."),
        vec![pair("One hundred twenty-two", "122")]
    );
}

#[test]
fn glued_millions_count_plural_nouns_only() {
    assert_eq!(
        counts("About 1.5m people voted."),
        vec![pair("1.5m", "1500000")]
    );
    assert!(counts("They built a 2m wall and ran 10k races.").is_empty());
}

#[test]
fn the_word_one_is_never_a_count_but_the_digit_is() {
    assert!(counts("One person died.").is_empty());
    assert_eq!(counts("Only 1 person died."), vec![pair("1", "1")]);
}

#[test]
fn vote_tallies_give_two_counts() {
    assert_eq!(
        counts("The bill passed 230 to 199."),
        vec![pair("230", "230"), pair("199", "199")]
    );
    assert_eq!(
        counts("In a 51-49 vote, it failed."),
        vec![pair("51", "51"), pair("49", "49")]
    );
    assert_eq!(
        counts("It was carried by 300 votes to 250, a majority of 50."),
        vec![pair("300", "300"), pair("250", "250"), pair("50", "50")]
    );
}

#[test]
fn tally_followed_by_last_month_was_read_as_counting_months() {
    assert_eq!(
        counts("The panel approved it by a vote of 14 to 9 last month."),
        vec![pair("14", "14"), pair("9", "9")]
    );
}

#[test]
fn popular_vote_tally_over_a_thousand_was_missed() {
    assert_eq!(
        counts("The levy lost 52,310 votes to 48,977 on Tuesday."),
        vec![pair("52,310", "52310"), pair("48,977", "48977")]
    );
}

#[test]
fn vote_sides_named_without_votes() {
    assert_eq!(
        counts("The motion passed with 326 votes in favour and 210 against."),
        vec![pair("326", "326"), pair("210", "210")]
    );
    assert_eq!(
        counts("The board voted 9-0 to approve it."),
        vec![pair("9", "9"), pair("0", "0")]
    );
    assert!(counts("Officers stood 210 against the wall.").is_empty());
}

#[test]
fn totals_without_a_noun() {
    assert_eq!(
        counts("Infections rose to 71 this week."),
        vec![pair("71", "71")]
    );
    assert_eq!(
        counts("matching the total of 40 and more."),
        vec![pair("40", "40")]
    );
    assert_eq!(
        counts("The caseload reached 1,500 on Monday."),
        vec![pair("1,500", "1500")]
    );
    assert!(counts("Temperatures reached 40 degrees.").is_empty());
    assert_eq!(
        counts("It has a population of 1.4 billion."),
        vec![pair("1.4 billion", "1400000000")]
    );
}

#[test]
fn casualty_reports_count_people() {
    assert_eq!(
        counts("The blast killed at least 14 and injured 30."),
        vec![pair("14", "14"), pair("30", "30")]
    );
    assert_eq!(counts("Police said 9 were arrested."), vec![pair("9", "9")]);
    assert_eq!(
        counts("Some 40 have been evacuated."),
        vec![pair("40", "40")]
    );
    assert!(counts("It was killed 3 years ago and 5 were fine.").is_empty());
    assert!(counts("He was arrested at 4 a.m. on Sunday.").is_empty());
}

#[test]
fn partitives_count_the_noun_after_of() {
    assert_eq!(
        counts("Four of the hostages were freed."),
        vec![pair("Four", "4")]
    );
    assert_eq!(
        counts("They won 9 of their 14 matches."),
        vec![pair("9", "9"), pair("14", "14")]
    );
    assert!(counts("Only 3 of the year passed.").is_empty());
}

#[test]
fn subset_of_them_is_a_count() {
    assert_eq!(
        counts("Inspectors checked the vans, impounding 1,204 of them."),
        vec![pair("1,204", "1204")]
    );
    assert_eq!(
        counts("It hired 300 staff, 45 of whom quit."),
        vec![pair("300", "300"), pair("45", "45")]
    );
}

#[test]
fn more_between_number_and_noun_was_missed() {
    assert_eq!(
        counts("Twelve more patients died overnight."),
        vec![pair("Twelve", "12")]
    );
    assert_eq!(
        counts("The change frees 80,000 more small firms from the levy."),
        vec![pair("80,000", "80000")]
    );
    assert!(counts("He wanted 5 more than that.").is_empty());
}

#[test]
fn headline_tally_after_a_comma_was_missed() {
    assert_eq!(
        counts("Senate backs new farm bill, 61-37\n\nThe chamber met."),
        vec![pair("61", "61"), pair("37", "37")]
    );
    assert!(counts("Tigers edge Lions, 24-17\n\nA late goal.").is_empty());
}

#[test]
fn tally_right_after_a_decision_verb_was_missed() {
    assert_eq!(
        counts("The amendment failed 4-5, with two members absent."),
        vec![pair("4", "4"), pair("5", "5"), pair("two", "2")]
    );
}

#[test]
fn running_totals_without_a_noun_were_missed() {
    assert_eq!(
        counts("Measles infections pass 2,500 as the outbreak widens."),
        vec![pair("2,500", "2500")]
    );
    assert_eq!(
        counts("It pushed the yearly tally past 40,000, officials said."),
        vec![pair("40,000", "40000")]
    );
    assert_eq!(
        counts("Nine more died, taking deaths since May 3 to 227."),
        vec![pair("Nine", "9"), pair("227", "227")]
    );
    assert!(counts("It raised the limit to 70 mph.").is_empty());
}

#[test]
fn scaled_number_standing_alone_was_missed() {
    assert_eq!(
        counts("Union membership, now 6.4 million, keeps falling."),
        vec![pair("6.4 million", "6400000")]
    );
    assert!(counts("The price, now 5, was set.").is_empty());
}

#[test]
fn second_side_of_from_to_was_missed() {
    assert_eq!(
        counts("The unit grew from six detectives to 11 this year."),
        vec![pair("six", "6"), pair("11", "11")]
    );
    assert!(counts("It rose from 5 cases in May to 9 km away.").len() == 1);
}

#[test]
fn sub_units_are_not_counts() {
    assert!(counts("A stamp costs 5 cents or 40 pence.").is_empty());
}

#[test]
fn scores_are_not_ranges() {
    assert!(counts("They won a 24-17 victory.").is_empty());
    assert!(counts("A ratio of 3 to 1 held.").is_empty());
}

#[test]
fn ranges_of_counts() {
    assert_eq!(
        counts("Some 10-15 boats sank."),
        vec![pair("10", "10"), pair("15", "15")]
    );
}

#[test]
fn years_dates_times_and_codes_are_not_counts() {
    assert!(counts("The 2019 rules apply.").is_empty());
    assert!(counts("Born 4-12-81 in town.").is_empty());
    assert!(counts("Meet at 10:30 today.").is_empty());
    assert!(counts("She won TX-07 easily.").is_empty());
    assert!(counts("During COVID-19 cases rose.").is_empty());
    assert!(counts("See Section 12 rules and No. 4 Court in Dept. 42 today.").is_empty());
    assert!(counts("Write to 1600 Maple Avenue now.").is_empty());
    assert!(counts("See 42 U.S.C. 1983 for more.").is_empty());
    assert!(counts("A note [2] follows.").is_empty());
    assert!(counts("Washington, D.C. 20530 Dear Sir, see ID 4417823.").is_empty());
    assert!(counts("The 787 Dreamliner 10 model flew.").is_empty());
}

#[test]
fn ordinals_ages_and_durations_are_not_counts() {
    assert!(counts("The 3rd reading came.").is_empty());
    assert!(counts("A 41-year-old man, aged 9 years.").is_empty());
    assert!(counts("Smith, 60, resigned.").is_empty());
    assert!(counts("It took three weeks and 5 km.").is_empty());
    assert!(counts("Back in 3 h or so.").is_empty());
    assert!(counts("Kids from 12 and 15 months of age.").is_empty());
}

#[test]
fn vague_ratio_anaphora_and_multiplicative_are_not_counts() {
    assert!(counts("Dozens of people and two dozen cars.").is_empty());
    assert!(counts("About one in five adults agree.").is_empty());
    assert!(counts("The two leaders met; the other three and all four aides stayed.").is_empty());
    assert!(counts("He was fined three times.").is_empty());
}

#[test]
fn numbers_inside_money_and_percent_are_not_counts() {
    assert!(counts("It cost $5 million and rose 40 percent.").is_empty());
}

#[test]
fn indian_digit_grouping_was_read_as_two_numbers() {
    assert_eq!(
        counts("Some 2,45,000 people were moved to relief camps."),
        vec![pair("2,45,000", "245000")]
    );
}

#[test]
fn tally_followed_by_a_weekday_was_read_as_a_range() {
    assert_eq!(
        counts("The House voted 61 to 35 late Tuesday to pass the measure."),
        vec![pair("61", "61"), pair("35", "35")]
    );
}
