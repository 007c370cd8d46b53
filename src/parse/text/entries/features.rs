//! What a line looks like to the grouping: whether it is body or header (a bullet may
//! be an entry of its own), and the features of a header line that decide where an
//! entry starts — dates, an organisation, a title, a degree, a place, a list — and the
//! small tests the grouping runs on them (runs of header lines, a field repeated, the
//! column beside a leading date). Whether a line is body is the classifier's
//! `BodyLine` decision over `body_cues`; where entries start is decided in `entries`.

use super::Grouping;
use crate::parse::text::classify::{Classifier, Cue, Cues, Decision};
use crate::parse::text::dates::{find_dates, leading_date, DateSpan};
use crate::parse::text::education::degree;
use crate::parse::text::header::{HeaderLine, Kind};
use crate::parse::text::lines::{
    is_duration_line, is_prose, is_title_case, opens_with_verb, tech_label, word_count,
};
use crate::parse::text::normalise::Line;
use crate::parse::text::projects::labelled_name;
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

/// Features of a header line that decide where entries begin.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Feat {
    pub(super) date: bool,
    pub(super) org: bool,
    pub(super) title: bool,
    pub(super) degree: bool,
    pub(super) subunit: bool,
    pub(super) location: bool,
    /// Names something besides dates and places.
    pub(super) content: bool,
    /// Only a list of short names (technologies under a project's name).
    pub(super) list: bool,
    /// Holds a link.
    pub(super) link: bool,
    /// A bullet that is an entry's header: an entry on one line.
    pub(super) bulleted: bool,
    /// Names an organisation or something else besides a title, a place and dates.
    pub(super) name: bool,
}

impl Feat {
    pub(super) fn or(self, o: Feat) -> Feat {
        Feat {
            date: self.date || o.date,
            org: self.org || o.org,
            title: self.title || o.title,
            degree: self.degree || o.degree,
            subunit: false,
            location: self.location || o.location,
            content: self.content || o.content,
            list: false,
            link: self.link || o.link,
            bulleted: self.bulleted || o.bulleted,
            name: self.name || o.name,
        }
    }
    pub(super) fn signal(self) -> bool {
        self.date || self.org || self.title || self.degree
    }
}

pub(super) fn feat(line: &Line, head: &HeaderLine) -> Feat {
    let text: &str = &line.plain;
    let lower = text.to_lowercase();
    let deg = degree(text);
    Feat {
        date: head.dates.iter().any(|d| {
            d.range
                || set_off(text, d)
                // "2019      ACA, Institute of …": a year alone in a date column.
                || (d.span.start == 0 && date_column(text))
                || head
                    .rest
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
                    <= 8
        }),
        // A degree's field is no organisation ("MSc, Health Sciences").
        org: head.pieces.iter().any(|p| {
            p.kind == Kind::Org
                && !p.before_title
                && deg
                    .as_ref()
                    .map_or(true, |d| !text[d.span.clone()].contains(p.text.as_str()))
        }),
        title: head
            .pieces
            .iter()
            .any(|p| p.kind == Kind::Title && ends_with_title(&p.text)),
        degree: deg.is_some(),
        location: head.has(|k| *k == Kind::Location),
        content: head.has(|k| !matches!(k, Kind::Location | Kind::Tech(_))),
        list: list_line(line, head),
        link: !head.urls.is_empty(),
        bulleted: line.bullet == Some(0) && head.has(|k| *k != Kind::Location),
        name: head.has(|k| matches!(k, Kind::Org | Kind::Other | Kind::AtRight)),
        subunit: [
            "school of",
            "department of",
            "faculty of",
            "college of",
            "dept. of",
        ]
        .iter()
        .any(|s| lower.starts_with(s)),
    }
}

/// A line of technologies under a name: a list of short names ("HACCP, Sous vide"),
/// or a short italic line holding names only ("*Toast POS*").
pub fn list_line(line: &Line, head: &HeaderLine) -> bool {
    head.is_short_list()
        || line.italic
            && head.dates.is_empty()
            && word_count(&line.text) <= 8
            && !head.pieces.is_empty()
            && head.pieces.iter().all(|p| {
                matches!(p.kind, Kind::Tech(_))
                    || p.kind == Kind::Other && !p.text.ends_with('.') && word_count(&p.text) <= 4
            })
}

/// A date set apart from the words around it — "(2022)", ", 2022", "| 2022" — not
/// "in 2022".
fn set_off(text: &str, d: &DateSpan) -> bool {
    text.get(..d.span.start).is_some_and(|before| {
        before
            .trim_end()
            .ends_with(['(', ',', '|', '–', '—', '-', '·', '•'])
    })
}

/// A top-level list item carrying a date set apart from its words ("– 2019.", "(2019)",
/// "2019 – 2021"): what an item that is a whole entry carries.
pub(super) fn dated_item(line: &Line) -> bool {
    let text: &str = &line.plain;
    line.bullet == Some(0)
        && has_year(text)
        && find_dates(text)
            .iter()
            .any(|d| (d.range && d.start.is_some()) || set_off(text, d))
}

