//! Which lines of a PDF are headings, by their size against the body text's.
//!
//! Takes the lines of the whole document (running headers and footers already left
//! out); gives its [`Scale`]: the body's size, the size from which a line is a section
//! heading, and the largest size (the name). A résumé sets its levels apart by size:
//! name, section headings, often entries' heads a little above the body, then the
//! body. So a line above the body is a section heading at the size section headings
//! recur at (or larger); one between that and the body, in the column of a section
//! heading, is an entry's head, which the lowering writes bold, as the DOCX reader
//! writes a bold run (in a column of its own it is that column's heading). A row whose
//! spans are not all large (a label or a date set large beside body text, as design
//! tools set a table's first column) is a row of a table, not a heading. It also joins
//! a heading wrapped onto a second line back into one. It does not write the lines.

use std::collections::HashMap;

use super::columns::{Line, WIDE_GAP};

/// A heading is this much larger than the body text at least (for the column finder
/// too, where a larger row standing alone in a table is a heading).
pub const HEADING_RATIO: f64 = 1.15;
/// A heading is at most this many characters long.
const MAX_HEADING_CHARS: usize = 80;
/// Sizes are told apart in steps of this many points: a tier of one size.
const TIER: f64 = 0.5;
/// A size tier that holds at least this many lines recurs: section headings do, a name
/// or a title under it does not.
const RECURS: usize = 2;
/// A line smaller than the section headings is an entry's head only within this many
/// body sizes of a section heading's left edge: in a column of its own (a sidebar
/// whose headings are set a point smaller than the main column's) it is a heading.
const SAME_COLUMN: f64 = 2.0;
/// A heading's wrapped second line starts at most this many of its sizes below it.
const WRAP_PITCH: f64 = 1.6;

/// The sizes that set a document's levels apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// The size most of the text is set at.
    pub body: f64,
    /// From this size up a lone line is a section heading.
    pub section: f64,
    /// The largest size of any line.
    pub largest: f64,
    /// The left edges of the section headings.
    section_x: Vec<f64>,
}

impl Scale {
    /// The scale of `main` (the text read in place, which sets the body's size) and of
    /// all lines (`all`, with sidebars), whose headings count too.
    pub fn of<'a>(main: impl Iterator<Item = &'a Line>, all: &[&Line]) -> Scale {
        let body = body_size(main);
        // Section headings are words: a large contact line (a phone, an address with
        // its icon glyph) sets no tier.
        let mut tiers: HashMap<i64, usize> = HashMap::new();
        for l in all.iter().filter(|l| large(l, body) && words(l)) {
            *tiers.entry(tier(l.size)).or_default() += 1;
        }
        let recurring = tiers
            .iter()
            .filter(|&(_, &n)| n >= RECURS)
            .map(|(&t, _)| t)
            .max();
        let section = recurring.map_or(body * HEADING_RATIO, |t| t as f64 * TIER - TIER / 2.0);
        let section_x = all
            .iter()
            .filter(|l| large(l, body) && words(l) && l.size >= section)
            .map(|l| l.x0)
            .collect();
        Scale {
            body,
            section,
            largest: all.iter().map(|l| l.size).fold(0.0, f64::max),
            section_x,
        }
    }

    /// Whether `line` is a section heading (or the name).
    pub fn heading(&self, line: &Line) -> bool {
        large(line, self.body) && !self.entry_head(line)
    }

    /// Whether `line` is set above the body but below the section headings of its
    /// column: an entry's head.
    pub fn entry_head(&self, line: &Line) -> bool {
        let near = |x: &f64| (x - line.x0).abs() <= self.body * SAME_COLUMN;
        large(line, self.body) && line.size < self.section && self.section_x.iter().any(near)
    }
}

/// A short line all of whose spans are set larger than the body.
fn large(line: &Line, body: f64) -> bool {
    line.min_size >= body * HEADING_RATIO && line.text.chars().count() <= MAX_HEADING_CHARS
}

/// A line of words alone: no digits, no `@`, no cells.
fn words(l: &Line) -> bool {
    !l.text.contains(WIDE_GAP) && !l.text.chars().any(|c| c.is_ascii_digit() || c == '@')
}

fn tier(size: f64) -> i64 {
    (size / TIER).round() as i64
}

