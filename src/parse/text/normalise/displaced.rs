//! Bullet glyphs the text layer set apart from their items: `pdftotext` without
//! `-layout` emits a list's bullets as a run of lone "•" lines of their own, before the
//! items or after them, when the PDF drew them as a separate run of text (seen from
//! Word, Canva and FlowCV exports alike). The items are left without their marks, so
//! their wrapped lines read as one paragraph.
//!
//! Takes the logical lines and the source line numbers of the lone bullets; marks as
//! list items the lines the run belongs to: as many as there are bullets, right after
//! the run or right before it, when those lines form one unbroken block of plain text.
//! It does not move any text, and leaves a run it can't place alone.

use super::super::sections::heading_kind;
use super::Line;

/// Marks the lines each run of lone bullets (`lone`, source line numbers, ascending)
/// stands for; `sunk` are those right under a line of text.
pub(super) fn place(lines: &mut [Line], lone: &[usize], sunk: &[usize]) {
    let mut k = 0;
    while k < lone.len() {
        // A run: lone bullets with no text line between them.
        let first = lone[k];
        // Lines before the run: those numbered below it.
        let before = lines.partition_point(|l| l.no < first);
        let mut n = 1;
        while k + n < lone.len() && lines.get(before).map_or(true, |l| l.no > lone[k + n]) {
            n += 1;
        }
        k += n;
        if n == 1 && sunk.contains(&first) && sunk_glyph(lines, before) {
            continue;
        }
        let after = &lines[before..];
        // Items after the run (the bullets led): exactly a block of as many lines.
        // Else items before it (they trailed): a block of as many lines ending there,
        // with what follows standing apart; one glyph alone says too little for that.
        let ends_block = |rest: &[Line]| rest.first().map_or(true, |l| l.blank_before);
        // A section heading is no list item: a run right above one trailed the items
        // before it.
        let heads_section = after.first().is_some_and(|l| heading_kind(l).is_some());
        if !heads_section && block_of_items(after, n) && ends_block(&after[n..]) {
            mark(&mut lines[before..before + n]);
        } else if n >= MIN_TRAILING
            && before >= n
            && block_of_items(&lines[before - n..before], n)
            && lines[before - n..before]
                .iter()
                .all(|l| l.text.split_whitespace().count() >= MIN_PROSE_WORDS)
            && ends_block(after)
        {
            mark(&mut lines[before - n..before]);
        }
    }
}

/// A glyph set lower than its text: `pdftotext -layout` puts a bullet whose baseline
/// sits below its item's first line on a row of its own under that line, and the rows
/// it pushed down leave a gap before the item's next line. One such glyph right under
/// a plain line, with a gap after it, marks that line; the line after the gap goes on
/// with the item when the item's line ends mid-sentence. Returns whether it placed it.
fn sunk_glyph(lines: &mut [Line], before: usize) -> bool {
    let plain = |l: &Line| l.bullet.is_none() && l.heading == 0 && heading_kind(l).is_none();
    let (Some(item), Some(next)) = (before.checked_sub(1), lines.get(before)) else {
        return false;
    };
    if !plain(&lines[item]) || !next.blank_before {
        return false;
    }
    let goes_on = plain(next);
    lines[item].bullet = Some(0);
    let mid_sentence = !lines[item]
        .text
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';']);
    if mid_sentence && goes_on {
        lines[before].blank_before = false;
    }
    true
}

/// Bullets a trailing run needs to be placed.
const MIN_TRAILING: usize = 2;
/// Words of each line a trailing run is placed on: the sentences of a list of duties
/// or results, not a list of terms (whose bullets, scattered by a sidebar, may trail
/// anything).
const MIN_PROSE_WORDS: usize = 5;

/// Whether the first `n` of `lines` are plain lines of one block: no heading, no marks
/// of their own, no blank line between them.
fn block_of_items(lines: &[Line], n: usize) -> bool {
    lines.len() >= n
        && lines[..n]
            .iter()
            .all(|l| l.bullet.is_none() && l.heading == 0)
        && lines[1..n].iter().all(|l| !l.blank_before)
}

fn mark(lines: &mut [Line]) {
    for l in lines {
        l.bullet = Some(0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Document;

    fn items(text: &str) -> Vec<(String, bool)> {
        Document::new(text)
            .lines
            .into_iter()
            .map(|l| (l.text, l.bullet.is_some()))
            .collect()
    }

    #[test]
    fn bullets_after_their_items_mark_them() {
        let text = "\
Head Cook, Linha Azul
2019 – 2024 | Porto
Planned the menus for a crew of forty on voyages of three weeks
and kept the galley clean
Cut food waste by a fifth every month
•

•

Galley Hand, Mar Alto
";
        let got = items(text);
        assert_eq!(got[0], ("Head Cook, Linha Azul".into(), false));
        assert!(!got[1].1);
        assert!(got[2].0.ends_with("kept the galley clean"), "{got:?}");
        assert!(got[2].1 && got[3].1, "{got:?}");
        assert_eq!(got[4], ("Galley Hand, Mar Alto".into(), false));
    }

    #[test]
    fn bullets_before_their_items_mark_them() {
        let got = items("SKILLS\n•\n•\n•\n\nMenu planning\nFood safety\nStock control\n");
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1..].iter().all(|(_, b)| *b), "{got:?}");
    }

    #[test]
    fn bullets_after_a_list_of_terms_mark_nothing() {
        let got = items("Languages\nRust\nSQL\n•\n•\n\nEXPERIENCE\n");
        assert!(got.iter().all(|(_, b)| !*b), "{got:?}");
    }

    #[test]
    fn bullets_above_a_heading_trailed_the_items_before_it() {
        let text = "\
Planned the menus for a crew of forty on long voyages
Cut food waste by a fifth every month of the year
•

•

EDUCATION
Diploma in Culinary Arts, Escola de Hotelaria

2015 – 2017
";
        let got = items(text);
        assert!(got[0].1 && got[1].1, "{got:?}");
        assert!(got[2..].iter().all(|(_, b)| !*b), "{got:?}");
    }

    #[test]
    fn a_glyph_sunk_under_its_item_marks_the_line_above() {
        let text = "\
Head Cook, Linha Azul
   Planned the menus for a crew of forty on voyages of
   •



   three weeks and more
   Cut food waste by a fifth every month
   •



Galley Hand, Mar Alto
";
        let got = items(text);
        assert!(got[1].1 && got[3].1, "{got:?}");
        assert!(!got[0].1 && !got[2].1 && !got[4].1, "{got:?}");
        // The item's wrapped line after the gap goes on with it.
        assert!(!Document::new(text).lines[2].blank_before);
    }

    #[test]
    fn more_bullets_than_lines_mark_nothing() {
        let got = items("SKILLS\nMenu planning\n•\n•\n•\n\nEXPERIENCE\n");
        assert!(got.iter().all(|(_, b)| !*b), "{got:?}");
    }
}
