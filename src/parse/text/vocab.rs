//! Generic vocabulary the parser recognises: job-title words, organisation suffixes,
//! award words; places, technologies and spoken languages are in `vocab::places`,
//! school and degree words in `vocab::schools`.
//!
//! These are word lists about résumés in general, never about particular people or
//! documents. Lookups are case-insensitive; the sets are built once per process.

use super::lexicon::typography::plain_marks;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

mod places;
mod schools;
pub use places::{is_city, is_country, is_spoken_language, is_state, is_tech};
pub use schools::{is_degree_abbrev, is_institution_word, is_word_too};

/// A small multiplicative hasher: the word sets are fixed and not attacker-chosen, and
/// SipHash would dominate the lookups that run for every word of every header line.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<WordHasher>>;

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// Words a job title ends with (or centres on).
#[rustfmt::skip]
static TITLE_HEADS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "engineer", "developer", "programmer", "architect", "scientist", "researcher",
        "analyst", "designer", "manager", "director", "lead", "head", "intern", "internship",
        "trainee", "apprentice", "co-op", "werkstudent", "praktikant", "praktikantin",
        "stagiair", "consultant", "specialist", "administrator", "coordinator",
        "assistant", "associate", "officer", "executive", "president", "vp", "ceo", "cto",
        "cfo", "coo", "cio", "cpo", "founder", "co-founder", "cofounder", "owner", "partner",
        "fellow", "postdoc", "professor", "lecturer", "instructor", "teacher", "tutor", "ta",
        "nurse", "physician", "doctor", "surgeon", "resident", "pharmacist", "therapist",
        "technician", "technologist", "chef", "cook", "baker", "server", "waiter", "waitress",
        "bartender", "barista", "cashier", "clerk", "accountant", "auditor", "attorney",
        "lawyer", "counsel", "paralegal", "editor", "writer", "journalist", "reporter",
        "author", "photographer", "artist", "illustrator", "animator", "producer", "marketer",
        "strategist", "recruiter", "representative", "agent", "advisor", "adviser",
        "counselor", "counsellor", "mentor", "volunteer", "supervisor", "foreman", "operator",
        "mechanic", "electrician", "plumber", "carpenter", "driver", "pilot", "librarian",
        "curator", "coach", "trainer", "planner", "buyer", "secretary", "receptionist",
        "caregiver", "aide", "paramedic", "midwife", "dentist", "hygienist", "veterinarian",
        "economist", "statistician", "mathematician", "physicist", "chemist", "biologist",
        // The sciences' other practitioners, named like the chemist and the biologist.
        "biochemist", "geochemist", "biophysicist", "ecologist", "geologist", "hydrologist",
        "zoologist", "botanist", "geographer",
        "maintainer", "contributor", "sre", "clinician", "psychologist", "dietitian",
        "nutritionist", "educator", "dean", "chair", "chairman", "chairperson", "ambassador",
        "organizer", "organiser", "facilitator", "investigator", "inspector", "surveyor",
        "broker", "banker", "trader", "teller", "controller", "treasurer", "bookkeeper",
        "worker", "machinist", "welder", "tester", "superintendent", "attendant",
        "housekeeper", "concierge", "sommelier", "commis", "steward", "stewardess",
        "principal", "practitioner", "radiographer", "optometrist", "physiotherapist",
        "consultant", "translator", "interpreter", "copywriter", "evangelist", "advocate",
        "member", "captain", "officer", "scholar", "candidate", "student", "ra", "partie",
        "master", "webmaster", "solicitor", "barrister", "notary", "dancer", "musician",
        "actor", "actress", "singer", "composer", "conductor", "underwriter", "adjuster",
        "actuary", "estimator", "scheduler", "dispatcher", "courier", "janitor", "custodian",
        // "Team Leader", "Shift Leader", "Play Leader": the one who leads a team or a group.
        "leader",
        "gardener", "landscaper", "farmer", "soldier", "sergeant", "lieutenant", "firefighter",
        "detective", "guard", "lifeguard", "nanny", "ranger", "radiologist", "pediatrician",
        "psychiatrist", "optician", "orthodontist", "chiropractor", "phlebotomist",
        "sonographer", "epidemiologist", "pathologist", "microbiologist", "neuroscientist",
        "geneticist", "astronomer", "historian", "archivist", "linguist", "sociologist",
        "anthropologist", "archaeologist", "stylist", "tailor", "florist", "butcher", "brewer",
        "winemaker", "hostess", "dishwasher", "porter", "drafter", "draftsman", "installer",
        "fabricator", "assembler", "coder", "fundraiser", "lobbyist", "diplomat", "councillor",
        "councilor", "mayor", "judge", "magistrate", "clerk", "registrar", "provost", "rector",
        "chancellor", "videographer", "cinematographer", "blogger", "podcaster", "athlete",
        "player", "referee", "umpire", "navigator", "doula", "reviewer", "moderator",
        "carer",
        // Trades and crafts, which the office words above leave out.
        "waller", "labourer", "laborer", "thatcher", "craftsman", "craftswoman",
        "craftsperson", "joiner", "mason", "stonemason", "bricklayer", "plasterer", "roofer",
        "glazier", "farrier", "blacksmith", "groundsman", "groundskeeper", "handyman",
        "decorator", "tiler", "scaffolder", "warden", "beekeeper", "conservator", "luthier",
        "upholsterer", "locksmith", "shepherd", "forester", "arborist",
        // A clinical trainee's placement stands where a title does ("Pediatrics Rotation").
        "rotation", "clerkship", "externship",
    ])
});