/// Whether each of a section's lines (document indices) is body rather than header.
pub(super) fn body_lines(
    lines: &[Line],
    idxs: &[usize],
    grouping: Grouping,
    judge: &dyn Classifier,
) -> Vec<bool> {
    let named = super::named_items::named_items(lines, idxs, grouping);
    idxs.iter()
        .enumerate()
        .map(|(k, &i)| {
            // A page-continuation marker ("(cont.)") repeats what is above: it starts
            // nothing (a gate, not evidence).
            if lines[i].continued {
                return true;
            }
            let next = idxs.get(k + 1).map(|&j| &lines[j]);
            let mut cues = body_cues(&lines[i], next, grouping);
            cues.set(Cue::NamedListItem, named[k]);
            judge.judge(Decision::BodyLine, cues).yes()
        })
        .collect()
}

/// What a line shows as part of an entry's body rather than its header, for the
/// classifier's `BodyLine` decision, with the line below it (if any). Bullets and
/// other lines show different cues.
pub(super) fn body_cues(line: &Line, next: Option<&Line>, grouping: Grouping) -> Cues {
    let words = word_count(&line.text);
    let text: &str = &line.plain;
    if line.bullet.is_some() {
        return Cues::of(&[
            (Cue::Bullet, true),
            // Long bullets without digits are highlights; with digits they may be
            // dated one-line entries ("• Head Chef at Acme, Lyon (2019 – 2021)").
            // One whose first sentence is a dated name is an entry on one line, however
            // long the sentences after it.
            (
                Cue::LongBullet,
                (words > 30 || words > 12 && !has_year(&line.text)) && !opens_with_dated_name(text),
            ),
            (Cue::BulletHeadsEntry, bullet_entry(line, text, grouping)),
        ]);
    }
    Cues::of(&[
        (Cue::MarkedUp, line.heading > 0 || line.bold),
        // "seit 04/2022      Senior Data Scientist": a date column, then the header.
        (Cue::DateColumn, date_column(text)),
        // "Orbit (2022): a tide-chart app." in a projects list names a project.
        (
            Cue::LabelledProjectName,
            grouping == Grouping::Projects && labelled_name(text).is_some(),
        ),
        // "Skills: Freight · Customs" under a job (a profile export) is its keywords.
        (
            Cue::TechLabelUnderJob,
            grouping == Grouping::Jobs && text.contains(':') && tech_label(text).is_some(),
        ),
        // "Classroom Management:" over bullets inside a job groups that job's bullets.
        (
            Cue::GroupLabelOverList,
            grouping == Grouping::Jobs
                && next.is_some_and(|n| n.bullet.is_some())
                && group_label(text),
        ),
        (
            Cue::Prose,
            is_prose(line)
                // A job's point may name a degree ("Precept Level II students").
                && (word_count(text) > 20 || degree(text).is_none() || grouping == Grouping::Jobs && opens_with_verb(text))
                && !dated_name(text)
                && !opens_with_dated_name(text),
        ),
    ])
}

/// Most words of a label that groups a job's bullets: longer, it is a sentence
/// introducing them.
const MAX_GROUP_LABEL_WORDS: usize = 6;

