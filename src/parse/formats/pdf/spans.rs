//! Glyphs → spans: the runs of words that sit on one baseline with no wide gap inside.
//!
//! Takes one page's glyphs; gives its spans, each with its box, size and text. Words are
//! split where the gap between glyphs is wider than a narrow space; spans where it is
//! wider than about one and a half spaces, as `pdftotext -layout` splits columns.
//! Letter-spaced words (`S K I L L S`) are joined back. Each span notes which of its
//! words are set in bold (their letters and digits: a colon after a bold label may be
//! regular). It does not order spans into columns or lines of
//! reading; that is [`super::columns`]'s job.

use std::ops::Range;

use super::glyphs::Glyph;

/// A run of words on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub page: usize,
    pub x0: f64,
    pub x1: f64,
    /// Baseline, from the page's top.
    pub y: f64,
    /// The largest glyph size in the span.
    pub size: f64,
    pub text: String,
    /// The byte ranges of `text` that are bold words, in order.
    pub bold: Vec<Range<usize>>,
}

/// A gap wider than this many font sizes between glyphs is a space between words...
const WORD_GAP: f64 = 0.08;
/// ...or this many, in documents that draw their spaces as glyphs: there a narrower gap
/// is a width the crate got wrong, not a space.
const WORD_GAP_DRAWN: f64 = 0.3;
/// A gap wider than this many font sizes (about one and a half spaces) separates spans.
const SPAN_GAP: f64 = 0.45;
/// A gap wider than this many font sizes is a gutter or a tab stop, never a stretched
/// space of justified text.
const GUTTER_EMS: f64 = 3.0;

/// The spans of one page's glyphs; `drawn_spaces`: the document draws its spaces.
pub fn spans(glyphs: &[Glyph], drawn_spaces: bool) -> Vec<Span> {
    let word_gap = if drawn_spaces {
        WORD_GAP_DRAWN
    } else {
        WORD_GAP
    };
    // Each glyph with its place in drawing order.
    let mut order: Vec<(usize, &Glyph)> = glyphs.iter().enumerate().collect();
    order.sort_by(|a, b| a.1.y.total_cmp(&b.1.y).then(a.1.x.total_cmp(&b.1.x)));
    // Rows: glyphs whose baselines lie within a third of their size of the row's first.
    let mut rows: Vec<Vec<(usize, &Glyph)>> = Vec::new();
    for g in order {
        match rows.last_mut() {
            Some(row) if (g.1.y - row[0].1.y).abs() <= row[0].1.size.max(g.1.size) * 0.3 => {
                row.push(g)
            }
            _ => rows.push(vec![g]),
        }
    }
    let rows = with_scripts(rows);
    let mut out = Vec::new();
    for row in rows {
        let row = with_accents(&left_to_right(row));
        split_row(&row.iter().collect::<Vec<_>>(), word_gap, &mut out);
    }
    out
}

/// The combining mark for a spacing accent drawn as a glyph of its own (TeX and some
/// other typesetters draw accents so, over the letter).
fn combining(c: &str) -> Option<char> {
    Some(match c {
        "´" | "ˊ" => '\u{301}',
        "`" | "ˋ" => '\u{300}',
        "¨" => '\u{308}',
        "ˆ" | "^" => '\u{302}',
        "˜" => '\u{303}',
        "¸" => '\u{327}',
        "ˇ" => '\u{30c}',
        "˘" => '\u{306}',
        "˚" => '\u{30a}',
        "¯" => '\u{304}',
        "˙" => '\u{307}',
        "˝" => '\u{30b}',
        _ => return None,
    })
}

