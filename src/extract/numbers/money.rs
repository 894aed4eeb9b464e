//! MONEY: an amount with a currency sign, code or word before or after it ("$1.2bn",
//! "Rs14.46 trillion", "€ 20", "880,000 yuan", "115USD", "120 MEUR", "thirteen dollars and
//! forty-five cents"), normalized to "CUR AMOUNT". Ranges and pairs give one fact per amount
//! ("$800-1,000"); hedges stay outside the span.

use super::dec::Dec;
use super::scan::Num;
use super::text::{skip_spaces, skip_spaces_back, word_before, word_ending_at, word_starting_at};
use super::{Env, fact};
use crate::domain::{Fact, FactKind};

/// ISO 4217 codes read in upper case only ("TRY" the code, not "try" the verb).
const UPPER_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "PKR", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD",
    "RUB", "BRL", "ZAR", "KRW", "MXN", "SEK", "NOK", "DKK", "SAR", "AED", "BDT", "LKR", "NGN",
    "KES", "EGP", "TRY", "ILS", "THB", "IDR", "MYR", "TWD", "PLN",
];

/// Looks `word` up in a table of (lower-case spelling, value) pairs, in any ASCII case.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// A currency code word: upper-case ISO codes, the common ones in any case, "RMB" = yuan.
fn code_word(word: &str) -> Option<&'static str> {
    if !(3..=3).contains(&word.len()) {
        return None;
    }
    if let Some(code) = UPPER_CODES.iter().find(|c| **c == word) {
        return Some(code);
    }
    lookup(
        &[
            ("usd", "USD"),
            ("eur", "EUR"),
            ("gbp", "GBP"),
            ("jpy", "JPY"),
            ("cny", "CNY"),
            ("rmb", "CNY"),
            ("inr", "INR"),
            ("pkr", "PKR"),
        ],
        word,
    )
}

/// The currency named by a word after an amount ("dollars", "euro", "yuan").
fn currency_word(word: &str, env: &Env) -> Option<&'static str> {
    // First letters of the words below: most words after a number are none of them.
    let first = word.as_bytes().first().map(|b| b | 0x20);
    if !matches!(first, Some(b'd' | b'e' | b'y' | b'r' | b's' | b'p')) {
        return None;
    }
    let code = lookup(
        &[
            ("dollar", "USD"),
            ("dollars", "USD"),
            ("euro", "EUR"),
            ("euros", "EUR"),
            ("yen", "JPY"),
            ("yuan", "CNY"),
            ("renminbi", "CNY"),
            ("rupee", "rupee"),
            ("rupees", "rupee"),
            ("sterling", "GBP"),
            ("pound", "pound"),
            ("pounds", "pound"),
        ],
        word,
    )?;
    Some(match code {
        "rupee" => env.rupee(),
        "pound" if env.sterling() => "GBP",
        "pound" => return None,
        c => c,
    })
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A nationality before a currency word ("us dollars", "chinese yuan", "canadian dollars").
fn qualified(qualifier: &str, word: &str) -> Option<&'static str> {
    let dollar = is_one_of(word, &["dollar", "dollars"]);
    let rupee = is_one_of(word, &["rupee", "rupees"]);
    let q = |w: &str| qualifier.eq_ignore_ascii_case(w);
    Some(match () {
        _ if dollar && (q("us") || q("u.s") || q("american")) => "USD",
        _ if dollar && q("canadian") => "CAD",
        _ if dollar && q("australian") => "AUD",
        _ if dollar && q("singapore") => "SGD",
        _ if dollar && q("taiwan") => "TWD",
        _ if q("chinese") && is_one_of(word, &["yuan", "renminbi"]) => "CNY",
        _ if q("japanese") && word.eq_ignore_ascii_case("yen") => "JPY",
        _ if q("korean") && word.eq_ignore_ascii_case("won") => "KRW",
        _ if q("indian") && rupee => "INR",
        _ if q("pakistani") && rupee => "PKR",
        _ if q("british") && is_one_of(word, &["pound", "pounds"]) => "GBP",
        _ => return None,
    })
}

