//! Lists nested three deep, read as the outline they are, in every markup.
//!
//! Takes the depths of one top-level list's items (0: the top level), or a lowered
//! document whose list items are `- ` lines indented two spaces a level; gives each
//! item's place in the outline, or the document with its outline lists rewritten.
//! Bullets carry points and, one level down, their sub-points; a list that goes a
//! level further has its points at the bottom, so the levels above them are what the
//! points belong to: the top items are entries (an entry's heading line, "Title,
//! date"), and the items of the level below that open lists of their own are labels
//! over those points ("Duties", "Tools"). So the top items lose their bullet; so do
//! the leaf items of the second level that come before its first label, which go on
//! with the entry's heading (an employer, a place); labels become bullets at the top
//! depth and the points bullets under them.
//!
//! It does not decide what a label or a point means; a list at most two levels deep
//! is kept as written. Markdown lists, whose indentation is the author's, are nested
//! by the Markdown parser instead (`markdown::outline`), with the same rule.

use super::Lowered;

/// The nesting depth at which a list's items are points under labels: a top-level
/// list with items this deep is an outline.
const OUTLINE_DEPTH: usize = 2;

/// For each item of one top-level list, given the items' depths in order: `None`
/// for a line without a bullet, `Some(depth)` for a bullet at that depth; `None`
/// overall when the list is no outline.
pub fn roles(depths: &[usize]) -> Option<Vec<Option<usize>>> {
    if !depths.iter().any(|&d| d >= OUTLINE_DEPTH) {
        return None;
    }
    let n = depths.len();
    let holds = |k: usize| depths.get(k + 1).is_some_and(|&d| d > depths[k]);
    let roles = (0..n).map(|k| match depths[k] {
        0 => None,
        1 => {
            // Its siblings: the second-level items under the same top item.
            let start = (0..k).rev().find(|&j| depths[j] == 0).map_or(0, |j| j + 1);
            let end = (k + 1..n).find(|&j| depths[j] == 0).unwrap_or(n);
            let first_label = (start..end).find(|&j| depths[j] == 1 && holds(j));
            let heads_on = !holds(k) && first_label.is_some_and(|j| k < j);
            (!heads_on).then_some(0)
        }
        d => Some(d - 1),
    });
    Some(roles.collect())
}

/// `lowered` with every outline list rewritten (see the module doc).
pub fn lower_outlines(mut lowered: Lowered) -> Lowered {
    let mut lines: Vec<String> = lowered.text.lines().map(str::to_string).collect();
    let mut k = 0;
    while k < lines.len() {
        if !item(&lines[k]).is_some_and(|(d, _)| d == 0) {
            k += 1;
            continue;
        }
        // The list: its items and the blank lines between them.
        let mut members = Vec::new();
        let mut j = k;
        while j < lines.len() {
            if let Some((d, _)) = item(&lines[j]) {
                members.push((j, d));
            } else if !lines[j].trim().is_empty() {
                break;
            }
            j += 1;
        }
        let depths: Vec<usize> = members.iter().map(|&(_, d)| d).collect();
        if let Some(roles) = roles(&depths) {
            for (&(at, _), role) in members.iter().zip(roles) {
                let text = item(&lines[at])
                    .map(|(_, t)| t.to_string())
                    .unwrap_or_default();
                lines[at] = match role {
                    None => text,
                    Some(d) => format!("{}- {text}", "  ".repeat(d)),
                };
            }
        }
        k = j.max(k + 1);
    }
    let mut text = lines.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    lowered.text = text;
    lowered
}

/// A lowered list item's depth and text.
fn item(line: &str) -> Option<(usize, &str)> {
    let rest = line.trim_start_matches(' ');
    let indent = line.len() - rest.len();
    let text = rest.strip_prefix("- ")?;
    (indent % 2 == 0).then_some((indent / 2, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_of_an_outline() {
        // Entry, its employer, a label over two points, a label over none after it.
        assert_eq!(
            roles(&[0, 1, 1, 2, 2, 1, 0, 1]),
            Some(vec![
                None,
                None,
                Some(0),
                Some(1),
                Some(1),
                Some(0),
                None,
                Some(0)
            ])
        );
        assert_eq!(roles(&[0, 1, 1, 0]), None);
    }

    #[test]
    fn outline_lists_of_a_lowered_document() {
        let mut l = Lowered::default();
        for line in [
            "## Work",
            "- Baker, 2019",
            "  - Crumb & Co",
            "  - Duties",
            "    - Kneaded",
            "",
            "- Cook, 2018",
            "Prose",
            "- Led the bakery",
            "  - Cut waste",
        ] {
            l.push(line, 1);
        }
        let out = lower_outlines(l);
        assert_eq!(
            out.text,
            "## Work\nBaker, 2019\nCrumb & Co\n- Duties\n  - Kneaded\n\nCook, 2018\nProse\n- Led the bakery\n  - Cut waste\n"
        );
        assert_eq!(out.origin.len(), 10);
    }
}
