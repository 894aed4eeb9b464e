//! Times `extract` on a hostile body: `hostile_cost UNIT KIB`.
use chrono::NaiveDate;
fn main() {
    let mut a = std::env::args().skip(1);
    let unit = a.next().unwrap_or_else(|| "H. Res. ".into());
    let kib: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(256);
    let mut body = unit.repeat(kib * 1024 / unit.len().max(1) + 1);
    let mut cut = (kib * 1024).min(body.len());
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    body.truncate(cut);
    let t = std::time::Instant::now();
    let x = claimtracker::extract::extract(&body, NaiveDate::from_ymd_opt(2024, 11, 16).unwrap());
    eprintln!("{} claims in {:?}", x.claims.len(), t.elapsed());
}
