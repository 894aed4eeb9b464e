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
//!
//! Both come from one pass over the claim's words ([`signals`]); finding words and looking them
//! up in the lists, eight bytes at a time and without allocating, is the job of `words`.

mod words;

use sha2::{Digest, Sha256};

use crate::domain::{Fact, FactKind};

use words::{
    ATTRIBUTION, CASE_BITS, CHANGE, HEDGE, OPENS_COMPARISON, STOP, SUPERLATIVE, THAN, WORDS, Word,
    is_stopword, load8, lookup, next_word,
};

/// Both signals of a claim, (checkworthiness, fingerprint), from one pass over its words.
/// Checkworthiness reads words with their hyphens ("re-elected"), the fingerprint the pieces
/// between them; an unhyphenated ASCII word costs one table lookup for both.
// Kept out of line (one call per claim) so instruction profiles show it apart.
#[inline(never)]
pub(crate) fn signals(text: &str, facts: &[Fact]) -> (f32, String) {
    let bytes = text.as_bytes();
    let mut canon = Canon::new(canonical_facts(text, facts), text.len());
    let mut words = 0usize;
    let mut found = 0u8;
    // The previous word could open a comparison: "more", "less", "fewer" or "-er".
    let mut prev_compares = false;
    let mut at = 0;
    while let Some(Word {
        start,
        end,
        ascii,
        hyphen,
    }) = next_word(text, at, true)
    {
        at = end;
        words += 1;
        let w = &bytes[start..end];
        let ends_er = w.len() >= 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"er");
        let flags = if ascii {
            lookup(&WORDS, bytes, start, end)
        } else {
            0
        };
        if flags & THAN != 0 && prev_compares {
            found |= SUPERLATIVE;
        }
        found |= flags;
        prev_compares = ends_er || flags & OPENS_COMPARISON != 0;
        if flags != 0 {
            // A listed word has no hyphen: its flags settle the fingerprint too.
            if flags & STOP == 0 {
                canon.push_ascii_word(bytes, start, end);
            }
        } else if ascii && !hyphen {
            // Not listed, so not a stopword: only a bare number stays out.
            if !(w[0].is_ascii_digit() && w.iter().all(u8::is_ascii_digit)) {
                canon.push_ascii_word(bytes, start, end);
            }
        } else {
            let mut piece = start;
            for (k, &b) in w.iter().enumerate() {
                if b == b'-' {
                    canonical_word(&mut canon, text, piece, start + k, ascii);
                    piece = start + k + 1;
                }
            }
            canonical_word(&mut canon, text, piece, end, ascii);
        }
    }
    let score = checkworthiness_score(text, facts, words, found);
    let digest = Sha256::digest(canon.written());
    // Hex digits written as bytes: `String::push` would encode each as a `char`.
    let mut hex = [0u8; 32];
    for (k, &b) in digest[..16].iter().enumerate() {
        hex[2 * k] = HEX[usize::from(b >> 4)];
        hex[2 * k + 1] = HEX[usize::from(b & 15)];
    }
    (score, String::from_utf8(hex.to_vec()).unwrap_or_default())
}

/// How worth checking a sentence is, 0..1 (features in the module doc).
#[cfg(test)]
pub(crate) fn checkworthiness(text: &str, facts: &[Fact]) -> f32 {
    signals(text, facts).0
}

