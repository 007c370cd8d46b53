//! An entries heading left empty: `pdftotext` without `-layout` reads a page's columns
//! block by block, so a main column's heading ("Experience") can stand level with a
//! sidebar's ("Education") with nothing under it, while the main column's entries come
//! only after the sidebar's last section, under that section's items.
//!
//! Takes the text; gives it with such a run moved back under the empty heading, with
//! each line's source line number, or `None` when there is none. The heading is an
//! entries heading with only blank lines before the next heading; the run is the end of
//! a later sidebar section's body (one item a line), from its first block after the
//! section's first block that holds a sentence-long line, and it must read as the
//! empty heading's content, decided by content, not position: for a schooling heading a
//! degree or a school named, for any other entries heading a date range and a
//! sentence-long line (an entry's header and its points). The search stops at a
//! heading of the empty one's own kind. An empty schooling heading (set apart, so read
//! before or after its lines) also takes back, block by block, the blocks naming a
//! degree or a school from sidebar sections that keep other blocks of their own, and an
//! empty contact heading the blocks with an address or a phone. It does not read the
//! lines further.

use super::super::dates::find_dates;
use super::super::sections::SectionKind;
use super::paired::schooling;
use super::{has_entries, heading_lines, is_sidebar, reordered, BLANK, POINT_CHARS};

/// The text with each empty entries heading given back the run that reads as its own.
pub(super) fn refill(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |k: usize| lines[k].trim().is_empty();
    let heads: Vec<(usize, SectionKind)> = heading_lines(&lines);
    // Moves: (empty heading's line, run start, run end).
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for (i, pair) in heads.windows(2).enumerate() {
        let [(h, kind), (next, _)] = [pair[0], pair[1]];
        if !has_entries(kind) || !(h + 1..next).all(blank) {
            continue;
        }
        let taken = |k: usize| moves.iter().any(|&(_, s, e)| (s..e).contains(&k));
        for (j, &(s, side)) in heads.iter().enumerate().skip(i + 1) {
            if side == kind {
                break;
            }
            let end = heads.get(j + 1).map_or(lines.len(), |&(k, _)| k);
            if !is_sidebar(side) || taken(s + 1) {
                continue;
            }
            let Some(start) = run_start(&lines, s + 1, end) else {
                continue;
            };
            if reads_as(kind, &lines[start..end]) {
                moves.push((h, start, end));
                break;
            }
        }
    }
    let mut blockwise = own_blocks(&lines, &heads, &moves, SectionKind::Education, schooling);
    blockwise.extend(own_blocks(
        &lines,
        &heads,
        &moves,
        SectionKind::Contact,
        contacts,
    ));
    if moves.is_empty() && blockwise.is_empty() {
        return None;
    }
    let mut order: Vec<usize> = Vec::with_capacity(lines.len() + 2);
    let mut k = 0;
    while k < lines.len() {
        if let Some(&(_, _, end)) = moves.iter().find(|m| m.1 == k) {
            k = end;
            continue;
        }
        if let Some(&(_, _, end)) = blockwise.iter().find(|m| m.1 == k) {
            k = end;
            continue;
        }
        order.push(k);
        for &(_, start, end) in blockwise.iter().filter(|m| m.0 == k) {
            order.push(BLANK);
            order.extend(start..end);
        }
        if let Some(&(_, start, end)) = moves.iter().find(|m| m.0 == k) {
            order.push(BLANK);
            order.extend(start..end);
            order.push(BLANK);
        }
        k += 1;
    }
    Some(reordered(&lines, &order))
}

