//! The one pass over a body's bytes that the token view is built from: ASCII word and number
//! tokens (each word looked up in the lexicon as it is cut), spans inside quotation marks, and
//! URL-like runs whose digits are not dates. The body is lowercased once, whole (a vectorized
//! copy), so a word is measured and packed into its lexicon key eight bytes at a time and the
//! matchers compare lowercase words by slicing, with no per-word copy.

use std::ops::Range;

use super::lexicon::{self, Lex};

/// One ASCII word ("May") or number ("2024", "3.5", "1,218") run of the body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub num: bool,
    /// Whether a date or duration can start here: a number or a lexicon starter word.
    pub starts: bool,
    /// The lexicon entry of a word, looked up once.
    pub lex: Option<&'static Lex>,
}

pub(crate) struct Body {
    pub toks: Vec<Tok>,
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

fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Zero bytes after the lowercased body while it is read, so every eight-byte load of a word
/// stays in bounds (NUL is not a letter: it ends a word like the body end does).
const PAD: usize = 16;

/// The lexicon key of "www", which starts a URL when a dot follows.
const WWW: u128 = 0x77_7777;

/// Cuts `body` from byte `begin` on (the metadata line before it has no tokens) into tokens,
/// and finds its quotation and URL ranges.
pub(crate) fn read(body: &str, begin: usize) -> Body {
    let bytes = body.as_bytes();
    let mut lower = String::with_capacity(body.len() + PAD);
    lower.push_str(body);
    lower.make_ascii_lowercase();
    lower.extend(std::iter::repeat_n('\0', PAD));
    let low = lower.as_bytes();
    let table = lexicon::table();
    let mut toks = Vec::with_capacity(body.len() / 5);
    let mut quotes = Quotes::default();
    // Where a URL may be: its slashes and "www." starts.
    let mut url_hints = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match class(bytes[i]) {
            OTHER => i += 1,
            LETTER | DIGIT if i < begin => i += 1,
            LETTER => {
                let s = i;
                let (end, key) = letter_run(low, s);
                i = end;
                let (lex, starts) = match key {
                    Some(key) => {
                        if key == WWW && bytes.get(i) == Some(&b'.') {
                            url_hints.push(s);
                        }
                        table.classify(key, i - s)
                    }
                    None => (None, false),
                };
                toks.push(Tok {
                    s,
                    e: i,
                    num: false,
                    starts,
                    lex,
                });
            }
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
                toks.push(Tok {
                    s,
                    e: i,
                    num: true,
                    starts: true,
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
        lower,
        quotes: quotes.finish(),
        urls: url_ranges(bytes, &url_hints),
    }
}

/// The run of ASCII letters starting at the letter `low[s]` of the padded lowercase body: its
/// end, and its lexicon key (the bytes packed little-endian, see [`lexicon::Table::classify`])
/// when it has at most 16. Eight bytes are tested at once: a lowercase letter is 0x61..=0x7A
/// without the high bit.
fn letter_run(low: &[u8], s: usize) -> (usize, Option<u128>) {
    let first = load8(low, s);
    let m = non_letters(first);
    if m != 0 {
        let len = (m.trailing_zeros() / 8) as usize;
        return (s + len, Some(u128::from(first & below(len))));
    }
    let second = load8(low, s + 8);
    let m = non_letters(second);
    if m != 0 {
        let len = (m.trailing_zeros() / 8) as usize;
        let key = u128::from(first) | (u128::from(second & below(len)) << 64);
        return (s + 8 + len, Some(key));
    }
    // Longer than 16 letters: no key, only the end.
    let mut e = s + 16;
    loop {
        let m = non_letters(load8(low, e));
        if m != 0 {
            let e = e + (m.trailing_zeros() / 8) as usize;
            let key = u128::from(first) | (u128::from(second) << 64);
            return (e, (e == s + 16).then_some(key));
        }
        e += 8;
    }
}

/// The eight bytes at `at`, little-endian; zeros (no letters) past the padded end.
fn load8(low: &[u8], at: usize) -> u64 {
    low.get(at..)
        .and_then(|rest| rest.first_chunk::<8>())
        .map_or(0, |w| u64::from_le_bytes(*w))
}

/// The high bit of each byte of `x` that is not a lowercase ASCII letter.
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
