//! English number words ("forty-six", "One hundred twenty-two", "two million") shared by the
//! COUNT, MONEY, PERCENT, DATE and DURATION finders, so every kind reads numbers the same way.

/// Value of a single number word (case-insensitive): units, teens, tens and "hundred".
/// Scale words ("thousand", "million") are in [`scale_word`]. "a"/"an" are not numbers here.
/// Called on every word of every body, so it never allocates: the word is lower-cased into a
/// stack buffer only after a length and first-letters check that most words fail.
pub(crate) fn small_word(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if !(3..=9).contains(&bytes.len()) {
        return None;
    }
    // The first two letters of every number word: "ze", "on", "tw", "th", "fo", ...
    let head = [bytes[0] | 0x20, bytes[1] | 0x20];
    if !matches!(
        &head,
        b"ze"
            | b"on"
            | b"tw"
            | b"th"
            | b"fo"
            | b"fi"
            | b"si"
            | b"se"
            | b"ei"
            | b"ni"
            | b"te"
            | b"el"
    ) {
        return None;
    }
    let mut buf = [0u8; 9];
    Some(match lowered(word, &mut buf)? {
        b"zero" => 0,
        b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        _ => return None,
    })
}

/// `word` lower-cased into `buf`, or `None` when it does not fit (then it is no word we know).
fn lowered<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// Multiplier of a scale word, including the South Asian "lakh" and "crore" and common
/// abbreviations ("bn", "mn", "m", "k", "MM", "Bln").
pub(crate) fn scale_word(word: &str) -> Option<u64> {
    let mut buf = [0u8; 9];
    Some(match lowered(word, &mut buf)? {
        b"hundred" => 100,
        b"thousand" | b"k" => 1_000,
        b"lakh" | b"lakhs" | b"lac" => 100_000,
        b"million" | b"millions" | b"mn" | b"m" | b"mm" | b"mil" | b"mln" => 1_000_000,
        b"crore" | b"crores" | b"cr" => 10_000_000,
        b"billion" | b"billions" | b"bn" | b"b" | b"bln" => 1_000_000_000,
        b"trillion" | b"trillions" | b"tn" | b"trn" => 1_000_000_000_000,
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
    fn number_words_read_in_any_case_and_long_words_are_no_numbers() {
        assert_eq!(small_word("SEVENTEEN"), Some(17));
        assert_eq!(small_word("Ninety"), Some(90));
        assert_eq!(small_word("seventeens"), None);
        assert_eq!(small_word("on"), None);
        assert_eq!(small_word(""), None);
        assert_eq!(small_word("é"), None);
        assert_eq!(scale_word("Trillions"), Some(1_000_000_000_000));
        assert_eq!(scale_word("BN"), Some(1_000_000_000));
        assert_eq!(scale_word("thousandths"), None);
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
