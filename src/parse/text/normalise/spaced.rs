//! Letter-spaced words joined: "E D U CAT I O N" → "EDUCATION".
//!
//! Headings are often set with wide letter-spacing; a PDF's text layer then has a gap
//! between most glyphs, and text extraction writes a space for each gap (unevenly:
//! kerned pairs stay together). Takes one cleaned line, gives it with such runs joined;
//! words set apart by wider gaps (two spaces or more) stay apart. It reads capitals
//! only: spaced-out headings are set in capitals, and lower-case single letters are
//! ordinary words ("a", "i", "e").

use std::borrow::Cow;

/// Fewest single-space pieces a letter-spaced run has: two could be initials ("J R").
const MIN_PIECES: usize = 3;
/// Longest piece of a spaced run: kerning keeps at most a few glyphs together.
const MAX_PIECE: usize = 3;

/// `line` with its letter-spaced runs joined; borrowed when there are none.
pub fn join_letter_spacing(line: &str) -> Cow<'_, str> {
    // Cheap test first: a spaced run has a capital between two single spaces.
    let b = line.as_bytes();
    let maybe = b
        .windows(3)
        .any(|w| w[0] == b' ' && w[1].is_ascii_uppercase() && w[2] == b' ');
    if !maybe {
        return Cow::Borrowed(line);
    }
    let indent = line.len() - line.trim_start().len();
    let mut out = String::with_capacity(line.len());
    out.push_str(&line[..indent]);
    let mut changed = false;
    let mut rest = &line[indent..];
    while !rest.is_empty() {
        // One run of text up to a gap of two spaces or more, then the gap itself.
        let end = rest.find("  ").unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        let gap = tail.len() - tail.trim_start_matches(' ').len();
        if spaced(run) {
            out.extend(run.split(' '));
            changed = true;
        } else {
            out.push_str(run);
        }
        out.push_str(&tail[..gap]);
        rest = &tail[gap..];
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(line)
    }
}

/// A run of short capital pieces, mostly single letters.
fn spaced(run: &str) -> bool {
    let pieces: Vec<&str> = run.split(' ').collect();
    let singles = pieces.iter().filter(|p| p.chars().count() == 1).count();
    pieces.len() >= MIN_PIECES
        && singles * 2 >= pieces.len()
        && pieces.iter().all(|p| {
            let n = p.chars().count();
            (1..=MAX_PIECE).contains(&n) && p.chars().all(|c| c.is_uppercase() || c == '&')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_capitals_are_joined() {
        assert_eq!(join_letter_spacing("E D U CAT I O N"), "EDUCATION");
        assert_eq!(join_letter_spacing("  S K I L L S"), "  SKILLS");
        assert_eq!(
            join_letter_spacing("W O R K   E X P E R I E N C E"),
            "WORK   EXPERIENCE"
        );
        assert_eq!(join_letter_spacing("A WA R D S"), "AWARDS");
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for line in [
            "J R Hartley, Fly Fishing",
            "Built a C and C++ toolchain",
            "Grades: A A B",
            "AWS EC2 S3 IAM",
            "Plan A or B",
            "i o e u",
        ] {
            assert_eq!(join_letter_spacing(line), line);
        }
    }
}
