//! Lines that carry no content: page numbers and footers, rules, images, export noise
//! ("Profile picture"), document titles, running page headers ("Jane Doe — Résumé")
//! and the header rows of tables converted to text.

use std::sync::LazyLock;

use regex::Regex;

static NOISE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,3}\s*(?:of|/)\s*\d{1,3}|[-–—]\s*\d+\s*[-–—]|\d{1,2})$")
        .unwrap()
});
static NOISE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-_=*~•·─━═]\s*){3,}$").unwrap());
static MD_IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^!\[[^\]]*\]\([^)]*\)$").unwrap());

/// Why a cleaned line carries no content, if it doesn't.
pub(super) fn noise(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.len() <= 120 && is_column_header(t) {
        return Some("ignored: table header");
    }
    if t.len() > 40 && !t.starts_with("![") {
        return None;
    }
    if t.bytes().any(|b| b.is_ascii_digit()) && NOISE_PAGE.is_match(t) {
        return Some("ignored: page number");
    }
    if t.starts_with(['-', '_', '=', '*', '~', '•', '·', '─', '━', '═']) && NOISE_RULE.is_match(t)
    {
        return Some("ignored: rule");
    }
    if t.starts_with("![") && MD_IMAGE.is_match(t) {
        return Some("ignored: image");
    }
    if t.len() > 20 {
        return None;
    }
    let lower = t.to_lowercase();
    match lower.trim_end_matches(':') {
        "profile picture" | "photo" | "picture" | "profile photo" => Some("ignored: export noise"),
        // A title is capitalised; "curriculum" in lower case is a wrapped sentence's end.
        "curriculum vitae" | "résumé" | "resume" | "cv" | "lebenslauf" | "curriculum"
            if t.starts_with(char::is_uppercase) =>
        {
            Some("ignored: document title")
        }
        _ => None,
    }
}

/// "Jane Doe — Résumé", "CV | Jane Doe", "Jane Doe – Page 2": a short line naming the
/// document beside a name; returns the rest.
pub(super) fn without_document_title(text: &str) -> Option<&str> {
    if text.len() > 80 || !text.contains([' ', '|']) {
        return None;
    }
    let lower = text.to_lowercase();
    // "sum" finds "résumé" and "resume" in one go.
    if !["sum", "cv", "curriculum", "lebenslauf", "page"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    let mut rest = None;
    let mut title = false;
    for part in split_title_parts(text) {
        let l = part.to_lowercase();
        let is_title = matches!(
            l.as_str(),
            "résumé" | "resume" | "cv" | "curriculum vitae" | "lebenslauf"
        ) || NOISE_PAGE.is_match(&l) && l.starts_with("page");
        if is_title {
            title = true;
        } else if rest.is_none() && part.split_whitespace().count() <= 4 {
            rest = Some(part);
        } else {
            return None;
        }
    }
    if title {
        rest
    } else {
        None
    }
}

/// The parts of a line between strong separators (`|`, `·`, spaced dashes).
fn split_title_parts(text: &str) -> Vec<&str> {
    let mut parts = vec![text];
    for sep in [" | ", " · ", " — ", " – ", " - ", "|"] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// "Company | Role | Location | Dates": the header row of a table converted to text.
fn is_column_header(t: &str) -> bool {
    if !t.contains('|') && !t.contains("   ") {
        return false;
    }
    let cells: Vec<String> = t
        .split(['|', '\t'])
        .flat_map(|c| c.split("   "))
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    cells.len() >= 3
        && cells.iter().all(|c| {
            matches!(
                c.as_str(),
                "company"
                    | "employer"
                    | "organisation"
                    | "organization"
                    | "role"
                    | "title"
                    | "position"
                    | "job title"
                    | "location"
                    | "city"
                    | "place"
                    | "date"
                    | "dates"
                    | "dates of employment"
                    | "period"
                    | "from"
                    | "to"
                    | "duration"
                    | "institution"
                    | "school"
                    | "university"
                    | "degree"
                    | "qualification"
                    | "year"
                    | "years"
                    | "grade"
                    | "subject"
                    | "field"
            )
        })
}

#[cfg(test)]
mod tests {
    use crate::parse::text::normalise::Document;

    #[test]
    fn table_header_rows_go() {
        let doc = Document::new(
            "Company | Role | Location | Dates\nAcme | Baker | Leeds | 2019 – 2021\nDegree    School    Year",
        );
        assert_eq!(doc.lines.len(), 1);
        assert_eq!(
            doc.ignored,
            [(1, "ignored: table header"), (3, "ignored: table header")]
        );
    }
}
