//! Tables told from columns: whether the two sides of a clear strip down a block of spans
//! are the cells of one table (a date or label column beside its entries, read row by
//! row) rather than two columns of their own flow.
//!
//! Takes the spans either side of a strip; gives yes or no. A table's cells sit on one
//! another's rows: each row of its label side meets a baseline of the entry side (set
//! from the top of the row where the sizes differ), and the rows that stand alone are
//! headings across the table, with the other side silent above them. A sidebar runs its
//! own lines and headings beside the main text. It does not find the strip; that is
//! [`super::gutter`]'s job.

use super::headings::HEADING_RATIO;
use super::spans::Span;

/// Baselines closer than this many font sizes are one row of a table: table cells are
/// set on one baseline, while columns of running text sit on their own grids (wider
/// and the grids of two columns with equal line pitch would look aligned).
const ALIGNED: f64 = 0.05;
/// The share of one side's rows that line up with the other side's for the
/// block to be a table rather than two columns: a table's cell always has a partner
/// across (a date, a label beside its entry), while a sidebar on the same baseline grid
/// as the main text still has rows where the main text has none, and the other way.
const TABLE_SHARE: f64 = 0.9;
/// How far a smaller cell's baseline may sit above its row's, as a share of the
/// difference in size: top-aligned cells part their baselines by about that difference
/// (the ascent is most of a font's size).
const TOP_SET: f64 = 1.0;
/// A row of one side with no text on the other side within this many of its sizes
/// above it stands alone (a table's heading row, after the space before a section):
/// more than a line pitch and a half, so a row the other side merely skips still counts.
const SILENT_ABOVE: f64 = 2.0;
/// Whether the two sides of a gutter are one table: most rows of one side sit on a
/// baseline of the other (a date or label column beside its entries). Both sides are
/// tried: the label side is usually the sparser, but in a tabular CV it also carries the
/// section headings while the content side's wrapped cells have no partner, so either
/// may hold more rows.
pub fn is_table(left: &[&Span], right: &[&Span]) -> bool {
    // Headings set larger than the text stand alone in a table too: a larger row
    // without a partner does not count against it.
    let mut sizes: Vec<f64> = left.iter().chain(right).map(|s| s.size).collect();
    sizes.sort_by(f64::total_cmp);
    let body = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
    partnered_share(left, right, body) >= TABLE_SHARE
        || partnered_share(right, left, body) >= TABLE_SHARE
}

/// The share of `side`'s body-size rows (and larger rows that have a partner) that sit
/// on a baseline of `other`; 0 when none has a partner. A
/// row the other side is silent above (a heading row across a table) does not count.
fn partnered_share(side: &[&Span], other: &[&Span], body: f64) -> f64 {
    // One entry per baseline of the side, with its size.
    let mut lines: Vec<(f64, f64)> = Vec::new();
    let mut sorted: Vec<&&Span> = side.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y));
    for s in sorted {
        match lines.last_mut() {
            Some((y, size)) if (s.y - *y).abs() <= 0.5 => *size = size.max(s.size),
            _ => lines.push((s.y, s.size)),
        }
    }
    // Cells are set from the top of their row (Word's and HTML's default), so a smaller
    // label's baseline sits above its larger neighbour's by up to their difference in size.
    let partnered = |&(y, size): &(f64, f64)| {
        other.iter().any(|o| {
            (o.y - y).abs() <= size.max(o.size) * ALIGNED + (size - o.size).abs() * TOP_SET
        })
    };
    // The other side silent for a while above the row: a row standing alone across the
    // table, where a sidebar's rows run beside the other column's text.
    let alone = |&(y, size): &(f64, f64)| {
        !other
            .iter()
            .any(|o| o.y < y + size * ALIGNED && o.y > y - size * SILENT_ABOVE)
    };
    lines.retain(|line| partnered(line) || (line.1 < body * HEADING_RATIO && !alone(line)));
    let aligned = lines.iter().filter(|line| partnered(line)).count();
    if aligned == 0 {
        return 0.0;
    }
    aligned as f64 / lines.len() as f64
}

#[cfg(test)]
mod tests {
    use super::super::gutter::split;
    use super::super::gutter::tests::span;
    use super::*;

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

    #[test]
    fn a_label_column_that_carries_the_headings_beside_wrapped_cells_is_a_table() {
        // The label side has more rows (its headings) than the content side, whose
        // wrapped second lines have no partner: still one table.
        let mut spans = Vec::new();
        let mut y = 100.0;
        for group in 0..5 {
            spans.push(Span {
                size: 12.0,
                ..span(30.0, 140.0, y, "Heading")
            });
            y += 20.0;
            for k in 0..2 {
                spans.push(span(30.0, 120.0, y, "09/2019"));
                spans.push(span(200.0, 560.0, y, "entry"));
                if k == 0 && group < 3 {
                    y += 13.0;
                    spans.push(span(200.0, 560.0, y, "its wrapped line"));
                }
                y += 16.0;
            }
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert_eq!(split(&all, 0.0, 600.0), None);
    }

    #[test]
    fn smaller_labels_set_from_the_top_of_their_rows_are_a_table() {
        // Top-aligned cells: a smaller label's baseline sits a little above its entry's.
        let mut spans = Vec::new();
        for k in 0..10 {
            let y = 100.0 + 30.0 * k as f64;
            spans.push(Span {
                size: 8.5,
                ..span(60.0, 150.0, y - 0.8, "03/2021 – Present")
            });
            spans.push(Span {
                size: 9.5,
                ..span(200.0, 560.0, y, "entry")
            });
            spans.push(Span {
                size: 9.5,
                ..span(200.0, 560.0, y + 13.0, "its second line")
            });
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert_eq!(split(&all, 0.0, 600.0), None);
    }

    #[test]
    fn heading_rows_of_body_size_standing_alone_in_the_label_column_are_a_table() {
        let mut spans = Vec::new();
        let mut y = 100.0;
        for _ in 0..4 {
            // The space before a section: the entry side is silent above the heading.
            y += 12.0;
            spans.push(span(30.0, 140.0, y, "Berufserfahrung"));
            y += 22.0;
            for _ in 0..2 {
                spans.push(span(30.0, 120.0, y, "09/2019"));
                spans.push(span(200.0, 560.0, y, "entry"));
                spans.push(span(200.0, 560.0, y + 13.0, "its second line"));
                y += 32.0;
            }
        }
        let all: Vec<&Span> = spans.iter().collect();
        assert_eq!(split(&all, 0.0, 600.0), None);
    }
}
