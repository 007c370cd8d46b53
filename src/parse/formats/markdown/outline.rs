//! Lists nested three deep, read as the outline they are.
//!
//! Takes the Markdown the parent module parses and the fate of each of its lines;
//! rewrites the list items of every top-level list that nests three levels deep.
//! Bullets carry points and, one level down, their sub-points; a list that goes a
//! level further has its points at the bottom, so the levels above them are what the
//! points belong to: the top items are entries (an entry's heading line, "Title, date"),
//! and the items of the level below that open lists of their own are labels over those
//! points ("Duties", "Tools"). So the top items lose their bullet; so do the leaf items
//! of the second level that come before its first label, which go on with the entry's
//! heading (an employer, a place); the labels become bullets at the top depth and the
//! points bullets under them, indented two spaces a level whatever the source's mix
//! of tabs and spaces.
//!
//! It does not decide what a label or a point means; a list at most two levels deep
//! is kept as written.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Fate;

/// The nesting depth (0: a top-level item) at which a list's items are points under
/// labels: a top-level list with items this deep is an outline.
const OUTLINE_DEPTH: usize = 2;

/// One list item as the parser nests it.
#[derive(Debug)]
struct Item {
    /// Its first source line.
    line: usize,
    /// 0 for an item of a top-level list.
    depth: usize,
    parent: Option<usize>,
    /// Which top-level list it is in.
    list: usize,
    /// Whether a list is nested in it.
    holds_list: bool,
}

/// Rewrites the items of outline lists in `fate` (see the module doc); `line_of`
/// gives the source line of a byte offset of `text`.
pub(super) fn rewrite(text: &str, fate: &mut [Fate], line_of: &impl Fn(usize) -> usize) {
    let items = items(text, line_of);
    let outlines: Vec<usize> = items
        .iter()
        .filter(|it| it.depth >= OUTLINE_DEPTH)
        .map(|it| it.list)
        .collect();
    let mut written = vec![false; fate.len()];
    for (k, it) in items.iter().enumerate() {
        if !outlines.contains(&it.list) || written.get(it.line) != Some(&false) {
            continue;
        }
        let source = match &fate[it.line] {
            Fate::Keep => None,
            Fate::Write(t) => Some(t.clone()),
            Fate::Drop(_) => continue,
        };
        let line = source.unwrap_or_else(|| source_line(text, it.line).to_string());
        let Some(bare) = without_marker(&line) else {
            continue;
        };
        let plain = it.depth == 0 || (it.depth == 1 && heads_on(&items, k));
        let prefix = if plain {
            String::new()
        } else {
            format!("{}- ", "  ".repeat(it.depth.saturating_sub(1)))
        };
        fate[it.line] = Fate::Write(format!("{prefix}{bare}"));
        written[it.line] = true;
    }
}

/// Whether second-level item `k` goes on with its entry's heading: a leaf before the
/// first item of its list that opens a list of its own, in a list that has one.
fn heads_on(items: &[Item], k: usize) -> bool {
    let it = &items[k];
    if it.holds_list {
        return false;
    }
    let siblings = || {
        items
            .iter()
            .enumerate()
            .filter(|(_, s)| s.parent == it.parent && s.depth == it.depth)
    };
    let first_label = siblings().find(|(_, s)| s.holds_list).map(|(j, _)| j);
    first_label.is_some_and(|j| k < j)
}

/// Every list item of `text`, in order.
fn items(text: &str, line_of: &impl Fn(usize) -> usize) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut lists = 0usize;
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::List(_)) if open.is_empty() => lists += 1,
            Event::Start(Tag::Item) => {
                let parent = open.last().copied();
                if let Some(p) = parent {
                    out[p].holds_list = true;
                }
                open.push(out.len());
                out.push(Item {
                    line: line_of(range.start),
                    depth: open.len() - 1,
                    parent,
                    list: lists,
                    holds_list: false,
                });
            }
            Event::End(TagEnd::Item) => {
                open.pop();
            }
            _ => {}
        }
    }
    out
}

fn source_line(text: &str, no: usize) -> &str {
    text.lines().nth(no).unwrap_or_default()
}

/// A list item's line without its indent and marker (`-`, `*`, `+`, `1.`, `2)`).
fn without_marker(line: &str) -> Option<String> {
    let t = line.trim_start();
    let rest = if let Some(r) = t.strip_prefix(['-', '*', '+']) {
        r
    } else {
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let r = t.get(digits..)?;
        if digits == 0 {
            return None;
        }
        r.strip_prefix(['.', ')'])?
    };
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let bare = rest.trim();
    (!bare.is_empty()).then(|| bare.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::lower;

    #[test]
    fn a_list_three_deep_is_an_outline() {
        let md = "# Work\n* Baker, 2019 - 2021\n  * Crumb & Co\n  * Duties\n       * Kneaded dough\n\t   * Fired ovens\n  * Note\n\n* Cook, 2018\n  * Fern Cafe\n";
        assert_eq!(
            lower(md).text,
            "# Work\nBaker, 2019 - 2021\nCrumb & Co\n- Duties\n  - Kneaded dough\n  - Fired ovens\n- Note\n\nCook, 2018\n- Fern Cafe\n"
        );
    }

    #[test]
    fn lists_two_deep_are_kept_as_written() {
        let md = "# Work\n* Led the bakery\n  * Cut waste by 20%\n- Baker\n";
        assert_eq!(lower(md).text, md);
    }
}
