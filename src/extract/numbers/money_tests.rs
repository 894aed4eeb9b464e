use crate::extract::numbers::scan::scan;

use super::*;

fn env() -> Env<'static> {
    Env::fixed("INR", false, "JPY")
}

fn money_of(body: &str) -> Vec<(String, String)> {
    let nums = scan(body, 0);
    let env = env();
    let mut out = Vec::new();
    let mut claimed = 0;
    let mut i = 0;
    while i < nums.len() {
        if let Some((facts, used)) = at(body, &env, &nums, i, claimed) {
            claimed = facts.last().unwrap().end;
            out.extend(facts.into_iter().map(|f| (f.text, f.normalized)));
            i += used;
        } else {
            i += 1;
        }
    }
    out
}

fn pair(text: &str, norm: &str) -> (String, String) {
    (text.to_string(), norm.to_string())
}

#[test]
fn signs_and_scales_before_the_amount() {
    assert_eq!(
        money_of("a $1.2bn hole"),
        vec![pair("$1.2bn", "USD 1200000000")]
    );
    assert_eq!(
        money_of("worth US$356,250"),
        vec![pair("US$356,250", "USD 356250")]
    );
    assert_eq!(
        money_of("spend ₹1.31 lakh crore"),
        vec![pair("₹1.31 lakh crore", "INR 1310000000000")]
    );
    assert_eq!(
        money_of("only $ 8.50 each"),
        vec![pair("$ 8.50", "USD 8.5")]
    );
    assert_eq!(
        money_of("a $40Bln fund"),
        vec![pair("$40Bln", "USD 40000000000")]
    );
}

#[test]
fn rupee_abbreviation_follows_the_article() {
    assert_eq!(
        money_of("Rs. 5 crore"),
        vec![pair("Rs. 5 crore", "INR 50000000")]
    );
    assert_eq!(
        money_of("cost Rs14 billion"),
        vec![pair("Rs14 billion", "INR 14000000000")]
    );
}

#[test]
fn foreign_dollars_are_not_us_dollars() {
    assert_eq!(money_of("a C$5 fee"), vec![pair("C$5", "CAD 5")]);
    assert_eq!(
        money_of("HK$ 20 million"),
        vec![pair("HK$ 20 million", "HKD 20000000")]
    );
}

#[test]
fn words_and_codes_after_the_amount() {
    assert_eq!(money_of("paid 900 yuan"), vec![pair("900 yuan", "CNY 900")]);
    assert_eq!(money_of("about 20 euros"), vec![pair("20 euros", "EUR 20")]);
    assert_eq!(money_of("costs 75USD"), vec![pair("75USD", "USD 75")]);
    assert_eq!(
        money_of("raised 12 MEUR"),
        vec![pair("12 MEUR", "EUR 12000000")]
    );
    assert_eq!(
        money_of("two million us dollars"),
        vec![pair("two million us dollars", "USD 2000000")]
    );
    assert_eq!(money_of("a one-yen bid"), vec![pair("one-yen", "JPY 1")]);
    assert_eq!(
        money_of("half a million dollars"),
        vec![pair("half a million dollars", "USD 500000")]
    );
}

#[test]
fn cents_join_their_dollars() {
    assert_eq!(
        money_of("just 4 dollars 25 cents"),
        vec![pair("4 dollars 25 cents", "USD 4.25")]
    );
    assert_eq!(
        money_of("nine dollars and fifteen cents"),
        vec![pair("nine dollars and fifteen cents", "USD 9.15")]
    );
}

#[test]
fn ranges_and_pairs_give_one_fact_per_amount() {
    assert_eq!(
        money_of("$700-900 a month"),
        vec![pair("$700", "USD 700"), pair("900", "USD 900")]
    );
    assert_eq!(
        money_of("€30m (£25m)"),
        vec![pair("€30m", "EUR 30000000"), pair("£25m", "GBP 25000000")]
    );
    assert_eq!(
        money_of("$2-3 billion"),
        vec![
            pair("$2", "USD 2000000000"),
            pair("3 billion", "USD 3000000000")
        ]
    );
    assert_eq!(
        money_of("7 $ 8 $"),
        vec![pair("7 $", "USD 7"), pair("8 $", "USD 8")]
    );
}

#[test]
fn korean_won_after_a_scale_word_was_missed() {
    assert_eq!(
        money_of("a fine of 12 billion won"),
        vec![pair("12 billion won", "KRW 12000000000")]
    );
    assert_eq!(
        money_of("5,000 Korean won"),
        vec![pair("5,000 Korean won", "KRW 5000")]
    );
    assert_eq!(
        money_of("70,000 South Korean won"),
        vec![pair("70,000 South Korean won", "KRW 70000")]
    );
    // The verb stays a verb.
    assert!(money_of("the 46 won their seats").is_empty());
}

#[test]
fn weights_and_bare_numbers_are_not_money() {
    assert!(money_of("five pounds of flour").is_empty());
    assert!(money_of("12 apples and a million stars").is_empty());
    assert!(money_of("try 5 times").is_empty());
    assert_eq!(
        money_of("from 2019 to 20 euros"),
        vec![pair("20 euros", "EUR 20")]
    );
    assert!(money_of("at http://x.org/?q=%2020CAD%20").is_empty());
}

#[test]
fn euro_as_an_adjective_was_read_as_money() {
    assert!(money_of("leaders of the 20 euro nations met").is_empty());
    assert!(money_of("all 19 euro zone members").is_empty());
    assert_eq!(money_of("a 50 euro fine"), vec![pair("50 euro", "EUR 50")]);
    assert_eq!(
        money_of("fake 20 euro notes"),
        vec![pair("20 euro", "EUR 20")]
    );
}
