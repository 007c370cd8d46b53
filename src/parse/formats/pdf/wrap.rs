//! Lines of one paragraph that the page wrapped at its column's edge, joined back into
//! one line.
//!
//! Takes one page's lines in reading order (or one page's sidebar lines); gives them
//! with each line the layout wrapped onto the next joined to it. A line wrapped when
//! the first word of the next line would not have fitted in the room left at its end:
//! a writer breaks a line early on purpose (a school's name, then its town), a
//! typesetter only when the next word does not fit, so the geometry tells a wrapped
//! name or sentence from two lines meant apart, which the text alone cannot. The next
//! line must start where the wrapped text started (the line's last cell, so a row of
//! a date and its text wraps under the text), one line below, at the same size and
//! weight, as a cell of its own. Items (a bullet's wrapped lines hang right of it) and
//! headings are joined elsewhere ([`super::lower`], [`super::headings`]). It does not
//! decide what a line is.

use std::collections::HashMap;

use super::columns::{Line, WIDE_GAP};

/// Left edges closer than this many points are one edge.
const SAME_EDGE: f64 = 1.5;
/// A wrapped line starts at most this many of its sizes below the line it continues:
/// a wider step is a gap between paragraphs.
const WRAP_PITCH: f64 = 1.6;
/// Sizes closer than this many points are one size.
const SAME_SIZE: f64 = 0.5;
/// A word space, in font sizes: what the next word needs before it besides its width.
const SPACE_EM: f64 = 0.25;

/// A column's right edge is known when at least this many of its lines end within an
/// em of it: a paragraph filled it. A column of short items has only its longest item
/// there, which says nothing about where the column ends.
const EDGE_LINES: usize = 2;

/// `lines` with every paragraph line the layout wrapped joined onto the line it
/// continues; `body`: the body text's size (larger lines are headings, not joined here).
pub fn join_paragraph_lines(lines: Vec<Line>, body: f64) -> Vec<Line> {
    let right = right_edges(&lines, body);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(prev) = out.last_mut() {
            let edge = right.get(&(prev.page, prev.column)).copied();
            if edge.is_some_and(|edge| wraps_onto(prev, &line, edge, body)) {
                join(prev, line);
                continue;
            }
        }
        out.push(line);
    }
    out
}

/// A column's right edge, and how many of its lines end within an em of it.
#[derive(Debug, Clone, Copy)]
struct Edge {
    x: f64,
    near: usize,
}

/// The right edge of each column's text, by `(page, column)`: where its longest lines
/// end, for the columns whose edge [`EDGE_LINES`] lines reach. Contact lines (an
/// address, a link) are left out: they never wrap, so they say nothing of the edge.
fn right_edges(lines: &[Line], body: f64) -> HashMap<(usize, u32), Edge> {
    let text: Vec<&Line> = lines.iter().filter(|l| !is_contact(&l.text)).collect();
    let mut out: HashMap<(usize, u32), Edge> = HashMap::new();
    for l in &text {
        let e = out
            .entry((l.page, l.column))
            .or_insert(Edge { x: l.x1, near: 0 });
        e.x = e.x.max(l.x1);
    }
    for (key, edge) in out.iter_mut() {
        edge.near = text
            .iter()
            .filter(|l| (l.page, l.column) == *key && l.x1 >= edge.x - body)
            .count();
    }
    out.retain(|_, edge| edge.near >= EDGE_LINES);
    out
}

/// Whether `next` is `prev`'s last cell wrapped at the column's right `edge`.
fn wraps_onto(prev: &Line, next: &Line, edge: Edge, body: f64) -> bool {
    // Other lines than `prev` at the edge: it is the column's, not only `prev`'s end.
    let others = edge.near - usize::from(prev.x1 >= edge.x - body);
    let step = next.y - prev.bottom;
    let first_word = next.text.split_whitespace().next().unwrap_or_default();
    let chars = next.text.chars().count().max(1) as f64;
    let word_width = (next.x1 - next.x0) / chars * first_word.chars().count() as f64;
    prev.page == next.page
        && prev.column == next.column
        && step > 0.0
        && step <= prev.min_size * WRAP_PITCH
        && (next.x0 - prev.cell_x0).abs() < SAME_EDGE
        && (next.size - prev.min_size).abs() < SAME_SIZE
        && next.size < body * super::headings::HEADING_RATIO
        && !next.text.contains(WIDE_GAP)
        && !starts_item(&prev.text)
        && !starts_item(&next.text)
        && !first_word.is_empty()
        && prev.x1 + next.size * SPACE_EM + word_width > edge.x
        && last_bold(prev) == first_bold(next)
        && !is_contact(&next.text)
        && !is_contact(&prev.text)
        && (runs_on(prev.text.trim_end(), next.text.trim_start())
            || (edge.x - prev.x1 < next.size * FULL_EM
                && others >= EDGE_LINES
                && ends_on_word(&prev.text)))
}

