//! Column gutters: the vertical strips of white that part a block of spans into columns.
//!
//! Takes a block of spans (a page, or one column of it) and the x range it spans; gives
//! the x of the gutter that parts it into two columns, if there is one, and where on the
//! page the columns begin (below a full-width header). A strip that parts a table (a
//! date or label column beside its entries, judged by [`super::table`]) is no gutter:
//! the table keeps its rows. It does not say
//! which column is read first; that is [`super::columns`]'s job.

use super::spans::Span;
use super::table::is_table;

/// The inner share of a block's width where a gutter is looked for: a strip nearer the
/// edge than this is a margin or an indent, not a gutter.
const EDGE: f64 = 0.15;
/// A gutter is at least this many points wide.
const MIN_GUTTER: usize = 6;
/// A column holds at least this many rows.
const MIN_ROWS: usize = 3;
/// The columns below a full-width header hold at least this share of the block's rows:
/// they are the page's body, the header the smaller part above it.
const MIN_BODY_SHARE: f64 = 0.5;

/// Where a block parts into two columns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Split {
    /// The gutter's x.
    pub x: f64,
    /// The baseline from which the columns run: spans above it that cross the gutter
    /// are a full-width header, read first.
    pub top: f64,
    /// The first row of the block the gutter holds for: everything above it is the
    /// header, whichever side of the gutter it sits on.
    pub start: f64,
}

/// The split of `spans` (covering `lo..hi` across) into two columns, if it has one.
/// A header across the whole width (a name and contact line, a summary) often sits above
/// the columns, so the block is tried from each row down, while enough rows are left.
pub fn split(spans: &[&Span], lo: f64, hi: f64) -> Option<Split> {
    let rows = rows(spans);
    let keep = (rows.len() as f64 * MIN_BODY_SHARE).ceil() as usize;
    for (k, &y) in rows.iter().enumerate() {
        if rows.len() - k < keep.max(1) {
            break;
        }
        // Rows are rounded to whole points; a baseline up to a point above belongs to it.
        let below: Vec<&Span> = spans
            .iter()
            .copied()
            .filter(|s| s.y >= y as f64 - 1.0)
            .collect();
        if let Some(x) = gutter(&below, lo, hi) {
            let top = below
                .iter()
                .filter(|s| !crosses(s, x))
                .map(|s| s.y)
                .fold(f64::INFINITY, f64::min);
            return Some(Split {
                x,
                top,
                start: below.iter().map(|s| s.y).fold(f64::INFINITY, f64::min),
            });
        }
    }
    None
}

/// Whether span `s` reaches across `x`.
pub fn crosses(s: &Span, x: f64) -> bool {
    s.x0 < x && s.x1 > x
}

/// The distinct baselines of `spans`, rounded to whole points, top down.
fn rows(spans: &[&Span]) -> Vec<i64> {
    let mut ys: Vec<i64> = spans.iter().map(|s| s.y.round() as i64).collect();
    ys.sort_unstable();
    ys.dedup();
    ys
}

/// The x of a gutter that parts `spans` (covering `lo..hi`) into two columns.
fn gutter(spans: &[&Span], lo: f64, hi: f64) -> Option<f64> {
    if spans.len() < 8 || hi - lo < 100.0 {
        return None;
    }
    // Spans crossing a gutter: a header or a footer, never more than a few.
    let allowed = (spans.len() / 20).max(2);
    let from = (lo + (hi - lo) * EDGE) as usize;
    let to = (hi - (hi - lo) * EDGE) as usize;
    // The clear runs of x, widest first: a narrower one may part columns where the
    // widest parts a table's cells.
    let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, length)
    let mut run: Option<usize> = None;
    for x in from..=to + 1 {
        let clear = x <= to && spans.iter().filter(|s| crosses(s, x as f64)).count() <= allowed;
        match (clear, run) {
            (true, None) => run = Some(x),
            (false, Some(start)) => {
                runs.push((start, x - start));
                run = None;
            }
            _ => {}
        }
    }
    runs.retain(|&(_, len)| len >= MIN_GUTTER);
    let cuts: Vec<f64> = runs
        .iter()
        .map(|&(start, len)| start as f64 + len as f64 / 2.0)
        .collect();
    runs.sort_by_key(|r| std::cmp::Reverse(r.1));
    let all = rows(spans).len();
    runs.into_iter()
        .map(|(start, len)| start as f64 + len as f64 / 2.0)
        .find(|&x| parts_columns(spans, x, &cuts, all))
}

/// Whether a clear run at `x` parts `spans` (with `all` rows) into two columns. Whether
/// it parts a table is judged on the strips beside it only, up to the next clear runs
/// (`cuts`): a date column beside its entries may sit in one column of several.
fn parts_columns(spans: &[&Span], x: f64, cuts: &[f64], all: usize) -> bool {
    let left: Vec<&Span> = spans.iter().copied().filter(|s| s.x1 <= x).collect();
    let right: Vec<&Span> = spans.iter().copied().filter(|s| s.x0 >= x).collect();
    if !both_hold_text(&left, &right, spans, all) {
        return false;
    }
    if is_table(&left, &right) {
        return false;
    }
    // A table may also sit in one column of several: judged again on the spans that
    // start between this clear run and the next ones either side.
    let before = cuts
        .iter()
        .copied()
        .filter(|&c| c < x)
        .fold(f64::MIN, f64::max);
    let after = cuts
        .iter()
        .copied()
        .filter(|&c| c > x)
        .fold(f64::MAX, f64::min);
    let near_left: Vec<&Span> = left.into_iter().filter(|s| s.x0 >= before).collect();
    let near_right: Vec<&Span> = right.into_iter().filter(|s| s.x0 < after).collect();
    !is_table(&near_left, &near_right)
}

