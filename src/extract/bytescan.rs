//! Skipping plain text fast, eight bytes at a time (SWAR: one u64 holds eight bytes and each
//! test flags matching bytes in their high bits). Every finder that only acts on a few bytes
//! jumps over everything else with these: sentence stops and quote marks ([`next_of`]), digits
//! and letters for the number and legislation scans ([`next_digit`], [`letters_end`],
//! [`next_letter_of`]). Prose then costs about one instruction a byte. Each scanner agrees with
//! a plain byte loop at every offset (see the tests).

pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;
const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The eight bytes at `at`, first byte lowest, when that many remain.
#[inline]
pub(crate) fn chunk(bytes: &[u8], at: usize) -> Option<u64> {
    let mut word = [0u8; 8];
    word.copy_from_slice(bytes.get(at..at + 8)?);
    Some(u64::from_le_bytes(word))
}

/// Non-zero exactly when some byte of `x` equals `c` (the classic zero-byte test); the lowest
/// flagged byte is always a true hit.
#[inline]
fn holds(x: u64, c: u8) -> u64 {
    let y = x ^ (ONES * u64::from(c));
    y.wrapping_sub(ONES) & !y & HIGHS
}

/// The first offset at or after `from` whose byte is one of `needles`, or `bytes.len()`.
#[inline]
pub(crate) fn next_of<const N: usize>(bytes: &[u8], mut from: usize, needles: [u8; N]) -> usize {
    while let Some(x) = chunk(bytes, from) {
        if needles.iter().fold(0, |acc, &c| acc | holds(x, c)) != 0 {
            break;
        }
        from += 8;
    }
    while from < bytes.len() && !needles.contains(&bytes[from]) {
        from += 1;
    }
    from
}

/// High bit of each byte of `x` set exactly when that byte lies in `lo..=hi` (ASCII bounds).
/// Bytes from 0x80 never match: the top bit is cleared before adding, so no carry crosses
/// into the next byte.
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & LOWS;
    let at_least_lo = low7.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = low7.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & !x & HIGHS
}

/// The end of the run of ASCII letters starting at `from` (`from` itself when none).
#[inline]
pub(crate) fn letters_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(x) = chunk(bytes, from) {
        // Setting bit 5 folds upper case onto lower case; nothing else lands in 'a'..='z'.
        let others = !in_range(x | (ONES * 0x20), b'a', b'z') & HIGHS;
        if others != 0 {
            return from + (others.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && bytes[from].is_ascii_alphabetic() {
        from += 1;
    }
    from
}

/// The first offset at or after `from` holding an ASCII digit, or `bytes.len()`.
#[inline]
pub(crate) fn next_digit(bytes: &[u8], mut from: usize) -> usize {
    while let Some(x) = chunk(bytes, from) {
        let digits = in_range(x, b'0', b'9');
        if digits != 0 {
            return from + (digits.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && !bytes[from].is_ascii_digit() {
        from += 1;
    }
    from
}

/// The first offset at or after `from` holding one of the ASCII letters `lowers` in either
/// case, or `bytes.len()`: one comparison per letter per eight bytes, since setting bit 5
/// folds the cases.
#[inline]
pub(crate) fn next_letter_of<const N: usize>(
    bytes: &[u8],
    mut from: usize,
    lowers: [u8; N],
) -> usize {
    debug_assert!(lowers.iter().all(u8::is_ascii_lowercase));
    while let Some(x) = chunk(bytes, from) {
        let folded = x | (ONES * 0x20);
        let hits = lowers
            .iter()
            .fold(0, |acc, &lower| acc | holds(folded, lower));
        // A false hit only ever follows a true one of the same letter, so the lowest hit is
        // true.
        if hits != 0 {
            return from + (hits.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && !lowers.contains(&(bytes[from] | 0x20)) {
        from += 1;
    }
    from
}

/// The first offset at or after `from` holding the ASCII letter `lower` in either case, or
/// `bytes.len()`.
#[inline]
pub(crate) fn next_letter(bytes: &[u8], from: usize, lower: u8) -> usize {
    next_letter_of(bytes, from, [lower])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path must agree with a plain scan at every start offset.
    #[test]
    fn agrees_with_a_plain_scan() {
        let text =
            "Plain words, then a stop. Another “quote” and\na line\r\nbreak? End!".as_bytes();
        let needles = [b'.', b'!', b'?', b'\n', 0xe2];
        for from in 0..=text.len() {
            let slow = (from..text.len())
                .find(|&i| needles.contains(&text[i]))
                .unwrap_or(text.len());
            assert_eq!(next_of(text, from, needles), slow, "from {from}");
        }
    }

    #[test]
    fn no_needle_reaches_the_end() {
        assert_eq!(next_of(b"abcdefghijklmnopq", 3, [b'.']), 17);
        assert_eq!(next_of(b"", 0, [b'.']), 0);
    }

    /// Every byte value next to letters and digits, so each range edge is crossed.
    fn sample() -> Vec<u8> {
        let mut text = b"Plain words 12, then@[`{ Zebra az AZ 0/9:".to_vec();
        text.extend("naïve €5 “x” ".as_bytes());
        for b in 0..=255u8 {
            text.extend([b'a', b, b'Q', b'7', b]);
        }
        text
    }

    #[test]
    fn letters_end_agrees_with_a_plain_scan() {
        let text = sample();
        for from in 0..=text.len() {
            let slow = (from..text.len())
                .find(|&i| !text[i].is_ascii_alphabetic())
                .unwrap_or(text.len());
            assert_eq!(letters_end(&text, from), slow, "from {from}");
        }
    }

    #[test]
    fn next_letter_agrees_with_a_plain_scan() {
        let text = sample();
        for from in 0..=text.len() {
            for lower in [b'a', b'g', b'q', b'z'] {
                let slow = (from..text.len())
                    .find(|&i| text[i].to_ascii_lowercase() == lower)
                    .unwrap_or(text.len());
                assert_eq!(next_letter(&text, from, lower), slow, "from {from}");
            }
        }
    }

    #[test]
    fn next_letter_of_agrees_with_a_plain_scan() {
        let text = sample();
        for from in 0..=text.len() {
            let slow = (from..text.len())
                .find(|&i| matches!(text[i], b'H' | b'h' | b'S' | b's' | b'P' | b'p'))
                .unwrap_or(text.len());
            assert_eq!(
                next_letter_of(&text, from, [b'h', b's', b'p']),
                slow,
                "from {from}"
            );
        }
    }

    #[test]
    fn next_digit_agrees_with_a_plain_scan() {
        let text = sample();
        for from in 0..=text.len() {
            let slow = (from..text.len())
                .find(|&i| text[i].is_ascii_digit())
                .unwrap_or(text.len());
            assert_eq!(next_digit(&text, from), slow, "from {from}");
        }
    }
}
