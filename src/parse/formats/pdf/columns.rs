//! Spans → lines in reading order: a page's columns found by geometry and read one after
//! the other, the spans of one row in one column joined with a wide gap.
//!
//! Takes one page's spans and its width; gives its lines, top to bottom within each
//! column. Where the columns are is [`super::gutter`]'s finding (columns under a
//! full-width header, a table kept whole); a column is looked into again for columns of
//! its own (three-column designs). Columns of about equal width are read left to right;
//! otherwise the wider is the main text and the narrower a sidebar. A sidebar on the
//! left is read first, as the page reads; one on the right after the whole document's
//! main text, which often runs on over the next pages, unless it holds the largest text
//! (the name) and so leads its page. Spans above the columns (a full-width header) come
//! first. It does not decide what a line is (a heading, an item).

use std::ops::Range;

use super::flow::{self, Later};
use super::gutter::{self, crosses};
use super::spans::Span;

/// A line of reading: one row's spans within one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub page: usize,
    pub x0: f64,
    /// The right edge of the line's last span.
    pub x1: f64,
    /// The left edge of the line's last span: where the text of its last cell starts,
    /// so where that text's wrapped lines start.
    pub cell_x0: f64,
    pub y: f64,
    /// The baseline of the line's last row: below `y` when the rows of a wrapped
    /// paragraph were joined into it, `y` otherwise.
    pub bottom: f64,
    pub size: f64,
    /// Which column of its page the line was read in (the column's left edge, in
    /// points; the lines above a page's columns have one of their own).
    pub column: u32,
    /// The smallest size of the line's spans: below `size` when a larger label or date
    /// sits beside body text on one row.
    pub min_size: f64,
    pub text: String,
    /// The byte ranges of `text` that are bold words, in order.
    pub bold: Vec<Range<usize>>,
}

/// The separator between spans of one line: a wide gap, as the text reader expects.
pub const WIDE_GAP: &str = "    ";

/// A page's lines in reading order: those read in place, and a sidebar's, read after
/// the whole document's main text (a main column often runs on over the next pages).
#[derive(Debug, Default)]
pub struct Reading {
    pub main: Vec<Line>,
    pub sidebar: Vec<Line>,
    /// Where a page's later column starts, when its columns are read one after the
    /// other in place (for [`super::flow`]).
    pub later: Option<Later>,
}

/// The page's lines in reading order.
pub fn read_order(spans: &[Span], width: f64) -> Reading {
    if std::env::var_os(DEBUG_VAR).is_some() {
        dump(spans, width);
    }
    read_block(spans.iter().collect(), 0.0, width, 0)
}

/// Set this variable to have each page's spans printed to stderr as they come in:
/// how a layout's geometry is looked at when reading order goes wrong.
pub const DEBUG_VAR: &str = "VITAE_DEBUG_PDF_SPANS";

fn dump(spans: &[Span], width: f64) {
    let page = spans.first().map_or(0, |s| s.page + 1);
    let all: Vec<&Span> = spans.iter().collect();
    eprintln!(
        "-- page {page}, width {width:.0}, split {:?}",
        gutter::split(&all, 0.0, width)
    );
    for s in spans {
        eprintln!(
            "{:6.1} {:6.1} {:6.1} {:5.1}  {}",
            s.x0, s.x1, s.y, s.size, s.text
        );
    }
}

/// Columns within columns deeper than this are not looked for: three columns side by
/// side are the most a page is designed with.
const MAX_DEPTH: usize = 2;
/// Columns whose widths are within this ratio are of equal rank (a two- or three-column
/// design), read left to right in place; a narrower one is a sidebar.
const EQUAL_WIDTH: f64 = 0.85;

