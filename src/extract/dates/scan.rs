//! The token view of a body the date matchers walk: ASCII word and number runs with their byte
//! spans, the text between them, quotation and URL ranges, and the direction (past or forward)
//! of the sentence around a token.

use std::cell::Cell;
use std::ops::Range;

use chrono::NaiveDate;

use super::super::Context;
use super::body::{self, Tok};
use super::lexicon::{Lex, Unit};

/// A number-word reading: (end byte, value), or none.
pub(crate) type NumberWords = Option<(usize, u64)>;

pub(crate) struct Scan<'a> {
    pub body: &'a str,
    /// The body with ASCII letters lowercased, at the same offsets.
    lower: String,
    pub published: NaiveDate,
    toks: Vec<Tok>,
    /// [`body::Body::starts`].
    starts: Vec<usize>,
    /// Where in `starts` the last [`Scan::next_start`] answer was: the walk goes forward, so
    /// each answer is a step or two from the last.
    start_cursor: Cell<usize>,
    sentences: &'a [Range<usize>],
    /// Byte ranges inside quotation marks, in body order.
    quotes: Vec<Range<usize>>,
    /// Byte ranges of URLs and e-mail-like runs, in body order: their digits are not dates.
    urls: Vec<Range<usize>>,
    /// The last number-word reading (token, result): several matchers ask about the same token.
    number_words: Cell<Option<(usize, NumberWords)>>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(ctx: &Context<'a>) -> Scan<'a> {
        let begin = ctx.metadata.as_ref().map_or(0, |m| m.end);
        let read = body::read(ctx.body, begin);
        Scan {
            body: ctx.body,
            lower: read.lower,
            published: ctx.published,
            toks: read.toks,
            starts: read.starts,
            start_cursor: Cell::new(0),
            sentences: ctx.sentences,
            quotes: read.quotes,
            urls: read.urls,
            number_words: Cell::new(None),
        }
    }

    /// `read()`'s result for token `i`, computed once per token.
    pub(crate) fn memo_number_words(
        &self,
        i: usize,
        read: impl FnOnce() -> NumberWords,
    ) -> NumberWords {
        if let Some((at, value)) = self.number_words.get()
            && at == i
        {
            return value;
        }
        let value = read();
        self.number_words.set(Some((i, value)));
        value
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(crate) fn tok(&self, i: usize) -> Option<Tok> {
        self.toks.get(i).copied()
    }

    pub(crate) fn start(&self, i: usize) -> usize {
        self.toks[i].s
    }

    pub(crate) fn end(&self, i: usize) -> usize {
        self.toks[i].e
    }

    /// The token's text ("" past the end).
    pub(crate) fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.body[t.s..t.e])
    }

    /// The token's text with ASCII letters lowercased ("" past the end).
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.s..t.e])
    }

    /// Whether token `i` is `word` (lowercase) in any case.
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()));
        // Lengths first, and bytes: most tokens asked about are some other word.
        self.toks.get(i).is_some_and(|t| {
            t.e - t.s == word.len() && self.lower.as_bytes().get(t.s..t.e) == Some(word.as_bytes())
        })
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.num)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.num)
    }

    /// The first token at or after `i` a date or duration can start at; the walk skips the
    /// rest.
    pub(crate) fn next_start(&self, i: usize) -> Option<usize> {
        let mut c = self.start_cursor.get();
        if c > 0 && self.starts.get(c - 1).is_some_and(|&s| s >= i) {
            // Asked about an earlier token than last time (not the walk's order).
            c = self.starts.partition_point(|&s| s < i);
        }
        while self.starts.get(c).is_some_and(|&s| s < i) {
            c += 1;
        }
        self.start_cursor.set(c);
        self.starts.get(c).copied()
    }

    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    /// The month named by token `i`: (number, abbreviated).
    pub(crate) fn month(&self, i: usize) -> Option<(u32, bool)> {
        self.lex(i)
            .filter(|l| l.month != 0)
            .map(|l| (u32::from(l.month), l.month_abbr))
    }

    /// The weekday named by token `i`, in days from Monday.
    pub(crate) fn weekday(&self, i: usize) -> Option<u32> {
        self.lex(i)
            .filter(|l| l.weekday != 0)
            .map(|l| u32::from(l.weekday) - 1)
    }

    /// The day of an ordinal word at `i` ("fourth" 4).
    pub(crate) fn ordinal(&self, i: usize) -> Option<u32> {
        self.lex(i)
            .filter(|l| l.ordinal != 0)
            .map(|l| u32::from(l.ordinal))
    }

    pub(crate) fn unit(&self, i: usize) -> Option<Unit> {
        self.lex(i).and_then(|l| l.unit)
    }

    /// Whether token `i` is a month, weekday, ordinal or number word: the words an absolute
    /// date can start at.
    pub(crate) fn calendar_word(&self, i: usize) -> bool {
        self.lex(i)
            .is_some_and(|l| l.month != 0 || l.weekday != 0 || l.ordinal != 0 || l.number_word)
    }

    /// Whether token `i` is a unit or tens number word ("six", "forty").
    pub(crate) fn number_word(&self, i: usize) -> bool {
        self.lex(i).is_some_and(|l| l.number_word)
    }

    /// Whether token `i` is a part of a day ("night").
    pub(crate) fn day_part(&self, i: usize) -> bool {
        self.lex(i).is_some_and(|l| l.day_part)
    }

    /// Whether token `i` is an ordinal suffix ("th").
    pub(crate) fn ordinal_suffix(&self, i: usize) -> bool {
        self.lex(i).is_some_and(|l| l.ordinal_suffix)
    }

    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).as_bytes()[0].is_ascii_uppercase()
    }

    /// The text between token `i - 1` and token `i` (from the body start for the first token).
    pub(crate) fn sep_before(&self, i: usize) -> &'a str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let from = if i == 0 { 0 } else { self.toks[i - 1].e };
        &self.body[from..t.s]
    }

    /// The text after token `i` up to the next token (or the body end).
    pub(crate) fn sep_after(&self, i: usize) -> &'a str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let to = self.toks.get(i + 1).map_or(self.body.len(), |n| n.s);
        &self.body[t.e..to]
    }

    /// The index of the token ending exactly at byte `end`.
    pub(crate) fn tok_ending_at(&self, end: usize) -> Option<usize> {
        let idx = self.toks.partition_point(|t| t.e < end);
        self.toks.get(idx).filter(|t| t.e == end).map(|_| idx)
    }

    /// Whether tokens `i - 1` and `i` are separated by plain spaces only.
    pub(crate) fn spaced(&self, i: usize) -> bool {
        i > 0 && {
            let s = self.sep_before(i);
            !s.is_empty() && s.bytes().all(|b| b == b' ' || b == b'\t')
        }
    }

    /// Whether tokens `i - 1` and `i` touch ("04th", "3day").
    pub(crate) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.sep_before(i).is_empty()
    }

    /// The previous token when it is a word joined to `i` by spaces only, lowercased.
    pub(crate) fn prev_word(&self, i: usize) -> Option<&str> {
        (i > 0 && self.is_word(i - 1) && self.spaced(i)).then(|| self.lower(i - 1))
    }

    /// Whether the token at `i` starts a sentence (or follows opening punctuation only).
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        let Some(range) = self.sentence_of(self.start(i)) else {
            return true;
        };
        i == 0 || self.toks[i - 1].s < range.start
    }

    pub(crate) fn sentence_of(&self, pos: usize) -> Option<Range<usize>> {
        let idx = self.sentences.partition_point(|r| r.end <= pos);
        self.sentences.get(idx).filter(|r| r.start <= pos).cloned()
    }

    pub(crate) fn in_quote(&self, pos: usize) -> bool {
        in_ranges(&self.quotes, pos)
    }

    /// Whether `pos` is inside a quoted title ("the “Emergency Relief for Disasters Occurring
    /// in 2013” bill"): a short quotation whose words are mostly capitalized.
    pub(crate) fn in_title(&self, pos: usize) -> bool {
        let idx = self.quotes.partition_point(|r| r.end <= pos);
        let Some(r) = self.quotes.get(idx).filter(|r| r.start <= pos) else {
            return false;
        };
        if r.len() > 300 {
            return false;
        }
        let words: Vec<&str> = self.body[r.clone()]
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 3)
            .collect();
        let capital = words
            .iter()
            .filter(|w| w.as_bytes()[0].is_ascii_uppercase())
            .count();
        words.len() <= 15 && capital * 3 >= words.len() * 2
    }

    pub(crate) fn in_url(&self, i: usize) -> bool {
        in_ranges(&self.urls, self.start(i))
    }

    /// Whether the sentence around tokens `from..to` looks forward ("will meet on Wednesday",
    /// "plans to vote Friday") rather than back, the default of news text. A past-tense verb
    /// right next to the expression ("said on Tuesday") keeps it in the past even when the
    /// reported clause looks forward.
    pub(crate) fn forward(&self, from: usize, to: usize) -> bool {
        let Some(sentence) = self.sentence_of(self.start(from)) else {
            return false;
        };
        // A window of the sentence keeps the cost per expression bounded on bodies without
        // sentence ends.
        let lo = self
            .toks
            .partition_point(|t| t.s < sentence.start)
            .max(from.saturating_sub(CUE_WINDOW));
        let hi = self
            .toks
            .partition_point(|t| t.s < sentence.end)
            .min(to + CUE_WINDOW);
        // The clause: the tokens between the commas or dashes around the expression.
        let mut clause_lo = from;
        while clause_lo > lo && !is_clause_break(self.sep_before(clause_lo)) {
            clause_lo -= 1;
        }
        let mut clause_hi = to;
        while clause_hi < hi && !is_clause_break(self.sep_before(clause_hi)) {
            clause_hi += 1;
        }
        let near = |lo: usize, hi: usize| {
            (from.saturating_sub(3).max(lo)..from)
                .chain(to..(to + 3).min(hi))
                .any(|k| is_past_verb(self.lower(k)) && !(k > 0 && self.is(k - 1, "be")))
        };
        if near(clause_lo, clause_hi) {
            return false;
        }
        // Modals just before: "would vote Friday", "must be filed by Monday".
        if (from.saturating_sub(6).max(clause_lo)..from)
            .any(|k| matches!(self.lower(k), "would" | "must"))
        {
            return true;
        }
        // Headline future: "Senate to vote Thursday", "Biden to visit Kyiv on Friday".
        if (from.saturating_sub(5).max(clause_lo + 1)..from).any(|k| {
            self.is(k, "to")
                && self.capitalized(k - 1)
                && !matches!(
                    self.lower(k - 1),
                    "according" | "due" | "thanks" | "compared" | "prior" | "next" | "close"
                )
        }) {
            return true;
        }
        // A present copula right before: "the deadline is Friday", "the vote is on Monday".
        if (from.saturating_sub(2).max(clause_lo)..from)
            .any(|k| matches!(self.lower(k), "is" | "are"))
        {
            return true;
        }
        if self.has_forward_cue(clause_lo, clause_hi, from) {
            return true;
        }
        !near(lo, hi) && self.has_forward_cue(lo, hi, from)
    }

    /// Whether tokens `lo..hi` hold a forward cue ("will", "'ll", "next", "plans to").
    fn has_forward_cue(&self, lo: usize, hi: usize, from: usize) -> bool {
        let mut prev = "";
        for k in lo..hi {
            let w = self.lower(k);
            let cue = match w {
                "will" | "shall" | "tomorrow" | "upcoming" | "next" | "please" => true,
                "should" => !self.is(k + 1, "have"),
                "ll" => matches!(self.sep_before(k), "'" | "’"),
                "s" => prev == "let" && matches!(self.sep_before(k), "'" | "’"),
                "to" => is_intention(prev) && k < from,
                // "are due in October", "is expected on Thursday"; not "due to the rain".
                "in" | "on" | "by" | "for" => {
                    matches!(prev, "due" | "expected" | "scheduled" | "slated")
                }
                _ => false,
            };
            if cue {
                return true;
            }
            prev = w;
        }
        false
    }
}

