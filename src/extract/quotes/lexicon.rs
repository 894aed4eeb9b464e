//! The word lists speaker attribution reads: verbs of saying, titles dropped from names,
//! words that mark institutions, documents and sentence-initial function words. Kept apart so
//! the logic in `words.rs` and `speaker.rs` stays short; extend a list, not the code.

use std::hash::Hasher;

/// FNV-1a: the word lists hash short ASCII words, where SipHash's DoS resistance buys nothing
/// (the sets are fixed) and costs most of the lookup.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Slots of a [`WordSet`] table: a power of two over twice the longest list, so probes are short.
const SLOTS: usize = 512;
const EMPTY: u16 = u16::MAX;

/// FNV-1a of the word in ASCII lower case (the lists are lower case; see [`WordSet::folded`]).
const fn fold_hash(bytes: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i].to_ascii_lowercase() as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    (h ^ (h >> 29)) as usize & (SLOTS - 1)
}

/// A fixed set of words with fast lookup, built at compile time (no start-up cost). Most words
/// asked about are in no list, so the length and first letter are checked against those
/// present (two bit tests) before any hashing.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Open addressing with linear probing: indices into `words`, [`EMPTY`] for a free slot.
    table: [u16; SLOTS],
    /// Bit [`signature`] set for each word: its length with its first letter, either case.
    sigs: [u64; 8],
    /// The same with its last letter: names pass the first test far more often than both.
    last_sigs: [u64; 8],
}

/// A word's first byte (ASCII case ignored, 32 classes) with its length (15 for 15 or more):
/// equal words, or words equal but for ASCII case, share it, and most other words do not.
const fn signature(bytes: &[u8]) -> usize {
    letter_signature(bytes.first(), bytes.len())
}

const fn last_signature(bytes: &[u8]) -> usize {
    letter_signature(bytes.last(), bytes.len())
}

const fn letter_signature(letter: Option<&u8>, len: usize) -> usize {
    let letter = match letter {
        Some(&b) => b,
        None => 0,
    };
    let len = if len < 15 { len } else { 15 };
    (((letter | 0x20) & 31) as usize) << 4 | len
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() < SLOTS / 2);
        let mut table = [EMPTY; SLOTS];
        let mut sigs = [0u64; 8];
        let mut last_sigs = [0u64; 8];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let sig = signature(w);
            sigs[sig >> 6] |= 1 << (sig & 63);
            let sig = last_signature(w);
            last_sigs[sig >> 6] |= 1 << (sig & 63);
            let mut h = fold_hash(w);
            while table[h] != EMPTY {
                h = (h + 1) & (SLOTS - 1);
            }
            table[h] = i as u16;
            i += 1;
        }
        WordSet {
            words,
            table,
            sigs,
            last_sigs,
        }
    }

    /// Whether the word, as written, is in the list.
    #[inline]
    pub(crate) fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        self.find(word.as_ref(), false)
    }

    /// Whether the word in ASCII lower case is in the list, without folding a copy: the same
    /// answer as `contains(&*Lower::of(word))` for these all-lower-case ASCII lists (a word
    /// with other bytes or longer than any entry matches neither way).
    #[inline]
    pub(crate) fn folded(&self, word: &str) -> bool {
        self.find(word, true)
    }

    /// The bit tests inline at the caller; only a word they let through is hashed.
    #[inline]
    fn find(&self, word: &str, fold: bool) -> bool {
        let sig = signature(word.as_bytes());
        if self.sigs[sig >> 6] & (1 << (sig & 63)) == 0 {
            return false;
        }
        let sig = last_signature(word.as_bytes());
        if self.last_sigs[sig >> 6] & (1 << (sig & 63)) == 0 {
            return false;
        }
        self.probe(word, fold)
    }

    fn probe(&self, word: &str, fold: bool) -> bool {
        let mut h = fold_hash(word.as_bytes());
        loop {
            let Some(&w) = self.words.get(usize::from(self.table[h])) else {
                return false;
            };
            if if fold {
                w.eq_ignore_ascii_case(word)
            } else {
                w == word
            } {
                return true;
            }
            h = (h + 1) & (SLOTS - 1);
        }
    }
}

