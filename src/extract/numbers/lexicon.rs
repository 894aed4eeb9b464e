//! Word lists of the count rules: what may follow a count, what makes a number an
//! identifier, which sentences are about a vote. Kept apart so the rules read as rules.

/// Words that end a counted-noun phrase: function words, hedges and comparatives.
#[rustfmt::skip]
pub(super) const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "nor", "in", "on", "at", "for", "from", "by",
    "with", "as", "than", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "must", "shall", "do", "does",
    "did", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "per",
    "if", "but", "so", "not", "no", "also", "each", "apiece", "more", "most", "less", "fewer",
    "least", "over", "under", "about", "after", "before", "while", "when", "where", "since",
    "until", "ago", "against", "into", "between", "among", "during", "out", "up", "down", "off",
    "here", "there", "then", "now", "said", "says", "say", "percent", "percentage", "pc", "pct",
    "times", "time", "cent", "cents", "pence", "penny", "paise", "fold", "am", "pm", "gmt", "utc", "est", "edt", "pst", "ist", "bst",
    "dozen", "dozens", "score", "scores", "odd", "plus", "minus", "via", "vs", "versus",
    "versions", "version", "all", "both", "either", "neither", "only", "just",
    "even", "too", "very", "again", "yet", "i", "we", "you", "he", "she", "they", "me", "us",
    "him", "her", "them", "my", "our", "your", "their", "his", "per", "what", "how", "why", "one",
    "ones", "respectively", "each", "including", "like", "such", "inclusive", "total", "overall",
    "apart", "away", "back", "later", "earlier", "round", "wins", "win", "draw", "lost", "won",
];

/// Units of time: "three years" is a DURATION, "three weeks ago" nothing, never a COUNT.
#[rustfmt::skip]
pub(super) const TIME_UNITS: &[&str] = &[
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "h", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec",
    "secs", "decade", "decades", "century", "centuries", "millennium", "millennia", "fortnight",
    "fortnights", "night", "nights", "weekend", "weekends", "quarter", "quarters", "semester",
    "semesters", "o'clock", "moment", "moments",
];

/// Measurements are quantities, not counts of things.
#[rustfmt::skip]
pub(super) const MEASURES: &[&str] = &[
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter",
    "meters", "m", "cm", "mm", "mile", "miles", "foot", "feet", "ft", "inch", "inches", "yard",
    "yards", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "g", "mg",
    "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "ton", "tons", "tonne", "tonnes",
    "litre", "litres", "liter", "liters", "gallon", "gallons", "acre", "acres", "hectare",
    "hectares", "degree", "degrees", "mph", "kph", "knots", "megawatt", "megawatts", "mw", "gw",
    "kw", "kwh", "watt", "watts", "volt", "volts", "gb", "mb", "tb", "kb", "bytes", "point",
    "points", "basis", "bps", "square", "sq", "cubic", "barrel", "barrels", "bpd", "calorie",
    "calories", "storey", "storeys", "lakh", "crore", "percentile",
];

/// Words before a number that make it an identifier ("Section 32", "No. 2", "Room 5").
#[rustfmt::skip]
pub(super) const ID_BEFORE: &[&str] = &[
    "no", "nos", "number", "num", "section", "sec", "sections", "article", "art", "title",
    "chapter", "ch", "page", "pages", "p", "pp", "paragraph", "para", "rule", "room", "route",
    "flight", "unit", "part", "phase", "level", "grade", "class", "district", "ward", "case",
    "item", "exhibit", "figure", "fig", "table", "step", "highway", "interstate", "precinct",
    "platform", "gate", "box", "suite", "apartment", "apt", "bus", "line", "channel", "version",
    "v", "ver", "model", "season", "episode", "ep", "volume", "vol", "issue", "verse",
    "amendment", "resolution", "res", "bill", "act", "law", "report", "rept", "docket", "code",
    "covid", "aged", "age", "ages", "row", "seat", "floor", "block", "sector", "batch", "id",
    "pin", "category", "tier", "stage", "round", "size", "top", "year", "fy", "hr",
    "l", "pub", "reg", "sr", "jr", "ii", "iii", "mark", "mk", "type", "appendix", "annex",
    "schedule", "clause", "order", "form", "lot", "gen", "col", "ext", "tel", "phone", "fax",
    "ref", "sub", "division", "div",
    "dept", "department", "courtroom", "courthouse", "hall", "building", "bldg", "pier", "terminal",
    "track", "lane", "exit", "mile", "post", "station", "precincts", "wards", "districts",
];

/// Capitalized words that may open a sentence right before a count ("Over 500 people").
#[rustfmt::skip]
pub(super) const CAPITAL_OK: &[&str] = &[
    "about", "over", "nearly", "some", "around", "almost", "more", "fewer", "less", "at", "in",
    "by", "only", "just", "all", "the", "these", "those", "another", "roughly", "approximately",
    "up", "of", "with", "for", "and", "but", "exactly", "total", "than", "when", "after",
    "before", "since", "to", "among", "including", "least", "most", "under", "below", "above",
    "as", "on", "from", "while", "if", "without", "per", "each", "every", "estimated", "an", "a",
    "overall", "altogether", "then", "so", "yet", "now", "today", "yesterday", "also", "still",
    "even", "another", "some", "just", "that", "nearly", "or", "into", "across", "through",
    "during", "within", "between", "beyond", "despite", "like", "unlike", "via", "upon", "toward",
    "towards", "against", "around", "some", "we", "they", "he", "she", "it", "i", "you", "there",
    "here", "where", "whereas", "because", "although", "though", "whether", "once", "perhaps",
    "maybe", "possibly", "reportedly", "barely", "fully", "officially", "currently", "combined",
    "together", "nationwide", "worldwide", "globally", "altogether", "exactly",
];

