//! COUNT, PERCENT and MONEY facts (facts.md): every number token of the body is read once
//! ([`scan`]), then offered to the money rules, the percent rules and last the count rules,
//! each of which looks only at the token and its immediate neighbourhood. The metadata line
//! is skipped. Overlaps with other kinds (dates, durations) are settled by `extract`.

mod count;
mod dec;
mod lexicon;
mod money;
mod percent;
mod scan;
mod text;

use std::cell::{Cell, OnceCell};

use super::{Context, bytescan};
use crate::domain::{Fact, FactKind};

/// Facts of the whole article that pick between readings: which rupee "Rs" is, whether a
/// bare "pounds" is sterling, whether "¥" is the yen or the yuan. Read from the body only
/// when an amount needs them (most bodies never do), without copying it.
pub(super) struct Env<'a> {
    body: &'a str,
    /// Which rupee "Rs" is: asked most, and answered by one fast search of its own.
    rupee: OnceCell<&'static str>,
    readings: OnceCell<Readings>,
}

#[derive(Clone, Copy)]
struct Readings {
    sterling: bool,
    yen_sign: &'static str,
}

impl<'a> Env<'a> {
    fn of(body: &'a str) -> Env<'a> {
        Env {
            body,
            rupee: OnceCell::new(),
            readings: OnceCell::new(),
        }
    }

    /// Fixed readings, for tests of the money rules.
    #[cfg(test)]
    fn fixed(rupee: &'static str, sterling: bool, yen_sign: &'static str) -> Env<'static> {
        let env = Env::of("");
        let _ = env.rupee.set(rupee);
        let _ = env.readings.set(Readings { sterling, yen_sign });
        env
    }

    pub(super) fn rupee(&self) -> &'static str {
        self.rupee.get_or_init(|| {
            let bytes = self.body.as_bytes();
            if self.body.contains("PKR") || starts_a_word(bytes, b"pakistan") {
                "PKR"
            } else {
                "INR"
            }
        })
    }

    pub(super) fn sterling(&self) -> bool {
        self.readings().sterling
    }

    pub(super) fn yen_sign(&self) -> &'static str {
        self.readings().yen_sign
    }

    fn readings(&self) -> Readings {
        *self.readings.get_or_init(|| Readings::of(self.body))
    }
}

/// Places the body may name, read as word prefixes in any case ("British", "LONDON").
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    Sterling,
    Chinese,
    Japanese,
}

/// The cues opening with the lower-case letter `first`: most words have none to try.
fn cues(first: u8) -> &'static [(&'static str, Cue)] {
    match first {
        b's' => &[("sterling", Cue::Sterling), ("scotland", Cue::Sterling)],
        b'b' => &[("britain", Cue::Sterling), ("british", Cue::Sterling)],
        b'e' => &[("england", Cue::Sterling)],
        b'l' => &[("london", Cue::Sterling)],
        b'y' => &[("yuan", Cue::Chinese), ("yen", Cue::Japanese)],
        b'r' => &[("renminbi", Cue::Chinese), ("rmb", Cue::Chinese)],
        b'c' => &[("china", Cue::Chinese)],
        b'j' => &[("japan", Cue::Japanese)],
        _ => &[],
    }
}

/// Whether some word of `bytes` opens with `cue` (lower case) in any case: the same answer
/// as the word pass of [`Readings::of`], found by jumping to each letter `cue` opens with.
fn starts_a_word(bytes: &[u8], cue: &[u8]) -> bool {
    let mut i = 0;
    loop {
        i = bytescan::next_letter(bytes, i, cue[0]);
        if i >= bytes.len() {
            return false;
        }
        let rest = &bytes[i..];
        let word_start = i == 0 || !bytes[i - 1].is_ascii_alphabetic();
        if word_start && rest.len() >= cue.len() && rest[..cue.len()].eq_ignore_ascii_case(cue) {
            return true;
        }
        i += 1;
    }
}

impl Readings {
    /// One pass over the words of the body.
    fn of(body: &str) -> Readings {
        let bytes = body.as_bytes();
        let (mut sterling, mut chinese, mut japanese) = (body.contains('£'), false, false);
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let end = bytescan::letters_end(bytes, i + 1);
            let word = &bytes[i..end];
            i = end;
            if word == b"UK" {
                sterling = true;
            }
            for (cue, kind) in cues(word[0].to_ascii_lowercase()) {
                let cue = cue.as_bytes();
                if word.len() >= cue.len() && word[..cue.len()].eq_ignore_ascii_case(cue) {
                    match kind {
                        Cue::Sterling => sterling = true,
                        Cue::Chinese => chinese = true,
                        Cue::Japanese => japanese = true,
                    }
                }
            }
        }
        Readings {
            sterling,
            yen_sign: if chinese && !japanese { "CNY" } else { "JPY" },
        }
    }
}

