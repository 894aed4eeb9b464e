//! The token view of a body the date matchers walk: ASCII word and number runs with their byte
//! spans, the text between them, quotation and URL ranges, and the direction (past or forward)
//! of the sentence around a token.

use std::cell::Cell;
use std::ops::Range;

use chrono::NaiveDate;

use super::super::Context;
use super::lexicon::{Lex, Unit, classify};

/// A number-word reading: (end byte, value), or none.
pub(crate) type NumberWords = Option<(usize, u64)>;

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

pub(crate) struct Scan<'a> {
    pub body: &'a str,
    /// `body` with ASCII letters lowercased: same byte offsets, read without allocating.
    lower: String,
    pub published: NaiveDate,
    toks: Vec<Tok>,
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
        Scan {
            body: ctx.body,
            lower: ctx.body.to_ascii_lowercase(),
            published: ctx.published,
            toks: tokenize(ctx.body, begin),
            sentences: ctx.sentences,
            quotes: quote_ranges(ctx.body),
            urls: url_ranges(ctx.body),
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

    pub(crate) fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.s..t.e])
    }

    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.num)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.num)
    }

    /// Whether a date or duration can start at token `i`; the walk skips the rest.
    pub(crate) fn starts(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.starts)
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

fn is_clause_break(sep: &str) -> bool {
    sep.contains([',', ';', '(', ')', '—', '–', ':'])
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

/// ASCII letter runs and digit runs (a digit run keeps inner "." and "," before a digit:
/// "3.5", "1,218"). Letters and digits split: "04th" is "04" + "th".
fn tokenize(body: &str, begin: usize) -> Vec<Tok> {
    let bytes = body.as_bytes();
    let mut toks = Vec::new();
    let mut i = begin.min(bytes.len());
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
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
        } else if b.is_ascii_alphabetic() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let (lex, starts) = classify(&body[s..i]);
            toks.push(Tok {
                s,
                e: i,
                num: false,
                starts,
                lex,
            });
        } else {
            i += 1;
        }
    }
    toks
}

/// Spans inside quotation marks: curly and straight double quotes, and single quotes
/// (‘…’ and '…', as British papers quote speech) told apart from apostrophes ("don’t",
/// "Khan's") by the letters around them. Unclosed quotes end at the next paragraph break so
/// one stray mark cannot swallow the rest of the body. Nested spans are merged.
fn quote_ranges(body: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let after = i + c.len_utf8();
        let letter_after = next.is_some_and(char::is_alphanumeric);
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        match c {
            '“' => double = Some(after),
            '”' => {
                if let Some(s) = double.take() {
                    out.push(s..i);
                }
            }
            '"' => match double.take() {
                Some(s) => out.push(s..i),
                None => double = Some(after),
            },
            '‘' => single = Some(after),
            '’' | '\'' if single.is_some() && !letter_after => {
                if let Some(s) = single.take() {
                    out.push(s..i);
                }
            }
            '\'' if !letter_before && next.is_some_and(char::is_alphabetic) => {
                single = Some(after);
            }
            '\n' if next == Some('\n') => {
                for s in [double.take(), single.take()].into_iter().flatten() {
                    out.push(s..i);
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
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

/// URL-like runs: whitespace-delimited chunks with a scheme ("https://"), a "www." start or a
/// domain followed by a path ("nytimes.com/2020/04/11/..."), whose digits are not dates.
fn url_ranges(body: &str) -> Vec<Range<usize>> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let chunk = &bytes[start..i];
        if chunk.len() > 4 && is_url(chunk) {
            out.push(start..i);
        }
    }
    out
}

fn is_url(chunk: &[u8]) -> bool {
    if !chunk.contains(&b'/')
        && !chunk
            .get(..4)
            .is_some_and(|s| s.eq_ignore_ascii_case(b"www."))
    {
        return false;
    }
    let lower = |b: &u8| b.to_ascii_lowercase();
    let lowered: Vec<u8> = chunk.iter().map(lower).collect();
    let has = |needle: &[u8]| lowered.windows(needle.len()).any(|w| w == needle);
    if has(b"://") || lowered.starts_with(b"www.") {
        return true;
    }
    [
        ".com/", ".org/", ".net/", ".gov/", ".edu/", ".int/", ".co.uk/", ".pk/", ".in/", ".io/",
    ]
    .iter()
    .any(|tld| has(tld.as_bytes()))
}
