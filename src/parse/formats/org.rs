//! Org mode → Markdown-shaped lines (see the parent module for the shape).
//!
//! Takes Org source; gives the name and e-mail from `#+TITLE:`/`#+AUTHOR:`/`#+EMAIL:`
//! at the top, `*` headings as Markdown headings (the shallowest level in use is the
//! résumé's section level), `-`/`+`/`1.` lists with their depth, description items
//! (`- term :: text`) as one line each, tables without their rules, and Org's inline
//! marks (`*bold*`, `/italic/`, `=code=`, `[[url][text]]`) in Markdown's. Settings,
//! drawers, block markers and comments are dropped with the reason.
//!
//! It does not evaluate anything (macros, babel, export options) and does not read
//! footnotes or timestamps beyond keeping their text.

mod drawer;
mod inline;

use std::sync::LazyLock;

use regex::Regex;

use super::shared::{header_rule, heading, item_line, name_in_title, term_line, ListDepth};
use super::Lowered;

static KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*#\+([A-Za-z_]+)(?:\[[^\]]*\])?:\s*(.*)$").unwrap());
static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\*+)\s+(.*)$").unwrap());
// `*` is a bullet only when indented: at the margin it starts a heading.
static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(\s*)(?:[-+]|\d+[.)])|(\s+)\*)\s+(.*)$").unwrap());
static DRAWER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*:[A-Za-z_-]+:\s*$").unwrap());
static TAGS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+:[\w@#%:]+:\s*$|^(?:TODO|DONE)\s+|\[#[A-C]\]\s*").unwrap());
static CHECKBOX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\[[ Xx-]\]\s+").unwrap());

/// Blocks whose content is for another program, not the reader of the page.
const HIDDEN_BLOCKS: [&str; 3] = ["COMMENT", "SRC", "EXPORT"];

pub fn lower(text: &str) -> Lowered {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Lowered::default();
    let header = Header::read(&lines);
    header.emit(&mut out);
    let levels = Levels::read(&lines, header.name.is_some());
    let mut list = ListDepth::default();
    let mut block: Option<String> = None;
    let mut drawer = false;
    // The list item being read (depth, raw text, source line): a wrapped item's
    // next lines are indented under its text and join it.
    let mut open_item: Option<(usize, String, usize)> = None;
    for (i, &raw) in lines.iter().enumerate() {
        let no = i + 1;
        let trimmed = raw.trim();
        if let Some((_, item, _)) = open_item.as_mut() {
            let indent = raw.len() - raw.trim_start().len();
            if !trimmed.is_empty()
                && !ITEM.is_match(raw)
                && list.indent().is_some_and(|b| indent > b)
            {
                item.push(' ');
                item.push_str(trimmed);
                out.drop_line(no, "joined to the list item above");
                continue;
            }
        }
        if let Some((depth, item, from)) = open_item.take() {
            out.push(&item_line(depth, &item_text(&item)), from);
        }
        if let Some(name) = &block {
            if is_block_end(trimmed) {
                block = None;
                out.drop_line(no, "ignored: block marker");
            } else if HIDDEN_BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
                out.drop_line(no, "ignored: source, comment or export block");
            } else {
                out.push(&inline::convert(raw.trim_end()), no);
            }
            continue;
        }
        if drawer {
            drawer = !trimmed.eq_ignore_ascii_case(":END:");
            out.drop_line(no, "ignored: property drawer");
            continue;
        }
        if header.used.contains(&no) {
            continue;
        }
        if let Some(name) = block_start(trimmed) {
            block = Some(name.to_string());
            out.drop_line(no, "ignored: block marker");
        } else if KEYWORD.is_match(raw) {
            out.drop_line(no, "ignored: Org setting");
        } else if trimmed == "#" || trimmed.starts_with("# ") {
            out.drop_line(no, "ignored: comment");
        } else if DRAWER.is_match(raw) && !trimmed.eq_ignore_ascii_case(":END:") {
            drawer = true;
            out.drop_line(no, "ignored: property drawer");
        } else if let Some(c) = HEADING.captures(raw) {
            list.reset();
            let title = TAGS.replace_all(&c[2], "");
            if let Some((entry, fields)) = drawer::entry_line(&lines, i, &inline::convert(&title)) {
                out.push(&entry, no);
                // A drawer naming no employer may leave it in the heading ("Title, Employer").
                if fields.org.is_empty() {
                    continue;
                }
                out.fields.push(super::fields::Hint {
                    text: entry,
                    origin: no,
                    fields: std::sync::Arc::new(fields),
                });
                continue;
            }
            match levels.markdown(c[1].len(), no) {
                Some(level) => out.push(&heading(level, &inline::convert(&title)), no),
                None => out.drop_line(no, "ignored: document title"),
            }
        } else if let Some(c) = ITEM.captures(raw) {
            let indent = c
                .get(1)
                .or(c.get(2))
                .map_or(0, |m| m.as_str().chars().count());
            let depth = list.item(indent);
            let text = CHECKBOX.replace(&c[3], "");
            open_item = Some((depth, text.into_owned(), no));
        } else if trimmed.starts_with('|') {
            list.reset();
            let first_row = i > 0
                && lines[i - 1].trim_start().starts_with('|')
                && !lines
                    .get(i.wrapping_sub(2))
                    .is_some_and(|l| l.trim_start().starts_with('|'));
            if trimmed.starts_with("|-") && first_row {
                // A rule under the first row marks it as the header, as in Markdown.
                out.push(&header_rule(trimmed.matches('+').count() + 1), no);
            } else if trimmed.starts_with("|-") {
                out.drop_line(no, "ignored: table rule");
            } else {
                out.push(&inline::convert(trimmed), no);
            }
        } else if trimmed.len() >= 5 && trimmed.chars().all(|c| c == '-') {
            out.drop_line(no, "ignored: horizontal rule");
        } else {
            if !trimmed.is_empty() && raw.len() == raw.trim_start().len() {
                list.reset();
            }
            out.push(&inline::convert(raw.trim_end()), no);
        }
    }
    if let Some((depth, item, from)) = open_item {
        out.push(&item_line(depth, &item_text(&item)), from);
    }
    out
}

