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
fn fold<'b>(word: &str, buf: &'b mut [u8; FOLD_CAP]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > FOLD_CAP || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..bytes.len()])
}

/// Calls `f` with each word of `text`: a maximal run of letters and digits (and hyphens when
/// `hyphens`). ASCII bytes are classified directly; only a non-ASCII character is decoded.
fn for_each_word(text: &str, hyphens: bool, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    // Whether the character at `i` belongs to a word, and its byte length.
    let class = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric() || (hyphens && b == b'-'), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let (inside, len) = class(i);
        i += len;
        if !inside {
            continue;
        }
        let start = i - len;
        while i < bytes.len() {
            let (inside, len) = class(i);
            if !inside {
                break;
            }
            i += len;
        }
        f(&text[start..i]);
    }
}

fn is_attribution(w: &[u8]) -> bool {
    matches!(
        w,
        b"said"
            | b"says"
            | b"stated"
            | b"told"
            | b"according"
            | b"announced"
            | b"wrote"
            | b"added"
            | b"claimed"
    )
}

fn is_superlative(w: &[u8]) -> bool {
    matches!(
        w,
        b"largest"
            | b"biggest"
            | b"highest"
            | b"lowest"
            | b"smallest"
            | b"most"
            | b"least"
            | b"fastest"
            | b"slowest"
            | b"worst"
            | b"best"
            | b"record"
            | b"first"
            | b"only"
            | b"never"
            | b"ever"
            | b"greatest"
            | b"fewest"
    )
}

fn is_change(w: &[u8]) -> bool {
    matches!(
        w,
        b"rose"
            | b"risen"
            | b"rise"
            | b"rises"
            | b"fell"
            | b"fallen"
            | b"falls"
            | b"doubled"
            | b"tripled"
            | b"halved"
            | b"increased"
            | b"increase"
            | b"decreased"
            | b"decrease"
            | b"declined"
            | b"decline"
            | b"grew"
            | b"grown"
            | b"cut"
            | b"cuts"
            | b"surged"
            | b"plunged"
            | b"dropped"
            | b"jumped"
            | b"climbed"
            | b"soared"
            | b"shrank"
    )
}

fn is_hedge(w: &[u8]) -> bool {
    matches!(
        w,
        b"may"
            | b"might"
            | b"could"
            | b"reportedly"
            | b"allegedly"
            | b"possibly"
            | b"perhaps"
            | b"likely"
            | b"unlikely"
            | b"probably"
            | b"apparently"
            | b"seemingly"
            | b"rumoured"
            | b"rumored"
            | b"purportedly"
            | b"supposedly"
            | b"expected"
            | b"believed"
            | b"suggests"
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
    for_each_word(text, true, |word| {
        words += 1;
        let ends_er =
            word.len() >= 2 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"er");
        let Some(w) = fold(word, &mut buf) else {
            prev_compares = ends_er;
            return;
        };
        if w == b"than" && prev_compares {
            comparative = true;
        }
        attribution |= is_attribution(w);
        comparative |= is_superlative(w);
        change |= is_change(w);
        hedge |= is_hedge(w);
        prev_compares = ends_er || matches!(w, b"more" | b"less" | b"fewer");
    });
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
fn is_stopword(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an"
            | b"the"
            | b"and"
            | b"or"
            | b"but"
            | b"of"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"by"
            | b"for"
            | b"with"
            | b"from"
            | b"as"
            | b"is"
            | b"was"
            | b"were"
            | b"are"
            | b"be"
            | b"been"
            | b"being"
            | b"it"
            | b"its"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"shall"
            | b"should"
            | b"can"
            | b"do"
            | b"does"
            | b"did"
            | b"he"
            | b"she"
            | b"they"
            | b"his"
            | b"her"
            | b"their"
            | b"them"
            | b"him"
            | b"we"
            | b"our"
            | b"i"
            | b"you"
            | b"your"
            | b"s"
            | b"also"
            | b"which"
            | b"who"
            | b"whom"
            | b"there"
            | b"here"
            | b"so"
            | b"if"
            | b"into"
            | b"about"
            | b"then"
            | b"just"
            | b"very"
            | b"up"
            | b"out"
    )
}

/// Appends one lower-case word of the canonical form, unless it is a stopword or a bare number.
fn push_word(canon: &mut String, word: &str) {
    let w = word.as_bytes();
    if w.is_empty() || w.iter().all(u8::is_ascii_digit) || is_stopword(w) {
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
                    // An ASCII word lower-cases in place; only another goes through a copy.
                    if w.is_ascii() {
                        let at = line.len();
                        line.push_str(w);
                        line[at..].make_ascii_lowercase();
                    } else {
                        line.push_str(&w.to_lowercase());
                    }
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
    for_each_word(text, false, |word| {
        if word.is_ascii() {
            let w = word.as_bytes();
            if w.iter().all(u8::is_ascii_digit) || fold(word, &mut buf).is_some_and(is_stopword) {
                return;
            }
            let at = canon.len();
            canon.push_str(word);
            canon[at..].make_ascii_lowercase();
            canon.push(' ');
        } else {
            // Lower-casing may yield a non-alphanumeric mark ("İ" → "i̇"): split again, as
            // lower-casing the whole text first would.
            for piece in word.to_lowercase().split(|c: char| !c.is_alphanumeric()) {
                push_word(&mut canon, piece);
            }
        }
    });
    let digest = Sha256::digest(canon.as_bytes());
    let mut out = String::with_capacity(32);
    for &b in &digest[..16] {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// Lower-case hex digits (as `hex::encode` writes them).
const HEX: &[u8; 16] = b"0123456789abcdef";

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
