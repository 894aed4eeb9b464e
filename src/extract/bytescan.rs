//! Skipping plain text fast: the finders that only act on a few bytes (sentence stops, quote
//! marks) jump over everything else eight bytes at a time, so prose costs well under one
//! instruction a byte.

/// The first offset at or after `from` whose byte is one of `needles`, or `bytes.len()`.
#[inline]
pub(crate) fn next_of<const N: usize>(bytes: &[u8], mut from: usize, needles: [u8; N]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Non-zero exactly when some byte of `x` equals `c` (the classic SWAR zero-byte test).
    let holds = |x: u64, c: u8| {
        let y = x ^ (ONES * u64::from(c));
        y.wrapping_sub(ONES) & !y & HIGHS
    };
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
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

#[cfg(test)]
mod tests {
    use super::next_of;

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
}
