//! A column's own flow across pages: on a page read column after column, the top of a
//! later column that opens without a section heading is carried to the top of the page
//! when that column opened with a heading on the page before.
//!
//! Takes each page's lines in reading order, with where its later column starts
//! ([`Later`], found by [`super::columns`]); gives the same lines, the carried ones moved
//! up. Columns that each open with a section heading run their own flows (a designed
//! two-column CV: each column's sections go on over the pages in that column), so the
//! lines at the top of such a column on the next page, before its first heading, go on
//! with that column's last section, read last on the page before; read after the first
//! column of their page they would join that column's last section instead. A column
//! that opened without a heading on the page before is a newspaper's flow (its top goes
//! on from the column before it) and is left as it is. It does not decide what a line
//! is beyond its size.

use super::columns::Line;
use super::headings::HEADING_RATIO;

/// Where a page's later column sits in its reading, and how each column opens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Later {
    /// How many lines above the columns (a full-width header) the reading starts with.
    pub head: usize,
    /// The index in the reading of the later column's first line.
    pub at: usize,
    /// How many of the later column's lines come before its first section heading.
    pub lead: usize,
    /// Whether the first column read opens with a section heading.
    pub first_opens: bool,
    /// Whether the later column opens with a section heading.
    pub opens: bool,
    /// The later column's left edge.
    pub x: f64,
}

/// Left edges closer than this many points are the same column on two pages: page
/// templates repeat their columns to the point, and a gutter is wider than this.
const SAME_COLUMN: f64 = 12.0;

/// Where the later column `then` starts after `head` header lines and the `first`
/// column, with body text of size `body`.
pub fn later(head: usize, first: &[Line], then: &[Line], body: f64) -> Later {
    let heading = |l: &Line| l.size >= body * HEADING_RATIO;
    Later {
        head,
        at: head + first.len(),
        lead: then.iter().take_while(|l| !heading(l)).count(),
        first_opens: first.first().is_some_and(heading),
        opens: then.first().is_some_and(heading),
        x: then.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min),
    }
}

/// Each page's lead of a later column carried to the top of its page (below its
/// header) where that column ran its own flow on the page before.
pub fn carry_over(pages: &mut [Vec<Line>], laters: &[Option<Later>]) {
    for p in 1..pages.len().min(laters.len()) {
        let (Some(before), Some(now)) = (laters[p - 1], laters[p]) else {
            continue;
        };
        let own_flow = before.opens && (before.x - now.x).abs() <= SAME_COLUMN;
        if !own_flow || !now.first_opens || now.opens || now.lead == 0 {
            continue;
        }
        let lines = &mut pages[p];
        if now.at + now.lead > lines.len() || now.head > now.at {
            continue;
        }
        let carried: Vec<Line> = lines.drain(now.at..now.at + now.lead).collect();
        lines.splice(now.head..now.head, carried);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(page: usize, x0: f64, y: f64, size: f64, text: &str) -> Line {
        Line {
            page,
            x0,
            x1: x0 + 200.0,
            cell_x0: x0,
            y,
            bottom: y,
            size,
            column: x0 as u32,
            min_size: size,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    /// A page of two columns: `left` and `right` line texts, a `#` first marking a
    /// heading.
    fn page(p: usize, left: &[&str], right: &[&str]) -> (Vec<Line>, Later) {
        let col = |x0: f64, texts: &[&str]| -> Vec<Line> {
            texts
                .iter()
                .enumerate()
                .map(|(k, t)| match t.strip_prefix('#') {
                    Some(h) => line(p, x0, 50.0 + 14.0 * k as f64, 16.0, h),
                    None => line(p, x0, 50.0 + 14.0 * k as f64, 10.0, t),
                })
                .collect()
        };
        let (l, r) = (col(30.0, left), col(300.0, right));
        let later = later(0, &l, &r, 10.0);
        (l.into_iter().chain(r).collect(), later)
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn a_column_running_its_own_flow_carries_its_top_to_the_top_of_the_next_page() {
        let (one, a) = page(0, &["#Profile", "text"], &["#Research", "PhD", "thesis"]);
        let (two, b) = page(1, &["#Awards", "prize"], &["Internship", "study", "#Other"]);
        let mut pages = vec![one, two];
        carry_over(&mut pages, &[Some(a), Some(b)]);
        assert_eq!(
            texts(&pages[1]),
            ["Internship", "study", "Awards", "prize", "Other"]
        );
    }

    #[test]
    fn a_newspaper_flow_is_left_as_it_is() {
        // The later column opened without a heading on the page before: its top goes on
        // from the column before it, on every page.
        let (one, a) = page(0, &["#Profile", "text"], &["more text", "#Research"]);
        let (two, b) = page(1, &["#Awards", "prize"], &["Internship", "#Other"]);
        let mut pages = vec![one, two.clone()];
        carry_over(&mut pages, &[Some(a), Some(b)]);
        assert_eq!(texts(&pages[1]), texts(&two));
    }
}
