//! Text set large: a paragraph that opens with display-size text (a name set large at
//! the head of the same paragraph as the contact line, the way one-line Word headers
//! are made), and a short bold line set larger than the body, a heading by its look.
//!
//! Takes a paragraph's runs, each with its font size; gives the runs with a line break
//! after the leading text when everything after it is set at least [`DISPLAY_RATIO`]
//! smaller, since on the page that text reads as a line of its own (a title), not as
//! the first words of the sentence after it. Runs are returned unchanged otherwise.
//! [`Sizes`] gives a document's body size and, by it, a heading level to a paragraph
//! no style makes a heading.
//!
//! It does not decide what the text is (a name, a section): the text reader does.

use std::collections::HashMap;

use super::body::{Block, Para, Run};

/// Word's font size when neither a run, its styles nor the document's defaults set
/// one: 10 pt, in half-points (ECMA-376, `w:sz`).
pub const WORD_DEFAULT_SIZE: u16 = 20;

/// How much larger a paragraph's leading text must be than all of the rest to stand
/// as a line of its own: a quarter larger is the step from body text to Word's
/// built-in heading sizes (11 pt → 14 pt), while emphasis inside a line keeps its size.
pub const DISPLAY_RATIO: f32 = 1.25;

/// `runs` with a break after the leading display-size text, if the paragraph has it.
pub fn break_after_display(runs: &[Run]) -> Vec<Run> {
    let text = |r: &Run| !r.text.trim().is_empty();
    let Some(first) = runs.iter().position(text) else {
        return runs.to_vec();
    };
    let lead = f32::from(runs[first].size);
    let small = |r: &Run| f32::from(r.size) * DISPLAY_RATIO <= lead;
    let Some(split) = runs[first..]
        .iter()
        .position(|r| text(r) && small(r))
        .map(|k| first + k)
    else {
        return runs.to_vec();
    };
    // Everything after the split is small, or the large text is no head but a
    // word set large inside the line.
    if !runs[split..].iter().filter(|r| text(r)).all(small) {
        return runs.to_vec();
    }
    let mut out = runs[..split].to_vec();
    let mut brk = runs[split].clone();
    brk.text = "\n".into();
    out.push(brk);
    out.extend_from_slice(&runs[split..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, size: u16) -> Run {
        Run {
            text: text.into(),
            size,
            ..Run::default()
        }
    }

    fn texts(runs: &[Run]) -> String {
        runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn a_large_name_before_small_contacts_breaks() {
        let runs = [
            run("Ada Quill", 36),
            run("  ", 36),
            run("ada@example.org", 21),
        ];
        assert_eq!(
            texts(&break_after_display(&runs)),
            "Ada Quill  \nada@example.org"
        );
    }

    #[test]
    fn sizes_close_together_or_a_large_word_inside_stay_one_line() {
        let close = [run("Ada Quill", 24), run(" ada@example.org", 22)];
        assert_eq!(
            texts(&break_after_display(&close)),
            "Ada Quill ada@example.org"
        );
        let inside = [run("Ada", 36), run(" bakes ", 20), run("bread", 36)];
        assert_eq!(texts(&break_after_display(&inside)), "Ada bakes bread");
        let all_large = [run("Ada Quill", 36)];
        assert_eq!(texts(&break_after_display(&all_large)), "Ada Quill");
    }
}

/// A heading set by its look, not its style, is this much larger than the body text at
/// least: as the PDF reader tells headings (`pdf::headings`).
pub const HEADING_RATIO: f32 = 1.15;
/// A heading by look is at most this many characters long.
const MAX_HEADING_CHARS: usize = 60;

/// The sizes of a document's text: the body's (the size most characters are set at)
/// and the largest.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sizes {
    body: u16,
    largest: u16,
}

impl Sizes {
    /// The sizes of the paragraphs of `blocks`, table cells' included.
    pub fn of(blocks: &[Block]) -> Sizes {
        let mut count: HashMap<u16, usize> = HashMap::new();
        let mut largest = 0;
        let paras = blocks.iter().flat_map(|b| match b {
            Block::Para(p) => std::slice::from_ref(p).iter().collect::<Vec<_>>(),
            Block::Row(cells) => cells.iter().flatten().collect(),
        });
        for p in paras {
            for r in p.runs.iter().filter(|r| !r.text.trim().is_empty()) {
                *count.entry(r.size).or_default() += r.text.chars().count();
                largest = largest.max(r.size);
            }
        }
        let body = count
            .into_iter()
            .max_by_key(|&(size, n)| (n, std::cmp::Reverse(size)))
            .map_or(WORD_DEFAULT_SIZE, |(size, _)| size);
        Sizes { body, largest }
    }

    /// The heading level a paragraph's look gives it: a short unnumbered line wholly
    /// in bold and set larger than the body text reads as a heading on the page, as
    /// writers make headings without Word's heading styles; `1` at the document's
    /// largest size (the name), `2` below it.
    pub fn heading(&self, p: &Para) -> Option<u8> {
        let runs: Vec<&Run> = p
            .runs
            .iter()
            .filter(|r| !r.text.trim().is_empty())
            .collect();
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        let large = |r: &&Run| f32::from(r.size) >= f32::from(self.body) * HEADING_RATIO;
        let heading = p.list.is_none()
            && !runs.is_empty()
            && text.trim().chars().count() <= MAX_HEADING_CHARS
            && !text.contains(['\n', '\t'])
            && runs.iter().all(|r| r.bold && r.link.is_none())
            && runs.iter().all(large);
        let top = runs.iter().all(|r| r.size >= self.largest);
        heading.then_some(if top { 1 } else { 2 })
    }
}
