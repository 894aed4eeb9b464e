//! Byte-level scanning for the word view: whitespace as `char::is_whitespace` sees it, the
//! marks trimmed off a word's ends, and a skip over plain letters eight bytes a step. Kept
//! apart from `words.rs` so the word view reads as logic, and each fast path here has a test
//! against the plain `char` version in `tests.rs`.

use crate::extract::bytescan::{HIGHS, ONES, chunk};

/// Marks trimmed off the start of a word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '"' | '‘' | '\'' | '(' | '[' | '{' | '—' | '–' | '-' | '«' | '`'
    )
}

/// Marks trimmed off the end of a word.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '"'
            | '’'
            | '\''
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '—'
            | '–'
            | '»'
    )
}

/// The marks before a word ("(“Roe"): where the word starts and the mark right before it.
pub(super) fn leading_marks(body: &str, from: usize, to: usize) -> (usize, Option<char>) {
    let piece = &body[from..to];
    let core = piece.trim_start_matches(is_opener);
    let lead_len = piece.len() - core.len();
    (from + lead_len, piece[..lead_len].chars().next_back())
}

/// The marks after a word ("Roe),"): where the word ends, the first mark, and whether the
/// marks close a bracket or hold a comma. The marks are a byte or two: a plain loop beats two
/// `memchr` calls.
pub(super) fn trailing_marks(
    body: &str,
    from: usize,
    to: usize,
) -> (usize, Option<char>, bool, bool) {
    let core_rel = &body[from..to];
    let core = core_rel.trim_end_matches(is_closer);
    let after = &core_rel[core.len()..];
    let (mut closes_paren, mut comma) = (false, false);
    for &b in after.as_bytes() {
        closes_paren |= b == b')';
        comma |= b == b',';
    }
    (from + core.len(), after.chars().next(), closes_paren, comma)
}

/// The first offset at or after `at` whose byte is not plain (plain: ASCII from `!` up, but
/// `-`), or the end: eight bytes a step. The lowest flagged byte of each SWAR test is exact
/// (a borrow only runs upwards from a flagged byte), so the first stop is found exactly.
pub(super) fn next_unplain(bytes: &[u8], mut at: usize) -> usize {
    while let Some(x) = chunk(bytes, at) {
        let below_bang = x.wrapping_sub(ONES * 0x21) & !x & HIGHS;
        let y = x ^ (ONES * u64::from(b'-'));
        let hyphen = y.wrapping_sub(ONES) & !y & HIGHS;
        let stop = below_bang | hyphen | (x & HIGHS);
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if !(0x21..0x80).contains(&b) || b == b'-' {
            break;
        }
        at += 1;
    }
    at
}

/// [`BYTE_CLASS`] bits: the byte may start whitespace (an ASCII space or the lead byte of a
/// non-ASCII space); the byte is a hyphen.
pub(super) const MAY_SPACE: u8 = 1;
pub(super) const HYPHEN: u8 = 2;

pub(super) static BYTE_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if is_ascii_space(b as u8) || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
            class[b] = MAY_SPACE;
        }
        b += 1;
    }
    class[b'-' as usize] = HYPHEN;
    class
};

/// ASCII whitespace as `char::is_whitespace` sees it: space and `\t` `\n` VT FF `\r`.
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | 0x09..=0x0d)
}

/// Byte length of the whitespace character at `at` (as `char::is_whitespace`), 0 for any other.
/// Matched on bytes: only U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
/// U+205F and U+3000 are non-ASCII whitespace.
pub(super) fn whitespace_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..).unwrap_or_default() {
        [b, ..] if *b < 0x80 => usize::from(is_ascii_space(*b)),
        [0xc2, 0x85 | 0xa0, ..] => 2,
        [0xe1, 0x9a, 0x80, ..]
        | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}
