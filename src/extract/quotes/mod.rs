//! QUOTE facts: quotations of four or more words, with their speaker.
//!
//! One pass pairs quote marks: curly “…” and straight "…" (a straight mark closes an open
//! quote, else opens one), and single curly ‘…’ outside double quotes (British style; an
//! apostrophe, "don’t", never closes one). An opening mark that meets another opening mark
//! before its closer is dropped, and a quote still open at a blank line ends there only when
//! the next paragraph opens a new quote (the news convention for a quotation that runs over
//! paragraphs); otherwise it is dropped. So unbalanced marks cost nothing extra and the pass
//! stays linear.
//!
//! A pair becomes a fact when its words number four or more (fewer is a scare quote) and it is
//! not a title ("Pay Our Military Act": every word capitalized but the small ones, no sentence
//! punctuation inside). The span is the words inside the marks (stray leading marks dropped);
//! `normalized` collapses whitespace and drops trailing `, . ; :`. `speaker.rs` finds who said
//! it, reading the word view of `words.rs` and the word lists of `lexicon.rs`.

mod lexicon;
mod scan;
mod speaker;
mod words;

use std::ops::Range;

use super::Context;
use super::bytescan::next_of;
use crate::domain::{Fact, FactKind};

/// One pair of quote marks.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Pair {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Between the marks.
    pub inner: Range<usize>,
    /// Byte offset just past the closing mark (the paragraph end for an unclosed one).
    pub close_end: usize,
}

/// Fewer words than this is a scare quote ("tampon tax", "OK with me").
const MIN_WORDS: usize = 4;

/// Appends every quote fact of the body to `out`.
#[inline(never)] // Kept out of `extract` so profiles show what quotes cost.
pub(crate) fn find(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let begin = ctx.metadata.as_ref().map_or(0, |m| m.end);
    let pairs = pair_marks(ctx.body, begin);
    let mut kept: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, pair) in pairs.iter().enumerate() {
        let Some(span) = quote_span(ctx.body, pair.inner.clone()) else {
            continue;
        };
        let text = &ctx.body[span.clone()];
        if has_min_words(text) && !is_title(text) && !named_thing(ctx.body, pair) {
            kept.push((i, span));
        }
    }
    if kept.is_empty() {
        return;
    }
    let indices: Vec<usize> = kept.iter().map(|(i, _)| *i).collect();
    let speakers = speaker::attribute(ctx, &pairs, &indices);
    for ((_, span), who) in kept.into_iter().zip(speakers) {
        let text = ctx.body[span.clone()].to_string();
        out.push(Fact {
            kind: FactKind::Quote,
            normalized: normalize(&text),
            text,
            start: span.start,
            end: span.end,
            speaker: who,
            ..Fact::default()
        });
    }
}

/// Whitespace collapsed, trailing `, . ; :` dropped. One pass over the bytes: the words
/// are copied as they stand, one space between them (as `split_whitespace` + `join(" ")`).
fn normalize(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut word_start = None;
    let mut at = 0;
    while at < bytes.len() {
        // Visible ASCII settles itself; anything else asks the whitespace test.
        let ws = if (0x21..0x80).contains(&bytes[at]) {
            0
        } else {
            scan::whitespace_len(bytes, at)
        };
        if ws == 0 {
            word_start.get_or_insert(at);
            at += 1;
            continue;
        }
        if let Some(from) = word_start.take() {
            push_word(&mut out, &text[from..at]);
        }
        at += ws;
    }
    if let Some(from) = word_start {
        push_word(&mut out, &text[from..]);
    }
    let kept = out.trim_end_matches([',', '.', ';', ':', ' ']).len();
    out.truncate(kept);
    out
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// The words inside the marks: surrounding whitespace and stray marks (`“’[He] said`) dropped.
fn quote_span(body: &str, inner: Range<usize>) -> Option<Range<usize>> {
    let s = body.get(inner.clone())?;
    let trimmed_start =
        s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '‘' | '\'' | '`'));
    let lead = s.len() - trimmed_start.len();
    let t = trimmed_start.trim_end();
    if t.is_empty() {
        return None;
    }
    Some(inner.start + lead..inner.start + lead + t.len())
}

