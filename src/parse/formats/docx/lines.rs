//! DOCX blocks → Markdown-shaped lines, each with the number of the paragraph it came
//! from.
//!
//! Takes the [`Block`]s of the page header and the body; gives a [`Lowered`] document
//! and the plain text of every paragraph, numbered from 1 in reading order (a table
//! cell's paragraphs count one by one). Headings become `#` lines, numbered
//! paragraphs `- ` items indented two spaces per level, bold and italic runs `**`
//! and `*`, links `[text](target)`, tabs a wide gap. A table row of short cells
//! reads across: line k of each cell side by side with a wide gap between them (the
//! way the row reads on the page, dates beside the entry in two-column templates),
//! list items and headings on lines of their own; the paragraphs joined onto another
//! one's line are noted as read there. A row of two or more long cells is a page
//! layout (a sidebar beside the main text) and reads cell after cell.
//!
//! It does not interpret the résumé.

use super::body::{Block, Pages, Para, Run};
use super::display;
use super::styles::Styles;
use crate::parse::formats::Lowered;

/// What separates table cells and tab stops: wide enough for the text reader to see
/// two columns, as in text laid out by position.
const GAP: &str = "    ";

/// Table cells holding more lines than this, two or more in a row, are the columns of
/// a page layout (a sidebar beside the main text), not the pieces of one line.
const COLUMN_LINES: usize = 3;

/// The lowered document, and the plain text and pages of paragraph `k + 1` at `k`.
pub fn write(blocks: &[Block], styles: &Styles) -> (Lowered, Vec<String>, Vec<Pages>) {
    let mut w = Writer {
        out: Lowered::default(),
        units: Vec::new(),
        pages: Vec::new(),
        styles,
        sizes: display::Sizes::of(blocks),
    };
    // The list item last written, its level and its text's left edge: a paragraph
    // after it starting at that edge, unnumbered and with no hang, is more of it.
    let mut item: Option<(u8, i32)> = None;
    for block in blocks {
        match block {
            Block::Para(p) => {
                let no = w.unit(p);
                let more = item.filter(|&(_, left)| continues_item(p, left, &w));
                let lines = w.render_as(p, more.map(|(level, _)| level));
                for line in lines {
                    w.out.push(&line, no);
                }
                item = match (more, p.list, p.indent) {
                    (Some(m), ..) => Some(m),
                    (None, Some(level), Some((left, _))) => Some((level, left)),
                    _ => None,
                };
            }
            Block::Row(cells) => {
                item = None;
                w.row(cells)
            }
        }
    }
    (w.out, w.units, w.pages)
}

struct Writer<'a> {
    out: Lowered,
    units: Vec<String>,
    pages: Vec<Pages>,
    styles: &'a Styles,
    sizes: display::Sizes,
}

