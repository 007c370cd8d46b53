//! An institution written with another field after a spaced hyphen or slash: its town
//! ("Kelda Nursing College - Porto") or the qualification taken there ("Apprenticeship
//! in Baking - Kelda Trade School", "Technician / Kelda Trade School").
//!
//! Also: whether an entry's header names a school, whether a piece names a school or
//! the body it belongs to, the stretch of a line two such pieces span, a field of
//! study set off by its label, and two degrees written one above the other over one
//! school, which share it.
//!
//! Takes the text picked as an entry's institution; gives the school and the other
//! side, and whether that side reads as a place. It leaves names whose hyphen joins an
//! acronym to its expansion ("KTS - Kelda Trade School") or two parts of no school
//! alone.

use crate::parse::text::header::has_org_word;
use crate::parse::text::lines::{split_outside_parens, word_count};
use crate::parse::text::places::place_words;
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

use super::degree;
use crate::model::Education;
use crate::parse::text::entries::Entry;
use crate::parse::text::normalise::Line;

/// The school, the other side, and whether the other side is a place.
pub(super) fn split(text: &str) -> Option<(String, String, bool)> {
    split_at(text, " / ").or_else(|| split_at(text, " - "))
}

fn split_at(text: &str, sep: &str) -> Option<(String, String, bool)> {
    let [a, b] = split_outside_parens(text, &[sep])[..] else {
        return None;
    };
    let (a, b) = (a.trim(), b.trim());
    let school = |s: &str| {
        has_org_word(s)
            || s.split_whitespace()
                .any(|w| vocab::is_institution_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    // "KTS - Kelda Trade School": an acronym and the name it stands for.
    let acronym = |s: &str| {
        word_count(s) == 1
            && s.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    if acronym(a) || acronym(b) || a.contains(':') || b.contains(':') {
        return None;
    }
    // Beside a slash, a qualification that reads as a title or a degree ("Técnico
    // Agrimensor / ETN") marks the other side as the school even without a school word.
    let qualification = |s: &str| sep == " / " && (ends_with_title(s) || degree(s).is_some());
    // "für Berufsleute - KV Kelda": a name never opens with a lower-case word, so that
    // side is the tail of the qualification and the other the school.
    let lower = |s: &str| s.starts_with(char::is_lowercase);
    let (school, other) = match (school(a), school(b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        (false, false) if qualification(a) && !qualification(b) => (b, a),
        (false, false) if qualification(b) && !qualification(a) => (a, b),
        (false, false) if lower(a) && !lower(b) => (b, a),
        _ => return None,
    };
    // "Kaufmännische Lehre": an apprenticeship is what was learnt, never a place.
    let learnt = other
        .split_whitespace()
        .any(|w| crate::parse::text::lexicon::APPRENTICESHIP.contains(&w.to_lowercase().as_str()));
    Some((
        school.to_string(),
        other.to_string(),
        place_words(other) && !learnt,
    ))
}

/// Whether a header line of the entry names a school or an apprenticeship ("Kelda
/// University", "Escola Técnica Norte", "Meisterschule", "Ausbildung zum Bäcker").
pub(super) fn names_school(
    lines: &[crate::parse::text::normalise::Line],
    e: &crate::parse::text::entries::Entry,
) -> bool {
    use crate::parse::text::lexicon::{APPRENTICESHIP, SCHOOL_HEADS};
    e.header.iter().any(|&i| {
        lines[i].plain.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lower = w.to_lowercase();
            vocab::is_institution_word(w)
                || APPRENTICESHIP.contains(&lower.as_str())
                || SCHOOL_HEADS
                    .iter()
                    .any(|h| lower.len() > h.len() + 2 && lower.ends_with(h))
        })
    })
}

/// "Studienrichtung: Controlling & Accounting - Hochschule Luzern" → the field, and the
/// school after a spaced dash when there is one.
pub(super) fn field_of_study(text: &str) -> Option<(String, Option<String>)> {
    let lower = text.to_lowercase();
    let label = crate::parse::text::lexicon::AREA_LABELS
        .iter()
        .find(|l| lower.starts_with(*l) && lower[l.len()..].starts_with([':', ' ']))?;
    let rest = text[label.len()..].trim_start_matches([':', ' ']).trim();
    if rest.is_empty() {
        return None;
    }
    match rest.rsplit_once(" - ") {
        Some((area, school)) if institutional(school) => {
            Some((area.trim().to_string(), Some(school.trim().to_string())))
        }
        _ => Some((rest.to_string(), None)),
    }
}

/// A piece that names a school or a body schools belong to ("University of Novi Sad",
/// "Faculty of Technical Sciences", "Higher School of Economics").
pub(super) fn institutional(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        vocab::is_institution_word(w) || compound_school(w)
    }) || is_part(text)
}

/// Words that open the name of a part of a university ("Faculty of …", "Department of
/// …", "Campus Norte").
const FACULTY_WORDS: &[&str] = &[
    "faculty",
    "department",
    "school",
    "division",
    "graduate",
    "campus",
];

/// A piece opening with the word for a part of a university ("Faculty of …", "Campus
/// Norte").
pub(super) fn is_part(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    FACULTY_WORDS.iter().any(|f| first.eq_ignore_ascii_case(f)) && text.contains(' ')
}

