//! Lines that carry no content: page numbers and footers, rules, images, export noise
//! ("Profile picture"), document titles, running page headers ("Jane Doe — Résumé")
//! and the header rows of tables converted to text.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::pattern::Pattern;

static NOISE_PAGE: Pattern = Pattern::new(
    r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,3}\s*(?:of|/)\s*\d{1,3}|[-–—]\s*\d+\s*[-–—]|\d{1,2})$",
);
static NOISE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-_=*~•·─━═]\s*){3,}$").unwrap());
static MD_IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^!\[[^\]]*\]\([^)]*\)$").unwrap());

/// The reason given for a dropped page number.
pub(super) const PAGE_NUMBER: &str = "ignored: page number";

/// Why a cleaned line carries no content, if it doesn't.
pub(super) fn noise(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.len() <= 120 && is_column_header(t) {
        return Some("ignored: table header");
    }
    // "© European Union, 2002-2024 | europass.europa.eu": a template's copyright footer.
    if t.starts_with('©') && t.split_whitespace().count() <= 14 {
        return Some("ignored: copyright footer");
    }
    // "Last Updated on 3rd March 2024": a template's stamp, not the person's.
    if t.len() <= 60
        && t.get(..12)
            .is_some_and(|p| p.eq_ignore_ascii_case("last updated"))
    {
        return Some("ignored: update stamp");
    }
    if t.len() > 40 && !t.starts_with("![") {
        return None;
    }
    if t.bytes().any(|b| b.is_ascii_digit()) && NOISE_PAGE.is_match(t) {
        return Some(PAGE_NUMBER);
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
    crate::parse::text::lower::lower_then(t, |lower| named_noise(lower, t))
}

/// [`noise`] of a short line `t` by its words, `lower` its lower case.
fn named_noise(lower: &str, t: &str) -> Option<&'static str> {
    match lower.trim_end_matches(':') {
        "profile picture" | "photo" | "picture" | "profile photo" => Some("ignored: export noise"),
        // A title is capitalised; "curriculum" in lower case is a wrapped sentence's end.
        "curriculum vitae" | "résumé" | "resume" | "cv" | "lebenslauf" | "curriculum"
        // The Portuguese and Spanish words for the document.
        | "currículo" | "curriculo" | "currículum" | "currículum vitae"
        // The template's name printed under the title ("Curriculum Vitae" / "Europass").
        | "europass"
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
    // Cheap tests first: this runs for every line.
    let b = text.as_bytes();
    let separated = b.contains(&b'|')
        || b.windows(3).any(|w| w == b" - " || w == b"   ")
        || text.contains(['·', '—', '–']);
    // Wide gaps (a page header laid out by pdftotext) don't count towards the length.
    let len = text.len() - text.bytes().filter(|&c| c == b' ').count();
    if len > 70 || !separated || !names_a_document(b) || text.split_whitespace().count() > 10 {
        return None;
    }
    let parts = split_title_parts(text);
    if parts.len() < 2 {
        return None;
    }
    let mut rest = None;
    let mut title = false;
    for part in parts {
        let is_title = part.len() <= 16
            && (matches!(
                part.to_lowercase().as_str(),
                "résumé" | "resume" | "cv" | "curriculum vitae" | "lebenslauf"
            ) || part.len() >= 6
                && part
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("page"))
                && NOISE_PAGE.is_match(part));
        if is_title {
            title = true;
        } else if rest.is_none() && part.split_whitespace().count() <= 4 {
            rest = Some(part);
        } else {
            return None;
        }
    }
    // "Curriculum Vitae      Page 1 of 2": nothing but the title.
    title.then_some(rest.unwrap_or(""))
}

/// "Ada Quill        2/3": the words before a page counter set apart by a wide gap at
/// the end of a short line (a running footer or header, when they repeat the name).
pub(super) fn beside_page_counter(text: &str) -> Option<&str> {
    let t = text.trim();
    // A counter is two numbers: a line without a digit has none (and most lines have none).
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (words, counter) = t.rsplit_once("   ")?;
    let (words, counter) = (words.trim(), counter.trim());
    let (n, m) = counter
        .split_once('/')
        .or_else(|| counter.split_once(" of "))?;
    let (n, m) = (n.trim().parse::<u8>().ok()?, m.trim().parse::<u8>().ok()?);
    (n >= 1 && n <= m && !words.is_empty() && words.split_whitespace().count() <= 4)
        .then_some(words)
}

