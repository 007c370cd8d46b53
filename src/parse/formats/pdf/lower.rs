//! Lines in reading order → Markdown-shaped lines: headings from size, items from their
//! bullet glyph, running headers, footers and page numbers left out, blank lines where
//! the page leaves a gap.
//!
//! Takes every page's lines (main text, then sidebars) and the pages' heights; gives the
//! [`PdfText`]: the lowered lines, numbered in order, and each one's page. It does not read sections
//! or entries: the text reader does, as for any other format.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::columns::Line;
use super::glyphs::Page;
use super::PdfText;
use crate::parse::formats::Lowered;

/// A heading is this much larger than the body text at least.
const HEADING_RATIO: f64 = 1.15;
/// The top and bottom share of a page where running headers and footers sit.
const MARGIN: f64 = 0.1;

/// A page number as printed in a header or footer: `3`, `- 3 -`, `Page 3 of 4`, `3/4`.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[-–\s]*(page|seite|p\.|pag\.?)?\s*\d{1,3}\s*((of|von|de|/|sur)\s*\d{1,3})?[-–\s]*$",
    )
    .unwrap()
});

/// Bullet glyphs of common fonts and symbol fonts; private-use characters are symbol
/// fonts' bullets drawn without a Unicode meaning.
fn is_bullet(c: char) -> bool {
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
    let body = body_size(pages, &running);
    let pitch = line_pitch(pages);
    let largest = pages.iter().flatten().map(|l| l.size).fold(0.0, f64::max);
    let mut out = PdfText::default();
    let mut lowered = Lowered::default();
    let push = |out: &mut PdfText, lowered: &mut Lowered, text: &str, page: usize| {
        let next = lowered.origin.len() + 1;
        lowered.push(text, next);
        out.line_pages.push(page + 1);
    };
    let all = pages
        .iter()
        .enumerate()
        .map(|(p, l)| (p, l, true))
        .chain(sidebars.iter().enumerate().map(|(p, l)| (p, l, false)));
    for (p, lines, in_main) in all {
        if lines.is_empty() {
            continue;
        }
        if !lowered.origin.is_empty() {
            push(&mut out, &mut lowered, "", p);
        }
        let mut prev: Option<&Line> = None;
        for (k, line) in lines.iter().enumerate() {
            if in_main && running.contains(&(p, k)) {
                continue;
            }
            let heading = line.size >= body * HEADING_RATIO && line.text.chars().count() <= 80;
            if let Some(prev) = prev {
                let gap = line.y - prev.y;
                // A gap clearly wider than the document's line spacing, a column's
                // top, or a heading: a new block.
                if gap > prev.size.max(line.size) * pitch * 1.3 || gap < 0.0 || heading {
                    push(&mut out, &mut lowered, "", p);
                }
            }
            let text = line.text.trim();
            let written = if heading {
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
                        format!("- {}", text[c.len_utf8()..].trim_start())
                    }
                    _ => text.to_string(),
                }
            };
            push(&mut out, &mut lowered, &written, p);
            prev = Some(line);
        }
    }
    out.lowered = lowered;
    out
}

/// The body text's size: the size most characters are drawn at, headers and footers
/// aside.
fn body_size(pages: &[Vec<Line>], running: &HashSet<(usize, usize)>) -> f64 {
    let mut count: HashMap<i64, usize> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        for (k, l) in lines.iter().enumerate() {
            if !running.contains(&(p, k)) {
                *count.entry((l.size * 2.0).round() as i64).or_default() += l.text.len();
            }
        }
    }
    count
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map_or(10.0, |(size, _)| size as f64 / 2.0)
}

/// The usual distance between baselines of one paragraph, in font sizes: the most
/// common one between consecutive lines of the same size.
fn line_pitch(pages: &[Vec<Line>]) -> f64 {
    let mut count: HashMap<i64, usize> = HashMap::new();
    for lines in pages {
        for pair in lines.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let ratio = (b.y - a.y) / a.size;
            if (a.size - b.size).abs() < 0.3 && (0.9..2.5).contains(&ratio) {
                *count.entry((ratio * 20.0).round() as i64).or_default() += 1;
            }
        }
    }
    count
        .into_iter()
        .max_by_key(|&(r, n)| (n, -r))
        .map_or(1.25, |(r, _)| r as f64 / 20.0)
}

/// Lines that are running headers, footers or page numbers: `(page, index)`.
fn running_lines(pages: &[Vec<Line>], sizes: &[Page]) -> HashSet<(usize, usize)> {
    let in_margin = |p: usize, l: &Line| {
        let h = sizes.get(p).map_or(842.0, |s| s.height);
        l.y < h * MARGIN || l.y > h * (1.0 - MARGIN)
    };
    // The same text (numbers aside) at the same height on several pages.
    let key = |l: &Line| {
        let t: String = l
            .text
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        (t, (l.y / 3.0).round() as i64)
    };
    let mut seen: HashMap<(String, i64), Vec<usize>> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        for l in lines.iter().filter(|l| in_margin(p, l)) {
            let pages = seen.entry(key(l)).or_default();
            if pages.last() != Some(&p) {
                pages.push(p);
            }
        }
    }
    let mut out = HashSet::new();
    for (p, lines) in pages.iter().enumerate() {
        for (k, l) in lines.iter().enumerate() {
            if !in_margin(p, l) {
                continue;
            }
            let repeated = pages.len() > 1 && seen.get(&key(l)).is_some_and(|v| v.len() > 1);
            if repeated || PAGE_NUMBER.is_match(l.text.trim()) {
                out.insert((p, k));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f64, size: f64, text: &str) -> Line {
        Line {
            page: 0,
            x0: 50.0,
            y,
            size,
            text: text.into(),
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
