//! Column gutters: the vertical strips of white that part a block of spans into columns.
//!
//! Takes a block of spans (a page, or one column of it) and the x range it spans; gives
//! the x of the gutter that parts it into two columns, if there is one, and where on the
//! page the columns begin (below a full-width header). It tells columns from a table
//! (a date or label column beside its entries), which keeps its rows. It does not say
//! which column is read first; that is [`super::columns`]'s job.

use super::spans::Span;

/// The inner share of a block's width where a gutter is looked for: a strip nearer the
/// edge than this is a margin or an indent, not a gutter.
const EDGE: f64 = 0.15;
/// A gutter is at least this many points wide.
const MIN_GUTTER: usize = 6;
/// Baselines closer than this many font sizes are one row of a table: table cells are
/// set on one baseline, while columns of running text sit on their own grids (wider
/// and the grids of two columns with equal line pitch would look aligned).
const ALIGNED: f64 = 0.05;
/// The share of the sparser side's rows that line up with the other side's for the
/// block to be a table rather than two columns.
const TABLE_SHARE: f64 = 0.6;
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
    let (lr, rr) = (rows(&left), rows(&right));
    // Both sides hold text down a good part of the block.
    if lr.len() * 4 < all || rr.len() * 4 < all {
        return false;
    }
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
    let near_right: Vec<&Span> = right.into_iter().filter(|s| s.x1 <= after).collect();
    !is_table(&near_left, &near_right)
}

/// Whether the two sides of a gutter are one table: most rows of the sparser side sit on
/// a baseline of the other (a date or label column beside its entries).
fn is_table(left: &[&Span], right: &[&Span]) -> bool {
    let (small, big) = if rows(left).len() <= rows(right).len() {
        (left, right)
    } else {
        (right, left)
    };
    // One entry per baseline of the sparser side, with its size.
    let mut lines: Vec<(f64, f64)> = Vec::new();
    let mut sorted: Vec<&&Span> = small.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y));
    for s in sorted {
        match lines.last_mut() {
            Some((y, size)) if (s.y - *y).abs() <= 0.5 => *size = size.max(s.size),
            _ => lines.push((s.y, s.size)),
        }
    }
    let aligned = lines
        .iter()
        .filter(|(y, size)| {
            big.iter()
                .any(|o| (o.y - y).abs() <= size.max(o.size) * ALIGNED)
        })
        .count();
    aligned as f64 > lines.len() as f64 * TABLE_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(x0: f64, x1: f64, y: f64, text: &str) -> Span {
        Span {
            page: 0,
            x0,
            x1,
            y,
            size: 10.0,
            text: text.into(),
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
    fn a_label_column_on_its_entries_baselines_is_a_table() {
        let mut spans = Vec::new();
        for k in 0..12 {
            let y = 100.0 + 14.0 * k as f64;
            if k % 2 == 0 {
                spans.push(span(30.0, 120.0, y, "2019 – 2021"));
            }
            spans.push(span(200.0, 560.0, y, "entry"));
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert_eq!(split(&all, 0.0, 600.0), None);
    }
}
