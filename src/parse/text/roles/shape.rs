//! The section's own shape, read from its jobs whose fields the vocabulary knows and
//! carried to the ones it doesn't: where the other jobs write "Employer, Town" on one
//! line with a known town, the same short name in the same place after this job's
//! employer is its town; where they all put the title before the employer (on a line
//! above it or before it on one line), a job whose two names neither list knows is
//! read in the same order.
//!
//! Takes a jobs section's entries and the fields `pick` chose for one; gives the
//! [`Shape`] and applies it to those fields. It reads no line but the employer's, and
//! decides nothing else.

use super::pick::{pick, Picked, MAX_TOWN_WORDS};
use crate::parse::text::dates::find_dates;
use crate::parse::text::entries::Entry;
use crate::parse::text::header::has_org_word;
use crate::parse::text::lines::word_count;
use crate::parse::text::places::place_words;
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

/// What a jobs section's entries show in common.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Some job writes its known place on its employer's line.
    pub places_after_names: bool,
    /// Jobs whose title comes before their employer, with both on one line (`[0]`)
    /// or on lines of their own (`[1]`): the two layouts are separate evidence.
    pub title_first: [usize; 2],
    /// Jobs whose employer comes before their title, likewise.
    pub name_first: [usize; 2],
}

impl Shape {
    /// The shape of a jobs section, from the fields picked for each entry alone.
    pub fn of(entries: &[Entry], line_text: impl Fn(usize) -> String) -> Shape {
        let mut shape = Shape::default();
        for e in entries {
            let p = pick(e, None);
            shape.places_after_names |= place_beside_name(&p);
            match title_first(&p, &line_text) {
                Some((true, apart)) => shape.title_first[apart] += 1,
                Some((false, apart)) => shape.name_first[apart] += 1,
                None => {}
            }
        }
        shape
    }

    /// Applies the section's shape to one job's fields.
    pub fn apply(&self, p: &mut Picked, line_text: impl Fn(usize) -> String) {
        self.same_order(p, &line_text);
        if self.places_after_names {
            place_after_name(p, &line_text);
        }
    }

    /// "Baby-sitter – Private families" where every other job reads "Cashier – Kelda
    /// Foods": when neither name is a known title or organisation, the order the
    /// section's other jobs keep decides which is which.
    fn same_order(&self, p: &mut Picked, line_text: &impl Fn(usize) -> String) {
        let Some((false, apart)) = title_first(p, line_text) else {
            return;
        };
        // This job counted as employer first; the others are the rest.
        let others_name_first = self.name_first[apart].saturating_sub(1);
        let (Some((_, name)), Some((_, title))) = (&p.name, &p.position) else {
            return;
        };
        let unknown = !has_org_word(name)
            && !ends_with_title(name)
            && !ends_with_title(title)
            && !has_org_word(title);
        if unknown && self.title_first[apart] >= PEERS_NEEDED[apart] && others_name_first == 0 {
            std::mem::swap(&mut p.name, &mut p.position);
            // Read title first, the employer stands under its title: a company heading
            // a group of roles stands above them, so this one heads none.
            p.heads_group = false;
        }
    }
}

/// Jobs that must show the order before it is trusted, by layout: on one line, one is
/// enough; on lines of their own, a group heading over an entry (a company, a kind of
/// post) looks like a title above its employer, so two jobs must show it.
const PEERS_NEEDED: [usize; 2] = [1, 2];

/// Whether the job's title stands before its employer (on a line above it, or before
/// it on one line), and which layout (1: lines of their own). `None` without both, or
/// with the employer from a company heading.
fn title_first(p: &Picked, line_text: &impl Fn(usize) -> String) -> Option<(bool, usize)> {
    let ((n, name), (t, title)) = (p.name.as_ref()?, p.position.as_ref()?);
    if p.inherited || *n == usize::MAX || *t == usize::MAX {
        return None;
    }
    if n != t {
        return Some((t < n, 1));
    }
    let line = line_text(*n);
    Some((line.find(title.as_str())? < line.find(name.as_str())?, 0))
}

/// An entry whose employer and place the reader found on one line, in that order.
fn place_beside_name(p: &Picked) -> bool {
    matches!((&p.name, &p.location), (Some((n, _)), Some((l, _))) if n == l)
}

