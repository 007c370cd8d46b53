//! Markdown lists nested three deep, read as the outline they are.
//!
//! Takes the Markdown the parent module parses, its list items as the parent's one
//! pass of the parser meets them ([`Items`]), and the fate of each of its lines;
//! rewrites the list items of every top-level list that nests three levels deep, by
//! the rule of [`formats::outline`](crate::parse::formats) (`roles`): the nesting is
//! the Markdown parser's, not the indentation, which mixes tabs and spaces as the
//! author typed them, and the rewritten items are indented two spaces a level.
//!
//! It does not decide what a label or a point means; a list at most two levels deep
//! is kept as written.

use pulldown_cmark::{Event, Tag, TagEnd};

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

/// The list items of a text, gathered from the parser's events as they go by.
#[derive(Debug, Default)]
pub(super) struct Items {
    out: Vec<Item>,
    /// The items open around the event, innermost last.
    open: Vec<usize>,
    /// Top-level lists met so far.
    lists: usize,
}

impl Items {
    /// Takes note of one event; `line` gives the source line it starts on.
    pub(super) fn see(&mut self, event: &Event, line: impl FnOnce() -> usize) {
        match event {
            Event::Start(Tag::List(_)) if self.open.is_empty() => self.lists += 1,
            Event::Start(Tag::Item) => {
                self.open.push(self.out.len());
                self.out.push(Item {
                    line: line(),
                    depth: self.open.len() - 1,
                    list: self.lists,
                });
            }
            Event::End(TagEnd::Item) => {
                self.open.pop();
            }
            _ => {}
        }
    }
}

/// Rewrites the items of outline lists in `fate` (see the module doc); `items` are
/// every list item of `text`, in order.
pub(super) fn rewrite(text: &str, fate: &mut [Fate], items: Items) {
    let items = items.out;
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
