//! What single pieces of an education entry say: a list of courses ("Relevant
//! Coursework: A, B"), a field of study's name ("Engineering Physics"), a degree's
//! short form in brackets ("(BSN)"), awards listed under a degree ("Awards: …"), an
//! internship listed among studies ([`internship`]).
//!
//! Takes one piece's text; gives a yes/no or the items. Which piece becomes which field
//! of the entry is `education`'s job.

use serde_json::Value;

use super::is_educational;
use super::HONORS;
use crate::model::Education;
use crate::parse::text::entries::Entry;
use crate::parse::text::lexicon::INTERNSHIP_WORDS;
use crate::parse::text::lines::list_items;
use crate::parse::text::normalise::Line;

/// An internship listed under studies ("2016: Internship" over the firm's name): its
/// lines, to be read as a job, when a header line says "internship" and nothing in it
/// names a degree, a school or a grade. An internship is work however it is filed.
pub fn internship(lines: &[Line], e: &Entry) -> Option<Vec<usize>> {
    let says = e.header.iter().any(|&i| {
        lines[i].plain.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            INTERNSHIP_WORDS.contains(&w.as_str())
        })
    });
    if !says || is_educational(lines, e) {
        return None;
    }
    let mut own: Vec<usize> = e.header.iter().chain(&e.body).copied().collect();
    own.sort_unstable();
    Some(own)
}

/// "Relevant Coursework: A, B" → the courses.
pub(super) fn courses(p: &str) -> Option<Vec<String>> {
    let (label, rest) = p.split_once(':')?;
    let l = label.to_lowercase();
    (l.contains("course") || l.contains("modules") || l.contains("subjects"))
        .then(|| list_items(rest))
}

/// Most words of a field of study's name written beside a school or a degree.
pub(super) const MAX_FIELD_WORDS: usize = 5;

/// A field of study's name ("Engineering Physics"): capitalised words ending in a
/// field word.
pub(super) fn names_field(text: &str) -> bool {
    let last = text
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    text.starts_with(char::is_uppercase)
        && crate::parse::text::lexicon::FIELD_ENDS.contains(&last.as_str())
}

/// "(BSN)", "(XII)": a degree's or a class's short form in brackets beside its full
/// name, which says nothing the entry doesn't already.
pub(super) fn bracketed_abbreviation(text: &str) -> bool {
    text.strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .is_some_and(|t| {
            (1..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        })
}

/// A piece cut at its comma from a list of fields ("History, Art and Music"): not a
/// field of its own. A field before its degree ("Marine Education, Bachelor's Degree")
/// is no list.
pub(super) fn listed(plain: &str, t: &str) -> bool {
    plain.find(t).is_some_and(|at| {
        plain[at + t.len()..]
            .strip_prefix(',')
            .is_some_and(|r| !super::degree(r.trim_start()).is_some_and(|d| d.span.start == 0))
            || plain[..at]
                .trim_end()
                .strip_suffix(',')
                .is_some_and(names_field)
    })
}

/// A piece without what leads it but names nothing: "@" standing for "at" ("@Kelda
/// University"), the stop of a sentence a degree was cut out of (". Data Track").
pub(super) fn without_lead(text: &str) -> String {
    text.trim_start_matches(['@', '.', ' ']).to_string()
}

/// "Awards: Kelda Scholarship, Dean's Prize" under a degree: awards the document lists
/// as such (the labelling rules send honours to awards only then). Gives the titles.
pub(super) fn award_items(p: &str) -> Option<Vec<String>> {
    let (label, rest) = p.split_once(':')?;
    let l = label.trim().to_lowercase();
    crate::parse::text::lexicon::AWARD_LABELS
        .contains(&l.as_str())
        .then(|| {
            list_items(rest)
                .into_iter()
                .map(|i| i.trim_end_matches('.').trim().to_string())
                .filter(|i| !i.is_empty())
                .collect()
        })
}

/// Keeps awards read under a degree on the entry until `take_awards` moves them.
pub(super) fn keep_awards(ed: &mut Education, items: Vec<String>) {
    let list = ed
        .extra
        .entry("awards".to_string())
        .or_insert(Value::Array(vec![]));
    if let Value::Array(v) = list {
        v.extend(items.into_iter().map(Value::String));
    }
}

/// The awards listed under the entries' degrees ("Awards: …"), taken out of them.
pub fn take_awards(eds: &mut [Education]) -> Vec<crate::model::Award> {
    let titles = eds
        .iter_mut()
        .filter_map(|e| e.extra.shift_remove("awards"));
    titles
        .flat_map(|v| match v {
            Value::Array(a) => a,
            _ => Vec::new(),
        })
        .filter_map(|t| t.as_str().map(str::to_string))
        .map(|title| crate::model::Award {
            title: Some(title),
            ..Default::default()
        })
        .collect()
}

/// "Kelda University (magna cum laude)": honours in brackets after a name are a note on
/// the degree (read from the whole line), not part of the school's name.
pub(super) fn without_honours_note(text: &str) -> String {
    match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((head, inner)) if HONORS.is_match(inner) && !head.trim().is_empty() => {
            head.trim_end().to_string()
        }
        _ => text.to_string(),
    }
}

