//! Personal-details blocks in a résumé's header: "Name: …", "Date of Birth: …",
//! "Gender: …" key/value grids (common in Chinese, Indian and European CVs), a target
//! job given as "Job Objective: …", handles written "@name (Instagram)", countries in
//! brackets ("Köln (Germany)"), URLs wrapped over two lines by a PDF export, and the
//! shape of a headline under the name.
//!
//! `contact` decides what each contact line gives `basics`; this module only reads
//! these pieces.

use std::sync::LazyLock;

use regex::Regex;

use super::header::has_org_word;
use super::lines::word_count;
use super::normalise::Line;
use super::profiles::canonical_network;
use super::vocab;
use crate::model::Profile;
use crate::parse::pattern::Pattern;

/// "Label:" followed by a wide gap (a key/value grid); the gap is closed up.
static LABEL_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([:：])[ \t]{2,}").unwrap());

/// "@name (Instagram)".
static BRACKETED_HANDLE: Pattern = Pattern::new(r"^@?([\w.\-]+)\s*\(([A-Za-z ]+)\)?$");

/// "Name: Jane Doe" (the value up to a wide gap or a bar) → "Jane Doe".
pub fn labelled_name(text: &str) -> Option<String> {
    let (label, rest) = text.split_once([':', '：'])?;
    let label = label.trim().to_lowercase();
    if !super::lexicon::NAME_LABELS.contains(&label.as_str()) {
        return None;
    }
    let value = rest.trim_start();
    let end = value
        .find("   ")
        .or_else(|| value.find('|'))
        .unwrap_or(value.len());
    let value = value[..end].trim();
    let words = value.split_whitespace().count();
    ((1..=5).contains(&words) && !value.chars().any(|c| c.is_ascii_digit() || c == '@'))
        .then(|| value.to_string())
}

/// Whether a contact segment is a personal detail: "Gender: Male", "Date of birth
/// 14/02/1990", "Name: Jane Doe" (the name is read separately).
pub fn is_detail(seg: &str) -> bool {
    let lower = seg.to_lowercase();
    if labelled_name(seg).is_some() {
        return true;
    }
    super::lexicon::PERSONAL_DETAIL_LABELS.iter().any(|l| {
        lower.strip_prefix(l).is_some_and(|rest| {
            rest.starts_with([' ', ':', '：'])
                && !rest.trim_start_matches([' ', ':', '：']).is_empty()
        }) && seg.split_whitespace().count() <= 8
    })
}

/// Most words in a headline under the name; longer, it is a summary's first line.
const MAX_HEADLINE_WORDS: usize = 8;

/// A headline's shape: short, capitalised, no digits, no sentence's full stop, and no
/// employer's name (an entry in a document without headings) unless a school's (an
/// academic's department and university).
pub fn headline(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(char::is_uppercase)
        && word_count(t) <= MAX_HEADLINE_WORDS
        && !t.contains(|c: char| c.is_ascii_digit())
        && !t.ends_with(['.', ':'])
        && !t.contains('@')
        && (!has_org_word(t) || t.split_whitespace().any(vocab::is_institution_word))
}

/// "Department of Physics, University of Oslo": a short line of names, no digits, that
/// names a school or a unit of one.
pub fn affiliation(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(char::is_uppercase)
        && word_count(t) <= MAX_HEADLINE_WORDS
        && !t.contains(|c: char| c.is_ascii_digit())
        && !t.contains('@')
        && t.split([' ', ',']).any(vocab::is_institution_word)
}

/// "Job Objective: Data Engineer" → "Data Engineer".
pub fn objective(seg: &str) -> Option<&str> {
    let (label, rest) = seg.split_once(':')?;
    let known = matches!(
        label.trim().to_lowercase().as_str(),
        "job objective"
            | "career objective"
            | "objective"
            | "position applied for"
            | "job applied for"
            | "applying for"
            | "target position"
            | "desired position"
    );
    let rest = rest.trim();
    (known && !rest.is_empty() && rest.split_whitespace().count() <= 10).then_some(rest)
}

/// "@name (Instagram)": a profile by user name.
pub fn bracketed_handle(seg: &str) -> Option<Profile> {
    let c = BRACKETED_HANDLE.captures(seg.trim())?;
    let network = canonical_network(c[2].trim());
    let known = matches!(
        c[2].trim().to_lowercase().replace(' ', "").as_str(),
        "instagram"
            | "twitter"
            | "x"
            | "github"
            | "gitlab"
            | "mastodon"
            | "threads"
            | "tiktok"
            | "dribbble"
            | "behance"
            | "medium"
            | "kaggle"
            | "telegram"
            | "bluesky"
    );
    known.then(|| Profile {
        network: Some(network),
        username: Some(c[1].trim_end_matches('.').to_string()),
        ..Profile::default()
    })
}

