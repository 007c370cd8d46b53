//! A town the vocabulary doesn't know, read by the section's own repetition: where the
//! other jobs of a section write "Employer, Town" on one line and their town is known,
//! the same short name in the same place after this job's employer is its town too.
//!
//! Takes a jobs section's entries and the fields `pick` chose for one; gives whether the
//! section writes places after employers, and moves such a name from a job's
//! description to its location. It reads no line and decides nothing else.

use super::pick::{pick, Picked, MAX_TOWN_WORDS};
use crate::parse::text::entries::Entry;
use crate::parse::text::lines::word_count;
use crate::parse::text::places::place_words;
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

/// An entry whose employer and place the reader found on one line, in that order.
fn place_beside_name(p: &Picked) -> bool {
    matches!((&p.name, &p.location), (Some((n, _)), Some((l, _))) if n == l)
}

/// Whether some job of the section writes its known place on its employer's line: the
/// section's own shape, which its other entries share.
pub fn places_follow_names(entries: &[Entry]) -> bool {
    entries.iter().any(|e| place_beside_name(&pick(e, None)))
}

/// "Lácteos Valle del Pas, Torrelavega" where a sibling reads "Acme S.A., Santander": a
/// short capitalised name right after the employer on its line, left over as a
/// description, is where the job was.
pub fn place_after_name(p: &mut Picked, line_text: impl Fn(usize) -> String) {
    if p.location.is_some() {
        return;
    }
    let Some((at, name)) = p.name.clone() else {
        return;
    };
    let line = line_text(at);
    let Some(k) = p.description.iter().position(|(i, d)| {
        *i == at
            && line.contains(&format!("{name}, {d}"))
            && word_count(d) <= MAX_TOWN_WORDS
            && place_words(d)
            && !d.contains(|c: char| c.is_ascii_digit())
            && !ends_with_title(d)
            && !vocab::ends_with_subunit(d)
            && !vocab::is_employment_type(d)
    }) else {
        return;
    };
    p.location = Some(p.description.remove(k));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picked(name: &str, desc: &str) -> Picked {
        Picked {
            name: Some((3, name.to_string())),
            description: vec![(3, desc.to_string())],
            ..Picked::default()
        }
    }

    #[test]
    fn a_name_after_the_employer_is_its_town() {
        let mut p = picked("Kelda Dairies", "Torrelavega");
        place_after_name(&mut p, |_| "Kelda Dairies, Torrelavega".to_string());
        assert_eq!(p.location, Some((3, "Torrelavega".to_string())));
        assert!(p.description.is_empty());
    }

    #[test]
    fn a_team_or_a_sentence_after_the_employer_stays_a_description() {
        for desc in ["Quality Manager", "worked on the night shift", "Unit 12"] {
            let mut p = picked("Kelda Dairies", desc);
            place_after_name(&mut p, |_| format!("Kelda Dairies, {desc}"));
            assert_eq!(p.location, None, "{desc}");
        }
    }

    #[test]
    fn the_section_shape_needs_a_place_on_an_employer_line() {
        let mut p = picked("Acme S.A.", "");
        p.description.clear();
        assert!(!place_beside_name(&p));
        p.location = Some((3, "Santander".to_string()));
        assert!(place_beside_name(&p));
        p.location = Some((4, "Santander".to_string()));
        assert!(!place_beside_name(&p));
    }
}