/// The words `qualified` may accept as a qualifier.
fn is_qualifier(word: &str) -> bool {
    is_one_of(
        word,
        &[
            "us",
            "u.s",
            "american",
            "canadian",
            "australian",
            "singapore",
            "taiwan",
            "chinese",
            "japanese",
            "korean",
            "indian",
            "pakistani",
            "british",
        ],
    )
}

/// Letters glued before "$" ("US$", "C$", "HK$"): which dollar it is. Periods are ignored
/// ("U.S.$").
fn dollar_prefix(letters: &str) -> Option<&'static str> {
    let mut buf = [0u8; 4];
    let mut len = 0;
    for b in letters.bytes().filter(|b| *b != b'.') {
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(match &buf[..len] {
        b"us" | b"usd" => "USD",
        b"c" | b"ca" | b"can" | b"cad" => "CAD",
        b"a" | b"au" | b"aud" => "AUD",
        b"nz" | b"nzd" => "NZD",
        b"hk" | b"hkd" => "HKD",
        b"s" | b"sg" | b"sgd" => "SGD",
        b"r" => "BRL",
        b"mx" => "MXN",
        _ => return None,
    })
}

const SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₹", "INR"),
    ("₨", "rupee"),
    ("¥", "yen"),
];

fn sign_code(code: &'static str, env: &Env) -> &'static str {
    match code {
        "rupee" => env.rupee(),
        "yen" => env.yen_sign(),
        c => c,
    }
}

/// The currency written just before the number at `pos`: its code and where it starts.
fn currency_before(body: &str, env: &Env, pos: usize) -> Option<(&'static str, usize)> {
    let bytes = body.as_bytes();
    let p = skip_spaces_back(bytes, pos, 1);
    let head = body.get(..p)?;
    // Every sign ends in "$" or a non-ASCII byte.
    let sign_may_end = head
        .as_bytes()
        .last()
        .is_some_and(|&b| b == b'$' || b >= 0x80);
    for (sign, code) in SIGNS.iter().filter(|_| sign_may_end) {
        if !head.ends_with(sign) {
            continue;
        }
        let sign_start = p - sign.len();
        if *sign != "$" {
            return Some((sign_code(code, env), sign_start));
        }
        let before = sign_start.checked_sub(1).map(|b| bytes[b]);
        if before.is_some_and(|b| b.is_ascii_alphabetic() || b == b'.') {
            let w = word_ending_at(body, sign_start)?;
            return Some((dollar_prefix(w.text)?, w.start));
        }
        // "U.S. $5", "u.s $ 100"
        if let Some(w) =
            word_before(body, sign_start).filter(|w| dollar_prefix(w.text) == Some("USD"))
        {
            return Some(("USD", w.start));
        }
        return Some(("USD", sign_start));
    }
    let w = word_ending_at(body, p)?;
    let code = if w.is("Rs") || w.text == "RS" || w.text == "Re" {
        env.rupee()
    } else if w.dot {
        return None;
    } else {
        code_word(w.text)?
    };
    Some((code, w.start))
}

/// The currency written just after the number ending at `pos`: code, end and extra scale
/// ("MEUR" is a million euros).
fn currency_after(body: &str, env: &Env, pos: usize) -> Option<(&'static str, usize, u64)> {
    let bytes = body.as_bytes();
    let p = if bytes.get(pos) == Some(&b'-') {
        pos + 1
    } else {
        skip_spaces(bytes, pos, 1)
    };
    let hyphen = p == pos + 1 && bytes[pos] == b'-';
    let rest = body.get(p..)?;
    // Every sign starts with "$" or a non-ASCII byte.
    let sign_may_start = rest
        .as_bytes()
        .first()
        .is_some_and(|&b| b == b'$' || b >= 0x80);
    if !hyphen && sign_may_start {
        for (sign, code) in SIGNS.iter().chain(&[("元", "CNY")]) {
            if rest.starts_with(sign) {
                return Some((sign_code(code, env), p + sign.len(), 1));
            }
        }
    }
    let w = word_starting_at(body, p).or_else(|| glued_letters(body, p))?;
    if !hyphen {
        if let Some(code) = code_word(w.text) {
            return Some((code, w.end, 1));
        }
        if let Some(code) = w
            .text
            .strip_prefix('M')
            .and_then(|c| UPPER_CODES.iter().find(|u| **u == c))
        {
            return Some((code, w.end, 1_000_000));
        }
    }
    // "the 17 euro countries", "20 euro zone states": "euro" as an adjective counts nations.
    let euro_adjective = w.is("euro")
        && super::text::word_after(body, w.end).is_some_and(|x| {
            x.start == w.end + 1 && (x.is_any(&["zone", "area", "region"]) || plural_noun(x.text))
        });
    if let Some(code) = currency_word(w.text, env).filter(|_| !euro_adjective) {
        if code == "GBP" && w.is_any(&["pound", "pounds"]) {
            // "five pounds of flour" weighs; "pounds sterling" pays.
            let next = super::text::word_after(body, w.end);
            if next.is_some_and(|n| n.is("of")) {
                return None;
            }
        }
        let mut end = w.end;
        if let Some(s) = super::text::word_after(body, w.end)
            .filter(|n| n.is("sterling") && n.start == w.end + 1)
        {
            end = s.end;
        }
        return Some((code, end, 1));
    }
    // "96 billion won": after a scale word "won" is Korea's currency; "46 won" is the verb.
    if w.is("won") {
        let before = body[..p].trim_end();
        let scaled = ["million", "billion", "trillion"].iter().any(|s| {
            before.len() >= s.len()
                && before.is_char_boundary(before.len() - s.len())
                && before[before.len() - s.len()..].eq_ignore_ascii_case(s)
        });
        return scaled.then_some(("KRW", w.end, 1));
    }
    // "us dollars", "u.s. dollars", "chinese yuan", "hong kong dollars"
    let after_q = if w.dot { w.end + 1 } else { w.end };
    let (qualifier, next) = if w.is("hong") || w.is("new") || w.is("south") {
        let second = word_starting_at(body, after_q + 1)?;
        let (key, currency): (_, &[&str]) = if w.is("hong") && second.is("kong") {
            ("HKD", &["dollar", "dollars"])
        } else if w.is("new") && second.is("zealand") {
            ("NZD", &["dollar", "dollars"])
        } else if w.is("south") && second.is("korean") {
            ("KRW", &["won"])
        } else {
            return None;
        };
        let cur = word_starting_at(body, second.end + 1)?;
        if !cur.is_any(currency) {
            return None;
        }
        return Some((key, cur.end, 1));
    } else {
        // Checked before the next word is read: most words after a number qualify nothing.
        if bytes.get(after_q) != Some(&b' ') || !is_qualifier(w.text) {
            return None;
        }
        (w.text, word_starting_at(body, after_q + 1)?)
    };
    Some((qualified(qualifier, next.text)?, next.end, 1))
}

/// A lower-case plural-looking noun ("countries", "members"); "notes" and "bills" name
/// banknotes, which stay amounts ("20 euro notes").
fn plural_noun(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3
        && b[0].is_ascii_lowercase()
        && b.ends_with(b"s")
        && !b.ends_with(b"ss")
        && !is_one_of(w, &["notes", "bills", "coins", "cents"])
}

/// Letters glued to the digits ("115USD"): `word_starting_at` refuses a word glued to digits.
fn glued_letters(body: &str, p: usize) -> Option<super::text::Word<'_>> {
    let bytes = body.as_bytes();
    if p == 0 || !bytes[p - 1].is_ascii_digit() {
        return None;
    }
    let mut end = p;
    while end < bytes.len() && end - p < 8 && bytes[end].is_ascii_alphabetic() {
        end += 1;
    }
    if end == p || bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some(super::text::Word {
        start: p,
        end,
        text: body.get(p..end)?,
        dot: false,
    })
}

