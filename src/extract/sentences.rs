//! Sentence splitting for news text, and the leading `date YYYY-MM-DD` metadata line.
//!
//! One left-to-right pass over the bytes. A sentence ends at `.`, `!` or `?` (plus any closing
//! quote marks or brackets right after it) when whitespace follows and the next word does not
//! continue the sentence, at a blank line, and at a single line break that starts a new line of
//! its own (headlines, salutations, bullets). Abbreviations ("U.S.", "Sen.", "H. Res.", "Jan. 5",
//! "No. 7"), initials ("John F. Kennedy") and decimals do not end sentences. Every whitespace run
//! is visited once, so the pass stays linear on any input.

use std::ops::Range;

use chrono::NaiveDate;

use super::bytescan::next_of;

/// Byte range of a leading `date YYYY-MM-DD` metadata line (leading whitespace allowed).
pub(crate) fn metadata_line(body: &str) -> Option<Range<usize>> {
    let trimmed = body.trim_start();
    let start = body.len() - trimmed.len();
    let rest = trimmed.strip_prefix("date ")?;
    let date = rest.get(..10)?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(start..start + 5 + 10)
}

/// The published date stated by the body's metadata line, if it has one.
pub fn published_date_from_body(body: &str) -> Option<NaiveDate> {
    let range = metadata_line(body)?;
    NaiveDate::parse_from_str(body.get(range.end - 10..range.end)?, "%Y-%m-%d").ok()
}

/// Titles and designation parts: they stand before a name or a number, so they never end a
/// sentence. Compared case-sensitively after stripping the final dot; a `match` compiles to a
/// length switch, so most words cost one comparison instead of a scan of the list.
fn never_final(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Messrs"
            | "Dr"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gov"
            | "Lt"
            | "Gen"
            | "Col"
            | "Capt"
            | "Cmdr"
            | "Sgt"
            | "Maj"
            | "Adm"
            | "Prof"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Det"
            | "St"
            | "Mt"
            | "Ft"
            | "Res"
            | "Con"
            | "Rept"
            | "vs"
            | "v"
            | "e.g"
            | "i.e"
            | "cf"
            | "approx"
            | "Pub"
            | "Ct"
    )
}

/// Abbreviations usually followed by more of the sentence ("U.S. Senate", "Jr. said"), that
/// still end one when a typical sentence opener follows ("in the U.S. The").
const RARELY_FINAL: &[&str] = &[
    "U.S", "U.N", "U.K", "E.U", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Ave", "Blvd",
    "Dept", "Div", "Fed", "Reg", "Stat", "a.m", "p.m", "etc", "Ph.D",
];

/// Words that typically open a sentence.
const OPENERS: &[&str] = &[
    "The", "It", "He", "She", "They", "We", "I", "In", "But", "This", "That", "A", "An", "There",
    "However", "His", "Her", "Their", "Its", "On", "At", "After", "Before", "When", "While", "As",
];

/// Abbreviations that stand before a number ("Jan. 5", "No. 7", "Sec. 3"): they end a sentence
/// only when no digit follows.
const BEFORE_NUMBER: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Sec", "Secs", "Art", "Vol", "Ch", "pp", "p", "Fig", "Para", "Tit",
];

/// Closing marks that belong to the sentence they follow: `."` and `.”` end after the quote.
fn closer_len(body: &str, at: usize) -> usize {
    match body.get(at..).and_then(|s| s.chars().next()) {
        Some(c @ ('"' | '\'' | '”' | '’' | ')' | ']' | '»')) => c.len_utf8(),
        _ => 0,
    }
}

