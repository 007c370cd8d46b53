//! Notes in brackets on how or how long a job was held ("(Teilzeit 40%)", "(3 Wochen)",
//! "(part-time)"), taken out of a header line; and an employer's address line ("Street
//! 8/4, Town"), read as a place.
//!
//! Takes a header line's text with its dates removed (or a segment's comma parts);
//! gives the text without the notes and the notes (or the address's pieces). Which
//! words make a note is the lexicon's.

use super::pieces::piece;
use super::{Kind, Piece};
use crate::parse::text::places::{is_location, is_street};

/// "Thurngasse 8/4, Vienna (Austria)": an employer's address, street then town; the
/// town is where the job was, the street no field of its own. Whether `parts` were such
/// an address (their pieces then added to `out`).
pub(super) fn address(parts: &[&str], out: &mut Vec<Piece>) -> bool {
    let [street, town] = parts[..] else {
        return false;
    };
    if !(is_street(street) && is_location(town)) {
        return false;
    }
    out.push(piece(Kind::Desc, street));
    out.push(piece(Kind::Location, town));
    true
}

/// "Acme AG, Ebikon (Teilzeit 40%)": brackets holding how or how long the job was held
/// are taken out of the line, which keeps the employer's name and place clean.
pub(super) fn employment_notes(rest: &str) -> (String, Vec<String>) {
    if !rest.contains('(') {
        return (rest.to_string(), Vec::new());
    }
    let mut notes = Vec::new();
    let mut cut = Vec::new();
    // One pass over the brackets, innermost first; only short ones can be notes.
    let mut open = Vec::new();
    for (k, c) in rest.char_indices() {
        match c {
            '(' => open.push(k),
            ')' => {
                if let Some(o) = open.pop() {
                    let inner = &rest[o + 1..k];
                    if inner.len() <= MAX_NOTE_BYTES
                        && crate::parse::text::lexicon::is_employment_note(inner)
                    {
                        notes.push(inner.trim().to_string());
                        cut.push(o..k + 1);
                    }
                }
            }
            _ => {}
        }
    }
    if cut.is_empty() {
        return (rest.to_string(), notes);
    }
    let mut out = String::with_capacity(rest.len());
    let mut last = 0;
    cut.sort_by_key(|r| r.start);
    for r in cut {
        if r.start < last {
            continue;
        }
        out.push_str(&rest[last..r.start]);
        out.push(' ');
        last = r.end;
    }
    out.push_str(&rest[last..]);
    (out, notes)
}

/// Longest bracket that can hold such a note ("Teilzeit 10-20%", "temps partiel").
const MAX_NOTE_BYTES: usize = 40;
