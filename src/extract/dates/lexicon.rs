//! Word lists of the date matchers: month and weekday names, ordinal day words, time units and
//! the little words that make a bare month or year a date ("in", "since").

/// What the lexicon knows about one word: every list it is on ("second" is an ordinal and a
/// unit, "may" a month). Looked up once per token by [`Scan`](super::scan::Scan).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lex {
    /// Month number 1-12, 0 when not a month name.
    pub month: u8,
    /// The month name is abbreviated ("Sept"): it needs a day or year to be a date.
    pub month_abbr: bool,
    /// Weekday 1 (Monday) to 7, 0 when not a weekday.
    pub weekday: u8,
    /// Day of an ordinal word ("fourth" 4), 0 when not one.
    pub ordinal: u8,
    pub unit: Option<Unit>,
    /// A unit or tens number word ("six", "forty"): the words that can start a number.
    pub number_word: bool,
    /// Parts of a day that stay in a weekday's span ("Thursday night").
    pub day_part: bool,
    /// Ordinal suffixes glued to a day number ("4th", "01st").
    pub ordinal_suffix: bool,
    /// Whether a date or duration can start at this word: what the walk skips when false.
    pub starts: bool,
}

const MONTHS: [(&str, u8, bool); 24] = [
    ("january", 1, false),
    ("february", 2, false),
    ("march", 3, false),
    ("april", 4, false),
    ("may", 5, false),
    ("june", 6, false),
    ("july", 7, false),
    ("august", 8, false),
    ("september", 9, false),
    ("october", 10, false),
    ("november", 11, false),
    ("december", 12, false),
    ("jan", 1, true),
    ("feb", 2, true),
    ("mar", 3, true),
    ("apr", 4, true),
    ("jun", 6, true),
    ("jul", 7, true),
    ("aug", 8, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("oct", 10, true),
    ("nov", 11, true),
    ("dec", 12, true),
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Ordinal words of a day of the month ("thirty-first" is read as "thirty" + "first" by the
/// caller).
const ORDINALS: [(&str, u8); 21] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

const NUMBER_WORDS: [&str; 28] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// Unit words with their [`Unit`]: (designator, time unit, factor, abbreviation, rank).
const UNITS: [(&[&str], Unit); 14] = [
    (
        &["century", "centuries"],
        Unit::new('Y', false, 100, false, 0),
    ),
    (&["decade", "decades"], Unit::new('Y', false, 10, false, 0)),
    (&["year", "years"], Unit::new('Y', false, 1, false, 0)),
    (&["yr", "yrs"], Unit::new('Y', false, 1, true, 0)),
    (&["month", "months"], Unit::new('M', false, 1, false, 1)),
    (
        &["fortnight", "fortnights"],
        Unit::new('W', false, 2, false, 2),
    ),
    (&["week", "weeks"], Unit::new('W', false, 1, false, 2)),
    (&["day", "days"], Unit::new('D', false, 1, false, 3)),
    (&["hour", "hours"], Unit::new('H', true, 1, false, 4)),
    (&["hr", "hrs", "h"], Unit::new('H', true, 1, true, 4)),
    (&["minute", "minutes"], Unit::new('M', true, 1, false, 5)),
    (&["min", "mins"], Unit::new('M', true, 1, true, 5)),
    (&["second", "seconds"], Unit::new('S', true, 1, false, 6)),
    (&["sec", "secs"], Unit::new('S', true, 1, true, 6)),
];

/// Other words an expression can start at: "the past year", "a year ago", "last May", "today".
const STARTERS: [&str; 9] = [
    "the",
    "a",
    "an",
    "this",
    "last",
    "next",
    "today",
    "yesterday",
    "tomorrow",
];

/// Every listed word in an open-addressing hash table keyed by [`key`], built at compile
/// time: most words of a body are on no list, and the [`Table::filter`] turns most of them
/// away before any hashing.
pub(crate) struct Table {
    keys: [u128; SLOTS],
    lex: [Lex; SLOTS],
    /// For a word length (1 to 16) and a first letter, the bit set of the last letters of the
    /// listed words and "…long" unit adjectives of that shape (a lowercase letter indexes by
    /// its low five bits, 1 to 26). About one body word in five
    /// passes it.
    filter: [[u32; 32]; 17],
}

/// A power of two, well above twice the number of listed words.
const SLOTS: usize = 512;

const UNLISTED: Lex = Lex {
    month: 0,
    month_abbr: false,
    weekday: 0,
    ordinal: 0,
    unit: None,
    number_word: false,
    day_part: false,
    ordinal_suffix: false,
    starts: false,
};

static TABLE: Table = build();

const fn build() -> Table {
    let mut t = Table {
        keys: [0; SLOTS],
        lex: [UNLISTED; SLOTS],
        filter: [[0; 32]; 17],
    };
    let mut n = 0;
    while n < MONTHS.len() {
        let (w, m, abbr) = MONTHS[n];
        let e = entry(&mut t, w);
        (e.month, e.month_abbr, e.starts) = (m, abbr, true);
        n += 1;
    }
    n = 0;
    while n < WEEKDAYS.len() {
        let e = entry(&mut t, WEEKDAYS[n]);
        (e.weekday, e.starts) = (n as u8 + 1, true);
        n += 1;
    }
    n = 0;
    while n < ORDINALS.len() {
        let (w, d) = ORDINALS[n];
        let e = entry(&mut t, w);
        (e.ordinal, e.starts) = (d, true);
        n += 1;
    }
    n = 0;
    while n < NUMBER_WORDS.len() {
        let e = entry(&mut t, NUMBER_WORDS[n]);
        (e.number_word, e.starts) = (true, true);
        n += 1;
    }
    n = 0;
    while n < UNITS.len() {
        let (words, unit) = UNITS[n];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let e = entry(&mut t, words[k]);
            (e.unit, e.starts) = (Some(unit), true);
            // "yearlong", "weeklong": the stem's first letter, four more letters, a final g.
            if w.len() + 4 <= 16 {
                t.filter[w.len() + 4][(w[0] & 31) as usize] |= 1 << (b'g' & 31);
            }
            k += 1;
        }
        n += 1;
    }
    let day_parts = ["morning", "afternoon", "evening", "night"];
    n = 0;
    while n < day_parts.len() {
        entry(&mut t, day_parts[n]).day_part = true;
        n += 1;
    }
    let suffixes = ["st", "nd", "rd", "th"];
    n = 0;
    while n < suffixes.len() {
        entry(&mut t, suffixes[n]).ordinal_suffix = true;
        n += 1;
    }
    n = 0;
    while n < STARTERS.len() {
        entry(&mut t, STARTERS[n]).starts = true;
        n += 1;
    }
    t
}

/// The entry of a lowercase `word` of 1 to 16 letters, claimed if new.
const fn entry<'t>(t: &'t mut Table, word: &str) -> &'t mut Lex {
    let w = word.as_bytes();
    let Some(k) = key(w) else {
        panic!("lexicon words have 1 to 16 letters");
    };
    t.filter[w.len()][(w[0] & 31) as usize] |= 1 << (w[w.len() - 1] & 31);
    let mut s = slot(k);
    while t.keys[s] != 0 && t.keys[s] != k {
        s = (s + 1) % SLOTS;
    }
    t.keys[s] = k;
    &mut t.lex[s]
}

