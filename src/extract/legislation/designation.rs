//! The designation grammar, read by hand at one offset: "Public Law 113-67", "Pub. L. No.
//! 5-6", "P.L. 95-514", the spelled-out "House joint resolution 5", and the letter forms
//! "H.R.", "H. J. Res.", "H.Con.Res.", "H Res", "S.J.Res.", "S. Con. Res.", "S. Res." and a
//! case-sensitive "S." — each followed by an optional "No." and a number, and a range ("H.R.
//! 5-9"). Alternatives are tried in the order a leftmost-first regex would try them, so the
//! first that leads to a whole match wins; every piece is a fixed or bounded step, so one read
//! costs a few dozen byte comparisons.

use std::ops::Range;

/// What a designation read found.
pub(super) enum Found {
    /// "Pub. L. 113-67": the Congress and the law number.
    PublicLaw {
        congress: Range<usize>,
        number: Range<usize>,
    },
    /// A bill or resolution: its designation, its number and the end of a range, if any.
    Bill {
        des: Range<usize>,
        num: Range<usize>,
        to: Option<Range<usize>>,
    },
}

/// A designation starting at some offset: where it ends and what it holds.
pub(super) struct Read {
    pub end: usize,
    pub found: Found,
}

/// Reads a designation starting exactly at `at`, if one does.
pub(super) fn read_at(b: &[u8], at: usize) -> Option<Read> {
    public_law(b, at).or_else(|| bill(b, at))
}

/// `word` at `i`, any case.
fn ci(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    let end = i + word.len();
    b.get(i..end)
        .filter(|s| s.eq_ignore_ascii_case(word))
        .map(|_| end)
}

/// An optional byte `c`.
fn opt(b: &[u8], i: usize, c: u8) -> usize {
    if b.get(i) == Some(&c) { i + 1 } else { i }
}

/// An optional space or tab.
fn opt_space(b: &[u8], i: usize) -> usize {
    if matches!(b.get(i), Some(b' ' | b'\t')) {
        i + 1
    } else {
        i
    }
}

/// One or more spaces or tabs.
fn spaces(b: &[u8], i: usize) -> Option<usize> {
    let n = b
        .get(i..)?
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    (n > 0).then_some(i + n)
}

/// The run of ASCII digits at `i`, as its end.
fn digit_run(b: &[u8], i: usize) -> usize {
    i + b
        .get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// One to `max` digits, greedy.
fn digits(b: &[u8], i: usize, max: usize) -> Option<usize> {
    let end = digit_run(b, i).min(i + max);
    (end > i).then_some(end)
}

/// A hyphen or an en dash.
fn dash(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..)? {
        [b'-', ..] => Some(i + 1),
        [0xe2, 0x80, 0x93, ..] => Some(i + 3),
        _ => None,
    }
}

/// "Public Law", "Pub. L.", "Pub L.", "P.L.", "P. L.", then "No." and `113-67`.
fn public_law(b: &[u8], at: usize) -> Option<Read> {
    let spelled = ci(b, at, b"public")
        .and_then(|i| spaces(b, i))
        .and_then(|i| ci(b, i, b"law"));
    let pub_l = ci(b, at, b"pub")
        .map(|i| opt_space(b, opt(b, i, b'.')))
        .and_then(|i| ci(b, i, b"l"))
        .and_then(|i| (b.get(i) == Some(&b'.')).then_some(i + 1));
    let p_l = ci(b, at, b"p")
        .and_then(|i| (b.get(i) == Some(&b'.')).then_some(i + 1))
        .map(|i| opt_space(b, i))
        .and_then(|i| ci(b, i, b"l"))
        .and_then(|i| (b.get(i) == Some(&b'.')).then_some(i + 1));
    [spelled, pub_l, p_l].into_iter().flatten().find_map(|i| {
        let i = opt_space(b, i);
        let with_no = ci(b, i, b"no").map(|j| opt_space(b, opt(b, j, b'.')));
        with_no
            .into_iter()
            .chain([i])
            .find_map(|j| public_law_number(b, j))
    })
}

/// `113-67` at `i`: one to three digits, a dash, one to five digits.
fn public_law_number(b: &[u8], i: usize) -> Option<Read> {
    let c_end = digit_run(b, i);
    if c_end == i || c_end - i > 3 {
        return None;
    }
    let n = dash(b, c_end)?;
    let n_end = digits(b, n, 5)?;
    Some(Read {
        end: n_end,
        found: Found::PublicLaw {
            congress: i..c_end,
            number: n..n_end,
        },
    })
}

/// A letter form: `first`, optional dot and space, then each later part likewise.
fn letters(b: &[u8], at: usize, first: &[u8], parts: &[&[u8]]) -> Option<usize> {
    let mut i = ci(b, at, first)?;
    for part in parts {
        i = opt_space(b, opt(b, i, b'.'));
        i = ci(b, i, part)?;
    }
    Some(opt(b, i, b'.'))
}

/// Words separated by spaces: "house joint resolution".
fn spelled(b: &[u8], at: usize, words: &[&[u8]]) -> Option<usize> {
    let mut i = at;
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            i = spaces(b, i)?;
        }
        i = ci(b, i, word)?;
    }
    Some(i)
}