/// "50674 Köln (Germany)" → "50674 Köln, Germany".
pub fn bracketed_country(seg: &str) -> std::borrow::Cow<'_, str> {
    // The contact reader has already trimmed the closing bracket off.
    if let Some(inner) = seg.trim_end_matches(')').rsplit_once('(') {
        if vocab::is_country(inner.1.trim()) && !inner.0.trim().is_empty() {
            return format!("{}, {}", inner.0.trim(), inner.1.trim()).into();
        }
    }
    seg.into()
}

/// "Lisbon, Portugal." → "Lisbon, Portugal" (but "Washington, D.C." stays).
pub fn without_full_stop(seg: &str) -> &str {
    match seg.strip_suffix('.') {
        Some(rest)
            if rest
                .rsplit([' ', ','])
                .next()
                .is_some_and(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic)) =>
        {
            rest
        }
        _ => seg,
    }
}

/// The last three parts of an address too long for a place ("Room 5, Building 2,
/// Garden Road, Park, Suzhou, Jiangsu" → "Park, Suzhou, Jiangsu").
pub fn address_tail(seg: &str) -> &str {
    let commas: Vec<usize> = seg.match_indices(',').map(|(i, _)| i).collect();
    if commas.len() < 5 {
        return seg;
    }
    seg[commas[commas.len() - 3] + 1..].trim()
}

/// "GitHub:          name" → "GitHub: name", so the pair stays one segment.
pub fn close_label_gaps(s: &str) -> String {
    // "GitHub:// name" (a Deedy template's link style) too.
    let s = &s.replace(":// ", ": ");
    if s.contains(":  ") || s.contains(":\t") || s.contains("：") {
        LABEL_GAP.replace_all(s, "$1 ").into_owned()
    } else {
        s.to_string()
    }
}

/// A URL cut at a hyphen or slash by the line width, and its tail on the next line
/// ("linkedin.com/in/jane-" / "doe-4b1 (LinkedIn)"): the line with the URL whole.
pub fn wrapped_url(line: &Line, next: &Line) -> Option<Line> {
    let t = line.text.trim_end();
    let last = t.split_whitespace().last()?;
    let urlish = last.contains(".com/") || last.contains(".io/") || last.contains(".org/");
    if !urlish || !last.ends_with(['-', '/', '_']) {
        return None;
    }
    let tail = next.text.trim_start();
    let first = tail.split_whitespace().next()?;
    let fits = first
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/'))
        && first
            .chars()
            .any(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        // After a whole path segment ("…/in/"), only a handle-like tail, not a word
        // that starts the next line ("Barcelona").
        && (!last.ends_with('/') || !first.starts_with(|c: char| c.is_ascii_uppercase()));
    if !fits {
        return None;
    }
    let mut joined = line.clone();
    joined.text = format!("{t}{tail}");
    joined.plain = crate::parse::text::lines::plain(&joined.text);
    Some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise::Document;

    #[test]
    fn names_and_details() {
        assert_eq!(
            labelled_name("Name: Li Wen      Gender: Female").as_deref(),
            Some("Li Wen")
        );
        assert_eq!(labelled_name("Name of the project: Orbit 2"), None);
        assert!(is_detail("Date of Birth: 1994.03"));
        assert!(is_detail("Nationality Portuguese"));
        assert!(is_detail("Gender: Female"));
        assert!(!is_detail("Agency work, Berlin"));
        assert!(!is_detail("Sexton Street 4"));
        assert_eq!(objective("Job Objective: Line Cook"), Some("Line Cook"));
    }

    #[test]
    fn handles_countries_and_gaps() {
        let p = bracketed_handle("@tomas.ink (Instagram)").unwrap();
        assert_eq!(p.username.as_deref(), Some("tomas.ink"));
        assert_eq!(p.network.as_deref(), Some("Instagram"));
        assert!(bracketed_handle("@home (Remote)").is_none());
        assert_eq!(
            bracketed_country("3011 Gent (Belgium)"),
            "3011 Gent, Belgium"
        );
        assert_eq!(bracketed_country("Acme (Contract)"), "Acme (Contract)");
        assert_eq!(close_label_gaps("GitHub:      tomas"), "GitHub: tomas");
        assert_eq!(without_full_stop("Lisbon, Portugal."), "Lisbon, Portugal");
        assert_eq!(without_full_stop("Washington, D.C."), "Washington, D.C.");
        assert_eq!(
            address_tail("Flat 2, Block 9, Lotus Court, Binhu Park, Wuxi, Jiangsu"),
            "Binhu Park, Wuxi, Jiangsu"
        );
    }

    #[test]
    fn wrapped_urls_join() {
        let doc = Document::new("www.linkedin.com/in/tomas-\nvidal-9a1 (LinkedIn)");
        let j = wrapped_url(&doc.lines[0], &doc.lines[1]).unwrap();
        assert_eq!(j.text, "www.linkedin.com/in/tomas-vidal-9a1 (LinkedIn)");
        let doc = Document::new("Tools: Go -\nRust");
        assert!(wrapped_url(&doc.lines[0], &doc.lines[1]).is_none());
        let doc = Document::new("linkedin.com/in/tvidal/\nBarcelona");
        assert!(wrapped_url(&doc.lines[0], &doc.lines[1]).is_none());
    }
}
