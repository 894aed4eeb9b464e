//! Vote tallies ("217 to 212", "a 52-48 vote", "310 votes to 275", "210 against") and
//! counted ranges ("10-15 boats"): pairs of numbers that are both counts.

use super::super::lexicon::{DECISION_VERBS, VOTE_WORDS, VOTING_BODIES};
use super::super::scan::Num;
use super::super::text::{word_after, word_before};
use super::noun::{counted_noun, has, in_sorted, noun_phrase};
use super::{count, plausible};
use crate::domain::Fact;
use crate::extract::Context;

/// Per-sentence "is this about a vote" answers, each sentence scanned at most once.
pub(super) struct VoteSentences<'a> {
    ctx: &'a Context<'a>,
    cache: Vec<Option<bool>>,
    /// A lower-cased sentence, reused so that no sentence allocates.
    lowered: String,
}

impl<'a> VoteSentences<'a> {
    pub(super) fn new(ctx: &'a Context<'a>) -> Self {
        VoteSentences {
            ctx,
            cache: vec![None; ctx.sentences.len()],
            lowered: String::new(),
        }
    }

    /// Whether the sentence at `pos` names a body that votes ("House", "council").
    pub(super) fn names_voting_body(&self, pos: usize) -> bool {
        let idx = self.ctx.sentences.partition_point(|s| s.end <= pos);
        let Some(span) = self.ctx.sentences.get(idx) else {
            return false;
        };
        let text = self
            .ctx
            .body
            .as_bytes()
            .get(span.clone())
            .unwrap_or_default();
        text.split(|b| !b.is_ascii_alphabetic())
            .any(|w| std::str::from_utf8(w).is_ok_and(|w| in_sorted(VOTING_BODIES, w)))
    }

    pub(super) fn about_vote(&mut self, pos: usize) -> bool {
        let idx = self.ctx.sentences.partition_point(|s| s.end <= pos);
        let Some(span) = self.ctx.sentences.get(idx) else {
            return false;
        };
        if let Some(known) = self.cache[idx] {
            return known;
        }
        self.lowered.clear();
        self.lowered
            .push_str(self.ctx.body.get(span.clone()).unwrap_or_default());
        self.lowered.make_ascii_lowercase();
        let answer = mentions_vote(&self.lowered);
        self.cache[idx] = Some(answer);
        answer
    }
}

fn mentions_vote(lowered: &str) -> bool {
    VOTE_WORDS.iter().any(|w| lowered.contains(w))
}

/// "210 against", "two in favour", "12 abstained": one side of a vote named without "votes".
pub(super) fn casts_vote(body: &str, n: &Num) -> bool {
    let Some(w) = word_after(body, n.end).filter(|w| w.start == n.end + 1) else {
        return false;
    };
    if w.is_any(&["against", "opposed", "abstained", "abstaining"]) {
        return true;
    }
    w.is("in")
        && word_after(body, w.end)
            .is_some_and(|f| f.start == w.end + 1 && f.is_any(&["favour", "favor"]))
}

/// The gap between two tokens when they form a tally or range ("-", " to ", " votes to ").
pub(super) fn tally_gap(body: &str, n: &Num, m: &Num) -> Option<&'static str> {
    let gap = body.get(n.end..m.start)?;
    Some(match gap {
        "-" | "–" | " - " | " – " => "-",
        " to " => "to",
        " votes to " => "votes to",
        _ => return None,
    })
}

/// A date follows the number ("18 to 10 last month", "21 to 12 early Wednesday").
fn dated(body: &str, m: &Num) -> bool {
    word_after(body, m.end).is_some_and(|w| {
        w.start == m.end + 1
            && w.is_any(&[
                "last",
                "this",
                "next",
                "earlier",
                "early",
                "late",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ])
    })
}

/// Nothing but the end of the sentence or line follows `pos`.
fn closes_sentence(body: &str, pos: usize) -> bool {
    let bytes = body.as_bytes();
    match bytes.get(pos) {
        None | Some(b'\n') | Some(b'\r') => true,
        Some(b'.') | Some(b';') => bytes.get(pos + 1).is_none_or(u8::is_ascii_whitespace),
        _ => false,
    }
}

/// Both sides of a vote tally ("217 to 212", "52-48", "310 votes to 275") or of a counted
/// range ("10-15 people").
pub(super) fn pair(
    body: &str,
    n: &Num,
    m: &Num,
    gap: &str,
    votes: &mut VoteSentences<'_>,
) -> Option<Vec<Fact>> {
    let bytes = body.as_bytes();
    // Tally sides are small whole numbers; the losing side may be nil ("13-0"). With "votes"
    // written between them a popular vote may run to millions ("118,904 votes to 106,311").
    let any_size = gap == "votes to";
    let side = |x: &Num, zero_ok: bool| {
        !x.decimal
            && !x.scaled
            && x.value
                .as_u64()
                .is_some_and(|v| (zero_ok || v > 0) && (any_size || v < 1000))
    };
    // A third number glued on makes a date or code ("8-30-70").
    let chained = matches!(bytes.get(m.end), Some(b'-') | Some(b'/'))
        && bytes.get(m.end + 1).is_some_and(u8::is_ascii_digit);
    if chained || n.bare_one || m.bare_one {
        return None;
    }
    // "It failed 3-6": a decision verb makes the pair a tally; so does a headline's closing
    // ", 332-94" in a sentence that names a voting body.
    let dash = gap == "-";
    let decided = word_before(body, n.start)
        .is_some_and(|w| !w.dot && body[w.end..n.start] == *" " && has(DECISION_VERBS, &w));
    let closing = dash
        && body[..n.start].ends_with(", ")
        && closes_sentence(body, m.end)
        && votes.names_voting_body(n.start);
    let in_vote = votes.about_vote(n.start) || decided || closing;
    if !plausible(body, n, in_vote) {
        return None;
    }
    let second_free = match bytes.get(m.end) {
        Some(b) => !b.is_ascii_alphanumeric() && !matches!(b, b'%' | b'/' | b'-'),
        None => true,
    };
    let tally = side(n, false)
        && side(m, true)
        && second_free
        && (gap == "votes to" || in_vote)
        // "voted to send 5 to 10 officers" is a range of officers, not a tally; "18 to 10 last
        // month" is dated, not counting months.
        && (counted_noun(body, m).is_none_or(|u| u.starts_with("vote")) || dated(body, m));
    if tally {
        return Some(vec![count(body, n, "votes"), count(body, m, "votes")]);
    }
    // A range of counts: both sides take the noun after the second.
    if gap == "votes to" || !second_free {
        return None;
    }
    // Only a plural noun makes a range: "a 24-17 victory" is a score.
    let first = word_after(body, m.end).filter(|w| w.start == m.end + 1)?;
    let unit = noun_phrase(body, first, true)?;
    let m_ok = !m.indefinite && m.value.as_u64().is_some() && (!m.decimal || m.scaled);
    m_ok.then(|| vec![count(body, n, unit), count(body, m, unit)])
}
