//! Word lists of the count rules: what may follow a count, what makes a number an
//! identifier, which sentences are about a vote. Kept apart so the rules read as rules.
//! Every list is lower case and sorted, so a word is looked up by binary search.

/// A sorted lower-case word list with two bit sets built at compile time: the first letters
/// and the lengths of its words. Most words probed against a list fail one of these, so the
/// binary search (six to ten steps) runs only for the few that could be in it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    pub(crate) list: &'static [&'static str],
    /// Bit `b - b'a'` for each first letter; bit 26 for a first byte that is no letter.
    firsts: u32,
    /// Bit `len` for each word length (all lengths are under 25).
    lens: u32,
}

impl Words {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        let (mut firsts, mut lens, mut i) = (0u32, 0u32, 0);
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 32);
            firsts |= 1 << first_bit(w[0]);
            lens |= 1 << w.len();
            i += 1;
        }
        Self { list, firsts, lens }
    }

    /// Whether `lower` (already lower case) might be in the list: false means it is not.
    #[inline]
    pub(crate) fn may_hold(&self, lower: &[u8]) -> bool {
        let Some(&first) = lower.first() else {
            return false;
        };
        lower.len() < 32
            && self.lens & (1 << lower.len()) != 0
            && self.firsts & (1 << first_bit(first)) != 0
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        self.list
    }
}

/// The bit of `Words::firsts` for a (lower-case) first byte.
const fn first_bit(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        (b - b'a') as u32
    } else {
        26
    }
}

/// Words that end a counted-noun phrase: function words, hedges and comparatives.
#[rustfmt::skip]
pub(super) const STOP: Words = Words::new(&[
    "a", "about", "after", "again", "against", "ago", "all", "also", "am", "among", "an", "and",
    "apart", "apiece", "are", "as", "at", "away", "back", "be", "been", "before", "being",
    "between", "both", "bst", "but", "by", "can", "cent", "cents", "could", "did", "do", "does",
    "down", "dozen", "dozens", "draw", "during", "each", "earlier", "edt", "either", "est", "even",
    "fewer", "fold", "for", "from", "gmt", "had", "has", "have", "he", "her", "here", "him", "his",
    "how", "i", "if", "in", "including", "inclusive", "into", "is", "ist", "it", "its", "just",
    "later", "least", "less", "like", "lost", "may", "me", "might", "minus", "more", "most",
    "must", "my", "neither", "no", "nor", "not", "now", "odd", "of", "off", "on", "one", "ones",
    "only", "or", "our", "out", "over", "overall", "paise", "pc", "pct", "pence", "penny", "per",
    "percent", "percentage", "plus", "pm", "pst", "respectively", "round", "said", "say", "says",
    "score", "scores", "shall", "she", "should", "since", "so", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "time", "times", "to",
    "too", "total", "under", "until", "up", "us", "utc", "version", "versions", "versus", "very",
    "via", "vs", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "whose", "why", "will", "win", "wins", "with", "won", "would", "yet", "you", "your",
]);

/// Units of time: "three years" is a DURATION, "three weeks ago" nothing, never a COUNT.
#[rustfmt::skip]
pub(super) const TIME_UNITS: Words = Words::new(&[
    "centuries", "century", "day", "days", "decade", "decades", "fortnight", "fortnights", "h",
    "hour", "hours", "hr", "hrs", "millennia", "millennium", "min", "mins", "minute", "minutes",
    "moment", "moments", "month", "months", "night", "nights", "o'clock", "quarter", "quarters",
    "sec", "second", "seconds", "secs", "semester", "semesters", "week", "weekend", "weekends",
    "weeks", "year", "years", "yr", "yrs",
]);

/// Measurements are quantities, not counts of things.
#[rustfmt::skip]
pub(super) const MEASURES: Words = Words::new(&[
    "acre", "acres", "barrel", "barrels", "basis", "bpd", "bps", "bytes", "calorie", "calories",
    "cm", "crore", "cubic", "degree", "degrees", "feet", "foot", "ft", "g", "gallon", "gallons",
    "gb", "gram", "grams", "gw", "hectare", "hectares", "inch", "inches", "kb", "kg", "kgs",
    "kilo", "kilogram", "kilograms", "kilometer", "kilometers", "kilometre", "kilometres", "kilos",
    "km", "kms", "knots", "kph", "kw", "kwh", "lakh", "lb", "lbs", "liter", "liters", "litre",
    "litres", "m", "mb", "megawatt", "megawatts", "meter", "meters", "metre", "metres", "mg",
    "mile", "miles", "mm", "mph", "mw", "ounce", "ounces", "oz", "percentile", "point", "points",
    "pound", "pounds", "sq", "square", "storey", "storeys", "tb", "ton", "tonne", "tonnes", "tons",
    "volt", "volts", "watt", "watts", "yard", "yards",
]);

