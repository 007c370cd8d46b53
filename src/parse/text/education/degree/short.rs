//! Degrees written short: an abbreviation at the start of a line or before its field
//! ("M.S. in …", "BSc Physics"), dotted with spaces ("M. Phil."), two joined
//! ("BS-MS") after a combined programme's word ("Integrated", "Double").
//! A short form in brackets after its field ("Marine Biology (BSc)") is read here too.
//!
//! Takes a line; gives where the abbreviation stands. The field and the long forms are
//! `degree`'s.

use super::Degree;
use crate::parse::text::header::has_org_word;
use crate::parse::text::lines::{is_title_case, word_count};
use crate::parse::text::vocab;

/// Finds an abbreviated degree ("M.S.", "BSc", "MBA") at the start of the text or
/// before "in"/"of".
pub(super) fn abbreviated(s: &str) -> Option<std::ops::Range<usize>> {
    if !s.contains(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    // The first word that is a word (dates leave separators at the front).
    let first = words
        .iter()
        .position(|(_, w)| w.chars().any(char::is_alphabetic))
        .unwrap_or(0);
    for (k, &(at, w)) in words.iter().enumerate() {
        let core = w.trim_end_matches([',', ':', ';']);
        // "M. Phil.", "Ph. D.": a dotted abbreviation written with a space after a dot.
        if k == first {
            if let Some(end) = spaced_abbreviation(core, words.get(k + 1).copied(), s) {
                return Some(at..end);
            }
        }
        // "Integrated BS-MS", "Dual BS/MS": a programme leading to two degrees at once.
        let after_modifier = k == first + 1 && is_modifier(words[first].1);
        if after_modifier && joined_degrees(core) {
            return Some(at..at + core.len());
        }
        if !core.chars().any(char::is_uppercase) || !vocab::is_degree_abbrev(core) {
            continue;
        }
        // Two-letter forms only in capitals ("BE", "MS"), never "Me" or "As".
        if core.len() <= 2 && !core.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // Abbreviations that are also words ("March 2022", "Bed and breakfast",
        // "Med Tech") count only in the degree's own mixed case: "MArch", "BEd", "MEd".
        if vocab::is_word_too(core) && !is_mixed_case(core) {
            continue;
        }
        let next = words.get(k + 1).map(|x| x.1.to_lowercase());
        let dotted = core.contains('.') && core.len() > 2;
        let unambiguous = matches!(
            core,
            "MBA"
                | "PhD"
                | "BSc"
                | "MSc"
                | "BEng"
                | "MEng"
                | "BSN"
                | "MPhil"
                | "PGCE"
                | "LLM"
                | "LLB"
                | "BFA"
                | "MFA"
                | "MRes"
                | "BBA"
        );
        let before_field = next.as_deref().is_some_and(|n| n == "in" || n == "of");
        // "Tidal Studies (BSc)": a short form in brackets after its field — but not one
        // that is also a state's ("Boston (MA)"), nor two letters inside a phrase, as a
        // country's code stands ("Leuven (BE) and Oslo").
        let inner = core.trim_matches(['(', ')', '.']);
        let closes = !s[at + core.len()..].contains(char::is_alphanumeric);
        let bracketed = core.starts_with('(')
            && core.trim_end_matches('.').ends_with(')')
            && !vocab::is_state(inner)
            && (inner.len() > 2 || closes);
        // "School — MA Interaction Design": set off by a dash or bar and followed by a
        // capitalised field. (After a comma "MA" is as likely a state: "Boston, MA".)
        let set_off_before_field = k > 0
            && matches!(words[k - 1].1, "—" | "–" | "-" | "|")
            && words
                .get(k + 1)
                .is_some_and(|(_, n)| n.starts_with(char::is_uppercase) && !vocab::is_state(n));
        if k == first
            || after_modifier
            || dotted
            || bracketed
            || unambiguous
            || before_field
            || set_off_before_field
        {
            return Some(at..at + core.len());
        }
    }
    None
}

/// "MArch", "BEd": a capital after the first letter and a small letter somewhere.
fn is_mixed_case(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// "M." then "Phil.": the end in `s` of the two words read as one dotted abbreviation.
fn spaced_abbreviation(core: &str, next: Option<(usize, &str)>, s: &str) -> Option<usize> {
    let (at, w) = next?;
    let next_core = w.trim_end_matches([',', ':', ';']);
    let whole = format!("{core}{next_core}");
    (core.ends_with('.')
        && next_core.ends_with('.')
        && core.starts_with(char::is_uppercase)
        && vocab::is_degree_abbrev(&whole))
    .then(|| (at + next_core.len()).min(s.len()))
}

/// "BS-MS", "BS/MS", "B.Tech-M.Tech": two degree abbreviations joined.
fn joined_degrees(core: &str) -> bool {
    core.split_once(['-', '/']).is_some_and(|(a, b)| {
        a.chars().any(char::is_uppercase)
            && vocab::is_degree_abbrev(a)
            && vocab::is_degree_abbrev(b)
    })
}

/// Words that make a degree a combined programme ("Integrated M.Sc.", "Double B.A.",
/// "Joint Honours"): part of the degree's name as written.
fn is_modifier(w: &str) -> bool {
    crate::parse::text::lexicon::DEGREE_MODIFIERS
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
}

/// Where the degree's name starts once a modifier right before it is taken in.
pub(super) fn with_modifier(s: &str, start: usize) -> usize {
    let before = s[..start].trim_end();
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if !w.is_empty() && is_modifier(w) {
        before.len() - w.len()
    } else {
        start
    }
}

/// "Marine Biology (BSc)", "Tidal Studies (Master)": a degree in brackets right after
/// the name of its field, the bracket's content the degree and the name its area.
pub(super) fn bracketed_after_field(s: &str, m: &std::ops::Range<usize>) -> Option<Degree> {
    let t = &s[m.clone()];
    let (open, inner, end) = if let Some(rest) = t.strip_prefix('(') {
        let close = rest.find(')')?;
        (m.start, &rest[..close], m.start + close + 2)
    } else if s[..m.start].ends_with('(') && s[m.end..].starts_with(')') {
        (m.start - 1, t, m.end + 1)
    } else {
        return None;
    };
    let before = &s[..open];
    let field = before.trim();
    let named = !field.is_empty()
        && is_title_case(field)
        && word_count(field) <= MAX_BRACKETED_FIELD_WORDS
        && !field.chars().any(|c| c.is_ascii_digit())
        && !field.split_whitespace().any(vocab::is_institution_word)
        && !has_org_word(field);
    let start = before.len() - before.trim_start().len();
    Some(Degree {
        study_type: inner.trim().to_string(),
        area: named.then(|| field.to_string()),
        span: if named { start } else { open }..end,
    })
}

/// Most words of a field written before its degree in brackets.
const MAX_BRACKETED_FIELD_WORDS: usize = 8;
