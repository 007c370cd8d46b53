//! Spans → lines in reading order: a page's columns found by geometry and read one after
//! the other, the spans of one row in one column joined with a wide gap.
//!
//! Takes one page's spans and its width; gives its lines, top to bottom within each
//! column. A column break is a vertical gutter that no span crosses over most of the
//! page's rows, with text on both sides. Rows whose spans line up across the gutter
//! (a date column beside its entries, a table) are one layout, not two columns, and keep
//! their rows. The wider column is the main text, the narrower one a sidebar. A sidebar
//! on the left is read first, as the page reads; one on the right after the whole
//! document's main text, which often runs on over the next pages, unless it holds the
//! largest text (the name) and so leads its page. Spans above both columns (a
//! full-width header) come first. It does not decide what a line is (a heading, an item).

use std::ops::Range;

use super::spans::Span;

/// A line of reading: one row's spans within one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub page: usize,
    pub x0: f64,
    pub y: f64,
    pub size: f64,
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
}

/// The page's lines in reading order.
pub fn read_order(spans: &[Span], width: f64) -> Reading {
    let Some(gutter) = gutter(spans, width) else {
        return Reading {
            main: lines(spans.iter().collect()),
            sidebar: Vec::new(),
        };
    };
    let top = spans
        .iter()
        .filter(|s| !crosses(s, gutter))
        .map(|s| s.y)
        .fold(f64::INFINITY, f64::min);
    let (mut head, mut left, mut right) = (Vec::new(), Vec::new(), Vec::new());
    for s in spans {
        if crosses(s, gutter) && s.y < top {
            head.push(s);
        } else if (s.x0 + s.x1) / 2.0 < gutter || (crosses(s, gutter) && s.x0 < gutter) {
            left.push(s);
        } else {
            right.push(s);
        }
    }
    let biggest = |side: &[&Span]| side.iter().map(|s| s.size).fold(0.0, f64::max);
    let extent = |side: &[&Span]| {
        let x0 = side.iter().map(|s| s.x0).fold(f64::INFINITY, f64::min);
        let x1 = side.iter().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
        x1 - x0
    };
    // The wider column is the main one, the narrower a sidebar: read first on the left;
    // on the right, after the main text unless it holds the largest text (the name).
    let side_left = extent(&right) > extent(&left);
    let (main, side) = if side_left {
        (right, left)
    } else {
        (left, right)
    };
    let mut out = lines(head);
    if side_left || biggest(&side) > biggest(&main) + 0.5 {
        out.extend(lines(side));
        out.extend(lines(main));
        return Reading {
            main: out,
            sidebar: Vec::new(),
        };
    }
    out.extend(lines(main));
    Reading {
        main: out,
        sidebar: lines(side),
    }
}

fn crosses(s: &Span, x: f64) -> bool {
    s.x0 < x && s.x1 > x
}

/// The x of a column gutter, if the page has one.
fn gutter(spans: &[Span], width: f64) -> Option<f64> {
    if spans.len() < 8 || width < 100.0 {
        return None;
    }
    // Spans crossing a gutter: a header or a footer, never more than a few.
    let allowed = (spans.len() / 20).max(2);
    let (from, to) = ((width * 0.15) as usize, (width * 0.85) as usize);
    let mut best: Option<(usize, usize)> = None; // (start, length) of the widest clear run
    let mut run: Option<usize> = None;
    for x in from..=to + 1 {
        let clear = x <= to && spans.iter().filter(|s| crosses(s, x as f64)).count() <= allowed;
        match (clear, run) {
            (true, None) => run = Some(x),
            (false, Some(start)) => {
                if best.map_or(true, |(_, len)| x - start > len) {
                    best = Some((start, x - start));
                }
                run = None;
            }
            _ => {}
        }
    }
    let (start, len) = best?;
    let x = start as f64 + len as f64 / 2.0;
    // A gutter is at least a few points wide.
    if len < 6 {
        return None;
    }
    let left: Vec<&Span> = spans.iter().filter(|s| s.x1 <= x).collect();
    let right: Vec<&Span> = spans.iter().filter(|s| s.x0 >= x).collect();
    let rows = |side: &[&Span]| {
        let mut ys: Vec<i64> = side.iter().map(|s| s.y.round() as i64).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    };
    let (lr, rr) = (rows(&left), rows(&right));
    let all = rows(&spans.iter().collect::<Vec<_>>()).len();
    // Both sides hold text down a good part of the page.
    if lr.len() * 4 < all || rr.len() * 4 < all {
        return None;
    }
    // Rows that line up across the gutter are one table, not two columns.
    let near = |y: i64, other: &[i64]| other.iter().any(|o| (o - y).abs() <= 1);
    let (small, big) = if lr.len() <= rr.len() {
        (&lr, &rr)
    } else {
        (&rr, &lr)
    };
    let aligned = small.iter().filter(|&&y| near(y, big)).count();
    if aligned * 2 > small.len() {
        return None;
    }
    Some(x)
}

/// Spans of one column into lines, top to bottom.
fn lines(mut spans: Vec<&Span>) -> Vec<Line> {
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
            Line {
                page: row[0].page,
                x0: row[0].x0,
                y: row[0].y,
                size: row.iter().map(|s| s.size).fold(0.0, f64::max),
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
}
