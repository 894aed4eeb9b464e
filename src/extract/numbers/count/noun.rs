//! The counted noun after a number: "46 members", "60 Democratic lawmakers", "five of the
//! victims". A number with no such noun is no count unless a total or tally rule says so.

use super::super::lexicon::{
    DETERMINERS, MEASURES, MONTHS_AND_DAYS, PLURAL_NOUNS, STOP, STREET, TIME_UNITS, Words,
};
use super::super::scan::Num;
use super::super::text::{Word, word_after, word_starting_at};
use crate::extract::numwords::{parse_words_at, scale_word, small_word};

/// Whether `w` is in `list` (one of the sorted lower-case lists of `lexicon`), in any case.
pub(super) fn has(list: Words, w: &Word<'_>) -> bool {
    in_sorted(list, w.text)
}

pub(super) fn in_sorted(list: Words, word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    for (l, b) in lower.iter_mut().zip(word.as_bytes()) {
        *l = b.to_ascii_lowercase();
    }
    list.may_hold(lower)
        && list
            .list
            .binary_search_by(|p| short_cmp(p.as_bytes(), lower))
            .is_ok()
}

/// Byte order of two short words, compared in place: the first letters settle most steps of
/// a search, so a call into `memcmp` costs more than it saves.
fn short_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

pub(super) fn looks_plural(w: &str) -> bool {
    let b = w.as_bytes();
    let ends_in_s = b.len() > 2
        && b[b.len() - 1].eq_ignore_ascii_case(&b's')
        && !b[b.len() - 2].eq_ignore_ascii_case(&b's');
    ends_in_s || in_sorted(PLURAL_NOUNS, w)
}

/// The counted noun after `n`: the phrase's head word, or `None` when no noun follows.
pub(super) fn counted_noun<'a>(body: &'a str, n: &Num) -> Option<&'a str> {
    if body.as_bytes().get(n.end) != Some(&b' ') {
        return None;
    }
    let mut first = word_after(body, n.end).filter(|w| w.start == n.end + 1)?;
    if first.is("of") {
        return partitive(body, first.end).or_else(|| of_pronoun(body, first.end));
    }
    // "Eleven more deaths", "250,000 more low earners": the comparative is not the noun.
    if first.is_any(&["more", "fewer", "additional", "extra"]) {
        first = word_after(body, first.end).filter(|w| w.start == first.end + 1)?;
    }
    noun_phrase(body, first, n.glued_scale)
}

/// "3,000 of them", "12 of whom": the number counts a subset of people or things named
/// before; the unit is not written, so it is empty.
fn of_pronoun(body: &str, of_end: usize) -> Option<&'static str> {
    word_after(body, of_end)
        .filter(|w| w.start == of_end + 1)
        .filter(|w| w.is_any(&["them", "us", "whom", "which", "those", "these"]))
        .map(|_| "")
}

/// "Five of the victims", "12 of its 15 games": the number counts the noun after "of" and a
/// determiner (and maybe a second number), when that noun is plural.
fn partitive(body: &str, of_end: usize) -> Option<&str> {
    let det = word_after(body, of_end).filter(|w| w.start == of_end + 1 && has(DETERMINERS, w))?;
    let bytes = body.as_bytes();
    let mut p = det.end + 1;
    if bytes.get(det.end) != Some(&b' ') {
        return None;
    }
    if bytes.get(p).is_some_and(u8::is_ascii_digit) {
        while bytes
            .get(p)
            .is_some_and(|b| b.is_ascii_digit() || *b == b',')
        {
            p += 1;
        }
        p += 1;
    } else if let Some((end, _)) = parse_words_at(body, p) {
        p = end + 1;
    }
    if bytes.get(p - 1) != Some(&b' ') {
        return None;
    }
    let first = word_starting_at(body, p)?;
    noun_phrase(body, first, true)
}

/// The head noun of the phrase opening with `first`, or `None` when it is no counted noun.
pub(super) fn noun_phrase<'a>(
    body: &'a str,
    first: Word<'a>,
    plural_only: bool,
) -> Option<&'a str> {
    if first.text.contains('.') || is_stop(&first) {
        // "7 U.S.C.", "5 p.m."
        return None;
    }
    if first.capitalized() {
        // "950 Pennsylvania Avenue"
        let mut w = first;
        for _ in 0..3 {
            if has(STREET, &w) {
                return None;
            }
            match word_after(body, w.end).filter(|x| x.start == w.end + 1 && x.capitalized()) {
                Some(next) => w = next,
                None => break,
            }
        }
    }
    // "737 MAX 9 jets": a model designation, not "737 MAX"es.
    let after_first = body.as_bytes().get(first.end + 1);
    if body.as_bytes().get(first.end) == Some(&b' ') && after_first.is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    // Up to three words, on the stack.
    let mut phrase = [first; 3];
    let mut len = 1;
    let mut last = first;
    while len < 3 && !last.dot {
        match word_after(body, last.end).filter(|x| x.start == last.end + 1) {
            Some(next) if !is_stop(&next) && !next.text.contains('.') => {
                phrase[len] = next;
                len += 1;
                last = next;
            }
            _ => break,
        }
    }
    let words = &phrase[..len];
    // The head noun: the first plural-looking word, else the first word.
    let plural = words.iter().position(|w| looks_plural(w.text));
    let head = if plural_only {
        plural?
    } else {
        plural.unwrap_or(0)
    };
    if words[..=head]
        .iter()
        .any(|w| has(TIME_UNITS, w) || has(MEASURES, w) || has(MONTHS_AND_DAYS, w))
    {
        return None;
    }
    Some(words[head].text)
}

fn is_stop(w: &Word<'_>) -> bool {
    has(STOP, w)
        || small_word(w.text).is_some()
        || (scale_word(w.text).is_some() && w.text.len() > 2)
        || w.is("hundred")
}
