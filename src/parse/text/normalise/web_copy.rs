//! Noise of a profile page copied from a web browser: every heading and title twice
//! (the visible text and its screen-reader twin), "Acme logo" image captions, widget
//! text ("Show all 14 skills", "Endorsed by 3 colleagues", "500+ connections") and the
//! employment type after a company ("Acme · Full-time").
//!
//! The doubled lines decide: only a text with several exact consecutive repeats is read
//! as a copied web page, so a résumé that happens to repeat one line keeps it.

use crate::parse::text::vocab;

/// Per source line, why it is dropped as copy-paste noise (`None`: kept).
pub(super) fn web_copy_noise(source: &[String]) -> Vec<Option<&'static str>> {
    let mut out = vec![None; source.len()];
    // Lines with words: a run of bare bullet glyphs repeats without being a copy.
    let same = |a: &str, b: &str| a.trim() == b.trim() && a.chars().any(char::is_alphanumeric);
    let repeats = source.windows(2).filter(|w| same(&w[0], &w[1])).count();
    let copied = repeats >= 3;
    for (i, raw) in source.iter().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if copied && i > 0 && same(&source[i - 1], raw) && out[i - 1].is_none() {
            out[i] = Some("ignored: repeated line (copied web page)");
        } else if widget(t) || copied && caption(t) {
            out[i] = Some("ignored: profile page widget");
        }
    }
    out
}

/// "Show all 14 skills", "Endorsed by 12 colleagues at Acme", "500+ connections".
fn widget(t: &str) -> bool {
    // Cheap test first: this runs for every line; widget text is short.
    if t.len() > 90 || !t.starts_with(|c: char| "SsEeHhTtCc…".contains(c) || c.is_ascii_digit()) {
        return false;
    }
    let lower = t.to_lowercase();
    let words = t.split_whitespace().count();
    (lower.starts_with("show all ") && words <= 5)
        || (lower.starts_with("endorsed by ") && words <= 12)
        || (lower.ends_with(" connections")
            || lower.ends_with(" followers")
            || lower.ends_with(" endorsements")
            || lower.ends_with(" endorsement"))
            && words <= 3
            && t.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            lower.as_str(),
            "he/him"
                | "she/her"
                | "they/them"
                | "contact info"
                | "see more"
                | "…see more"
                | "show credential"
                | "see credential"
                | "show more"
                | "…show more"
        )
}

/// "Acme Freight logo": the caption of a company's or school's logo image.
fn caption(t: &str) -> bool {
    t.len() < 90 && t.ends_with(" logo") && t.split_whitespace().count() <= 9
}

/// "Rotterdam, Netherlands  Contact info" → "Rotterdam, Netherlands": a profile page's
/// link beside the location.
pub(super) fn without_widget_tail(t: &str) -> Option<&str> {
    // "…see more" closing a cut-off description.
    for tail in ["…see more", "...see more", "… see more"] {
        if let Some(rest) = t.strip_suffix(tail) {
            return Some(rest.trim_end());
        }
    }
    let rest = t.strip_suffix("Contact info")?;
    (rest.ends_with("  ") || rest.ends_with(" · "))
        .then(|| rest.trim_end().trim_end_matches('·').trim_end())
}

/// "Acme · Full-time" → "Acme"; "Full-time · 2 yrs" → "2 yrs". Text without an
/// employment type comes back unchanged.
pub(super) fn without_employment_type(t: &str) -> Option<String> {
    if !t.contains(" · ") && !t.contains("· ") {
        return None;
    }
    let parts: Vec<&str> = t.split('·').map(str::trim).collect();
    if parts.len() < 2 || !parts.iter().any(|p| vocab::is_employment_type(p)) {
        return None;
    }
    let kept: Vec<&str> = parts
        .into_iter()
        .filter(|p| !p.is_empty() && !vocab::is_employment_type(p))
        .collect();
    Some(kept.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(t: &str) -> Vec<String> {
        t.lines().map(str::to_string).collect()
    }

    #[test]
    fn doubled_lines_go_only_in_a_copied_page() {
        let page = src("Ana Ruiz\nAna Ruiz\nAbout\nAbout\nText\nExperience\nExperience\nHarbor Foods logo\nCook\nCook\nShow all 9 skills");
        let noise = web_copy_noise(&page);
        let kept: Vec<&str> = page
            .iter()
            .zip(&noise)
            .filter(|(_, n)| n.is_none())
            .map(|(l, _)| l.as_str())
            .collect();
        assert_eq!(kept, ["Ana Ruiz", "About", "Text", "Experience", "Cook"]);
        // One repeat in an ordinary résumé stays.
        let cv = src("Skills\nGo\nGo\nAcme logo");
        assert!(web_copy_noise(&cv).iter().all(Option::is_none));
    }

    #[test]
    fn widget_tails_and_lines() {
        assert_eq!(
            without_widget_tail("Leeds, England  Contact info"),
            Some("Leeds, England")
        );
        assert_eq!(
            without_widget_tail("Ran the night shift for…see more"),
            Some("Ran the night shift for")
        );
        assert_eq!(without_widget_tail("Leeds, England"), None);
        assert!(widget("Show credential") && widget("12 endorsements"));
        assert!(widget("Show all 4 skills") && !widget("Show all the way down the coast"));
    }

    #[test]
    fn employment_type_after_a_dot() {
        assert_eq!(
            without_employment_type("Harbor Foods Ltd · Part-time").as_deref(),
            Some("Harbor Foods Ltd")
        );
        assert_eq!(
            without_employment_type("Full-time · 3 yrs 1 mo").as_deref(),
            Some("3 yrs 1 mo")
        );
        assert_eq!(without_employment_type("Go · Rust"), None);
    }
}
