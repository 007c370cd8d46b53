//! Dates set right of an entry's header, read after it: `pdftotext` without `-layout`
//! reads text set apart on the right of a block (an entry's dates, its town below
//! them) as a block of its own, after the lines on the left, so a blank line parts an
//! entry's header from its dates and the header's lines no longer read as one entry.
//!
//! Takes the text; gives it with the blank lines between such a header and its dates
//! taken out, with each line's source line number, or `None` when there are none. The
//! dates' block is a short date range alone, with at most one short undated line under
//! it (a town), and no other dates' block follows it (several entries' dates read
//! after all their headers: which goes with which is unknown); the block above is the
//! header: no more than a header's lines, no date, no bullet, no sentence's end, in a
//! section of entries. A section whose first line is a date alone writes its dates
//! first, above each entry: there a dates' block belongs to the block below, and the
//! section is left as it is. It does not move lines or read them further.

use super::super::dates::find_dates;
use super::{has_entries, heading_kind_of, heading_lines, is_date_cell, reordered, POINT_CHARS};

/// Longest line of dates alone: a longer line is an entry that holds a date.
const MAX_DATE_CHARS: usize = 40;
/// Lines of a dates' block: the dates and the town set under them.
const MAX_DATE_BLOCK: usize = 2;
/// Lines of an entry's header (organisation, title, place, a line on what it was): a
/// longer block is the entry's text.
const MAX_HEADER_LINES: usize = 4;

/// The text with each entry's header joined again to the dates read after it.
pub(super) fn rejoin(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |k: usize| lines[k].trim().is_empty();
    let dated = |k: usize| !find_dates(lines[k]).is_empty();
    let dates_alone = |k: usize| {
        let t = lines[k].trim();
        t.chars().count() <= MAX_DATE_CHARS
            && find_dates(t).iter().any(|d| d.range)
            && is_date_cell(t)
    };
    let heads = heading_lines(&lines);
    let blocks = blocks(&lines);
    // Sections that write their dates first: their first line is a date alone (a
    // range, or the single month of a short post).
    let date_alone = |k: usize| {
        let t = lines[k].trim();
        t.chars().count() <= MAX_DATE_CHARS
            && t.bytes().any(|b| b.is_ascii_digit())
            && is_date_cell(t)
    };
    let dates_first = |h: usize| {
        (h + 1..lines.len())
            .find(|&k| !blank(k))
            .is_some_and(date_alone)
    };
    let mut cut: Vec<usize> = Vec::new();
    for (i, pair) in blocks.windows(2).enumerate() {
        let [(a, a_end), (d, d_end)] = [pair[0], pair[1]];
        if !dates_alone(d) || d_end - d > MAX_DATE_BLOCK {
            continue;
        }
        // A second dates' block right after: the dates of several entries read after
        // all their headers, and which goes with which is unknown.
        if blocks.get(i + 2).is_some_and(|&(n, _)| dates_alone(n)) {
            continue;
        }
        let town = |k: usize| {
            let t = lines[k].trim();
            !dated(k)
                && t.chars().count() < POINT_CHARS
                && !bulleted(t)
                && heading_kind_of(t).is_none()
        };
        if !(d + 1..d_end).all(town) {
            continue;
        }
        // The section the dates stand in, and the header's first line past its heading.
        let Some(&(h, kind)) = heads.iter().rev().find(|&&(h, _)| h < d) else {
            continue;
        };
        let first = if h == a { a + 1 } else { a };
        if !has_entries(kind)
            || h > a
            || first >= a_end
            || a_end - first > MAX_HEADER_LINES
            || dates_first(h)
        {
            continue;
        }
        let header = (first..a_end).all(|k| {
            let t = lines[k].trim();
            !dated(k) && !bulleted(t) && !t.ends_with('.') && heading_kind_of(t).is_none()
        });
        if header {
            cut.extend(a_end..d);
        }
    }
    if cut.is_empty() {
        return None;
    }
    let order: Vec<usize> = (0..lines.len()).filter(|k| !cut.contains(k)).collect();
    Some(reordered(&lines, &order))
}

/// A line that opens with a bullet: a point, not a header's.
fn bulleted(t: &str) -> bool {
    t.starts_with(['•', '●', '-', '–', '*', '▪', '◦'])
}

/// The runs of non-blank lines, as `start..end` line indices.
fn blocks(lines: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        if lines[k].trim().is_empty() {
            k += 1;
            continue;
        }
        let s = k;
        while k < lines.len() && !lines[k].trim().is_empty() {
            k += 1;
        }
        out.push((s, k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rejoin;

    #[test]
    fn dates_read_after_a_header_join_it_again() {
        let text = "\
EDUCATION
Kelda University
Master degree in Biology
Double degree with Tamsin College

2015 – 2016
Brno, Czechia

Tamsin College
Bachelor degree in Biology

2011 – 2015
";
        let (got, origin) = rejoin(text).expect("dates to rejoin");
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(
            got[3..6],
            [
                "Double degree with Tamsin College",
                "2015 – 2016",
                "Brno, Czechia"
            ]
        );
        assert_eq!(
            got[7..10],
            [
                "Tamsin College",
                "Bachelor degree in Biology",
                "2011 – 2015"
            ]
        );
        assert_eq!(origin[4], 6);
    }

    #[test]
    fn dates_written_first_stay_with_the_entry_below() {
        let text = "\
EDUCATION

2015 – 2016

Master degree in Biology
Kelda University

2011 – 2015

Bachelor degree in Biology
";
        assert!(rejoin(text).is_none());
    }

    #[test]
    fn a_single_date_first_marks_dates_first_too() {
        let text = "\
EXPERIENCE
03/2023

Intern, Villa Rosa

since 09/2022

Gardener, Orto Botanico
";
        assert!(rejoin(text).is_none());
    }

    #[test]
    fn dates_after_points_stay() {
        let text = "\
EXPERIENCE
Head Gardener, Villa Rosa
• Replanted the lower terraces.

2019 – 2021
Gardener, Orto Botanico
";
        assert!(rejoin(text).is_none());
    }
}
