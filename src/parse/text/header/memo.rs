//! Header lines already taken apart, kept for the next reader of the same line.
//!
//! Takes a line's text and plain text and the way to read them; gives the line's
//! header, read once while the memo (one per thread) holds it. The readers of one
//! document read its header lines again and again (grouping entries, then each
//! entry's role, school or project), and taking a header apart is the costliest
//! reading of a line. It changes no reading: a header's reading depends on its text
//! and plain text only. It holds at most [`MAX_KEPT`] lines, emptied when full.

use std::cell::RefCell;
use std::collections::HashMap;

use super::HeaderLine;

/// Lines kept at most: more than a long résumé's header lines, so a document's
/// readers find each other's, and a bound on what a long-running `serve` keeps.
const MAX_KEPT: usize = 512;

thread_local! {
    static READ: RefCell<HashMap<(String, String), HeaderLine>> = RefCell::default();
}

/// The header `read(text, plain)` gives, from the memo when the line was read before.
pub(super) fn remembered(
    text: &str,
    plain: String,
    read: impl FnOnce(&str, String) -> HeaderLine,
) -> HeaderLine {
    let key = (text.to_string(), plain);
    if let Some(known) = READ.with(|m| m.borrow().get(&key).cloned()) {
        return known;
    }
    let header = read(text, key.1.clone());
    READ.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MAX_KEPT {
            m.clear();
        }
        m.insert(key, header.clone());
    });
    header
}
