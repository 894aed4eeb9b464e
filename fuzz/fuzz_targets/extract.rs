//! Fuzzes the extractor: any UTF-8 body, any published date. It must not panic, and every span
//! it returns must slice the body on character boundaries, with facts inside their claims.
#![no_main]

use chrono::NaiveDate;
use claimtracker::extract::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a published date so relative-date arithmetic is exercised too.
    let (date_bytes, rest) = data.split_at(data.len().min(2));
    let days = date_bytes.iter().fold(0u32, |acc, b| acc * 256 + u32::from(*b));
    let published = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(days.into());
    let Ok(body) = std::str::from_utf8(rest) else {
        return;
    };
    let extraction = extract(body, published);
    for claim in &extraction.claims {
        assert_eq!(body.get(claim.start..claim.end), Some(claim.text.as_str()));
        for fact in &claim.facts {
            assert!(claim.start <= fact.start && fact.start < fact.end && fact.end <= claim.end);
            assert_eq!(body.get(fact.start..fact.end), Some(fact.text.as_str()));
        }
    }
});
