//! Markdown lists nested three deep, read as the outline they are.
//!
//! Takes the Markdown the parent module parses and the fate of each of its lines;
//! rewrites the list items of every top-level list that nests three levels deep, by
//! the rule of [`formats::outline`](crate::parse::formats) (`roles`): the nesting is
//! the Markdown parser's, not the indentation, which mixes tabs and spaces as the
//! author typed them, and the rewritten items are indented two spaces a level.
//!
//! It does not decide what a label or a point means; a list at most two levels deep
//! is kept as written.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::super::outline::roles;
use super::Fate;

/// One list item as the parser nests it.
#[derive(Debug)]
struct Item {
    /// Its first source line.
    line: usize,
    /// 0 for an item of a top-level list.
    depth: usize,
    /// Which top-level list it is in.
    list: usize,
}

/// Rewrites the items of outline lists in `fate` (see the module doc); `line_of`
/// gives the source line of a byte offset of `text`.
pub(super) fn rewrite(text: &str, fate: &mut [Fate], line_of: &impl Fn(usize) -> usize) {
    let items = items(text, line_of);
    let mut written = vec![false; fate.len()];
    let lists = items.last().map_or(0, |it| it.list);
    for list in 1..=lists {
        let members: Vec<&Item> = items.iter().filter(|it| it.list == list).collect();
        let depths: Vec<usize> = members.iter().map(|it| it.depth).collect();
        let Some(roles) = roles(&depths) else {
            continue;
        };
        for (it, role) in members.into_iter().zip(roles) {
            if written.get(it.line) != Some(&false) {
                continue;
            }
            let line = match &fate[it.line] {
                Fate::Keep => source_line(text, it.line).to_string(),
                Fate::Write(t) => t.clone(),
                Fate::Drop(_) => continue,
            };
            let Some(bare) = without_marker(&line) else {
                continue;
            };
            let prefix = role.map_or(String::new(), |d| format!("{}- ", "  ".repeat(d)));
            fate[it.line] = Fate::Write(format!("{prefix}{bare}"));
            written[it.line] = true;
        }
    }
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
                open.push(out.len());
                out.push(Item {
                    line: line_of(range.start),
                    depth: open.len() - 1,
                    list: lists,
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