/// A short label ending in a colon that names no job title and holds no digits
/// ("Studio Management:"), as opposed to a title or a dated line set over bullets.
fn group_label(text: &str) -> bool {
    let Some(label) = text.trim_end().strip_suffix(':') else {
        return false;
    };
    !label.is_empty()
        && !label.contains(':')
        && word_count(label) <= MAX_GROUP_LABEL_WORDS
        && !label.chars().any(|c| c.is_ascii_digit())
        && !label
            .split_whitespace()
            .any(|w| vocab::is_title_head(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// "seit 04/2022      Senior Data Scientist": the line opens with a date and a wide gap.
/// Only the text before the first gap is read for dates.
fn date_column(text: &str) -> bool {
    let Some(gap) = text.find("  ") else {
        return false;
    };
    let head = &text[..gap];
    head.len() <= 24
        && head.bytes().any(|b| b.is_ascii_digit())
        && find_dates(head)
            .first()
            .is_some_and(|d| d.span.start == 0 && d.span.end == head.len())
}

/// A short line that ends in its dates set apart, not a sentence: an entry's header
/// even when it starts in lower case ("kelpie-kv (Rust) — maintainer   2020 – 2022",
/// "shelfseg — a shelf dataset (2022)").
fn dated_name(text: &str) -> bool {
    if text.ends_with(['.', '!', '?']) || !has_year(text) {
        return false;
    }
    let dates = find_dates(text);
    let Some(d) = dates.last() else {
        return false;
    };
    let after = text[d.span.end..].trim();
    let gap = text[..d.span.start].ends_with("  ");
    (after.is_empty() || after == ")")
        && (d.range || gap || set_off(text, d))
        && word_count(&text[..d.span.start]) <= 12
}

/// A line whose first sentence is a dated name and nothing else, the rest telling
/// what the entry was ("Archivist at Kelda Museum (May 2019 – Jun 2020). Catalogued
/// …"): an entry written on one line, as a bulleted one may be.
fn opens_with_dated_name(text: &str) -> bool {
    text.find(". ")
        .is_some_and(|end| end > 0 && dated_name(&text[..end]))
}

/// Four digits in a row: the cheap test before a long bullet is read for dates.
fn has_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// A bullet that is an entry's header rather than a highlight: one holding only a date
/// ("– Present"), a top-level bullet that reads as a dated entry ("• Engineer, Acme
/// (2019 – 2021)", "• Orbit (2022): a tide app."), a degree in an education list, or a
/// short title-case name in a projects list.
fn bullet_entry(line: &Line, text: &str, grouping: Grouping) -> bool {
    let dates = find_dates(text);
    let rest_empty = dates.first().is_some_and(|d| {
        text[..d.span.start].trim().is_empty() && text[d.span.end..].trim().is_empty()
    });
    if rest_empty {
        return true;
    }
    if line.bullet != Some(0) {
        return false;
    }
    // A date column glued to the text ("2019/04 Built …") is a highlight's date, not
    // an entry's; the dates found above tell without reading the line again.
    let leading = dates
        .first()
        .is_some_and(|d| d.span.start == 0 && text[d.span.end..].starts_with(char::is_whitespace));
    let dated = !dates.is_empty()
        && !leading
        && dates.iter().any(|d| {
            // A sentence may end after the date when the name before it is short:
            // "Orbit (2022): a tide-chart app."
            let short_head = word_count(&text[..d.span.start]) <= 8;
            ((d.range && d.start.is_some()) || set_off(text, d))
                && (!text.ends_with('.') || short_head)
                && !mid_phrase(text, d)
        });
    let unfinished = !text.ends_with(['.', '!', '?', ';']);
    dated
        || grouping == Grouping::Projects && labelled_name(text).is_some()
        || grouping == Grouping::Items
            && unfinished
            && degree(text).is_some()
            && word_count(text) <= 16
        || grouping == Grouping::Projects
            && unfinished
            && word_count(text) <= 6
            && is_title_case(text)
            && !text.contains(", ")
            && !text.split_whitespace().any(vocab::is_tech)
}

/// "Led the cycling plan 2022-2026 (budget …)": a range inside a phrase, after a
/// lower-case word and with words after it, is a figure of a highlight; an entry's
/// dates stand apart (first, last, or after a separator).
fn mid_phrase(text: &str, d: &DateSpan) -> bool {
    let before = text[..d.span.start].trim_end();
    before
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        && text[d.span.end..].chars().any(char::is_alphabetic)
}

/// A header line that only adds to an entry (technologies, a link, a labelled note, a
/// place, a duration) and never starts one.
pub(super) fn weak(text: &str, head: &HeaderLine) -> bool {
    let only_extras = !head.pieces.is_empty()
        && head
            .pieces
            .iter()
            .all(|p| matches!(p.kind, Kind::Tech(_) | Kind::Desc | Kind::Location));
    let only_link = head.pieces.is_empty() && !head.urls.is_empty();
    (only_extras || only_link || is_duration_line(text)) && head.dates.is_empty()
}

/// Where the text beside a leading date starts, in source columns ("2016 – 2017   PGCE"
/// → the column of "PGCE"); None without a leading date.
pub(super) fn text_column(line: &Line) -> Option<usize> {
    let (_, off) = leading_date(&line.text)?;
    let rest = line.text.get(off..)?;
    let gap = rest.len() - rest.trim_start().len();
    // A date column is set apart by a wide gap, not one space.
    (gap >= 2).then(|| line.indent + line.text[..off + gap].chars().count())
}

pub(super) fn header_runs(body: &[bool]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < body.len() {
        if body[k] {
            k += 1;
            continue;
        }
        let start = k;
        while k < body.len() && !body[k] {
            k += 1;
        }
        runs.push((start, k));
    }
    runs
}

/// The features of a section's first header line (all false when it has none).
pub(super) fn first_head(feats: &[Feat], body: &[bool]) -> Feat {
    feats
        .iter()
        .zip(body)
        .find(|(_, &b)| !b)
        .map(|(f, _)| *f)
        .unwrap_or_default()
}

/// The line stops on "and" or on a word cut at a hyphen: it runs on to the next.
pub(super) fn runs_on(text: &str) -> bool {
    let t = text.trim_end();
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    crate::parse::text::lexicon::CONJUNCTIONS.contains(&last.as_str())
        || t.len() > 2 && t.ends_with('-') && t[..t.len() - 1].ends_with(char::is_alphabetic)
}
