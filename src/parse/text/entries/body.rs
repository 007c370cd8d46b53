//! An entry's body sorted: highlights (one per bullet, sub-bullets in order), the
//! description (prose, sub-headings, a short item labelling the items nested under it,
//! and courses listed under such a label), and keywords (a technology list given as
//! the first bullet or a labelled line). Page-continuation markers are left out.

use super::Entry;
use crate::parse::text::lines::{
    is_prose, is_tech_list, list_items, opens_with_verb, plain, tech_label, word_count,
};
use crate::parse::text::normalise::{is_bullet_glyph, Line};
use crate::parse::text::sections::{kind_named, SectionKind};

/// What an entry's body says.
#[derive(Debug, Clone, Default)]
pub struct Body {
    /// (document index, text) per highlight, in order.
    pub highlights: Vec<(usize, String)>,
    /// Prose before the first bullet and sub-headings.
    pub description: Vec<(usize, String)>,
    /// A technology list given as the first bullet or a labelled line.
    pub keywords: Vec<(usize, Vec<String>)>,
}

/// Sorts an entry's body lines into highlights, description and keywords.
pub fn body(lines: &[Line], e: &Entry) -> Body {
    let mut out = Body::default();
    let mut seen_bullet = false;
    let mut prose = Vec::new();
    // The last bullet line: unbulleted prose set apart after it is a bullet that lost its
    // mark, between bullet groups it introduces the group below (description).
    let last_bullet = e
        .body
        .iter()
        .rposition(|&i| lines[i].bullet.is_some() || e.dates.consumed.iter().any(|(j, _)| *j == i));
    // The depth of the list items nested under a label naming courses: what was
    // taught, told in the description rather than as highlights.
    let mut courses_under: Option<u8> = None;
    for (n, &i) in e.body.iter().enumerate() {
        let line = &lines[i];
        // A page-continuation marker ("(cont.)") says nothing of the entry.
        if line.continued {
            continue;
        }
        courses_under = courses_under.filter(|&d| line.bullet.is_some_and(|b| b >= d));
        if courses_under.is_some() || labels_nested(lines, e, n) {
            if labels_nested(lines, e, n) && names_courses(&line.plain) {
                courses_under = line.bullet.map(|b| b + 1);
            }
            out.description.push((i, line.text.trim().to_string()));
            continue;
        }
        let mut text = line.text.as_str();
        let mut bullet = line.bullet.is_some();
        if let Some(&(_, off)) = e.dates.consumed.iter().find(|(j, _)| *j == i) {
            text = text[off..].trim_start();
            if let Some(rest) = text
                .strip_prefix("– ")
                .or_else(|| text.strip_prefix("- "))
                .or_else(|| text.strip_prefix("— "))
                .or_else(|| {
                    // "2021 - Present  Lead designer …": any bullet glyph between.
                    let mut cs = text.chars();
                    let c = cs.next()?;
                    let rest = cs.as_str();
                    (is_bullet_glyph(c) && rest.starts_with(char::is_whitespace)).then_some(rest)
                })
            {
                text = rest.trim_start();
                bullet = true;
            }
        }
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let p = plain(text);
        if let Some(rest) = p.contains(':').then(|| tech_label(&p)).flatten() {
            out.keywords.push((i, list_items(rest)));
            continue;
        }
        let list_line =
            (n == 0 && bullet && list_items(&p).len() >= 3) || (!bullet && !is_prose(line));
        if list_line && p.contains(',') && is_tech_list(&p) {
            out.keywords.push((i, list_items(&p)));
            continue;
        }
        let is_sub_heading = !bullet && !is_prose(line);
        let trailing = last_bullet.map_or(true, |b| n > b);
        // Prose right under a bullet goes on with that item: copied out of a PDF, an
        // item's wrapped lines lose their indent and stand at the margin. A paragraph of
        // its own stands apart by a blank line; one that introduces the bullets below
        // says so with a colon.
        let goes_on = seen_bullet && !is_sub_heading && !line.blank_before && !text.ends_with(':');
        if let Some(last) = out.highlights.last_mut().filter(|_| goes_on && !bullet) {
            last.1.push(' ');
            last.1.push_str(text);
            continue;
        }
        if bullet || (seen_bullet && !is_sub_heading && trailing) {
            seen_bullet |= bullet;
            out.highlights.push((i, text.to_string()));
        } else {
            if !is_sub_heading {
                prose.push(out.description.len());
            }
            out.description.push((i, text.to_string()));
        }
    }
    // Several one-sentence lines and no bullets at all: the converter dropped the
    // bullet marks, so each line is a highlight. A single paragraph stays description.
    if !seen_bullet && !e.bullets_in_section {
        // Each line a finished sentence (or several): lost bullets, not a wrapped paragraph.
        let finished = (prose.len() >= 2
            || prose.len() == 1 && out.description.len() == 1 && e.sentence_items_in_section)
            && prose
                .iter()
                .all(|&k| out.description[k].1.trim_end().ends_with(['.', '!', '?']));
        // Or every line a short phrase opening in capitals and stopping without a comma
        // or a joining word: items, not the wrapped lines of one sentence.
        let items =
            out.description.len() >= 2 && out.description.iter().all(|(_, t)| short_item(t));
        // Or every line opening with a verb, past or present ("Wrote …", "Own …"): each
        // an account of work, as bullets are, though it ends without a full stop.
        // Two or more: a single such line is as often a one-sentence description.
        let told =
            out.description.len() >= 2 && out.description.iter().all(|(_, t)| opens_with_verb(t));
        // Or every line set in from the entry's header, as a layout copy keeps items
        // whose glyphs were lost: two or more, or one where another entry shows it.
        let set_in = set_in_from_header(lines, e, out.description.iter().map(|d| d.0))
            && (out.description.len() >= 2 || e.indented_items_in_section);
        // Or one account of work (wrapped or not) where another entry of the section
        // shows several: the document lost its bullets, a lone point is one too.
        if !(finished || items || told || set_in) && e.told_items_in_section {
            if let Some(points) = told_points(&out.description) {
                out.description.clear();
                out.highlights.extend(points);
                return out;
            }
        }
        if finished || items || told || set_in {
            let mut kept = Vec::new();
            for (k, d) in out.description.drain(..).enumerate() {
                if items || told || set_in || prose.contains(&k) {
                    out.highlights.push(d);
                } else {
                    kept.push(d);
                }
            }
            out.description = kept;
        }
    }
    out
}