/// The score from the word features `signals` collected and the facts.
fn checkworthiness_score(text: &str, facts: &[Fact], words: usize, found: u8) -> f32 {
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

/// Appends one lower-case word of the canonical form, unless it is a stopword or a bare number.
fn push_word(canon: &mut Canon, word: &str) {
    let w = word.as_bytes();
    if w.is_empty()
        || w.iter().all(u8::is_ascii_digit)
        || (word.is_ascii() && is_stopword(w, 0, w.len()))
    {
        return;
    }
    canon.push_bytes(w);
    canon.push_bytes(b" ");
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
/// `join(" ")` would), in one pass over the bytes. ASCII and general punctuation (curly quotes,
/// dashes; U+2000..=U+203F, none of them cased) are handled in place: the ASCII bytes that
/// `char::is_whitespace` accepts are 9 to 13 and the space, the general-punctuation ones
/// U+2000..=U+200A, U+2028, U+2029 and U+202F. Any other character sends the whole value
/// through [`push_quote_unicode`].
fn push_quote(canon: &mut Vec<u8>, value: &str) {
    let b = value.as_bytes();
    let mark = canon.len();
    canon.reserve(b.len());
    // Whitespace seen since the last word byte: one space goes out before the next word.
    let mut gap = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let n = if c < 0x80 {
            if matches!(c, b' ' | 9..=13) {
                gap = true;
                i += 1;
                continue;
            }
            1
        } else if c == 0xe2 && b.get(i + 1) == Some(&0x80) && i + 2 < b.len() {
            if matches!(b[i + 2], 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) {
                gap = true;
                i += 3;
                continue;
            }
            3
        } else {
            canon.truncate(mark);
            push_quote_unicode(canon, value);
            return;
        };
        if gap && canon.len() > mark {
            canon.push(b' ');
        }
        gap = false;
        if n == 1 {
            canon.push(c.to_ascii_lowercase());
        } else {
            canon.extend_from_slice(&b[i..i + 3]);
        }
        i += n;
    }
}

/// [`push_quote`] for any text: words split by `char::is_whitespace`, lower-cased by
/// `str::to_lowercase` (which knows the final sigma).
fn push_quote_unicode(canon: &mut Vec<u8>, value: &str) {
    for (i, w) in value.split_whitespace().enumerate() {
        if i > 0 {
            canon.push(b' ');
        }
        push_lower(canon, w);
    }
}

/// Stable hash of the normalized facts and content words (form in the module doc).
#[cfg(test)]
pub(crate) fn fingerprint(text: &str, facts: &[Fact]) -> String {
    signals(text, facts).1
}

/// The canonical form up to its words: the version, the sorted fact lines and the separator.
/// Fact lines are written in place and only reordered when they are not already sorted.
fn canonical_facts(text: &str, facts: &[Fact]) -> Vec<u8> {
    let lines_len: usize = facts.iter().map(|f| f.normalized.len() + 13).sum();
    // Room for the words too (see `Canon::new`): the buffer is allocated once.
    let mut canon: Vec<u8> = Vec::with_capacity(text.len() + lines_len + 32);
    canon.extend_from_slice(b"v1\n");
    // Each fact line's range in `canon`, without its '\n'.
    let mut lines: Vec<(usize, usize)> = Vec::with_capacity(facts.len());
    for f in facts {
        let at = canon.len();
        fact_line(&mut canon, f);
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
    canon
}

/// Appends the fact line `KIND:normalized` (without its '\n').
fn fact_line(out: &mut Vec<u8>, f: &Fact) {
    out.extend_from_slice(f.kind.name().as_bytes());
    out.push(b':');
    if f.kind == FactKind::Quote {
        push_quote(out, &f.normalized);
    } else {
        out.extend_from_slice(f.normalized.trim().as_bytes());
    }
}

/// The canonical form being built: `buf[..len]` is written, and the rest is room, so a word
/// is stored eight bytes at a time without a capacity check per store.
struct Canon {
    buf: Vec<u8>,
    len: usize,
}

impl Canon {
    /// Continues `head` with room for about `room` bytes of words.
    fn new(mut head: Vec<u8>, room: usize) -> Self {
        let len = head.len();
        head.resize(len + room + 16, 0);
        Canon { buf: head, len }
    }

    /// Makes room for `n` more bytes and the overshoot of an eight-byte store.
    #[inline(always)]
    fn reserve(&mut self, n: usize) {
        if self.len + n + 8 > self.buf.len() {
            self.buf.resize(self.len + n + 64, 0);
        }
    }

    fn push_bytes(&mut self, b: &[u8]) {
        self.reserve(b.len());
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
    }

    /// Appends the ASCII letters and digits `bytes[start..end]` lower-cased, eight bytes at a
    /// time (what a store writes past the word is overwritten or cut), and a space.
    #[inline(always)]
    fn push_ascii_word(&mut self, bytes: &[u8], start: usize, end: usize) {
        let n = end - start;
        self.reserve(n + 1);
        let mut i = 0;
        while i < n {
            let at = self.len + i;
            let lower = load8(bytes, start + i) | CASE_BITS;
            self.buf[at..at + 8].copy_from_slice(&lower.to_le_bytes());
            i += 8;
        }
        self.len += n;
        self.buf[self.len] = b' ';
        self.len += 1;
    }

    fn written(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Appends the canonical form of the hyphen-free word `text[start..end]` (maybe empty):
/// nothing for a stopword or a bare number.
fn canonical_word(canon: &mut Canon, text: &str, start: usize, end: usize, ascii: bool) {
    let Some(word) = text.get(start..end).filter(|w| !w.is_empty()) else {
        return;
    };
    if ascii || word.is_ascii() {
        let w = word.as_bytes();
        if w.iter().all(u8::is_ascii_digit) || is_stopword(text.as_bytes(), start, end) {
            return;
        }
        canon.push_ascii_word(text.as_bytes(), start, end);
    } else {
        // Lower-casing may yield a non-alphanumeric mark ("İ" → "i̇"): split again, as
        // lower-casing the whole text first would.
        for piece in word.to_lowercase().split(|c: char| !c.is_alphanumeric()) {
            push_word(canon, piece);
        }
    }
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
    fn quote_fast_path_matches_unicode_lowercasing() {
        let cases = [
            "  We’ll  WIN\tthis —\u{2003}again\r\n ",
            "\u{2028}Line\u{2029}sep\u{202f}x\u{200a}y\u{200b}z “Quoted”…",
            "ZÜRICH said ΟΔΟΣ\u{a0}no",
            "",
            " \u{2000} ",
            "plain ascii words",
        ];
        for value in cases {
            let (mut fast, mut slow) = (b"Q:".to_vec(), b"Q:".to_vec());
            push_quote(&mut fast, value);
            push_quote_unicode(&mut slow, value);
            assert_eq!(fast, slow, "{value:?}");
        }
    }

    #[test]
    fn one_pass_signals_match_hyphenated_and_listed_words() {
        // "most" is listed (superlative), "the" a stopword, pieces of "well-known" are neither.
        let a = fingerprint("The most well-known MOST-cited 12-year plan", &[]);
        let b = fingerprint("most well known most cited year plan", &[]);
        assert_eq!(a, b);
        assert_ne!(
            a,
            fingerprint("most well known most cited 12year plan", &[])
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
