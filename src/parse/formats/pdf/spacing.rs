//! Line spacing: the usual distance between the baselines of one paragraph, for the
//! whole document and for each column that keeps a spacing of its own.
//!
//! Takes lines in reading order; gives the spacing in font sizes, by which the
//! lowering tells a gap between blocks from the step to the next line. It does not
//! decide where blocks break.

use std::collections::HashMap;

use super::columns::Line;

/// The usual distance between baselines of one paragraph, in font sizes: the most
/// common one between consecutive lines of the same size.
pub fn line_pitch(pages: &[Vec<Line>]) -> f64 {
    let mut count = HashMap::new();
    for lines in pages {
        count_pitches(lines.iter(), &mut count);
    }
    count
        .into_iter()
        .max_by_key(|&(r, n)| (n, -r))
        .map_or(1.25, |(r, _)| r as f64 / 20.0)
}

/// How often each distance between consecutive baselines of one size occurs among
/// `lines`, in twentieths of a font size, added to `count`.
fn count_pitches<'a>(lines: impl Iterator<Item = &'a Line>, count: &mut HashMap<i64, usize>) {
    let mut prev: Option<&Line> = None;
    for b in lines {
        if let Some(a) = prev {
            let ratio = (b.y - a.bottom) / a.size;
            if (a.size - b.size).abs() < 0.3 && (0.9..2.5).contains(&ratio) {
                *count.entry((ratio * 20.0).round() as i64).or_default() += 1;
            }
        }
        prev = Some(b);
    }
}

/// A column's own line spacing counts when it has at least this many pairs of lines
/// to tell it by; a shorter column keeps the document's.
const MIN_PITCH_PAIRS: usize = 3;

/// Each column's usual line spacing, by `(page, column)`, where it differs from the
/// document's `pitch`: a sidebar set with airy spacing (twice the main text's) has
/// every line a gap wider than the main text's spacing, while only the gaps between
/// its blocks are wider than its own.
pub fn column_pitches(lines: &[&Line], pitch: f64) -> HashMap<(usize, u32), f64> {
    let mut columns: HashMap<(usize, u32), Vec<&Line>> = HashMap::new();
    for l in lines {
        columns.entry((l.page, l.column)).or_default().push(l);
    }
    columns
        .into_iter()
        .filter_map(|(key, lines)| {
            let mut own = HashMap::new();
            count_pitches(lines.into_iter(), &mut own);
            let pairs: usize = own.values().sum();
            let mode = own.into_iter().max_by_key(|&(r, n)| (n, -r))?.0 as f64 / 20.0;
            (pairs >= MIN_PITCH_PAIRS && (mode - pitch).abs() > 0.01).then_some((key, mode))
        })
        .collect()
}
