//! The README's "Try it" walkthrough promises specific facts for its example body; this keeps
//! the promise honest (and fails if the README's body drifts from this one).

use chrono::NaiveDate;
use claimtracker::domain::FactKind;
use claimtracker::extract::{extract, published_date_from_body};

const BODY: &str = "date 2024-11-16 In a letter sent on Friday, 46 members of Congress cited H. Res. 901, which the House passed in June 2024. Khan has been detained since August last year. \"Their lobbying efforts aim to interfere in our internal affairs,\" Memon said.";

#[test]
fn readme_submit_example_yields_the_promised_facts() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let escaped = BODY.replace('"', "\\\"");
    assert!(readme.contains(&escaped), "README example body changed");

    let published = published_date_from_body(BODY).expect("date line");
    assert_eq!(published, NaiveDate::from_ymd_opt(2024, 11, 16).unwrap());
    let extraction = extract(BODY, published);
    let facts: Vec<_> = extraction.facts().collect();
    let has = |kind: FactKind, normalized: &str| {
        facts
            .iter()
            .find(|f| f.kind == kind && f.normalized == normalized)
            .unwrap_or_else(|| panic!("no {kind:?} {normalized} in {facts:#?}"))
    };
    assert_eq!(has(FactKind::Count, "46").unit, "members");
    has(FactKind::Date, "2024-11-15");
    let bill = has(FactKind::Legislation, "H.Res.901");
    assert_eq!(bill.congress, 118);
    assert_eq!(
        bill.reference_url,
        "https://www.congress.gov/bill/118th-congress/house-resolution/901"
    );
    has(FactKind::Date, "2024-06");
    has(FactKind::Date, "2023-08");
    let quote = facts
        .iter()
        .find(|f| f.kind == FactKind::Quote)
        .expect("quote");
    assert_eq!(quote.speaker, "Memon");
}
