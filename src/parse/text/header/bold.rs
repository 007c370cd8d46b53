//! A bold run opening a header line ("**Docente incaricato** del seminario …"), cut
//! from the words after it as a separator would cut it.
//!
//! Takes a header line's marked-up text and its plain text; gives the plain text with
//! a segment separator after the bold lead. It doesn't say what the lead is.

use crate::parse::text::lines::plain;

/// Words after a bold lead that join it into one phrase: "at" ("**Engineer** at Acme"),
/// which the "at" reading takes apart itself, and "in" before a degree's field
/// ("**Dottorato** in *Scienze*", "**Licence** en …", "**Mestrado** em …").
const JOINS_AFTER_BOLD: &[&str] = &[
    "at", "@", "bei", "chez", "presso", "bij", "på", "in", "im", "en", "em", "i", "w",
];

/// "**Docente incaricato** del seminario …, Università di Catania": a bold run opening a
/// line is a field of its own, since writers embolden a whole field (the title or the
/// organisation), so it is cut from the words after it as a separator would cut it.
pub(super) fn split_bold_lead(text: &str, line: String) -> String {
    let t = text.trim_start();
    let Some(inner) = t.strip_prefix("**") else {
        return line;
    };
    let Some(end) = inner.find("**") else {
        return line;
    };
    let lead = plain(&inner[..end]);
    let Some(after) = line.strip_prefix(lead.as_str()) else {
        return line;
    };
    let next = after.trim_start();
    let first = next.split_whitespace().next().unwrap_or("").to_lowercase();
    // Already cut by punctuation, or nothing after it: nothing to add.
    if lead.is_empty()
        || !after.starts_with(char::is_whitespace)
        || !next.starts_with(char::is_alphanumeric)
        || JOINS_AFTER_BOLD.contains(&first.as_str())
    {
        return line;
    }
    format!("{lead} | {next}")
}
