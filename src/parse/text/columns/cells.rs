//! Section headings standing alone in a cell or a line of column text: the one test
//! every column step asks ("is this a heading, and of what?").
//!
//! Takes a cell's text; gives the section kind its heading names, or the heading lines
//! of a text with their kinds. Judging a cell normalises it as a document of its own, so
//! answers are kept for the text being linearised ([`forget`] empties them between
//! texts). It does not move lines.

use super::super::normalise::Document;
use super::super::sections::{heading_kind, SectionKind};

thread_local! {
    /// The cells of the text being linearised already judged heading or not: each step
    /// reads the same lines again (moved, not changed), and judging one normalises it
    /// as a document of its own. Emptied for each text, so it holds one text's cells.
    static KNOWN_CELLS: std::cell::RefCell<foldhash::HashMap<String, Option<SectionKind>>> =
        std::cell::RefCell::default();
}

/// Empties the kept answers: a new text's cells are judged afresh.
pub(super) fn forget() {
    KNOWN_CELLS.with(|m| m.borrow_mut().clear());
}

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
    if cell.is_empty()
        || cell.len() > 40
        || cell.split_whitespace().count() > 4
        || !cell.starts_with(|c: char| c.is_uppercase() || matches!(c, '#' | '[' | '*'))
        || cell.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | '@' | '|'))
    {
        return None;
    }
    if let Some(known) = KNOWN_CELLS.with(|m| m.borrow().get(cell).copied()) {
        return known;
    }
    let doc = Document::new(cell);
    let kind = match doc.lines.as_slice() {
        [line] => heading_kind(line),
        _ => None,
    };
    KNOWN_CELLS.with(|m| m.borrow_mut().insert(cell.to_string(), kind));
    kind
}
