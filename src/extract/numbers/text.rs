//! Byte-level neighbourhood of a number: the word just before or after it, with bounded reads
//! so that no lookup ever rescans a long run of letters (linear time on any body).

use std::ops::Range;

use crate::extract::bytescan::letters_end;

/// Longest word we read in either direction; longer runs are not words we know.
const MAX_WORD: usize = 40;

/// A word next to a number: ASCII letters, with inner `.`/`'` kept ("U.S", "year's").
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// The word is followed directly by a period ("No.", "U.S.", or a sentence end).
    pub dot: bool,
}

impl Word<'_> {
    pub(crate) fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    pub(crate) fn is_any(&self, list: &[&str]) -> bool {
        list.iter().any(|w| self.text.eq_ignore_ascii_case(w))
    }

    pub(crate) fn capitalized(&self) -> bool {
        self.text
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

/// Skips at most `max` spaces or tabs backwards from `pos`.
pub(crate) fn skip_spaces_back(bytes: &[u8], mut pos: usize, max: usize) -> usize {
    let floor = pos.saturating_sub(max);
    while pos > floor && matches!(bytes[pos - 1], b' ' | b'\t') {
        pos -= 1;
    }
    pos
}

/// Skips at most `max` spaces or tabs forwards from `pos`.
pub(crate) fn skip_spaces(bytes: &[u8], mut pos: usize, max: usize) -> usize {
    let ceil = (pos + max).min(bytes.len());
    while pos < ceil && matches!(bytes[pos], b' ' | b'\t') {
        pos += 1;
    }
    pos
}

/// The word ending at `end` exactly (letters, inner `.`, `'`, `-`), or `None`.
pub(crate) fn word_ending_at(body: &str, end: usize) -> Option<Word<'_>> {
    let bytes = body.as_bytes();
    let mut end = end;
    let mut dot = false;
    if end > 0 && bytes[end - 1] == b'.' {
        dot = true;
        end -= 1;
    }
    let floor = end.saturating_sub(MAX_WORD);
    let mut start = end;
    while start > floor {
        let b = bytes[start - 1];
        let inner = matches!(b, b'.' | b'\'' | b'-')
            && start >= 2
            && is_word_byte(bytes[start - 2])
            && start < end;
        if is_word_byte(b) || inner {
            start -= 1;
        } else {
            break;
        }
    }
    if start == end || (start > 0 && is_word_byte(bytes[start - 1])) {
        return None;
    }
    Some(Word {
        start,
        end,
        text: body.get(start..end)?,
        dot,
    })
}

/// The word before `pos`, past at most a few spaces.
pub(crate) fn word_before(body: &str, pos: usize) -> Option<Word<'_>> {
    let p = skip_spaces_back(body.as_bytes(), pos, 3);
    if p == pos && pos > 0 && body.as_bytes()[pos - 1].is_ascii_alphabetic() {
        // Glued letters ("H2201") are not a separate word.
        return None;
    }
    word_ending_at(body, p)
}

/// The word starting at `start` exactly (letters, inner `.`, `'`, `’`, `-`), or `None`.
pub(crate) fn word_starting_at(body: &str, start: usize) -> Option<Word<'_>> {
    let bytes = body.as_bytes();
    if !bytes.get(start).is_some_and(|b| is_word_byte(*b)) {
        return None;
    }
    if start > 0 && is_word_byte(bytes[start - 1]) {
        return None;
    }
    let ceil = (start + MAX_WORD).min(bytes.len());
    let mut end = start;
    while end < ceil {
        // Letters a run at a time (never past `ceil`), then one inner mark and its letter.
        end = letters_end(&bytes[..ceil], end);
        if end < ceil
            && matches!(bytes[end], b'.' | b'\'' | b'-')
            && bytes.get(end + 1).is_some_and(|n| is_word_byte(*n))
        {
            end += 2;
        } else {
            break;
        }
    }
    let end = end.min(bytes.len());
    let dot = bytes.get(end) == Some(&b'.');
    Some(Word {
        start,
        end,
        text: body.get(start..end)?,
        dot,
    })
}

/// The word after `pos`, past at most a few spaces.
pub(crate) fn word_after(body: &str, pos: usize) -> Option<Word<'_>> {
    word_starting_at(body, skip_spaces(body.as_bytes(), pos, 3))
}

/// Whether the text just before `pos` (past spaces) is a possessive ("Britain's", "year’s").
pub(crate) fn possessive_before(body: &str, pos: usize) -> bool {
    let p = skip_spaces_back(body.as_bytes(), pos, 3);
    let head = &body.as_bytes()[..p];
    head.ends_with(b"'s") || head.ends_with("’s".as_bytes()) || head.ends_with(b"s'")
}

/// The whitespace-delimited token around `pos`, read back no further than `floor`. Callers
/// pass the end of the previous token as `floor`, so each byte is read at most twice.
pub(crate) fn token_around(bytes: &[u8], pos: usize, floor: usize) -> Range<usize> {
    let mut start = pos.min(bytes.len());
    while start > floor && !bytes[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    let mut end = pos;
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
        end += 1;
    }
    start..end
}

/// A token holding "://" or "www." is a URL: numbers inside it ("%20", "/2020/04/") are no
/// facts.
pub(crate) fn is_url(token: &[u8]) -> bool {
    token.windows(4).any(|w| w == b"www." || w == b"WWW.") || token.windows(3).any(|w| w == b"://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_a_number() {
        let s = "a majority of 35 votes";
        assert_eq!(word_before(s, 14).unwrap().text, "of");
        assert_eq!(word_after(s, 16).unwrap().text, "votes");
        assert!(word_before("H2201", 1).is_none());
    }

    #[test]
    fn abbreviations_keep_inner_periods() {
        let s = "7 U.S.C. 552";
        let w = word_after(s, 1).unwrap();
        assert_eq!(w.text, "U.S.C");
        assert!(w.dot);
        let w = word_before("see No. 5", 8).unwrap();
        assert_eq!(w.text, "No");
        assert!(w.dot);
    }

    #[test]
    fn possessives_and_urls() {
        assert!(possessive_before("Britain’s 60", 11));
        assert!(!possessive_before("sees 60", 5));
        let s = "see http://x.org/a?q=30%25 now";
        let t = token_around(s.as_bytes(), 22, 0);
        assert_eq!(t, 4..26);
        assert!(is_url(&s.as_bytes()[t]));
        let s = "go www.a.com or https://b.org://c";
        assert_eq!(token_around(s.as_bytes(), 5, 0), 3..12);
        assert_eq!(token_around(s.as_bytes(), 20, 12), 16..33);
        assert!(!is_url(b"30%"));
    }
}
