//! The one pass over a body's bytes that the token view is built from: ASCII word and number
//! tokens (each word looked up in the lexicon as it is cut), spans inside quotation marks, and
//! URL-like runs whose digits are not dates. The body is lowercased once, whole (a vectorized
//! copy), so a word is measured and packed into its lexicon key eight bytes at a time and the
//! matchers compare lowercase words by slicing, with no per-word copy.

use std::ops::Range;

use super::lexicon::{self, Lex, Table};
use crate::extract::bytescan::next_of;

/// One ASCII word ("May") or number ("2024", "3.5", "1,218") run of the body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub num: bool,
    /// The lexicon entry of a word, looked up once.
    pub lex: Option<&'static Lex>,
}

pub(crate) struct Body {
    pub toks: Vec<Tok>,
    /// The indexes of the tokens a date or duration can start at (numbers and lexicon starter
    /// words), ascending: the matchers' walk jumps along this list.
    pub starts: Vec<usize>,
    /// The body with its ASCII letters lowercased, byte for byte (same offsets).
    pub lower: String,
    /// Byte ranges inside quotation marks, in body order.
    pub quotes: Vec<Range<usize>>,
    /// Byte ranges of URLs and e-mail-like runs, in body order.
    pub urls: Vec<Range<usize>>,
}

const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// Bytes that can open or close a quotation: `"`, `'`, a newline (paragraph breaks close
/// unfinished quotes) and the lead byte of the curly quotes.
const MARK: u8 = 3;
const SLASH: u8 = 4;

static CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'"' | b'\'' | b'\n' | 0xE2 => MARK,
            b'/' => SLASH,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

#[inline(always)]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Zero bytes after the lowercased body while it is read, so every eight-byte load of a word
/// stays in bounds (NUL is not a letter: it ends a word like the body end does).
const PADDING: &str = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

/// The [`MARK`] and [`SLASH`] bytes.
const HEAD_BYTES: [u8; 5] = [b'"', b'\'', b'\n', 0xE2, b'/'];

