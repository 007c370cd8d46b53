//! AsciiDoc → Markdown-shaped lines (see the parent module for the shape).
//!
//! Takes AsciiDoc source; gives the name (author line, `:author:` or the document
//! title), a headline and contact attributes at the top, section titles as Markdown
//! headings (a title's level is the number of titled sections it is in, so the
//! titles inside an untitled `!` section stand beside the titled ones; untitled
//! sections and a title repeating the name are dropped), `*`/`-`/`.` lists with
//! their depth, labelled lists (`term:: text`) as one line each, tables as `|` rows,
//! and AsciiDoc inline markup as Markdown's. Block attributes, delimiters, comments,
//! other attributes and passthrough blocks are dropped with the reason.
//!
//! It does not process includes, conditionals or macros beyond links and images.

mod header;
mod inline;

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::shared::{header_rule, heading, item_line, table_row, term_line, ListDepth};
use super::Lowered;
use header::{contact_label, Header, ATTRIBUTE};

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(={1,6}|#{1,6})\s+(.*?)\s*=*$").unwrap());
static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*)(\*{1,5}|\.{1,5}|-|\d+\.)\s+(.*)$").unwrap());
static LABELLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\S.*?)(:{2,4}|;;)(?:\s+(.*))?$").unwrap());
static DELIMITER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--)\s*$").unwrap()
});

