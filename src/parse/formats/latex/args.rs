//! Finding a macro's arguments in a token sequence: optional `[…]` ones and
//! mandatory `{…}` (or single-token) ones, in constant time each.
//!
//! Gives token ranges; it does not read what is inside them.

use std::ops::Range;

use super::tokens::{Seq, Tok};

/// How far an optional argument may reach: `[` without its `]` is then plain text,
/// and scanning stays linear on any input.
const MAX_OPT: usize = 400;

/// The first index at or after `i` (below `to`) that is not a space.
pub fn skip_space(seq: &Seq, mut i: usize, to: usize) -> usize {
    while i < to && matches!(seq.toks[i].tok, Tok::Space | Tok::Eol) {
        i += 1;
    }
    i
}

fn is_text(seq: &Seq, i: usize, s: &str) -> bool {
    matches!(&seq.toks[i].tok, Tok::Text(t) if t == s)
}

/// An optional argument `[…]` at `i` (after spaces): its inside and the index after it.
pub fn opt(seq: &Seq, i: usize, to: usize) -> Option<(Range<usize>, usize)> {
    let start = skip_space(seq, i, to);
    if start >= to || !is_text(seq, start, "[") {
        return None;
    }
    let mut j = start + 1;
    let limit = to.min(start + MAX_OPT);
    while j < limit {
        match seq.toks[j].tok {
            Tok::Open => j = seq.close[j].saturating_add(1),
            Tok::Par => return None,
            _ if is_text(seq, j, "]") => return Some((start + 1..j, j + 1)),
            _ => j += 1,
        }
    }
    None
}

/// Skips any optional arguments at `i`.
pub fn skip_opts(seq: &Seq, mut i: usize, to: usize) -> usize {
    while let Some((_, next)) = opt(seq, i, to) {
        i = next;
    }
    i
}

/// Whether a braced argument follows `i` (after spaces).
pub fn has_group(seq: &Seq, i: usize, to: usize) -> bool {
    let j = skip_space(seq, i, to);
    j < to && seq.toks[j].tok == Tok::Open
}

/// A mandatory argument at `i` (after spaces): a braced group's inside or one
/// token; an empty range, consuming nothing, when none follows.
pub fn arg(seq: &Seq, i: usize, to: usize) -> (Range<usize>, usize) {
    let j = skip_space(seq, i, to);
    if j >= to {
        return (i..i, i);
    }
    match seq.toks[j].tok {
        Tok::Open => {
            let end = seq.close[j].min(to);
            (j + 1..end, (end + 1).min(to))
        }
        Tok::Close | Tok::Par | Tok::Amp => (i..i, i),
        _ => (j..j + 1, j + 1),
    }
}

/// The source of a range as written, for URLs and names (no macro is read).
pub fn raw(seq: &Seq, r: Range<usize>) -> String {
    let mut s = String::new();
    for t in &seq.toks[r] {
        match &t.tok {
            Tok::Word(w) => {
                s.push('\\');
                s.push_str(w);
            }
            Tok::Sym(c) => s.push(*c),
            Tok::Open => s.push('{'),
            Tok::Close => s.push('}'),
            Tok::Text(t) => s.push_str(t),
            Tok::Space | Tok::Eol | Tok::Par => s.push(' '),
            Tok::Param(d) => {
                s.push('#');
                s.push((b'0' + d) as char);
            }
            Tok::Amp => s.push('&'),
            Tok::Math => s.push('$'),
            Tok::Tie => s.push('~'),
        }
    }
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn optional_then_mandatory() {
        let seq = Seq::new(tokenize("[t] {a b} c"));
        let (o, i) = opt(&seq, 0, seq.len()).unwrap();
        assert_eq!(raw(&seq, o), "t");
        let (a, i) = arg(&seq, i, seq.len());
        assert_eq!(raw(&seq, a), "a b");
        let (c, i) = arg(&seq, i, seq.len());
        assert_eq!(raw(&seq, c), "c");
        assert_eq!(i, seq.len());
        assert!(!has_group(&seq, i, seq.len()));
    }

    #[test]
    fn an_unclosed_bracket_is_no_argument() {
        let seq = Seq::new(tokenize("[never closed {x}"));
        assert!(opt(&seq, 0, seq.len()).is_none());
    }
}
