//! Who said a quote: the nearest written name, without titles.
//!
//! In order, the first that answers wins:
//! 1. the attribution after the closing mark, in the same sentence: `”, Roe said`, `” said Sen.
//!    Jane Roe`, `” he added`, `” the minister said`, `” the report says`, `” according to Roe`;
//! 2. the attribution before the opening mark, in the same sentence: `Roe said, “`, `PTI
//!    stated, “`, `according to Roe, “`, `Roe noted that …, stating, “`, `a New York Times
//!    article described “`;
//! 3. a quote that follows another one closely (`“…,” Roe said. “…”`) keeps its speaker;
//! 4. otherwise the nearest person who is the subject of a neighbouring sentence.
//!
//! A pronoun or a role ("he", "the minister") takes the nearest earlier person who was the
//! subject of a clause (names inside quotes do not count), else the previous quote's speaker.
//! A document ("the report says", "the resolution reads") gives "". Every lookup is bounded
//! (a few sentences, a few dozen words), so attribution is linear in the number of quotes.

use super::Pair;
use super::lexicon::{
    AUX_VERBS, DOC_NOUNS, LOWER_TITLES, MEDIA_NOUNS, ORG_NOUNS, PRONOUNS, SPEECH_VERBS, TITLES,
};
use super::words::Words;
use crate::extract::Context;

/// What an attribution names before it is resolved to a name.
#[derive(Debug)]
enum Who {
    Name(String),
    /// A document speaks: speaker "".
    Doc,
    /// A pronoun or a role at this token: resolved backwards to a person, or to an
    /// organization for "it" and "the ministry".
    Refer(usize),
}

/// Words a pair's close may be followed by before the attribution is too far away.
const SUFFIX_WORDS: usize = 12;
/// Words before an opening mark that may hold its attribution.
const PREFIX_WORDS: usize = 40;
/// A quote this close (bytes) after the previous one continues it.
const CONTINUATION_GAP: usize = 160;
/// How many sentences back a pronoun may reach.
const REFER_SENTENCES: usize = 8;

/// The speaker of each kept pair (`kept` indexes `pairs`, in body order).
pub(super) fn attribute(ctx: &Context<'_>, pairs: &[Pair], kept: &[usize]) -> Vec<String> {
    let w = Words::new(ctx, pairs);
    let mut out: Vec<String> = Vec::with_capacity(kept.len());
    let mut prev: Option<(usize, String)> = None;
    for &pi in kept {
        let pair = &pairs[pi];
        let before = prev.as_ref().map(|p| p.0);
        let own = after_close(&w, pair).or_else(|| before_open(&w, pair, before));
        let name = match own {
            Some(who) => resolve(&w, who, prev.as_ref().map(|p| (p.0, &*p.1))),
            None => match &prev {
                Some((end, name)) if continues(&w, *end, pair.open) => name.clone(),
                _ => neighbour(&w, pair),
            },
        };
        prev = Some((pair.close_end, name.clone()));
        out.push(name);
    }
    out
}

/// Whether a quote opening at `open` goes on from a quote that closed at `prev_close`: close
/// by, and either in the same sentence or opening the very next one.
fn continues(w: &Words<'_>, prev_close: usize, open: usize) -> bool {
    if prev_close > open || open - prev_close > CONTINUATION_GAP {
        return false;
    }
    let open_tok = tok_at(w, open);
    let (Some(last), Some(first)) = (
        prev_close_tok(w, prev_close).and_then(|k| w.toks.get(k)),
        w.toks.get(open_tok),
    ) else {
        return false;
    };
    let starts_sentence = open_tok == 0 || w.toks[open_tok - 1].sentence != first.sentence;
    first.sentence == last.sentence || (first.sentence == last.sentence + 1 && starts_sentence)
}

/// The last token before byte `close`.
fn prev_close_tok(w: &Words<'_>, close: usize) -> Option<usize> {
    tok_at(w, close).checked_sub(1)
}

