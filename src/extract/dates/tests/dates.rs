//! DATE rules: absolute, numeric, relative and year-alone forms, and their traps.

use super::*;

#[test]
fn month_day_year_forms() {
    assert_eq!(
        one("It opened on June 3, 2021.", WED),
        date("June 3, 2021", "2021-06-03")
    );
    assert_eq!(
        one("It opened on 3 June 2021.", WED),
        date("3 June 2021", "2021-06-03")
    );
    assert_eq!(
        one("Filed (Sept. 9, 2019) in court.", WED),
        date("Sept. 9, 2019", "2019-09-09")
    );
    assert_eq!(
        one("It was the 2nd of March 1999.", WED),
        date("2nd of March 1999", "1999-03-02")
    );
    assert_eq!(
        one("Ground broke in October 2018.", WED),
        date("October 2018", "2018-10")
    );
    assert_eq!(
        one("It began in July of 2005.", WED),
        date("July of 2005", "2005-07")
    );
}

#[test]
fn a_count_after_a_month_day_is_not_its_year() {
    assert_eq!(
        one("On May 5, 2000 people marched.", WED),
        date("May 5", "2024-05-05")
    );
}

#[test]
fn month_and_day_without_year_take_the_published_year() {
    assert_eq!(
        one("The vote is set for Nov. 12.", WED),
        date("Nov. 12", "2024-11-12")
    );
    assert_eq!(
        one("Police came on 8 January.", WED),
        date("8 January", "2024-01-08")
    );
}

#[test]
fn weekday_before_a_date_stays_in_the_span() {
    assert_eq!(
        one("The House sits on Monday, March 4.", WED),
        date("Monday, March 4", "2024-03-04")
    );
    assert_eq!(
        one("Talks ended on Friday, 10 May.", WED),
        date("Friday, 10 May", "2024-05-10")
    );
}

#[test]
fn numeric_dates() {
    assert_eq!(
        one("Born 4/15/1990 in Ohio.", WED),
        date("4/15/1990", "1990-04-15")
    );
    assert_eq!(
        one("DOB: 3-21-68, a nurse.", WED),
        date("3-21-68", "1968-03-21")
    );
    assert_eq!(
        one("Logged on 2022-11-30 by staff.", WED),
        date("2022-11-30", "2022-11-30")
    );
    assert_eq!(
        one("The batch 11-2019 failed.", WED),
        date("11-2019", "2019-11")
    );
}

#[test]
fn weekday_then_amount_is_not_a_numeric_date() {
    assert_eq!(
        facts("On Friday, 7.6 million people voted.", WED),
        vec![date("Friday", "2024-05-10")]
    );
    assert_eq!(
        one("Call me Friday 7/6 at noon.", "2018-07-06"),
        date("Friday 7/6", "2018-07-06")
    );
}

#[test]
fn numeric_traps_are_not_dates() {
    assert!(facts("The 9/11 attacks shook the city.", WED).is_empty());
    assert!(facts("Help is available 24/7 by phone.", WED).is_empty());
    assert!(facts("Call 555-123-4567 for tickets.", WED).is_empty());
    assert!(
        facts(
            "See https://news.example.org/2021/03/04/story for more.",
            WED
        )
        .is_empty()
    );
    assert!(facts("The 2023-24 budget was tabled.", WED).is_empty());
}

#[test]
fn bare_weekday_resolves_backwards() {
    assert_eq!(
        one("Lawmakers voted on Friday.", WED),
        date("Friday", "2024-05-10")
    );
    assert_eq!(
        one("Lawmakers voted on Wednesday.", WED),
        date("Wednesday", "2024-05-15")
    );
}

#[test]
fn forward_sentence_weekday_resolves_forwards() {
    assert_eq!(
        one("The panel will meet on Friday.", WED),
        date("Friday", "2024-05-17")
    );
    assert_eq!(
        one("She plans to testify before the panel Thursday.", WED),
        date("Thursday", "2024-05-16")
    );
    assert_eq!(
        one("It is set for next Monday.", WED),
        date("next Monday", "2024-05-20")
    );
}

