//! The dates of a line, read once while the memo holds them.
//!
//! Takes a line's text; gives every date and range in it, as `read_dates` reads them.
//! The column steps, the line joiner and the entry readers each ask for the dates of
//! the same lines, and the answer depends on the text alone, so a kept answer is the
//! one reading anew would give (see [`memo`](crate::parse::text::memo)). It reads
//! nothing itself.

use super::DateSpan;
use crate::parse::text::memo;

/// Every date and range in `s`, left to right, with its byte span.
pub fn find_dates(s: &str) -> Vec<DateSpan> {
    // A line without digits is read at once, for less than looking it up costs.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return super::read_dates(s);
    }
    thread_local!(static FOUND: memo::Table<String, Vec<DateSpan>> = Default::default());
    memo::remembered_text(&FOUND, s, super::read_dates)
}