/// German compounds led by a school word ("Universitätsklinikum", "Hochschulzentrum"):
/// German writes a school's parts as one word with the school first.
fn compound_school(w: &str) -> bool {
    let l = w.to_lowercase();
    ["universitäts", "hochschul"]
        .iter()
        .any(|p| l.len() > p.len() + 2 && l.starts_with(p))
}

/// The stretch of `line` from piece `a` to piece `b`, as written between them.
pub(super) fn as_written(line: &str, a: &str, b: &str) -> Option<String> {
    let start = line.find(a)?;
    let end = line[start + a.len()..].find(b)? + start + a.len() + b.len();
    let whole = line[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(whole)
}

/// The whole text sits in one pair of brackets: a note, not a name.
pub(super) fn is_bracketed(s: &str) -> bool {
    s.starts_with('(') && s.ends_with(')')
}

/// Shortest lower-case word that marks a bracket as prose: shorter ones are the
/// particles inside names ("of", "de", "zu").
const MIN_PROSE_WORD: usize = 4;

/// The school's name without a note in brackets after it ("Kelda College (2
/// semesters)", "Kelda School (first and second grade)"): a count or ordinary
/// lower-case words say how long or in which years, which names no school. A bracketed
/// name ("(KTU)", "(Porto)") stays.
pub(super) fn without_note(text: &str) -> String {
    let Some((name, inner)) = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .filter(|(n, i)| !n.trim().is_empty() && !i.contains('('))
    else {
        return text.to_string();
    };
    let prose = inner.chars().any(|c| c.is_ascii_digit())
        || inner
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase) && w.chars().count() >= MIN_PROSE_WORD);
    if prose {
        name.trim().to_string()
    } else {
        text.to_string()
    }
}

/// Two degrees written one right above the other over one school ("Master …" dated,
/// then "Ingénieur …" and the school's name): the first names no school and has no
/// body, the second names the school and no date, so both were taken there, at that
/// date (a double degree). `built` pairs each entry with its education, in order.
pub(in crate::parse::text) fn share_school(
    lines: &[Line],
    entries: &[Entry],
    built: &[(usize, usize)],
    eds: &mut [Education],
) {
    for pair in built.windows(2) {
        let [(ea, a), (eb, b)] = [pair[0], pair[1]];
        let (first, second) = (&entries[ea], &entries[eb]);
        let adjacent = match (first.header.last(), second.header.first()) {
            (Some(&x), Some(&y)) => y == x + 1 && !lines[y].blank_before,
            _ => false,
        };
        let (da, db) = (&eds[a], &eds[b]);
        let shares = adjacent
            && first.body.is_empty()
            && da.institution.is_none()
            && da.study_type.is_some()
            && (da.start_date.is_some() || da.end_date.is_some())
            && db.institution.is_some()
            && db.study_type.is_some()
            && db.start_date.is_none()
            && db.end_date.is_none();
        if shares {
            let (school, start, end) = (
                db.institution.clone(),
                da.start_date.clone(),
                da.end_date.clone(),
            );
            eds[a].institution = school;
            eds[b].start_date = start;
            eds[b].end_date = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_in_brackets_after_a_school_is_no_part_of_its_name() {
        assert_eq!(without_note("Kelda College (2 semesters)"), "Kelda College");
        assert_eq!(
            without_note("Hafenschule Kelda (erste und zweite Klasse)"),
            "Hafenschule Kelda"
        );
        assert_eq!(without_note("Kelda Tech (KT)"), "Kelda Tech (KT)");
        assert_eq!(
            without_note("Kelda School (of Music and Art)"),
            "Kelda School (of Music and Art)"
        );
    }

    #[test]
    fn parts_and_compounds_of_schools() {
        assert!(institutional("Universitätsklinikum Kelda"));
        assert!(institutional("Campus Norte"));
        assert!(!institutional("Campus"));
        assert!(is_part("Campus Norte") && !is_part("Kelda Norte"));
        assert!(!institutional("Kelda Bakery"));
    }

    #[test]
    fn a_school_and_its_town_or_qualification() {
        assert_eq!(
            split("Kelda Nursing College - Porto Alegre"),
            Some(("Kelda Nursing College".into(), "Porto Alegre".into(), true))
        );
        assert_eq!(
            split("Apprenticeship in baking - Kelda Trade School"),
            Some((
                "Kelda Trade School".into(),
                "Apprenticeship in baking".into(),
                false
            ))
        );
        assert_eq!(split("KTS - Kelda Trade School"), None);
        assert_eq!(
            split("Surveying Technician - Land / KTS - Kelda Trade School"),
            Some((
                "KTS - Kelda Trade School".into(),
                "Surveying Technician - Land".into(),
                false
            ))
        );
        assert_eq!(split("North Tide - Jorge Street"), None);
        assert_eq!(
            split("für Quereinsteiger - KV Kelda"),
            Some(("KV Kelda".into(), "für Quereinsteiger".into(), false))
        );
        assert_eq!(
            split("Kaufmännische Lehre - Berufsschule Kelda"),
            Some((
                "Berufsschule Kelda".into(),
                "Kaufmännische Lehre".into(),
                false
            ))
        );
        assert_eq!(
            split("Técnico Agrimensor / ETN - Escola Norte"),
            Some((
                "ETN - Escola Norte".into(),
                "Técnico Agrimensor".into(),
                false
            ))
        );
        assert_eq!(
            split("Técnico Agrimensor / SENAC Tide Street"),
            Some((
                "SENAC Tide Street".into(),
                "Técnico Agrimensor".into(),
                false
            ))
        );
    }
}
