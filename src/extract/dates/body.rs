//! The one pass over a body's bytes that the token view is built from: ASCII word and number
//! tokens (each word looked up in the lexicon as it is cut, and lowercased only when it has
//! capitals), spans inside quotation marks, and URL-like runs whose digits are not dates.
//! Every byte is classified through one table, so the pass costs a few instructions a byte.

use std::ops::Range;

use super::lexicon::{Lex, classify_raw};

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
    /// Where the lowercased word starts in [`Body::lower`], or [`AS_IS`] when the body's own
    /// bytes are already lowercase.
    pub low: usize,
}

/// [`Tok::low`] of a token without capitals.
pub(crate) const AS_IS: usize = usize::MAX;

pub(crate) struct Body {
    pub toks: Vec<Tok>,
    /// The lowercased copies of the words that have capitals, end to end.
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

/// Cuts `body` from byte `begin` on (the metadata line before it has no tokens) into tokens,
/// and finds its quotation and URL ranges.
pub(crate) fn read(body: &str, begin: usize) -> Body {
    let bytes = body.as_bytes();
    let mut toks = Vec::with_capacity(body.len() / 5);
    let mut lower = String::new();
    let mut quotes = Quotes::default();
    // Where a URL may be: its slashes and "www." starts.
    let mut url_hints = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match class(bytes[i]) {
            LETTER | DIGIT if i < begin => i += 1,
            LETTER => {
                let s = i;
                let (end, raw) = letter_run(bytes, s);
                i = end;
                let word = &body[s..i];
                let (lex, starts, capitals) = match raw {
                    Some(raw) => classify_raw(raw, i - s),
                    None => (None, false, word.bytes().any(|b| b.is_ascii_uppercase())),
                };
                if word.len() == 3
                    && bytes.get(i) == Some(&b'.')
                    && word.eq_ignore_ascii_case("www")
                {
                    url_hints.push(s);
                }
                let low = if capitals {
                    let at = lower.len();
                    lower.push_str(word);
                    lower[at..].make_ascii_lowercase();
                    at
                } else {
                    AS_IS
                };
                toks.push(Tok {
                    s,
                    e: i,
                    num: false,
                    starts,
                    lex,
                    low,
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
                    low: AS_IS,
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
    Body {
        toks,
        lower,
        quotes: quotes.finish(),
        urls: url_ranges(bytes, &url_hints),
    }
}

/// The run of ASCII letters starting at the letter `bytes[s]`: its end, and its bytes packed
/// big-endian when it has at most 16. Short runs are measured from one 16-byte load, all
/// bytes tested at once (a letter is 0x61..=0x7A once its 0x20 bit is set, without the high
/// bit); longer ones byte by byte.
fn letter_run(bytes: &[u8], s: usize) -> (usize, Option<u128>) {
    const fn splat(b: u8) -> u128 {
        u128::from_be_bytes([b; 16])
    }
    if let Some(wide) = bytes
        .get(s..s + 16)
        .and_then(|w| <[u8; 16]>::try_from(w).ok())
    {
        let x = u128::from_be_bytes(wide);
        // Seven-bit bytes, so the additions below never carry into the next byte.
        let y = (x | splat(0x20)) & splat(0x7F);
        let from_a = (y + splat(0x80 - 0x61)) & splat(0x80);
        let past_z = (y + splat(0x80 - 0x7B)) & splat(0x80);
        let letters = from_a & !past_z & !(x & splat(0x80));
        let len = ((!letters & splat(0x80)).leading_zeros() / 8) as usize;
        if (1..16).contains(&len) {
            return (s + len, Some(x >> (8 * (16 - len))));
        }
    }
    let mut e = s;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    let raw = bytes
        .get(s..e)
        .filter(|w| !w.is_empty() && w.len() <= 16)
        .map(|w| w.iter().fold(0u128, |k, &b| (k << 8) | u128::from(b)));
    (e, raw)
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
