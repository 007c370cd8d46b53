//! A line's reading as a candidate heading, kept for the next line written alike.
//!
//! Takes a line and the reading to make; gives the reading, made once while the table
//! holds a line with the same text, plain text and marks (a site's résumés share
//! their headings and many short lines). The reading depends on those alone, so a
//! kept one is the one reading anew would give. It reads nothing itself.

use std::cell::RefCell;

use super::{Cues, SectionKind};
use crate::parse::text::normalise::Line;

/// A line's reading as a candidate heading.
type Candidate = Option<(SectionKind, Cues)>;

/// Lines kept at most: many résumés' short lines, and a bound on what a long-running
/// `serve` keeps (the table is emptied when full).
const MAX_KEPT: usize = 4096;

/// What a reading depends on besides the line's text.
#[derive(Debug, PartialEq, Eq)]
struct Marks {
    plain: String,
    bullet: Option<u8>,
    heading: u8,
    bold: bool,
    continued: bool,
}

impl Marks {
    fn of(line: &Line) -> Marks {
        Marks {
            plain: line.plain.clone(),
            bullet: line.bullet,
            heading: line.heading,
            bold: line.bold,
            continued: line.continued,
        }
    }

    fn fit(&self, line: &Line) -> bool {
        self.plain == line.plain
            && self.bullet == line.bullet
            && self.heading == line.heading
            && self.bold == line.bold
            && self.continued == line.continued
    }
}

thread_local! {
    static KEPT: RefCell<foldhash::HashMap<String, (Marks, Candidate)>> = RefCell::default();
}

/// `read(line)`, from the table when a line written alike was read before.
pub(super) fn candidate(line: &Line, read: impl FnOnce(&Line) -> Candidate) -> Candidate {
    let known = KEPT.with(|m| {
        m.borrow()
            .get(line.text.as_str())
            .filter(|(marks, _)| marks.fit(line))
            .map(|&(_, c)| c)
    });
    if let Some(c) = known {
        return c;
    }
    let c = read(line);
    KEPT.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MAX_KEPT {
            m.clear();
        }
        m.insert(line.text.clone(), (Marks::of(line), c));
    });
    c
}
