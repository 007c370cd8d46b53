//! Where a block of `pdftotext -layout` lines parts into columns, by geometry alone.
//!
//! A layout line is a row of characters whose positions are x positions on the page,
//! so the PDF reader's idea of a gutter carries over: a character column that no
//! line's text runs across, down a stretch of lines that have text on both sides of
//! it. Pages of one column, a header across the whole width or a footer break such a
//! stretch; they are no evidence against the columns of the stretches around them (a
//! pasted text has lost its page breaks, so a page can't be looked at alone).
//!
//! Takes the rows of a block; gives its candidate gutters, best first, each as the
//! character column where the right-hand text starts with the stretches it parts. It
//! does not decide whether the two sides are columns or one table (a date or label
//! column beside its entries); that is the caller's judgement, on what the sides hold.

/// A row of a block: its source line number (1-based) and its characters.
pub(super) type Row = (usize, Vec<char>);

/// The inner share of a block's width where a gutter is looked for: a strip nearer the
/// edge than this is a margin or an indent, not a gutter.
const EDGE: f64 = 0.15;
/// Lines with text on both sides a stretch needs to be one: fewer are a line or two
/// of a table (a title and its date).
const MIN_STRETCH_SPLITS: usize = 3;
/// Lines with text on both sides a gutter needs in all, to be believed: a document
/// whose columns were found elsewhere needs only one stretch.
const MIN_SPLITS: usize = 6;
/// How far right of a gutter a column's lines may start (an indent, a ragged edge).
const MAX_RAGGED: usize = 6;
/// Blank rows in a row that part a column from what follows (the foot of a page and
/// the head of the next): wider than the gaps inside a column.
const PAGE_GAP: usize = 3;
/// The candidates given: beyond these, a strip is only noise of the layout.
const MAX_CANDIDATES: usize = 4;

/// A place a block may part into columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Gutter {
    /// The character column where the right-hand text starts.
    pub x: usize,
    /// The stretches of rows it parts, as `start..end` row indices, top down.
    pub stretches: Vec<(usize, usize)>,
}

/// Whether no text runs across `x` on this row: a gap of two spaces or more touches it
/// (one space apart, words are more likely one phrase set across it).
pub(super) fn fits(l: &[char], x: usize) -> bool {
    let gap = |k: usize| l[k].is_whitespace();
    l.len() <= x || x < 2 || gap(x - 1) && (gap(x) || gap(x - 2))
}

/// Where a row's text starts and ends (`None` for a blank row).
type Extent = Option<(usize, usize)>;

fn extent(l: &[char]) -> Extent {
    let first = l.iter().position(|c| !c.is_whitespace())?;
    Some((first, l.iter().rposition(|c| !c.is_whitespace())? + 1))
}

/// Whether the row has text on both sides of `x`.
pub(super) fn parted(l: &[char], x: usize) -> bool {
    l.len() > x
        && l[..x].iter().any(|c| !c.is_whitespace())
        && l[x..].iter().any(|c| !c.is_whitespace())
}

/// The runs of rows that fit `x` with enough rows parted by it, and how many rows they
/// part in all. A run reaches from its first parted row to its last, and on over rows
/// of one side until a wide gap: beyond it is another page, which fits the gutter only
/// by chance. Its first and last rows are left out while their right-hand text starts
/// well right of `x`: such a row fits only by chance too (a header's contacts, the top
/// of the next page, whose columns part elsewhere).
fn stretches(rows: &[Row], ext: &[Extent], x: usize) -> (Vec<(usize, usize)>, usize) {
    let (mut out, mut total) = (Vec::new(), 0);
    let parted = |k: usize| ext[k].is_some_and(|(a, b)| a < x && b > x);
    let blank = |l: &[char]| l.iter().all(|c| c.is_whitespace());
    let stray = |k: usize| {
        let l = &rows[k].1;
        blank(l)
            || parted(k)
                && l[x..]
                    .iter()
                    .take(MAX_RAGGED + 1)
                    .all(|c| c.is_whitespace())
    };
    let mut i = 0;
    while i < rows.len() {
        if !fits(&rows[i].1, x) {
            i += 1;
            continue;
        }
        let from = i;
        while i < rows.len() && fits(&rows[i].1, x) {
            i += 1;
        }
        let parts: Vec<usize> = (from..i).filter(|&k| parted(k)).collect();
        let (Some(&first), Some(&last)) = (parts.first(), parts.last()) else {
            continue;
        };
        let mut start = reach(rows, (from..first).rev()).unwrap_or(first);
        let mut end = reach(rows, last + 1..i).map_or(last + 1, |k| k + 1);
        while start < end && stray(start) {
            start += 1;
        }
        while end > start && stray(end - 1) {
            end -= 1;
        }
        let splits = (start..end).filter(|&k| parted(k)).count();
        if splits >= MIN_STRETCH_SPLITS {
            out.push((start, end));
            total += splits;
        }
    }
    (out, total)
}

