//! Conversion debris removed before anything else reads the text.
//!
//! PDF converters and LaTeX templates leave math around dates (`$May\ 2022$`), escaped
//! symbols (`\$`, `\%`, `\&`), HTML tags (`<sup>rd</sup>`), ligatures, non-breaking and
//! zero-width spaces, bullet glyphs (including the stray `o`/`O` of symbol fonts),
//! page footers and export noise ("Page 2 of 3", "Profile picture"), and sentences
//! wrapped over several lines. This module turns raw text into logical [`Line`]s —
//! markers stripped and recorded as features — and notes which source lines it dropped
//! and why. It knows nothing about sections or entries.
//!
//! [`inline`] cleans one line's characters, [`marks`] reads its heading, bullet and
//! emphasis marks, [`noise`] says why a line carries nothing; joining wrapped lines is
//! here.

mod displaced;
mod form_labels;
mod html;
mod inline;
mod marks;
pub(crate) use marks::is_bullet_glyph;
mod noise;
mod spaced;
mod web_copy;

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::formats::fields::EntryFields;

use inline::clean_inline;
use marks::{marks, Marked};
use noise::{noise, without_document_title, PAGE_NUMBER};

/// One logical line of the résumé after clean-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    /// 1-based number of the source line.
    pub no: usize,
    /// Source lines joined onto this one (a wrapped sentence).
    pub more: Vec<usize>,
    /// The cleaned text: heading marks, whole-line bold and bullet markers removed,
    /// inline Markdown kept.
    pub text: String,
    /// `text` without inline Markdown (see `lines::plain`), read once here because
    /// every later step looks at it.
    pub plain: String,
    /// Markdown heading level (`#` count), 0 for none.
    pub heading: u8,
    /// The whole line was bold (`**…**`).
    pub bold: bool,
    /// The whole line is in italics (`*…*`, `_…_`; the marks stay in `text`).
    pub italic: bool,
    /// Bullet depth when the line was a list item (0 = top level).
    pub bullet: Option<u8>,
    /// Leading spaces in the source.
    pub indent: usize,
    /// A blank line (or the start of the text) comes before this one.
    pub blank_before: bool,
    /// Written as a continued page header ("Projects (Cont.)").
    pub continued: bool,
    /// The fields the markup names for this entry line (a class's entry macro).
    pub fields: Option<std::sync::Arc<EntryFields>>,
}

