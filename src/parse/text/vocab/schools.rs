//! Schools and degrees: the words that make a name an educational institution
//! ("University", "Hochschule", "Escola") and the abbreviations that alone name a
//! degree ("BSc", "M.Tech", "MBBS").
//!
//! Takes one word; gives whether it is such a word. Case-insensitive; general lists,
//! never about particular people. Long degree names are read by `education::degree`.

use super::{contains, set, HashSet};
use std::sync::LazyLock;

/// Words that make a name an educational institution.
#[rustfmt::skip]
static INSTITUTION_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "university", "college", "institute", "school", "academy", "polytechnic",
        "universität", "universitat", "université", "universidad", "universidade",
        "università", "universiteit", "hochschule", "gymnasium", "lycée", "lycee", "école",
        "ecole", "escuela", "instituto", "istituto", "institut", "politecnico", "conservatory",
        "conservatoire", "seminary", "kolleg", "fachhochschule", "uni", "tech", "eth", "epfl",
        "mit", "caltech", "ucla", "ucsd", "nyu", "cmu", "uiuc", "kaist", "iit", "nus", "ntu",
        "akademie", "akademia", "accademia", "académie", "academia", "hogeschool", "högskola",
        "uniwersytet", "politechnika", "universitet", "universitetet", "högskolan", "gymnasiet",
        "szkoła", "uczelnia", "yliopisto", "egyetem", "vidyalaya",
        "mahavidyalaya", "vidyapeeth", "vidyapith",
        // Faculties and schools in the other languages the reader knows.
        "faculdade", "facultad", "faculté", "fakultät", "facoltà", "faculteit", "escola",
        "scuola", "liceo", "colegio", "collège", "berufsschule", "realschule", "gesamtschule",
        // Mexico's and Latin America's institutes of technology ("Tecnológico de …").
        "tecnológico", "tecnologico",
        // Welsh college and school; Polish vocational upper-secondary school.
        "coleg", "ysgol", "technikum",
    ])
});

/// Words that, alone, make a phrase sound like a degree.
#[rustfmt::skip]
static DEGREE_ABBREVS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "bs", "b.s", "b.s.", "bsc", "b.sc", "b.sc.", "ba", "b.a", "b.a.", "be", "b.e", "b.e.",
        "beng", "b.eng", "b.eng.", "btech", "b.tech", "b.tech.", "bba", "bfa", "b.f.a.",
        "bcom", "b.com", "bed", "b.ed", "b.ed.", "bsn", "llb", "ll.b.", "ms", "m.s", "m.s.",
        "msc", "m.sc", "m.sc.", "ma", "m.a", "m.a.", "meng", "m.eng", "m.eng.", "mtech",
        "m.tech", "mba", "m.b.a.", "mfa", "m.f.a.", "mphil", "m.phil", "m.phil.", "med",
        "m.ed", "m.ed.", "msn", "mph", "llm", "ll.m.", "phd", "ph.d", "ph.d.", "dphil",
        "d.phil", "md", "m.d.", "jd", "j.d.", "dds", "dvm", "edd", "ed.d.", "pgce", "aa",
        "a.a.", "as", "a.s.", "hnd", "dipl.-ing.", "abitur", "bachelor", "bachelors",
        "bachelor's", "master", "masters", "master's", "doctorate", "diploma", "licence",
        "licenciatura", "laurea", "magister", "associate", "associate's", "mres", "mst",
        "b.arch", "m.arch", "barch", "march", "bsba", "mpharm", "bpharm", "pharmd", "mchem",
        "mphys", "mmath", "mbbs", "mbchb", "bds", "bvsc", "msw", "mpa", "mpp", "psyd", "dnp",
        "bscn", "hnc", "btec", "b.tech", "m.tech", "be", "me", "mca", "bca", "bcom", "mcom",
        "b.com", "m.com", "bsc", "msc", "ssc", "hsc",
        // France's national diplomas below the licence, written as initials.
        "dut", "bts", "deug", "dess",
        // Britain's vocational qualifications and school certificates, plural as listed.
        "nvq", "svq", "gcses",
        // France's university diploma, dotted only: undotted it is the word "du".
        "d.u.",
        // Music degrees at three levels, and Britain's integrated four-year science
        // masters, written in their mixed case ("BMus", "MSci", "MBiol").
        "bmus", "b.mus", "b.mus.", "mmus", "m.mus", "m.mus.", "dmus", "d.mus", "d.mus.",
        "msci", "m.sci", "m.sci.", "mbiol", "mbiochem", "mgeol",
    ])
});

pub fn is_institution_word(word: &str) -> bool {
    contains(&INSTITUTION_WORDS, word)
}

/// A degree's abbreviation, dotted or not ("B.B.A." is "BBA" written out).
/// Degree words that are also everyday words, months or title words ("march", "bed",
/// "med", "associate"): alone, they name a degree only in its own casing.
pub fn is_word_too(abbrev: &str) -> bool {
    ["march", "bed", "med", "associate"]
        .iter()
        .any(|w| abbrev.eq_ignore_ascii_case(w))
}

pub fn is_degree_abbrev(word: &str) -> bool {
    contains(&DEGREE_ABBREVS, word)
        || word.len() >= 4
            && word.contains('.')
            && contains(&DEGREE_ABBREVS, &word.replace('.', ""))
}
