//! DOCX blocks → Markdown-shaped lines, each with the number of the paragraph it came
//! from.
//!
//! Takes the [`Block`]s of the page header and the body; gives a [`Lowered`] document
//! and the plain text of every paragraph, numbered from 1 in reading order (a table
//! cell's paragraphs count one by one). Headings become `#` lines, numbered
//! paragraphs `- ` items indented two spaces per level, bold and italic runs `**`
//! and `*`, links `[text](target)`, tabs a wide gap. A table row becomes one line:
//! the first paragraph of each cell side by side with a wide gap between them (the
//! way the row reads across the page, dates beside the entry in two-column
//! templates), then the cells' further paragraphs in order; the paragraphs joined
//! into the row's line are noted as read there.
//!
//! It does not interpret the résumé.

use super::body::{Block, Para, Run};
use super::styles::Styles;
use crate::parse::formats::Lowered;

/// What separates table cells and tab stops: wide enough for the text reader to see
/// two columns, as in text laid out by position.
const GAP: &str = "    ";

/// The lowered document and the plain text of paragraph `k + 1` at `units[k]`.
pub fn write(blocks: &[Block], styles: &Styles) -> (Lowered, Vec<String>) {
    let mut w = Writer {
        out: Lowered::default(),
        units: Vec::new(),
        styles,
    };
    for block in blocks {
        match block {
            Block::Para(p) => {
                let no = w.unit(p);
                let lines = w.render(p);
                for line in lines {
                    w.out.push(&line, no);
                }
            }
            Block::Row(cells) => w.row(cells),
        }
    }
    (w.out, w.units)
}

struct Writer<'a> {
    out: Lowered,
    units: Vec<String>,
    styles: &'a Styles,
}

impl Writer<'_> {
    /// Numbers a paragraph: its plain text, one line, for `--explain`.
    fn unit(&mut self, p: &Para) -> usize {
        let plain = p.plain().replace('\t', GAP).replace('\n', " / ");
        self.units.push(plain.trim_end().to_string());
        self.units.len()
    }

    fn row(&mut self, cells: &[Vec<Para>]) {
        // Each cell's paragraphs numbered in order; the first with text in each cell
        // goes on the row's line.
        let mut first = Vec::new();
        let mut rest = Vec::new();
        let mut line_no = 0;
        for cell in cells {
            let mut taken = false;
            for p in cell {
                let no = self.unit(p);
                let lines = self.render(p);
                let has_text = lines.iter().any(|l| !l.trim().is_empty());
                if !taken && has_text {
                    taken = true;
                    let mut lines = lines.into_iter();
                    first.push((no, lines.next().unwrap_or_default()));
                    rest.extend(lines.map(|l| (no, l)));
                } else if has_text {
                    rest.extend(lines.into_iter().map(|l| (no, l)));
                } else {
                    rest.push((no, String::new()));
                }
                if line_no == 0 {
                    line_no = no;
                }
            }
        }
        if let Some(&(no, _)) = first.first() {
            let line: Vec<&str> = first.iter().map(|(_, l)| l.trim_end()).collect();
            self.out.push(&line.join(GAP), no);
            for &(other, _) in &first[1..] {
                self.out.drop_line(
                    other,
                    "read on one line with the first cell of its table row",
                );
            }
        }
        for (no, line) in rest {
            // Empty paragraphs in cells are spacing, not the blank line between entries.
            if !line.trim().is_empty() {
                self.out.push(&line, no);
            }
        }
        if first.is_empty() && line_no > 0 {
            self.out.push("", line_no);
        }
    }

    /// A paragraph's lines, Markdown-shaped.
    fn render(&self, p: &Para) -> Vec<String> {
        let style = p.style.as_deref().map(|s| self.styles.get(s));
        let heading = match p.outline {
            Some(l) if l < 9 => Some(l + 1),
            _ => style.and_then(|s| s.heading),
        };
        let lines = split_lines(&p.runs);
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
            match p.list {
                // The item's mark on its first line; a break inside it continues it.
                Some(level) if !text.trim().is_empty() => {
                    let indent = "  ".repeat(level.min(8) as usize);
                    let mark = if k == 0 { "- " } else { "  " };
                    out.push(format!("{indent}{mark}{}", text.trim_start()));
                }
                _ => out.push(text.to_string()),
            }
        }
        out
    }
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