/// Cuts `body` from byte `begin` on (the metadata line before it has no tokens) into tokens,
/// and finds its quotation and URL ranges.
pub(crate) fn read(body: &str, begin: usize) -> Body {
    let bytes = body.as_bytes();
    let mut lower = String::with_capacity(body.len() + PADDING.len());
    lower.push_str(body);
    lower.make_ascii_lowercase();
    lower.push_str(PADDING);
    let low = lower.as_bytes();
    let table = lexicon::table();
    let mut toks = Vec::with_capacity(body.len() / 5);
    let mut starts = Vec::with_capacity(body.len() / 32);
    let mut quotes = Quotes::default();
    // Where a URL may be: its slashes and "www." starts.
    let mut url_hints = Vec::new();
    // The metadata line before `begin` has no tokens, only quote marks and slashes.
    let head = bytes.get(..begin).unwrap_or(bytes);
    let mut i = next_of(head, 0, HEAD_BYTES);
    while i < head.len() {
        if bytes[i] == b'/' {
            url_hints.push(i);
            i += 1;
        } else {
            i = quotes.mark(body, i);
        }
        i = next_of(head, i, HEAD_BYTES);
    }
    while i < bytes.len() {
        let c = class(bytes[i]);
        if c == OTHER {
            i += 1;
            continue;
        }
        match c {
            LETTER => loop {
                let s = i;
                let (lex, starts_here);
                (i, lex, starts_here) = word_at(low, s, table);
                if starts_here {
                    starts.push(toks.len());
                }
                toks.push(Tok {
                    s,
                    e: i,
                    num: false,
                    lex,
                });
                // Most words are followed by one space, or a comma or period and a space, and
                // the next word: read on straight away instead of going back through the byte
                // dispatch for each separator byte (none of them is a mark or a slash).
                match low.get(i) {
                    Some(b' ') => i += 1,
                    Some(b',') if low.get(i + 1) == Some(&b' ') => i += 2,
                    Some(b'.') => {
                        if i - s == 3 && low.get(s..i) == Some(b"www") {
                            url_hints.push(s);
                        }
                        if low.get(i + 1) != Some(&b' ') {
                            break;
                        }
                        i += 2;
                    }
                    _ => break,
                }
                if !low.get(i).is_some_and(u8::is_ascii_lowercase) {
                    break;
                }
            },
            DIGIT => {
                // A digit run keeps inner "." and "," before a digit: "3.5", "1,218".
                let s = i;
                i += 1;
                while i < bytes.len() {
                    if bytes[i].is_ascii_digit() {
                        i += 1;
                    } else if matches!(bytes[i], b'.' | b',')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    {
                        i += 2;
                    } else {
                        break;
                    }
                }
                starts.push(toks.len());
                toks.push(Tok {
                    s,
                    e: i,
                    num: true,
                    lex: None,
                });
            }
            MARK => i = quotes.mark(body, i),
            SLASH => {
                url_hints.push(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    lower.truncate(body.len());
    Body {
        toks,
        starts,
        lower,
        quotes: quotes.finish(),
        urls: url_ranges(bytes, &url_hints),
    }
}

/// The run of ASCII letters starting at the letter `low[s]` of the padded lowercase body: its
/// end, its lexicon entry and whether a date can start at it. Words of up to seven letters,
/// most of them, are measured from one eight-byte load (a lowercase letter is 0x61..=0x7A
/// without the high bit) and turned away by their first and last letters before any hashing.
#[inline(always)]
fn word_at(low: &[u8], s: usize, table: &'static Table) -> (usize, Option<&'static Lex>, bool) {
    let x = load8(low, s);
    let m = non_letters(x);
    if m == 0 {
        return long_word_at(low, s, x, table);
    }
    let len = (m.trailing_zeros() / 8) as usize;
    let last = (x >> ((8 * len).wrapping_sub(8) & 63)) as u8;
    if !table.may_hold(len, x as u8, last) {
        return (s + len, None, false);
    }
    let (lex, starts) = table.classify(u128::from(x & below(len)), len);
    (s + len, lex, starts)
}

/// [`word_at`] for words of eight letters or more (`first` holds their first eight); only
/// those of at most 16 have a lexicon key.
fn long_word_at(
    low: &[u8],
    s: usize,
    first: u64,
    table: &'static Table,
) -> (usize, Option<&'static Lex>, bool) {
    let second = load8(low, s + 8);
    let m = non_letters(second);
    if m != 0 {
        let len = 8 + (m.trailing_zeros() / 8) as usize;
        let e = s + len;
        let last = low.get(e - 1).copied().unwrap_or(0);
        if !table.may_hold(len, first as u8, last) {
            return (e, None, false);
        }
        let key = u128::from(first) | (u128::from(second & below(len - 8)) << 64);
        let (lex, starts) = table.classify(key, len);
        return (e, lex, starts);
    }
    let mut e = s + 16;
    loop {
        let m = non_letters(load8(low, e));
        if m != 0 {
            e += (m.trailing_zeros() / 8) as usize;
            break;
        }
        e += 8;
    }
    if e > s + 16 {
        return (e, None, false);
    }
    let key = u128::from(first) | (u128::from(second) << 64);
    let (lex, starts) = table.classify(key, 16);
    (e, lex, starts)
}

/// The eight bytes at `at`, little-endian; zeros (no letters) past the padded end.
#[inline(always)]
fn load8(low: &[u8], at: usize) -> u64 {
    low.get(at..)
        .and_then(|rest| rest.first_chunk::<8>())
        .map_or(0, |w| u64::from_le_bytes(*w))
}

/// The high bit of each byte of `x` that is not a lowercase ASCII letter.
#[inline(always)]
fn non_letters(x: u64) -> u64 {
    const fn splat(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    // Seven-bit bytes, so the additions below never carry into the next byte.
    let y = x & splat(0x7F);
    let from_a = y + splat(0x80 - 0x61);
    let past_z = y + splat(0x80 - 0x7B);
    !(from_a & !past_z & !x) & splat(0x80)
}

/// The low `n` bytes of a u64 set (n < 8).
#[inline(always)]
fn below(n: usize) -> u64 {
    (1u64 << (8 * n)) - 1
}

/// Spans inside quotation marks: curly and straight double quotes, and single quotes
/// (‘…’ and '…', as British papers quote speech) told apart from apostrophes ("don’t",
/// "Khan's") by the letters around them. Unclosed quotes end at the next paragraph break so
/// one stray mark cannot swallow the rest of the body. Nested spans are merged.
#[derive(Default)]
struct Quotes {
    out: Vec<Range<usize>>,
    double: Option<usize>,
    single: Option<usize>,
}

impl Quotes {
    /// Reads the mark byte at `i`; returns the byte after it.
    fn mark(&mut self, body: &str, i: usize) -> usize {
        const LEFT_DOUBLE: u8 = 0x9C; // “ is E2 80 9C
        const RIGHT_DOUBLE: u8 = 0x9D; // ”
        const LEFT_SINGLE: u8 = 0x98; // ‘
        const RIGHT_SINGLE: u8 = 0x99; // ’
        let bytes = body.as_bytes();
        let (mark, after) = match bytes[i] {
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(&m @ (LEFT_DOUBLE | RIGHT_DOUBLE | LEFT_SINGLE | RIGHT_SINGLE)) => (m, i + 3),
                _ => return i + 1,
            },
            0xE2 => return i + 1,
            b => (b, i + 1),
        };
        let next = body.get(after..).and_then(|rest| rest.chars().next());
        match mark {
            LEFT_DOUBLE => self.double = Some(after),
            RIGHT_DOUBLE => {
                if let Some(s) = self.double.take() {
                    self.out.push(s..i);
                }
            }
            b'"' => match self.double.take() {
                Some(s) => self.out.push(s..i),
                None => self.double = Some(after),
            },
            LEFT_SINGLE => self.single = Some(after),
            RIGHT_SINGLE | b'\''
                if self.single.is_some() && !next.is_some_and(char::is_alphanumeric) =>
            {
                if let Some(s) = self.single.take() {
                    self.out.push(s..i);
                }
            }
            b'\'' if next.is_some_and(char::is_alphabetic) => {
                let letter_before = body
                    .get(..i)
                    .and_then(|head| head.chars().next_back())
                    .is_some_and(char::is_alphanumeric);
                if !letter_before {
                    self.single = Some(after);
                }
            }
            b'\n' if next == Some('\n') => {
                for s in [self.double.take(), self.single.take()]
                    .into_iter()
                    .flatten()
                {
                    self.out.push(s..i);
                }
            }
            _ => {}
        }
        after
    }

    fn finish(self) -> Vec<Range<usize>> {
        let mut out = self.out;
        out.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
        for r in out {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// URL-like runs: whitespace-delimited chunks with a scheme ("https://"), a "www." start or a
/// domain followed by a path ("nytimes.com/2020/04/11/..."). Only the chunks around `hints`
/// (slashes and "www." starts, ascending) can be URLs; each chunk is read once.
fn url_ranges(bytes: &[u8], hints: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut done = 0;
    for &h in hints {
        if h < done {
            continue;
        }
        let start = bytes[done..h]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(done, |p| done + p + 1);
        let end = bytes[h..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |p| h + p);
        let chunk = &bytes[start..end];
        if chunk.len() > 4 && is_url(chunk) {
            out.push(start..end);
        }
        done = end;
    }
    out
}

fn is_url(chunk: &[u8]) -> bool {
    let www = chunk
        .get(..4)
        .is_some_and(|s| s.eq_ignore_ascii_case(b"www."));
    if !www && !chunk.contains(&b'/') {
        return false;
    }
    let has = |needle: &[u8]| {
        chunk
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    if www || has(b"://") {
        return true;
    }
    [
        ".com/", ".org/", ".net/", ".gov/", ".edu/", ".int/", ".co.uk/", ".pk/", ".in/", ".io/",
    ]
    .iter()
    .any(|tld| has(tld.as_bytes()))
}