pub fn lower(text: &str) -> Lowered {
    let lines: Vec<&str> = text.lines().collect();
    let header = Header::read(&lines);
    let mut out = Lowered::default();
    emit_header(&header, &mut out);
    let depths = titled_depths(&lines, &header);
    let name = header.name.as_ref().map(|n| n.0.to_lowercase());
    let conv = |s: &str| inline::convert(s, &header.attrs);
    let mut list = ListDepth::default();
    let mut blocks: Vec<&str> = Vec::new();
    let mut table: Option<Table> = None;
    let mut header_table = false;
    // The item or labelled entry later lines join, with its source line.
    let mut open: Option<(String, usize)> = None;
    for (i, &raw) in lines.iter().enumerate() {
        let no = i + 1;
        let trimmed = raw.trim();
        if let Some(why) = header.lines.get(&no) {
            if !why.is_empty() {
                out.drop_line(no, why);
            }
            continue;
        }
        // Inside a table, rows; outside, a hidden block's lines are dropped.
        if let Some(t) = table.as_mut() {
            if trimmed == "|===" {
                t.finish(&mut out, &conv);
                table = None;
                out.drop_line(no, "ignored: table delimiter");
            } else {
                // A row is written when the next one starts: lines under it may
                // still add to its last cell.
                if trimmed.starts_with('|') {
                    t.flush_rows(&mut out, &conv);
                }
                t.line(
                    raw,
                    no,
                    lines.get(i + 1).is_some_and(|l| l.trim().is_empty()),
                );
            }
            continue;
        }
        if blocks
            .last()
            .is_some_and(|b| *b == "////" || b.starts_with("++++"))
            && !DELIMITER.is_match(trimmed)
        {
            out.drop_line(no, "ignored: comment or passthrough block");
            continue;
        }
        let block_attrs = trimmed.starts_with('[') && trimmed.ends_with(']');
        let joinable = !trimmed.is_empty()
            && !ITEM.is_match(raw)
            && !LABELLED.is_match(raw)
            && !TITLE.is_match(raw)
            && !DELIMITER.is_match(trimmed)
            && !block_attrs
            && !trimmed.starts_with("//")
            && trimmed != "+";
        if let Some((text, _)) = open.as_mut().filter(|_| joinable) {
            text.push(' ');
            text.push_str(trimmed);
            out.drop_line(no, "joined to the line above");
            continue;
        }
        if let Some((text, from)) = open.take() {
            out.push(&text, from);
        }
        if trimmed.is_empty() {
            out.push("", no);
        } else if trimmed == "|===" {
            table = Some(Table::new(header_table));
            header_table = false;
            out.drop_line(no, "ignored: table delimiter");
        } else if DELIMITER.is_match(trimmed) {
            if blocks.last() == Some(&trimmed) {
                blocks.pop();
            } else {
                blocks.push(trimmed);
            }
            out.drop_line(no, "ignored: block delimiter");
        } else if trimmed.starts_with("//") {
            out.drop_line(no, "ignored: comment");
        } else if block_attrs {
            header_table = trimmed.contains("header");
            out.drop_line(no, "ignored: block attributes");
        } else if trimmed == "+" || trimmed == "'''" || trimmed == "<<<" {
            out.drop_line(no, "ignored: break or list continuation");
        } else if let Some(c) = ATTRIBUTE.captures(raw) {
            let key = c[1].to_lowercase();
            let value = c.get(2).map_or("", |m| m.as_str()).trim();
            match contact_label(&key).filter(|_| !value.is_empty()) {
                Some(label) => out.push(&term_line(label, &conv(value)), no),
                None => out.drop_line(no, "ignored: attribute"),
            }
        } else if let Some(c) = TITLE.captures(raw) {
            list.reset();
            let text = c[2].trim();
            if text == "!" || text.is_empty() {
                out.drop_line(no, "ignored: untitled section");
            } else if name.as_deref() == Some(&conv(text).to_lowercase()) {
                // A section titled with the person's name is the name again.
                out.drop_line(no, "ignored: the name again");
            } else {
                let depth = depths.get(&no).copied().unwrap_or(0);
                out.push(&heading(2 + depth, &conv(text)), no);
            }
        } else if let Some(c) = ITEM.captures(raw) {
            // `*` and `.` runs give their depth; `-` and `1.` nest by indentation.
            let marker = &c[2];
            let depth = if marker.starts_with(['*', '.']) {
                marker.len() - 1
            } else {
                list.item(c[1].chars().count())
            };
            open = Some((item_line(depth, &conv(&c[3])), no));
        } else if let Some(c) = LABELLED.captures(raw).filter(|c| !c[1].contains("://")) {
            let text = c.get(3).map_or("", |m| m.as_str());
            open = Some((term_line(&conv(&c[1]), &conv(text)), no));
        } else if let Some(title) = trimmed
            .strip_prefix('.')
            .filter(|t| t.chars().next().is_some_and(|c| c.is_alphanumeric()))
        {
            out.push(&conv(title), no);
        } else {
            if raw.len() == raw.trim_start().len() {
                list.reset();
            }
            match conv(trimmed) {
                t if t.is_empty() => out.drop_line(no, "ignored: image or macro"),
                t => out.push(&t, no),
            }
        }
    }
    if let Some((text, from)) = open {
        out.push(&text, from);
    }
    out
}

/// The name, headline and author-line e-mail at the top.
fn emit_header(h: &Header, out: &mut Lowered) {
    let conv = |s: &str| inline::convert(s, &h.attrs);
    if let Some((name, no)) = &h.name {
        out.push(&heading(1, &conv(name)), *no);
    }
    if let Some((title, no)) = &h.headline {
        out.push(&conv(title), *no);
    }
    for (e, no) in &h.emails {
        out.push(e, *no);
    }
}

/// For each section title's line, how many titled sections it sits in (0 for the
/// document's sections, the document title aside). An untitled section (`== !`) is a
/// box for layout, a sidebar or a column, that prints no heading: the titles inside
/// it stand at the level of the titled sections beside it, not one below.
fn titled_depths(lines: &[&str], h: &Header) -> HashMap<usize, usize> {
    let mut out = HashMap::new();
    // The sections the current line is in: their level and whether they have a title.
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if h.lines.contains_key(&(i + 1)) {
            continue;
        }
        let Some(c) = TITLE.captures(l) else {
            continue;
        };
        let level = c[1].len();
        let titled = !matches!(c[2].trim(), "!" | "");
        while open.last().is_some_and(|&(l, _)| l >= level) {
            open.pop();
        }
        out.insert(i + 1, open.iter().filter(|&&(_, t)| t).count());
        open.push((level, titled));
    }
    out
}

