//! Lines in reading order → Markdown-shaped lines: headings from size, bold words as
//! `**…**` (as the DOCX reader writes bold runs, so a short line wholly in bold reads
//! as a heading or an entry's head), items from their bullet glyph, running headers,
//! footers and page numbers left out, blank lines where the page leaves a gap.
//!
//! Takes every page's lines (main text, then sidebars) and the pages' heights; gives the
//! [`PdfText`]: the lowered lines, numbered in order, and each one's page. It does not read sections
//! or entries: the text reader does, as for any other format.

use std::ops::Range;

use super::columns::Line;
use super::glyphs::Page;
use super::headings::{join_wrapped, Scale};
use super::running::running_lines;
use super::spacing::{column_pitches, line_pitch};
use super::wrap::join_paragraph_lines;
use super::PdfText;
use crate::parse::formats::Lowered;

/// How far right of its bullet (in ems of the line's size) a line must start to be
/// the item's wrapped text rather than a new paragraph.
const HANG_MIN_EM: f64 = 0.3;
/// Left edges closer than this many points are one edge.
const SAME_EDGE: f64 = 1.0;
/// Sizes closer than this many points are one size.
const SAME_SIZE: f64 = 0.5;
/// Bold stands out only against regular text: when this share of the body text or
/// more is bold (a document set in a semibold face throughout), nothing is marked.
const MAX_BOLD_SHARE: f64 = 0.5;

/// Bullet glyphs of common fonts and symbol fonts; private-use characters are symbol
/// fonts' bullets drawn without a Unicode meaning.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '▪'
            | '■'
            | '◦'
            | '○'
            | '∙'
            | '·'
            | '‣'
            | '►'
            | '▶'
            | '➢'
            | '➤'
            | '❖'
            | '◆'
            | '✓'
            | '✔'
            | '–'
            | '—'
            | '-'
            | '*'
    ) || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

/// `pages`' lines in order, then the sidebars' (one list per page).
pub fn lower(pages: &[Vec<Line>], sidebars: &[Vec<Line>], sizes: &[Page]) -> PdfText {
    let running = running_lines(pages, sizes);
    // Running headers and footers left out: they are no part of the reading.
    let pages: Vec<Vec<Line>> = pages
        .iter()
        .enumerate()
        .map(|(p, lines)| {
            lines
                .iter()
                .enumerate()
                .filter(|(k, _)| !running.contains(&(p, *k)))
                .map(|(_, l)| l.clone())
                .collect()
        })
        .collect();
    let body = Scale::of(pages.iter().flatten(), &[]).body;
    let joined = |lines: &[Vec<Line>]| -> Vec<Vec<Line>> {
        lines
            .iter()
            .map(|l| join_paragraph_lines(join_wrapped(l.clone(), body), body))
            .collect()
    };
    let (pages, sidebars) = (joined(&pages), joined(sidebars));
    let all: Vec<&Line> = pages.iter().chain(&sidebars).flatten().collect();
    let scale = Scale::of(pages.iter().flatten(), &all);
    let pitch = line_pitch(&pages);
    let pitches = column_pitches(&all, pitch);
    let largest = pages.iter().flatten().map(|l| l.size).fold(0.0, f64::max);
    let emphasis = bold_share(&all) < MAX_BOLD_SHARE;
    let mut out = PdfText::default();
    let mut lowered = Lowered::default();
    let push = |out: &mut PdfText, lowered: &mut Lowered, text: &str, page: usize| {
        let next = lowered.origin.len() + 1;
        lowered.push(text, next);
        out.line_pages.push(page + 1);
    };
    let all = pages.iter().enumerate().chain(sidebars.iter().enumerate());
    for (p, lines) in all {
        if lines.is_empty() {
            continue;
        }
        if !lowered.origin.is_empty() {
            push(&mut out, &mut lowered, "", p);
        }
        let mut prev: Option<&Line> = None;
        // The left edge of the list item being read: its wrapped lines hang right of
        // the bullet, as every word processor and browser sets a list item.
        // With it, the left edge and size of the item's wrapped lines, once one is read:
        // they all start there, and a line right of the bullet that starts elsewhere
        // (the next entry's head) is no part of the item.
        let mut item_x: Option<(f64, Option<(f64, f64)>)> = None;
        for line in lines {
            let heading = scale.heading(line);
            if let Some(prev) = prev {
                let gap = line.y - prev.bottom;
                let pitch = pitches
                    .get(&(line.page, line.column))
                    .copied()
                    .unwrap_or(pitch);
                // A gap clearly wider than the column's line spacing, a column's top,
                // or a heading: a new block.
                if gap > prev.size.max(line.size) * pitch * 1.3 || gap < 0.0 || heading {
                    push(&mut out, &mut lowered, "", p);
                    item_x = None;
                }
            }
            let text = line.text.trim();
            let from = line.text.len() - line.text.trim_start().len();
            let to = line.text.trim_end().len();
            let written = if heading {
                item_x = None;
                let level = if line.size >= largest - 0.5 {
                    "#"
                } else {
                    "##"
                };
                format!("{level} {}", text.replace(super::columns::WIDE_GAP, " "))
            } else {
                match text.chars().next() {
                    Some(c)
                        if is_bullet(c)
                            && text.chars().nth(1).map_or(true, char::is_whitespace) =>
                    {
                        item_x = Some((line.x0, None));
                        let rest = &text[c.len_utf8()..];
                        let from = from + c.len_utf8() + rest.len() - rest.trim_start().len();
                        format!("- {}", marked(line, from..to, emphasis))
                    }
                    // Hanging right of the bullet: the item's own text wrapped, joined
                    // onto it whatever it starts or ends with (a date, a full stop).
                    // Its wrapped lines share one left edge and one size: a line
                    // there in another size (the next entry's head) is no part of it.
                    _ if item_x.is_some_and(|(x, wrap)| {
                        line.x0 > x + line.size * HANG_MIN_EM
                            && wrap.map_or(true, |(w, size)| {
                                (line.x0 - w).abs() < SAME_EDGE
                                    && (line.size - size).abs() < SAME_SIZE
                            })
                    }) =>
                    {
                        item_x = item_x.map(|(x, _)| (x, Some((line.x0, line.size))));
                        append(&mut lowered, text);
                        prev = Some(line);
                        continue;
                    }
                    // An entry's head set larger than the body reads as one set bold.
                    _ if emphasis && scale.entry_head(line) => {
                        item_x = None;
                        format!("**{}**", text.replace("**", ""))
                    }
                    _ => {
                        item_x = None;
                        marked(line, from..to, emphasis)
                    }
                }
            };
            push(&mut out, &mut lowered, &written, p);
            prev = Some(line);
        }
    }
    out.lowered = lowered;
    out
}