/// The token right after `nums[i]` when only a range joiner lies between them.
fn range_partner(body: &str, nums: &[Num], i: usize, words_too: bool) -> Option<usize> {
    let (n, m) = (nums[i], *nums.get(i + 1)?);
    let gap = body.get(n.end..m.start)?;
    let ok = matches!(gap.trim(), "-" | "–") && gap.len() <= 5
        || words_too && matches!(gap, " to " | " and " | " or ");
    ok.then_some(i + 1)
}

fn money(body: &str, start: usize, end: usize, code: &str, value: Dec) -> Fact {
    let mut normalized = String::with_capacity(code.len() + 24);
    normalized.push_str(code);
    normalized.push(' ');
    value.write_plain(&mut normalized);
    let mut f = fact(body, FactKind::Money, start, end, normalized);
    f.currency = code.to_string();
    f
}

/// Money facts starting at `nums[i]`, and how many tokens they use. `claimed` is the end of
/// the previous money fact: its currency sign cannot serve again.
pub(super) fn at(
    body: &str,
    env: &Env,
    nums: &[Num],
    i: usize,
    claimed: usize,
) -> Option<(Vec<Fact>, usize)> {
    let n = nums[i];
    if n.in_url {
        return None;
    }
    if let Some((code, start)) = currency_before(body, env, n.start).filter(|(_, s)| *s >= claimed)
    {
        let mut facts = vec![money(body, start, n.end, code, n.value)];
        // "$800-1,000", "$5-10 million", "$1 to 2 billion"
        if let Some(j) = range_partner(body, nums, i, true) {
            let m = nums[j];
            let joined_by_word = !matches!(body[n.end..m.start].trim(), "-" | "–");
            let own_currency = currency_before(body, env, m.start).is_some()
                || currency_after(body, env, m.end).is_some();
            let shares_scale = !n.scaled && m.scaled;
            if !own_currency && !m.indefinite && (!joined_by_word || shares_scale) {
                if shares_scale && let Some(scaled) = scale_of(n, m) {
                    facts[0] = money(body, start, n.end, code, scaled);
                }
                facts.push(money(body, m.start, m.end, code, m.value));
                return Some((facts, 2));
            }
        }
        return Some((facts, 1));
    }
    if let Some((code, end, scale)) = currency_after(body, env, n.end) {
        let value = n.value.mul(scale)?;
        // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "10 $ 30 cent"
        if let Some((cents_end, cents)) = cents_after(body, nums, i, end) {
            let total = value.add(cents)?;
            return Some((vec![money(body, n.start, cents_end, code, total)], 2));
        }
        return Some((vec![money(body, n.start, end, code, value)], 1));
    }
    // "10-20 dollars", "5 to 10 million euros": the first amount takes the second's currency;
    // "in 2019 to 20 euros" keeps its year.
    if n.bare_one || n.indefinite || n.year_like() {
        return None;
    }
    let j = range_partner(body, nums, i, true)?;
    let m = nums[j];
    if currency_before(body, env, m.start).is_some() {
        return None;
    }
    let (code, end, scale) = currency_after(body, env, m.end)?;
    let first = if !n.scaled && m.scaled {
        scale_of(n, m)?
    } else {
        n.value
    };
    Some((
        vec![
            money(body, n.start, n.end, code, first.mul(scale)?),
            money(body, m.start, end, code, m.value.mul(scale)?),
        ],
        2,
    ))
}

/// `n`'s value under `m`'s scale ("5" of "5-10 million").
fn scale_of(n: Num, m: Num) -> Option<Dec> {
    n.value.mul(m.scale)
}

/// A cents amount after a whole-unit currency: its end and value in units.
fn cents_after(body: &str, nums: &[Num], i: usize, cur_end: usize) -> Option<(usize, Dec)> {
    let m = nums.get(i + 1)?;
    let gap = body.get(cur_end..m.start)?;
    if !matches!(gap, " " | " and " | "") {
        return None;
    }
    let v = m.value.as_u64().filter(|v| *v < 100 && !m.scaled)?;
    let w = super::text::word_after(body, m.end)?;
    if w.start != m.end + 1 || !w.is_any(&["cent", "cents"]) {
        return None;
    }
    Some((w.end, Dec::int(v).shifted(2)?))
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