/// Marks on each of a section's entries what the others show of their bodies: bullets
/// anywhere, or several unmarked finished sentences in one (lost bullets).
pub(super) fn mark_section(lines: &[Line], idxs: &[usize], body: &[bool], out: &mut [Entry]) {
    let bullets = idxs
        .iter()
        .zip(body)
        .any(|(&i, &b)| b && lines[i].bullet.is_some());
    let sentence = |i: &usize| {
        let l = &lines[*i];
        l.bullet.is_none() && is_prose(l) && l.plain.trim_end().ends_with(['.', '!', '?'])
    };
    // An entry whose whole body is such sentences, two or more: read as lost bullets.
    let sentences = out
        .iter()
        .any(|e| e.body.len() >= 2 && e.body.iter().all(sentence));
    let indented = out.iter().any(|e| {
        e.body.len() >= 2
            && e.body.iter().all(|&i| lines[i].bullet.is_none())
            && set_in_from_header(lines, e, e.body.iter().copied())
    });
    // An entry whose whole body is two or more accounts of work without marks.
    let told = out.iter().any(|e| {
        let parts: Vec<(usize, String)> =
            e.body.iter().map(|&i| (i, lines[i].text.clone())).collect();
        e.body.iter().all(|&i| lines[i].bullet.is_none())
            && told_points(&parts).is_some_and(|p| p.len() >= 2)
    });
    for e in out {
        e.bullets_in_section = bullets;
        e.told_items_in_section = told;
        e.sentence_items_in_section = sentences;
        e.indented_items_in_section = indented;
    }
}