/// `previous`: where the previous quote closed and who said it.
fn resolve(w: &Words<'_>, who: Who, previous: Option<(usize, &str)>) -> String {
    let previous = previous.filter(|p| !p.1.is_empty());
    match who {
        Who::Name(n) => n,
        Who::Doc => String::new(),
        Who::Refer(tok) if document_subject_near(w, tok) => String::new(),
        Who::Refer(tok) if !refers_to_person(w, tok) => {
            refer_back(w, tok).map(|(name, _)| name).unwrap_or_default()
        }
        Who::Refer(tok) => match (refer_back(w, tok), previous) {
            // "“…,” said Jane Roe, a demographer. “…,” she said": the speaker just quoted is
            // nearer than any earlier subject.
            (Some((_, at)), Some((close, name)))
                if close > at && PRONOUNS.contains(&*w.lower(tok)) && is_person(w, tok, name) =>
            {
                name.to_string()
            }
            (Some((name, _)), _) => name,
            (None, Some((_, name))) => name.to_string(),
            (None, None) => String::new(),
        },
    }
}

/// Whether `name` was written as a person's name in the runs before token `tok`.
fn is_person(w: &Words<'_>, tok: usize, name: &str) -> bool {
    let upto = w.runs.partition_point(|r| r.b <= tok);
    w.runs[..upto]
        .iter()
        .rev()
        .take(80)
        .any(|r| r.person && r.name == name)
}

/// "board chair Linda Okafor", "regional climate minister Ana Pujol", "chief executive, Ingrid
/// Lund": up to four lower-case words, one of them a title, right before a name. Returns the
/// name's run.
fn titled_run_at(w: &Words<'_>, k: usize) -> Option<usize> {
    let sentence = w.toks.get(k)?.sentence;
    let mut titled = false;
    for j in k..(k + 5).min(w.toks.len()) {
        let t = &w.toks[j];
        if t.sentence != sentence || t.quoted {
            return None;
        }
        let r = w.run_of[j];
        if r != usize::MAX {
            return (titled && w.runs[r].a == j).then_some(r);
        }
        let lw = w.lower(j);
        if w.is_cap(j) || t.lead.is_some() || SPEECH_VERBS.contains(&*lw) {
            return None;
        }
        titled |= TITLES.contains(&*lw) || LOWER_TITLES.contains(&*lw);
        // Only the title may carry a comma: "chief executive, Ingrid Lund".
        if t.trail.is_some() && !(t.comma && titled) {
            return None;
        }
    }
    None
}

/// Index of the first token starting at or after byte `at`.
fn tok_at(w: &Words<'_>, at: usize) -> usize {
    w.toks.partition_point(|t| t.start < at)
}

