//! Exact decimal values for amounts ("1.31 lakh crore", "$873.3 million"): floating point would
//! print `1310000000000.0002`, and normalized values are compared as strings.

/// `mant / 10^frac`, kept with no trailing fractional zeros.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dec {
    mant: u128,
    frac: u32,
}

/// Beyond this many digits a token is an identifier or noise, not an amount.
const MAX_DIGITS: usize = 30;

impl Dec {
    pub(crate) fn int(v: u64) -> Dec {
        Dec {
            mant: u128::from(v),
            frac: 0,
        }
    }

    /// `int_digits` and `frac_digits` are ASCII digit strings (separators already removed).
    pub(crate) fn parse(int_digits: &[u8], frac_digits: &[u8]) -> Option<Dec> {
        if int_digits.len() + frac_digits.len() > MAX_DIGITS {
            return None;
        }
        let mut mant: u128 = 0;
        for &b in int_digits.iter().chain(frac_digits) {
            mant = mant * 10 + u128::from(b - b'0');
        }
        Some(
            Dec {
                mant,
                frac: frac_digits.len() as u32,
            }
            .normalized(),
        )
    }

    /// `self / 10^n`: "half" is 5 / 10, "forty-five cents" is 45 / 100.
    pub(crate) fn shifted(self, n: u32) -> Option<Dec> {
        let frac = self.frac + n;
        (frac <= MAX_DIGITS as u32).then_some(Dec { frac, ..self }.normalized())
    }

    pub(crate) fn mul(self, k: u64) -> Option<Dec> {
        let mant = self.mant.checked_mul(u128::from(k))?;
        Some(Dec { mant, ..self }.normalized())
    }

    pub(crate) fn add(self, other: Dec) -> Option<Dec> {
        let frac = self.frac.max(other.frac);
        let a = self
            .mant
            .checked_mul(10u128.checked_pow(frac - self.frac)?)?;
        let b = other
            .mant
            .checked_mul(10u128.checked_pow(frac - other.frac)?)?;
        Some(
            Dec {
                mant: a.checked_add(b)?,
                frac,
            }
            .normalized(),
        )
    }

    /// The integer value, when it is one and fits.
    pub(crate) fn as_u64(self) -> Option<u64> {
        if self.frac == 0 {
            u64::try_from(self.mant).ok()
        } else {
            None
        }
    }

    fn normalized(mut self) -> Dec {
        while self.frac > 0 && self.mant.is_multiple_of(10) {
            self.mant /= 10;
            self.frac -= 1;
        }
        self
    }

    /// Plain decimal, no separators, no exponent: "1310000000000", "2.5", "0.04".
    pub(crate) fn plain(self) -> String {
        let mut out = String::with_capacity(24);
        self.write_plain(&mut out);
        out
    }

    /// Appends [`Dec::plain`] to `out`; values that fit 64 bits (all but the wildest) are
    /// printed without 128-bit divisions or a temporary string.
    pub(crate) fn write_plain(self, out: &mut String) {
        let Ok(mut m) = u64::try_from(self.mant) else {
            out.push_str(&self.plain_wide());
            return;
        };
        let frac = self.frac as usize;
        // Filled from the right: the decimals, the point, then at least one integer digit
        // (45 with two decimals prints "0.45").
        let mut buf = [b'0'; MAX_DIGITS + 3];
        let mut pos = buf.len();
        for _ in 0..frac {
            pos -= 1;
            buf[pos] = b'0' + (m % 10) as u8;
            m /= 10;
        }
        if frac > 0 {
            pos -= 1;
            buf[pos] = b'.';
        }
        loop {
            pos -= 1;
            buf[pos] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(&buf[pos..]).unwrap_or_default());
    }

    fn plain_wide(self) -> String {
        if self.frac == 0 {
            return self.mant.to_string();
        }
        let digits = self.mant.to_string();
        let frac = self.frac as usize;
        if digits.len() > frac {
            let (int, fr) = digits.split_at(digits.len() - frac);
            format!("{int}.{fr}")
        } else {
            format!("0.{}{digits}", "0".repeat(frac - digits.len()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_decimals_print_exactly() {
        let d = Dec::parse(b"1", b"31").unwrap();
        assert_eq!(
            d.mul(100_000).unwrap().mul(10_000_000).unwrap().plain(),
            "1310000000000"
        );
        assert_eq!(
            Dec::parse(b"873", b"3")
                .unwrap()
                .mul(1_000_000)
                .unwrap()
                .plain(),
            "873300000"
        );
    }

    /// The 64-bit printer must agree with the general one everywhere.
    #[test]
    fn fast_printing_agrees_with_the_wide_printer() {
        let mants = [
            0u64,
            1,
            4,
            9,
            10,
            45,
            101,
            999_999,
            12_345_678_901,
            u64::MAX,
        ];
        for &m in &mants {
            for frac in [0u32, 1, 2, 5, 19, 20, 30] {
                let d = Dec {
                    mant: u128::from(m),
                    frac,
                }
                .normalized();
                assert_eq!(d.plain(), d.plain_wide(), "{m} / 10^{frac}");
            }
        }
        let wide = Dec::parse(b"123456789012345678901234567", b"").unwrap();
        assert_eq!(wide.plain(), "123456789012345678901234567");
    }

    #[test]
    fn fractions_keep_significant_digits_only() {
        assert_eq!(Dec::parse(b"8", b"50").unwrap().plain(), "8.5");
        assert_eq!(Dec::parse(b"0", b"04").unwrap().plain(), "0.04");
        assert_eq!(Dec::int(45).shifted(2).unwrap().plain(), "0.45");
        let sum = Dec::int(13).add(Dec::int(45).shifted(2).unwrap()).unwrap();
        assert_eq!(sum.plain(), "13.45");
    }

    #[test]
    fn overlong_digit_runs_are_not_values() {
        assert_eq!(Dec::parse(&[b'9'; 40], b""), None);
        assert_eq!(Dec::parse(&[b'9'; 30], b"").unwrap().mul(u64::MAX), None);
    }
}