#[test]
fn headline_infinitive_looks_forward() {
    assert_eq!(
        one("Senate to vote Thursday on bill", WED),
        date("Thursday", "2024-05-16")
    );
    assert_eq!(
        one("According to Reuters, the vote passed Thursday.", WED),
        date("Thursday", "2024-05-09")
    );
}

#[test]
fn present_copula_before_weekday_looks_forward() {
    assert_eq!(
        one("The deadline is Friday.", WED),
        date("Friday", "2024-05-17")
    );
    assert_eq!(
        one("The vote is on Monday.", WED),
        date("Monday", "2024-05-20")
    );
}

#[test]
fn past_verb_next_to_weekday_wins_over_forward_clause() {
    assert_eq!(
        one("The mayor said Tuesday that taxes will rise.", WED),
        date("Tuesday", "2024-05-14")
    );
}

#[test]
fn weekday_keeps_its_time_of_day() {
    assert_eq!(
        one("A fire broke out Sunday night.", WED),
        date("Sunday night", "2024-05-12")
    );
}

#[test]
fn weekday_after_a_capitalized_subject_is_a_date() {
    assert_eq!(
        one("The Senate Thursday passed the bill.", WED),
        date("Thursday", "2024-05-09")
    );
}

#[test]
fn named_days_are_not_weekdays() {
    assert!(facts("Black Friday sales fell.", WED).is_empty());
    assert!(facts("Shops close every Sunday.", WED).is_empty());
}

#[test]
fn bare_month_is_latest_on_or_before_published_month() {
    assert_eq!(
        one("Prices jumped in March.", WED),
        date("March", "2024-03")
    );
    assert_eq!(
        one("Prices jumped in September.", WED),
        date("September", "2023-09")
    );
    assert_eq!(
        one("Prices jumped in early May.", WED),
        date("May", "2024-05")
    );
}

#[test]
fn month_range_takes_the_year_of_its_other_end() {
    assert_eq!(
        facts("Output fell from October to December 2019.", WED),
        vec![date("October", "2019-10"), date("December 2019", "2019-12")]
    );
}

#[test]
fn dashed_month_pairs_give_both_months() {
    assert_eq!(
        facts("Exports grew in the April-May period.", WED),
        vec![date("April", "2024-04"), date("May", "2024-05")]
    );
}

#[test]
fn day_range_takes_the_year_of_its_other_end() {
    assert_eq!(
        facts("Between 3 March and 9 June 2019 it rained.", WED),
        vec![
            date("3 March", "2019-03-03"),
            date("9 June 2019", "2019-06-09")
        ]
    );
}

#[test]
fn month_with_relative_year() {
    assert_eq!(
        one("He has been held since August last year.", WED),
        date("August last year", "2023-08")
    );
    assert_eq!(
        one("He has been held since June of last year.", WED),
        date("June of last year", "2023-06")
    );
    assert_eq!(
        one("He was held last May.", WED),
        date("last May", "2023-05")
    );
    assert_eq!(
        one("He was held last March.", WED),
        date("last March", "2024-03")
    );
    assert_eq!(
        one("The vote comes next May.", WED),
        date("next May", "2025-05")
    );
}

#[test]
fn modal_may_and_names_are_not_months() {
    assert!(facts("The court may rule soon.", WED).is_empty());
    assert!(facts("May I add one thing?", WED).is_empty());
    assert!(facts("Theresa May spoke to reporters.", WED).is_empty());
    assert!(facts("April Ryan asked a question.", WED).is_empty());
}