/// Words of a school-leaving certificate ("A Levels", "Abitur", "Leaving Certificate"):
/// such a certificate has no field, so a name after it is the school.
const SCHOOL_LEAVING: &[&str] = &[
    "secondary",
    "high school",
    "a level",
    "a-level",
    "gcse",
    "abitur",
    "baccalaureate",
    "senior cert",
    "leaving cert",
    "fachabitur",
    "hochschulreife",
    "matura",
    "class 1",
];

/// Whether a degree's name (as written) is a school-leaving certificate.
pub(super) fn school_leaving(study_type: &str) -> bool {
    let l = study_type.to_lowercase();
    SCHOOL_LEAVING.iter().any(|w| l.contains(w))
}

/// Fields too broad to be what a degree is named after ("Bachelor of Science"): the
/// field is written after such a degree, if at all.
const BROAD_FIELDS: &[&str] = &[
    "science",
    "sciences",
    "arts",
    "art",
    "fine arts",
    "applied science",
    "philosophy",
    "letters",
    "research",
    "studies",
];

/// The field a degree is named after ("Master of Accountancy" → "Accountancy",
/// "Bachelor of Nursing" → "Nursing"), as the labelling keeps it; none for a broad one
/// ("Bachelor of Science").
pub(super) fn named_field(study_type: &str) -> Option<String> {
    let (level, field) = study_type.split_once(" of ")?;
    let level = level.to_lowercase();
    let level = level
        .trim_end_matches(" degree")
        .trim_end_matches(['s', '\'', '’']);
    let field = field.trim();
    (matches!(level, "bachelor" | "master" | "doctor" | "associate")
        && !field.is_empty()
        && !BROAD_FIELDS.contains(&field.to_lowercase().as_str()))
    .then(|| field.to_string())
}

/// The field of a degree that may name its own ("Bachelor of Nursing"): the field read
/// after it, else the one it names. "Master of Nursing (Nurse Practitioner)": a bracket
/// right after such a degree that names a role is the track it trains for, a
/// specialisation the labelling leaves out of the field; a subject there ("Bachelor of
/// Commerce (Marketing)") is the field.
pub(super) fn area_beside_named(
    area: Option<String>,
    study_type: &str,
    after: &str,
) -> Option<String> {
    let named = named_field(study_type);
    let bracket = after.trim_start().strip_prefix('(');
    match (area, named) {
        (Some(a), Some(n))
            if crate::parse::text::titles::ends_with_title(&a)
                && bracket.is_some_and(|b| b.starts_with(&format!("{a})"))) =>
        {
            Some(n)
        }
        (a, n) => a.or(n),
    }
}