/// `”, Roe said`, `” said Roe`, `” he added`, `” the report says`, `” according to Roe`.
fn after_close(w: &Words<'_>, pair: &Pair) -> Option<Who> {
    let first = tok_at(w, pair.close_end);
    let sentence = w.toks.get(first.checked_sub(1)?)?.sentence;
    // The words after the close, on the stack: asked once per quote.
    let mut buf = [0usize; SUFFIX_WORDS];
    let mut len = 0;
    for k in (first..w.toks.len())
        .take(SUFFIX_WORDS)
        .take_while(|&k| !w.toks[k].quoted && w.toks[k].sentence == sentence)
    {
        buf[len] = k;
        len += 1;
    }
    let toks = &buf[..len];
    let &t0 = toks.first()?;
    let w0 = w.lower(t0);
    if w0 == "according" && toks.get(1).is_some_and(|&k| w.lower(k) == "to") {
        return toks.get(2).and_then(|&k| object_at(w, k));
    }
    if SPEECH_VERBS.contains(&*w0) {
        return toks.get(1).and_then(|&k| object_at(w, k));
    }
    // "” the Department of Health and Social Care said": a long name after a determiner.
    if matches!(&*w0, "the" | "a" | "an")
        && let Some(&t1) = toks.get(1)
        && let Some(&r) = w.run_of.get(t1)
        && r != usize::MAX
        && w.runs[r].a == t1
        && let Some(v) = w.verb_after(w.runs[r].b)
        && SPEECH_VERBS.folded(w.text(v))
    {
        return named(w, r);
    }
    // "”, Dr Jane Roe, a director at the agency, told reporters": a name whose verb follows
    // its apposition.
    if let Some(&r) = w.run_of.get(t0)
        && r != usize::MAX
        && w.runs[r].a == t0
        && let Some(v) = w.verb_after(w.runs[r].b)
        && v < first + SUFFIX_WORDS + 4
        && SPEECH_VERBS.folded(w.text(v))
    {
        return named(w, r);
    }
    // "” Victoria's Recovery Commissioner Lisa Moss said": the owner is not the speaker.
    if let Some(&r) = w.run_of.get(t0)
        && r != usize::MAX
        && w.runs[r].a == t0
        && w.toks[w.runs[r].b - 1].possessive
        && let Some(&next) = w.run_of.get(w.runs[r].b)
        && next != usize::MAX
        && let Some(v) = w.verb_after(w.runs[next].b)
        && SPEECH_VERBS.folded(w.text(v))
    {
        return named(w, next);
    }
    // "” regional climate minister Ana Pujol said".
    if let Some(r) = titled_run_at(w, t0)
        && let Some(v) = w.verb_after(w.runs[r].b)
        && SPEECH_VERBS.folded(w.text(v))
    {
        return named(w, r);
    }
    // The subject must start right after the close: "” and Roe said he …" is not an
    // attribution of this quote.
    let opens_subject = w.run_of[t0] != usize::MAX
        || PRONOUNS.contains(&*w0)
        || matches!(&*w0, "the" | "a" | "an" | "his" | "her" | "its" | "their");
    if !opens_subject {
        return None;
    }
    let verb = toks
        .iter()
        .take(6)
        .skip(1)
        .copied()
        .find(|&k| SPEECH_VERBS.folded(w.text(k)))?;
    subject_before(w, verb, t0)
}

/// `Roe said, “`, `PTI stated, “`, `according to Roe, “`, `Roe noted …, stating, “`.
fn before_open(w: &Words<'_>, pair: &Pair, prev_close: Option<usize>) -> Option<Who> {
    let end = tok_at(w, pair.open);
    let sentence = w.toks.get(end)?.sentence;
    let floor = prev_close.map_or(0, |c| tok_at(w, c));
    let mut start = end;
    // Short quotes in between ("inflation “remains high” and that it") are read through.
    while start > floor && end - start < PREFIX_WORDS && w.toks[start - 1].sentence == sentence {
        start -= 1;
    }
    if start == end {
        return None;
    }
    // A headline's "Memon: “…”".
    if w.toks[end - 1].trail == Some(':') && w.run_of[end - 1] != usize::MAX {
        return named(w, w.run_of[end - 1]);
    }
    for k in (start..end.saturating_sub(2)).rev() {
        if !w.toks[k].quoted
            && w.lower(k) == "according"
            && w.lower(k + 1) == "to"
            && let Some(who) = object_at(w, k + 2)
        {
            return Some(who);
        }
    }
    let runs_here = || {
        (start..end)
            .filter_map(|k| w.run_of.get(k).copied())
            .filter(|&r| r != usize::MAX && w.runs[r].a >= start && !w.toks[w.runs[r].a].quoted)
    };
    let pronoun_subject = |upto: usize| {
        (start..upto)
            .find(|&k| {
                !w.toks[k].quoted && PRONOUNS.folded(w.text(k)) && w.verb_after(k + 1).is_some()
            })
            .map(Who::Refer)
    };
    let Some(verb) = (start..end)
        .rev()
        .find(|&k| !w.toks[k].quoted && SPEECH_VERBS.folded(w.text(k)))
    else {
        // No verb of saying: the clause's subject ("Critics have called it “…”").
        return match runs_here().find(|&r| w.subject(&w.runs[r])) {
            Some(r) => named(w, r),
            None => pronoun_subject(end),
        };
    };
    if let Some(who) = subject_before(w, verb, start) {
        return Some(who);
    }
    // "said Roe, adding: “…”".
    let verb_first = (start..end).rev().find_map(|k| {
        let is_verb = !w.toks[k].quoted && SPEECH_VERBS.folded(w.text(k));
        match is_verb.then(|| object_at(w, k + 1)).flatten() {
            Some(Who::Name(n)) => Some(n),
            _ => None,
        }
    });
    if let Some(name) = verb_first {
        return Some(Who::Name(name));
    }
    if let Some(r) = runs_here().rfind(|&r| w.says(&w.runs[r])) {
        return named(w, r);
    }
    if let Some(r) = runs_here().find(|&r| w.runs[r].person && w.subject(&w.runs[r])) {
        return named(w, r);
    }
    pronoun_subject(verb)
}

