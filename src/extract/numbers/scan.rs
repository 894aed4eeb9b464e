//! Number tokens of a body, in order and without overlaps: digit forms ("1,095.88", "$40Bln"'s
//! "40Bln"), spelled-out forms ("Twenty-six", "two million") and fractional scales ("half a
//! million", "three quarters billion"), each with its exact value and how it was written.
//! The money, percent and count rules only read these tokens and their neighbourhood.

use super::dec::Dec;
use super::text::{is_url, skip_spaces, token_around, word_after, word_starting_at};
use crate::extract::bytescan::letters_end;
use crate::extract::numwords::{parse_words_at, scale_word, small_word};

/// One number as written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    pub start: usize,
    /// End of the number including its scale words ("1.2 million").
    pub end: usize,
    pub value: Dec,
    /// Spelled out ("forty-six") rather than digits.
    pub words: bool,
    /// Written with thousands separators ("640,000").
    pub grouped: bool,
    /// Digits before the decimal point, separators excluded (0 for words).
    pub int_digits: usize,
    /// Had a decimal point ("0.3").
    pub decimal: bool,
    /// Carries a scale word or abbreviation ("million", "bn", "lakh crore").
    pub scaled: bool,
    /// Product of the scale words (1 without any): "5" of "5-10 million" borrows it.
    pub scale: u64,
    /// The scale is a glued abbreviation ("20m", "1.2bn", "10k").
    pub glued_scale: bool,
    /// "a million", "half a billion", "three quarters billion": loose enough for money only.
    pub indefinite: bool,
    /// The single word "one", which facts.md never counts.
    pub bare_one: bool,
    /// Inside a URL: no fact at all.
    pub in_url: bool,
}

impl Num {
    /// Written like a year ("2019"): four bare digits, no separators, scale or decimals.
    pub(crate) fn year_like(&self) -> bool {
        !self.words && !self.grouped && !self.scaled && !self.decimal && self.int_digits == 4
    }
}

/// Scale words that may follow a number after a space. Single letters ("m", "k", "b") only
/// count when glued ("20m"), since "5 m" is five metres; nor does "hundred" (read by
/// `parse_words_at` within spelled-out numbers only).
fn spaced_scale(word: &str) -> Option<u64> {
    let single_letter = word.len() == 1;
    let glued_only = ["mm", "mil", "cr", "hundred"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a));
    if single_letter || glued_only {
        return None;
    }
    scale_word(word)
}

