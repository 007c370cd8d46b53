//! A column resumed after a sidebar: `pdftotext` without `-layout` reads a page's
//! columns one after the other, so where the main column runs on to the next page the
//! sidebar's sections (skills, languages, contacts) stand in the middle of the work
//! history, and the history's next points and jobs follow the sidebar's last items
//! with no heading of their own.
//!
//! Takes the text; gives it with each such resumed run moved back to the end of the
//! section it continues, with each line's source line number, or `None` when there is
//! none. A run is resumed when, after a blank line in a sidebar section (one item a
//! line), it starts mid-entry (a point: a long line or a bulleted one, no entry's
//! header) and holds a date, and the sections between it and the last entries section
//! before it are all sidebar sections. A run that starts with an entry's header is a
//! section whose heading is missing, and stays where it is. It does not read the lines.

use super::super::sections::SectionKind;
use super::{has_entries, heading_lines, is_date_cell, is_sidebar, reordered, BLANK, POINT_CHARS};

/// The text with each resumed run moved back after the section it continues.
pub(super) fn restore(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let heads: Vec<(usize, SectionKind)> = heading_lines(&lines);
    // Moves: (line the run goes before, run start, run end).
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for (s, &(h, kind)) in heads.iter().enumerate() {
        if !is_sidebar(kind) {
            continue;
        }
        let end = heads.get(s + 1).map_or(lines.len(), |&(k, _)| k);
        let Some(start) = resumed_run(&lines[h + 1..end]).map(|r| h + 1 + r) else {
            continue;
        };
        // Back over the sidebar sections to the entries section the run continues.
        let mut first_side = s;
        while first_side > 0 && is_sidebar(heads[first_side - 1].1) {
            first_side -= 1;
        }
        if first_side == 0 || !has_entries(heads[first_side - 1].1) {
            continue;
        }
        moves.push((heads[first_side].0, start, end));
    }
    if moves.is_empty() {
        return None;
    }
    let mut order: Vec<usize> = Vec::with_capacity(lines.len() + 1);
    let mut k = 0;
    while k < lines.len() {
        // Every run going back before this line, in their order (two sidebar
        // sections may each end with one).
        for &(_, start, end) in moves.iter().filter(|m| m.0 == k) {
            order.extend(start..end);
            // A blank line parts the run from what follows.
            order.push(BLANK);
        }
        if let Some(&(_, _, end)) = moves.iter().find(|m| m.1 == k) {
            k = end;
            continue;
        }
        order.push(k);
        k += 1;
    }
    Some(reordered(&lines, &order))
}

/// Where in a sidebar section's body (its lines after the heading) a resumed run
/// starts, if one does: after a blank line, below a block of items, a run that opens
/// with a point and holds a date.
fn resumed_run(body: &[&str]) -> Option<usize> {
    let blank = |l: &str| l.trim().is_empty();
    let item = |l: &str| blank(l) || l.trim().chars().count() < POINT_CHARS;
    let mut k = body.iter().position(|l| !blank(l))?;
    // The sidebar's items first: at least one.
    let items_end = k + body[k..].iter().position(|l| !item(l))?;
    // Back to the blank line the run starts after.
    k = (k..items_end).rev().find(|&i| blank(body[i]))? + 1;
    let start = k + body[k..].iter().position(|l| !blank(l))?;
    let first = body[start].trim();
    let point = first.chars().count() >= POINT_CHARS || first.starts_with(['•', '-', '–', '*']);
    let dated = body[start..].iter().any(|l| is_date_cell(l));
    (start == items_end && point && dated).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::restore;

    #[test]
    fn a_work_history_resumed_after_the_sidebar_goes_back_to_it() {
        let text = "\
EXPERIENCE
2021 – 2024
Head Gardener, Villa Rosa

SKILLS
Pruning
Irrigation

LANGUAGES
Italian

Replanted the lower terraces with drought-tolerant species
Trained two apprentices in grafting and pruning
2018 – 2021
Gardener, Orto Botanico
";
        let (got, origin) = restore(text).expect("a resumed run");
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(
            got[4],
            "Replanted the lower terraces with drought-tolerant species"
        );
        assert_eq!(got[7], "Gardener, Orto Botanico");
        assert_eq!(got[9], "SKILLS");
        assert_eq!(got.iter().rev().find(|l| !l.is_empty()), Some(&"Italian"));
        assert_eq!(origin[4], 12);
    }

    #[test]
    fn runs_under_two_sidebar_sections_both_go_back() {
        let text = "\
EXPERIENCE
Head Gardener, Villa Rosa

SKILLS
Pruning

Replanted the lower terraces with drought-tolerant species
2021 – 2024

LANGUAGES
Italian

Trained two apprentices in grafting and pruning every spring
2018 – 2021
";
        let (got, _) = restore(text).expect("resumed runs");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got.len(), text.lines().filter(|l| !l.is_empty()).count());
        assert_eq!(
            got[2],
            "Replanted the lower terraces with drought-tolerant species"
        );
        assert_eq!(
            got[4],
            "Trained two apprentices in grafting and pruning every spring"
        );
        assert_eq!(got[6], "SKILLS");
    }

    #[test]
    fn a_section_that_starts_with_an_entry_header_stays() {
        let text = "\
EXPERIENCE
2021 – 2024
Head Gardener, Villa Rosa

SKILLS
Pruning
Irrigation

Gardener, Orto Botanico
2018 – 2021
Replanted the lower terraces with drought-tolerant species
";
        assert!(restore(text).is_none());
    }

    #[test]
    fn a_sidebar_after_no_entries_section_stays() {
        let text = "\
PROFILE
Gardener of twenty years.

SKILLS
Pruning

Replanted the lower terraces with drought-tolerant species
2018 – 2021
";
        assert!(restore(text).is_none());
    }
}
