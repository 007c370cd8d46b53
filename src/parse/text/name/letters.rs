//! Words around a name that are no part of it: titles before it ("Dr.", "Prof."),
//! degrees and licences after it ("PhD", ", RN"), a doctorate written after a comma
//! ("Dr. rer. nat"). Takes one name's text; gives it back without them. It does not
//! decide whether a line is a name.

use super::vocab;

/// The name without degrees written after it with no comma ("Ana Tide PhD"), as long
/// as two words of it are left: post-nominal letters are no part of a name.
pub(super) fn without_degrees(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 2 && words.last().is_some_and(|w| vocab::is_degree_abbrev(w)) {
        words.pop();
    }
    if words.len() == name.split_whitespace().count() {
        name.to_string()
    } else {
        words.join(" ")
    }
}

/// Most letters in one word of an abbreviated doctorate ("rer.", "nat", "med.").
const MAX_DOCTORATE_ABBREV: usize = 4;

/// A title written after the name instead of before it ("Dr. rer. nat", "Prof. Dr."):
/// a title prefix followed only by short abbreviations, the German way of naming a
/// doctorate's faculty.
pub(super) fn is_academic_title(piece: &str) -> bool {
    let mut words = piece.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    crate::parse::text::lexicon::NAME_PREFIXES.contains(&first.to_lowercase().as_str())
        && words.all(|w| {
            let bare = w.trim_end_matches('.');
            crate::parse::text::lexicon::NAME_PREFIXES.contains(&w.to_lowercase().as_str())
                || (!bare.is_empty()
                    && bare.chars().count() <= MAX_DOCTORATE_ABBREV
                    && bare.chars().all(char::is_alphabetic))
        })
}

/// The name without titles before it ("Dr. Ana Tide" → "Ana Tide"), as long as two
/// words of it are left.
pub(super) fn without_prefixes(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 2
        && crate::parse::text::lexicon::NAME_PREFIXES.contains(&words[0].to_lowercase().as_str())
    {
        words.remove(0);
    }
    if words.len() == name.split_whitespace().count() {
        name.to_string()
    } else {
        words.join(" ")
    }
}

/// Letters after a name: a degree ("BSc (Hons)", "Ph.D.") or a licence or membership
/// in capitals ("RGN", "FNP-BC"). Each word of the piece must be one.
pub(super) fn is_credential(piece: &str) -> bool {
    let piece = piece.trim();
    !piece.is_empty()
        && piece.split_whitespace().all(|w| {
            let bare = w.trim_matches(|c| c == '(' || c == ')');
            vocab::is_degree_abbrev(bare)
                // The honours mark written after a degree, as degrees themselves do.
                || (w.starts_with('(') && bare.trim_end_matches('.').eq_ignore_ascii_case("hons"))
                || (bare.len() <= 6
                    && bare.chars().any(char::is_uppercase)
                    // "OTR/L", "COTA/L": a licence and its state licensure after a slash.
                    && bare.chars().all(|ch| ch.is_uppercase() || matches!(ch, '.' | '-' | '/')))
                // A certification with its board's suffix ("AGACNP-BC", "PMHNP-BC").
                || bare.split_once('-').is_some_and(|(a, b)| {
                    let caps = |s: &str| s.chars().all(|c| c.is_ascii_uppercase());
                    (2..=8).contains(&a.len()) && (1..=3).contains(&b.len()) && caps(a) && caps(b)
                })
        })
}