/// Blocks inside other sidebar sections that read as an empty heading of `kind`'s (its
/// heading set apart, read after or before its lines), by `reads`: (heading line,
/// block start, block end). A block is taken only from a section that keeps another
/// block of its own, and none is taken from a run `moves` already moves.
fn own_blocks(
    lines: &[&str],
    heads: &[(usize, SectionKind)],
    moves: &[(usize, usize, usize)],
    want: SectionKind,
    reads: fn(&[&str]) -> bool,
) -> Vec<(usize, usize, usize)> {
    let blank = |k: usize| lines[k].trim().is_empty();
    let body_end = |i: usize| heads.get(i + 1).map_or(lines.len(), |&(k, _)| k);
    let Some(h) =
        (0..heads.len()).find(|&i| heads[i].1 == want && (heads[i].0 + 1..body_end(i)).all(blank))
    else {
        return Vec::new();
    };
    let taken = |k: usize| moves.iter().any(|&(_, s, e)| (s..e).contains(&k));
    let mut out = Vec::new();
    for (i, &(s, kind)) in heads.iter().enumerate() {
        if !is_sidebar(kind) || kind == want {
            continue;
        }
        let mut blocks = Vec::new();
        let mut k = s + 1;
        while k < body_end(i) {
            if blank(k) {
                k += 1;
                continue;
            }
            let b = k;
            while k < body_end(i) && !blank(k) {
                k += 1;
            }
            blocks.push((b, k));
        }
        let ours: Vec<(usize, usize)> = blocks
            .iter()
            .copied()
            .filter(|&(b, e)| !taken(b) && reads(&lines[b..e]))
            .collect();
        if ours.len() < blocks.len() {
            out.extend(ours.into_iter().map(|(b, e)| (heads[h].0, b, e)));
        }
    }
    out
}

/// Digits from which a line holds a phone number (a date or a postcode has fewer).
const PHONE_DIGITS: usize = 7;

/// Whether a block is a contact block: short lines, one with an address or a phone.
fn contacts(block: &[&str]) -> bool {
    let phone = |l: &str| l.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS;
    block.iter().all(|l| l.trim().chars().count() < POINT_CHARS)
        && block.iter().any(|l| l.contains('@') || phone(l))
}

/// Where in a sidebar section's body (`lines[start..end]`) a run of the main column
/// starts: the first block after the body's first one with a sentence-long line.
fn run_start(lines: &[&str], start: usize, end: usize) -> Option<usize> {
    let blank = |k: usize| lines[k].trim().is_empty();
    let first = (start..end).find(|&k| !blank(k))?;
    let mut k = first;
    // Past the first block: the section's own items.
    while k < end && !blank(k) {
        k += 1;
    }
    while k < end {
        while k < end && blank(k) {
            k += 1;
        }
        let s = k;
        while k < end && !blank(k) {
            k += 1;
        }
        if (s..k).any(|l| lines[l].trim().chars().count() >= POINT_CHARS) {
            return Some(s);
        }
    }
    None
}

/// Whether a run reads as the content of an entries heading of `kind`.
fn reads_as(kind: SectionKind, run: &[&str]) -> bool {
    if kind == SectionKind::Education {
        return schooling(run);
    }
    let ranged = run.iter().any(|l| find_dates(l).iter().any(|d| d.range));
    ranged && !schooling(run)
}

#[cfg(test)]
mod tests {
    use super::refill;

    #[test]
    fn an_empty_heading_gets_its_entries_back_from_after_the_sidebar() {
        let text = "\
EXPERIENCE
EDUCATION
Master of Horticulture
University of Pisa

SKILLS
Pruning

Head Gardener
Villa Rosa, Florence | 2021 – 2024
Replanted the lower terraces with drought-tolerant species
";
        let (got, _) = refill(text).expect("an empty heading");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got[..2], ["EXPERIENCE", "Head Gardener"]);
        assert_eq!(got[got.len() - 2..], ["SKILLS", "Pruning"]);
    }

    #[test]
    fn an_empty_schooling_heading_takes_its_degree_from_a_sidebar() {
        let text = "\
LANGUAGES
University of Pisa
Master of Horticulture

Italian

EDUCATION
";
        let (got, _) = refill(text).expect("an empty schooling heading");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            got,
            [
                "LANGUAGES",
                "Italian",
                "EDUCATION",
                "University of Pisa",
                "Master of Horticulture"
            ]
        );
    }

    #[test]
    fn an_empty_contact_heading_takes_its_block_back() {
        let text = "CONTACT\n\nLANGUAGES\nada@example.com\n+39 055 123 4567\n\nItalian\n";
        let (got, _) = refill(text).expect("an empty contact heading");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got[..3], ["CONTACT", "ada@example.com", "+39 055 123 4567"]);
    }

    #[test]
    fn a_sidebar_of_items_keeps_them() {
        let text = "EXPERIENCE\nSKILLS\nPruning\n\nGrafting\n";
        assert!(refill(text).is_none());
    }
}
