//! Running headers, footers and page numbers: the lines a page repeats or numbers in its
//! margins, which are no part of the reading.
//!
//! Takes every page's lines (main text) and the pages' sizes; gives the `(page, index)`
//! of each running line. It does not drop them; the lowering leaves them out.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::columns::Line;
use super::glyphs::Page;

/// The top and bottom share of a page where running headers and footers sit.
const MARGIN: f64 = 0.1;

/// A page number as printed in a header or footer: `3`, `- 3 -`, `Page 3 of 4`, `3/4`.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[-–\s]*(page|seite|p\.|pag\.?)?\s*\d{1,3}\s*((of|von|de|/|sur)\s*\d{1,3})?[-–\s]*$",
    )
    .unwrap()
});

/// Lines that are running headers, footers or page numbers: `(page, index)`.
pub fn running_lines(pages: &[Vec<Line>], sizes: &[Page]) -> HashSet<(usize, usize)> {
    let in_margin = |p: usize, l: &Line| {
        let h = sizes.get(p).map_or(842.0, |s| s.height);
        l.y < h * MARGIN || l.y > h * (1.0 - MARGIN)
    };
    // The same text (numbers aside) at the same height on several pages.
    let key = |l: &Line| {
        let t: String = l
            .text
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        (t, (l.y / 3.0).round() as i64)
    };
    let mut seen: HashMap<(String, i64), Vec<usize>> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        for l in lines.iter().filter(|l| in_margin(p, l)) {
            let pages = seen.entry(key(l)).or_default();
            if pages.last() != Some(&p) {
                pages.push(p);
            }
        }
    }
    let mut out = HashSet::new();
    for (p, lines) in pages.iter().enumerate() {
        for (k, l) in lines.iter().enumerate() {
            if !in_margin(p, l) {
                continue;
            }
            let repeated = pages.len() > 1 && seen.get(&key(l)).is_some_and(|v| v.len() > 1);
            if repeated || PAGE_NUMBER.is_match(l.text.trim()) {
                out.insert((p, k));
            }
        }
    }
    out
}