/// A row's glyphs with each accent that overlaps a letter composed with it.
fn with_accents(row: &[&Glyph]) -> Vec<Glyph> {
    use unicode_normalization::UnicodeNormalization;
    let overlaps = |a: &Glyph, b: &Glyph| {
        let (l, r) = (a.x.max(b.x), (a.x + a.w).min(b.x + b.w));
        r - l > a.w.min(b.w).max(0.1) * 0.3
    };
    let mut out: Vec<Glyph> = Vec::with_capacity(row.len());
    let mut pending: Option<(char, &Glyph)> = None; // an accent waiting for its letter
    for (k, g) in row.iter().enumerate() {
        if let Some(mark) = combining(&g.text) {
            let next = row
                .get(k + 1)
                .filter(|n| n.text.chars().all(char::is_alphabetic));
            if next.is_some_and(|n| overlaps(g, n)) {
                pending = Some((mark, g));
                continue;
            }
            if let Some(prev) = out.last_mut() {
                if prev.text.chars().all(char::is_alphabetic) && overlaps(g, prev) {
                    prev.text = compose(&prev.text, mark);
                    continue;
                }
            }
        }
        let mut glyph = (*g).clone();
        if let Some((mark, _)) = pending.take() {
            glyph.text = compose(&glyph.text, mark);
        }
        out.push(glyph);
    }
    if let Some((_, g)) = pending {
        out.push((*g).clone());
    }
    return out;

    fn compose(letter: &str, mark: char) -> String {
        // A dotless i under an accent is the accented i.
        let base = if letter == "ı" { "i" } else { letter };
        base.chars().chain(std::iter::once(mark)).nfc().collect()
    }
}

/// Rows with superscripts and subscripts (exponents, ordinals, footnote marks: a few
/// smaller glyphs set just above or below a line, within its width) put into that line.
fn with_scripts(rows: Vec<Vec<(usize, &Glyph)>>) -> Vec<Vec<(usize, &Glyph)>> {
    let size = |row: &[(usize, &Glyph)]| row.iter().map(|g| g.1.size).fold(0.0, f64::max);
    let span = |row: &[(usize, &Glyph)]| {
        let l = row.iter().map(|g| g.1.x).fold(f64::INFINITY, f64::min);
        let r = row
            .iter()
            .map(|g| g.1.x + g.1.w)
            .fold(f64::NEG_INFINITY, f64::max);
        (l, r)
    };
    let script_of = |small: &[(usize, &Glyph)], line: &[(usize, &Glyph)]| {
        let (s, l) = (size(small), size(line));
        let ((a, b), (c, d)) = (span(small), span(line));
        small.len() <= 6
            && s <= l * 0.85
            && (small[0].1.y - line[0].1.y).abs() <= l * 0.6
            && a > c
            && b < d
    };
    let mut out: Vec<Vec<(usize, &Glyph)>> = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while let Some(mut row) = rows.next() {
        if let Some(next) = rows.peek_mut() {
            if script_of(&row, next) {
                next.append(&mut row);
                continue;
            }
        }
        if let Some(prev) = out.last_mut() {
            if script_of(&row, prev) {
                prev.append(&mut row);
                continue;
            }
        }
        out.push(row);
    }
    out
}

/// A row's glyphs left to right. Runs drawn one after the other keep their drawing
/// order, so a kerned pair (a small letter tucked under a T) or a width the crate got
/// slightly wrong does not swap letters; the runs are then ordered by where they start.
fn left_to_right(mut row: Vec<(usize, &Glyph)>) -> Vec<&Glyph> {
    row.sort_by_key(|g| g.0);
    let mut runs: Vec<Vec<&Glyph>> = Vec::new();
    let mut last: Option<(usize, f64, f64)> = None; // index, x, size
    for (i, g) in row {
        let follows = last.is_some_and(|(j, x, size)| i == j + 1 && g.x >= x - size * 0.25);
        match runs.last_mut() {
            Some(run) if follows => run.push(g),
            _ => runs.push(vec![g]),
        }
        last = Some((i, g.x, g.size));
    }
    runs.sort_by(|a, b| a[0].x.total_cmp(&b[0].x));
    runs.into_iter().flatten().collect()
}