#[test]
fn relative_days_months_and_years() {
    assert_eq!(
        one("The bill passed yesterday.", WED),
        date("yesterday", "2024-05-14")
    );
    assert_eq!(
        one("The bill passes today.", WED),
        date("today", "2024-05-15")
    );
    assert_eq!(
        one("Rates rose earlier this year.", WED),
        date("this year", "2024")
    );
    assert_eq!(one("Rates rose last year.", WED), date("last year", "2023"));
    assert_eq!(
        one("Rates rose last month.", WED),
        date("last month", "2024-04")
    );
    assert_eq!(
        one("Rates rose this month.", WED),
        date("this month", "2024-05")
    );
    assert_eq!(
        one("It closed three years ago.", WED),
        date("three years ago", "2021")
    );
}

#[test]
fn today_after_a_name_is_a_date_but_usa_today_is_a_paper() {
    assert_eq!(
        one("Senator Roe today filed a bill.", WED),
        date("today", "2024-05-15")
    );
    assert!(facts("USA Today ran the story.", WED).is_empty());
    assert!(facts("It ran in USA Today.", WED).is_empty());
}

#[test]
fn today_inside_a_quote_is_not_a_date() {
    assert!(facts("\"We act today,\" she said.", WED).is_empty());
    assert!(facts("“We act today,” she said.", WED).is_empty());
    assert!(facts("'We act today,' she said.", WED).is_empty());
    assert!(facts("‘We can’t wait, we act today,’ she said.", WED).is_empty());
    assert_eq!(
        one("Khan's party said it would act today.", WED),
        date("today", "2024-05-15")
    );
}

#[test]
fn weeks_and_seasons_are_not_dates() {
    assert!(facts("Stocks fell last week and may rise this fall.", WED).is_empty());
    assert!(facts("It happened two weeks ago.", WED).is_empty());
    assert!(facts("The results come next week.", WED).is_empty());
}

#[test]
fn year_needs_date_context() {
    assert_eq!(one("Sales peaked in 2019.", WED), date("2019", "2019"));
    assert_eq!(
        one("Sales grew since 2015 steadily.", WED),
        date("2015", "2015")
    );
    assert_eq!(
        one("Ruled in Doe v. Roe, 123 U.S. 45 (1988).", WED),
        date("1988", "1988")
    );
    assert_eq!(
        one("Turnout fell in the 2019 elections.", WED),
        date("2019", "2019")
    );
    assert_eq!(
        one("It covers calendar year 2020.", WED),
        date("calendar year 2020", "2020")
    );
    assert!(facts("There were 2019 votes cast.", WED).is_empty());
    assert!(facts("Power was lost in 2000 homes.", WED).is_empty());
}

#[test]
fn year_between_determiner_and_noun_is_the_event_year() {
    assert_eq!(
        one("The court upheld a 2017 ruling.", WED),
        date("2017", "2017")
    );
    assert!(facts("He drove a 2017 model.", WED).is_empty());
    assert!(facts("It closed the 2017 fiscal year in debt.", WED).is_empty());
    assert!(facts("The 2017 Farm Bill expired.", WED).is_empty());
    assert!(facts("All the 2000 members voted.", WED).is_empty());
}

#[test]
fn forward_cues_after_expected_and_scheduled() {
    assert_eq!(
        one("Results are expected on Thursday.", WED),
        date("Thursday", "2024-05-16")
    );
}

#[test]
fn years_in_titles_fiscal_years_and_decades_are_not_dates() {
    assert!(facts("The Clean Water Act of 2014 passed.", WED).is_empty());
    assert!(facts("The budget for fiscal year 2025 grew.", WED).is_empty());
    assert!(facts("Spending in FY2025 grew.", WED).is_empty());
    assert!(facts("Music from the 1980s returned.", WED).is_empty());
    assert!(
        facts(
            "He passed the “Relief for Floods in 2021 Act” on a voice vote.",
            WED
        )
        .is_empty()
    );
}