/// Splits `body` into sentence spans (trimmed of surrounding whitespace), skipping the
/// metadata line. Every non-blank byte after the metadata line is in exactly one span.
pub(crate) fn split(body: &str, metadata: Option<Range<usize>>) -> Vec<Range<usize>> {
    let begin = metadata.map_or(0, |m| m.end).min(body.len());
    let bytes = body.as_bytes();
    let len = bytes.len();
    // News sentences run well over 64 bytes: one allocation, no regrowth, for typical bodies.
    let mut out = Vec::with_capacity(len.saturating_sub(begin) / 64 + 4);
    let mut start = begin;
    let mut i = begin;
    let wrapped = wrapped_paragraphs(body, begin);
    let mut para = 0;
    while i < len {
        match bytes[i] {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < len && matches!(bytes[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                let mut closers = 0;
                loop {
                    let n = closer_len(body, j);
                    // Bounded: a run of quote marks is not a run of closers.
                    if n == 0 || closers == 3 {
                        break;
                    }
                    j += n;
                    closers += 1;
                }
                if j >= len {
                    push_trimmed(body, start..len, &mut out);
                    start = len;
                    i = len;
                    continue;
                }
                if !bytes[j].is_ascii_whitespace() {
                    // Skip the whole run: its inner marks cannot end a sentence either.
                    i = j.max(i + 1);
                    continue;
                }
                let next = next_visible(bytes, j);
                let blank_follows = bytes[j..next].iter().filter(|&&b| b == b'\n').count() >= 2;
                if blank_follows || ends_here(body, start, i, j - i - closers, next) {
                    push_trimmed(body, start..j, &mut out);
                    start = j;
                }
                i = next;
            }
            b'\n' | b'\r' => {
                let next = next_visible(bytes, i);
                let newlines = bytes[i..next].iter().filter(|&&b| b == b'\n').count();
                while para < wrapped.len() && wrapped[para].0 <= i {
                    para += 1;
                }
                let hard_wrapped = wrapped.get(para).is_some_and(|p| p.1);
                if newlines >= 2
                    || next >= len
                    || (!hard_wrapped && line_break_ends(body, start, i, next))
                {
                    push_trimmed(body, start..i, &mut out);
                    start = next;
                }
                i = next;
            }
            // Jump to the next byte the main pass acts on.
            _ => i = next_of(bytes, i + 1, [b'.', b'!', b'?', b'\n', b'\r']),
        }
    }
    push_trimmed(body, start..len, &mut out);
    out
}

/// Longest line of a hard-wrapped paragraph (typical wrap widths are 60 to 80).
const WRAP_WIDTH: usize = 100;

/// Paragraphs (split at blank lines) as (end offset, hard-wrapped). A paragraph is
/// hard-wrapped when no line is longer than [`WRAP_WIDTH`] and its line breaks inside text
/// ("received\nan 11-year sentence") are at least two and at least as many as those before a
/// capital ("No 2\nIntermediate People's Court"): then no single line break ends a sentence in
/// it, only punctuation does. Line breaks after terminal punctuation are not counted. One pass.
fn wrapped_paragraphs(body: &str, begin: usize) -> Vec<(usize, bool)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let (mut inside, mut before_capital) = (0usize, 0usize);
    let mut line_start = begin;
    let mut widest = 0usize;
    let wrapped = |inside: usize, before: usize, widest: usize| {
        inside >= 2 && inside >= before && widest <= WRAP_WIDTH
    };
    let mut last_visible: Option<usize> = None;
    let mut from = begin;
    // Line breaks found eight bytes at a time (`next_of`); the last visible byte before each is
    // read back over the whitespace run only.
    loop {
        let i = next_of(bytes, from, [b'\n']);
        if i >= bytes.len() {
            break;
        }
        let mut k = i;
        while k > from && bytes[k - 1].is_ascii_whitespace() {
            k -= 1;
        }
        if k > from {
            last_visible = Some(k - 1);
        }
        let next = next_visible(bytes, i);
        let newlines = bytes[i..next].iter().filter(|&&b| b == b'\n').count();
        widest = widest.max(i - line_start);
        line_start = next;
        if newlines >= 2 {
            out.push((i, wrapped(inside, before_capital, widest)));
            (inside, before_capital, widest) = (0, 0, 0);
        } else if let (Some(prev), Some(c)) = (
            last_visible,
            body.get(next..).and_then(|t| t.chars().next()),
        ) {
            let terminal = matches!(bytes[prev], b'.' | b'!' | b'?' | b':' | b';' | b'"')
                || body[..=prev].ends_with(['”', '’']);
            if !terminal {
                if c.is_lowercase() || c.is_ascii_digit() || c == '(' || bytes[prev] == b',' {
                    inside += 1;
                } else {
                    before_capital += 1;
                }
            }
        }
        from = next;
    }
    widest = widest.max(bytes.len() - line_start);
    out.push((bytes.len(), wrapped(inside, before_capital, widest)));
    out
}

/// First byte at or after `from` that is not ASCII whitespace.
fn next_visible(bytes: &[u8], from: usize) -> usize {
    let mut k = from;
    while k < bytes.len() && bytes[k].is_ascii_whitespace() {
        k += 1;
    }
    k
}

