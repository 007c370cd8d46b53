//! Judgements on the parts of a header line that `header` cuts apart: whether two comma
//! parts make one organisation's name ("Castellan, Greer & Moss LLP", "Career Centre,
//! Kelda University"), and whether a short name reads as a town ("Gold Coast").

use super::{has_org_word, is_legal_form, piece, Kind, Piece};
use crate::parse::text::lines::word_count;
use crate::parse::text::places::{is_location, place_words};
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

/// Two words that read as a town's name: "Gold Coast", "Port Elm", "New Haven".
pub(super) fn town_words(s: &str) -> bool {
    let mut w = s.split_whitespace();
    let (Some(a), Some(b), None) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    let lead = [
        "new", "san", "santa", "st.", "saint", "los", "las", "port", "fort", "mount", "north",
        "south", "east", "west", "upper", "lower", "great", "little", "el", "la", "le",
    ];
    let tail = [
        "coast", "city", "town", "beach", "bay", "springs", "island", "valley", "heights", "park",
        "hills", "falls", "harbour", "harbor", "point", "lake", "creek", "ridge",
    ];
    lead.iter().any(|x| a.eq_ignore_ascii_case(x)) || tail.iter().any(|x| b.eq_ignore_ascii_case(x))
}

/// Fewest acronyms before the number in a research unit's code ("UMR CNRS 8198"): one
/// acronym and a number is a state and its postcode ("NY 10001").
const MIN_UNIT_ACRONYMS: usize = 2;

/// A research unit's code: acronyms of the unit type and its parent bodies, then the
/// unit's number ("UMR CNRS 8198", "INRAE UMR GDEC 1095"). Public laboratories name
/// themselves this way after their name; it is part of the employer, not a place or a
/// note.
pub(super) fn is_unit_code(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let acronym = |w: &&str| {
        w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
    };
    last.chars().all(|c| c.is_ascii_digit())
        && before.len() >= MIN_UNIT_ACRONYMS
        && before.iter().all(acronym)
}

/// Most words of a campus's town after "University of <State>," ("Santa Cruz").
const MAX_CAMPUS_WORDS: usize = 3;

/// A state university system's campus: "University of California, Santa Cruz",
/// "University of Wisconsin, Madison". A university named after a state has campuses in
/// several of its towns, so a town after the comma is part of the name, not where the
/// university is; a state or country after the comma still is its place.
pub(super) fn campus_of_state_system(prev: &str, p: &str) -> bool {
    let Some((head, state)) = prev.rsplit_once(" of ") else {
        return false;
    };
    head.split_whitespace().any(vocab::is_institution_word)
        && state.len() > 3
        && vocab::is_state(state)
        && (1..=MAX_CAMPUS_WORDS).contains(&word_count(p))
        && place_words(p)
        && !vocab::is_state(p)
        && !vocab::is_country(p)
}

/// Comma parts that make one organisation's name: partners' names before the firm
/// ("Castellan, Greer & Moss LLP"), a unit and its parent ("Career Center, Kelda
/// University") — but a team is no part of the employer's name ("Verification Group").
pub(super) fn joins_org_name(prev: &str, p: &str) -> bool {
    let is_name = |s: &str| !ends_with_title(s) && !is_location(s);
    let partners = word_count(prev) == 1
        && prev.starts_with(char::is_uppercase)
        && (p.contains(" & ") || p.contains(" and "))
        && has_org_word(p);
    let first = prev.split_whitespace().next().unwrap_or("");
    // "Department of Biology", "Verification Group": a part, not the name.
    let last = prev.split_whitespace().next_back().unwrap_or("");
    // "Sailing Minor", "Economics Major": a subject studied, never a unit's name.
    let part = ["minor", "major"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || vocab::ends_with_subunit(prev)
        || vocab::is_subunit_word(first)
        || ["school", "faculty", "college", "institute"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w) && prev.contains(" of "));
    let plain_name = prev.starts_with(char::is_uppercase)
        && !prev.contains(|c: char| c.is_ascii_digit() || c == '(');
    let unit_of = plain_name
        && !part
        && has_org_word(p)
        && (has_org_word(prev)
            || word_count(prev) <= 4 && p.split_whitespace().any(vocab::is_institution_word));
    (partners || unit_of) && is_name(prev) && is_name(p)
}