/// Words that qualify a title ("Senior", "Software", "Registered").
#[rustfmt::skip]
static TITLE_MODIFIERS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "senior", "sr", "sr.", "junior", "jr", "jr.", "staff", "principal", "lead", "chief",
        "head", "associate", "assistant", "deputy", "executive", "general", "graduate",
        "undergraduate", "postgraduate", "postdoctoral", "visiting", "adjunct", "full-stack",
        "fullstack", "full", "stack", "frontend", "front-end", "front", "backend", "back-end",
        "back", "end", "software", "hardware", "firmware", "embedded", "systems", "data",
        "machine", "learning", "ml", "ai", "research", "teaching", "product", "project",
        "program", "technical", "engineering", "development", "marketing", "sales",
        "operations", "business", "financial", "customer", "support", "security", "network",
        "cloud", "infrastructure", "platform", "site", "reliability", "mobile", "ios",
        "android", "web", "ui", "ux", "ui/ux", "graphic", "visual", "interaction",
        "mechanical", "electrical", "civil", "chemical", "biomedical", "clinical",
        "registered", "licensed", "certified", "charge", "intensive", "care", "pediatric",
        "paediatric", "emergency", "surgical", "primary", "secondary", "elementary", "middle",
        "school", "mathematics", "math", "english", "science", "history", "music", "art",
        "physical", "special", "substitute", "quality", "assurance", "qa", "automation",
        "database", "devops", "solutions", "communications", "content", "hr", "legal",
        "compliance", "investment", "kitchen", "line", "pastry", "sous", "i", "ii", "iii",
        "iv", "summer", "big", "computer", "vision", "applied", "quantitative", "game",
        "creative", "managing", "founding", "r&d", "of", "and", "&", "de", "to", "the", "team",
        "tech", "it", "test", "analytics", "design", "people", "office", "account", "service",
        "services", "store", "shift", "ward", "unit", "lab", "laboratory", "regional", "area",
        "district", "national", "global", "marketing", "brand", "digital",
        "grade", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "kindergarten", "preschool", "nursery", "year", "reception", "infant", "transport",
        "logistics", "warehouse", "supply", "chain", "procurement", "purchasing", "inventory",
        "fleet", "freight", "shipping", "planning", "production", "maintenance", "field",
        "accounts", "payable", "receivable", "payroll", "curriculum", "instructional", "tax",
        "audit",
    ])
});