/// Words before a number that make it an identifier ("Section 32", "No. 2", "Room 5").
#[rustfmt::skip]
pub(super) const ID_BEFORE: Words = Words::new(&[
    "act", "age", "aged", "ages", "amendment", "annex", "apartment", "appendix", "apt", "art",
    "article", "batch", "bill", "bldg", "block", "box", "building", "bus", "case", "category",
    "ch", "channel", "chapter", "class", "clause", "code", "col", "courthouse", "courtroom",
    "covid", "department", "dept", "district", "districts", "div", "division", "docket", "ep",
    "episode", "exhibit", "exit", "ext", "fax", "fig", "figure", "flight", "floor", "form", "fy",
    "gate", "gen", "grade", "hall", "highway", "hr", "id", "ii", "iii", "interstate", "issue",
    "item", "jr", "l", "lane", "law", "level", "line", "lot", "mark", "mile", "mk", "model", "no",
    "nos", "num", "number", "order", "p", "page", "pages", "para", "paragraph", "part", "phase",
    "phone", "pier", "pin", "platform", "post", "pp", "precinct", "precincts", "pub", "ref", "reg",
    "report", "rept", "res", "resolution", "room", "round", "route", "row", "rule", "schedule",
    "season", "seat", "sec", "section", "sections", "sector", "size", "sr", "stage", "station",
    "step", "sub", "suite", "table", "tel", "terminal", "tier", "title", "top", "track", "type",
    "unit", "v", "ver", "verse", "version", "vol", "volume", "ward", "wards", "year",
]);

/// Capitalized words that may open a sentence right before a count ("Over 500 people").
#[rustfmt::skip]
pub(super) const CAPITAL_OK: Words = Words::new(&[
    "a", "about", "above", "across", "after", "against", "all", "almost", "also", "although",
    "altogether", "among", "an", "and", "another", "approximately", "around", "as", "at", "barely",
    "because", "before", "below", "between", "beyond", "but", "by", "combined", "currently",
    "despite", "during", "each", "estimated", "even", "every", "exactly", "fewer", "for", "from",
    "fully", "globally", "he", "here", "i", "if", "in", "including", "into", "it", "just", "least",
    "less", "like", "maybe", "more", "most", "nationwide", "nearly", "now", "of", "officially",
    "on", "once", "only", "or", "over", "overall", "per", "perhaps", "possibly", "reportedly",
    "roughly", "she", "since", "so", "some", "still", "than", "that", "the", "then", "there",
    "these", "they", "those", "though", "through", "to", "today", "together", "total", "toward",
    "towards", "under", "unlike", "up", "upon", "via", "we", "when", "where", "whereas", "whether",
    "while", "with", "within", "without", "worldwide", "yesterday", "yet", "you",
]);

/// Anaphora: "the two", "the other three" refer back instead of counting.
#[rustfmt::skip]
pub(super) const ANAPHORA_BEFORE: Words = Words::new(&[
    "all", "other", "the", "these", "those",
]);

#[rustfmt::skip]
pub(super) const MONTHS_AND_DAYS: Words = Words::new(&[
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "monday", "nov", "november",
    "oct", "october", "saturday", "sep", "sept", "september", "sunday", "thursday", "tuesday",
    "wednesday",
]);

#[rustfmt::skip]
pub(super) const STREET: Words = Words::new(&[
    "ave", "avenue", "blvd", "boulevard", "circle", "court", "ct", "dr", "drive", "highway", "hwy",
    "lane", "ln", "parkway", "pkwy", "pl", "place", "plaza", "rd", "road", "square", "st",
    "street", "terrace", "way",
]);

/// Irregular plurals that `looks_plural` would miss, so the unit is the head noun.
#[rustfmt::skip]
pub(super) const PLURAL_NOUNS: Words = Words::new(&[
    "aircraft", "cattle", "children", "crew", "data", "deer", "feet", "fish", "media", "men",
    "mice", "people", "personnel", "police", "sheep", "staff", "teeth", "women", "youth",
]);

/// Verbs of change before "to": "cases rose to 64" states a total.
#[rustfmt::skip]
pub(super) const RISE_VERBS: Words = Words::new(&[
    "climb", "climbed", "climbing", "climbs", "decline", "declined", "declines", "drop", "dropped",
    "drops", "fall", "fallen", "falls", "fell", "grew", "grow", "grown", "grows", "increase",
    "increased", "increases", "jump", "jumped", "jumps", "reach", "reached", "reaches", "rise",
    "risen", "rises", "rising", "rose", "soar", "soared", "surge", "surged", "swell", "swelled",
    "swollen",
]);

/// Nouns before "of" that make the number a total: "a majority of 35", "a death toll of 58".
#[rustfmt::skip]
pub(super) const TOTAL_NOUNS: Words = Words::new(&[
    "count", "majority", "margin", "population", "tally", "toll", "total",
]);

