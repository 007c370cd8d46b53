//! What single pieces of an education entry say: a list of courses ("Relevant
//! Coursework: A, B"), a field of study's name ("Engineering Physics"), a degree's
//! short form in brackets ("(BSN)").
//!
//! Takes one piece's text; gives a yes/no or the items. Which piece becomes which field
//! of the entry is `education`'s job.

use crate::parse::text::lines::list_items;

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