/// One row's glyphs, left to right, into spans.
fn split_row(row: &[&Glyph], word_gap: f64, out: &mut Vec<Span>) {
    let mut words: Vec<Vec<&Glyph>> = Vec::new();
    // Before word k (k ≥ 1): the gap, and whether a span may break there.
    let mut gaps: Vec<(f64, bool)> = vec![(0.0, false)];
    // Before word k: a space glyph was drawn.
    let mut spaced_before: Vec<bool> = Vec::new();
    let mut end = f64::NEG_INFINITY;
    let mut after_space = false;
    for g in row {
        // Spaces mark a word break but do not close the gap: a run of them (or a tab
        // drawn as one wide space) is as wide a gap as empty paper.
        if g.text.trim().is_empty() {
            after_space = true;
            continue;
        }
        let gap = g.x - end;
        let size = g.size;
        if words.is_empty() || gap > size * word_gap || after_space {
            // Between two letters of a letter-spaced heading a word gap is wider than a
            // plain space, yet no column break.
            let reach = if after_space { 1.5 } else { 1.0 };
            let spaced = words.last().is_some_and(|w| w.len() == 1) && gap < size * reach;
            if !words.is_empty() {
                gaps.push((gap, gap > size * SPAN_GAP && !spaced));
            }
            spaced_before.push(after_space);
            words.push(Vec::new());
        }
        if let Some(w) = words.last_mut() {
            w.push(*g);
        }
        // Overlapping glyphs (kerning, accents) never move the end backwards.
        end = end.max(g.x + g.w);
        after_space = false;
    }
    // Justified text stretches every space of its line alike: a gap is a break only
    // when it is also well wider than the line's usual space. A gutter between columns
    // (wider than a few ems) is no space of the line's own and does not count.
    let em = row.iter().map(|g| g.size).fold(0.0, f64::max);
    let mut sorted: Vec<f64> = gaps[1..]
        .iter()
        .map(|g| g.0)
        .filter(|&g| g < em * GUTTER_EMS)
        .collect();
    sorted.sort_by(f64::total_cmp);
    let usual = if sorted.len() >= 4 {
        sorted[sorted.len() / 2]
    } else {
        0.0
    };
    let mut start = 0;
    for k in 1..=words.len() {
        if k == words.len() || (gaps[k].1 && gaps[k].0 > usual * 2.0) {
            out.push(span(&words[start..k], &spaced_before[start..k]));
            start = k;
        }
    }
}

fn span(words: &[Vec<&Glyph>], spaced_before: &[bool]) -> Span {
    let first = words[0][0];
    let last = words[words.len() - 1].last().copied().unwrap_or(first);
    let size = words.iter().flatten().map(|g| g.size).fold(0.0, f64::max);
    let texts: Vec<String> = words
        .iter()
        .map(|w| w.iter().map(|g| g.text.as_str()).collect())
        .collect();
    let text = join_words(words, &texts, spaced_before);
    // A word is bold when its letters and digits are: a label's colon or a closing
    // bracket is often set in the regular face after a bold word.
    let bold_word = |w: &Vec<&Glyph>| {
        let word = |g: &&&Glyph| g.text.chars().any(char::is_alphanumeric);
        match w.iter().any(|g| word(&g)) {
            true => w.iter().filter(word).all(|g| g.bold),
            false => w.iter().all(|g| g.bold),
        }
    };
    let mut bold = Vec::new();
    if text.len() == texts.iter().map(|t| t.len() + 1).sum::<usize>() - 1 {
        // Words joined by single spaces: each bold word's own range.
        let mut at = 0;
        for (w, t) in words.iter().zip(&texts) {
            if bold_word(w) {
                bold.push(at..at + t.len());
            }
            at += t.len() + 1;
        }
    } else if words.iter().all(bold_word) {
        // A letter-spaced run joined back: bold only as a whole.
        bold.push(0..text.len());
    }
    Span {
        page: first.page,
        x0: first.x,
        x1: last.x + last.w,
        y: first.y,
        size,
        text,
        bold,
    }
}

/// Words joined by spaces; a letter-spaced run (nearly every word one letter; a kerned
/// pair may make two) joined back into words, split where a space was drawn or the gap
/// is clearly wider than between its letters.
fn join_words(words: &[Vec<&Glyph>], texts: &[String], spaced_before: &[bool]) -> String {
    let letters = |t: &String| t.chars().count() <= 2 && t.chars().all(char::is_alphanumeric);
    let single = texts.iter().filter(|t| t.chars().count() == 1).count();
    if words.len() < 4 || !texts.iter().all(letters) || single * 4 < texts.len() * 3 {
        return texts.join(" ");
    }
    let gaps: Vec<f64> = words
        .windows(2)
        .map(|p| p[1][0].x - (p[0][0].x + p[0][0].w))
        .collect();
    let mut sorted = gaps.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let mut out = texts[0].clone();
    for ((t, gap), drawn) in texts[1..].iter().zip(&gaps).zip(&spaced_before[1..]) {
        if *gap > median * 1.8 + 0.5 || *drawn {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests;