/// A line ending on a word (not on punctuation) that leaves less room than this many
/// ems at the column's edge, an edge other lines reach too, was full: a name set in
/// capitals runs on from it ("…of the Northern" / "Firths"), where a line with room
/// to spare before a capital (or the longest item of a list) is an item of a list.
const FULL_EM: f64 = 1.5;

/// A name that runs on has at least this many words on the full line: one word alone
/// at the edge is an item of a list set narrow (or centred), not a wrapped name.
const FULL_WORDS: usize = 2;

fn ends_on_word(text: &str) -> bool {
    let cell = text.rsplit(WIDE_GAP).next().unwrap_or(text).trim_end();
    cell.ends_with(char::is_alphabetic) && words(cell) >= FULL_WORDS
}

/// The words of `text` that hold a letter.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A line stops mid-phrase on a lower-case word only when it holds at least this many
/// words: a phrase wrapped, not a short item ("Hungarian – fluent") of a list.
const PHRASE_WORDS: usize = 4;

/// Whether the text reads on from `prev` to `next`: `next` opens in lower case, or
/// `prev` stops mid-phrase (a phrase's last word in lower case, a word broken at a
/// hyphen, an open bracket). Two lines that end on a capitalised word or on
/// punctuation and start with a capital are two items (names, places, courses) that
/// happened to fill the column, whatever the geometry says.
fn runs_on(prev: &str, next: &str) -> bool {
    let cell = prev.rsplit(WIDE_GAP).next().unwrap_or(prev);
    let last_word = cell.rsplit(char::is_whitespace).next().unwrap_or_default();
    let open = cell.matches('(').count() > cell.matches(')').count();
    next.starts_with(char::is_lowercase)
        || cell.ends_with('-')
        || open
        || (cell.ends_with(char::is_alphabetic)
            && last_word.starts_with(char::is_lowercase)
            && words(cell) >= PHRASE_WORDS)
}

/// An e-mail address or a link: a contact line stands on its own, though it opens in
/// lower case or fills its column.
fn is_contact(text: &str) -> bool {
    text.contains('@') || text.contains("://") || text.contains("www.")
}

/// A line opening with a bullet glyph or a dash set apart: a list item, whose wrapped
/// lines the lowering joins by their hanging indent.
fn starts_item(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    chars.next().is_some_and(super::lower::is_bullet)
        && chars.next().map_or(true, char::is_whitespace)
}

fn last_bold(l: &Line) -> bool {
    let end = l.text.trim_end().len();
    end > 0 && l.bold.iter().any(|r| r.start < end && r.end >= end)
}

fn first_bold(l: &Line) -> bool {
    let start = l.text.len() - l.text.trim_start().len();
    l.bold.iter().any(|r| r.start <= start && r.end > start)
}