/// Byte classes of the scan loop: 0 other, 1 digit, 2 a letter that may open a spelled-out
/// number, 3 any other letter.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            1
        } else if c.is_ascii_alphabetic() {
            if may_open_number(c) { 2 } else { 3 }
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Every number token of `body[from..]`.
#[cfg(test)]
pub(crate) fn scan(body: &str, from: usize) -> Vec<Num> {
    let mut out = Vec::new();
    scan_into(body, from, &mut out);
    out
}

/// Every number token of `body[from..]`, appended to `out` (a buffer reused across bodies:
/// growing a fresh vector of tokens cost more than reading them).
pub(crate) fn scan_into(body: &str, from: usize, out: &mut Vec<Num>) {
    let bytes = body.as_bytes();
    tokens(body, from, out);
    // Numbers are few: read only the tokens holding one, each once.
    let mut token = 0..0;
    let mut token_is_url = false;
    for n in out.iter_mut() {
        if n.start >= token.end {
            token = token_around(bytes, n.start, token.end);
            token_is_url = is_url(&bytes[token.clone()]);
        }
        n.in_url = token_is_url;
    }
}

/// Reads the tokens of `body[from..]` into `out`: digits byte by byte, words a run of
/// letters at a time.
fn tokens(body: &str, from: usize, out: &mut Vec<Num>) {
    let bytes = body.as_bytes();
    let len = bytes.len();
    let mut i = from;
    while i < len {
        let class = CLASS[bytes[i] as usize];
        if class == 0 {
            i += 1;
            continue;
        }
        if class == 1 {
            match read_digits(body, i) {
                Ok(n) => {
                    i = n.end;
                    out.push(n);
                }
                Err(next) => i = next,
            }
            continue;
        }
        let start = i;
        i = letters_end(bytes, i + 1);
        // Most words cannot open a number: no lookup for them.
        let glued = start > 0 && CLASS[bytes[start - 1] as usize] != 0;
        if class == 2
            && !glued
            && may_be_number_word(&bytes[start..i])
            && let Some(n) = read_words(body, start, i)
        {
            i = n.end.max(i);
            out.push(n);
        }
    }
}

/// First letters of the words that may open a spelled-out number: "zero" to "ninety", "a",
/// "an", "half", "quarter".
const fn may_open_number(b: u8) -> bool {
    matches!(
        b | 0x20,
        b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'a' | b'h' | b'q'
    )
}

/// Whether `word` can open a spelled-out number, by length and first letters alone: every
/// word `read_words` accepts passes ("a", "an", "half", "quarter", and "zero" to "ninety" by
/// their first three letters), so that most words ("the", "that") cost no lookup.
fn may_be_number_word(word: &[u8]) -> bool {
    match word.len() {
        1 => word[0] | 0x20 == b'a',
        2 => word.eq_ignore_ascii_case(b"an"),
        3..=9 => {
            word.eq_ignore_ascii_case(b"half")
                || word.eq_ignore_ascii_case(b"quarter")
                || matches!(
                    [word[0] | 0x20, word[1] | 0x20, word[2] | 0x20],
                    [b'z', b'e', b'r']
                        | [b'o', b'n', b'e']
                        | [b't', b'w', b'o' | b'e']
                        | [b't', b'h', b'r' | b'i']
                        | [b't', b'e', b'n']
                        | [b'f', b'o', b'u' | b'r']
                        | [b'f', b'i', b'v' | b'f']
                        | [b's', b'i', b'x']
                        | [b's', b'e', b'v']
                        | [b'e', b'i', b'g']
                        | [b'e', b'l', b'e']
                        | [b'n', b'i', b'n']
                )
        }
        _ => false,
    }
}

/// Reads a digit number at `start`; on failure returns where scanning resumes.
fn read_digits(body: &str, start: usize) -> Result<Num, usize> {
    let bytes = body.as_bytes();
    let digit_at = |p: usize| bytes.get(p).is_some_and(u8::is_ascii_digit);
    let mut j = start;
    while digit_at(j) {
        j += 1;
    }
    // The integer digits without separators, on the stack: longer runs are no amounts.
    let mut buf = [0u8; 32];
    let mut int_len = j - start;
    let mut push = |digits: &[u8], at: usize| {
        if let Some(dst) = buf.get_mut(at..at + digits.len()) {
            dst.copy_from_slice(digits);
        }
    };
    push(&bytes[start..j], 0);
    let mut grouped = false;
    if j - start <= 3 {
        while bytes.get(j) == Some(&b',')
            && digit_at(j + 1)
            && digit_at(j + 2)
            && digit_at(j + 3)
            && !digit_at(j + 4)
        {
            push(&bytes[j + 1..j + 4], int_len);
            int_len += 3;
            j += 4;
            grouped = true;
        }
    }
    if !grouped && j - start <= 2 {
        // Indian grouping by lakh and crore places: "1,96,000", "12,34,56,789".
        let mut k = j;
        let mut pairs = 0;
        while bytes.get(k) == Some(&b',')
            && digit_at(k + 1)
            && digit_at(k + 2)
            && bytes.get(k + 3) == Some(&b',')
        {
            k += 3;
            pairs += 1;
        }
        if pairs > 0
            && bytes.get(k) == Some(&b',')
            && digit_at(k + 1)
            && digit_at(k + 2)
            && digit_at(k + 3)
            && !digit_at(k + 4)
        {
            for _ in 0..pairs {
                push(&bytes[j + 1..j + 3], int_len);
                int_len += 2;
                j += 3;
            }
            push(&bytes[j + 1..j + 4], int_len);
            int_len += 3;
            j += 4;
            grouped = true;
        }
    }
    let mut frac: &[u8] = &[];
    let mut decimal = false;
    if bytes.get(j) == Some(&b'.') && digit_at(j + 1) {
        let mut k = j + 1;
        while digit_at(k) {
            k += 1;
        }
        frac = &bytes[j + 1..k];
        decimal = true;
        j = k;
    }
    let Some(value) = buf.get(..int_len).and_then(|int| Dec::parse(int, frac)) else {
        return Err(j);
    };
    let mut num = Num {
        start,
        end: j,
        value,
        words: false,
        grouped,
        int_digits: int_len,
        decimal,
        scaled: false,
        scale: 1,
        glued_scale: false,
        indefinite: false,
        bare_one: false,
        in_url: false,
    };
    apply_scales(body, &mut num, true);
    Ok(num)
}

/// Multiplies `num` by the scale words after it ("1.31 lakh crore": both).
fn apply_scales(body: &str, num: &mut Num, allow_glued: bool) {
    let bytes = body.as_bytes();
    let mut last_scale = 0;
    loop {
        let glued = bytes.get(num.end).is_some_and(u8::is_ascii_alphabetic);
        let (word, scale) = if glued {
            if !allow_glued || num.scaled || !opens_scale(bytes[num.end]) {
                return;
            }
            let Some(w) = word_starting_at_glued(body, num.end) else {
                return;
            };
            match scale_word(w.1) {
                Some(s) => (w, s),
                None => return,
            }
        } else {
            // "1.2 million", and the adjectival "$1.5-trillion package", "Rs 4,400-crore".
            if !matches!(bytes.get(num.end), Some(b' ') | Some(b'-'))
                || !bytes.get(num.end + 1).is_some_and(|&b| opens_scale(b))
            {
                return;
            }
            let Some(w) = word_starting_at(body, num.end + 1) else {
                return;
            };
            match spaced_scale(w.text) {
                Some(s) => ((w.end, w.text), s),
                None => return,
            }
        };
        if scale <= last_scale {
            return;
        }
        let Some(value) = num.value.mul(scale) else {
            return;
        };
        num.value = value;
        num.end = word.0;
        num.scaled = true;
        num.scale = num.scale.saturating_mul(scale);
        num.glued_scale |= glued;
        last_scale = scale;
    }
}

/// First letters of the scale words ("hundred", "thousand", "k", "lakh", "million", "crore",
/// "bn", "tn"): any other word after a number is no scale, and is not read.
fn opens_scale(b: u8) -> bool {
    matches!(b | 0x20, b'h' | b't' | b'k' | b'l' | b'm' | b'c' | b'b')
}

/// The letters glued to a number ("bn" of "1.2bn"), when they end at a word boundary.
fn word_starting_at_glued(body: &str, start: usize) -> Option<(usize, &str)> {
    let bytes = body.as_bytes();
    let mut end = start;
    while end < bytes.len() && end - start <= 8 && bytes[end].is_ascii_alphabetic() {
        end += 1;
    }
    if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((end, body.get(start..end)?))
}

/// Reads a spelled-out number starting with the word `body[start..wend]`.
fn read_words(body: &str, start: usize, wend: usize) -> Option<Num> {
    let word = &body[start..wend];
    let base = Num {
        start,
        end: wend,
        value: Dec::int(0),
        words: true,
        grouped: false,
        int_digits: 0,
        decimal: false,
        scaled: false,
        scale: 1,
        glued_scale: false,
        indefinite: false,
        bare_one: false,
        in_url: false,
    };
    if small_word(word).is_some() {
        let (end, v) = parse_words_at(body, start)?;
        let mut num = Num {
            end,
            value: Dec::int(v),
            bare_one: v == 1 && end == wend,
            scaled: v >= 1000,
            scale: largest_scale(&body[start..end]),
            ..base
        };
        // "three quarters billion"
        if let Some(q) = word_after(body, end).filter(|w| w.is("quarters") && w.start == end + 1) {
            let mut frac = Num {
                end: q.end,
                value: Dec::int(v).mul(25)?.shifted(2)?,
                indefinite: true,
                ..num
            };
            apply_scales(body, &mut frac, false);
            return frac.scaled.then_some(frac);
        }
        apply_scales(body, &mut num, false);
        return Some(num);
    }
    // "a million", "a quarter million", "half a billion", "quarter million"
    let half = word.eq_ignore_ascii_case("half");
    let mut pos = wend;
    let value = if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        // Only "half", "quarter" or a scale word may follow: "million", "bn", "lakh", "crore".
        let next_letter = body.as_bytes().get(wend + 1).map(|b| b | 0x20);
        if !matches!(
            next_letter,
            Some(b'm' | b'b' | b't' | b'h' | b'q' | b'l' | b'c')
        ) {
            return None;
        }
        let next = word_after(body, pos).filter(|w| w.start == pos + 1)?;
        if next.is("quarter") || next.is("half") {
            pos = next.end;
            if next.is("half") {
                Dec::int(5).shifted(1)?
            } else {
                Dec::int(25).shifted(2)?
            }
        } else {
            Dec::int(1)
        }
    } else if half {
        Dec::int(5).shifted(1)?
    } else if word.eq_ignore_ascii_case("quarter") {
        Dec::int(25).shifted(2)?
    } else {
        return None;
    };
    // "half a million"
    if half {
        let p = skip_spaces(body.as_bytes(), pos, 1);
        if let Some(a) = word_starting_at(body, p).filter(|w| w.is("a") && p == pos + 1) {
            pos = a.end;
        }
    }
    let mut num = Num {
        end: pos,
        value,
        indefinite: true,
        ..base
    };
    apply_scales(body, &mut num, false);
    num.scaled.then_some(num)
}

