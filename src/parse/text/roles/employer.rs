//! Where a job entry's employer stands when no separator says so: a line of its own
//! (with its town), beside the title and a place, or right after the title on the
//! dated line.
//!
//! Takes the entry and its header pieces (line, piece, whether the line holds a title)
//! with the pieces already used; gives the index of the employer's piece. Choosing
//! among these finders is `pick`'s job.

use crate::parse::text::entries::Entry;
use crate::parse::text::header::{Kind, Piece};
use crate::parse::text::lines::{is_sentence_like, word_count};
use crate::parse::text::places::place_words;
use crate::parse::text::vocab;

/// A line of its own holding a name and, after it, a short capitalised one: an
/// employer and its town. Returns both pieces.
pub(super) fn name_and_town(
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
) -> Option<(usize, usize)> {
    (0..pieces.len().saturating_sub(1)).find_map(|k| {
        let ((i, a, has_title), (j, b, _)) = (pieces[k], pieces[k + 1]);
        let only_two = pieces.iter().filter(|(l, _, _)| *l == i).count() == 2;
        (i == j
            && only_two
            && !has_title
            && !used[k]
            && !used[k + 1]
            && a.kind == Kind::Other
            && b.kind == Kind::Other
            && word_count(&a.text) >= 2
            && name_like(&a.text)
            && word_count(&b.text) <= 3
            && place_words(&b.text))
        .then_some((k, k + 1))
    })
}

/// The first piece of an entry's first line when that line holds no title and no
/// dates, a title follows on a line below, and the piece reads as a name.
pub(super) fn own_employer_line(
    e: &Entry,
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
) -> Option<usize> {
    let (&first, head) = e.header.first().zip(e.heads.first())?;
    let title_below = e.heads.iter().skip(1).any(|h| h.has(|k| *k == Kind::Title));
    if !title_below || !head.dates.is_empty() || head.has(|k| *k == Kind::Title) {
        return None;
    }
    let k = pieces.iter().position(|(i, _, _)| *i == first)?;
    let p = pieces[k].1;
    (!used[k]
        && p.kind == Kind::Other
        && name_like(&p.text)
        && word_count(&p.text) <= MAX_NAME_WORDS)
        .then_some(k)
}

/// Most words of an employer's name opening an entry's first line.
const MAX_NAME_WORDS: usize = 5;

/// A name on a line holding a title and a place.
pub(super) fn employer_beside_title(
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
) -> Option<usize> {
    pieces
        .iter()
        .enumerate()
        .position(|(k, (i, p, has_title))| {
            !used[k]
                && *has_title
                && p.kind == Kind::Other
                && name_like(&p.text)
                && word_count(&p.text) >= 2
                && pieces
                    .iter()
                    .any(|(j, q, _)| j == i && q.kind == Kind::Location)
        })
}

/// A name right after the title on the line that holds the entry's dates ("Intern,
/// Dairy Co, Town    2015" over "Routine analysis"): that line names the whole role,
/// as entry macros print it, so a line under it says what the role did.
pub(super) fn employer_after_dated_title(
    e: &Entry,
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
) -> Option<usize> {
    let k = pieces.iter().position(|(_, p, _)| p.kind == Kind::Title)? + 1;
    let (i, p, _) = pieces.get(k)?;
    let dated = e
        .header
        .iter()
        .zip(&e.heads)
        .any(|(l, h)| l == i && !h.dates.is_empty());
    (dated
        && !used[k]
        && pieces[k - 1].0 == *i
        && p.kind == Kind::Other
        && name_like(&p.text)
        && word_count(&p.text) >= 2
        && !vocab::ends_with_subunit(&p.text))
    .then_some(k)
}

/// A short phrase without sentence punctuation, as organisation names are.
pub(super) fn name_like(s: &str) -> bool {
    // "Acme Co." ends in an abbreviation; "Worked on the billing team." is a sentence.
    let abbreviation = s.rsplit(' ').next().is_some_and(|w| w.len() <= 4);
    // Lower-case words all through make a sentence, not a name.
    (!s.ends_with('.') || abbreviation)
        && s.split_whitespace().count() <= 8
        && s.chars().next().is_some_and(|c| !c.is_lowercase())
        && !(word_count(s) >= 4 && is_sentence_like(s))
}

/// "Store Manager, Halfords, Swindon": the piece after the employer's, last on the same
/// line that also holds the title, in capitalised words with no title or organisation
/// word, is the town — title, employer, town is the order a one-line job is written in.
/// So is the second of two pieces on an employer's line of its own under the title
/// ("Kirkstall Playground, Leeds"): the same order over two lines.
pub(super) fn town_after_name(
    pieces: &[(usize, &Piece, bool)],
    used: &[bool],
    name: usize,
) -> Option<usize> {
    let k = name + 1;
    let (line, p, has_title) = *pieces.get(k)?;
    let last = pieces.get(k + 1).map_or(true, |(l, _, _)| *l != line);
    let own_line = pieces.iter().filter(|(l, _, _)| *l == line).count() == 2
        && pieces
            .iter()
            .any(|(l, q, _)| *l != line && q.kind == Kind::Title);
    (line == pieces[name].0
        && (has_title || own_line)
        && last
        && !used[k]
        && p.kind == Kind::Other
        && word_count(&p.text) <= super::pick::MAX_TOWN_WORDS
        && !p.text.contains(|c: char| c.is_ascii_digit())
        && place_words(&p.text))
    .then_some(k)
}