/// `next` added to `prev`: its text after a space (none after a word broken at its own
/// hyphen), its bold words moved along, its last baseline and right edge taken, as the
/// joined line ends where `next` does.
fn join(prev: &mut Line, next: Line) {
    let glue = !crate::parse::glyphs::joins_without_space(prev.text.trim_end(), &next.text);
    let trimmed = prev.text.trim_end().len();
    prev.text.truncate(trimmed);
    if glue {
        prev.text.push(' ');
    }
    let at = prev.text.len();
    prev.text.push_str(&next.text);
    prev.bold
        .extend(next.bold.iter().map(|r| r.start + at..r.end + at));
    prev.bottom = next.bottom;
    prev.x1 = next.x1;
    prev.min_size = prev.min_size.min(next.min_size);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 10-point line at `x0` with glyphs 5 points wide.
    fn line(x0: f64, y: f64, text: &str) -> Line {
        Line {
            page: 0,
            x0,
            x1: x0 + 5.0 * text.chars().count() as f64,
            cell_x0: x0,
            y,
            bottom: y,
            size: 10.0,
            column: 0,
            min_size: 10.0,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn a_line_wrapped_because_the_next_word_did_not_fit_is_joined() {
        // The column ends at 255, where two lines end: the second leaves 20 points,
        // "Lighthouse" needs 50.
        let lines = vec![
            line(50.0, 100.0, "Awarded the Northern Lantern Prize by the"),
            line(50.0, 112.0, "harbour board and the Lighthouse Guild of"),
            line(50.0, 124.0, "Lighthouse Keepers for the year"),
            // A wider step: the next paragraph.
            line(50.0, 142.0, "Best pilot"),
        ];
        let out = join_paragraph_lines(lines, 10.0);
        assert_eq!(
            texts(&out),
            [
                "Awarded the Northern Lantern Prize by the harbour board and the Lighthouse Guild of Lighthouse Keepers for the year",
                "Best pilot"
            ]
        );
    }

    #[test]
    fn a_line_ended_early_on_purpose_stays_apart() {
        // "Porthaven" would have fitted after the school's name: the writer broke there.
        let lines = vec![
            line(50.0, 100.0, "Awarded the Northern Lantern Prize by the"),
            line(50.0, 112.0, "harbour board and the Lighthouse Guild of"),
            line(50.0, 130.0, "Lantern Isles School of"),
            line(50.0, 142.0, "Porthaven"),
        ];
        let out = join_paragraph_lines(lines, 10.0);
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn items_that_fill_the_column_stay_apart() {
        // The first item leaves room to spare but not enough for the next item's first
        // word, and ends a name; the second ends on punctuation at the edge.
        let lines = vec![
            line(50.0, 100.0, "Lantern Isles Pilotage School, Port"),
            line(50.0, 112.0, "Northern Lighthouse Board Academy (2019)"),
            line(50.0, 124.0, "Harbourmasters Guild of the Northern Isles."),
            line(50.0, 136.0, "Harbourmasters"),
        ];
        assert_eq!(join_paragraph_lines(lines, 10.0).len(), 4);
    }

    #[test]
    fn a_short_column_says_nothing_about_its_edge() {
        // The longest line is the only one at its end: the column may reach further.
        let lines = vec![
            line(50.0, 100.0, "Charts of the harbour and"),
            line(50.0, 112.0, "tides"),
        ];
        assert_eq!(join_paragraph_lines(lines, 10.0).len(), 2);
    }

    #[test]
    fn a_dated_rows_text_wraps_under_its_text_not_its_date() {
        let mut row = line(
            50.0,
            100.0,
            &format!("2019{WIDE_GAP}Awarded the Northern Lantern Prize by"),
        );
        row.cell_x0 = 90.0;
        let lines = vec![
            row,
            line(90.0, 112.0, "the Lighthouse Keepers Guild"),
            line(
                50.0,
                124.0,
                &format!("2018{WIDE_GAP}Best pilot of the whole harbour fleet"),
            ),
        ];
        let out = join_paragraph_lines(lines, 10.0);
        assert_eq!(out.len(), 2);
        assert!(out[0]
            .text
            .ends_with("Prize by the Lighthouse Keepers Guild"));
    }

    #[test]
    fn a_bold_head_does_not_run_into_the_body_under_it() {
        let mut head = line(50.0, 100.0, "Harbour Pilot at the Lantern Isles ferries");
        let all = 0..head.text.len();
        head.bold = std::iter::once(all).collect();
        let lines = vec![
            head,
            line(50.0, 112.0, "guided ferries through the fog of all kinds"),
        ];
        assert_eq!(join_paragraph_lines(lines, 10.0).len(), 2);
    }

    #[test]
    fn a_name_running_on_from_a_full_line_is_joined() {
        // "Sound" leaves 5 points at the column's edge: the name runs on in capitals.
        let lines = vec![
            line(50.0, 100.0, "University of the Northern Firths and Sound"),
            line(50.0, 112.0, "Islands"),
            // Other lines reach the same edge: it is the column's.
            line(50.0, 140.0, "Charted by the Lantern Isles Pilotage School"),
            line(50.0, 170.0, "Charted by the Lantern Isles Pilotage Board"),
        ];
        let out = join_paragraph_lines(lines, 10.0);
        assert_eq!(
            out[0].text,
            "University of the Northern Firths and Sound Islands"
        );
    }

    #[test]
    fn a_contact_line_under_a_full_line_stays_apart() {
        let lines = vec![
            line(50.0, 100.0, "Harbour Pilot at the Lantern Isles Ferries."),
            line(50.0, 112.0, "Harbour Pilot at the Lantern Isles Ferries."),
            line(50.0, 124.0, "ada@example.org"),
        ];
        assert_eq!(join_paragraph_lines(lines, 10.0).len(), 3);
    }
}
