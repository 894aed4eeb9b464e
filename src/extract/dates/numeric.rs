//! Numeric dates: "7/27/2023", "8-30-70", "2023-08-30", "27.07.2023", "2015-12", "12-2015",
//! and mixed forms with a month name ("05-Aug-2016", "2019/aug/01", "Jan/3"). Short forms
//! ("7/6", "7.6") only after a weekday; scores, ratios, fiscal years ("2023-24"), phone and
//! code numbers are left alone.

use chrono::Datelike;

use super::Cal;
use super::scan::Scan;

/// Numeric dates: "7/27/2023", "8-30-70", "2023-08-30", "2015-3", "12-2015", "05-Aug-2016",
/// "2019/aug/01", "Jan/3"; "7/6" and "7.6" only after a weekday.
pub(crate) fn numeric_at(scan: &Scan<'_>, i: usize, after_weekday: bool) -> Option<(usize, Cal)> {
    // "Friday 7.6", not "Friday, 7.6 million".
    if after_weekday
        && scan.is_num(i)
        && scan.sep_before(i) == " "
        && !is_quantity_word(scan.lower(i + 1))
        && !scan.sep_after(i).starts_with('%')
        && let Some((m, d)) = scan.text(i).split_once('.')
    {
        let (m, d) = (m.parse().ok()?, d.parse().ok()?);
        return Cal::day(scan.published.year(), m, d).map(|c| (i + 1, c));
    }
    // "27.07.2023": one number token with two dots, day first as in most of the world.
    if scan.is_num(i)
        && scan.text(i).bytes().filter(|&b| b == b'.').count() == 2
        && !scan.glued(i + 1)
    {
        let mut it = scan.text(i).split('.');
        let (a, b, c) = (it.next()?, it.next()?, it.next()?);
        if a.len() > 2 || b.len() > 2 || c.len() != 4 {
            return None;
        }
        let (a, b, y) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
        return Cal::day(y, b, a)
            .or_else(|| Cal::day(y, a, b))
            .map(|x| (i + 1, x));
    }
    // Collect up to three parts joined by one separator character.
    let sep = scan.sep_before(i + 1);
    if !matches!(sep, "-" | "/" | ".") || i + 1 >= scan.len() {
        return None;
    }
    if i > 0 && scan.sep_before(i) == sep && scan.tok(i - 1).is_some() && scan.is_num(i - 1) {
        return None; // the tail of a longer run
    }
    let mut parts = vec![i, i + 1];
    if scan.sep_before(i + 2) == sep && i + 2 < scan.len() {
        parts.push(i + 2);
    }
    let end = *parts.last()? + 1;
    if scan.glued(end) || (scan.sep_before(end) == sep && end < scan.len()) {
        return None;
    }
    let months: Vec<(usize, u32)> = parts
        .iter()
        .enumerate()
        .filter_map(|(n, &p)| scan.month(p).map(|(m, _)| (n, m)))
        .collect();
    let words = parts.iter().filter(|&&p| scan.is_word(p)).count();
    let nums: Vec<(usize, &str)> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| scan.is_num(**p))
        .map(|(n, &p)| (n, scan.text(p)))
        .collect();
    if nums
        .iter()
        .any(|(_, t)| !t.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if sep == "." && (parts.len() < 3 || words > 0) {
        return None;
    }
    let value = |t: &str| t.parse::<u32>().ok();
    let published = scan.published.year();
    match (parts.len(), months.len(), words) {
        (3, 1, 1) => {
            let year = nums.iter().find(|(_, t)| t.len() == 4)?;
            let day = nums.iter().find(|(_, t)| t.len() <= 2)?;
            Cal::day(value(year.1)? as i32, months[0].1, value(day.1)?).map(|c| (end, c))
        }
        (2, 1, 1) => {
            let (_, t) = nums[0];
            if t.len() == 4 {
                Some((end, Cal::Month(value(t)? as i32, months[0].1)))
            } else if t.len() <= 2 {
                Cal::day(published, months[0].1, value(t)?).map(|c| (end, c))
            } else {
                None
            }
        }
        (3, 0, 0) => {
            let (a, b, c) = (nums[0].1, nums[1].1, nums[2].1);
            if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
                return Cal::day(value(a)? as i32, value(b)?, value(c)?).map(|x| (end, x));
            }
            if a.len() > 2 || b.len() > 2 || !(c.len() == 2 || c.len() == 4) {
                return None;
            }
            let year = if c.len() == 2 {
                two_digit_year(value(c)? as i32, published)
            } else {
                value(c)? as i32
            };
            let (mut m, mut d) = (value(a)?, value(b)?);
            if m > 12 && d <= 12 {
                std::mem::swap(&mut m, &mut d);
            }
            Cal::day(year, m, d).map(|x| (end, x))
        }
        (2, 0, 0) => {
            let (a, b) = (nums[0].1, nums[1].1);
            if a.len() == 4 && b.len() <= 2 {
                let (y, m) = (value(a)? as i32, value(b)?);
                // "2023-24" is a fiscal year or season, not December 2023.
                let fiscal = b.len() == 2 && m == (y as u32 + 1) % 100;
                return ((1..=12).contains(&m) && !fiscal).then_some((end, Cal::Month(y, m)));
            }
            if a.len() <= 2 && b.len() == 4 {
                let m = value(a)?;
                return (1..=12)
                    .contains(&m)
                    .then_some((end, Cal::Month(value(b)? as i32, m)));
            }
            if after_weekday && a.len() <= 2 && b.len() <= 2 && scan.sep_before(i) == " " {
                return Cal::day(published, value(a)?, value(b)?).map(|x| (end, x));
            }
            None
        }
        _ => None,
    }
}

/// "70" in "8-30-70": the latest such year not more than ten years after publication.
fn two_digit_year(yy: i32, published: i32) -> i32 {
    let century = published - published.rem_euclid(100);
    if century + yy <= published + 10 {
        century + yy
    } else {
        century - 100 + yy
    }
}

/// Words after which a decimal is an amount: "7.6 million", "2.5 percent".
fn is_quantity_word(word: &str) -> bool {
    matches!(
        word,
        "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "percent"
            | "per"
            | "pc"
            | "crore"
            | "lakh"
    )
}
