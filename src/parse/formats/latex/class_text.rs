//! The text pieces the class macros of `classes` are built from: an argument read on
//! its own, arguments joined, a title set in bold, a lower-case name capitalised, and
//! how many braced arguments follow a macro.
//!
//! Takes lowered argument lines and token sequences; gives strings. It does not walk.

use super::args::{arg, has_group, skip_opts};
use super::tokens::Seq;

/// One argument read on its own.
pub struct Piece {
    pub lines: Vec<(String, usize)>,
}

impl Piece {
    pub fn text(&self) -> String {
        let v: Vec<&str> = self
            .lines
            .iter()
            .map(|l| l.0.trim())
            .filter(|l| !l.is_empty())
            .collect();
        v.join(", ")
    }
    pub fn line(&self) -> usize {
        self.lines.first().map_or(0, |l| l.1)
    }
}

pub fn join(parts: &[&str], sep: &str) -> String {
    let v: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    v.join(sep)
}

pub fn bold(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() || s.starts_with("**") {
        s.to_string()
    } else {
        format!("**{s}**")
    }
}

/// A name written all in lower case, as friggeri-cv's design sets it, in the capitals
/// a name is written with ("ada quill-moreau" → "Ada Quill-Moreau"); others as written.
pub fn capitalised(name: &str) -> String {
    if name.chars().any(char::is_uppercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c.is_whitespace() || c == '-';
    }
    out
}

/// Braced arguments following `i`.
pub fn groups(seq: &Seq, mut i: usize, to: usize) -> usize {
    let mut n = 0;
    i = skip_opts(seq, i, to);
    while n < 9 && has_group(seq, i, to) {
        i = arg(seq, i, to).1;
        n += 1;
    }
    n
}
