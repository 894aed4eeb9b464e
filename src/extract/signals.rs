//! Checkworthiness scores and claim fingerprints.
//!
//! **Checkworthiness** (0..1) adds up transparent features of a claim sentence, then clamps:
//!
//! | feature | effect |
//! |---|---|
//! | base | 0.20 |
//! | each non-quote fact (number, date, bill...) | +0.12, at most +0.40 |
//! | each fact kind beyond the first | +0.05, at most +0.15 |
//! | attribution: a QUOTE, "said", "according to", "stated", "told" | +0.10 |
//! | comparison: "more/less/fewer than", "-er than", superlatives ("largest", "highest"), "record", "most" | +0.15 |
//! | change: "rose", "fell", "doubled", "increased", "cut", ... | +0.05 |
//! | hedge: "may", "might", "could", "reportedly", "allegedly", "possibly", "likely", ... | -0.15 |
//! | a question | -0.15 |
//! | fewer than five words | -0.10 |
//!
//! **Fingerprint**: the first 16 bytes (hex) of SHA-256 over a canonical form of the claim: the
//! facts as `KIND:normalized` lines, sorted (quote values lower-cased, whitespace collapsed),
//! then the content words in order: lower-cased, split at every character that is not a letter
//! or digit (so punctuation, curly vs straight apostrophes and whitespace do not matter), with
//! stopwords ("the", "a", "of", "is", ...) and bare numbers dropped (the facts carry the numbers,
//! so "1,200" and "1200" agree). The same claim in two articles gets the same fingerprint
//! whatever its spacing, case or article words; the `v1` prefix lets the form change later.

use sha2::{Digest, Sha256};

use crate::domain::{Fact, FactKind};

/// Words no longer than this are folded to lower case on the stack; every listed word fits.
const FOLD_CAP: usize = 16;

/// The word in ASCII lower case in `buf`, or `None` when it is longer than the buffer or not
/// ASCII (no listed word is either, so it matches no list).
fn fold<'b>(word: &str, buf: &'b mut [u8; FOLD_CAP]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > FOLD_CAP || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

fn is_attribution(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "stated"
            | "told"
            | "according"
            | "announced"
            | "wrote"
            | "added"
            | "claimed"
    )
}

fn is_superlative(w: &str) -> bool {
    matches!(
        w,
        "largest"
            | "biggest"
            | "highest"
            | "lowest"
            | "smallest"
            | "most"
            | "least"
            | "fastest"
            | "slowest"
            | "worst"
            | "best"
            | "record"
            | "first"
            | "only"
            | "never"
            | "ever"
            | "greatest"
            | "fewest"
    )
}

fn is_change(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "fell"
            | "fallen"
            | "falls"
            | "doubled"
            | "tripled"
            | "halved"
            | "increased"
            | "increase"
            | "decreased"
            | "decrease"
            | "declined"
            | "decline"
            | "grew"
            | "grown"
            | "cut"
            | "cuts"
            | "surged"
            | "plunged"
            | "dropped"
            | "jumped"
            | "climbed"
            | "soared"
            | "shrank"
    )
}

fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "may"
            | "might"
            | "could"
            | "reportedly"
            | "allegedly"
            | "possibly"
            | "perhaps"
            | "likely"
            | "unlikely"
            | "probably"
            | "apparently"
            | "seemingly"
            | "rumoured"
            | "rumored"
            | "purportedly"
            | "supposedly"
            | "expected"
            | "believed"
            | "suggests"
    )
}