/// At least [`MIN_WORDS`] words with a letter or digit; stops counting early.
fn has_min_words(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| {
            // An ASCII letter or digit answers without decoding the word.
            w.bytes().any(|b| b.is_ascii_alphanumeric())
                || (!w.is_ascii() && w.chars().any(char::is_alphanumeric))
        })
        .take(MIN_WORDS)
        .count()
        >= MIN_WORDS
}

/// Small words a title leaves in lower case.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "nor", "for", "in", "on", "to", "at", "by", "with",
    "from", "into", "via", "vs", "v", "de", "la", "per", "as",
];

/// A quoted title: every word capitalized (or a number) but the small ones, and no sentence
/// punctuation inside ("Continuing Appropriations Resolution, 2014", "Pay Our Military Act").
fn is_title(text: &str) -> bool {
    let trimmed = text.trim_end_matches([',', '.', ';', ':', ' ']);
    // The word test first: a quotation fails it within a few words, before the scans of the
    // whole text below (every test is a plain condition, so the order changes no answer).
    let mut capitalized = 0;
    for word in trimmed.split_whitespace() {
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = core.chars().next() else {
            continue;
        };
        if first.is_uppercase() || first.is_ascii_digit() {
            capitalized += 1;
        } else if !TITLE_SMALL_WORDS.contains(&core) {
            return false;
        }
    }
    if capitalized == 0 || trimmed.contains(['!', '?']) || trimmed.contains(". ") {
        return false;
    }
    // Shouting ("WE WILL NOT BACK DOWN") is a quote; a title mixes cases.
    trimmed.chars().any(char::is_lowercase)
}

/// Words before an opening mark that announce a name, not speech: a report "titled “…”".
const NAME_CUES: &[&str] = &[
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "headlined",
    "headline",
    "slogan",
    "motto",
    "hashtag",
    "theme",
    "the",
];

/// Words after a closing mark that make the quoted words a name: the “…” report, policy, act.
const NAMED_NOUNS: &[&str] = &[
    "report",
    "bill",
    "act",
    "campaign",
    "program",
    "programme",
    "scheme",
    "policy",
    "initiative",
    "law",
    "plan",
    "framework",
    "doctrine",
    "rule",
    "provision",
    "clause",
    "amendment",
    "slogan",
    "banner",
    "movement",
    "strategy",
    "agenda",
    "principle",
    "model",
    "series",
    "show",
    "book",
    "film",
    "song",
    "album",
    "podcast",
    "study",
    "survey",
    "motto",
];

/// A quoted name rather than a quotation, by the word before the opening mark ("a report
/// titled “…”", "the “…”") or the word after the closing one ("the “…” policy"). Both looks
/// are bounded to one word.
fn named_thing(body: &str, pair: &Pair) -> bool {
    let mut from = pair.open.saturating_sub(24);
    while !body.is_char_boundary(from) {
        from -= 1;
    }
    let before = body.get(from..pair.open).unwrap_or("");
    let prev_word = before
        .trim_end_matches([' ', ',', ':'])
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // The cues are ASCII: an ASCII word is compared without a lower-case copy.
    let cue = if prev_word.is_ascii() {
        NAME_CUES
            .iter()
            .find(|c| c.eq_ignore_ascii_case(prev_word))
            .copied()
    } else {
        let lower = prev_word.to_lowercase();
        NAME_CUES.iter().find(|c| **c == lower).copied()
    };
    if let Some(cue) = cue {
        return !characterized_by_speaker(before, cue);
    }
    let mut to = (pair.close_end + 24).min(body.len());
    while !body.is_char_boundary(to) {
        to -= 1;
    }
    let after = body.get(pair.close_end..to).unwrap_or("");
    let next_word = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if next_word.is_ascii() {
        NAMED_NOUNS
            .iter()
            .any(|n| n.eq_ignore_ascii_case(next_word))
    } else {
        NAMED_NOUNS.contains(&next_word.to_lowercase().as_str())
    }
}