/// The line's text in `within`, its bold words marked `**…**` when `emphasis` (words
/// apart only by spaces in one mark, so a line wholly in bold is one `**…**`).
fn marked(line: &Line, within: Range<usize>, emphasis: bool) -> String {
    let text = &line.text;
    let mut runs: Vec<Range<usize>> = Vec::new();
    for r in line.bold.iter().filter(|_| emphasis) {
        let (start, end) = (r.start.max(within.start), r.end.min(within.end));
        if start >= end {
            continue;
        }
        match runs.last_mut() {
            Some(last) if text[last.end..start].trim().is_empty() => last.end = end,
            _ => runs.push(start..end),
        }
    }
    let mut out = String::with_capacity(within.len() + runs.len() * 4);
    let mut at = within.start;
    for r in runs {
        out.push_str(&text[at..r.start]);
        out.push_str("**");
        out.push_str(&text[r.clone()]);
        out.push_str("**");
        at = r.end;
    }
    out.push_str(&text[at..within.end]);
    out
}

/// The share of the text drawn in bold.
fn bold_share(lines: &[&Line]) -> f64 {
    let (mut bold, mut all) = (0, 0);
    for l in lines {
        all += l.text.len();
        bold += l.bold.iter().map(|r| r.len()).sum::<usize>();
    }
    bold as f64 / all.max(1) as f64
}

