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

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;
/// Setting bit 5 lower-cases an ASCII letter and leaves digits and '-' as they are.
const CASE_BITS: u64 = ONES * 0x20;

/// Eight bytes from `at` as a little-endian number, zero-padded past the end.
#[inline]
fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    match bytes.get(at..at + 8) {
        Some(chunk) => word.copy_from_slice(chunk),
        None => {
            let tail = bytes.get(at..).unwrap_or(&[]);
            word[..tail.len()].copy_from_slice(tail);
        }
    }
    u64::from_le_bytes(word)
}

/// The high bit of each byte of `x` that is an ASCII letter or digit (or '-' when `hyphens`),
/// eight bytes at a time: the 7-bit values get range tests by addition that cannot carry into
/// the next byte, and bytes from 0x80 (and the zero padding) are never word bytes.
#[inline]
fn word_bytes(x: u64, hyphens: bool) -> u64 {
    let x7 = x & (ONES * 0x7f);
    let lower = x7 | CASE_BITS;
    let letter = (lower + ONES * 0x1f) & !(lower + ONES * 0x05); // 'a'..='z'
    let digit = (x7 + ONES * 0x50) & !(x7 + ONES * 0x46); // '0'..='9'
    let mut word = letter | digit;
    if hyphens {
        word |= !((x7 ^ (ONES * u64::from(b'-'))) + ONES * 0x7f);
    }
    word & !x & HIGHS
}

/// The character that starts at byte `i` (always a char boundary here).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// The next word at or after byte `i`, as (start, end, all ASCII): a maximal run of letters
/// and digits (and hyphens when `hyphens`). Separators are stepped over a byte at a time (they
/// are short); a word's ASCII stretches are crossed eight bytes at a time, and only a
/// non-ASCII character is decoded.
#[inline]
fn next_word(text: &str, mut i: usize, hyphens: bool) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let start = loop {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || (hyphens && b == b'-') {
                break i;
            }
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if c.is_alphanumeric() {
            break i;
        }
        i += c.len_utf8();
    };
    let mut ascii = true;
    loop {
        let stop = !word_bytes(load8(bytes, i), hyphens) & HIGHS;
        // Zero padding past the end always stops, so `i` never passes `bytes.len()`.
        i += (stop.trailing_zeros() / 8) as usize;
        if stop != 0 {
            if bytes.get(i).is_some_and(|&b| b >= 0x80) {
                let c = char_at(text, i);
                if c.is_alphanumeric() {
                    ascii = false;
                    i += c.len_utf8();
                    continue;
                }
            }
            break;
        }
    }
    Some((start, i, ascii))
}

/// No listed word is longer than this.
const KEY_CAP: usize = 16;

