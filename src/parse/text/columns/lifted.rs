//! A main column's date level with a sidebar's heading: `pdftotext` without `-layout`
//! reads a page's lines across both columns where they stand level, so an entry's
//! dates, set right of its header, can come out right under the sidebar's heading
//! ("Tools") as if they were its first item.
//!
//! Takes the text; gives it with each such date line moved back above the sidebar
//! heading, after the entry's header it belongs to, with each line's source line
//! number, or `None` when there is none. The date line is a date range alone on the
//! line right under a sidebar heading (skills, languages, certificates: items are words,
//! not spans of time; a certificate's single year stays), and the line above the
//! heading, past blank lines, is text, not a heading. It does not read the lines
//! further.

use super::super::dates::find_dates;
use super::{heading_kind_of, is_date_cell, is_sidebar, reordered};

/// The text with each date range under a sidebar heading moved back above it.
pub(super) fn lift(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |k: usize| lines[k].trim().is_empty();
    // (heading line, date line)
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (h, l) in lines.iter().enumerate() {
        if !heading_kind_of(l.trim()).is_some_and(is_sidebar) {
            continue;
        }
        let Some(d) = lines.get(h + 1).map(|l| l.trim()) else {
            continue;
        };
        let ranged = find_dates(d).iter().any(|s| s.range);
        let above = (0..h).rev().find(|&k| !blank(k));
        let text_above = above.is_some_and(|k| heading_kind_of(lines[k].trim()).is_none());
        if ranged && is_date_cell(d) && text_above {
            moves.push((above.unwrap_or(h), h + 1));
        }
    }
    if moves.is_empty() {
        return None;
    }
    let mut order: Vec<usize> = Vec::with_capacity(lines.len());
    for k in 0..lines.len() {
        if moves.iter().any(|&(_, d)| d == k) {
            continue;
        }
        order.push(k);
        if let Some(&(_, d)) = moves.iter().find(|&&(a, _)| a == k) {
            order.push(d);
        }
    }
    Some(reordered(&lines, &order))
}

#[cfg(test)]
mod tests {
    use super::lift;

    #[test]
    fn a_date_under_a_sidebar_heading_goes_back_to_its_entry() {
        let text = "EXPERIENCE\nHead Gardener\nVilla Rosa\n\nSKILLS\n2021 – 2024\n\nPruning\n";
        let (got, _) = lift(text).expect("a lifted date");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got[2..5], ["Villa Rosa", "2021 – 2024", "SKILLS"]);
    }

    #[test]
    fn a_certificate_year_stays() {
        assert!(lift("CERTIFICATES\n2019\nFirst aid\n").is_none());
    }
}