fn named(w: &Words<'_>, r: usize) -> Option<Who> {
    let run = &w.runs[r];
    Some(if run.name.is_empty() {
        Who::Refer(run.a)
    } else {
        Who::Name(run.name.to_string())
    })
}

/// The speaker written right after a verb or "according to": a name, a pronoun, "the
/// minister", "the report".
fn object_at(w: &Words<'_>, k: usize) -> Option<Who> {
    let t = w.toks.get(k)?;
    if t.quoted {
        return None;
    }
    let word = w.lower(k);
    if PRONOUNS.contains(&*word) {
        return Some(Who::Refer(k));
    }
    if w.run_of[k] != usize::MAX {
        let r = w.run_of[k];
        // "said Skyvale's chief executive, Ingrid Lund": the owner is not the speaker.
        if w.toks[w.runs[r].b - 1].possessive
            && let Some(named_after) = titled_run_at(w, w.runs[r].b)
        {
            return named(w, named_after);
        }
        return named(w, r);
    }
    // "said board chair Linda Okafor".
    if let Some(r) = titled_run_at(w, k) {
        return named(w, r);
    }
    // "according to spokesman Ravi Mehta": a lower-case role before the name.
    if LOWER_TITLES.contains(&*word)
        && let Some(&r) = w.run_of.get(k + 1)
        && r != usize::MAX
        && w.toks[k].trail.is_none()
    {
        return named(w, r);
    }
    if !matches!(
        &*word,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
    ) {
        return None;
    }
    // The role noun: "the minister", "the ministry" (the organization), "the report".
    let mut noun = k;
    for j in k + 1..(k + 5).min(w.toks.len()) {
        if w.toks[j].sentence != t.sentence {
            break;
        }
        if w.run_of[j] != usize::MAX {
            return named(w, w.run_of[j]);
        }
        let lw = w.lower(j);
        if DOC_NOUNS.contains(&*lw) {
            // "according to a statement from spokeswoman Dana Roe": the document's author.
            let by =
                j + 1
                    + usize::from(w.toks.get(j + 1).is_some_and(|_| {
                        matches!(&*w.lower(j + 1), "issued" | "released" | "signed")
                    }));
            if w.toks[j].trail.is_none()
                && w.toks
                    .get(by)
                    .is_some_and(|t| t.sentence == w.toks[j].sentence)
                && matches!(&*w.lower(by), "from" | "by")
                && let Some(who @ Who::Name(_)) = object_at(w, by + 1)
            {
                return Some(who);
            }
            return Some(Who::Doc);
        }
        noun = j;
        // "the union's spokesman Jordi Vila": the owner's noun does not end the phrase.
        if w.toks[j].possessive && w.toks[j].trail.is_none() {
            continue;
        }
        if ORG_NOUNS.contains(&*lw) || w.toks[j].trail.is_some() {
            break;
        }
    }
    Some(Who::Refer(noun))
}