/// The text of a list item line (`* item`, `- item`, `** item`), if it is one.
fn list_item(t: &str) -> Option<&str> {
    let rest = t.trim_start_matches('*');
    let rest = if rest.len() == t.len() {
        t.strip_prefix('-')?
    } else {
        rest
    };
    rest.strip_prefix(' ').map(str::trim)
}

type Cell = (String, usize, Vec<(String, usize)>);

/// A table being read: its cells, grouped into rows by the first row's width.
struct Table {
    /// Each cell's text, source line, and the items of a list it holds.
    cells: Vec<Cell>,
    width: Option<usize>,
    header: bool,
    rows: usize,
}

impl Table {
    fn new(header: bool) -> Table {
        Table {
            cells: Vec::new(),
            width: None,
            header,
            rows: 0,
        }
    }

    /// One source line of the table; `blank_next` when a blank line follows (after
    /// the first row, that makes it a header).
    fn line(&mut self, raw: &str, no: usize, blank_next: bool) {
        let t = raw.trim();
        if t.is_empty() {
            return;
        }
        if !t.starts_with('|') {
            if let Some(last) = self.cells.last_mut() {
                // A list in a cell keeps its items, each on a line of its own.
                match list_item(t) {
                    Some(item) => last.2.push((item.to_string(), no)),
                    None => match last.2.last_mut() {
                        Some(item) => item.0 = format!("{} {t}", item.0),
                        None => last.0 = format!("{} {t}", last.0),
                    },
                }
            }
            return;
        }
        let cells: Vec<&str> = t[1..].split('|').collect();
        if self.width.is_none() {
            self.width = Some(cells.len());
            self.header |= blank_next && cells.len() > 1;
        }
        for c in cells {
            self.cells.push((c.trim().to_string(), no, Vec::new()));
        }
    }

    /// Writes out every complete row.
    fn flush_rows(&mut self, out: &mut Lowered, conv: &dyn Fn(&str) -> String) {
        let Some(w) = self.width.filter(|&w| w > 0) else {
            return;
        };
        while self.cells.len() >= w {
            let row: Vec<Cell> = self.cells.drain(..w).collect();
            let no = row[0].1;
            let mut more: Vec<usize> = row.iter().map(|c| c.1).filter(|&n| n != no).collect();
            more.dedup();
            for n in more {
                out.drop_line(n, "part of the table row above");
            }
            let cells: Vec<String> = row.iter().map(|c| conv(&c.0)).collect();
            out.push(&table_row(&cells), no);
            self.rows += 1;
            if self.rows == 1 && self.header {
                out.push(&header_rule(w), no);
            }
            // The cells' list items follow their row, as the entry's bullets.
            for (item, from) in row.iter().flat_map(|c| &c.2) {
                out.push(&format!("- {}", conv(item)), *from);
            }
        }
    }

    /// Writes out what is left at the closing delimiter.
    fn finish(&mut self, out: &mut Lowered, conv: &dyn Fn(&str) -> String) {
        self.flush_rows(out, conv);
        if !self.cells.is_empty() {
            let no = self.cells[0].1;
            let mut more: Vec<usize> = self
                .cells
                .iter()
                .map(|c| c.1)
                .filter(|&n| n != no)
                .collect();
            more.dedup();
            for n in more {
                out.drop_line(n, "part of the table row above");
            }
            let cells: Vec<String> = self.cells.iter().map(|c| conv(&c.0)).collect();
            out.push(&table_row(&cells), self.cells[0].1);
            self.cells.clear();
        }
    }
}

#[cfg(test)]
mod tests;