/// The cleaned document: logical lines plus what was dropped.
#[derive(Debug, Default)]
pub struct Document {
    pub lines: Vec<Line>,
    /// Source lines dropped as noise, with the reason.
    pub ignored: Vec<(usize, &'static str)>,
    /// The source lines, for notes.
    pub source: Vec<String>,
}

static CONTINUED: LazyLock<Regex> = LazyLock::new(|| {
    // "Projects (Cont.)", "Projects – continued", or the whole in brackets: "(Art
    // Teacher, cont.)".
    Regex::new(r"(?i)^(?:\((.*?),\s*(?:cont\.?|cont'd|continued)\s*\)|(.*?)\s*(?:\(\s*(?:cont\.?|cont'd|continued)\s*\)|[-–,]?\s+(?:cont\.|cont'd|continued)))\s*:?$")
        .unwrap()
});

/// "…led the pastry section for a": a line cut after a word no sentence ends with.
fn ends_with_function_word(t: &str) -> bool {
    let Some(w) = t.rsplit(' ').next() else {
        return false;
    };
    t.len() > w.len() && crate::parse::text::lexicon::ENGLISH_JOINING_WORDS.contains(&w)
}

/// Where a list item's text starts on its source line: past the indent and the marker.
fn item_text_column(line: &str) -> usize {
    line.chars()
        .position(|c| !(c.is_whitespace() || is_bullet_glyph(c) || matches!(c, '-' | '*' | '+')))
        .unwrap_or(0)
}

/// A date at either end of a line: an entry's header line dates itself so, a sentence
/// that mentions a year doesn't.
fn dated_at_an_end(t: &str) -> bool {
    crate::parse::text::dates::find_dates(t)
        .iter()
        .any(|d| d.span.start == 0 || t[d.span.end..].trim().is_empty())
}

/// A line that carries on the sentence of the line before it. `hanging`: the column
/// where the text of the list item above starts.
fn continues(prev: &Line, cur: &Marked, cur_indent: usize, hanging: Option<usize>) -> bool {
    if cur.bullet || cur.heading > 0 || cur.bold || prev.heading > 0 || prev.bold {
        return false;
    }
    // A line indented to where the item's text starts (the hanging indent a layout-
    // keeping converter copies) goes on with the item, even after a full stop: a
    // paragraph or a header would start at the margin.
    if prev.bullet.is_some()
        && cur_indent > 0
        && hanging == Some(cur_indent)
        && !dated_at_an_end(&cur.text)
    {
        return true;
    }
    // A name or list cut after its comma goes on, however short ("Kelda Institute,\n
    // Department of Optics"): nothing a line holds on its own ends in a comma. A line
    // below that dates itself heads an entry instead.
    if prev.text.ends_with(',') && !dated_at_an_end(&cur.text) {
        return true;
    }
    // A line cut after a joining word goes on however short, when the next starts in
    // lower case: no heading or name stops on "of" or "through".
    if ends_with_function_word(&prev.text) && cur.text.starts_with(char::is_lowercase) {
        return true;
    }
    let prev_prose = prev.bullet.is_some() || prev.text.split_whitespace().count() >= 6;
    if !prev_prose {
        return false;
    }
    let first = cur.text.chars().next().unwrap_or(' ');
    let prev_last = prev.text.chars().last().unwrap_or('.');
    // After a finished sentence, a lower-case line with a date or a dash after its first
    // word names the next entry ("kelpie-kv (Rust) — maintainer   2020 – 2022").
    let next_entry = || {
        matches!(prev_last, '.' | '!' | '?')
            && (cur.text.contains(" — ")
                || cur.text.contains(" – ")
                || !crate::parse::text::dates::find_dates(&cur.text).is_empty())
    };
    if first.is_lowercase()
        && crate::parse::text::dates::leading_date(&cur.text).is_none()
        && !next_entry()
    {
        return true;
    }
    // "…, recovering\n$85K in duplicate payments": a bullet's sentence going on with an
    // amount or a number (no heading or entry starts so; dates are checked below).
    if prev.bullet.is_some()
        && !matches!(prev_last, '.' | '!' | '?' | ':' | ';')
        && (matches!(first, '$' | '€' | '£' | '¥' | '%') || first.is_ascii_digit())
        && crate::parse::text::dates::find_dates(&cur.text).is_empty()
    {
        return true;
    }
    if matches!(prev_last, ',' | '(' | '&' | '/') || ends_with_function_word(&prev.text) {
        return true;
    }
    let open_end = !matches!(prev_last, '.' | '!' | '?' | ':' | ';');
    if prev.bullet.is_none()
        || !open_end
        || !crate::parse::text::dates::find_dates(&cur.text).is_empty()
    {
        return false;
    }
    // Indented under the bullet's text, or the rest of its sentence ("…to\nKubernetes
    // and Helm.") — but not a company name that ends in "Inc.".
    let last_word = cur.text.split_whitespace().last().unwrap_or("");
    let words = cur.text.split_whitespace().count();
    let ends_sentence = cur.text.ends_with(['.', '!', '?'])
        && words >= 2
        && words <= prev.text.split_whitespace().count()
        && !crate::parse::text::vocab::is_org_suffix(last_word);
    (cur_indent > 0 && cur_indent > prev.indent) || ends_sentence
}

impl Document {
    /// Reads raw résumé text into cleaned logical lines.
    pub fn new(text: &str) -> Document {
        let source: Vec<String> = text.lines().map(str::to_string).collect();
        let mut doc = Document {
            lines: Vec::with_capacity(source.len()),
            ignored: Vec::new(),
            source: Vec::new(),
        };
        let mut blank = true;
        let mut pending_bullet = false;
        // Bullet glyphs on lines of their own (see `displaced`).
        let mut lone_bullets = Vec::new();
        // Those right under a line of text (see `displaced`).
        let mut sunk_bullets = Vec::new();
        let mut first_text: Option<String> = None;
        // A page number was dropped: later lines may be running page headers.
        let mut page_seen = false;
        let mut min_indent = usize::MAX;
        // Where the text of the last list item starts (see `continues`).
        let mut hanging: Option<usize> = None;
        let copied = noise::with_running_blocks(&source, web_copy::web_copy_noise(&source));
        let mut labels = form_labels::relabel_all(&source);
        for (i, raw) in source.iter().enumerate() {
            let no = i + 1;
            if let Some(why) = copied[i] {
                doc.ignored.push((no, why));
                continue;
            }
            let clean = clean_inline(raw);
            let clean = match spaced::join_letter_spacing(&clean) {
                std::borrow::Cow::Owned(joined) => joined,
                std::borrow::Cow::Borrowed(_) => clean,
            };
            // A footer like "– 2 –" would read as a bullet once its marks are taken off.
            let dashed = clean.trim_start().starts_with(['-', '–', '—']);
            if let Some(why) = dashed.then(|| noise(&clean)).flatten() {
                page_seen |= why == PAGE_NUMBER;
                doc.ignored.push((no, why));
                continue;
            }
            let mut m = marks(&clean);
            if m.text.is_empty() {
                if m.bullet {
                    if !blank && !pending_bullet {
                        sunk_bullets.push(no);
                    }
                    pending_bullet = true;
                    lone_bullets.push(no);
                } else {
                    blank = true;
                    // A bullet glyph on a line of its own marks the text right below
                    // it; across a blank line it is a glyph the text layer moved away
                    // from its item, and which item it was is unknown.
                    pending_bullet = false;
                }
                continue;
            }
            if let Some(why) = noise(&m.text) {
                page_seen |= why == PAGE_NUMBER;
                doc.ignored.push((no, why));
                continue;
            }
            if let Some(t) = web_copy::without_widget_tail(&m.text) {
                m.text = t.to_string();
            }
            if let Some(t) = web_copy::without_employment_type(&m.text) {
                if t.is_empty() {
                    doc.ignored.push((no, "ignored: employment type"));
                    continue;
                }
                m.text = t;
            }
            match std::mem::replace(&mut labels[i], form_labels::Relabel::Keep) {
                form_labels::Relabel::Drop => {
                    doc.ignored.push((no, "ignored: form label"));
                    continue;
                }
                form_labels::Relabel::Text(t, item) => {
                    m.text = t;
                    m.bullet |= item;
                }
                form_labels::Relabel::Employer(t) => m.text = t,
                form_labels::Relabel::Keep => {}
            }
            // Titles beside a name are short, or sit at the top of a page.
            let paged = m.text.len() < 160 && noise::has_page_marker(&m.text);
            let title = (first_text.is_none() || page_seen || paged || m.text.len() <= 48)
                .then(|| without_document_title(&m.text))
                .flatten();
            if let Some(rest) = title {
                if rest.is_empty() {
                    doc.ignored.push((no, "ignored: document title"));
                    continue;
                }
                if first_text.is_some() {
                    // "Jane Doe — Résumé" further down: a running page header.
                    doc.ignored.push((no, "ignored: running page header"));
                    continue;
                }
                // At the top it is the name line: keep the name.
                m.text = rest.to_string();
            }
            let repeats_first = |first: &str| {
                first
                    .chars()
                    .eq(m.text.chars().flat_map(char::to_lowercase))
            };
            // "Ada Quill      2/3": the name beside a page counter, a running footer.
            let footer = noise::beside_page_counter(&m.text).is_some_and(|words| {
                let words = words.to_lowercase();
                first_text.as_deref().is_some_and(|f| f.starts_with(&words))
            });
            // "Ada Quill" over "2/3" (plain `pdftotext` parts a footer's name from its
            // counter): the name again, right over a page number, is the same footer.
            let over_counter = || {
                let next = source[i + 1..].iter().find(|l| !l.trim().is_empty());
                m.text.split_whitespace().count() >= 2
                    && first_text
                        .as_deref()
                        .is_some_and(|f| f.starts_with(&m.text.trim().to_lowercase()))
                    && next.is_some_and(|l| noise(l) == Some(PAGE_NUMBER))
            };
            if footer || over_counter() {
                page_seen = true;
                doc.ignored.push((no, "ignored: running page footer"));
                continue;
            }
            if first_text.is_none() {
                first_text = Some(m.text.to_lowercase());
            } else if page_seen
                && first_text.as_deref().is_some_and(repeats_first)
                && m.text.split_whitespace().count() <= 6
            {
                // The first line again after a page break: a running page header.
                doc.ignored.push((no, "ignored: repeated page header"));
                continue;
            }
            let bullet = m.bullet || std::mem::take(&mut pending_bullet);
            if let Some(prev) = doc.lines.last_mut() {
                // Across a blank line only the plainest case: a bullet left mid-sentence
                // and a tail that starts in lower case (converters that double-space).
                let across_blank = blank
                    && prev.bullet.is_some()
                    && !prev.text.ends_with(['.', '!', '?', ':', ';'])
                    && m.text.starts_with(char::is_lowercase)
                    && !m.bullet
                    && m.heading == 0;
                if (!blank || across_blank)
                    && continues(prev, &m, m.indent, hanging.filter(|_| !bullet))
                {
                    if !crate::parse::glyphs::joins_without_space(&prev.text, &m.text) {
                        prev.text.push(' ');
                    }
                    prev.text.push_str(m.text.trim());
                    prev.more.push(no);
                    continue;
                }
            }
            if bullet {
                min_indent = min_indent.min(m.indent);
            }
            let continued = m.text.len() < 60
                && m.text.to_ascii_lowercase().contains("cont")
                && CONTINUED.is_match(&m.text)
                && m.text.split_whitespace().count() <= 6;
            hanging = m.bullet.then(|| item_text_column(&clean));
            doc.lines.push(Line {
                no,
                more: Vec::new(),
                text: m.text,
                plain: String::new(),
                heading: m.heading,
                bold: m.bold,
                italic: m.italic,
                bullet: bullet.then_some(0),
                indent: m.indent,
                blank_before: blank,
                continued,
                fields: None,
            });
            blank = false;
        }
        // Read before the displaced bullets are placed: a heading stops them.
        for line in &mut doc.lines {
            line.plain = crate::parse::text::lines::plain(&line.text);
        }
        displaced::place(&mut doc.lines, &lone_bullets, &sunk_bullets);
        // Bullet depth relative to the least-indented bullet; hollow bullets nest.
        let base = if min_indent == usize::MAX {
            0
        } else {
            min_indent
        };
        for line in doc.lines.iter_mut().filter(|l| l.bullet.is_some()) {
            let depth = (line.indent.saturating_sub(base) / 2).min(3) as u8;
            let hollow = source[line.no - 1]
                .trim_start()
                .starts_with(['◦', '○', '▫', '□']);
            line.bullet = Some(if hollow { depth.max(1) } else { depth });
        }
        doc.source = source;
        doc
    }

    /// The heading text of a "(Cont.)" line without the marker.
    pub fn continued_heading(text: &str) -> Option<String> {
        CONTINUED.captures(text).and_then(|c| {
            let m = c.get(1).or_else(|| c.get(2))?;
            Some(m.as_str().trim().to_string())
        })
    }
}

#[cfg(test)]
mod tests;
