//! The reader's words in the languages it reads, one table per kind of word.
//!
//! Takes a lower-case word; gives what it means to a résumé reader. Today: section
//! headings ([`headings`]) in German, French, Spanish, Portuguese, Italian, Dutch,
//! Swedish and Polish (English headings, whose order of precedence is subtler, are
//! read by `sections`), and the word for "at" between a title and its employer
//! ([`AT_WORDS`]); month names and "present" ([`dates`]); job titles that open with
//! their head ([`titles`]); "since" and "expected" ([`dates`]), read with the date
//! grammar in `text::dates`; the words for "and" ([`CONJUNCTIONS`]); skill and
//! language levels ([`levels`]); degree, field and award phrasing ([`studies`]); the
//! labels of a work's title ([`TITLE_LABELS`]); British and Irish counties ([`counties`]). English degree and title words are in
//! `vocab` and `education`.
//!
//! Lookups fold typographic apostrophes and quotes first ([`typography`]).
//!
//! Nothing here looks at lines or context: the stages decide when a word counts.

pub mod counties;
pub mod dates;
pub mod form_labels;
pub mod headings;
pub mod levels;
pub mod personal;
pub mod streets;
pub mod studies;
pub mod titles;
pub mod typography;
pub mod verbs;

pub use personal::{NAME_LABELS, PERSONAL_DETAIL_LABELS, PLACE_LABELS};
pub use streets::{is_street_word, STREET_WORDS};
pub use studies::*;

/// English articles, conjunctions and prepositions a line can't end on by itself: a
/// line that stops on one was cut by the wrap and goes on below.
#[rustfmt::skip]
pub const ENGLISH_JOINING_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "for", "to", "with", "in", "on", "by", "from",
    "at", "as", "into", "through", "across", "over", "via",
];

/// The word for "at" between a job title and its employer, in the languages besides
/// English (whose "at" also joins other phrases and is read with the title list):
/// German (and its "beim", "at the"), French, Italian, Dutch, Swedish. Spanish "en",
/// Portuguese "em" and Polish "w" also mean "in", so they say nothing on their own.
pub const AT_WORDS: &[&str] = &[" bei ", " beim ", " chez ", " presso ", " bij ", " hos "];

/// The word for "and" in the languages the reader knows: a line that stops on one runs
/// on to the next.
pub const CONJUNCTIONS: &[&str] = &["and", "&", "und", "et", "y", "e", "en", "och", "i", "oraz"];

/// The heads German, Dutch and Swedish school names end in as compounds ("Meisterschule",
/// "Musikakademie", "Dragonskolan"), which no list of whole words holds.
pub const SCHOOL_HEADS: &[&str] = &[
    "schule",
    "akademie",
    "kolleg",
    "universität",
    "gymnasium",
    "school",
    "academie",
    "skola",
    "skolan",
];

/// Words for how a job was held ("Teilzeit", "temps partiel", "deltid"), lower case, in
/// the languages the reader knows: in brackets after an employer, a note on the job,
/// not part of the employer's name.
pub const EMPLOYMENT_NOTES: &[&str] = &[
    "part-time",
    "full-time",
    "part time",
    "full time",
    "freelance",
    "contract",
    "temporary",
    "fixed-term",
    "fixed term",
    "teilzeit",
    "vollzeit",
    "minijob",
    "befristet",
    "festanstellung",
    "werkstudent",
    "temps partiel",
    "temps plein",
    "alternance",
    "cdi",
    "cdd",
    "intérim",
    "tiempo parcial",
    "media jornada",
    "jornada completa",
    "tiempo completo",
    "meio período",
    "meio-período",
    "tempo integral",
    "tempo parcial",
    "tempo pieno",
    "tempo determinato",
    "tempo indeterminato",
    "deeltijd",
    "voltijd",
    "parttime",
    "fulltime",
    "bijbaan",
    "deltid",
    "heltid",
    "vikariat",
    "timanställning",
    "pół etatu",
    "pełny etat",
    "umowa zlecenie",
    // Work taken now and then, or for a season.
    "occasional",
    "occasionale",
    "ocasional",
    "seasonal",
    "stagionale",
    "saisonnier",
    // The hours kept or the basis held on: a shift pattern ("Nights"), cover taken on
    // call ("Bank", "Locum", "Relief"), as care and warehouse jobs note them.
    "nights",
    "night shift",
    "night shifts",
    "weekends",
    "nachtdienst",
    "nachtschicht",
    "casual",
    "locum",
    "relief",
    "bank",
    "zero hours",
    "zero-hours",
    "maternity cover",
];

/// Units of a length of time ("3 Wochen", "6 mois") in the languages the reader knows.
pub const DURATION_UNITS: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "wochen",
    "woche",
    "monate",
    "monat",
    "semaines",
    "semaine",
    "mois",
    "semanas",
    "semana",
    "meses",
    "mes",
    "mês",
    "settimane",
    "settimana",
    "mesi",
    "mese",
    "weken",
    "week",
    "maanden",
    "maand",
    "veckor",
    "vecka",
    "månader",
    "månad",
    "tygodni",
    "tygodnie",
    "miesięcy",
    "miesiące",
];