/// How many tokens either side of an expression its direction cues are looked for in.
const CUE_WINDOW: usize = 30;

/// Whether `sep` holds a comma, semicolon, parenthesis, colon or dash: bytes first, as most
/// separators are one space.
fn is_clause_break(sep: &str) -> bool {
    let bytes = sep.as_bytes();
    // One byte (most often a space): an ASCII byte, no dash.
    if let [b] = bytes {
        return matches!(b, b',' | b';' | b'(' | b')' | b':');
    }
    bytes
        .iter()
        .any(|b| matches!(b, b',' | b';' | b'(' | b')' | b':'))
        || (bytes.contains(&0xE2) && sep.contains(['—', '–']))
}

/// Verbs whose "to" clause is a plan ("threatened to hold the Senate open Friday").
fn is_intention(word: &str) -> bool {
    matches!(
        word,
        "plan"
            | "plans"
            | "planned"
            | "planning"
            | "intend"
            | "intends"
            | "intended"
            | "expect"
            | "expects"
            | "expected"
            | "threaten"
            | "threatens"
            | "threatened"
            | "vow"
            | "vows"
            | "vowed"
            | "pledge"
            | "pledges"
            | "pledged"
            | "promise"
            | "promises"
            | "promised"
            | "scheduled"
            | "set"
            | "due"
            | "going"
            | "aims"
            | "hopes"
    )
}

fn is_past_verb(word: &str) -> bool {
    if matches!(
        word,
        "scheduled" | "expected" | "planned" | "slated" | "proposed" | "needed"
    ) {
        return false;
    }
    (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "said"
                | "told"
                | "was"
                | "were"
                | "had"
                | "met"
                | "made"
                | "sent"
                | "gave"
                | "took"
                | "held"
                | "saw"
                | "began"
                | "won"
                | "lost"
                | "came"
                | "went"
                | "left"
                | "spoke"
                | "wrote"
                | "ran"
                | "got"
                | "did"
                | "led"
                | "paid"
                | "cut"
                | "put"
                | "set"
                | "hit"
                | "fell"
                | "rose"
                | "ago"
        )
}

fn in_ranges(ranges: &[Range<usize>], pos: usize) -> bool {
    let idx = ranges.partition_point(|r| r.end <= pos);
    ranges.get(idx).is_some_and(|r| r.start <= pos)
}
