//! Words around degrees and awards: what leads from a degree to its field, what makes
//! a degree a combined programme, French formulas naming a diploma's level, the verbs
//! that open an award written as a sentence, and the words for an internship.
//!
//! Takes nothing; gives word tables. When a word counts is the reading stages' call.

/// Words that lead from a degree to its field: English "in", "of"; French and Spanish
/// "en"; Portuguese "em"; Italian "di"; French, Spanish and Portuguese "de"; German
/// "zum"/"zur" after a vocational training ("Ausbildung zur Pflegerin") ("Master in
/// Physics", "Diplôme en Architecture", "Diploma di Ragioneria", "Licence de géographie").
pub const FIELD_CONNECTORS: &[&str] = &["in", "of", "en", "em", "di", "de", "zum", "zur"];

/// Words naming a course of study before its field, lower case, with the connector
/// ("Curso de Humanidades", "Corso di Ragioneria"): Portuguese, Spanish, Italian.
pub const PROGRAMME_LEADS: &[&str] = &["curso de ", "curso em ", "corso di "];

/// Words that make a degree a combined programme, part of its name as written
/// ("Integrated M.Sc.", "Double B.A.", "Dual Degree", "Joint Honours").
pub const DEGREE_MODIFIERS: &[&str] = &["integrated", "double", "dual", "joint"];

/// French formulas that name the level a diploma confers after its field ("… en
/// Architecture au grade de Master"): the field ends before them.
pub const LEVEL_FORMULAS: &[&str] = &[" au grade", " valant grade", " conférant le grade"];

/// Verbs that open an award line written as a sentence ("Awarded …", "Won …").
pub const AWARD_VERBS: &[&str] = &[
    "awarded",
    "won",
    "received",
    "offered",
    "granted",
    "longlisted",
    "shortlisted",
    "selected",
    "named",
    "nominated",
    "elected",
];

/// Labels of a line listing awards inside another section ("Awards: …"), lower case:
/// English, German, French, Spanish. Not "honours", which a degree's line also uses for
/// its class.
pub const AWARD_LABELS: &[&str] = &[
    "awards",
    "scholarships",
    "prizes",
    "auszeichnungen",
    "preise",
    "stipendien",
    "prix",
    "bourses",
    "premios",
    "becas",
];

/// Words for an internship, in the languages the reader knows: a post, even where a
/// programme lists it under studies. Not French or Dutch "stage", which English uses
/// for a school's levels ("Key Stage 4").
pub const INTERNSHIP_WORDS: &[&str] = &[
    "internship",
    "intern",
    "praktikum",
    "pflichtpraktikum",
    "auslandspraktikum",
    "stagiaire",
    "tirocinio",
    "prácticas",
    "pasantía",
    "estágio",
    "stagiair",
    "praktik",
    "staż",
    "praktyki",
];

/// Heading words that name training or certificates beside studies ("Education and
/// training", "Education & Certifications", "Weiterbildung", "Educação e formação"),
/// lower case: under such a heading a certificate is listed as one, not as a degree.
pub const TRAINING_HEADING_WORDS: &[&str] = &[
    "training",
    "certific",
    "weiterbildung",
    "fortbildung",
    "e formação",
    "y formación",
    "et formation",
    "e formazione",
    "en opleiding",
    "complementar",
];

/// Stems that name a certificate or a course of further training, lower case
/// ("Certificate in …", "Certificado …", "Zertifikat", "Fachweiterbildung …").
pub const CERTIFICATE_STEMS: &[&str] = &["certifica", "zertifikat", "weiterbildung", "fortbildung"];

/// Words that make a certificate a school or university qualification ("Graduate
/// Certificate", "Leaving Certificate", "Senior Secondary Certificate"): it stays a study.
pub const ACADEMIC_CERTIFICATE_WORDS: &[&str] = &[
    "graduate",
    "leaving",
    "secondary",
    "senior",
    "school",
    "universit",
    "diploma",
    "degree",
    "bachelor",
    "master",
    "pg cert",
    "qqi",
    "fetac",
];
