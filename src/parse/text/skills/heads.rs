//! Group heads a skills section marks by emphasis: a bold line or a heading of its own
//! ("**Frameworks**", "## Software") over the items of its group, with no colon.
//!
//! Also: whether a line is a sentence about one's skills rather than a list of them.
//!
//! Takes the section's lines; gives whether a line is such a head (or a statement) and
//! whether the section writes its heads so. Which group an item joins is `skills`' job.

use crate::parse::text::lines::word_count;
use crate::parse::text::normalise::Line;

/// Most words of a group head set off by emphasis ("Programming Languages").
const MAX_HEAD_WORDS: usize = 4;

/// A short bold or heading line naming no list: a group's name, as a colon would mark
/// it (emphasis is how layouts set a label apart from the items under it).
pub(super) fn marked(line: &Line) -> bool {
    let t = line.plain.trim().trim_end_matches(':').trim();
    (line.bold || line.heading > 0)
        && !t.is_empty()
        && word_count(t) <= MAX_HEAD_WORDS
        && !t.contains([',', ';', '|', '•', ':'])
}

/// Whether the section names its groups by emphasis: some marked line has an unmarked
/// line right below it, and no more than half the lines are marked (a list set wholly in bold marks
/// nothing apart).
pub(super) fn section_marks(lines: &[Line], idxs: &[usize]) -> bool {
    let marked_n = idxs.iter().filter(|&&i| marked(&lines[i])).count();
    let heads = idxs
        .windows(2)
        .any(|w| marked(&lines[w[0]]) && !marked(&lines[w[1]]) && !lines[w[1]].bold);
    heads && marked_n * 2 <= idxs.len()
}

/// Whether the line at `k` heads a group: marked, with an unmarked line below it.
pub(super) fn heads_group(lines: &[Line], idxs: &[usize], k: usize) -> bool {
    marked(&lines[idxs[k]])
        && idxs
            .get(k + 1)
            .is_some_and(|&j| !marked(&lines[j]) && !lines[j].bold)
}

/// Fewest words of a sentence about one's skills (shorter lines ending in a stop are
/// lists: "Rust, Go, Zig.").
const MIN_STATEMENT_WORDS: usize = 8;

/// Fewest words of an achievement told in a skills section without a full stop
/// ("Cut staff turnover by half"): a skill's name is a short noun phrase, so a verb
/// first in a line this long tells work done.
const MIN_TOLD_WORDS: usize = 5;

/// A sentence in a skills section: long, ending in a full stop, written in running
/// lower-case words as prose is, not as a list of names; or an achievement told with
/// a past-tense verb first, as a functional résumé writes its points under each skill
/// heading (a keyword names a skill, it does not tell what was done with it). Present
/// forms are left out: "Analyse", "Design", "Project" also name skills.
pub(super) fn is_statement(t: &str) -> bool {
    use crate::parse::text::lines::{is_sentence_like, opens_with_past_verb};
    let words = word_count(t);
    t.trim_end().ends_with('.') && words >= MIN_STATEMENT_WORDS && is_sentence_like(t)
        || words >= MIN_TOLD_WORDS && opens_with_past_verb(t) && is_sentence_like(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise::Document;

    #[test]
    fn bold_lines_over_items_head_groups() {
        let doc = Document::new("**Frameworks**\nAxum    Tokio\n**Stores**\nSledge, Kelda DB");
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        assert!(section_marks(&doc.lines, &idxs));
        assert!(heads_group(&doc.lines, &idxs, 0));
        assert!(!heads_group(&doc.lines, &idxs, 1));
    }

    #[test]
    fn a_list_all_in_bold_marks_nothing() {
        let doc = Document::new("**Rust**\n**Go**\n**Kelda**\nZig");
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        assert!(!section_marks(&doc.lines, &idxs));
        // A bold line holding a list is items, not a head.
        let doc = Document::new("**Rust, Go**\nZig");
        assert!(!marked(&doc.lines[0]));
    }
}
