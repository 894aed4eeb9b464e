//! The word layer of the claim signals: finding words in a claim and looking them up in the
//! word lists, fast. ASCII text is crossed eight bytes at a time and each listed word is one
//! hashed lookup of a lower-cased number: nothing is allocated or copied.

use crate::extract::bytescan::{HIGHS, ONES};

/// Setting bit 5 lower-cases an ASCII letter and leaves digits and '-' as they are.
pub(super) const CASE_BITS: u64 = ONES * 0x20;

/// Eight bytes from `at` as a little-endian number, zero-padded past the end.
#[inline(always)]
pub(super) fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
        None => load_tail(bytes, at),
    }
}

/// [`load8`] within eight bytes of the end: kept apart so the common load stays one move.
#[cold]
#[inline(never)]
fn load_tail(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    let tail = bytes.get(at..).unwrap_or(&[]);
    word[..tail.len()].copy_from_slice(tail);
    u64::from_le_bytes(word)
}

/// The high bit of each byte of `x` that is an ASCII letter or digit (or '-' when `hyphens`),
/// eight bytes at a time: the 7-bit values get range tests by addition that cannot carry into
/// the next byte, and bytes from 0x80 (and the zero padding) are never word bytes. The scan
/// itself uses [`classify`]; this form states the contract the tests check.
#[cfg(test)]
fn word_bytes(x: u64, hyphens: bool) -> u64 {
    let (alnum, hyphen) = classify(x);
    if hyphens { alnum | hyphen } else { alnum }
}

/// The high bits of the ASCII letters and digits of `x`, and of its hyphens.
#[inline(always)]
fn classify(x: u64) -> (u64, u64) {
    let x7 = x & (ONES * 0x7f);
    let lower = x7 | CASE_BITS;
    let letter = (lower + ONES * 0x1f) & !(lower + ONES * 0x05); // 'a'..='z'
    let digit = (x7 + ONES * 0x50) & !(x7 + ONES * 0x46); // '0'..='9'
    let hyphen = !((x7 ^ (ONES * u64::from(b'-'))) + ONES * 0x7f);
    ((letter | digit) & !x & HIGHS, hyphen & !x & HIGHS)
}

/// Word bytes of ASCII: 1 for a letter or digit, 2 for the hyphen.
static WORD_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = 1;
        }
        b += 1;
    }
    t[b'-' as usize] = 2;
    t
};

/// A word found by [`next_word`]: `start..end`, whether it is all ASCII and whether it holds
/// a hyphen (only ever true when hyphens join words).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
    pub ascii: bool,
    pub hyphen: bool,
}

/// Whether the character at byte `i` is in U+2000..=U+203F (general-punctuation spaces,
/// dashes, curly quotes, ellipsis, bullets): no letter or digit is, so the news text's most
/// common non-ASCII characters skip decoding. Checked for every one of them in the tests.
#[inline(always)]
pub(super) fn general_punctuation(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xe2 && bytes.get(i + 1) == Some(&0x80)
}

/// The character that starts at byte `i` (always a char boundary here).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// The next word at or after byte `i`, as (start, end, all ASCII): a maximal run of letters
/// and digits (and hyphens when `hyphens`). Separators are stepped over a byte at a time (they
/// are short); a word's ASCII stretches are crossed eight bytes at a time, and only a
/// non-ASCII character is decoded, except general punctuation (curly quotes, dashes).
#[inline(always)]
pub(super) fn next_word(text: &str, mut i: usize, hyphens: bool) -> Option<Word> {
    let bytes = text.as_bytes();
    let mask = if hyphens { 3 } else { 1 };
    let start = loop {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            if WORD_BYTE[usize::from(b)] & mask != 0 {
                break i;
            }
            i += 1;
            continue;
        }
        if general_punctuation(bytes, i) {
            i += 3;
            continue;
        }
        let c = char_at(text, i);
        if c.is_alphanumeric() {
            break i;
        }
        i += c.len_utf8();
    };
    let mut ascii = true;
    let mut hyphen = false;
    loop {
        let (alnum, hyphen_bytes) = classify(load8(bytes, i));
        let stop = if hyphens {
            !(alnum | hyphen_bytes) & HIGHS
        } else {
            !alnum & HIGHS
        };
        // The bits below the first stop: the bytes of this word in the chunk.
        let inside = (stop & stop.wrapping_neg()).wrapping_sub(1);
        hyphen |= hyphens && hyphen_bytes & inside != 0;
        // Zero padding past the end always stops, so `i` never passes `bytes.len()`.
        i += (stop.trailing_zeros() / 8) as usize;
        if stop != 0 {
            if bytes.get(i).is_some_and(|&b| b >= 0x80) && !general_punctuation(bytes, i) {
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
    Some(Word {
        start,
        end: i,
        ascii,
        hyphen,
    })
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

/// Slots of a word table: at most half full, so a lookup probes one or two.
const SLOT_BITS: u32 = 9;
pub(super) const SLOTS: usize = 1 << SLOT_BITS;

const fn slot(k: u128) -> usize {
    let h = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOT_BITS)) as usize
}

/// Word lists as one open-addressing hash table of (key, flags), key 0 marking a free slot;
/// built at compile time. A word in several lists gets all their flags.
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
            while t[s].0 != 0 && t[s].0 != k {
                s = (s + 1) % SLOTS;
            }
            if t[s].0 == 0 {
                used += 1;
            }
            t[s] = (k, t[s].1 | flags);
            i += 1;
        }
        l += 1;
    }
    assert!(used * 2 <= SLOTS);
    t
}