/// A static word list with hashed lookup: `NAME.contains(&word)`, `NAME.folded(word)`.
macro_rules! word_set {
    ($(#[$m:meta])* $vis:vis $name:ident = [$($w:literal),* $(,)?];) => {
        $(#[$m])*
        $vis static $name: WordSet = WordSet::new(&[$($w),*]);
    };
}

word_set! {
    /// Lower-case words inside names: "Roe and Doe", "Bank of England", "Ursula von der Leyen".
    pub(super) PARTICLES = [
        "and", "of", "&", "de", "der", "den", "von", "van", "da", "di", "du", "la", "le", "del", "dos",
        "bin", "ibn", "al", "el",
    ];
}

word_set! {
    /// Nouns for an institution: "the ministry said" speaks for an organization, not a person.
    pub(super) ORG_NOUNS = [
        "ministry", "department", "company", "government", "police", "agency", "court", "party",
        "embassy", "office", "council", "committee", "board", "union", "bank", "army", "military",
        "campaign", "team", "firm", "group", "hospital", "school", "university", "commission",
        "administration", "authority", "authorities", "regulator", "organisation", "organization",
        "association", "federation", "club", "league", "network", "newspaper", "channel", "station",
        "service", "institute", "foundation", "coalition", "alliance", "bureau", "watchdog",
        "broadcaster",
    ];
}

word_set! {
    /// News organizations whose name may follow them in apposition: "the German news agency
    /// dpa reported", "the daily Dawn wrote".
    pub(super) MEDIA_NOUNS = [
        "agency", "broadcaster", "daily", "newspaper", "channel", "network", "outlet", "weekly",
        "magazine", "tabloid", "wire",
    ];
}

word_set! {
    /// Verbs that introduce a quotation.
    pub(super) SPEECH_VERBS = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes",
        "continued", "continues", "noted", "notes", "explained", "explains", "argued", "argues",
        "asked", "asks", "replied", "replies", "responded", "responds", "remarked", "declared",
        "declares", "announced", "announces", "insisted", "insists", "warned", "warns", "claimed",
        "claims", "posted", "tweeted", "observed", "acknowledged", "admitted", "recalled", "concluded",
        "emphasized", "emphasised", "stressed", "urged", "cautioned", "countered", "suggested",
        "testified", "described", "describes", "reads", "read", "mentioned", "revealed", "commented",
        "stating", "saying", "adding", "writing", "noting", "explaining", "arguing", "warning",
        "telling", "reported", "reports", "confirmed", "confirms", "alleged", "alleges", "predicted",
        "pleaded", "shouted", "recounted", "conceded", "vowed", "complained", "lamented", "boasted",
        "joked", "quipped", "wondered", "demanded", "charged", "echoed", "informed", "tweets", "posts",
        "announcing", "declaring", "insisting",
    ];
}

word_set! {
    pub(super) AUX_VERBS = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "should",
        "may", "might", "must", "did", "does", "do", "shall",
    ];
}

word_set! {
    pub(super) IRREGULAR_PAST = [
        "took", "made", "gave", "went", "came", "sent", "met", "led", "won", "lost", "left", "spoke",
        "held", "brought", "began", "saw", "got", "put", "set", "ran", "chose", "drew", "fought",
        "sought", "thought", "felt", "kept", "found", "knew", "became", "stood", "rose", "fell",
        "struck", "paid", "built", "bought", "sold", "heard", "meant", "taught", "hit", "cut", "let",
        "shut", "spent", "threw", "wore", "broke", "forgot", "flew", "grew", "hid", "sat", "slept",
        "swore", "tore", "understood", "withdrew", "overtook", "undertook",
    ];
}

word_set! {
    /// Titles and honorifics dropped from a speaker's name (compared lower-case without dots).
    pub(super) TITLES = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sen", "sens", "senator", "senators", "rep", "reps",
        "representative", "representatives", "gov", "governor", "president", "vice", "mayor", "judge",
        "justice", "secretary", "minister", "chancellor", "attorney", "attorneys", "general", "leader",
        "majority", "minority", "speaker", "chairman", "chairwoman", "chair", "chairperson", "prof",
        "professor", "sheriff", "chief", "deputy", "director", "commissioner", "ambassador", "prime",
        "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "rev", "reverend",
        "father", "sgt", "lt", "col", "capt", "gen", "adm", "cmdr", "maj", "inspector",
        "superintendent", "spokesman", "spokeswoman", "spokesperson", "ceo", "executive", "founder",
        "congressman",
        "congresswoman", "councillor", "councilman", "councilwoman", "councilmember", "lawmaker", "mp",
        "mep", "premier", "officer", "detective", "coach", "pope", "bishop", "cardinal", "rabbi",
        "imam", "sheikh", "whip", "treasurer", "auditor", "comptroller", "administrator", "commander",
        "marshal", "counsel", "solicitor", "magistrate", "u.s", "president-elect", "ex-president",
        "then-president", "trustee", "economist", "analyst", "dean", "provost", "chairs",
    ];
}

word_set! {
    /// Lower-case role words that stand before a name ("finance minister Ishaq Dar").
    pub(super) LOWER_TITLES = [
        "minister", "senator", "spokesman", "spokeswoman", "spokesperson", "leader", "secretary",
        "president", "chairman", "chief", "director", "mayor", "governor", "judge", "lawmaker",
        "congressman", "congresswoman", "representative", "ambassador", "commissioner", "attorney",
        "analyst", "economist", "professor", "official", "officer", "chancellor", "premier", "adviser",
        "advisor", "founder", "ceo", "executive", "head", "manager", "coach",
    ];
}

