//! A degree wrapped over two lines in a narrow column ("Bachelor of Business" over
//! "Administration, Marketing"): a sidebar's short lines cut a degree's name where a
//! word of it must follow, so the line below finishes it.
//!
//! Takes an education entry; gives it with the degree's line read whole and the line
//! that finished it taken out of the body, and that line's index. It does not read the
//! degree (`education` does) nor join a line that names a school, a date or a new field.

use crate::parse::text::education::degree;
use crate::parse::text::entries::Entry;
use crate::parse::text::header;
use crate::parse::text::normalise::Line;
use crate::parse::text::vocab;

/// The entry with its first degree line joined to the line below, when the degree
/// ends its line and the join makes the degree's own name longer.
pub(super) fn rejoin(lines: &[Line], e: &Entry) -> Option<(Entry, usize)> {
    let k = e.heads.iter().position(|h| degree(&h.rest).is_some())?;
    let (i, rest) = (e.header[k], e.heads[k].rest.trim_end());
    let d = degree(rest)?;
    let j = i + 1;
    let next = lines.get(j)?.plain.trim();
    let continues = d.span.end >= rest.len()
        && (e.body.first() == Some(&j) || e.header.get(k + 1) == Some(&j))
        && next.starts_with(char::is_uppercase)
        && !next.chars().any(|c| c.is_ascii_digit())
        && !next.split_whitespace().any(vocab::is_institution_word);
    if !continues {
        return None;
    }
    let joined = format!("{rest} {next}");
    let whole = degree(&joined)?;
    // Only a join that lengthens the degree's own name ("Bachelor of Business" →
    // "… Business Administration"): a field on the next line is read as it is.
    if whole.span.start != d.span.start || whole.study_type.len() <= d.study_type.len() {
        return None;
    }
    let mut out = e.clone();
    out.heads[k] = header::read(&joined);
    out.body.retain(|&b| b != j);
    if out.header.get(k + 1) == Some(&j) {
        out.header.remove(k + 1);
        out.heads.remove(k + 1);
    }
    Some((out, j))
}
