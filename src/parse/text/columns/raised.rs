//! The person's name read among the first sections: `pdftotext` without `-layout`
//! orders a page's blocks by where they start, so a name set large in a box of its own
//! beside the text (a sidebar's top, a banner to the right) can come out after the
//! first paragraphs, alone between blank lines, with no name left above the first
//! heading.
//!
//! Takes the text; gives it with that line moved to the top, with each line's source
//! line number, or `None` when there is none. Only when no line above the first heading
//! reads as a name of two words or more; the line is the first in the first two
//! sections' bodies that stands alone (between blank lines, or alone under a heading:
//! the other column's blocks may have been moved away from it), reads as a name (two or
//! three capitalised words, no word of a job title) and is no heading. It does not read
//! the other lines.

use super::super::name::name_score;
use super::super::normalise::Document;
use super::super::vocab::{is_title_head, is_title_word};
use super::{heading_lines, is_heading, reordered, BLANK};

/// Name score a header line needs to be the name already there: what the contact
/// reader takes a name from.
const HEADER_NAME_SCORE: i32 = 3;
/// Name score a lone line needs, read as if it stood first: two or three capitalised
/// words and nothing against them (the score of a first line's name without bold or
/// capitals).
const LONE_NAME_SCORE: i32 = 4;
/// Sections whose bodies are looked into: the name is set at the page's top, so it
/// comes out among the first blocks.
const SECTIONS_LOOKED_INTO: usize = 2;

/// The text with a lone name from among the first sections moved to the top.
pub(super) fn raise(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |k: usize| lines.get(k).map_or(true, |l| l.trim().is_empty());
    let heads = heading_lines(&lines);
    let &(first, _) = heads.first()?;
    let score = |l: &str| {
        let doc = Document::new(l.trim());
        doc.lines.first().and_then(|line| name_score(line, true))
    };
    let named = (0..first).any(|k| {
        lines[k].split_whitespace().count() >= 2
            && score(lines[k]).is_some_and(|s| s >= HEADER_NAME_SCORE)
    });
    if named {
        return None;
    }
    let end = heads
        .get(SECTIONS_LOOKED_INTO)
        .map_or(lines.len(), |&(k, _)| k);
    let name = (first + 1..end).find(|&k| {
        let t = lines[k].trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        k > 0
            && (blank(k - 1) || is_heading(lines[k - 1].trim()))
            && blank(k + 1)
            && (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && !is_title_word(w) && !is_title_head(w)
            })
            && !is_heading(t)
            && score(t).is_some_and(|s| s >= LONE_NAME_SCORE)
    })?;
    let mut order = vec![name, BLANK];
    order.extend((0..lines.len()).filter(|&k| k != name));
    Some(reordered(&lines, &order))
}

#[cfg(test)]
mod tests {
    use super::raise;

    #[test]
    fn a_lone_name_in_the_summary_goes_to_the_top() {
        let text = "\
CV

Profile
Gardener who has kept historic terraces for a decade.

Ada Quill

I trained two apprentices in grafting.

Experience
Head Gardener, Villa Rosa
";
        let (got, origin) = raise(text).expect("a name to raise");
        assert_eq!(got.lines().next(), Some("Ada Quill"));
        assert_eq!(origin[0], 6);
        assert_eq!(got.lines().count(), text.lines().count() + 1);
    }

    #[test]
    fn a_name_in_the_header_keeps_the_text_as_it_is() {
        let text = "Ada Quill\n\nProfile\nGardener.\n\nVilla Rosa\n\nExperience\n";
        assert!(raise(text).is_none());
    }

    #[test]
    fn a_job_title_alone_is_no_name() {
        let text = "Profile\nGardener.\n\nHead Gardener\n\nExperience\n";
        assert!(raise(text).is_none());
    }
}
