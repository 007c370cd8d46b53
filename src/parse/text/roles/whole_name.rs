//! An organisation's name kept whole as written: the comma-joined parts after the
//! organisation on its line ("Lumen Labs, Tide Division, Kelda University").
//!
//! Takes the header pieces `pick` works on, which are used, and the organisation
//! picked; gives the longer name and marks the parts it took as used. It doesn't pick
//! the organisation, nor touch places, titles, technologies or dates: a part of those
//! kinds ends the name.

use super::employer::name_like;
use crate::parse::text::entries::Entry;
use crate::parse::text::header::{has_org_word, Kind, Piece};
use crate::parse::text::lexicon::CONJUNCTIONS;
use crate::parse::text::vocab;

/// Extends the name picked from piece `k` with the parts that follow it on its line,
/// joined to it by commas in the source, while each reads as part of a name (a name,
/// or one going on after "and": "…, et Écophysiologie des Céréales"). Why: writers
/// give an organisation with its parent or its units in one comma list, and a part
/// that is neither a place, a title nor a date there is more of the same name.
pub(super) fn extend(
    e: &Entry,
    pieces: &[(usize, &Piece, bool)],
    used: &mut [bool],
    k: usize,
    name: &mut String,
) {
    let line = pieces[k].0;
    let Some(rest) = e
        .header
        .iter()
        .zip(&e.heads)
        .find(|(&i, _)| i == line)
        .map(|(_, h)| h.rest.as_str())
    else {
        return;
    };
    // The parts that may go on the name, in order; the name ends on one that reads as
    // an organisation's, since an unknown word standing last is as likely a town —
    // unless the line gives its place apart.
    let mut parts: Vec<usize> = Vec::new();
    let mut name_so_far = name.clone();
    for j in k + 1..pieces.len() {
        let (i, p, _) = pieces[j];
        let goes_on = p
            .text
            .split_whitespace()
            .next()
            .is_some_and(|w| CONJUNCTIONS.contains(&w.to_lowercase().as_str()));
        let joined = format!("{name_so_far}, {}", p.text);
        if i != line
            || used[j]
            || !matches!(p.kind, Kind::Org | Kind::Other)
            || !(name_like(&p.text) || goes_on)
            || !more_of_the_name(&p.text)
            || !rest.contains(&joined)
        {
            break;
        }
        parts.push(j);
        name_so_far = joined;
    }
    // With the place given apart on the line, no town hides among the parts.
    let place_given = pieces
        .iter()
        .any(|(l, p, _)| *l == line && p.kind == Kind::Location);
    while !place_given
        && parts
            .last()
            .is_some_and(|&j| !organisation_like(&pieces[j].1.text))
    {
        parts.pop();
    }
    for j in parts {
        used[j] = true;
        name.push_str(", ");
        name.push_str(&pieces[j].1.text);
    }
}

/// A part that names an organisation of its own: an organisation or institution word
/// ("Clinic", "Institut"), a unit's word ("Team"), or a code in capitals or digits
/// ("UMR 2204", "INRAE").
fn organisation_like(part: &str) -> bool {
    has_org_word(part)
        || vocab::ends_with_subunit(part)
        || part.split_whitespace().any(|w| {
            w.len() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

/// Parts that are something else than more of the name: a unit after it ("Department
/// of Physics" goes to the description, as a unit after a title does), a street
/// address opening with its number, a labelled note ("Supervisor: …").
fn more_of_the_name(part: &str) -> bool {
    let lower = part.to_lowercase();
    !UNIT_OPENERS.iter().any(|u| lower.starts_with(u))
        && !part.starts_with(|c: char| c.is_ascii_digit())
        && !part.contains(':')
}

/// How a unit of an organisation opens its name.
const UNIT_OPENERS: &[&str] = &[
    "department of",
    "dept. of",
    "school of",
    "faculty of",
    "college of",
    "division of",
];