/// A list item's text; a description item `term :: text` as one entry line.
fn item_text(text: &str) -> String {
    match text.split_once(" :: ") {
        Some((term, rest)) => term_line(&inline::convert(term), &inline::convert(rest)),
        None => match text.trim_end().strip_suffix(" ::") {
            Some(term) => term_line(&inline::convert(term), ""),
            None => inline::convert(text.trim_end()),
        },
    }
}

fn block_start(trimmed: &str) -> Option<&str> {
    let upper = trimmed.get(..8)?;
    if !upper.eq_ignore_ascii_case("#+BEGIN_") {
        return None;
    }
    trimmed[8..].split_whitespace().next()
}

fn is_block_end(trimmed: &str) -> bool {
    trimmed
        .get(..6)
        .is_some_and(|s| s.eq_ignore_ascii_case("#+END_"))
}

/// The document's `#+TITLE:`, `#+AUTHOR:` and `#+EMAIL:` settings, and org-cv's
/// `#+MOBILE:`, `#+HOMEPAGE:`, `#+ADDRESS:` and network handles.
#[derive(Debug, Default)]
struct Header {
    name: Option<(String, usize)>,
    subtitle: Option<(String, usize)>,
    contact: Vec<(String, usize)>,
    /// Source lines the header was read from (emitted at the top, or dropped).
    used: Vec<usize>,
    title_only: Option<usize>,
}

impl Header {
    fn read(lines: &[&str]) -> Header {
        let mut h = Header::default();
        let mut title = None;
        for (i, raw) in lines.iter().enumerate() {
            let Some(c) = KEYWORD.captures(raw) else {
                continue;
            };
            let (key, value) = (c[1].to_ascii_uppercase(), c[2].trim().to_string());
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "TITLE" if title.is_none() => title = Some((value, i + 1)),
                "AUTHOR" if h.name.is_none() => h.name = Some((value, i + 1)),
                "EMAIL" => h.contact.push((value, i + 1)),
                // org-cv's contact settings, printed in the header as its classes do.
                "MOBILE" | "PHONE" | "HOMEPAGE" | "ADDRESS" => h.contact.push((value, i + 1)),
                "GITHUB" | "GITLAB" | "LINKEDIN" => {
                    let site = match key.as_str() {
                        "GITHUB" => "github.com/",
                        "GITLAB" => "gitlab.com/",
                        _ => "linkedin.com/in/",
                    };
                    let url = if value.contains('/') {
                        value
                    } else {
                        format!("{site}{value}")
                    };
                    h.contact.push((url, i + 1));
                }
                "SUBTITLE" => h.subtitle = Some((value, i + 1)),
                _ => continue,
            }
            h.used.push(i + 1);
        }
        match (title, &h.name) {
            // The author names the person; a title beside it names the document.
            (Some((_, no)), Some(_)) => h.title_only = Some(no),
            (Some((t, no)), None) => match name_in_title(&t) {
                Some(name) => h.name = Some((name, no)),
                None => h.title_only = Some(no),
            },
            (None, _) => {}
        }
        h
    }

    fn emit(&self, out: &mut Lowered) {
        if let Some((name, no)) = &self.name {
            out.push(&heading(1, &inline::convert(name)), *no);
        }
        if let Some((sub, no)) = &self.subtitle {
            out.push(&inline::convert(sub), *no);
        }
        for (c, no) in &self.contact {
            out.push(&inline::convert(c), *no);
        }
        if let Some(no) = self.title_only {
            out.drop_line(no, "ignored: document title");
        }
        if !self.used.is_empty() {
            out.push("", 0);
        }
    }
}

/// How Org heading levels map to Markdown's.
struct Levels {
    /// The shallowest star count in use.
    top: usize,
    /// Source line of a lone first top heading that titles the whole document.
    title: Option<usize>,
    /// Whether that title is the person's name (no name came from the settings).
    title_is_name: bool,
}

impl Levels {
    fn read(lines: &[&str], have_name: bool) -> Levels {
        let heads: Vec<(usize, usize)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| HEADING.captures(l).map(|c| (c[1].len(), i + 1)))
            .collect();
        let top = heads.iter().map(|h| h.0).min().unwrap_or(1);
        let tops: Vec<usize> = heads.iter().filter(|h| h.0 == top).map(|h| h.1).collect();
        // One top heading over everything else is the document's title, not a section.
        let lone = tops.len() == 1 && heads.len() > 1 && heads[0].0 == top;
        Levels {
            top: if lone { top + 1 } else { top },
            title: lone.then(|| heads[0].1),
            title_is_name: !have_name,
        }
    }

    /// The Markdown level of a heading with `stars`; `None` for a title to drop.
    fn markdown(&self, stars: usize, no: usize) -> Option<usize> {
        if self.title == Some(no) {
            return self.title_is_name.then_some(1);
        }
        Some(2 + stars.saturating_sub(self.top))
    }
}

#[cfg(test)]
mod tests;