/// "Kelda Dairies, Vierzon" (or "Kelda Dairies | Vierzon", a tab between) where a
/// sibling reads "Acme S.A., Paris": a short capitalised name right after the employer
/// on its line, left over as a description, is where the job was.
fn place_after_name(p: &mut Picked, line_text: &impl Fn(usize) -> String) {
    if p.location.is_some() {
        return;
    }
    let Some((at, name)) = p.name.clone() else {
        return;
    };
    let line = line_text(at);
    // Right after the name past a comma; or past a bar, a dash or a gap (a tab's
    // column) where nothing but dates follows it (else it may be the next name).
    let seps = |c: char| c.is_whitespace() || matches!(c, ',' | '|' | '–' | '—' | '·');
    let next_to_name = |d: &str| {
        line.contains(&format!("{name}, {d}"))
            || line.find(name.as_str()).is_some_and(|n| {
                let rest = line[n + name.len()..].trim_start_matches(seps);
                rest.strip_prefix(d).is_some_and(|r| {
                    let r = r.trim_start_matches(seps);
                    r.is_empty() || find_dates(r).first().is_some_and(|x| x.span.start == 0)
                })
            })
    };
    let Some(k) = p.description.iter().position(|(i, d)| {
        *i == at
            && next_to_name(d)
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
        let mut p = picked("Kelda Dairies", "Vierzon");
        place_after_name(&mut p, &|_| "Kelda Dairies, Vierzon".to_string());
        assert_eq!(p.location, Some((3, "Vierzon".to_string())));
        assert!(p.description.is_empty());
    }

    #[test]
    fn a_name_after_the_employer_across_a_tab_or_a_bar_is_its_town() {
        for line in ["Kelda Dairies\tVierzon", "Kelda Dairies | Vierzon"] {
            let mut p = picked("Kelda Dairies", "Vierzon");
            place_after_name(&mut p, &|_| line.to_string());
            assert_eq!(p.location, Some((3, "Vierzon".to_string())), "{line}");
        }
    }

    #[test]
    fn a_team_or_a_sentence_after_the_employer_stays_a_description() {
        for desc in ["Quality Manager", "worked on the night shift", "Unit 12"] {
            let mut p = picked("Kelda Dairies", desc);
            place_after_name(&mut p, &|_| format!("Kelda Dairies, {desc}"));
            assert_eq!(p.location, None, "{desc}");
        }
    }

    #[test]
    fn the_section_shape_needs_a_place_on_an_employer_line() {
        let mut p = picked("Acme S.A.", "");
        p.description.clear();
        assert!(!place_beside_name(&p));
        p.location = Some((3, "Paris".to_string()));
        assert!(place_beside_name(&p));
        p.location = Some((4, "Paris".to_string()));
        assert!(!place_beside_name(&p));
    }

    #[test]
    fn two_unknown_names_follow_the_order_the_section_keeps() {
        let line = "Baby-sitter – Private families, Kelby";
        let mut p = Picked {
            name: Some((3, "Baby-sitter".to_string())),
            position: Some((3, "Private families".to_string())),
            ..Picked::default()
        };
        let shape = Shape {
            title_first: [2, 0],
            name_first: [1, 0],
            ..Shape::default()
        };
        shape.same_order(&mut p, &|_| line.to_string());
        assert_eq!(p.position, Some((3, "Baby-sitter".to_string())));
        // Where another job also puts its employer first, the order is no evidence.
        let mut q = Picked {
            name: Some((3, "Baby-sitter".to_string())),
            position: Some((3, "Private families".to_string())),
            ..Picked::default()
        };
        let shape = Shape {
            title_first: [2, 0],
            name_first: [2, 0],
            ..Shape::default()
        };
        shape.same_order(&mut q, &|_| line.to_string());
        assert_eq!(q.name, Some((3, "Baby-sitter".to_string())));
    }

    #[test]
    fn on_lines_of_their_own_the_order_needs_two_jobs() {
        let two_names = || Picked {
            name: Some((3, "Baby-sitter".to_string())),
            position: Some((4, "Private families".to_string())),
            ..Picked::default()
        };
        let one = Shape {
            title_first: [0, 1],
            name_first: [0, 1],
            ..Shape::default()
        };
        let mut p = two_names();
        one.same_order(&mut p, &|_| String::new());
        assert_eq!(p.name, Some((3, "Baby-sitter".to_string())));
        let two = Shape {
            title_first: [0, 2],
            name_first: [0, 1],
            ..Shape::default()
        };
        two.same_order(&mut p, &|_| String::new());
        assert_eq!(p.position, Some((3, "Baby-sitter".to_string())));
        // Its name under its title now, the entry heads no roles below it.
        let mut q = Picked {
            heads_group: true,
            ..two_names()
        };
        two.same_order(&mut q, &|_| String::new());
        assert!(!q.heads_group);
    }
}