/// A research unit's code in its own segment after the laboratory's name ("Lab | UMR
/// CNRS 1234") goes back onto the name, with the separator the line used.
pub(super) fn join_unit_codes(pieces: &mut Vec<Piece>, seg_of: &mut Vec<usize>, plain: &str) {
    let mut i = 1;
    while i < pieces.len() {
        let prev = &pieces[i - 1];
        if is_unit_code(&pieces[i].text)
            && matches!(prev.kind, Kind::Org | Kind::Other)
            && !ends_with_title(&prev.text)
        {
            let (a, b) = (prev.text.clone(), pieces[i].text.clone());
            // Keep what stood between the two in the line when it is a short mark.
            let sep = plain
                .find(&a)
                .map(|at| at + a.len())
                .and_then(|end| plain[end..].find(&b).map(|k| &plain[end..end + k]))
                .filter(|s| s.trim().chars().count() <= 1)
                .map_or(", ".to_string(), |s| {
                    let t = s.trim();
                    if t.is_empty() || t == "," {
                        ", ".to_string()
                    } else {
                        format!(" {t} ")
                    }
                });
            let text = format!("{a}{sep}{b}");
            pieces[i - 1] = piece(Kind::Org, &text);
            pieces.remove(i);
            seg_of.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A registered name cut at its spaced dash ("Brand – Industrial Plastics, S.A.",
/// "Acme - Holdings Ltd") goes back together: a legal form closes the whole registered
/// name, so the short name before the dash is its first part, not a title or a team.
pub(super) fn join_legal_tails(pieces: &mut Vec<Piece>, seg_of: &mut Vec<usize>, plain: &str) {
    let mut i = 1;
    while i < pieces.len() {
        let (prev, this) = (&pieces[i - 1], &pieces[i]);
        let legal_tail = this
            .text
            .split_whitespace()
            .last()
            .is_some_and(|w| is_legal_form(w) || is_legal_form(w.trim_end_matches('.')));
        let sep = between(plain, &prev.text, &this.text);
        let dash = matches!(sep.as_deref(), Some("–" | "-" | "—"));
        if legal_tail
            && dash
            && matches!(prev.kind, Kind::Org | Kind::Other)
            && matches!(this.kind, Kind::Org | Kind::Other)
            && word_count(&prev.text) <= MAX_BRAND_WORDS
            && !ends_with_title(&prev.text)
            && !is_location(&prev.text)
        {
            let text = format!("{} {} {}", prev.text, sep.unwrap_or_default(), this.text);
            pieces[i - 1] = piece(Kind::Org, &text);
            pieces.remove(i);
            seg_of.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Most words in the first part of a registered name before its dash: a longer part
/// is a title or a sentence, not a brand.
const MAX_BRAND_WORDS: usize = 3;

/// What stands between two pieces in the line, trimmed, when both are found in order.
fn between(plain: &str, a: &str, b: &str) -> Option<String> {
    let end = plain.find(a)? + a.len();
    let k = plain[end..].find(b)?;
    Some(plain[end..end + k].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registered_name_across_a_dash() {
        let org = |s: &str| {
            crate::parse::text::header::read(s)
                .pieces
                .iter()
                .find(|p| p.kind == Kind::Org)
                .map(|p| p.text.clone())
        };
        assert_eq!(
            org("Vidromar – Vidros Técnicos, Lda.").as_deref(),
            Some("Vidromar – Vidros Técnicos, Lda.")
        );
        assert_eq!(
            org("Brightwater - Holdings Ltd").as_deref(),
            Some("Brightwater - Holdings Ltd")
        );
        // A title before the dash stays a title.
        assert_eq!(
            org("Warehouse Manager - Brightwater Holdings Ltd").as_deref(),
            Some("Brightwater Holdings Ltd")
        );
    }

    #[test]
    fn organisation_names_with_commas() {
        assert!(joins_org_name("Okonkwo", "Brandt & Yee LLP"));
        assert!(joins_org_name("Career Centre", "Kelda University"));
        assert!(!joins_org_name("Coastal Sensing Group", "Kelda University"));
        assert!(!joins_org_name("Department of Biology", "Kelda University"));
        assert!(!joins_org_name("Staff Nurse", "Kelda Hospital"));
        assert!(!joins_org_name("Sailing Minor", "Kelda University"));
    }

    #[test]
    fn campuses_of_a_state_university() {
        assert!(campus_of_state_system(
            "University of California",
            "Santa Cruz"
        ));
        assert!(campus_of_state_system("University of Wisconsin", "Madison"));
        assert!(!campus_of_state_system("University of California", "CA"));
        assert!(!campus_of_state_system("University of Kelda", "Port Elm"));
        assert!(!campus_of_state_system("Kelda University", "Madison"));
    }

    #[test]
    fn research_unit_codes() {
        assert!(is_unit_code("UMR CNRS 4321"));
        assert!(is_unit_code("INRA UMR-LAB 77"));
        assert!(!is_unit_code("NY 10001"));
        assert!(!is_unit_code("Lab 4321"));
        assert!(!is_unit_code("UMR CNRS"));
    }

    #[test]
    fn towns() {
        assert!(town_words("Gold Coast"));
        assert!(town_words("Port Elm"));
        assert!(!town_words("Data Platform"));
    }
}
