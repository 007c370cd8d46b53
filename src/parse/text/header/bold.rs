//! A bold run opening a header line ("**Docente incaricato** del seminario …"), cut
//! from the words after it as a separator would cut it.
//!
//! Takes a header line's marked-up text and its plain text; gives the plain text with
//! a segment separator after the bold lead. It doesn't say what the lead is.

use crate::parse::text::lines::{plain, tech_label};

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
    // Already cut by punctuation or by a wide gap (a column of its own), or nothing
    // after it: nothing to add. A bold technologies label over its list ("**Tools:** Git,
    // Make") is one field, which the entry readers take whole.
    if lead.is_empty()
        || tech_label(&line).is_some()
        || !after.starts_with(char::is_whitespace)
        || after.starts_with("  ")
        || after.starts_with('\t')
        || !next.starts_with(char::is_alphanumeric)
        || JOINS_AFTER_BOLD.contains(&first.as_str())
    {
        return line;
    }
    format!("{lead} | {next}")
}

#[cfg(test)]
mod tests {
    use super::split_bold_lead;

    fn split(text: &str) -> String {
        split_bold_lead(text, crate::parse::text::lines::plain(text))
    }

    #[test]
    fn a_bold_lead_is_cut_from_the_words_after_it() {
        assert_eq!(
            split("**Lettore a contratto** corso di Storia, Università di Pisa"),
            "Lettore a contratto | corso di Storia, Università di Pisa"
        );
        // "at" joins the lead to what follows; the "at" reading takes it apart.
        assert_eq!(split("**Engineer** at Acme"), "Engineer at Acme");
    }

    #[test]
    fn what_is_already_cut_stays_as_it_is() {
        // A wide gap is a column of its own already.
        assert_eq!(
            split("**Tidewatch**    June 2021 – May 2022"),
            "Tidewatch    June 2021 – May 2022"
        );
        // A technologies label over its list is one field.
        assert_eq!(
            split("**Technologies:** Go, Kubernetes"),
            "Technologies: Go, Kubernetes"
        );
    }
}