/// Words that end an organisation's name.
#[rustfmt::skip]
static ORG_SUFFIXES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company",
        "ltd", "ltd.", "limited", "llc", "l.l.c.", "llp", "pllc", "pc", "p.c.", "plc", "gmbh", "ag", "sa", "s.a.",
        "sas", "sarl", "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.", "ab", "oy", "as", "asa",
        "aps", "kk", "pty", "pte", "sl", "s.l.", "s.l.u.", "srl", "s.r.l.", "lda", "ltda",
        "bhd", "pvt", "a/s", "oü", "d.o.o.", "s.r.o.", "kft.", "zrt.", "jsc", "lp", "e.v.",
        "ggmbh", "kg", "ohg", "se", "c.v.", "s.c.", "tbk", "k.k.", "group", "holdings", "technologies", "labs", "laboratories",
        "solutions", "studio", "studios", "partners", "associates", "consulting", "agency",
        "bank", "capital", "ventures", "foundation", "institute", "university", "college",
        "school", "academy", "hospital", "clinic", "centre", "center", "council", "ministry",
        "museum", "library", "church", "restaurant", "hotel", "bakery", "café", "cafe",
        "bistro", "brasserie", "trust", "authority", "networks", "media", "press", "games",
        "robotics", "analytics", "logistics", "pharmaceuticals", "therapeutics", "energy",
        "motors", "airlines", "insurance", "polytechnic", "universität", "universitat",
        "université", "universidad", "universidade", "università", "universiteit",
        "hochschule", "gymnasium", "lycée", "infirmary", "nhs", "systems", "industries",
        "enterprises", "international", "interactive", "health", "healthcare", "pharmacy",
        "pharma", "biotech", "schools", "bureau", "association", "society", "federation",
        "union", "club", "collective", "cooperative", "co-op", "fund", "charity", "hub",
        "architects", "consultants", "advisors", "attorneys", "airways", "railways",
        "productions", "records", "publishing", "publishers", "news", "magazine",
        "entertainment", "pictures", "films", "theatre", "theater", "gallery", "zoo", "resort",
        "inn", "pub", "grill", "coffee", "foods", "brewery", "winery", "farms", "market",
        "stores", "shop", "supermarket", "retail", "transport", "shipping", "construction",
        "builders", "manufacturing", "works", "factory", "mills", "power", "utilities",
        "telecom", "wireless", "apps",
    ])
});

fn norm(word: &str) -> String {
    plain_marks(word)
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '*' | '|' | '"'))
        .to_lowercase()
}

/// Looks `word` up in `set` case-insensitively, without allocating for short ASCII
/// words (the common case: this runs for every word of every header line).
fn contains(set: &HashSet<&str>, word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '*' | '|' | '"'));
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays valid UTF-8 after lowercasing.
        return std::str::from_utf8(b).is_ok_and(|s| set.contains(s));
    }
    set.contains(norm(word).as_str())
}

/// "Engineer", "Nurse", "Intern" …
pub fn is_title_head(word: &str) -> bool {
    // Short ASCII words (nearly every call: this runs for every word of every header
    // line and place) are lower-cased on the stack; `plain_marks` leaves ASCII as it is.
    let t = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '*' | '|' | '"'));
    let mut buf = [0u8; 32];
    if t.is_ascii() && t.len() <= buf.len() {
        let b = &mut buf[..t.len()];
        b.copy_from_slice(t.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(w) = std::str::from_utf8(b) {
            return lower_title_head(w);
        }
    }
    lower_title_head(&norm(word))
}

/// "Glaciologist", "Oceanographer": English names the practitioner of an "-ology"
/// or an "-ography" with "-ologist" or "-ographer", so the suffix makes a title
/// whatever the field.
fn practitioner(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    ["ologist", "ographer"]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
}