/// Whether both sides of a gutter hold text down a good part of the block, or, for a
/// shorter column (a sidebar that ends early, a column that starts below a banner),
/// down a good part of the stretch where both sides have text.
fn both_hold_text(left: &[&Span], right: &[&Span], spans: &[&Span], all: usize) -> bool {
    let (lr, rr) = (rows(left), rows(right));
    if lr.len() < MIN_ROWS || rr.len() < MIN_ROWS {
        return false;
    }
    if lr.len() * 4 >= all && rr.len() * 4 >= all {
        return true;
    }
    // The stretch down the page where both sides have text.
    let (from, to) = (lr[0].max(rr[0]), lr[lr.len() - 1].min(rr[rr.len() - 1]));
    let within = |ys: &[i64]| ys.iter().filter(|&&y| (from..=to).contains(&y)).count();
    let here = within(&rows(spans));
    let (l, r) = (within(&lr), within(&rr));
    l >= MIN_ROWS && r >= MIN_ROWS && l * 4 >= here && r * 4 >= here
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A one-line span of body text at `y`, from `x0` to `x1` (the table tests' too).
    pub(in crate::parse::formats::pdf) fn span(x0: f64, x1: f64, y: f64, text: &str) -> Span {
        Span {
            page: 0,
            x0,
            x1,
            y,
            size: 10.0,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    #[test]
    fn columns_below_a_full_width_header_are_found() {
        let mut spans = vec![span(30.0, 560.0, 40.0, "Ada Quill, Rue 1, Town")];
        for k in 0..3 {
            spans.push(span(30.0, 560.0, 60.0 + 13.0 * k as f64, "a summary line"));
        }
        for k in 0..12 {
            spans.push(span(30.0, 200.0, 120.0 + 13.0 * k as f64, "side"));
            spans.push(span(240.0, 560.0, 124.0 + 13.0 * k as f64, "main"));
        }
        let all: Vec<&Span> = spans.iter().collect();
        let s = split(&all, 0.0, 600.0).expect("a split");
        assert!(s.x > 200.0 && s.x < 240.0, "{s:?}");
        assert_eq!(s.top, 120.0);
    }

    #[test]
    fn columns_on_grids_offset_by_a_point_are_no_table() {
        let mut spans = Vec::new();
        for k in 0..12 {
            spans.push(span(30.0, 280.0, 100.0 + 11.0 * k as f64, "left"));
            spans.push(span(310.0, 560.0, 101.3 + 11.0 * k as f64, "right"));
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert!(split(&all, 0.0, 600.0).is_some());
    }

    #[test]
    fn a_sidebar_with_headings_beside_the_main_text_is_no_table() {
        // Its headings run beside the main column's lines; only some rows meet a
        // baseline of the main text.
        let mut spans = Vec::new();
        for k in 0..30 {
            spans.push(span(200.0, 560.0, 100.0 + 13.0 * k as f64, "main"));
        }
        for k in 0..12 {
            let y = 100.0 + 26.0 * k as f64 + if k % 3 == 0 { 7.0 } else { 0.0 };
            spans.push(span(
                30.0,
                150.0,
                y,
                if k % 3 == 0 { "Heading" } else { "item" },
            ));
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert!(split(&all, 0.0, 600.0).is_some());
    }

    #[test]
    fn a_short_sidebar_beside_a_long_column_is_a_column() {
        let mut spans = Vec::new();
        for k in 0..40 {
            spans.push(span(40.0, 400.0, 80.0 + 13.0 * k as f64, "main"));
        }
        for k in 0..6 {
            spans.push(span(440.0, 560.0, 86.0 + 15.0 * k as f64, "side"));
        }
        let all: Vec<&Span> = spans.iter().collect();
        let s = split(&all, 0.0, 600.0).expect("a split");
        assert!(s.x > 400.0 && s.x < 440.0, "{s:?}");
    }

    #[test]
    fn a_sidebar_on_the_main_grid_with_rows_of_its_own_is_no_table() {
        let mut spans = Vec::new();
        for k in 0..20 {
            let y = 100.0 + 14.0 * k as f64;
            // The sidebar leaves every fifth row empty, the main column every seventh.
            if k % 5 != 4 {
                spans.push(span(30.0, 150.0, y, "side"));
            }
            if k % 7 != 6 {
                spans.push(span(190.0, 560.0, y, "main"));
            }
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert!(split(&all, 0.0, 600.0).is_some());
    }

    #[test]
    fn a_date_table_in_the_middle_of_three_columns_is_not_split() {
        let mut spans = Vec::new();
        for k in 0..16 {
            let y = 100.0 + 14.0 * k as f64;
            spans.push(span(30.0, 180.0, y + 4.0, "left column"));
            if k % 2 == 0 {
                spans.push(span(210.0, 260.0, y, "2019"));
            }
            spans.push(span(290.0, 420.0, y, "entry"));
            spans.push(span(450.0, 570.0, y + 7.0, "right column"));
        }
        let all: Vec<&Span> = spans.iter().collect();
        let s = split(&all, 0.0, 600.0).expect("a split");
        assert!(
            (180.0..210.0).contains(&s.x) || (420.0..450.0).contains(&s.x),
            "{s:?}"
        );
    }
}
