//! Counts whose noun is understood rather than written: "won 101 of the 180 seats, up from 92 in
//! 2008", "44 of them …, up from 36 in 2016 and just five in 2009", "The Free Voters won 19
//! seats and the Greens 18", "8,800 patients had waited …, while 389,952 had waited …", "Of the
//! 11 companies that filed, eight had sought more". News drops the noun when a count in the same
//! sentence has just named it, so every frame here is anchored on that earlier count: a bare
//! number never becomes a count on its own.

use super::super::scan::Num;
use super::super::text::{Word, word_after, word_before};
use super::noun::counted_noun;
use super::{ends_clause, follows_no_unit};

/// The latest count of the sentence: what an elliptical number borrows its noun from.
#[derive(Clone, Copy, Debug)]
pub(super) struct Anchor<'a> {
    pub start: usize,
    pub end: usize,
    pub unit: &'a str,
}

/// Words that soften a number without changing what it counts ("just five", "some 8,800").
/// Narrower than `lexicon::HEDGES`, which also holds "to" and "up": here those are the frame
/// ("compared to 36", "up from 92") and must not be stepped over.
const SOFTENERS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "just",
    "nearly",
    "only",
    "roughly",
    "some",
];

/// Verbs of change before "from": "up from 92", "fell from 40".
const CHANGE_WORDS: &[&str] = &[
    "climbed",
    "declined",
    "down",
    "dropped",
    "fell",
    "grew",
    "increased",
    "jumped",
    "rose",
    "slipped",
    "up",
];

/// Auxiliaries that make a bare number the subject of its clause ("while 389,952 had waited").
const SUBJECT_VERBS: &[&str] = &[
    "are", "did", "had", "has", "have", "is", "remain", "remained", "were", "will", "would",
];

/// "101 of the 180 seats", "6 million of the state's 9.4 million eligible voters": the part
/// counts the noun of the whole that follows it. `noun::partitive` reads "N of the noun" from
/// the text alone; this reads the whole as the next scanned number, so it also takes scaled
/// wholes, possessives and no determiner ("101 of 180 seats").
pub(super) fn partitive_unit<'a>(body: &'a str, nums: &[Num], i: usize) -> Option<&'a str> {
    let (n, m) = (nums[i], *nums.get(i + 1)?);
    let gap = body.get(n.end..m.start)?;
    let rest = gap.strip_prefix(" of ")?;
    // Up to two determiner or possessive words between "of" and the whole.
    let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
    let determiners_only = words.len() <= 2
        && (rest.is_empty() || rest.ends_with(' '))
        && words.iter().all(|w| {
            ["the", "its", "their", "his", "her", "our", "all"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
                || w.ends_with("'s")
                || w.ends_with("’s")
        });
    if !determiners_only {
        return None;
    }
    let (part, whole) = (n.value.as_u64()?, m.value.as_u64()?);
    (part <= whole).then_some(())?;
    counted_noun(body, &m)
}