/// [`is_title_head`] of a word already trimmed and lower-cased.
fn lower_title_head(w: &str) -> bool {
    TITLE_HEADS.contains(w)
        || w.strip_suffix('s').is_some_and(|s| s == "intern")
        // Heads of titles in the languages that put them first ("Engenheiro de …"), and
        // German, Dutch and Swedish compounds ending in their head ("Projektleiter").
        || super::lexicon::titles::is_head(w)
        || practitioner(w)
}

/// A title word or a word that qualifies one.
pub fn is_title_word(word: &str) -> bool {
    contains(&TITLE_HEADS, word) || contains(&TITLE_MODIFIERS, word) || practitioner(&norm(word))
}

pub fn is_org_suffix(word: &str) -> bool {
    contains(&ORG_SUFFIXES, word)
        || word.ends_with('.') && contains(&ORG_SUFFIXES, word.trim_end_matches('.'))
}

/// Words that end the name of a part of an organisation ("Verification Group", "R&D
/// Department", "Payments team"): a team, not the employer, when the employer is named.
pub fn is_subunit_word(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    [
        "group",
        "team",
        "lab",
        "laboratory",
        "department",
        "dept",
        "division",
        "unit",
        "squad",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// The phrase ends in a word naming a part of an organisation.
pub fn ends_with_subunit(s: &str) -> bool {
    s.split_whitespace()
        .next_back()
        .is_some_and(is_subunit_word)
}

/// Words that name awards and honours ("Award", "Prize", "List", "Medal").
pub fn is_award_word(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('s'),
        "award"
            | "prize"
            | "scholarship"
            | "medal"
            | "fellowship"
            | "grant"
            | "honor"
            | "honour"
            | "list"
            | "winner"
            | "finalist"
            | "champion"
            | "place"
            | "mention"
            | "recipient"
            | "distinction"
            | "cup"
            | "trophy"
            | "laureate"
            | "nominee"
            | "best"
            | "gold"
            | "silver"
            | "bronze"
    )
}

/// Small words that don't count for or against a phrase's title case.
pub fn is_stopword(word: &str) -> bool {
    super::lower::lower_then(word, |w| {
        matches!(
            w,
            "of" | "and"
                | "for"
                | "the"
                | "in"
                | "on"
                | "at"
                | "with"
                | "a"
                | "an"
                | "to"
                | "&"
                | "de"
                | "la"
                | "le"
                | "du"
                | "des"
                | "der"
                | "die"
                | "van"
                | "von"
                | "y"
                | "e"
                | "da"
                | "do"
                | "dos"
                | "das"
                | "del"
                | "di"
                | "und"
                | "et"
        )
    })
}

/// Employment types that follow a title and are not part of it.
/// Working on one's own account ("Freelancer", "Self-employed", "Selbstständig"): where
/// an employer's name would stand, it names none.
pub fn is_own_account(phrase: &str) -> bool {
    matches!(
        phrase.to_lowercase().replace(['-', '_'], " ").trim(),
        "freelancer"
            | "freelance"
            | "self employed"
            | "independent"
            | "independent contractor"
            | "selbstständig"
            | "selbständig"
            | "freiberuflich"
            | "indépendant"
            | "indépendante"
            | "autónomo"
            | "autonomo"
    )
}

pub fn is_employment_type(phrase: &str) -> bool {
    matches!(
        phrase.to_lowercase().replace(['-', '_'], " ").trim(),
        "full time"
            | "fulltime"
            | "part time"
            | "parttime"
            | "contract"
            | "contractor"
            | "freelance"
            | "temporary"
            | "permanent"
            | "seasonal"
            | "self employed"
            | "internship"
            | "apprenticeship"
            | "full time & intern"
            | "full time and intern"
            | "part time & intern"
            | "working holiday"
            | "casual"
            | "fixed term"
            // German and French: agency, part- and full-time work, fixed and open terms.
            | "leiharbeit"
            | "zeitarbeit"
            | "teilzeit"
            | "vollzeit"
            | "befristet"
            | "intérim"
            | "interim"
            | "cdd"
            | "cdi"
    )
}

#[cfg(test)]
mod tests;