/// An ASCII word of at most [`KEY_CAP`] letters, digits or hyphens as one lower-case number;
/// the zero padding keeps words of different lengths apart. Lists become number tables.
const fn key(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < w.len() {
        k |= ((w[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    k
}

/// [`key`] of `bytes[start..end]` (ASCII, at most [`KEY_CAP`] bytes) from two loads.
#[inline]
fn key_at(bytes: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    let keep = |n: usize| {
        if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        }
    };
    let lo = (load8(bytes, start) | CASE_BITS) & keep(len);
    if len <= 8 {
        return u128::from(lo);
    }
    let hi = (load8(bytes, start + 8) | CASE_BITS) & keep(len - 8);
    u128::from(lo) | (u128::from(hi) << 64)
}

/// Slots of a word table: at most a third full, so a lookup probes one or two.
const SLOTS: usize = 256;

const fn slot(k: u128) -> usize {
    let h = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

/// Word lists as one open-addressing hash table of (key, flags), key 0 marking a free slot;
/// built at compile time, which also rejects a word listed twice.
const fn table(lists: &[(&[&[u8]], u8)]) -> [(u128, u8); SLOTS] {
    let mut t = [(0u128, 0u8); SLOTS];
    let mut used = 0;
    let mut l = 0;
    while l < lists.len() {
        let (words, flags) = lists[l];
        let mut i = 0;
        while i < words.len() {
            assert!(!words[i].is_empty() && words[i].len() <= KEY_CAP);
            let k = key(words[i]);
            let mut s = slot(k);
            while t[s].0 != 0 {
                assert!(t[s].0 != k, "a word is listed twice");
                s = (s + 1) % SLOTS;
            }
            t[s] = (k, flags);
            used += 1;
            i += 1;
        }
        l += 1;
    }
    assert!(used * 3 <= SLOTS);
    t
}

/// The flags of the ASCII word `bytes[start..end]` in `table`, 0 when it is not listed.
#[inline]
fn lookup(table: &[(u128, u8); SLOTS], bytes: &[u8], start: usize, end: usize) -> u8 {
    if end - start > KEY_CAP {
        return 0;
    }
    let k = key_at(bytes, start, end);
    let mut s = slot(k);
    loop {
        let (key, flags) = table[s];
        if key == k {
            return flags;
        }
        if key == 0 {
            return 0;
        }
        s = (s + 1) % SLOTS;
    }
}

/// Checkworthiness word flags.
const ATTRIBUTION: u8 = 1;
const SUPERLATIVE: u8 = 2;
const CHANGE: u8 = 4;
const HEDGE: u8 = 8;
/// "more", "less", "fewer": a following "than" makes a comparison.
const OPENS_COMPARISON: u8 = 16;
const THAN: u8 = 32;

const ATTRIBUTION_WORDS: &[&[u8]] = &[
    b"said",
    b"says",
    b"stated",
    b"told",
    b"according",
    b"announced",
    b"wrote",
    b"added",
    b"claimed",
];

const SUPERLATIVE_WORDS: &[&[u8]] = &[
    b"largest",
    b"biggest",
    b"highest",
    b"lowest",
    b"smallest",
    b"most",
    b"least",
    b"fastest",
    b"slowest",
    b"worst",
    b"best",
    b"record",
    b"first",
    b"only",
    b"never",
    b"ever",
    b"greatest",
    b"fewest",
];

const CHANGE_WORDS: &[&[u8]] = &[
    b"rose",
    b"risen",
    b"rise",
    b"rises",
    b"fell",
    b"fallen",
    b"falls",
    b"doubled",
    b"tripled",
    b"halved",
    b"increased",
    b"increase",
    b"decreased",
    b"decrease",
    b"declined",
    b"decline",
    b"grew",
    b"grown",
    b"cut",
    b"cuts",
    b"surged",
    b"plunged",
    b"dropped",
    b"jumped",
    b"climbed",
    b"soared",
    b"shrank",
];

const HEDGE_WORDS: &[&[u8]] = &[
    b"may",
    b"might",
    b"could",
    b"reportedly",
    b"allegedly",
    b"possibly",
    b"perhaps",
    b"likely",
    b"unlikely",
    b"probably",
    b"apparently",
    b"seemingly",
    b"rumoured",
    b"rumored",
    b"purportedly",
    b"supposedly",
    b"expected",
    b"believed",
    b"suggests",
];

/// Every word checkworthiness looks for, with what it signals.
static SIGNAL_WORDS: [(u128, u8); SLOTS] = table(&[
    (ATTRIBUTION_WORDS, ATTRIBUTION),
    (SUPERLATIVE_WORDS, SUPERLATIVE),
    (CHANGE_WORDS, CHANGE),
    (HEDGE_WORDS, HEDGE),
    (&[b"more", b"less", b"fewer"], OPENS_COMPARISON),
    (&[b"than"], THAN),
]);

/// How worth checking a sentence is, 0..1 (features in the module doc). One pass over the
/// words; each short ASCII word is one table lookup: nothing is allocated.
pub(crate) fn checkworthiness(text: &str, facts: &[Fact]) -> f32 {
    let bytes = text.as_bytes();
    let mut words = 0usize;
    let mut found = 0u8;
    // The previous word could open a comparison: "more", "less", "fewer" or "-er".
    let mut prev_compares = false;
    let mut at = 0;
    while let Some((start, end, ascii)) = next_word(text, at, true) {
        at = end;
        words += 1;
        let w = &bytes[start..end];
        let ends_er = w.len() >= 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"er");
        let flags = if ascii {
            lookup(&SIGNAL_WORDS, bytes, start, end)
        } else {
            0
        };
        if flags & THAN != 0 && prev_compares {
            found |= SUPERLATIVE;
        }
        found |= flags;
        prev_compares = ends_er || flags & OPENS_COMPARISON != 0;
    }
    let mut score = 0.20f32;
    let mut plain = 0usize;
    let mut kinds = 0u8;
    let mut quoted = false;
    for f in facts {
        kinds |= 1 << (f.kind as u8);
        if f.kind == FactKind::Quote {
            quoted = true;
        } else {
            plain += 1;
        }
    }
    score += (plain as f32 * 0.12).min(0.40);
    score += (kinds.count_ones().saturating_sub(1) as f32 * 0.05).min(0.15);
    if found & ATTRIBUTION != 0 || quoted {
        score += 0.10;
    }
    if found & SUPERLATIVE != 0 {
        score += 0.15;
    }
    if found & CHANGE != 0 {
        score += 0.05;
    }
    if found & HEDGE != 0 {
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
const STOPWORD_LIST: &[&[u8]] = &[
    b"a", b"an", b"the", b"and", b"or", b"but", b"of", b"to", b"in", b"on", b"at", b"by", b"for",
    b"with", b"from", b"as", b"is", b"was", b"were", b"are", b"be", b"been", b"being", b"it",
    b"its", b"this", b"that", b"these", b"those", b"has", b"have", b"had", b"will", b"would",
    b"shall", b"should", b"can", b"do", b"does", b"did", b"he", b"she", b"they", b"his", b"her",
    b"their", b"them", b"him", b"we", b"our", b"i", b"you", b"your", b"s", b"also", b"which",
    b"who", b"whom", b"there", b"here", b"so", b"if", b"into", b"about", b"then", b"just", b"very",
    b"up", b"out",
];

static STOPWORDS: [(u128, u8); SLOTS] = table(&[(STOPWORD_LIST, 1)]);

/// The longest stopword: longer words skip the lookup.
const STOPWORD_CAP: usize = 6;

const _: () = {
    let mut i = 0;
    while i < STOPWORD_LIST.len() {
        assert!(STOPWORD_LIST[i].len() <= STOPWORD_CAP);
        i += 1;
    }
};

/// Whether the ASCII word `bytes[start..end]` is a stopword.
fn is_stopword(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start <= STOPWORD_CAP && lookup(&STOPWORDS, bytes, start, end) != 0
}

/// Appends one lower-case word of the canonical form, unless it is a stopword or a bare number.
fn push_word(canon: &mut Vec<u8>, word: &str) {
    let w = word.as_bytes();
    if w.is_empty()
        || w.iter().all(u8::is_ascii_digit)
        || (word.is_ascii() && is_stopword(w, 0, w.len()))
    {
        return;
    }
    canon.extend_from_slice(w);
    canon.push(b' ');
}

/// Appends `word` in lower case: ASCII in place, anything else through `str::to_lowercase`.
fn push_lower(canon: &mut Vec<u8>, word: &str) {
    if word.is_ascii() {
        let at = canon.len();
        canon.extend_from_slice(word.as_bytes());
        canon[at..].make_ascii_lowercase();
    } else {
        canon.extend_from_slice(word.to_lowercase().as_bytes());
    }
}

/// Appends a quote's value lower-cased with whitespace collapsed (as `split_whitespace` and
/// `join(" ")` would). An ASCII value is done in one byte loop; the ASCII bytes that
/// `char::is_whitespace` accepts are 9 to 13 and the space.
fn push_quote(canon: &mut Vec<u8>, value: &str) {
    if !value.is_ascii() {
        for (i, w) in value.split_whitespace().enumerate() {
            if i > 0 {
                canon.push(b' ');
            }
            push_lower(canon, w);
        }
        return;
    }
    let mut gap = false;
    let mut any = false;
    for &b in value.as_bytes() {
        if matches!(b, b' ' | 9..=13) {
            gap = any;
            continue;
        }
        if gap {
            canon.push(b' ');
            gap = false;
        }
        any = true;
        canon.push(b.to_ascii_lowercase());
    }
}

/// Stable hash of the normalized facts and content words (form in the module doc). The
/// canonical form is built in one buffer and hashed once: fact lines are written in place and
/// only reordered when they are not already sorted, and ASCII words are matched and
/// lower-cased without a copy; only a non-ASCII word goes through `str::to_lowercase`.
pub(crate) fn fingerprint(text: &str, facts: &[Fact]) -> String {
    let lines_len: usize = facts.iter().map(|f| f.normalized.len() + 13).sum();
    let mut canon: Vec<u8> = Vec::with_capacity(text.len() + lines_len + 8);
    canon.extend_from_slice(b"v1\n");
    // Each fact line's range in `canon`, without its '\n'.
    let mut lines: Vec<(usize, usize)> = Vec::with_capacity(facts.len());
    for f in facts {
        let at = canon.len();
        canon.extend_from_slice(f.kind.name().as_bytes());
        canon.push(b':');
        if f.kind == FactKind::Quote {
            push_quote(&mut canon, &f.normalized);
        } else {
            canon.extend_from_slice(f.normalized.trim().as_bytes());
        }
        lines.push((at, canon.len()));
        canon.push(b'\n');
    }
    if !lines.is_sorted_by(|a, b| canon[a.0..a.1] <= canon[b.0..b.1]) {
        let mut sorted: Vec<Vec<u8>> = lines.iter().map(|r| canon[r.0..r.1].to_vec()).collect();
        sorted.sort();
        canon.truncate(3);
        for l in sorted {
            canon.extend_from_slice(&l);
            canon.push(b'\n');
        }
    }
    canon.extend_from_slice(b"--\n");
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some((start, end, ascii)) = next_word(text, at, false) {
        at = end;
        if ascii {
            let w = &bytes[start..end];
            if (w[0].is_ascii_digit() && w.iter().all(u8::is_ascii_digit))
                || is_stopword(bytes, start, end)
            {
                continue;
            }
            // Lower-cased eight bytes at a time; the bytes copied past the word are cut.
            let mut i = start;
            while i < end {
                canon.extend_from_slice(&(load8(bytes, i) | CASE_BITS).to_le_bytes());
                i += 8;
            }
            canon.truncate(canon.len() - (i - end));
            canon.push(b' ');
        } else {
            // Lower-casing may yield a non-alphanumeric mark ("İ" → "i̇"): split again, as
            // lower-casing the whole text first would.
            for piece in text[start..end]
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
            {
                push_word(&mut canon, piece);
            }
        }
    }
    let digest = Sha256::digest(&canon);
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
    fn eight_byte_word_test_agrees_with_the_byte_test() {
        for hyphens in [false, true] {
            for b in 0..=255u8 {
                for pos in 0..8 {
                    let x = u64::from(b) << (8 * pos) | (u64::from(b' ') << (8 * ((pos + 1) % 8)));
                    let expect = b.is_ascii_alphanumeric() || (hyphens && b == b'-');
                    let got = word_bytes(x, hyphens) & (0x80 << (8 * pos)) != 0;
                    assert_eq!(got, expect, "byte {b:#x} at {pos}, hyphens {hyphens}");
                }
            }
        }
    }

    #[test]
    fn word_tables_find_listed_words_in_any_case_only() {
        for (text, listed) in [
            ("THE", true),
            ("Should", true),
            ("thee", false),
            ("th", false),
            ("s", true),
        ] {
            let b = text.as_bytes();
            assert_eq!(is_stopword(b, 0, b.len()), listed, "{text}");
        }
        let flags = |w: &str| lookup(&SIGNAL_WORDS, w.as_bytes(), 0, w.len());
        assert_eq!(flags("PurportedLY"), HEDGE);
        assert_eq!(flags("said"), ATTRIBUTION);
        assert_eq!(flags("than"), THAN);
        assert_eq!(flags("saids"), 0);
        assert_eq!(flags("purportedly-x"), 0);
    }

    #[test]
    fn words_cross_non_ascii_letters_and_stop_at_marks() {
        let text = "Zürich’s re-vote, 12 naïveté-long-words-here—end";
        let mut words = Vec::new();
        let mut at = 0;
        while let Some((s, e, ascii)) = next_word(text, at, true) {
            words.push((&text[s..e], ascii));
            at = e;
        }
        assert_eq!(
            words,
            [
                ("Zürich", false),
                ("s", true),
                ("re-vote", true),
                ("12", true),
                ("naïveté-long-words-here", false),
                ("end", true)
            ]
        );
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