/// The largest scale word of a spelled-out run ("two million three hundred thousand": 10^6).
fn largest_scale(run: &str) -> u64 {
    run.split([' ', '-'])
        .filter(|w| w.len() > 2)
        .filter_map(scale_word)
        .max()
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(body: &str) -> Vec<(String, &str)> {
        scan(body, 0)
            .iter()
            .map(|n| (n.value.plain(), &body[n.start..n.end]))
            .collect()
    }

    #[test]
    fn digit_forms_with_separators_decimals_and_scales() {
        assert_eq!(
            values("paid 1,095.88 crore and 1.31 lakh crore, then 40Bln"),
            vec![
                ("10958800000".to_string(), "1,095.88 crore"),
                ("1310000000000".to_string(), "1.31 lakh crore"),
                ("40000000000".to_string(), "40Bln"),
            ]
        );
    }

    #[test]
    fn spaced_single_letter_is_not_a_scale() {
        assert_eq!(values("ran 5 m today"), vec![("5".to_string(), "5")]);
        assert_eq!(values("€20m"), vec![("20000000".to_string(), "20m")]);
        assert_eq!(
            values("a $1.5-trillion bill"),
            vec![("1500000000000".to_string(), "1.5-trillion")]
        );
    }

    #[test]
    fn spelled_out_and_fractional_forms() {
        assert_eq!(
            values("Twenty-six people"),
            vec![("26".to_string(), "Twenty-six")]
        );
        assert_eq!(
            values("half a million"),
            vec![("500000".to_string(), "half a million")]
        );
        assert_eq!(
            values("three quarters billion"),
            vec![("750000000".to_string(), "three quarters billion")]
        );
        assert_eq!(
            values("a quarter million"),
            vec![("250000".to_string(), "a quarter million")]
        );
        assert!(values("a dog and half the cake").is_empty());
    }

    #[test]
    fn groups_need_three_digits() {
        assert_eq!(
            values("12, 15 and 1,2345"),
            vec![
                ("12".to_string(), "12"),
                ("15".to_string(), "15"),
                ("1".to_string(), "1"),
                ("2345".to_string(), "2345"),
            ]
        );
    }

    #[test]
    fn long_digit_runs_are_skipped_in_linear_time() {
        let body = "9".repeat(2 << 20);
        assert!(scan(&body, 0).is_empty());
    }
}