/// "which Roe called “…”", "what she dubbed “…”": a person calls something by words of their
/// own, so the quote is a characterization, not a name (titles are caught by [`is_title`]).
/// A noun before the verb ("a plan called “…”") names a thing.
fn characterized_by_speaker(before: &str, cue: &str) -> bool {
    if !matches!(cue, "called" | "dubbed") {
        return false;
    }
    let head = before.trim_end_matches([' ', ',', ':']);
    let head = &head[..head.len() - cue.len().min(head.len())];
    let Some(subject) = head.trim_end().rsplit(' ').next() else {
        return false;
    };
    if matches!(subject, "he" | "she" | "they" | "we" | "I") {
        return true;
    }
    // A name: capitalized and not a document ("the Budget Act called").
    subject.chars().next().is_some_and(char::is_uppercase)
        && subject.chars().all(char::is_alphabetic)
        && !NAMED_NOUNS.contains(&subject.to_lowercase().as_str())
        && !matches!(subject, "The" | "A" | "An" | "It" | "This" | "That")
}

/// Pairs the quote marks of `body[begin..]` in one pass (see the module doc).
pub(crate) fn pair_marks(body: &str, begin: usize) -> Vec<Pair> {
    let mut pairs = Vec::new();
    // (offset of the opening mark, offset just past it)
    let mut open: Option<(usize, usize)> = None;
    let mut single: Option<(usize, usize)> = None;
    let mut newlines = 0u32;
    let mut last_visible_end = begin;
    let mut prev: Option<char> = None;
    let Some(rest) = body.get(begin..) else {
        return pairs;
    };
    let bytes = body.as_bytes();
    let mut pos = begin;
    while pos < bytes.len() {
        // A plain stretch (no line break, straight mark or curly-mark lead byte) only moves
        // the last visible end and the previous character.
        // What may matter to mark pairing: a line break, a straight quote, or 0xE2 (the lead
        // byte of every curly quote).
        let stop = next_of(bytes, pos, [b'\n', b'"', 0xe2]);
        if stop > pos {
            let stretch = &body[pos..stop];
            let visible = stretch.trim_end();
            if !visible.is_empty() {
                newlines = 0;
                last_visible_end = pos + visible.len();
            }
            prev = stretch.chars().next_back();
            pos = stop;
            continue;
        }
        let Some(c) = rest.get(pos - begin..).and_then(|t| t.chars().next()) else {
            break;
        };
        let at = pos;
        let after = at + c.len_utf8();
        pos = after;
        let before = prev.replace(c);
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
                if newlines == 2 {
                    single = None;
                }
                if newlines == 2
                    && let Some((o, o_end)) = open.take()
                    && next_visible_opens_quote(body, after)
                    && last_visible_end > o_end
                {
                    pairs.push(Pair {
                        open: o,
                        inner: o_end..last_visible_end,
                        close_end: last_visible_end,
                    });
                }
            }
            continue;
        }
        newlines = 0;
        match c {
            '“' => open = Some((at, after)),
            '”' | '"' => match open.take() {
                Some((o, o_end)) => pairs.push(Pair {
                    open: o,
                    inner: o_end..at,
                    close_end: after,
                }),
                None if c == '"' => open = Some((at, after)),
                None => {}
            },
            // Single curly quotes (‘…’), outside double ones: an opening mark starts a word; a
            // closing one ends a word and is not an apostrophe ("don’t", "’90s").
            '‘' if open.is_none()
                && before.is_none_or(|b| b.is_whitespace() || "([—–-".contains(b)) =>
            {
                single = Some((at, after));
            }
            '’' if open.is_none() && before.is_some_and(|b| !b.is_whitespace()) => {
                let next = body.get(after..).and_then(|t| t.chars().next());
                if next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]—–\"”".contains(n))
                    && let Some((o, o_end)) = single.take()
                {
                    pairs.push(Pair {
                        open: o,
                        inner: o_end..at,
                        close_end: after,
                    });
                }
            }
            _ => {}
        }
        last_visible_end = after;
    }
    // A single pair closes after the double pairs inside it: restore body order, drop nesting.
    pairs.sort_by_key(|p| p.open);
    let mut reach = 0;
    pairs.retain(|p| {
        let keep = p.open >= reach;
        reach = reach.max(p.close_end);
        keep
    });
    pairs
}

/// Whether the first non-whitespace character at or after `from` is an opening quote mark.
/// Called once per blank line, on the whitespace run the main pass walks anyway.
fn next_visible_opens_quote(body: &str, from: usize) -> bool {
    body.get(from..)
        .and_then(|s| s.chars().find(|c| !c.is_whitespace()))
        .is_some_and(|c| matches!(c, '“' | '"'))
}

#[cfg(test)]
mod attribution_tests;
#[cfg(test)]
mod tests;
