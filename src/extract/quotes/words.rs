//! The word-level view speaker attribution reads: tokens with their punctuation, sentence and
//! quote membership, and runs of capitalized words (names), each with its title-free name and
//! whether it looks like a person and like the subject of its clause. Built once per body in
//! one pass; every later question is an index lookup.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::Pair;
use super::lexicon::{
    AUX_VERBS, CLAUSE_JOINERS, Fnv, INITIAL_STOP, IRREGULAR_PAST, LEAD_IN_STOP, LOWER_TITLES,
    ORG_WORDS, PARTICLES, SPEECH_VERBS, TITLES,
};
use super::scan::{
    BYTE_CLASS, HYPHEN, MAY_SPACE, leading_marks, next_unplain, trailing_marks, whitespace_len,
};
use crate::extract::Context;

/// One whitespace-separated word, punctuation trimmed off both ends.
#[derive(Clone, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Ends in `’s` / `'s` (dropped from the span).
    pub possessive: bool,
    /// An opening mark or bracket stood right before the word.
    pub lead: Option<char>,
    /// The first punctuation character right after the word, if any.
    pub trail: Option<char>,
    /// The punctuation after the word closes a bracket ("(R-Mo.)").
    pub closes_paren: bool,
    /// The punctuation after the word holds a comma ("Durbin,", "D-Ill.,").
    pub comma: bool,
    /// Index of the sentence holding the word.
    pub sentence: usize,
    /// First word of its sentence (or of a quotation): capitalized regardless of meaning.
    pub initial: bool,
    /// Inside some pair of quote marks.
    pub quoted: bool,
}

/// A run of capitalized words (with "and" joining two names), as token indices `a..b`.
#[derive(Clone, Debug)]
pub(super) struct Run<'a> {
    pub a: usize,
    pub b: usize,
    /// The name as written without titles ("Jane Roe", "Roe and Doe", "PTI"); "" for a bare
    /// title ("the Senator"). Borrowed from the body unless it joins parts ("Roe and Doe").
    pub name: Cow<'a, str>,
    /// A person rather than an organization or place.
    pub person: bool,
    /// [`Words::subject`] and [`Words::says`], worked out the first time one is asked: only the
    /// runs near a quote ever are, so most runs never pay for the verb lookups.
    clause: Cell<u8>,
}

/// Bits of [`Run::clause`].
const CLAUSE_KNOWN: u8 = 1;
const CLAUSE_SUBJECT: u8 = 2;
const CLAUSE_SAYS: u8 = 4;

pub(super) struct Words<'a> {
    pub body: &'a str,
    pub toks: Vec<Tok>,
    pub runs: Vec<Run<'a>>,
    /// For each token, the index of the run holding it, or `usize::MAX`.
    pub run_of: Vec<usize>,
}