/// The farthest row with text that `ks` reach, walking away from a stretch's parted
/// rows, before a gap of [`PAGE_GAP`] blank rows.
fn reach(rows: &[Row], ks: impl Iterator<Item = usize>) -> Option<usize> {
    let (mut gap, mut far) = (0, None);
    for k in ks {
        if rows[k].1.iter().all(|c| c.is_whitespace()) {
            gap += 1;
            if gap >= PAGE_GAP {
                break;
            }
        } else {
            gap = 0;
            far = Some(k);
        }
    }
    far
}

/// The candidate gutters of `rows`, the one parting most rows first. A gutter as wide
/// as several characters parts the same rows at each of them; its rightmost character
/// column is taken, where a ragged right column starts.
pub(super) fn candidates(rows: &[Row], proven: bool) -> Vec<Gutter> {
    let least = if proven {
        MIN_STRETCH_SPLITS
    } else {
        MIN_SPLITS
    };
    let ext: Vec<Extent> = rows.iter().map(|(_, l)| extent(l)).collect();
    let (Some(lo), Some(hi)) = (
        ext.iter().flatten().map(|e| e.0).min(),
        ext.iter().flatten().map(|e| e.1).max(),
    ) else {
        return Vec::new();
    };
    let span = (hi - lo) as f64;
    let (from, to) = (lo + (span * EDGE) as usize, hi - (span * EDGE) as usize);
    let scored: Vec<(usize, usize)> = (from.max(2)..=to)
        .map(|x| (x, stretches(rows, &ext, x).1))
        .collect();
    // The right end of each plateau of equal scores.
    let mut out: Vec<(usize, usize)> = scored
        .iter()
        .enumerate()
        .filter(|&(k, &(_, n))| n >= least && scored.get(k + 1).map_or(true, |s| s.1 != n))
        .map(|(_, &s)| s)
        .collect();
    out.sort_by_key(|&(x, n)| (std::cmp::Reverse(n), x));
    out.into_iter()
        .take(MAX_CANDIDATES)
        .map(|(x, _)| Gutter {
            x,
            stretches: stretches(rows, &ext, x).0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Row> {
        text.lines()
            .enumerate()
            .map(|(k, l)| (k + 1, l.chars().collect()))
            .collect()
    }

    #[test]
    fn a_ragged_right_column_under_a_header_has_a_gutter() {
        let text = "\
Ada Quill, a name and a summary line that runs across the whole width of the page
Contact                    Experience
ada@example.org             Brightwell, analyst
+44 7700 900123            Built the nightly loads
Skills                      Cut the costs by half
Rust, SQL                  Orrin Labs, intern
Languages                    Cleaned the survey data
English                    Education
";
        let g = candidates(&rows(text), false);
        assert_eq!(g[0].x, 27, "{g:?}");
        assert_eq!(g[0].stretches, vec![(1, 8)]);
    }

    #[test]
    fn a_page_of_one_column_between_is_left_out() {
        let two = "\
Contact                    Experience
ada@example.org            Brightwell, analyst
Skills                     Cut the costs by half
Rust, SQL                  Orrin Labs, intern
";
        let one = "\
A paragraph of running text fills the line from one margin to the other one,
and its words fall at every position along it, so that no strip of character
columns stays clear of text from the top of the block down to the very bottom.
";
        let g = candidates(&rows(&format!("{two}{one}{two}")), false);
        assert_eq!(g[0].x, 27, "{g:?}");
        assert_eq!(g[0].stretches, vec![(0, 4), (7, 11)]);
    }

    #[test]
    fn running_text_has_no_gutter() {
        let text = "\
A paragraph of running text fills the line from one margin to the other one,
and its words fall at every position along it, so that no strip of character
columns stays clear of text from the top of the block down to the very bottom
of it, however the words happen to be broken between the lines of the text.
Another line of it, and one more that is just as long as all of the others.
";
        assert!(candidates(&rows(text), false).is_empty());
    }
}