/// The subject standing right before the speech verb at `verb` (not before token `floor`).
fn subject_before(w: &Words<'_>, verb: usize, floor: usize) -> Option<Who> {
    let mut j = verb.checked_sub(1)?;
    while j > floor {
        let lw = w.lower(j);
        // "Dawn had reported", "Roe has also said": auxiliaries and adverbs sit between.
        if lw.ends_with("ly") || lw == "also" || lw == "then" || AUX_VERBS.contains(&*lw) {
            j -= 1;
        } else {
            break;
        }
    }
    if j < floor || w.toks[j].quoted {
        return None;
    }
    // A party-state tag is no name: "Rep. Jane Roe (D-Ore.) argued" is Roe.
    if w.toks[j].closes_paren && !w.toks[j].comma {
        let open = (j.saturating_sub(3).max(floor)..=j).find(|&k| w.toks[k].lead == Some('('))?;
        j = open.checked_sub(1).filter(|&k| k >= floor)?;
        if w.toks[j].trail.is_some() || w.run_of[j] == usize::MAX {
            return None;
        }
        return named(w, w.run_of[j]);
    }
    // A relative clause speaks for its antecedent: "the Fund (IMF), which said", "Roe, who
    // said".
    if matches!(&*w.lower(j), "which" | "who")
        && j > floor
        && w.toks[j - 1].comma
        && w.run_of[j - 1] != usize::MAX
    {
        return named(w, w.run_of[j - 1]);
    }
    if w.toks[j].comma {
        // An apposition before the verb: "Roe and Doe, the two sponsors, said".
        let lo = j.saturating_sub(8).max(floor);
        let m = (lo..j).rev().find(|&m| w.toks[m].comma)?;
        return (w.run_of[m] != usize::MAX).then(|| named(w, w.run_of[m]))?;
    }
    if w.toks[j].trail.is_some_and(|c| c != '.') {
        return None;
    }
    let word = w.lower(j);
    if PRONOUNS.contains(&*word) {
        return Some(Who::Refer(j));
    }
    if w.run_of[j] != usize::MAX {
        return named(w, w.run_of[j]);
    }
    // "the German news agency dpa reported": the name in apposition after a media noun.
    if j > floor && MEDIA_NOUNS.contains(&*w.lower(j - 1)) && w.toks[j - 1].trail.is_none() {
        return Some(Who::Name(w.text(j).to_string()));
    }
    // "the official Xinhua news agency said": a name before the institution's noun.
    if ORG_NOUNS.contains(&*word) {
        let mut k = j;
        while k > floor && j - k < 2 && w.run_of[k - 1] == usize::MAX {
            k -= 1;
        }
        if k > floor
            && w.run_of[k - 1] != usize::MAX
            && (k..j).all(|m| w.toks[m].trail.is_none() && !w.is_cap(m))
            && w.toks[k - 1].trail.is_none()
        {
            return named(w, w.run_of[k - 1]);
        }
    }
    if DOC_NOUNS.contains(&*word) {
        // "a New York Times article described": the organization speaks.
        if j > floor && w.run_of[j - 1] != usize::MAX && w.toks[j - 1].trail.is_none() {
            return named(w, w.run_of[j - 1]);
        }
        return Some(Who::Doc);
    }
    // "the minister said", "the former senator added".
    let lo = j.saturating_sub(3).max(floor);
    if (lo..j).any(|k| matches!(&*w.lower(k), "the" | "a" | "an" | "his" | "her")) {
        return Some(Who::Refer(j));
    }
    None
}

/// Whether "it" at `tok` most likely means a document: the subject of its sentence or of the
/// one before is one ("The ruling is online. It says …").
fn document_subject_near(w: &Words<'_>, tok: usize) -> bool {
    if w.lower(tok) != "it" {
        return false;
    }
    let here = w.toks[tok].sentence;
    (here.saturating_sub(1)..=here).any(|s| {
        let first = w.toks.partition_point(|t| t.sentence < s);
        if first >= tok
            || !matches!(
                &*w.lower(first),
                "the" | "a" | "an" | "this" | "that" | "its"
            )
        {
            return false;
        }
        (first + 1..(first + 4).min(tok))
            .take_while(|&k| w.run_of[k] == usize::MAX && w.toks[k].sentence == s)
            .any(|k| DOC_NOUNS.folded(w.text(k)))
    })
}

/// Whether the pronoun or role at `tok` means a person: "it" and "the ministry" do not.
fn refers_to_person(w: &Words<'_>, tok: usize) -> bool {
    let word = w.lower(tok);
    !(word == "it" || ORG_NOUNS.contains(&*word))
}