/// A bill or resolution designation and its number (and range end).
fn bill(b: &[u8], at: usize) -> Option<Read> {
    let alternatives = [
        spelled(b, at, &[b"house", b"joint", b"resolution"]),
        spelled(b, at, &[b"house", b"concurrent", b"resolution"]),
        spelled(b, at, &[b"house", b"resolution"]),
        spelled(b, at, &[b"senate", b"joint", b"resolution"]),
        spelled(b, at, &[b"senate", b"concurrent", b"resolution"]),
        spelled(b, at, &[b"senate", b"resolution"]),
        letters(b, at, b"h", &[b"j", b"res"]),
        letters(b, at, b"h", &[b"con", b"res"]),
        letters(b, at, b"h", &[b"res"]),
        letters(b, at, b"h", &[b"r"]),
        letters(b, at, b"s", &[b"j", b"res"]),
        letters(b, at, b"s", &[b"con", b"res"]),
        letters(b, at, b"s", &[b"res"]),
        b.get(at..at + 2).filter(|s| *s == b"S.").map(|_| at + 2),
    ];
    alternatives.into_iter().flatten().find_map(|des_end| {
        let mut i = des_end;
        if matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        } else if b.get(i..i + 2) == Some(&[0xc2, 0xa0]) {
            i += 2;
        }
        let with_no = ci(b, i, b"no")
            .filter(|&j| b.get(j) == Some(&b'.'))
            .map(|j| opt_space(b, j + 1));
        with_no.into_iter().chain([i]).find_map(|j| {
            let num_end = digits(b, j, 5)?;
            let to = dash(b, opt_space(b, num_end))
                .map(|k| opt_space(b, k))
                .and_then(|k| digits(b, k, 5).map(|e| k..e));
            Some(Read {
                end: to.as_ref().map_or(num_end, |t| t.end),
                found: Found::Bill {
                    des: at..des_end,
                    num: j..num_end,
                    to,
                },
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    /// The regex this reader replaced: the reader must agree with it wherever it matches at
    /// the start.
    const ORACLE: &str = r"(?x)
        (?P<pl>(?i:public[\ \t]+law|pub\.?[\ \t]?l\.|p\.[\ \t]?l\.)[\ \t]?(?i:no\.?[\ \t]?)?
            (?P<plc>\d{1,3})[-–](?P<pln>\d{1,5}))
        |
        (?P<des>
            (?i:house[\ \t]+joint[\ \t]+resolution)
          | (?i:house[\ \t]+concurrent[\ \t]+resolution)
          | (?i:house[\ \t]+resolution)
          | (?i:senate[\ \t]+joint[\ \t]+resolution)
          | (?i:senate[\ \t]+concurrent[\ \t]+resolution)
          | (?i:senate[\ \t]+resolution)
          | (?i:h\.?[\ \t]?j\.?[\ \t]?res\.?)
          | (?i:h\.?[\ \t]?con\.?[\ \t]?res\.?)
          | (?i:h\.?[\ \t]?res\.?)
          | (?i:h\.?[\ \t]?r\.?)
          | (?i:s\.?[\ \t]?j\.?[\ \t]?res\.?)
          | (?i:s\.?[\ \t]?con\.?[\ \t]?res\.?)
          | (?i:s\.?[\ \t]?res\.?)
          | S\.
        )
        [\ \t\u{a0}]?(?i:no\.[\ \t]?)?
        (?P<num>\d{1,5})
        (?:[\ \t]?[-–][\ \t]?(?P<to>\d{1,5}))?";

    fn reader_says(text: &str) -> Option<(usize, Vec<Option<Range<usize>>>)> {
        let read = read_at(text.as_bytes(), 0)?;
        let groups = match read.found {
            Found::PublicLaw { congress, number } => vec![Some(congress), Some(number)],
            Found::Bill { des, num, to } => vec![Some(des), Some(num), to],
        };
        Some((read.end, groups))
    }

    fn oracle_says(re: &Regex, text: &str) -> Option<(usize, Vec<Option<Range<usize>>>)> {
        let caps = re
            .captures(text)
            .filter(|c| c.get(0).unwrap().start() == 0)?;
        let g = |n: &str| caps.name(n).map(|m| m.range());
        let groups = if caps.name("pl").is_some() {
            vec![g("plc"), g("pln")]
        } else {
            vec![g("des"), g("num"), g("to")]
        };
        Some((caps.get(0).unwrap().end(), groups))
    }

    #[test]
    fn reader_agrees_with_the_regex_it_replaced() {
        let re = Regex::new(ORACLE).unwrap();
        let heads = [
            "H.R.",
            "HR",
            "hr",
            "H R",
            "H. R.",
            "H.Res.",
            "H Res",
            "h.res",
            "H. J. Res.",
            "HJRes",
            "H.Con.Res.",
            "H Con Res",
            "S.",
            "S",
            "s.",
            "S.Res.",
            "S Res",
            "S.J.Res.",
            "S. Con.",
            "S.Con.Res.",
            "House Resolution",
            "house  joint resolution",
            "House Concurrent",
            "Senate joint resolution",
            "Senate Resolution",
            "Public Law",
            "public\tlaw",
            "Pub. L.",
            "Pub L.",
            "PubL.",
            "P.L.",
            "P. L.",
            "P.L",
            "Pub.",
            "Senator",
            "Hours",
            "Shr",
        ];
        let tails = [
            " 5",
            "5",
            " No. 12",
            " no.12",
            "\u{a0}7",
            " No 12",
            " 113-67",
            " 95–514",
            " 1234-5",
            " 12345",
            " 123456",
            " 5 - 9",
            " 5–9",
            " 5-",
            " x",
            "",
            ".",
            " 12, 14",
            "  5",
        ];
        for head in heads {
            for tail in tails {
                let text = format!("{head}{tail} and more");
                assert_eq!(reader_says(&text), oracle_says(&re, &text), "{text:?}");
            }
        }
    }
}