/// The reading of a block of spans covering `lo..hi` across, columns found within it.
fn read_block(spans: Vec<&Span>, lo: f64, hi: f64, depth: usize) -> Reading {
    let split = (depth < MAX_DEPTH)
        .then(|| gutter::split(&spans, lo, hi))
        .flatten();
    let Some(split) = split else {
        return Reading {
            main: lines(spans, lo.max(0.0).round() as u32),
            ..Reading::default()
        };
    };
    let body = (depth == 0).then(|| body_size(&spans));
    let (mut head, mut left, mut right) = (Vec::new(), Vec::new(), Vec::new());
    for s in spans {
        let crossing = crosses(s, split.x);
        if s.y < split.start || (crossing && s.y < split.top) {
            head.push(s);
        } else if (s.x0 + s.x1) / 2.0 < split.x || (crossing && s.x0 < split.x) {
            left.push(s);
        } else {
            right.push(s);
        }
    }
    let biggest = |side: &[&Span]| side.iter().map(|s| s.size).fold(0.0, f64::max);
    let (lb, rb) = (biggest(&left), biggest(&right));
    let (l_lo, l_hi) = extent(&left);
    let (r_lo, r_hi) = extent(&right);
    let (lw, rw) = (l_hi - l_lo, r_hi - r_lo);
    let (l, r) = (
        read_block(left, l_lo, l_hi, depth + 1),
        read_block(right, r_lo, r_hi, depth + 1),
    );
    let out = lines(head, HEAD_COLUMN - depth as u32);
    let flat = |r: Reading| -> Vec<Line> { r.main.into_iter().chain(r.sidebar).collect() };
    // Columns of equal width are read left to right, as a newspaper's; a narrower one on
    // the left is a sidebar read first, as the page reads; one on the right after the
    // main text (which often runs on over the next pages), unless it holds the largest
    // text (the name) and so leads the page. Within a column nothing is put off.
    let equal = lw.min(rw) >= lw.max(rw) * EQUAL_WIDTH;
    if equal || lw < rw {
        return in_place(out, flat(l), flat(r), body);
    }
    let side_leads = rb > lb + 0.5;
    if side_leads || depth > 0 {
        let (first, then) = if side_leads { (r, l) } else { (l, r) };
        return in_place(out, flat(first), flat(then), body);
    }
    let mut out = out;
    out.extend(flat(l));
    Reading {
        main: out,
        sidebar: flat(r),
        later: None,
    }
}

/// The `head` lines, then the `first` column read, then the `then` column; where the
/// later column starts is kept for a page's own columns (`body`, the page's body size,
/// given at the top level only).
fn in_place(head: Vec<Line>, first: Vec<Line>, then: Vec<Line>, body: Option<f64>) -> Reading {
    let later = body.map(|body| flow::later(head.len(), &first, &then, body));
    Reading {
        main: head.into_iter().chain(first).chain(then).collect(),
        sidebar: Vec::new(),
        later,
    }
}

/// The median size of `spans`: the body text's.
fn body_size(spans: &[&Span]) -> f64 {
    let mut sizes: Vec<f64> = spans.iter().map(|s| s.size).collect();
    sizes.sort_by(f64::total_cmp);
    sizes.get(sizes.len() / 2).copied().unwrap_or(0.0)
}

/// The leftmost and rightmost x of `spans`.
fn extent(spans: &[&Span]) -> (f64, f64) {
    let x0 = spans.iter().map(|s| s.x0).fold(f64::INFINITY, f64::min);
    let x1 = spans.iter().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
    (x0, x1)
}

/// The column number of the lines above a page's columns (less the depth of the
/// block they head), beyond any left edge a page has.
const HEAD_COLUMN: u32 = u32::MAX;