/// How worth checking a sentence is, 0..1 (features in the module doc). One pass over the
/// words, each folded on the stack and matched against `match` arms: nothing is allocated.
pub(crate) fn checkworthiness(text: &str, facts: &[Fact]) -> f32 {
    let mut words = 0usize;
    let (mut attribution, mut comparative, mut change, mut hedge) = (false, false, false, false);
    // The previous word could open a comparison: "more", "less", "fewer" or "-er".
    let mut prev_compares = false;
    let mut buf = [0u8; FOLD_CAP];
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let ends_er =
            word.len() >= 2 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"er");
        let Some(w) = fold(word, &mut buf) else {
            prev_compares = ends_er;
            continue;
        };
        if w == "than" && prev_compares {
            comparative = true;
        }
        attribution |= is_attribution(w);
        comparative |= is_superlative(w);
        change |= is_change(w);
        hedge |= is_hedge(w);
        prev_compares = ends_er || matches!(w, "more" | "less" | "fewer");
    }
    let mut score = 0.20f32;
    let plain = facts.iter().filter(|f| f.kind != FactKind::Quote).count();
    score += (plain as f32 * 0.12).min(0.40);
    let mut kinds: Vec<FactKind> = facts.iter().map(|f| f.kind).collect();
    kinds.sort();
    kinds.dedup();
    score += (kinds.len().saturating_sub(1) as f32 * 0.05).min(0.15);
    if attribution || facts.iter().any(|f| f.kind == FactKind::Quote) {
        score += 0.10;
    }
    if comparative {
        score += 0.15;
    }
    if change {
        score += 0.05;
    }
    if hedge {
        score -= 0.15;
    }
    if text.trim_end().ends_with('?') {
        score -= 0.15;
    }
    if words < 5 {
        score -= 0.10;
    }
    score.clamp(0.0, 1.0)
}

/// Words that carry no content of their own. "not" and "no" stay: they flip a claim.
fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "as"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "it"
            | "its"
            | "this"
            | "that"
            | "these"
            | "those"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "do"
            | "does"
            | "did"
            | "he"
            | "she"
            | "they"
            | "his"
            | "her"
            | "their"
            | "them"
            | "him"
            | "we"
            | "our"
            | "i"
            | "you"
            | "your"
            | "s"
            | "also"
            | "which"
            | "who"
            | "whom"
            | "there"
            | "here"
            | "so"
            | "if"
            | "into"
            | "about"
            | "then"
            | "just"
            | "very"
            | "up"
            | "out"
    )
}

/// Appends one lower-case word of the canonical form, unless it is a stopword or a bare number.
fn push_word(canon: &mut String, word: &str) {
    if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) || is_stopword(word) {
        return;
    }
    canon.push_str(word);
    canon.push(' ');
}