/// Words that make a sentence about a vote, so "217 to 212" and "52-48" are tallies.
#[rustfmt::skip]
pub(super) const VOTE_WORDS: Words = Words::new(&[
    "adopt", "approve", "ballot", "carried", "confirm", "defeat", "justices", "majority", "margin",
    "motion", "passage", "passed", "passes", "reject", "ruled", "ruling", "tally", "unanimous",
    "vote",
]);

/// Determiners after "of" in a partitive ("five of the victims").
#[rustfmt::skip]
pub(super) const DETERMINERS: Words = Words::new(&[
    "her", "his", "its", "my", "our", "the", "their", "these", "those", "your",
]);

/// Verbs whose object is a total ("the caseload reached 1,500").
#[rustfmt::skip]
pub(super) const REACH_VERBS: Words = Words::new(&[
    "cross", "crossed", "crosses", "crossing", "exceed", "exceeded", "exceeding", "exceeds",
    "numbered", "pass", "passed", "passes", "passing", "reached", "reaches", "surpass",
    "surpassed", "surpasses", "surpassing", "topped", "tops", "totaled", "totaling", "totalled",
    "totalling",
]);

/// Verbs and adjectives of casualty reports ("killing 12", "12 were injured").
#[rustfmt::skip]
pub(super) const CASUALTY_WORDS: Words = Words::new(&[
    "abducted", "arrested", "arresting", "convicted", "dead", "deported", "detained", "detaining",
    "died", "displaced", "displacing", "drowned", "evacuated", "evacuating", "executed", "fired",
    "hired", "hospitalised", "hospitalized", "hurt", "infected", "infecting", "injured", "injures",
    "injuring", "kidnapped", "killed", "killing", "kills", "missing", "rescued", "rescuing",
    "sickened", "wounded", "wounding",
]);

/// Auxiliaries between a number and a casualty word ("12 were killed").
#[rustfmt::skip]
pub(super) const AUXILIARIES: Words = Words::new(&[
    "are", "had", "has", "have", "is", "remain", "remained", "remains", "was", "were",
]);

/// Hedges between a verb and its number ("killing at least 12", "injuring more than 30").
#[rustfmt::skip]
pub(super) const HEDGES: Words = Words::new(&[
    "about", "almost", "an", "another", "approximately", "around", "at", "estimated", "just",
    "least", "more", "nearly", "only", "over", "roughly", "some", "than", "to", "up",
]);

/// Causative verbs of a running total: "taking the toll to 58", "pushing the total past 1,000".
#[rustfmt::skip]
pub(super) const TOTAL_CAUSATIVES: Words = Words::new(&[
    "bringing", "brings", "brought", "drives", "driving", "drove", "lifted", "lifting", "lifts",
    "pushed", "pushes", "pushing", "raised", "raises", "raising", "takes", "taking", "took",
]);

/// Verbs right before a tally that make it a vote ("failed 3-6", "passed 52-47").
#[rustfmt::skip]
pub(super) const DECISION_VERBS: Words = Words::new(&[
    "adopted", "approved", "approves", "backed", "carried", "cleared", "clears", "confirmed",
    "confirms", "defeated", "endorsed", "failed", "fails", "overrode", "passed", "passes",
    "rejected", "rejects", "sustained", "upheld", "voted",
]);

/// Bodies that vote: a sentence naming one makes a closing ", 332-94" a tally.
#[rustfmt::skip]
pub(super) const VOTING_BODIES: Words = Words::new(&[
    "assembly", "board", "cabinet", "commission", "committee", "commons", "congress", "council",
    "court", "delegates", "house", "jury", "justices", "lawmakers", "legislature", "lords", "mps",
    "panel", "parliament", "senate", "senators", "shareholders",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lower_case_for_binary_search() {
        for list in [
            STOP,
            TIME_UNITS,
            MEASURES,
            ID_BEFORE,
            CAPITAL_OK,
            ANAPHORA_BEFORE,
            MONTHS_AND_DAYS,
            STREET,
            PLURAL_NOUNS,
            RISE_VERBS,
            TOTAL_NOUNS,
            VOTE_WORDS,
            DETERMINERS,
            REACH_VERBS,
            CASUALTY_WORDS,
            AUXILIARIES,
            HEDGES,
            TOTAL_CAUSATIVES,
            DECISION_VERBS,
            VOTING_BODIES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            // The prefilter never turns away a word of the list.
            assert!(list.iter().all(|w| list.may_hold(w.as_bytes())), "{list:?}");
            assert!(
                list.iter()
                    .all(|w| w.len() <= 24 && *w == w.to_ascii_lowercase())
            );
        }
    }

    #[test]
    fn prefilter_turns_away_other_first_letters_and_lengths() {
        assert!(DETERMINERS.may_hold(b"the"));
        assert!(!DETERMINERS.may_hold(b"xthe"));
        assert!(!DETERMINERS.may_hold(b""));
        assert!(!DETERMINERS.may_hold(b"thethethethethethethethethethethethe"));
        assert!(!STOP.may_hold(b"1a"));
    }
}