/// Spans of one column into lines, top to bottom.
fn lines(mut spans: Vec<&Span>, column: u32) -> Vec<Line> {
    spans.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<Vec<&Span>> = Vec::new();
    for s in spans {
        match rows.last_mut() {
            Some(row) if (s.y - row[0].y).abs() <= row[0].size.max(s.size) * 0.3 => row.push(s),
            _ => rows.push(vec![s]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            let mut text = String::new();
            let mut bold = Vec::new();
            for (k, s) in row.iter().enumerate() {
                if k > 0 {
                    text.push_str(WIDE_GAP);
                }
                let at = text.len();
                bold.extend(s.bold.iter().map(|r| r.start + at..r.end + at));
                text.push_str(&s.text);
            }
            let last = row[row.len() - 1];
            Line {
                page: row[0].page,
                x0: row[0].x0,
                x1: last.x1,
                cell_x0: last.x0,
                y: row[0].y,
                bottom: row[0].y,
                size: row.iter().map(|s| s.size).fold(0.0, f64::max),
                column,
                min_size: row.iter().map(|s| s.size).fold(f64::INFINITY, f64::min),
                text,
                bold,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(x0: f64, x1: f64, y: f64, size: f64, text: &str) -> Span {
        Span {
            page: 0,
            x0,
            x1,
            y,
            size,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    /// A main column at `main` and a sidebar at `side` (x ranges), ten rows each.
    fn page(main: (f64, f64), side: (f64, f64)) -> Vec<Span> {
        let mut spans = vec![span(main.0, main.1 - 60.0, 40.0, 20.0, "Ada Quill")];
        for k in 0..10 {
            let y = 80.0 + 13.0 * k as f64;
            spans.push(span(side.0, side.1, y, 9.0, &format!("side {k}")));
            spans.push(span(main.0, main.1, y + 5.0, 10.0, &format!("main {k}")));
        }
        spans
    }

    #[test]
    fn a_sidebar_on_the_left_is_read_first() {
        let out = read_order(&page((220.0, 560.0), (30.0, 160.0)), 600.0);
        let t = texts(&out.main);
        assert_eq!(t[0], "side 0");
        assert_eq!(t[10], "Ada Quill");
        assert!(out.sidebar.is_empty());
    }

    #[test]
    fn a_sidebar_on_the_right_is_read_after_the_main_text() {
        let out = read_order(&page((30.0, 380.0), (440.0, 570.0)), 600.0);
        let t = texts(&out.main);
        assert_eq!(t[0], "Ada Quill");
        assert_eq!(t[1], "main 0");
        assert_eq!(texts(&out.sidebar)[0], "side 0");
    }

    #[test]
    fn a_date_column_beside_its_entries_keeps_its_rows() {
        let mut spans = Vec::new();
        for k in 0..10 {
            let y = 80.0 + 13.0 * k as f64;
            spans.push(span(30.0, 100.0, y, 10.0, "2019 – 2021"));
            spans.push(span(150.0, 500.0, y, 10.0, &format!("entry {k}")));
        }
        let out = read_order(&spans, 600.0).main;
        assert_eq!(out[0].text, format!("2019 – 2021{WIDE_GAP}entry 0"));
    }

    #[test]
    fn one_column_is_read_line_by_line() {
        let spans: Vec<Span> = (0..10)
            .map(|k| span(30.0, 560.0, 80.0 + 13.0 * k as f64, 10.0, "text"))
            .collect();
        assert_eq!(read_order(&spans, 600.0).main.len(), 10);
    }

    #[test]
    fn three_columns_of_equal_width_are_read_left_to_right_under_their_header() {
        let mut spans = vec![span(30.0, 570.0, 40.0, 20.0, "Ada Quill")];
        for k in 0..3 {
            let y = 60.0 + 12.0 * k as f64;
            spans.push(span(30.0, 570.0, y, 10.0, &format!("summary {k}")));
        }
        for k in 0..12 {
            let y = 120.0 + 13.0 * k as f64;
            spans.push(span(30.0, 180.0, y, 10.0, &format!("a{k}")));
            spans.push(span(220.0, 370.0, y + 3.0, 10.0, &format!("b{k}")));
            spans.push(span(410.0, 560.0, y + 6.0, 10.0, &format!("c{k}")));
        }
        let out = read_order(&spans, 600.0);
        let t = texts(&out.main);
        assert_eq!(
            &t[..5],
            ["Ada Quill", "summary 0", "summary 1", "summary 2", "a0"]
        );
        assert_eq!(t[16], "b0");
        assert_eq!(t[28], "c0");
        assert!(out.sidebar.is_empty());
    }

    #[test]
    fn header_lines_on_one_side_above_the_columns_stay_in_the_header() {
        // Contacts set at the right above a full-width summary: above the columns'
        // first row, so header, though they sit over the right column.
        let mut spans = vec![
            span(400.0, 560.0, 30.0, 10.0, "ada@example.org"),
            span(400.0, 560.0, 44.0, 10.0, "+44 20 7946 0000"),
        ];
        for k in 0..3 {
            let y = 70.0 + 12.0 * k as f64;
            spans.push(span(30.0, 560.0, y, 10.0, &format!("summary {k}")));
        }
        for k in 0..12 {
            let y = 130.0 + 13.0 * k as f64;
            spans.push(span(30.0, 170.0, y, 9.0, &format!("side {k}")));
            spans.push(span(220.0, 560.0, y + 4.0, 10.0, &format!("main {k}")));
        }
        let t = texts(&read_order(&spans, 600.0).main).join("|");
        assert!(
            t.starts_with("ada@example.org|+44 20 7946 0000|summary 0|summary 1|summary 2|side 0|"),
            "{t}"
        );
    }
}
