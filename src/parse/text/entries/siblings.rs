//! Items that lost their bullet marks in a layout copy, told by the item above them.
//!
//! Takes a section's lines (document indices), the `BodyLine` verdict the classifier
//! gave each line alone, and how the section's entries are told apart; gives the same
//! verdicts with the unmarked lines that stand level with an item above them, set in
//! from the section's headers, asked again with the `SetInSibling` cue. It does not
//! group entries nor sort a body (`entries`, `body` do).

use super::features::body_cues;
use super::Grouping;
use crate::parse::text::classify::{Classifier, Cue, Decision};
use crate::parse::text::dates::find_dates;
use crate::parse::text::lines::{is_sentence_like, word_count};
use crate::parse::text::normalise::Line;

/// Fewest spaces an item stands in from the section's headers: a bullet glyph and
/// its space, the least a lost mark leaves in a layout copy.
const MIN_ITEM_INDENT: usize = 2;

/// Fewest words of a line read as an item by its place alone: shorter, it may be a
/// title or a place set in under an employer.
const MIN_SIBLING_WORDS: usize = 4;

/// `pdftotext -layout` keeps the items of a list where they were set when their
/// glyphs are lost: a short point ("Prescribe and review medications") reads as a
/// header line alone, yet it stands level with the item above it, set in from the
/// titles and employers. Lines are taken in order, so a run of such items follows
/// its first.
pub(super) fn set_in_siblings(
    lines: &[Line],
    idxs: &[usize],
    grouping: Grouping,
    body: &mut [bool],
    judge: &dyn Classifier,
) {
    if grouping != Grouping::Jobs {
        return;
    }
    let Some(margin) = (0..idxs.len())
        .filter(|&k| !body[k] && !lines[idxs[k]].plain.trim().is_empty())
        .map(|k| lines[idxs[k]].indent)
        .min()
    else {
        return;
    };
    for k in 1..idxs.len() {
        let line = &lines[idxs[k]];
        if body[k]
            || line.bullet.is_some()
            || line.blank_before
            || line.heading > 0
            || line.bold
            || line.indent < margin + MIN_ITEM_INDENT
            || word_count(&line.plain) < MIN_SIBLING_WORDS
            || !is_sentence_like(&line.plain)
            || !find_dates(&line.plain).is_empty()
        {
            continue;
        }
        // An unmarked item of the contiguous body above at the same indent.
        let level = (0..k)
            .rev()
            .take_while(|&j| body[j] && !lines[idxs[j + 1]].blank_before)
            .any(|j| lines[idxs[j]].bullet.is_none() && lines[idxs[j]].indent == line.indent);
        if !level {
            continue;
        }
        let next = idxs.get(k + 1).map(|&j| &lines[j]);
        let mut cues = body_cues(line, next, grouping);
        cues.set(Cue::SetInSibling, true);
        body[k] = judge.judge(Decision::BodyLine, cues).yes();
    }
}