#[test]
fn dashed_period_prefixes_make_years_and_months() {
    assert_eq!(one("Rates peak by end-2025.", WED), date("2025", "2025"));
    assert_eq!(one("Rates peaked in mid-2021.", WED), date("2021", "2021"));
    assert_eq!(
        one("Rates peaked at year-end 2021.", WED),
        date("2021", "2021")
    );
    assert_eq!(
        one("Rates peaked in late-March.", WED),
        date("March", "2024-03")
    );
}

#[test]
fn year_ranges_and_lists_give_one_fact_per_year() {
    assert_eq!(
        facts("The plan covers 2025-2029.", WED),
        vec![date("2025", "2025"), date("2029", "2029")]
    );
    assert!(facts("Write 1500-1800 words.", WED).is_empty());
    assert!(facts("Stocks fell by 1200 to 5000.", WED).is_empty());
    assert_eq!(
        facts("Between 2010 and 2012, prices doubled.", WED),
        vec![date("2010", "2010"), date("2012", "2012")]
    );
}

#[test]
fn day_range_gives_both_days() {
    assert_eq!(
        facts("The fair runs July 8-10, 2022.", WED),
        vec![date("July 8", "2022-07-08"), date("10, 2022", "2022-07-10")]
    );
}

#[test]
fn day_range_before_the_month_gives_both_days() {
    assert_eq!(
        facts("The summit runs 4-6 June.", WED),
        vec![date("4", "2024-06-04"), date("6 June", "2024-06-06")]
    );
}

#[test]
fn due_in_a_month_looks_forward() {
    assert_eq!(
        one("Elections are due in October.", WED),
        date("October", "2024-10")
    );
}

#[test]
fn quarter_labels_and_court_citations_make_years() {
    assert_eq!(one("Its Q2 2022 results fell.", WED), date("2022", "2022"));
    assert_eq!(
        one("See Doe v. Roe, 1 F.4th 2 (5th Cir. 2021).", WED),
        date("2021", "2021")
    );
    assert!(facts("The Senate passed the bill (S. 1234) quickly.", WED).is_empty());
}

#[test]
fn quarter_of_a_year_normalizes_to_the_year() {
    assert_eq!(
        one("Profit fell in the second quarter of 2021.", WED),
        date("the second quarter of 2021", "2021")
    );
    assert_eq!(
        one("Profit fell by the end of 2019.", WED),
        date("the end of 2019", "2019")
    );
    assert_eq!(one("The sales of 2007 fell.", WED), date("2007", "2007"));
}

#[test]
fn metadata_line_is_not_a_fact() {
    assert_eq!(
        facts("date 2024-05-15\nThe bill passed on Friday.", WED),
        vec![date("Friday", "2024-05-10")]
    );
}

#[test]
fn ordinal_adjectives_are_not_days() {
    assert_eq!(
        one("In January first-time buyers rushed in.", WED),
        date("January", "2024-01")
    );
    assert_eq!(
        one("It fell on March twenty-first, 2019.", WED),
        date("March twenty-first, 2019", "2019-03-21")
    );
}

#[test]
fn year_ending_a_from_to_range_is_a_date() {
    assert_eq!(
        facts("From 1998 to 2003, the firm billed the city twice.", WED),
        vec![date("1998", "1998"), date("2003", "2003")]
    );
    assert!(facts("Turnout rose from 1500 to 2000 voters.", WED).is_empty());
}

#[test]
fn year_after_on_or_over_in_a_comparison_is_a_date() {
    assert_eq!(
        one("Exports were down 7 per cent on 2021, the board said.", WED),
        date("2021", "2021")
    );
    assert_eq!(one("Output rose 3% on 2020.", WED), date("2020", "2020"));
    assert_eq!(
        one("Wages may grow by 1.5 percent over 2025 as a whole.", WED),
        date("2025", "2025")
    );
    assert!(facts("The farm sits on 2000 acres.", WED).is_empty());
    assert!(facts("The crowd grew to over 2000 by noon.", WED).is_empty());
}