/// Appends every COUNT, PERCENT and MONEY fact of the body to `out`.
pub(crate) fn find(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    let from = ctx.metadata.as_ref().map_or(0, |m| m.end);
    let mut nums = NUMS.take();
    nums.clear();
    scan::scan_into(body, from, &mut nums);
    let env = Env::of(body);
    let mut used = vec![false; nums.len()];
    // A currency sign belongs to one amount: "10 $ 30 $" is two amounts, not "$ 30".
    let mut claimed = from;
    let mut i = 0;
    while i < nums.len() {
        if let Some((facts, consumed)) = money::at(body, &env, &nums, i, claimed) {
            claimed = facts.last().map_or(claimed, |f| f.end);
            out.extend(facts);
            used[i..i + consumed].iter_mut().for_each(|u| *u = true);
            i += consumed;
            continue;
        }
        if let Some((facts, consumed)) = percent::at(body, &nums, i) {
            out.extend(facts);
            used[i..i + consumed].iter_mut().for_each(|u| *u = true);
            i += consumed;
            continue;
        }
        i += 1;
    }
    count::find(ctx, &nums, &mut used, out);
    if nums.capacity() <= KEPT_TOKENS {
        NUMS.set(nums);
    }
}

/// The most number tokens whose buffer a thread keeps for its next body.
const KEPT_TOKENS: usize = 4096;

thread_local! {
    /// The number tokens of the last body, kept so that each body does not allocate anew.
    static NUMS: Cell<Vec<scan::Num>> = const { Cell::new(Vec::new()) };
}

/// A fact of one of this module's kinds over `body[start..end]`.
fn fact(body: &str, kind: FactKind, start: usize, end: usize, normalized: String) -> Fact {
    Fact {
        kind,
        text: body.get(start..end).unwrap_or_default().to_string(),
        start,
        end,
        normalized,
        ..Fact::default()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use chrono::NaiveDate;

    use super::*;
    use crate::extract::sentences;

    fn facts(body: &str) -> Vec<Fact> {
        let spans = sentences::split(body, None);
        let ctx = Context {
            body,
            published: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
            sentences: &spans,
            metadata: None,
        };
        let mut out = Vec::new();
        find(&ctx, &mut out);
        out
    }

    #[test]
    fn pathological_bodies_stay_fast_and_in_bounds() {
        // Half a MiB each keeps the debug test quick; time grows linearly with size.
        let bodies = [
            "9".repeat(1 << 19),
            "1,000".repeat(100_000),
            "$1-".repeat(150_000),
            "12 votes to 3 ".repeat(40_000),
            "two hundred ".repeat(45_000),
            "€5 €".repeat(100_000),
            "a".repeat(1 << 19) + " 5 people",
            "5%".repeat(200_000),
            "Rs.".repeat(150_000) + "5",
        ];
        for body in &bodies {
            let started = Instant::now();
            let found = facts(body);
            assert!(
                started.elapsed().as_secs() < 20,
                "slow on {:?}",
                &body[..20]
            );
            for f in found {
                assert!(body.get(f.start..f.end).is_some());
            }
        }
    }

    #[test]
    fn multibyte_neighbours_never_split_characters() {
        for body in [
            "€€5€€",
            "£",
            "5£",
            "—5—people",
            "“5 people”",
            "₹₹1.5 lakh crore₹",
        ] {
            for f in facts(body) {
                assert!(body.get(f.start..f.end).is_some(), "{body}");
            }
        }
    }

    #[test]
    fn random_fragment_soup_never_panics() {
        const PARTS: &[&str] = &[
            "5",
            "1,000",
            "2.5",
            " ",
            "-",
            "–",
            "$",
            "US$",
            "€",
            "£",
            "₹",
            "¥",
            "Rs",
            "Rs.",
            "%",
            " per cent",
            " percent",
            " million",
            "bn",
            "m",
            " lakh",
            " crore",
            " votes to ",
            " to ",
            " of the ",
            " people",
            " were killed",
            "killing ",
            "two",
            "forty-six",
            "one",
            "a",
            " half",
            " quarter",
            " dollars",
            " cents",
            " and ",
            ".",
            ",",
            "’s",
            "(",
            ")",
            "\n",
            "http://",
            "www.",
            "No.",
            "Section",
            "U.S.",
            " vote",
            "minus ",
            "+",
            "−",
            "MEUR",
            "元",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..300 {
            let mut body = String::new();
            for _ in 0..40 {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                body.push_str(PARTS[(seed >> 33) as usize % PARTS.len()]);
            }
            for f in facts(&body) {
                assert_eq!(body.get(f.start..f.end), Some(f.text.as_str()), "{body:?}");
            }
        }
    }

    #[test]
    fn rupee_follows_pakistan_named_at_a_word_start() {
        assert_eq!(Env::of("The Pakistani budget").rupee(), "PKR");
        assert_eq!(Env::of("PAKISTAN votes").rupee(), "PKR");
        assert_eq!(Env::of("paid in PKR").rupee(), "PKR");
        assert_eq!(Env::of("ex-pakistan, p").rupee(), "PKR");
        assert_eq!(Env::of("xpakistan pakista").rupee(), "INR");
        assert_eq!(Env::of("").rupee(), "INR");
        assert_eq!(Env::of("Delhi paid Rs 5").rupee(), "INR");
    }

    #[test]
    fn metadata_line_is_skipped() {
        let body = " date 2024-05-01 50 people came.";
        let spans = sentences::split(body, sentences::metadata_line(body));
        let ctx = Context {
            body,
            published: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
            sentences: &spans,
            metadata: sentences::metadata_line(body),
        };
        let mut out = Vec::new();
        find(&ctx, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, "50");
    }
}
