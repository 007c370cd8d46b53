//! A line's reading as a candidate heading, kept for the next line written alike.
//!
//! Takes a line and the reading to make; gives the reading, made once while the table
//! holds a line with the same text, plain text and marks (a site's résumés share
//! their headings and many short lines). The reading depends on those alone, so a
//! kept one is the one reading anew would give. It reads nothing itself.

use super::{Cues, SectionKind};
use crate::parse::text::memo;
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
    static KEPT: memo::Table<String, (Marks, Candidate)> = Default::default();
}

/// `read(line)`, from the table when a line written alike was read before.
pub(super) fn candidate(line: &Line, read: impl FnOnce(&Line) -> Candidate) -> Candidate {
    memo::remembered_fitting(
        &KEPT,
        &line.text,
        MAX_KEPT,
        |marks| marks.fit(line),
        || (Marks::of(line), read(line)),
    )
}
