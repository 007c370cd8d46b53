//! A skills line's label: "Label: a, b" or "Label – a, b" (any dash, before a list).
//! Also the bare label on its own line over a list ("Frameworks").
//!
//! Takes one line's text; gives the label and the rest. Which group the items join is
//! `skills`' job.

use crate::parse::text::lines::word_count;
use crate::parse::text::normalise::Line;

/// "Label: items" or "Label – items" (any dash) with a short label.
/// Longest label of a labelled skills line, in characters (not bytes: "Programação").
const MAX_LABEL_CHARS: usize = 40;

pub fn labelled(text: &str) -> Option<(String, String)> {
    let split = text
        .split_once(':')
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" — "))
        .or_else(|| text.split_once(" - "));
    let (label, rest) = split?;
    let label = label.trim().trim_matches('*').trim();
    let rest = rest.trim().trim_start_matches('*').trim();
    if label.is_empty()
        || rest.is_empty()
        || word_count(label) > 5
        || label.chars().count() > MAX_LABEL_CHARS
        // A date or a count before a colon ("2019: …") is no label; a digit inside a
        // word ("3D", "C4D") is.
        || label.split_whitespace().any(|w| {
            w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic)
        })
    {
        return None;
    }
    Some((label.to_string(), rest.to_string()))
}

/// A skill group's label: as [`labelled`], but a dash sets a label apart only before a
/// list. "Ceramics - Kelda Kilns" is one skill with its detail, "Ceramics - Wheels -
/// Kilns" a list of them ("Dutch – native" elsewhere is a language and its level).
pub(super) fn group_label(text: &str) -> Option<(String, String)> {
    let (label, rest) = labelled(text)?;
    let dash_list = text.contains(':')
        || rest.contains([',', ';', '|', '•', '·', '▪'])
            && !rest.contains(" - ")
            && !rest.contains(" – ")
            && !rest.contains(" — ");
    dash_list.then_some((label, rest))
}

/// Whether a line is a bare group label heading the lines below ("Frameworks").
pub(super) fn bare_label(line: &Line, next: Option<&Line>) -> bool {
    let t: &str = &line.plain;
    let Some(next) = next else { return false };
    let next_t: &str = &next.plain;
    word_count(t) <= 4
        && !t.contains([',', ';', '|', '•'])
        && (next_t.contains([',', ';', '|', '•']) || next.bullet > line.bullet)
        && group_label(next_t).is_none()
}