/// The nearest earlier person who was the subject of a clause, outside quotes; for "it" and
/// "the ministry", the nearest organization ("The Met Office warned … “…,” it said").
/// Returns the name and the byte where it was written.
fn refer_back(w: &Words<'_>, tok: usize) -> Option<(String, usize)> {
    let sentence = w.toks.get(tok)?.sentence;
    let want_person = refers_to_person(w, tok);
    let upto = w.runs.partition_point(|r| r.b <= tok);
    if let Some(name) = titled_back(w, tok, sentence, upto) {
        // A role names its person outright: never overridden by the previous speaker.
        return Some((name, usize::MAX));
    }
    w.runs[..upto]
        .iter()
        .rev()
        .take(80)
        .take_while(|r| w.toks[r.a].sentence + REFER_SENTENCES >= sentence)
        .find(|r| {
            r.person == want_person && w.subject(r) && !w.toks[r.a].quoted && !r.name.is_empty()
        })
        .map(|r| (r.name.to_string(), w.toks[r.a].start))
}

/// A role noun ("the judge", "the senator") means the nearest earlier person written with that
/// title ("Judge Jane Roe", "senator Jane Roe"): the nearest such subject of a clause, else the
/// nearest such mention; then the latest name written for that person.
fn titled_back(w: &Words<'_>, tok: usize, sentence: usize, upto: usize) -> Option<String> {
    let role = w.lower(tok);
    if PRONOUNS.contains(&*role) || !TITLES.contains(&*role) {
        return None;
    }
    let has_role = |k: usize| w.lower(k).trim_end_matches('.') == &*role;
    let titled = || {
        w.runs[..upto]
            .iter()
            .rev()
            .take(80)
            .take_while(|r| w.toks[r.a].sentence + REFER_SENTENCES >= sentence)
            .filter(|r| {
                !r.name.is_empty()
                    && !w.toks[r.a].quoted
                    && ((r.a..r.b).any(has_role) || (r.a > 0 && has_role(r.a - 1)))
            })
    };
    // A subject first: "minister Dar presented …, criticizing minister Khan" is Dar.
    let person = titled()
        .find(|r| w.subject(r))
        .or_else(|| titled().next())?;
    // That person's nearest written name: "minister Ishaq Dar … Dar said … the minister" is Dar.
    let surname = person.name.rsplit(' ').next().unwrap_or("");
    let nearest = w.runs[..upto]
        .iter()
        .rev()
        .take(80)
        .filter(|r| !w.toks[r.a].quoted)
        .find(|r| {
            r.name
                .strip_suffix(surname)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
        })
        .unwrap_or(person);
    Some(nearest.name.to_string())
}

/// No attribution at all: the nearest person subject of the sentences just before the quote
/// or of the sentence right after it.
fn neighbour(w: &Words<'_>, pair: &Pair) -> String {
    let open_tok = tok_at(w, pair.open);
    let close_tok = tok_at(w, pair.close_end);
    let before = w.toks.get(open_tok).map(|t| t.sentence).and_then(|s| {
        let upto = w.runs.partition_point(|r| r.b <= open_tok);
        w.runs[..upto]
            .iter()
            .rev()
            .take(40)
            .take_while(|r| w.toks[r.a].sentence + 2 >= s)
            .find(|r| r.person && w.subject(r) && !w.toks[r.a].quoted && !r.name.is_empty())
    });
    let after = w.toks.get(close_tok).and_then(|t| {
        let from = w.runs.partition_point(|r| r.a < close_tok);
        w.runs.get(from).filter(|r| {
            let first = &w.toks[r.a];
            first.sentence <= t.sentence + 1
                && r.person
                && w.subject(r)
                && !first.quoted
                && first.initial
        })
    });
    match (before, after) {
        (Some(b), Some(a)) => {
            let db = pair.open.saturating_sub(w.toks[b.b - 1].end);
            let da = w.toks[a.a].start.saturating_sub(pair.close_end);
            if da < db { &a.name } else { &b.name }.to_string()
        }
        (Some(r), None) | (None, Some(r)) => r.name.to_string(),
        (None, None) => String::new(),
    }
}