/// The body text's size: the size most characters are drawn at. A row of a larger
/// label beside body text counts at the body text's size, the longer part of it.
fn body_size<'a>(lines: impl Iterator<Item = &'a Line>) -> f64 {
    let mut count: HashMap<i64, usize> = HashMap::new();
    for l in lines {
        *count.entry((l.min_size * 2.0).round() as i64).or_default() += l.text.len();
    }
    count
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map_or(10.0, |(size, _)| size as f64 / 2.0)
}

/// `lines` (one column's, top down) with each heading that wrapped onto a second line
/// joined back into one: the next line at the same large size, starting at the same x
/// one line below. Lines holding digits or an `@` are left apart: contact lines set
/// large one under the other are lines of their own.
pub fn join_wrapped(lines: Vec<Line>, body: f64) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(prev) = out.last_mut() {
            let wraps = large(prev, body)
                && large(&line, body)
                && (prev.size - line.size).abs() < TIER
                && (prev.x0 - line.x0).abs() < 1.0
                && line.y > prev.y
                && line.y - prev.y <= prev.size * WRAP_PITCH
                && words(prev)
                && words(&line)
                && prev.text.chars().count() + line.text.chars().count() < MAX_HEADING_CHARS;
            if wraps {
                let at = prev.text.len() + 1;
                prev.text.push(' ');
                prev.text.push_str(&line.text);
                prev.bold
                    .extend(line.bold.iter().map(|r| r.start + at..r.end + at));
                continue;
            }
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x0: f64, y: f64, size: f64, text: &str) -> Line {
        Line {
            page: 0,
            x0,
            x1: x0 + text.chars().count() as f64 * size * 0.5,
            cell_x0: x0,
            y,
            bottom: y,
            size,
            column: 0,
            min_size: size,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    fn body_lines(n: usize) -> Vec<Line> {
        (0..n)
            .map(|k| {
                line(
                    50.0,
                    300.0 + 12.0 * k as f64,
                    9.0,
                    "body text of a paragraph",
                )
            })
            .collect()
    }

    #[test]
    fn heads_between_the_body_and_the_recurring_heading_size_are_entry_heads() {
        let mut lines = body_lines(20);
        lines.push(line(50.0, 40.0, 24.0, "Ada Quill"));
        lines.push(line(50.0, 80.0, 15.0, "EXPERIENCE"));
        lines.push(line(50.0, 200.0, 15.0, "EDUCATION"));
        lines.push(line(50.0, 100.0, 10.5, "Harbour Pilot"));
        lines.push(line(50.0, 220.0, 10.5, "Lantern College"));
        // A sidebar's heading, a size below the main column's, in a column of its own.
        lines.push(line(400.0, 80.0, 13.0, "LANGUAGES"));
        let all: Vec<&Line> = lines.iter().collect();
        let scale = Scale::of(lines.iter(), &all);
        assert_eq!(scale.body, 9.0);
        let by = |t: &str| lines.iter().find(|l| l.text == t).unwrap();
        assert!(scale.heading(by("EXPERIENCE")) && scale.heading(by("Ada Quill")));
        assert!(!scale.heading(by("Harbour Pilot")) && scale.entry_head(by("Harbour Pilot")));
        assert!(!scale.entry_head(by("body text of a paragraph")));
        assert!(scale.heading(by("LANGUAGES")));
    }

    #[test]
    fn a_large_label_beside_body_text_is_a_table_row_not_a_heading() {
        let mut lines = body_lines(20);
        lines.push(line(50.0, 80.0, 14.0, "SKILLS"));
        lines.push(line(50.0, 160.0, 14.0, "EDUCATION"));
        let mut row = line(50.0, 100.0, 14.0, "2014 - 2017    Lantern College");
        row.min_size = 9.0;
        let all: Vec<&Line> = lines.iter().chain([&row]).collect();
        let scale = Scale::of(all.iter().copied(), &all);
        assert!(scale.heading(&lines[20]));
        assert!(!scale.heading(&row) && !scale.entry_head(&row));
    }

    #[test]
    fn a_heading_wrapped_onto_two_lines_is_joined() {
        let lines = vec![
            line(20.0, 40.0, 18.0, "Awards"),
            line(20.0, 62.0, 18.0, "& Prizes"),
            line(20.0, 90.0, 9.0, "Best pilot"),
            line(400.0, 120.0, 13.0, "+44 20 7946 0000"),
            line(400.0, 138.0, 13.0, "ada@example.org"),
        ];
        let out = join_wrapped(lines, 9.0);
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Awards & Prizes",
                "Best pilot",
                "+44 20 7946 0000",
                "ada@example.org"
            ]
        );
    }
}
