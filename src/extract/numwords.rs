//! English number words ("forty-six", "One hundred twenty-two", "two million") shared by the
//! COUNT, MONEY, PERCENT, DATE and DURATION finders, so every kind reads numbers the same way.

/// Value of a single number word (case-insensitive): units, teens, tens and "hundred".
/// Scale words ("thousand", "million") are in [`scale_word`]. "a"/"an" are not numbers here.
pub(crate) fn small_word(word: &str) -> Option<u64> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Multiplier of a scale word, including the South Asian "lakh" and "crore" and common
/// abbreviations ("bn", "mn", "m", "k", "MM", "Bln").
pub(crate) fn scale_word(word: &str) -> Option<u64> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "hundred" => 100,
        "thousand" | "k" => 1_000,
        "lakh" | "lakhs" | "lac" => 100_000,
        "million" | "millions" | "mn" | "m" | "mm" | "mil" | "mln" => 1_000_000,
        "crore" | "crores" | "cr" => 10_000_000,
        "billion" | "billions" | "bn" | "b" | "bln" => 1_000_000_000,
        "trillion" | "trillions" | "tn" | "trn" => 1_000_000_000_000,
        _ => return None,
    })
}

/// A run of number words starting exactly at byte `start` of `text`, joined by spaces,
/// hyphens or "and" ("One hundred twenty-two", "forty-six", "two million").
/// Returns the end byte of the run (after its last number word) and its value.
/// Stops before anything that is not a number word, so "two dozen" reads as "two".
pub(crate) fn parse_words_at(text: &str, start: usize) -> Option<(usize, u64)> {
    let bytes = text.as_bytes();
    let mut pos = start;
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut end = None;
    let mut last_was_small = false;
    // The scale word just read, so "lakh crore" multiplies instead of adding.
    let mut last_scale: Option<u64> = None;
    loop {
        let word_end = pos
            + bytes[pos..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        if word_end == pos {
            break;
        }
        let word = &text[pos..word_end];
        if let Some(v) = small_word(word) {
            // "twenty-two" adds; "two three" is not one number.
            if last_was_small && !(current % 100 >= 20 && current.is_multiple_of(10) && v < 10) {
                break;
            }
            current += v;
            last_was_small = true;
            last_scale = None;
        } else if word.eq_ignore_ascii_case("hundred") && end.is_some() {
            current = current.max(1).checked_mul(100)?;
            last_was_small = false;
            last_scale = None;
        } else if let Some(scale) = scale_word(word).filter(|s| *s >= 1000 && word.len() > 2) {
            if end.is_none() {
                break;
            }
            match last_scale {
                Some(prev) if scale > prev => total = total.checked_mul(scale)?,
                Some(_) => break,
                None => {
                    total = total.checked_add(current.max(1).checked_mul(scale)?)?;
                }
            }
            current = 0;
            last_was_small = false;
            last_scale = Some(scale);
        } else if word.eq_ignore_ascii_case("and") && end.is_some() {
            // "one hundred and five": only if a number word follows.
            let after = skip_joiner(bytes, word_end);
            if after == word_end || !starts_number_word(text, after) {
                break;
            }
            pos = after;
            continue;
        } else {
            break;
        }
        end = Some(word_end);
        let next = skip_joiner(bytes, word_end);
        if next == word_end {
            break;
        }
        pos = next;
    }
    end.map(|e| (e, total.checked_add(current)))
        .and_then(|(e, v)| Some((e, v?)))
}

/// Skips one joiner between number words: a single space or a hyphen.
fn skip_joiner(bytes: &[u8], pos: usize) -> usize {
    match bytes.get(pos) {
        Some(b' ') | Some(b'-') => pos + 1,
        _ => pos,
    }
}

fn starts_number_word(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let end = pos
        + bytes[pos..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    end > pos && small_word(&text[pos..end]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(usize, u64)> {
        parse_words_at(s, 0)
    }

    #[test]
    fn compound_number_words() {
        assert_eq!(parse("forty-six members"), Some((9, 46)));
        assert_eq!(parse("One hundred twenty-two people"), Some((22, 122)));
        assert_eq!(parse("one hundred and five days"), Some((20, 105)));
        assert_eq!(parse("two million voters"), Some((11, 2_000_000)));
        assert_eq!(parse("nine"), Some((4, 9)));
    }

    #[test]
    fn stops_at_non_number_words() {
        assert_eq!(parse("two dozen eggs"), Some((3, 2)));
        assert_eq!(parse("million"), None);
        assert_eq!(parse("and two"), None);
        assert_eq!(parse("three and a half"), Some((5, 3)));
    }

    #[test]
    fn two_unit_words_are_not_one_number() {
        assert_eq!(parse("two three"), Some((3, 2)));
    }

    #[test]
    fn stacked_scales_multiply() {
        assert_eq!(parse("two lakh crore"), Some((14, 2_000_000_000_000)));
        assert_eq!(parse("one hundred thousand"), Some((20, 100_000)));
        assert_eq!(
            parse("two million three hundred thousand"),
            Some((34, 2_300_000))
        );
    }

    #[test]
    fn huge_stacks_do_not_overflow() {
        assert_eq!(
            parse("nine trillion trillion"),
            Some((13, 9_000_000_000_000))
        );
        assert_eq!(parse("nine thousand million billion trillion"), None);
        let hundreds = format!("one{}", " hundred".repeat(40));
        assert_eq!(parse(&hundreds), None);
    }
}