/// Whether a bracket's inside is a note on how or how long a job was held ("Teilzeit
/// 40%", "part-time", "3 Wochen", "6 mois").
pub fn is_employment_note(inner: &str) -> bool {
    let l = inner.trim().to_lowercase();
    let words: Vec<&str> = l.split_whitespace().collect();
    let duration = words.len() == 2
        && words[0].chars().all(|c| c.is_ascii_digit())
        && DURATION_UNITS.contains(&words[1]);
    duration
        || words.len() <= 4
            && EMPLOYMENT_NOTES
                .iter()
                .any(|n| l == *n || l.starts_with(&format!("{n} ")))
}

/// Words that label the field of study ("Studienrichtung: Controlling", "Schwerpunkt
/// Wirtschaft", "Major: Biology"), lower case, in the languages the reader knows: what
/// follows is the degree's area, not the school.
pub const AREA_LABELS: &[&str] = &[
    "major",
    "field of study",
    "concentration",
    "specialisation",
    "specialization",
    "studienrichtung",
    "fachrichtung",
    "schwerpunkt",
    "studiengang",
    "vertiefung",
    "spécialité",
    "option",
    "especialidad",
    "especialização",
    "ênfase",
    "indirizzo",
    "curriculum",
    "richting",
    "afstudeerrichting",
    "inriktning",
    "kierunek",
    "specjalność",
    "studies in",
    // German "Studium der Medizin" (the study of): the field follows.
    "studium der",
    "studium des",
];

/// Last words of a field of study's name ("Engineering Physics", "Interactive Media
/// Design"), lower case: a name ending in one, standing where a degree would with no
/// degree word, is the degree's area, not a qualification.
pub const FIELD_ENDS: &[&str] = &[
    "physics",
    "engineering",
    "science",
    "sciences",
    "design",
    "management",
    "economics",
    "mathematics",
    "biology",
    "chemistry",
    "nursing",
    "medicine",
    "history",
    "literature",
    "linguistics",
    "psychology",
    "sociology",
    "philosophy",
    "architecture",
    "accounting",
    "finance",
    "marketing",
    "statistics",
    "geography",
    "geology",
    "informatics",
    "communication",
    "communications",
    "journalism",
    "administration",
    "humanities",
    "education",
    "studies",
];

/// Words that label a grade ("GPA: 3.9", "Note: 1,3", "voto 110/110"), lower case:
/// English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish.
pub const GRADE_WORDS: &[&str] = &[
    "c?gpa",
    "grade point average",
    "grade",
    "average",
    "score",
    "gesamtnote",
    "abschlussnote",
    "examensnote",
    "prüfungsnote",
    "endnote",
    "notendurchschnitt",
    "durchschnittsnote",
    "note",
    "moyenne",
    "mention",
    "promedio",
    "calificación",
    "nota media",
    "nota",
    "média final",
    "média",
    "classificação final",
    "voto di laurea",
    "voto",
    "media",
    "eindcijfer",
    "cijfer",
    "gemiddelde",
    "medelbetyg",
    "betyg",
    "średnia",
    "ocena końcowa",
    "ocena",
];

/// Words for an apprenticeship or vocational training: a course of study without a
/// degree word ("Ausbildung zum Tischler", "Apprenticeship in Baking").
pub const APPRENTICESHIP: &[&str] = &[
    "ausbildung",
    "lehre",
    "apprenticeship",
    "apprentissage",
    "aprendizaje",
    "aprendizagem",
    "apprendistato",
    "opleiding",
];

/// Titles written before a name ("Dr.", "Prof.", "Dipl.-Ing."): no part of it, as the
/// letters after it are not.
/// Greetings a profile README opens its name heading with ("Hi, I'm …"), as written
/// with a straight apostrophe; a typographic one is read as straight.
#[rustfmt::skip]
pub const NAME_GREETINGS: &[&str] = &[
    "hi, i'm ", "hi, i am ", "hi there, i'm ", "hello, i'm ", "hello, i am ", "hey, i'm ",
    "hi! i'm ", "hello! i'm ", "i'm ", "hallo, ich bin ", "bonjour, je suis ",
];

pub const NAME_PREFIXES: &[&str] = &[
    "dr",
    "dr.",
    "prof",
    "prof.",
    "dipl.-ing",
    "dipl.-ing.",
    "dipl.-kfm.",
    "dipl.",
    "mag.",
    "ing.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dott.",
    "dott.ssa",
    "lic.",
    "mme",
    "sr.",
    "sra.",
];

/// Labels that introduce the title of a work (a thesis, a project) on a line of its
/// own ("Title: …"): English, German, French, Spanish/Portuguese, Italian, Dutch.
pub const TITLE_LABELS: &[&str] = &[
    "title",
    "project title",
    "thesis title",
    "project name",
    "titel",
    "titre",
    "título",
    "titulo",
    "titolo",
];