/// The word (letters and inner dots) that ends right before byte `dot`, bounded to 12 bytes.
fn word_before(body: &str, sentence_start: usize, dot: usize) -> &str {
    let bytes = body.as_bytes();
    let floor = sentence_start.max(dot.saturating_sub(12));
    let mut k = dot;
    while k > floor && (bytes[k - 1].is_ascii_alphabetic() || bytes[k - 1] == b'.') {
        k -= 1;
    }
    body.get(k..dot).unwrap_or("").trim_start_matches('.')
}

/// Whether terminal punctuation at `punct` (a run of `run` marks, closers after it) followed by
/// whitespace and then the character at `next` ends the sentence.
fn ends_here(body: &str, sentence_start: usize, punct: usize, run: usize, next: usize) -> bool {
    let Some(c) = body.get(next..).and_then(|s| s.chars().next()) else {
        return true;
    };
    // A lower-case word or a comma goes on with the sentence: "U.S. officials", "“Why?” he asked".
    if c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | '–' | '—' | '§' | '¶') {
        return false;
    }
    if body.as_bytes()[punct] != b'.' || run > 1 {
        return true;
    }
    let word = word_before(body, sentence_start, punct);
    if word.is_empty() {
        return true;
    }
    // Initials and spaced designations: "John F. Kennedy", "H. Res. 901", "S. 1560".
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    // A dotted abbreviation before a number is a citation: "8 U.S.C. 1158", "Pub. L. 5".
    if c.is_ascii_digit() && (word.contains('.') || word.len() <= 3) {
        return false;
    }
    if never_final(word) {
        return false;
    }
    // Dotted initials ("H.J. Res.", "J.R. Smith", "D.C.") behave like "U.S.".
    let dotted_initials = word.contains('.') && word.split('.').all(|p| p.len() <= 2);
    if dotted_initials || RARELY_FINAL.contains(&word) {
        let next_word = body[next..]
            .split(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("");
        return OPENERS.contains(&next_word);
    }
    if BEFORE_NUMBER.contains(&word) {
        return !c.is_ascii_digit();
    }
    true
}

/// Whether a single line break (text on both sides, no blank line) ends the sentence: it does
/// unless the next line starts in lower case or the line before stops mid-phrase (a comma, an
/// opening bracket, a dash or a function word), as in text wrapped around links.
fn line_break_ends(body: &str, sentence_start: usize, newline: usize, next: usize) -> bool {
    let Some(c) = body.get(next..).and_then(|s| s.chars().next()) else {
        return true;
    };
    if c.is_lowercase() || matches!(c, ',' | ';' | ')' | '.' | '(') {
        return false;
    }
    let before = body.get(sentence_start..newline).unwrap_or("").trim_end();
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if matches!(last, ',' | '(' | '[' | '-' | '–' | '—' | '&') {
        return false;
    }
    if matches!(last, '"' | '”' | '’') {
        // `“... take note,”` then a line with the attribution: one sentence.
        let inner = before[..before.len() - last.len_utf8()].trim_end();
        return !inner.ends_with(',');
    }
    let tail_start = before
        .trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
        .len();
    let last_word = before[tail_start..].to_ascii_lowercase();
    !matches!(
        last_word.as_str(),
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "and"
            | "or"
            | "at"
            | "by"
            | "for"
            | "with"
            | "in"
            | "on"
            | "from"
            | "least"
            | "than"
            | "that"
            | "as"
    )
}

fn push_trimmed(body: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = body.get(range.clone()) else {
        return;
    };
    // The ASCII bytes `char::is_whitespace` accepts are 9 to 13 and the space; `str::trim_*`
    // only runs when the edge holds a non-ASCII character, which may be whitespace too.
    let b = s.as_bytes();
    let space = |c: u8| matches!(c, b' ' | 9..=13);
    let mut lead = 0;
    while lead < b.len() && space(b[lead]) {
        lead += 1;
    }
    if lead < b.len() && b[lead] >= 0x80 {
        lead = s.len() - s.trim_start().len();
    }
    let mut end = b.len();
    while end > lead && space(b[end - 1]) {
        end -= 1;
    }
    if end > lead && b[end - 1] >= 0x80 {
        end = s.trim_end().len();
    }
    if lead < end {
        out.push(range.start + lead..range.start + end);
    }
}

#[cfg(test)]
#[path = "sentences_tests.rs"]
mod tests;