impl Writer<'_> {
    /// Numbers a paragraph: its plain text, one line, for `--explain`.
    fn unit(&mut self, p: &Para) -> usize {
        let plain = p.plain().replace('\t', GAP).replace('\n', " / ");
        self.units.push(plain.trim_end().to_string());
        self.pages.push(p.page);
        self.units.len()
    }

    fn row(&mut self, cells: &[Vec<Para>]) {
        // Every paragraph numbered, cell by cell; empty paragraphs are spacing.
        let mut first_no = 0;
        let mut columns: Vec<Vec<(usize, String, bool)>> = Vec::new();
        for cell in cells {
            let mut lines = Vec::new();
            for p in cell {
                let no = self.unit(p);
                if first_no == 0 {
                    first_no = no;
                }
                let heading = self.heading(p).is_some();
                for line in self.render(p) {
                    if !line.trim().is_empty() {
                        lines.push((no, line, heading));
                    }
                }
            }
            columns.push(lines);
        }
        let long = columns.iter().filter(|c| c.len() > COLUMN_LINES).count();
        if long >= 2 {
            // Cells this long are the columns of a page layout: read one after the other.
            for column in columns.iter().filter(|c| !c.is_empty()) {
                for (no, line, _) in column {
                    self.out.push(line, *no);
                }
                self.out.push("", column[column.len() - 1].0);
            }
            return;
        }
        // A heading is a line of its own wherever it stands: before the row's lines.
        for column in &mut columns {
            for (no, line, _) in column.iter().filter(|l| l.2) {
                self.out.push(line, *no);
            }
            column.retain(|l| !l.2);
        }
        let depth = columns.iter().map(Vec::len).max().unwrap_or(0);
        if depth == 0 && first_no > 0 {
            self.out.push("", first_no);
        }
        // Short cells read across, line k of each side by side, as the row reads on
        // the page; a list item stays a line of its own.
        for k in 0..depth {
            let parts: Vec<&(usize, String, bool)> =
                columns.iter().filter_map(|c| c.get(k)).collect();
            let item = |l: &str| l.trim_start().starts_with("- ");
            if parts.iter().any(|(_, l, _)| item(l)) {
                for (no, line, _) in parts {
                    self.out.push(line, *no);
                }
                continue;
            }
            let line: Vec<&str> = parts.iter().map(|(_, l, _)| l.trim_end()).collect();
            let no = parts[0].0;
            self.out.push(&line.join(GAP), no);
            for &&(other, _, _) in &parts[1..] {
                if other != no {
                    let note = format!("read on the line of ¶{no} (same table row)");
                    self.out.joined.push((other, note));
                }
            }
        }
    }

    /// The heading level of a paragraph, by its own outline level or its style, else
    /// by its look ([`display::Sizes::heading`]).
    fn heading(&self, p: &Para) -> Option<u8> {
        match p.outline {
            Some(l) if l < 9 => Some(l + 1),
            Some(_) => None,
            None => p
                .style
                .as_deref()
                .and_then(|s| self.styles.get(s).heading)
                .or_else(|| self.sizes.heading(p)),
        }
    }

    /// A paragraph's lines, Markdown-shaped.
    fn render(&self, p: &Para) -> Vec<String> {
        self.render_as(p, None)
    }

    /// [`render`](Self::render), or with `more` the paragraph as more of the list item
    /// at that level before it: its lines indented under the item's text, unmarked.
    fn render_as(&self, p: &Para, more: Option<u8>) -> Vec<String> {
        let heading = self.heading(p);
        // A heading paragraph is a line of its own already; its smaller text stays in it.
        let lines = match heading {
            Some(_) => split_lines(&p.runs),
            None => split_lines(&display::break_after_display(&p.runs)),
        };
        let mut out = Vec::new();
        for (k, runs) in lines.iter().enumerate() {
            if let Some(level) = heading {
                let text = plain(runs);
                if text.trim().is_empty() {
                    out.push(String::new());
                } else {
                    let hashes = "#".repeat(level.min(6) as usize);
                    out.push(format!("{hashes} {}", text.trim()));
                }
                continue;
            }
            let text = marked(runs);
            let text = text.trim_end();
            match p.list.or(more) {
                // The item's mark on its first line; a break inside it continues it.
                Some(level) if !text.trim().is_empty() => {
                    let indent = "  ".repeat(level.min(8) as usize);
                    let mark = if k == 0 && more.is_none() { "- " } else { "  " };
                    out.push(format!("{indent}{mark}{}", text.trim_start()));
                }
                _ => out.push(text.to_string()),
            }
        }
        out
    }
}

/// Whether `p` continues the list item before it, whose text starts at `left`: Word
/// writes a second paragraph of one item (a link, a note under it) unnumbered, its
/// left edge at the item's text and no hang, as Markdown indents an item's paragraphs.
fn continues_item(p: &Para, left: i32, w: &Writer) -> bool {
    p.list.is_none()
        && w.heading(p).is_none()
        && p.indent == Some((left, 0))
        && left > 0
        && !p.plain().trim().is_empty()
}

/// Runs split at line breaks.
fn split_lines(runs: &[Run]) -> Vec<Vec<Run>> {
    let mut lines = vec![Vec::new()];
    for run in runs {
        for (k, piece) in run.text.split('\n').enumerate() {
            if k > 0 {
                lines.push(Vec::new());
            }
            if !piece.is_empty() {
                let mut r = run.clone();
                r.text = piece.to_string();
                lines.last_mut().expect("one line at least").push(r);
            }
        }
    }
    lines
}

fn plain(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.replace('\t', GAP)).collect()
}

/// Runs with their emphasis as `**`/`*` and links as `[text](target)`; the marks
/// hug the text (spaces go outside them), as Markdown wants.
fn marked(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        let text = r.text.replace('\t', GAP);
        let core = text.trim();
        if core.is_empty() {
            out.push_str(&text);
            continue;
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        let mark = match (r.bold, r.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        let mut inner = format!("{mark}{core}{mark}");
        if let Some(target) = &r.link {
            let bare = target.strip_prefix("mailto:").unwrap_or(target);
            if bare != core {
                inner = format!("[{inner}]({target})");
            }
        }
        out.push_str(lead);
        out.push_str(&inner);
        out.push_str(trail);
    }
    out
}
