//! A skills line's label: "Label: a, b" or "Label – a, b" (any dash, before a list).
//!
//! Takes one line's text; gives the label and the rest. Which group the items join is
//! `skills`' job.

use crate::parse::text::lines::word_count;

/// "Label: items" or "Label – items" (any dash) with a short label.
/// Longest label of a labelled skills line, in characters (not bytes: "Programação").
const MAX_LABEL_CHARS: usize = 40;

pub fn labelled(text: &str) -> Option<(String, String)> {
    let colon = text.split_once(':');
    let split = colon
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" — "))
        .or_else(|| text.split_once(" - "));
    let (label, rest) = split?;
    let label = label.trim().trim_matches('*').trim();
    let rest = rest.trim().trim_start_matches('*').trim();
    // A dash sets a label apart only before a list: "Ceramics - Kelda Kilns" is one
    // skill with its detail, "Ceramics - Wheels - Kilns - Glazes" a list of them.
    let dash_list = colon.is_some()
        || rest.contains([',', ';', '|', '•', '·', '▪'])
            && !rest.contains(" - ")
            && !rest.contains(" – ")
            && !rest.contains(" — ");
    if label.is_empty()
        || rest.is_empty()
        || !dash_list
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