/// "Page 2 of 3" somewhere in a line.
pub(super) fn has_page_marker(text: &str) -> bool {
    // Looking for the capital first is cheaper than setting up the word's search.
    text.contains('P')
        && text
            .match_indices("Page ")
            .any(|(i, _)| text[i + 5..].starts_with(|c: char| c.is_ascii_digit()))
}

/// "résumé", "resume", "CV", "curriculum", "Lebenslauf" or "page" somewhere in the line,
/// found in one pass.
fn names_a_document(b: &[u8]) -> bool {
    let at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b's' => at(i, b"sum"),
        b'c' => at(i, b"cv") || at(i, b"curriculum"),
        b'l' => at(i, b"lebenslauf"),
        b'p' => at(i, b"page"),
        _ => false,
    })
}

/// The parts of a line between strong separators (`|`, `·`, spaced dashes).
fn split_title_parts(text: &str) -> Vec<&str> {
    let mut parts = vec![text];
    for sep in [" | ", " · ", " — ", " – ", " - ", "|", "   "] {
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
    if !t.contains('|') && !t.as_bytes().windows(3).any(|w| w == b"   ") {
        return false;
    }
    let mut n = 0;
    for cell in t.split(['|', '\t']).flat_map(|c| c.split("   ")) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        if !COLUMN_WORDS.iter().any(|w| cell.eq_ignore_ascii_case(w)) {
            return false;
        }
        n += 1;
    }
    n >= 3
}

const COLUMN_WORDS: &[&str] = &[
    "company",
    "employer",
    "organisation",
    "organization",
    "role",
    "title",
    "position",
    "job title",
    "location",
    "city",
    "place",
    "date",
    "dates",
    "dates of employment",
    "period",
    "from",
    "to",
    "duration",
    "institution",
    "school",
    "university",
    "degree",
    "qualification",
    "year",
    "years",
    "grade",
    "subject",
    "field",
];

/// Most words of a running page header or footer line ("Myers CV", a date, the name).
const MAX_RUNNING_WORDS: usize = 4;
/// Source lines from a footer's piece to its page number: the piece, a blank line,
/// the number, and the other piece across one more blank line.
const NEAR_COUNTER: usize = 4;

/// `marked` (each source line's reason to be dropped, if any) with the running page
/// headers and footers of text copied out of a PDF marked too: a short line standing
/// alone between blank lines, the same two times or more, once near a page number. Plain `pdftotext` (and a
/// viewer's copy) sets each piece of a footer ("Myers CV", the page's date) apart as a
/// block of its own, so no one line holds the name beside its counter, and the form
/// feeds between pages are gone by now. A line naming a section (a heading repeated
/// over a continued section) or a place (the town of two jobs) stays.
pub(super) fn with_running_blocks(
    source: &[String],
    mut marked: Vec<Option<&'static str>>,
) -> Vec<Option<&'static str>> {
    let blank = |k: usize| source.get(k).map_or(true, |l| l.trim().is_empty());
    // Each lone short line with words.
    let lone: Vec<(usize, &str)> = (0..source.len())
        .filter(|&k| (k == 0 || blank(k - 1)) && blank(k + 1))
        .map(|k| (k, source[k].trim()))
        .filter(|&(_, t)| {
            !t.is_empty()
                && t.split_whitespace().count() <= MAX_RUNNING_WORDS
                && t.chars().any(char::is_alphabetic)
        })
        .collect();
    let kept = |t: &str| {
        crate::parse::text::places::is_location(t)
            || t.split_whitespace().any(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                crate::parse::text::lexicon::headings::kind_of_word(&w).is_some()
            })
    };
    // A page number within a few lines (the blank lines around the footer's pieces).
    let by_counter = |k: usize| {
        (k.saturating_sub(NEAR_COUNTER)..=k + NEAR_COUNTER)
            .filter_map(|j| source.get(j))
            .any(|l| noise(l) == Some(PAGE_NUMBER))
    };
    for &(k, t) in &lone {
        let again = lone.iter().any(|&(j, u)| j != k && u == t);
        let paged = lone.iter().any(|&(j, u)| u == t && by_counter(j));
        if again && paged && marked[k].is_none() && !kept(t) {
            marked[k] = Some("ignored: running page header or footer");
        }
    }
    marked
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