impl<'a> Words<'a> {
    #[inline(never)] // Kept out of `attribute` so profiles show what the word view costs.
    pub fn new(ctx: &Context<'a>, pairs: &[Pair]) -> Self {
        let body = ctx.body;
        let begin = ctx.metadata.as_ref().map_or(0, |m| m.end).min(body.len());
        // About one word per six bytes of news prose: one allocation, no regrowth copies.
        let mut toks = Vec::with_capacity(body.len().saturating_sub(begin) / 6 + 8);
        let mut sentence = 0usize;
        let mut sentence_seen = usize::MAX;
        // The current sentence's end and pair's inside, cached: one compare a word. The last
        // sentence holds everything after it; past the last pair nothing is quoted.
        let sentence_end_of = |s: usize| match ctx.sentences.get(s + 1) {
            Some(_) => ctx.sentences[s].end,
            None => usize::MAX,
        };
        let mut sentence_end = sentence_end_of(0);
        let pair_inner_of = |p: usize| {
            pairs
                .get(p)
                .map_or(usize::MAX..usize::MAX, |p| p.inner.clone())
        };
        let mut pair = 0usize;
        let mut pair_inner = pair_inner_of(0);
        let bytes = body.as_bytes();
        let mut at = begin;
        while at < bytes.len() {
            // A word's first byte is settled by the table alone.
            let b = bytes[at];
            if BYTE_CLASS[usize::from(b)] & MAY_SPACE != 0 {
                let ws = if b == b' ' {
                    1
                } else {
                    whitespace_len(bytes, at)
                };
                if ws > 0 {
                    at += ws;
                    continue;
                }
            }
            let piece_start = at;
            // Plain letters are skipped eight at a time; the bytes in between are classified
            // one by one, noting whether the piece has a hyphen ("then-White") at all. A
            // continuation byte never starts whitespace.
            let mut seen = 0u8;
            loop {
                at = next_unplain(bytes, at);
                let Some(&b) = bytes.get(at) else {
                    break;
                };
                let class = BYTE_CLASS[usize::from(b)];
                if class & MAY_SPACE != 0 && (b == b' ' || whitespace_len(bytes, at) > 0) {
                    break;
                }
                seen |= class;
                at += 1;
            }
            let hyphen = seen & HYPHEN != 0;
            let piece_end = at.min(bytes.len());
            // Most words start and end with a letter or digit: no marks to trim, no slicing.
            let (mut start, lead) = if bytes[piece_start].is_ascii_alphanumeric() {
                (piece_start, None)
            } else {
                leading_marks(body, piece_start, piece_end)
            };
            let (mut end, trail, closes_paren, comma) =
                if bytes[piece_end - 1].is_ascii_alphanumeric() {
                    (piece_end, None, false, false)
                } else {
                    trailing_marks(body, start, piece_end)
                };
            // "Roe's", "Roe’s": the suffix leaves the span.
            let suffix = if end >= start + 3 && bytes[end - 1] == b's' {
                if end >= start + 5 && bytes[end - 4..end - 1] == [0xe2, 0x80, 0x99] {
                    4
                } else if bytes[end - 2] == b'\'' {
                    2
                } else {
                    0
                }
            } else {
                0
            };
            let possessive = suffix > 0;
            end -= suffix;
            // "then-White House": the name starts after a lower-case prefix.
            if hyphen && let Some(h) = bytes[start..end].iter().rposition(|&b| b == b'-') {
                let (pre, post) = (&body[start..start + h], &body[start + h + 1..end]);
                if matches!(pre, "then" | "ex" | "former" | "pro" | "anti" | "non")
                    && post.chars().next().is_some_and(char::is_uppercase)
                {
                    start += h + 1;
                }
            }
            if start >= end {
                continue;
            }
            let first = bytes[start];
            let has_alnum = first.is_ascii_alphanumeric() || {
                let word = &bytes[start..end];
                word.iter().any(u8::is_ascii_alphanumeric)
                    || (!word.is_ascii() && body[start..end].chars().any(char::is_alphanumeric))
            };
            if !has_alnum {
                continue;
            }
            let cap = if first < 0x80 {
                first.is_ascii_uppercase()
            } else {
                body[start..end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            while start >= sentence_end {
                sentence += 1;
                sentence_end = sentence_end_of(sentence);
            }
            let initial = sentence_seen != sentence || matches!(lead, Some('“' | '"'));
            sentence_seen = sentence;
            while start >= pair_inner.end {
                pair += 1;
                pair_inner = pair_inner_of(pair);
            }
            let quoted = pair_inner.start <= start;
            toks.push(Tok {
                start,
                end,
                cap,
                possessive,
                lead,
                trail,
                closes_paren,
                comma,
                sentence,
                initial,
                quoted,
            });
        }
        let mut words = Words {
            body,
            run_of: vec![usize::MAX; toks.len()],
            toks,
            runs: Vec::new(),
        };
        words.build_runs();
        words
    }

    pub fn text(&self, i: usize) -> &'a str {
        &self.body[self.toks[i].start..self.toks[i].end]
    }

    /// The word in ASCII lower case, without allocating: the word lists are ASCII and short,
    /// so a longer or non-ASCII word comes back as written (it matches no list either way).
    pub fn lower(&self, i: usize) -> Lower<'a> {
        Lower::of(self.text(i))
    }

    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks[i].cap
    }

    /// A capitalized word that can be part of a name (not a sentence-initial function word).
    #[inline]
    fn name_word(&self, i: usize) -> bool {
        if !self.is_cap(i) {
            return false;
        }
        let t = &self.toks[i];
        !(t.initial && INITIAL_STOP.folded(self.text(i)))
    }

    /// A title word: `TITLES` holds the word in lower case without trailing dots ("Sen.").
    #[inline]
    fn is_title_word(&self, i: usize) -> bool {
        let word = self.text(i);
        let mut n = word.len();
        while n > 0 && word.as_bytes()[n - 1] == b'.' {
            n -= 1;
        }
        let bare = &word[..n];
        // As `lower` does, a word too long to fold is looked up as written.
        if word.len() > LOWER_CAP {
            TITLES.contains(bare)
        } else {
            TITLES.folded(bare)
        }
    }

    fn build_runs(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        let mut surnames: HashSet<&'a str, BuildHasherDefault<Fnv>> = HashSet::default();
        // About one run per eight words of news prose.
        let mut runs = Vec::with_capacity(n / 8 + 4);
        while i < n {
            // Most words are lower case: the first-byte test settles them without a call.
            if !self.is_cap(i) || !self.name_word(i) {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = i + 1;
            loop {
                let prev = &self.toks[b - 1];
                let breaks = prev.possessive || prev.trail.is_some_and(|c| c != '.');
                if breaks || b >= n {
                    break;
                }
                let t = &self.toks[b];
                if t.sentence != prev.sentence || t.lead.is_some() || t.quoted != prev.quoted {
                    break;
                }
                if self.name_word(b) {
                    b += 1;
                    continue;
                }
                // "Roe and Doe", "Ursula von der Leyen": joiners between two names. "of" joins
                // only an institution or a title ("Bank of England", "Secretary of State"), so
                // "Jane Doe of Oxford" stays "Jane Doe".
                let mut j = b;
                while j < n && j < b + 2 && PARTICLES.contains(&self.text(j)) {
                    j += 1;
                }
                let of_ok = self.text(b) != "of"
                    || (a..b).any(|k| ORG_WORDS.contains(&self.text(k)) || self.is_title_word(k));
                let clean = (b..j).all(|k| self.toks[k].trail.is_none());
                if j > b && j < n && clean && of_ok && self.name_word(j) {
                    b = j + 1;
                    continue;
                }
                break;
            }
            // A sentence-initial gerund or adjective ("Remaining Budget measures") is no name.
            let mut a2 = a;
            if self.toks[a].initial && b - a > 1 && self.lower(a).ends_with("ing") {
                a2 += 1;
            }
            i = b;
            let a = a2;
            let (name, titled, words) = self.strip_titles(a, b);
            let titled = titled || (a > 0 && LOWER_TITLES.folded(self.text(a - 1)));
            let orgish = name.split(' ').any(|w| ORG_WORDS.contains(&w));
            let person = !name.is_empty() && !orgish && (titled || words >= 2);
            if person {
                // Each part of a joint name: "Rosa Delgado and Kevin Tran" → Delgado, Tran.
                for k in a..b {
                    if k + 1 == b || self.text(k + 1) == "and" {
                        surnames.insert(self.text(k));
                    }
                }
            }
            runs.push(Run {
                a,
                b,
                name,
                person,
                clause: Cell::new(0),
            });
        }
        for (r, run) in runs.iter_mut().enumerate() {
            if !run.person && run.b - run.a == 1 && surnames.contains(&*run.name) {
                run.person = true;
            }
            for k in run.a..run.b {
                self.run_of[k] = r;
            }
        }
        self.runs = runs;
    }

    /// Whether the run begins its clause and a verb follows: the subject, not an object.
    pub fn subject(&self, run: &Run<'_>) -> bool {
        self.clause(run) & CLAUSE_SUBJECT != 0
    }

    /// Whether the verb after the run is a verb of saying ("Roe said", "Roe noted").
    pub fn says(&self, run: &Run<'_>) -> bool {
        self.clause(run) & CLAUSE_SAYS != 0
    }

    fn clause(&self, run: &Run<'_>) -> u8 {
        let known = run.clause.get();
        if known & CLAUSE_KNOWN != 0 {
            return known;
        }
        let (a, b) = (run.a, run.b);
        let verb = self.verb_after(b);
        let says = verb.is_some_and(|v| SPEECH_VERBS.folded(self.text(v)));
        // "The Met Office warned": an article may stand before the subject.
        let head = if a > 0 && self.lower(a - 1) == "the" && !self.toks[a - 1].comma {
            a - 1
        } else {
            a
        };
        let clause_start = head == 0
            || self.toks[head - 1].sentence != self.toks[head].sentence
            || self.toks[head - 1].comma
            || CLAUSE_JOINERS.folded(self.text(head - 1))
            || LOWER_TITLES.folded(self.text(head - 1))
            || self.descriptor_lead_in(head);
        let subject = clause_start && !self.toks[b - 1].possessive && verb.is_some();
        let bits = CLAUSE_KNOWN
            | if subject { CLAUSE_SUBJECT } else { 0 }
            | if says { CLAUSE_SAYS } else { 0 };
        run.clause.set(bits);
        bits
    }

    /// Whether the words from the sentence start to `head` are a short descriptor of the
    /// name ("Swiss mediator Jane Roe said"): at most three plain words, none a verb or a
    /// preposition, so the name still begins the clause.
    fn descriptor_lead_in(&self, head: usize) -> bool {
        let sentence = self.toks[head].sentence;
        let from = self.toks.partition_point(|t| t.sentence < sentence);
        head - from <= 3
            && (from..head).all(|k| {
                let t = &self.toks[k];
                let w = self.lower(k);
                !t.quoted
                    && t.trail.is_none()
                    && t.lead.is_none()
                    && !is_verbish(&w)
                    && (matches!(&*w, "the" | "a" | "an") || !INITIAL_STOP.contains(&*w))
                    && !LEAD_IN_STOP.contains(&*w)
            })
    }

    /// The verb right after token `b` (skipping a bracketed aside like "(R-Mo.)" and one
    /// adverb), if the next word looks like one.
    pub fn verb_after(&self, b: usize) -> Option<usize> {
        let last = self.toks.get(b.checked_sub(1)?)?;
        let sentence = last.sentence;
        let mut k = b;
        if last.comma {
            // An apposition: "Dick Durbin, D-Ill., said", "Ann Lee, the spokeswoman, said".
            if !self
                .toks
                .get(k)
                .is_some_and(|t| is_verbish(&self.lower(k)) && t.lead.is_none())
            {
                // A relative clause may run longer: "Ann Lee, who chaired the talks, said",
                // "Ann Lee, the Democrat who leads the panel on transport, said".
                let relative = (k..(k + 5).min(self.toks.len()))
                    .any(|m| matches!(&*self.lower(m), "who" | "which"));
                let reach = if relative { 20 } else { 8 };
                let stop = (k + reach).min(self.toks.len());
                while k < stop && !self.toks[k].comma {
                    k += 1;
                }
                if k >= stop {
                    return None;
                }
                k += 1;
            }
        } else if last.trail.is_some_and(|c| c != '.' && c != ')') {
            return None;
        }
        if self.toks.get(k).is_some_and(|t| t.lead == Some('(')) {
            let stop = (k + 4).min(self.toks.len());
            while k < stop && !self.toks[k].closes_paren {
                k += 1;
            }
            k += 1;
        }
        for _ in 0..2 {
            let t = self.toks.get(k)?;
            if t.lead.is_some() || t.sentence != sentence {
                return None;
            }
            let w = self.lower(k);
            if is_verbish(&w) {
                return Some(k);
            }
            if !(w.ends_with("ly") || w == "also" || w == "then") {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The run's name without titles, whether it had a title, and its word count. "and"
    /// splits a joint name and each part loses its own titles ("Sen. Roe and Rep. Doe" →
    /// "Roe and Doe"). A one-part name is a slice of the body: no allocation.
    fn strip_titles(&self, a: usize, b: usize) -> (Cow<'a, str>, bool, usize) {
        let mut name: Cow<'a, str> = Cow::Borrowed("");
        let mut parts = 0;
        let mut titled = false;
        let mut words = 0;
        let mut part_start = a;
        let mut k = a;
        while k <= b {
            if k == b || self.text(k) == "and" {
                let mut first = part_start;
                let mut j = part_start;
                let mut part_titled = false;
                while j < k {
                    if self.is_title_word(j) {
                        titled = true;
                        part_titled = true;
                        first = j + 1;
                        // "Secretary of State Antony Blinken": the title's own "of State".
                        if j + 2 < k && self.text(j + 1) == "of" {
                            first = j + 3;
                            j += 2;
                        }
                    }
                    j += 1;
                }
                // "Attorney General Rosa Linwood of Washington": a titled person's "of" starts
                // where they come from, not their name.
                let last = if part_titled {
                    (first + 1..k).find(|&m| self.text(m) == "of").unwrap_or(k)
                } else {
                    k
                };
                if first < last {
                    words = words.max(last - first);
                    let part = &self.body[self.toks[first].start..self.toks[last - 1].end];
                    if parts == 0 {
                        name = Cow::Borrowed(part);
                    } else {
                        let joint = name.to_mut();
                        joint.push_str(" and ");
                        joint.push_str(part);
                    }
                    parts += 1;
                }
                part_start = k + 1;
            }
            k += 1;
        }
        (name, titled, words)
    }
}

/// A word in ASCII lower case on the stack (see [`Words::lower`]).
pub(super) enum Lower<'a> {
    Same(&'a str),
    Folded([u8; LOWER_CAP], u8),
}

const LOWER_CAP: usize = 24;

impl<'a> Lower<'a> {
    fn of(word: &'a str) -> Self {
        let bytes = word.as_bytes();
        if !bytes.iter().any(u8::is_ascii_uppercase) || bytes.len() > LOWER_CAP || !word.is_ascii()
        {
            return Lower::Same(word);
        }
        let mut buf = [0u8; LOWER_CAP];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Folded(buf, bytes.len() as u8)
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // ASCII in, ASCII out: always valid UTF-8.
            Lower::Folded(buf, len) => std::str::from_utf8(&buf[..*len as usize]).unwrap_or(""),
        }
    }
}

impl Lower<'_> {
    /// The folded bytes, without re-validating them as UTF-8.
    fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Same(s) => s.as_bytes(),
            Lower::Folded(buf, len) => &buf[..usize::from(*len)],
        }
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

fn is_verbish(w: &str) -> bool {
    SPEECH_VERBS.contains(&w)
        || AUX_VERBS.contains(&w)
        || IRREGULAR_PAST.contains(&w)
        || (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}