/// Unmarked lines read as points, each opening with a verb ("Led …", "Run …") and
/// taking the lines that go on in lower case after it (a wrapped sentence); `None`
/// when any point opens otherwise.
fn told_points(parts: &[(usize, String)]) -> Option<Vec<(usize, String)>> {
    let mut points: Vec<(usize, String)> = Vec::new();
    for (i, t) in parts {
        let t = t.trim();
        match points.last_mut() {
            Some(last) if t.starts_with(char::is_lowercase) => {
                last.1.push(' ');
                last.1.push_str(t);
            }
            _ if opens_with_verb(t) => points.push((*i, t.to_string())),
            _ => return None,
        }
    }
    (!points.is_empty()).then_some(points)
}

/// Fewest spaces a line stands in from its entry's header to read as a list item:
/// a bullet glyph and its space, the least a lost mark leaves in a layout copy.
const MIN_ITEM_INDENT: usize = 2;

/// Every one of `body` (at least one) stands in from every header line of the entry by
/// [`MIN_ITEM_INDENT`] or more: `pdftotext -layout` keeps an item where it was set when
/// its glyph (drawn, or in a symbol font) is lost, so the items stand in from the
/// title and employer above them.
fn set_in_from_header(lines: &[Line], e: &Entry, mut body: impl Iterator<Item = usize>) -> bool {
    let Some(head) = e.header.iter().map(|&i| lines[i].indent).max() else {
        return false;
    };
    let mut any = false;
    body.all(|i| {
        any = true;
        lines[i].indent >= head + MIN_ITEM_INDENT
    }) && any
}

/// Most words of a line read as an item that lost its bullet mark without a full stop.
const MAX_BARE_ITEM_WORDS: usize = 8;

/// "Built and fixed computers": short, opening in capitals, ending on no comma, colon
/// or joining word (which a wrapped sentence would go on from).
fn short_item(text: &str) -> bool {
    let t = text.trim();
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    word_count(t) <= MAX_BARE_ITEM_WORDS
        && t.starts_with(char::is_uppercase)
        && !t.ends_with([',', ';', ':', '-', '–'])
        && !crate::parse::text::lexicon::CONJUNCTIONS.contains(&last.as_str())
        && !FUNCTION_ENDS.contains(&last.as_str())
}

/// Words a wrapped line may stop on that no item ends with.
const FUNCTION_ENDS: &[&str] = &[
    "of", "the", "a", "an", "to", "for", "with", "in", "on", "at", "by",
];

/// Most words of a list item that labels the items nested under it ("Duties").
const MAX_LABEL_ITEM_WORDS: usize = 3;

/// Whether body line `n` is a short list item with items nested under it and no
/// sentence nor figure of its own ("Duties", "Courses:"): a label grouping the items
/// below, not a highlight.
fn labels_nested(lines: &[Line], e: &Entry, n: usize) -> bool {
    let line = &lines[e.body[n]];
    let Some(depth) = line.bullet else {
        return false;
    };
    let label = line.plain.trim().trim_end_matches(':');
    e.body
        .get(n + 1)
        .is_some_and(|&j| lines[j].bullet.is_some_and(|d| d > depth))
        && !label.is_empty()
        && word_count(label) <= MAX_LABEL_ITEM_WORDS
        && !label.ends_with(['.', '!', '?', ';', ','])
        && !label.chars().any(|c| c.is_ascii_digit())
}

/// A label naming courses ("Courses", "Kurse"), in the words of a section heading.
fn names_courses(label: &str) -> bool {
    kind_named(label.trim_end_matches(':')) == Some(SectionKind::Courses)
}

/// Joins description parts into one text.
pub fn join_description(parts: &[String]) -> Option<String> {
    let mut out = String::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if out.ends_with(['.', '!', '?', ':', ';']) {
                out.push(' ');
            } else {
                out.push_str(". ");
            }
        }
        out.push_str(p);
    }
    (!out.is_empty()).then_some(out)
}
