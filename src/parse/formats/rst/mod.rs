//! reStructuredText → Markdown-shaped lines (see the parent module for the shape).
//!
//! Takes RST source; gives section titles as Markdown headings (levels in the order
//! their adornment styles first appear; a lone top title is the document's title and
//! names the person), bullet and enumerated lists with their depth, definition-list
//! terms joined with their definition, field lists and line blocks as lines (their
//! wrapped lines joined), grid and simple tables as `|` rows, and RST inline markup
//! as Markdown's. Directives, comments, targets and page metadata are dropped with
//! the reason; the content of wrapper directives (`container`, `class`) is kept.
//!
//! It does not run directives (`include`, `csv-table`) or resolve cross-references
//! beyond named hyperlink targets and `replace` substitutions.

mod explicit;
mod inline;
mod tables;
mod titles;

use std::sync::LazyLock;

use regex::Regex;

use super::shared::{header_rule, heading, item_line, name_in_title, term_line, ListDepth};
use super::Lowered;
use explicit::Explicit;
use inline::Refs;
use titles::Title;

// Enumerators are digits (two at most: a year followed by a full stop is a date),
// `#`, or letters in brackets: "A. Name" begins many a sentence.
static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*)(?:[-*+•‣⁃]|\d{1,2}[.)]|#[.)]|\((?:\d{1,2}|[a-zA-Z#])\))\s+(.*)$").unwrap()
});
static FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*):([^:`]+):(?:\s+(.*))?$").unwrap());
static LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\*\*[^*]+:\*\*").unwrap());
static OPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+:[\w-]+:").unwrap());

/// Bibliographic fields that describe the file, not the person.
const FILE_FIELDS: [&str; 8] = [
    "date",
    "version",
    "revision",
    "status",
    "copyright",
    "dedication",
    "abstract",
    "tags",
];

pub fn lower(text: &str) -> Lowered {
    let lines: Vec<&str> = text.lines().collect();
    let mut r = Reader {
        titles: titles::find(&lines),
        refs: explicit::refs(&lines),
        lines,
        out: Lowered::default(),
        list: ListDepth::default(),
        open: None,
        name_done: false,
    };
    r.run();
    r.out
}

/// A line that later, further-indented lines continue.
struct Open {
    kind: OpenKind,
    /// The line's text and source line, and any fields split off its wrapped lines.
    parts: Vec<(String, usize)>,
    /// Continuation lines are indented further than this.
    indent: usize,
}

enum OpenKind {
    Item(usize),
    Line,
    Field(String),
}

struct Reader<'a> {
    lines: Vec<&'a str>,
    titles: Vec<Title>,
    refs: Refs,
    out: Lowered,
    list: ListDepth,
    open: Option<Open>,
    name_done: bool,
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).count()
}

impl Reader<'_> {
    fn conv(&self, s: &str) -> String {
        inline::convert(s, &self.refs)
    }

    /// Whether the line-block line before source line `no` (past the lines that
    /// continue it) is a nested one.
    fn after_nested_line(&self, no: usize) -> bool {
        let mut j = no - 1;
        while j > 0 {
            let l = self.lines[j - 1];
            let t = l.trim_start();
            if let Some(rest) = t.strip_prefix('|') {
                return rest.starts_with("  ") && !rest.trim().is_empty();
            }
            if t.is_empty() || indent(l) == 0 {
                return false;
            }
            j -= 1;
        }
        false
    }

    fn run(&mut self) {
        let (doc_title, name) = self.document_title();
        let mut skip: Option<(usize, &'static str)> = None;
        let mut grid = false;
        let mut simple: Option<(Vec<usize>, usize)> = None;
        let mut i = 0;
        while i < self.lines.len() {
            let (raw, no) = (self.lines[i], i + 1);
            let blank = raw.trim().is_empty();
            i += 1;
            if let Some((ind, why)) = skip {
                if blank || indent(raw) > ind {
                    self.out.drop_line(no, why);
                    continue;
                }
                skip = None;
            }
            if let Some(open) = self.open.as_mut() {
                let new_line = BULLET.is_match(raw) || raw.trim_start().starts_with('|');
                if !blank && indent(raw) > open.indent && !new_line {
                    // A wrapped line that opens with its own bold label ("**Phone:**")
                    // is a field of its own, not the end of the line above.
                    if LABEL.is_match(raw.trim_start()) {
                        open.parts.push((raw.trim().to_string(), no));
                    } else if let Some(last) = open.parts.last_mut() {
                        last.0.push(' ');
                        last.0.push_str(raw.trim());
                        self.out.drop_line(no, "joined to the line above");
                    }
                    continue;
                }
                self.flush();
            }
            match self.titles[i - 1] {
                Title::Adornment => {
                    self.out.drop_line(no, "ignored: title adornment");
                    continue;
                }
                Title::Text(level) => {
                    self.list.reset();
                    if doc_title == Some(i - 1) {
                        match &name {
                            Some(n) if !self.name_done => {
                                self.out.push(&heading(1, n), no);
                                self.name_done = true;
                            }
                            _ => self.out.drop_line(no, "ignored: document title"),
                        }
                    } else {
                        let level = if doc_title.is_some() {
                            level + 1
                        } else {
                            level + 2
                        };
                        let h = heading(level, &self.conv(raw.trim()));
                        self.out.push(&h, no);
                    }
                    continue;
                }
                Title::No => {}
            }
            if blank {
                grid = false;
                self.out.push("", no);
                continue;
            }
            if let Some(kind) = explicit::kind(raw) {
                match kind {
                    Explicit::Skip(why) => {
                        self.out.drop_line(no, why);
                        skip = Some((indent(raw), why));
                    }
                    Explicit::Meta(key, _) if key == "title" && doc_title.is_none() => {
                        match &name {
                            Some(n) if !self.name_done => {
                                self.out.push(&heading(1, n), no);
                                self.name_done = true;
                            }
                            _ => self.out.drop_line(no, "ignored: page metadata"),
                        }
                    }
                    Explicit::Meta(..) => self.out.drop_line(no, "ignored: page metadata"),
                    Explicit::Wrapper | Explicit::Titled(_) => {
                        if let Explicit::Titled(t) = kind {
                            let line = format!("**{}**", self.conv(&t));
                            self.out.push(&line, no);
                        } else {
                            self.out.drop_line(no, "ignored: directive");
                        }
                        while i < self.lines.len() && OPTION.is_match(self.lines[i]) {
                            self.out.drop_line(i + 1, "ignored: directive option");
                            i += 1;
                        }
                    }
                }
                continue;
            }
            // Tables.
            if tables::is_grid_border(raw) {
                grid = true;
                match tables::grid_header_columns(raw) {
                    Some(n) => self.out.push(&header_rule(n), no),
                    None => self.out.drop_line(no, "ignored: table rule"),
                }
                continue;
            }
            if grid && raw.trim_start().starts_with('|') {
                let row = self.conv(&tables::grid_row(raw));
                self.out.push(&row, no);
                continue;
            }
            if let Some((cols, borders)) = simple.as_mut() {
                if tables::simple_columns(raw).is_some() {
                    *borders += 1;
                    let next_blank = self.lines.get(i).map_or(true, |l| l.trim().is_empty());
                    if *borders >= 2 && next_blank {
                        simple = None;
                        self.out.drop_line(no, "ignored: table rule");
                    } else {
                        // The rule under a header row, as Markdown marks one.
                        self.out.push(&header_rule(cols.len()), no);
                    }
                } else if tables::is_simple_rule(raw) {
                    self.out.drop_line(no, "ignored: table rule");
                } else {
                    let row = tables::simple_row(raw, cols);
                    let row = self.conv(&row);
                    self.out.push(&row, no);
                }
                continue;
            }
            if let Some(cols) = tables::simple_columns(raw) {
                simple = Some((cols, 1));
                self.out.drop_line(no, "ignored: table rule");
                continue;
            }
            self.block_line(raw, no, &mut i);
        }
        self.flush();
    }

    /// A line that is no title, table or explicit markup.
    fn block_line(&mut self, raw: &str, no: usize, next: &mut usize) {
        let trimmed = raw.trim();
        let prev_blank = no < 2 || self.lines[no - 2].trim().is_empty();
        let next_blank = self.lines.get(no).map_or(true, |l| l.trim().is_empty());
        if titles::adornment(raw).is_some() && prev_blank && next_blank {
            self.out.drop_line(no, "ignored: transition");
            return;
        }
        if trimmed == "::" {
            self.out.drop_line(no, "ignored: literal block marker");
            return;
        }
        if let Some(rest) = trimmed
            .strip_prefix('|')
            .filter(|r| r.is_empty() || r.starts_with(' '))
        {
            // A nested line (more space after the bar) keeps its indentation.
            let text = rest
                .strip_prefix(' ')
                .unwrap_or(rest)
                .trim_end()
                .to_string();
            // A top line after nested ones opens the next group of the block: the
            // nesting shows each top line heading the lines under it, as a list's
            // items do, so the groups are set apart as blank lines set entries apart.
            if !text.starts_with(' ') && self.after_nested_line(no) {
                self.out.push("", 0);
            }
            self.open = Some(Open {
                kind: OpenKind::Line,
                parts: vec![(text, no)],
                indent: indent(raw),
            });
            return;
        }
        if let Some(c) = BULLET.captures(raw) {
            let depth = self.list.item(c[1].chars().count());
            let text = c[2].to_string();
            self.open = Some(Open {
                kind: OpenKind::Item(depth),
                parts: vec![(text, no)],
                indent: indent(raw),
            });
            return;
        }
        if let Some(c) = FIELD.captures(raw) {
            let key = c[2].trim().to_string();
            let value = c.get(3).map_or("", |m| m.as_str()).trim().to_string();
            let lower = key.to_lowercase();
            if (lower == "author" || lower == "name") && !self.name_done && !value.is_empty() {
                self.out.push(&heading(1, &self.conv(&value)), no);
                self.name_done = true;
            } else if FILE_FIELDS.contains(&lower.as_str()) {
                self.out.drop_line(no, "ignored: document information");
            } else {
                let kind = OpenKind::Field(key);
                self.open = Some(Open {
                    kind,
                    parts: vec![(value, no)],
                    indent: indent(raw),
                });
            }
            return;
        }
        if indent(raw) == 0 {
            self.list.reset();
        }
        // A definition list: a term line, its definition indented right under it.
        let under = |k: usize| {
            self.lines.get(k).is_some_and(|l| {
                !l.trim().is_empty()
                    && indent(l) > indent(raw)
                    && !BULLET.is_match(l)
                    && explicit::kind(l).is_none()
            })
        };
        if under(no) && self.titles.get(no) == Some(&Title::No) {
            let mut def = Vec::new();
            while under(*next) {
                def.push(self.lines[*next].trim());
                self.out.drop_line(*next + 1, "joined to the term above");
                *next += 1;
            }
            let line = term_line(&self.conv(trimmed), &self.conv(&def.join(" ")));
            self.out.push(&line, no);
            return;
        }
        let text = match trimmed.strip_suffix("::") {
            Some(t) if t.ends_with(' ') => t.trim_end().to_string(),
            Some(t) => format!("{t}:"),
            None => trimmed.to_string(),
        };
        let line = self.conv(&text);
        self.out.push(&line, no);
    }

    /// Writes out the line later lines were being joined to.
    fn flush(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        for (k, (part, from)) in open.parts.iter().enumerate() {
            let text = self.conv(part);
            let line = match &open.kind {
                OpenKind::Item(depth) if k == 0 => item_line(*depth, &text),
                OpenKind::Item(depth) => item_line(depth + 1, &text),
                OpenKind::Line => text,
                OpenKind::Field(key) if k == 0 => term_line(&self.conv(key), &text),
                OpenKind::Field(_) => text,
            };
            self.out.push(&line, *from);
        }
    }

    /// The index of the document's title (a lone title of the first style, first in
    /// the document), and the person's name from it or from the page metadata.
    fn document_title(&self) -> (Option<usize>, Option<String>) {
        let heads: Vec<(usize, usize)> = (self.titles.iter().enumerate())
            .filter_map(|(i, t)| match t {
                Title::Text(l) => Some((i, *l)),
                _ => None,
            })
            .collect();
        let lone = heads.first().is_some_and(|h| h.1 == 0)
            && heads.iter().filter(|h| h.1 == 0).count() == 1
            && heads.len() > 1;
        let doc_title = lone.then(|| heads[0].0);
        let from_title = doc_title.and_then(|i| name_in_title(self.lines[i].trim()));
        let from_meta = || {
            self.lines.iter().find_map(|l| match explicit::kind(l) {
                Some(Explicit::Meta(k, v)) if k == "title" => name_in_title(&v),
                _ => None,
            })
        };
        (doc_title, from_title.or_else(from_meta))
    }
}

#[cfg(test)]
mod tests;
