//! Title case: every word of a line capitalised, apart from small words ("Head of
//! Sales", "Bachelor of Arts").
//!
//! Takes a line's text; says whether it is so written. Which words are small is the
//! vocabulary's.

use crate::parse::text::vocab;

/// Every word capitalised, apart from small words.
pub fn is_title_case(s: &str) -> bool {
    let mut any = false;
    for w in s.split_whitespace() {
        let first = w.chars().find(|c| c.is_alphanumeric());
        match first {
            Some(c) if c.is_lowercase() && !vocab::is_stopword(w) => return false,
            Some(_) => any = true,
            None => {}
        }
    }
    any
}
