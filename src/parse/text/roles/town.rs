//! Where a job was, told by a short name alone on a line of its own in the entry's
//! header ("Kaizen Fashion Sàrl" over "Lausanne").
//!
//! Takes the header pieces `pick` works on, which are used, and the line the employer
//! was named on (`usize::MAX` when it came from the company heading the roles above);
//! gives the piece that names the town, if any. It doesn't read places the vocabulary
//! knows (those are `Kind::Location` already) nor pick any other field.

use super::pick::MAX_TOWN_WORDS;
use crate::parse::text::entries::Entry;
use crate::parse::text::header::{Kind, Piece};
use crate::parse::text::lines::word_count;
use crate::parse::text::places::place_words;
use crate::parse::text::vocab;

/// The piece naming the job's town: a short capitalised name alone on its line
/// (titles carry a title word, which no place has), right under another header line —
/// or under its dates on a line of their own (profile exports give each role as title, dates, town) — a line
/// further off is a heading or a stray — below the employer's line, and not over a
/// dated line, which a heading stands over.
pub(super) fn town_line(
    e: &Entry,
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
    name_line: Option<usize>,
) -> Option<usize> {
    if pieces.iter().any(|(_, p, _)| p.kind == Kind::Location) {
        return None;
    }
    let name_line = name_line?;
    // Under the company heading the roles, only a line under the role's dates alone.
    let inherited = name_line == usize::MAX;
    // A name set beside the employer's ("Dairy Co, Wurzen") is where it is; the line
    // below then says what the role did.
    let beside_name = pieces
        .iter()
        .enumerate()
        .any(|(k, (l, p, _))| *l == name_line && !used[k] && p.kind == Kind::Other);
    if beside_name && !inherited {
        return None;
    }
    let dated = |l: usize| {
        e.header
            .iter()
            .zip(&e.heads)
            .any(|(&h, head)| h == l && !head.dates.is_empty())
    };
    pieces
        .iter()
        .enumerate()
        .position(|(k, &(line, p, has_title))| {
            let town_like = !used[k]
            && p.kind == Kind::Other
            && p.alone
            && !has_title
            && word_count(&p.text) <= MAX_TOWN_WORDS
            && place_words(&p.text)
            && !vocab::is_employment_type(&p.text)
            && !vocab::ends_with_subunit(&p.text)
            // Codes and shouted labels ("VISITING") are no town's name.
            && !p.text.contains(|c: char| c.is_ascii_digit())
            && p.text.chars().any(char::is_lowercase);
            if !town_like {
                return false;
            }
            // A bracket left on the line is a wrapped sentence's end ("Sanger)").
            let bracket = e
                .header
                .iter()
                .zip(&e.heads)
                .any(|(&l, h)| l == line && h.rest.contains(['(', ')']));
            let under_dates_alone =
                line > 0 && dated(line - 1) && !pieces.iter().any(|(l, _, _)| *l + 1 == line);
            let under_header = pieces.iter().any(|(l, _, _)| *l + 1 == line) || under_dates_alone;
            let placed = if inherited {
                under_dates_alone
            } else {
                line > name_line && under_header
            };
            placed && !bracket && !e.header.iter().any(|&l| l > line && dated(l))
        })
}