/// Whether `n`, with no noun of its own, counts what `anchor` (a count earlier in the same
/// sentence) counts.
pub(super) fn understood(body: &str, n: &Num, anchor: Anchor<'_>) -> bool {
    if n.start < anchor.end || !follows_no_unit(body, n) {
        return false;
    }
    let after = word_after(body, n.end).filter(|w| w.start == n.end + 1);
    let subject = || after.is_some_and(|w| SUBJECT_VERBS.iter().any(|v| w.is(v)));
    // "Of the 11 companies that filed, eight had sought more".
    if body[..n.start].ends_with(", ") {
        return subject() && of_the_anchor(body, anchor);
    }
    let Some(before) = word_before_hedges(body, n.start) else {
        return false;
    };
    let year_follows = || {
        after.is_some_and(|w| w.is("in"))
            && body
                .get(n.end + 4..n.end + 8)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
    };
    // "up from 92 in 2008", "compared with 36".
    if before.is("from") || before.is("with") || before.is("to") {
        let frame = word_before(body, before.start).filter(|w| !w.dot);
        let change = frame.is_some_and(|w| {
            (before.is("from") && CHANGE_WORDS.iter().any(|c| w.is(c)))
                || (!before.is("from") && w.is("compared"))
        });
        // "down from 1,500 a year earlier", "up from 92 last year".
        let dated = after.is_some_and(|w| w.is_any(&["a", "last", "earlier", "previously"]));
        return change && (ends_clause(body, n) || dated);
    }
    // "consolidate its 23 offices into 17": only the anchor's noun phrase in between.
    if before.is("into") {
        return body.get(anchor.end..before.start).is_some_and(|gap| {
            gap.len() <= 40 && gap.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        }) && closes(body, n.end);
    }
    if before.is("versus") || before.is("vs") {
        return ends_clause(body, n);
    }
    // "while 389,952 had waited", "but 12 were turned away".
    if before.is_any(&["while", "whereas", "but"]) {
        return subject();
    }
    // "about 1,040 people, while Rhode Island shed roughly 1,700.": a contrasted clause whose
    // verb takes the bare number.
    if closes(body, n.end) && past_verb(&before) && contrasted(body, anchor.end, before.start) {
        return true;
    }
    if before.is("and") {
        // "up from 36 in 2016 and just five in 2009"; "and 40 were …".
        if year_follows() || subject() {
            return true;
        }
        return false;
    }
    false
}

/// "won 19 seats and the Greens 18.": a name stands for the repeated clause. Checked apart
/// from [`understood`] because a capitalized word before a number otherwise marks a name
/// ("Room 9").
pub(super) fn gapped(body: &str, n: &Num, anchor: Anchor<'_>) -> bool {
    if n.start < anchor.end || !follows_no_unit(body, n) || !closes(body, n.end) {
        return false;
    }
    let Some(name) = word_before(body, n.start).filter(|w| !w.dot && w.capitalized()) else {
        return false;
    };
    let Some(gap) = body.get(anchor.end..name.start) else {
        return false;
    };
    let gap = gap.trim_end();
    let joined = gap.ends_with(" and") || gap.ends_with(" and the");
    joined && gap.len() <= 40 && !gap.contains([',', ';', '.', ':'])
}

/// Past-tense verbs that take a count as their object ("shed 1,700", "added 300").
fn past_verb(w: &Word<'_>) -> bool {
    const IRREGULAR: &[&str] = &[
        "built", "cut", "got", "grew", "had", "held", "hit", "kept", "lost", "made", "saw", "shed",
        "sold", "took", "won",
    ];
    w.text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_lowercase)
        && (w.text.ends_with("ed") || IRREGULAR.iter().any(|v| w.is(v)))
}

/// Between the anchor and `upto` a contrast opens a second clause (", while", ", but",
/// ", whereas") and nothing else ends a phrase.
fn contrasted(body: &str, from: usize, upto: usize) -> bool {
    let Some(gap) = body.get(from..upto) else {
        return false;
    };
    if gap.len() > 80 || gap.contains(['.', ':']) {
        return false;
    }
    [", while ", ", whereas ", ", but ", "; "].iter().any(|c| {
        gap.matches(c).count() == 1 && gap.rsplit(c).next().is_some_and(|t| !t.contains(','))
    })
}

/// The word before `pos`, past any hedges ("and just five", "and more than 4.5 lakh").
fn word_before_hedges(body: &str, pos: usize) -> Option<Word<'_>> {
    let mut w = word_before(body, pos).filter(|w| !w.dot)?;
    for _ in 0..3 {
        let two_word = w.is("than") || w.is("least");
        if !two_word && !SOFTENERS.iter().any(|h| w.is(h)) {
            break;
        }
        let prev = word_before(body, w.start).filter(|w| !w.dot)?;
        if two_word && !prev.is_any(&["more", "fewer", "less", "at"]) {
            break;
        }
        w = if two_word {
            word_before(body, prev.start).filter(|w| !w.dot)?
        } else {
            prev
        };
    }
    Some(w)
}