/// `text` added to the last lowered line, a space between them, except after a word
/// broken at its own hyphen ("real-" / "time").
fn append(lowered: &mut Lowered, text: &str) {
    if lowered.text.ends_with('\n') {
        lowered.text.pop();
    }
    if !crate::parse::glyphs::joins_without_space(&lowered.text, text) {
        lowered.text.push(' ');
    }
    lowered.text.push_str(text);
    lowered.text.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f64, size: f64, text: &str) -> Line {
        Line {
            page: 0,
            x0: 50.0,
            // Body text about half an em a character: no line fills the column.
            x1: 50.0 + text.chars().count() as f64 * size * 0.5,
            cell_x0: 50.0,
            y,
            bottom: y,
            size,
            column: 0,
            min_size: size,
            text: text.into(),
            bold: Vec::new(),
        }
    }

    const A4: Page = Page {
        width: 595.0,
        height: 842.0,
    };

    #[test]
    fn headings_by_size_and_items_by_bullet() {
        let page = vec![
            line(100.0, 22.0, "Ada Quill"),
            line(140.0, 14.0, "Experience"),
            line(160.0, 10.0, "Baker, Crumb & Co"),
            line(172.0, 10.0, "• Baked bread every morning for the town"),
            line(184.0, 10.0, "\u{f0b7} Ran the oven"),
        ];
        let out = lower(&[page], &[vec![]], &[A4]);
        assert_eq!(
            out.lowered.text,
            "# Ada Quill\n\n## Experience\nBaker, Crumb & Co\n- Baked bread every morning for the town\n- Ran the oven\n"
        );
    }

    #[test]
    fn an_items_wrapped_lines_hang_right_of_its_bullet() {
        let at = |x0: f64, y: f64, text: &str| Line {
            x0,
            ..line(y, 10.0, text)
        };
        let page = vec![
            at(50.0, 100.0, "• Built a tool for the team by providing a"),
            at(58.0, 112.0, "Runtime and a fast serialiser."),
            at(50.0, 118.0, "• Cut the cost of real-"),
            at(58.0, 124.0, "time jobs in 2021."),
            at(50.0, 130.0, "Kelda Bakery"),
        ];
        let out = lower(&[page], &[vec![]], &[A4]);
        assert_eq!(
            out.lowered.text,
            "- Built a tool for the team by providing a Runtime and a fast serialiser.\n- Cut the cost of real-time jobs in 2021.\nKelda Bakery\n"
        );
    }

    #[test]
    fn a_line_right_of_the_bullet_but_off_the_wrapped_lines_edge_is_no_part_of_the_item() {
        let at = |x0: f64, y: f64, text: &str| Line {
            x0,
            ..line(y, 10.0, text)
        };
        let page = vec![
            at(50.0, 100.0, "• Charted the harbour approaches for the new"),
            at(58.0, 112.0, "ferry route and its tides."),
            at(61.0, 124.0, "PILOT TRAINING"),
            at(61.0, 136.0, "Lantern Isles Pilotage School"),
        ];
        let out = lower(&[page], &[vec![]], &[A4]);
        assert_eq!(
            out.lowered.text,
            "- Charted the harbour approaches for the new ferry route and its tides.\n\
             PILOT TRAINING\nLantern Isles Pilotage School\n"
        );
    }

    #[test]
    fn an_airy_column_breaks_blocks_at_its_own_wider_gaps_only() {
        // Main text at 12pt spacing; a sidebar column at twice that, its entries
        // parted by a gap wider still.
        let mut page: Vec<Line> = (0..8)
            .map(|k| line(100.0 + 12.0 * k as f64, 10.0, "main text of the page"))
            .collect();
        let side = |y: f64, text: &str| Line {
            x0: 400.0,
            column: 400,
            ..line(y, 10.0, text)
        };
        for (k, text) in ["2012 - 2015", "PhD in Chemistry", "Lantern University"]
            .iter()
            .enumerate()
        {
            page.push(side(100.0 + 24.0 * k as f64, text));
            page.push(side(220.0 + 24.0 * k as f64, &text.replace("PhD", "MSc")));
        }
        page.sort_by_key(|l| (l.column, l.y as i64));
        let out = lower(&[page], &[vec![]], &[A4]);
        let text = out.lowered.text;
        assert!(
            text.ends_with(
                "2012 - 2015\nPhD in Chemistry\nLantern University\n\n\
                 2012 - 2015\nMSc in Chemistry\nLantern University\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn running_footers_and_page_numbers_are_left_out() {
        let page = |n: usize| {
            vec![
                line(100.0, 10.0, "Body text of the page goes here"),
                line(820.0, 8.0, "Ada Quill — Curriculum Vitae"),
                line(830.0, 8.0, &format!("Page {n} of 2")),
            ]
        };
        let out = lower(&[page(1), page(2)], &[vec![], vec![]], &[A4, A4]);
        assert_eq!(
            out.lowered.text,
            "Body text of the page goes here\n\nBody text of the page goes here\n"
        );
        assert_eq!(out.line_pages, vec![1, 2, 2]);
    }
}