/// Anaphora: "the two", "the other three" refer back instead of counting.
#[rustfmt::skip]
pub(super) const ANAPHORA_BEFORE: &[&str] = &[
    "the", "other", "these", "those", "all",
];

#[rustfmt::skip]
pub(super) const MONTHS_AND_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

#[rustfmt::skip]
pub(super) const STREET: &[&str] = &[
    "avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "dr", "way", "place", "pl", "court", "ct", "square", "parkway", "pkwy", "highway", "hwy",
    "terrace", "plaza", "circle",
];

/// Irregular plurals that `looks_plural` would miss, so the unit is the head noun.
#[rustfmt::skip]
pub(super) const PLURAL_NOUNS: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep",
    "fish", "deer", "aircraft", "data", "media", "crew", "youth", "feet", "teeth", "mice",
];

/// Verbs of change before "to": "cases rose to 64" states a total.
#[rustfmt::skip]
pub(super) const RISE_VERBS: &[&str] = &[
    "rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "climbing", "jump",
    "jumps", "jumped", "increase", "increases", "increased", "grow", "grows", "grew", "grown",
    "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "reach", "reaches", "reached",
    "surge", "surged", "soar", "soared", "swell", "swelled", "swollen", "decline", "declined",
    "declines",
];

/// Nouns before "of" that make the number a total: "a majority of 35", "a death toll of 58".
#[rustfmt::skip]
pub(super) const TOTAL_NOUNS: &[&str] = &[
    "majority", "margin", "total", "tally", "toll", "count", "population",
];

/// Words that make a sentence about a vote, so "217 to 212" and "52-48" are tallies.
#[rustfmt::skip]
pub(super) const VOTE_WORDS: &[&str] = &[
    "vote", "ballot", "tally", "passed", "passes", "passage", "approve", "reject", "defeat",
    "margin", "majority", "confirm", "adopt", "carried", "motion", "unanimous", "ruling", "ruled",
    "justices",
];

/// Determiners after "of" in a partitive ("five of the victims").
#[rustfmt::skip]
pub(super) const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "your", "my", "these", "those",
];

/// Verbs whose object is a total ("the caseload reached 1,500").
#[rustfmt::skip]
pub(super) const REACH_VERBS: &[&str] = &[
    "reached", "reaches", "topped", "tops", "surpassed", "exceeded", "exceeds", "totalled",
    "totaled", "totalling", "totaling", "numbered", "pass", "passes", "passed", "passing",
    "cross", "crosses", "crossed", "crossing", "surpass", "surpasses", "surpassing", "exceed",
    "exceeding",
];

/// Verbs and adjectives of casualty reports ("killing 12", "12 were injured").
#[rustfmt::skip]
pub(super) const CASUALTY_WORDS: &[&str] = &[
    "killed", "killing", "kills", "injured", "injuring", "injures", "wounded", "wounding", "dead",
    "died", "arrested", "arresting", "detained", "detaining", "displaced", "displacing",
    "evacuated", "evacuating", "rescued", "rescuing", "hospitalized", "hospitalised", "missing",
    "infected", "infecting", "sickened", "hurt", "drowned", "executed", "abducted", "kidnapped",
    "convicted", "deported", "fired", "hired",
];

/// Auxiliaries between a number and a casualty word ("12 were killed").
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains",
];

/// Hedges between a verb and its number ("killing at least 12", "injuring more than 30").
#[rustfmt::skip]
pub(super) const HEDGES: &[&str] = &[
    "least", "at", "than", "more", "nearly", "about", "some", "over", "around", "almost",
    "roughly", "approximately", "estimated", "an", "up", "to", "another", "only", "just",
];

/// Causative verbs of a running total: "taking the toll to 58", "pushing the total past 1,000".
#[rustfmt::skip]
pub(super) const TOTAL_CAUSATIVES: &[&str] = &[
    "taking", "takes", "took", "bringing", "brings", "brought", "pushing", "pushes", "pushed",
    "raising", "raises", "raised", "lifting", "lifts", "lifted", "driving", "drives", "drove",
];

/// Verbs right before a tally that make it a vote ("failed 3-6", "passed 52-47").
#[rustfmt::skip]
pub(super) const DECISION_VERBS: &[&str] = &[
    "passed", "passes", "failed", "fails", "cleared", "clears", "carried", "approved",
    "approves", "rejected", "rejects", "defeated", "adopted", "confirmed", "confirms", "voted",
    "overrode", "upheld", "sustained", "backed", "endorsed",
];

/// Bodies that vote: a sentence naming one makes a closing ", 332-94" a tally.
#[rustfmt::skip]
pub(super) const VOTING_BODIES: &[&str] = &[
    "house", "senate", "council", "committee", "parliament", "assembly", "congress", "board",
    "lawmakers", "legislature", "panel", "commons", "lords", "cabinet", "mps", "senators",
    "justices", "jury", "court", "commission", "delegates", "shareholders",
];