/// The lexicon, for readers that look up many words.
pub(crate) fn table() -> &'static Table {
    &TABLE
}

/// The word's ASCII letters lowercased and packed little-endian into one integer (16 bytes at
/// most: the first letter in the lowest byte), so a lookup hashes an integer with no
/// allocation, and a reader can take the key straight from an eight-byte load. Never 0.
const fn key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut k = 0u128;
    let mut n = word.len();
    while n > 0 {
        n -= 1;
        k = (k << 8) | word[n].to_ascii_lowercase() as u128;
    }
    Some(k)
}

const fn slot(k: u128) -> usize {
    let folded = (k as u64) ^ ((k >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// What the lexicon knows about `word` (any case), if it is on any list.
pub(crate) fn lookup(word: &str) -> Option<&'static Lex> {
    table().find(key(word.as_bytes())?)
}

/// What the lexicon knows about `word`, and whether a date or duration can start at it: a
/// listed starter or a unit adjective ("yearlong", "weeklong"). The body reader uses
/// [`Table::classify`]; this is its reference.
#[cfg(test)]
pub(crate) fn classify(word: &str) -> (Option<&'static Lex>, bool) {
    match key(word.as_bytes()) {
        Some(k) => table().classify(k, word.len()),
        None => (None, false),
    }
}

impl Table {
    /// Whether a lowercase word of `len` letters with this `first` and `last` letter can be
    /// listed or a "…long" adjective ([`Table::filter`]).
    #[inline(always)]
    pub(crate) fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        self.filter
            .get(len)
            .is_some_and(|row| row[usize::from(first & 31)] >> (last & 31) & 1 != 0)
    }

    #[inline(always)]
    fn find(&'static self, k: u128) -> Option<&'static Lex> {
        let mut s = slot(k);
        loop {
            match self.keys[s] {
                found if found == k => return Some(&self.lex[s]),
                0 => return None,
                _ => s = (s + 1) % SLOTS,
            }
        }
    }

    /// [`classify`] for the [`key`] of a lowercase word of `len` (1 to 16) letters.
    #[inline(always)]
    pub(crate) fn classify(&'static self, k: u128, len: usize) -> (Option<&'static Lex>, bool) {
        if let Some(lex) = self.find(k) {
            return (Some(lex), lex.starts);
        }
        // "…long": the last four bytes of the key, then the stem before them.
        let long = len > 4 && len <= 16 && {
            let stem_bits = 8 * (len - 4) as u32;
            (k >> stem_bits) as u32 == u32::from_le_bytes(*b"long")
                && self
                    .find(k & ((1u128 << stem_bits) - 1))
                    .is_some_and(|l| l.unit.is_some())
        };
        (None, long)
    }
}

/// A unit of time by name, any case.
pub(crate) fn unit(word: &str) -> Option<Unit> {
    lookup(word).and_then(|l| l.unit)
}

/// Words after which a bare month or year names a time: "in October", "since 2015".
pub(crate) fn is_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "through"
            | "throughout"
            | "during"
            | "before"
            | "after"
            | "between"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "this"
            | "next"
            | "of"
            | "on"
            | "around"
            | "circa"
            | "to"
            | "and"
            | "or"
            | "the"
            | "into"
            | "as"
    )
}

/// A unit of time: its ISO designator, whether it is a time (after "T") unit, and how many of
/// that designator one unit is ("decade" is 10 years).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub designator: char,
    pub time: bool,
    pub factor: u32,
    /// Abbreviations ("hrs", "min") follow digits only.
    pub abbr: bool,
    /// Rank from the largest unit, to order compound durations.
    pub rank: u8,
}

impl Unit {
    const fn new(designator: char, time: bool, factor: u32, abbr: bool, rank: u8) -> Unit {
        Unit {
            designator,
            time,
            factor,
            abbr,
            rank,
        }
    }
}