word_set! {
    /// Capitalized words that make a run an institution, a place or a thing, not a person.
    pub(super) ORG_WORDS = [
        "Court", "House", "Senate", "Congress", "Party", "Department", "Committee", "Office",
        "Assembly", "Bank", "Fund", "Ministry", "Council", "Union", "Times", "Post", "News", "Act",
        "Bill", "Budget", "Program", "Programme", "Association", "University", "Agency",
        "Commission", "Government", "Administration", "Board", "Coalition", "Corporation",
        "Company", "Group", "State", "States", "County", "City", "Foundation", "Institute",
        "Service", "Services", "Review", "Journal", "Federal", "National", "United", "Police",
        "Army", "Force", "Forces", "Network", "Agreement", "Convention", "Treaty", "Resolution",
        "Code", "Constitution", "Embassy", "Parliament", "Cabinet", "Centre", "Center", "Hospital",
        "School", "Capitol", "Supreme", "Organization", "Organisation", "Authority", "Reserve",
        "Exchange", "Market", "Inc", "Ltd", "Corp", "LLC", "Club", "League", "Chamber", "Division",
        "Bureau", "Tribunal", "Republic", "Kingdom", "Island", "Islands", "Airport", "Station",
        "Museum", "Library", "Report", "January", "February", "March", "April", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Democrats", "Republicans", "Democratic",
        "Republican", "Ministers", "Affairs", "Health", "Security", "Defense", "Defence",
        "Revenue", "Insurance", "Finance", "Development", "Project", "System", "Herald", "Tribune",
        "Gazette", "Telegraph", "Chronicle", "Inquirer", "Guardian", "Observer", "Workers",
        "Employees", "Teachers", "Nurses", "Alliance", "Federation", "Confederation", "Society",
        "Trust", "Partnership",
    ];
}

word_set! {
    /// Words before a name that still let it start a clause ("and Doe said", "but Roe added").
    pub(super) CLAUSE_JOINERS = [
        "and", "but", "while", "when", "as", "so", "then", "because", "although", "though", "yet",
        "since", "after", "before", "where", "whereas", "however", "meanwhile", "former", "late",
        "that", "which",
    ];
}

word_set! {
    /// Words that make what follows them an object, not a subject with a descriptor before it
    /// ("like Roe", "toward Roe").
    pub(super) LEAD_IN_STOP = [
        "like", "toward", "towards", "near", "through", "across", "beyond", "around", "behind",
        "onto", "inside", "outside", "within", "via", "per", "whom", "whose", "than", "said",
    ];
}

word_set! {
    /// Sentence-initial capitalized words that are never part of a name.
    pub(super) INITIAL_STOP = [
        "the", "a", "an", "in", "on", "at", "but", "and", "yet", "after", "before", "when", "while",
        "during", "ahead", "although", "though", "meanwhile", "however", "it", "this", "that", "these",
        "those", "he", "she", "they", "we", "i", "you", "its", "his", "her", "their", "our", "my",
        "your", "other", "others", "some", "many", "most", "all", "both", "each", "every", "another",
        "such", "still", "also", "as", "if", "for", "from", "with", "without", "by", "under", "over",
        "since", "until", "following", "according", "read", "dear", "thank", "sincerely", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "there", "here", "now",
        "then", "today", "yesterday", "earlier", "later", "last", "next", "first", "officials",
        "critics", "experts", "analysts", "residents", "police", "lawmakers", "authorities", "sources",
        "witnesses", "investigators", "prosecutors", "researchers", "scientists", "what", "who", "why",
        "how", "where", "which", "so", "not", "no", "yes", "even", "just", "only", "instead", "thus",
        "because", "despite", "among", "between", "about", "against", "to", "of", "or", "nor", "once",
        "upon", "amid", "like", "unlike", "sharing", "speaking", "addressing", "asked", "please",
        "more", "less", "several", "few", "both", "neither", "either", "any", "much", "did", "does",
        "do", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
    ];
}

word_set! {
    /// Things that speak without a speaker: a quote they introduce has speaker "" unless an
    /// organization's name stands before them ("a New York Times article described").
    pub(super) DOC_NOUNS = [
        "report", "reports", "article", "letter", "statement", "resolution", "document", "study",
        "bill", "memo", "memorandum", "filing", "complaint", "lawsuit", "ruling", "order", "survey",
        "analysis", "indictment", "release", "post", "tweet", "editorial", "paper", "decision",
        "judgment", "judgement", "opinion", "notice", "guidance", "text", "draft", "law", "act",
        "agreement", "constitution", "petition", "motion", "brief", "affidavit", "transcript",
        "website", "message", "email", "note", "book", "manifesto", "declaration", "treaty",
        "proposal", "plan", "summary", "sign", "banner", "headline", "caption", "video", "study's",
        "forecast", "estimate", "estimates", "projection", "projections", "audit", "assessment",
        "findings", "census", "poll", "guidelines", "regulation", "budget", "bulletin", "advisory",
        "circular", "update",
    ];
}

word_set! {
    /// Pronouns resolved to the nearest earlier subject.
    pub(super) PRONOUNS = ["he", "she", "they", "we", "i", "it"];
}