/// The flags of the ASCII word `bytes[start..end]` in `table`, 0 when it is not listed.
#[inline(always)]
pub(super) fn lookup(table: &[(u128, u8); SLOTS], bytes: &[u8], start: usize, end: usize) -> u8 {
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
pub(super) const ATTRIBUTION: u8 = 1;
pub(super) const SUPERLATIVE: u8 = 2;
pub(super) const CHANGE: u8 = 4;
pub(super) const HEDGE: u8 = 8;
/// "more", "less", "fewer": a following "than" makes a comparison.
pub(super) const OPENS_COMPARISON: u8 = 16;
pub(super) const THAN: u8 = 32;
/// A fingerprint stopword.
pub(super) const STOP: u8 = 64;

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

/// Every word either signal looks for, with what it signals.
pub(super) static WORDS: [(u128, u8); SLOTS] = table(&[
    (STOPWORD_LIST, STOP),
    (ATTRIBUTION_WORDS, ATTRIBUTION),
    (SUPERLATIVE_WORDS, SUPERLATIVE),
    (CHANGE_WORDS, CHANGE),
    (HEDGE_WORDS, HEDGE),
    (&[b"more", b"less", b"fewer"], OPENS_COMPARISON),
    (&[b"than"], THAN),
]);

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

/// The longest stopword: longer words skip the lookup.
pub(super) const STOPWORD_CAP: usize = 6;

const _: () = {
    let mut i = 0;
    while i < STOPWORD_LIST.len() {
        assert!(STOPWORD_LIST[i].len() <= STOPWORD_CAP);
        i += 1;
    }
};

/// Whether the ASCII word `bytes[start..end]` is a stopword.
pub(super) fn is_stopword(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start <= STOPWORD_CAP && lookup(&WORDS, bytes, start, end) & STOP != 0
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn general_punctuation_holds_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{203f}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert!(general_punctuation(bytes, 0), "{c:?}");
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        assert!(!general_punctuation("\u{2070}".as_bytes(), 0));
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
        let flags = |w: &str| lookup(&WORDS, w.as_bytes(), 0, w.len()) & !STOP;
        assert_eq!(flags("PurportedLY"), HEDGE);
        assert_eq!(flags("said"), ATTRIBUTION);
        assert_eq!(flags("than"), THAN);
        assert_eq!(flags("saids"), 0);
        assert_eq!(flags("purportedly-x"), 0);
    }

    #[test]
    fn words_cross_non_ascii_letters_and_stop_at_marks() {
        let text = "Zürich’s re-vote, 12 naïveté-long-words-here—end abcdefghijklmnop-q \
                    abcdefghijklmnopqrs";
        let mut words = Vec::new();
        let mut at = 0;
        while let Some(w) = next_word(text, at, true) {
            words.push((&text[w.start..w.end], w.ascii, w.hyphen));
            at = w.end;
        }
        assert_eq!(
            words,
            [
                ("Zürich", false, false),
                ("s", true, false),
                ("re-vote", true, true),
                ("12", true, false),
                ("naïveté-long-words-here", false, true),
                ("end", true, false),
                ("abcdefghijklmnop-q", true, true),
                ("abcdefghijklmnopqrs", true, false),
            ]
        );
    }
}
