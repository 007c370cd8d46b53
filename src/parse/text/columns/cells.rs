//! Section headings standing alone in a cell or a line of column text: the one test
//! every column step asks ("is this a heading, and of what?").
//!
//! Takes a cell's text; gives the section kind its heading names, or the heading lines
//! of a text with their kinds. Judging a cell normalises it as a document of its own, so
//! answers are kept, for this text's later steps and for the next texts (a site's
//! résumés share their headings), up to [`MAX_KEPT_CELLS`]. It does not move lines.

use super::super::memo;
use super::super::normalise::Document;
use super::super::sections::{heading_kind, SectionKind};

thread_local! {
    /// The cells already judged heading or not: each column step reads the same lines
    /// again (moved, not changed), the next résumé of a site mostly the same headings,
    /// and judging one normalises it as a document of its own. The answer depends on
    /// the cell's text alone, so a kept one is the one judging anew would give.
    static KNOWN_CELLS: memo::Table<String, Option<SectionKind>> = Default::default();
}

/// Cells kept at most: many résumés' short lines, and a bound on what a long-running
/// `serve` keeps (the table is emptied when full).
const MAX_KEPT_CELLS: usize = 4096;

/// Each line of `lines` that is a known heading standing alone, with its kind.
pub(super) fn heading_lines(lines: &[&str]) -> Vec<(usize, SectionKind)> {
    let named = |(k, l): (usize, &&str)| Some((k, heading_kind_of(l.trim())?));
    lines.iter().enumerate().filter_map(named).collect()
}

/// A known section heading standing alone in a cell.
pub(super) fn is_heading(cell: &str) -> bool {
    heading_kind_of(cell).is_some()
}

/// The section kind a known heading standing alone in a cell names.
pub(super) fn heading_kind_of(cell: &str) -> Option<SectionKind> {
    // Cheap tests first: a heading is short, starts with a capital (or a Markdown or
    // bracket mark) and holds no digits or sentence punctuation.
    // (Ordered cheapest first: the first character, then one pass over the bytes.)
    if cell.is_empty()
        || cell.len() > 40
        || !cell.starts_with(|c: char| c.is_uppercase() || matches!(c, '#' | '[' | '*'))
        || cell
            .bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'@' | b'|'))
        || cell.split_whitespace().count() > 4
    {
        return None;
    }
    memo::remembered_within(
        &KNOWN_CELLS,
        cell,
        MAX_KEPT_CELLS,
        |cell| match Document::new(cell).lines.as_slice() {
            [line] => heading_kind(line),
            _ => None,
        },
    )
}