/// Stable hash of the normalized facts and content words (form in the module doc). The
/// canonical form is built in one string sized up front and hashed once; ASCII words fold on
/// the stack, and only a non-ASCII word goes through `str::to_lowercase`.
pub(crate) fn fingerprint(text: &str, facts: &[Fact]) -> String {
    let mut lines: Vec<String> = facts
        .iter()
        .map(|f| {
            let mut line = String::with_capacity(f.normalized.len() + 12);
            line.push_str(f.kind.name());
            line.push(':');
            if f.kind == FactKind::Quote {
                for (i, w) in f.normalized.split_whitespace().enumerate() {
                    if i > 0 {
                        line.push(' ');
                    }
                    line.push_str(&w.to_lowercase());
                }
            } else {
                line.push_str(f.normalized.trim());
            }
            line
        })
        .collect();
    lines.sort();
    let mut canon =
        String::with_capacity(text.len() + lines.iter().map(String::len).sum::<usize>() + 16);
    canon.push_str("v1\n");
    for line in &lines {
        canon.push_str(line);
        canon.push('\n');
    }
    canon.push_str("--\n");
    let mut buf = [0u8; FOLD_CAP];
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if let Some(w) = fold(word, &mut buf) {
            push_word(&mut canon, w);
        } else if word.is_ascii() {
            push_word(&mut canon, &word.to_ascii_lowercase());
        } else {
            // Lower-casing may yield a non-alphanumeric mark ("İ" → "i̇"): split again, as
            // lower-casing the whole text first would.
            let lower = word.to_lowercase();
            for piece in lower.split(|c: char| !c.is_alphanumeric()) {
                push_word(&mut canon, piece);
            }
        }
    }
    hex::encode(&Sha256::digest(canon.as_bytes())[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(kind: FactKind, normalized: &str) -> Fact {
        Fact {
            kind,
            normalized: normalized.to_string(),
            ..Fact::default()
        }
    }

    #[test]
    fn fingerprint_ignores_whitespace_case_and_article_words() {
        let facts = [fact(FactKind::Count, "46")];
        let a = fingerprint("46 members of the House wrote to Biden.", &facts);
        let b = fingerprint("46  MEMBERS of House\nwrote to Biden", &facts);
        assert_eq!(a, b);
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn fingerprint_form_is_unchanged_by_the_streaming_rewrite() {
        // The v1 canonical form hashed by the earlier whole-string implementation; stored
        // fingerprints must keep matching.
        let facts = [fact(FactKind::Count, "90")];
        assert_eq!(
            fingerprint("Khan’s PARTY won 90 seats in ZÜRICH, the 2nd time.", &facts),
            "3186177874a92f6e03031f7413311be6"
        );
    }

    #[test]
    fn fingerprint_ignores_fact_order_and_number_formatting() {
        let f1 = [fact(FactKind::Count, "1200"), fact(FactKind::Date, "2024")];
        let f2 = [fact(FactKind::Date, "2024"), fact(FactKind::Count, "1200")];
        assert_eq!(
            fingerprint("In 2024, 1,200 voters left.", &f1),
            fingerprint("In 2024 1200 voters left", &f2)
        );
    }

    #[test]
    fn fingerprint_treats_curly_and_straight_apostrophes_alike() {
        assert_eq!(
            fingerprint("Khan’s party won 90 seats.", &[]),
            fingerprint("Khan's party won 90 seats.", &[])
        );
    }

    #[test]
    fn fingerprint_differs_when_facts_or_negation_differ() {
        let text = "The plan cut 40 jobs.";
        assert_ne!(
            fingerprint(text, &[fact(FactKind::Count, "40")]),
            fingerprint(text, &[fact(FactKind::Count, "41")])
        );
        assert_ne!(
            fingerprint("The law passed.", &[]),
            fingerprint("The law not passed.", &[])
        );
    }

    #[test]
    fn more_facts_and_comparisons_raise_checkworthiness() {
        let one = [fact(FactKind::Count, "5")];
        let three = [
            fact(FactKind::Count, "5"),
            fact(FactKind::Percent, "12"),
            fact(FactKind::Date, "2024"),
        ];
        let plain = checkworthiness("Five schools opened in the district.", &one);
        let rich = checkworthiness("Five schools opened in 2024, 12% more than before.", &three);
        assert!(rich > plain, "{rich} <= {plain}");
        let compared = checkworthiness("Five schools opened, the largest number yet.", &one);
        assert!(compared > plain);
        let bigger = checkworthiness("Five schools is bigger than last year's count.", &one);
        assert!(bigger > plain);
    }

    #[test]
    fn hedges_and_questions_lower_checkworthiness() {
        let facts = [fact(FactKind::Count, "5")];
        let firm = checkworthiness("Five schools closed in the district.", &facts);
        let hedged = checkworthiness("Five schools reportedly closed in the district.", &facts);
        let asked = checkworthiness("Did five schools close in the district?", &facts);
        assert!(hedged < firm);
        assert!(asked < firm);
    }

    #[test]
    fn checkworthiness_stays_in_range() {
        let many: Vec<Fact> = (0..20)
            .map(|i| fact(FactKind::Money, &i.to_string()))
            .collect();
        let s = checkworthiness("The largest rise ever, more than doubled, said Roe.", &many);
        assert!((0.0..=1.0).contains(&s));
        assert!((0.0..=1.0).contains(&checkworthiness("", &[])));
        assert!((0.0..=1.0).contains(&checkworthiness("May be?", &[])));
    }
}