/// Punctuation or the end of the text right after the number.
fn closes(body: &str, end: usize) -> bool {
    match body.as_bytes().get(end) {
        None => true,
        Some(b) => matches!(b, b'.' | b',' | b';' | b'\n'),
    }
}

/// The sentence opens "Of the N …": the anchor is that N.
fn of_the_anchor(body: &str, anchor: Anchor<'_>) -> bool {
    let head = &body[..anchor.start];
    let head = head.trim_end();
    let Some(of) = head
        .strip_suffix("Of the")
        .or_else(|| head.strip_suffix("Of those"))
    else {
        return false;
    };
    of.trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '”'))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::FactKind;
    use crate::extract::extract;

    fn counts(body: &str) -> Vec<String> {
        let published = NaiveDate::from_ymd_opt(2024, 11, 16).unwrap();
        extract(body, published)
            .claims
            .iter()
            .flat_map(|c| c.facts.iter())
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| f.normalized.clone())
            .collect()
    }

    #[test]
    fn elliptical_count_after_up_from_was_missed() {
        assert_eq!(
            counts("The league signed 120 players this season, up from 95 in 2022."),
            ["120", "95"]
        );
    }

    #[test]
    fn coordinated_elliptical_counts_take_the_same_noun() {
        assert_eq!(
            counts("The charity ran 30 clinics in 2024, up from 22 in 2020 and just six in 2015."),
            ["30", "22", "6"]
        );
    }

    #[test]
    fn part_of_a_counted_whole_was_missed() {
        assert_eq!(
            counts("Labour took 57 of the 80 council seats."),
            ["57", "80"]
        );
        assert_eq!(
            counts("About 3 million of the city's 5.2 million residents voted."),
            ["3000000", "5200000"]
        );
    }

    #[test]
    fn gapped_clause_repeats_the_noun() {
        assert_eq!(
            counts("The Centre Party won 14 seats and the Farmers 9."),
            ["14", "9"]
        );
    }

    #[test]
    fn contrasted_subject_counts_the_same_noun() {
        assert_eq!(
            counts("Some 4,200 tenants had applied by March, while 1,350 had been housed."),
            ["4200", "1350"]
        );
    }

    #[test]
    fn contrasted_clause_with_its_own_verb_counts_the_same_noun() {
        assert_eq!(
            counts("Ashford lost 310 residents last year, while Brill shed about 95."),
            ["310", "95"]
        );
    }

    #[test]
    fn elliptical_count_before_a_year_earlier_was_missed() {
        assert_eq!(
            counts("The mill cut 640 jobs, down from 900 a year earlier."),
            ["640", "900"]
        );
    }

    #[test]
    fn clause_after_a_semicolon_counts_the_same_noun() {
        assert_eq!(
            counts("In 2018 the club had 3,100 members; by 2024 it had 2,450."),
            ["3100", "2450"]
        );
    }

    #[test]
    fn hedged_subject_after_and_was_missed() {
        assert_eq!(
            counts("At least 12 people died and more than 3,000 have fled the valley."),
            ["12", "3000"]
        );
    }

    #[test]
    fn merged_into_a_smaller_number_was_missed() {
        assert_eq!(
            counts("The bank will fold its 40 branches into 25."),
            ["40", "25"]
        );
    }

    #[test]
    fn of_the_n_then_a_bare_subject_was_missed() {
        assert_eq!(
            counts("Of the 14 airlines that were fined, nine had appealed the ruling."),
            ["14", "9"]
        );
    }

    #[test]
    fn bare_numbers_without_an_anchor_stay_uncounted() {
        assert!(counts("Prices rose from 95 in 2022, officials said.").is_empty());
        assert!(counts("The score was 3, while 2 had been expected.").is_empty());
        assert!(counts("The Lions beat the Tigers 3.").is_empty());
    }
}
