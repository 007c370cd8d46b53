//! Grouping a section's lines into entries, and the parts every entry shares: its
//! dates and its body (highlights, description, technologies).
//!
//! An entry is a run of header lines (organisation, title, place, dates — in any order
//! and split over any number of lines) followed by a body (bullets and prose). A new
//! entry starts where a header line follows a body and carries an entry's signals
//! (dates, a title, an organisation), or where a header line repeats a field the entry
//! already has (a second degree, a second dated title under one company). Dates glued
//! to the front of body lines (a date column beside the text) are read as the entry's
//! start and end. Which header piece becomes which field is decided per section kind
//! by `roles`.

use super::dates::{find_dates, leading_date, DateSpan, Point};
use super::education::degree;
use super::header::{self, HeaderLine, Kind};
use super::lines::{
    is_duration_line, is_prose, is_tech_list, is_title_case, list_items, plain, tech_label,
    word_count,
};
use super::normalise::Line;
use super::projects::labelled_name;
use super::titles::ends_with_title;

/// A group of lines that make one entry.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Document indices of header lines, and each taken apart.
    pub header: Vec<usize>,
    pub heads: Vec<HeaderLine>,
    /// Document indices of body lines (bullets, prose, sub-headings).
    pub body: Vec<usize>,
    pub dates: Dates,
}

/// An entry's dates as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dates {
    pub start: Option<String>,
    pub end: Option<String>,
    /// The end is "Present".
    pub open: bool,
    /// Only one date was given (its meaning depends on the section: a degree's end,
    /// a project's start and end, a job's start).
    pub single: bool,
    /// A date was written at the front of a line followed by text, as a date column
    /// beside the entry is ("2015/05 Billing platform"): it marks a start.
    pub column: bool,
    pub expected: bool,
    /// Body lines whose leading date was read as the entry's date: (doc index, byte
    /// offset where the rest of the text starts).
    pub consumed: Vec<(usize, usize)>,
}

/// Features of a header line that decide where entries begin.
#[derive(Debug, Clone, Copy, Default)]
struct Feat {
    date: bool,
    org: bool,
    title: bool,
    degree: bool,
    subunit: bool,
    location: bool,
    /// Names something besides dates and places.
    content: bool,
    /// Only a list of short names (technologies under a project's name).
    list: bool,
    /// Holds a link.
    link: bool,
    /// A bullet that is an entry's header: an entry on one line.
    bulleted: bool,
    /// Names an organisation or something else besides a title, a place and dates.
    name: bool,
}

impl Feat {
    fn or(self, o: Feat) -> Feat {
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
    fn signal(self) -> bool {
        self.date || self.org || self.title || self.degree
    }
}

fn feat(line: &Line, head: &HeaderLine) -> Feat {
    let text = plain(&line.text);
    let lower = text.to_lowercase();
    let deg = degree(&text);
    Feat {
        date: head.dates.iter().any(|d| {
            d.range
                || set_off(&text, d)
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

/// Whether a line belongs to an entry's body rather than its header.
fn is_body(line: &Line, grouping: Grouping) -> bool {
    let words = word_count(&line.text);
    // Long bullets without digits are highlights; with digits they may be dated
    // one-line entries ("• Head Chef at Acme, Lyon, France (2019 – 2021)").
    if line.bullet.is_some() && (words > 30 || words > 12 && !line.text.contains(char::is_numeric))
    {
        return true;
    }
    let text = plain(&line.text);
    if line.bullet.is_some() {
        return !bullet_entry(line, &text, grouping);
    }
    if line.heading > 0 || line.bold {
        return false;
    }
    // "Orbit (2022): a tide-chart app." in a projects list names a project.
    if grouping == Grouping::Projects && labelled_name(&text).is_some() {
        return false;
    }
    is_prose(line) && (word_count(&text) > 20 || degree(&text).is_none())
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
    let dated = leading_date(text).is_none()
        && dates.iter().any(|d| {
            // A sentence may end after the date when the name before it is short:
            // "Orbit (2022): a tide-chart app."
            let short_head = word_count(&text[..d.span.start]) <= 8;
            ((d.range && d.start.is_some()) || set_off(text, d))
                && (!text.ends_with('.') || short_head)
        });
    let unfinished = !text.ends_with(['.', '!', '?', ';']);
    dated
        || grouping == Grouping::Projects && labelled_name(text).is_some()
        || grouping == Grouping::Items && unfinished && degree(text).is_some() && word_count(text) <= 16
        || grouping == Grouping::Projects
            && unfinished
            && word_count(text) <= 6
            && is_title_case(text)
            && !text.contains(", ")
            && !text.split_whitespace().any(super::vocab::is_tech)
}

/// Groups a section's lines (document indices) into entries.
/// How a section's entries are told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// Jobs: a dateless line after a body may be a sub-heading (a team, a product)
    /// of the job in progress when the section's entries carry dates.
    Jobs,
    /// Degrees: a header line after a body always starts a new entry.
    Items,
    /// Projects: like degrees, and a name after a dated project starts the next one.
    Projects,
}

/// A header line that only adds to an entry (technologies, a link, a labelled note, a
/// place, a duration) and never starts one.
fn weak(text: &str, head: &HeaderLine) -> bool {
    let only_extras = !head.pieces.is_empty()
        && head
            .pieces
            .iter()
            .all(|p| matches!(p.kind, Kind::Tech(_) | Kind::Desc | Kind::Location));
    let only_link = head.pieces.is_empty() && !head.urls.is_empty();
    (only_extras || only_link || is_duration_line(text)) && head.dates.is_empty()
}

/// Groups a section's lines (document indices) into entries.
pub fn group(lines: &[Line], idxs: &[usize], grouping: Grouping) -> Vec<Entry> {
    let body: Vec<bool> = idxs.iter().map(|&i| is_body(&lines[i], grouping)).collect();
    let heads: Vec<Option<HeaderLine>> = idxs
        .iter()
        .zip(&body)
        .map(|(&i, &b)| (!b).then(|| header::read(&lines[i].text)))
        .collect();
    let feats: Vec<Feat> = idxs
        .iter()
        .zip(&heads)
        .map(|(&i, h)| h.as_ref().map(|h| feat(&lines[i], h)).unwrap_or_default())
        .collect();
    // Dates glued to the front of a body line only matter for the first body line
    // after a header run.
    let leading: Vec<bool> = idxs
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let after_header = body[k] && (k == 0 || !body[k - 1]);
            let starts_with_date = lines[i]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic());
            let glued = match &heads[k] {
                // A header line's dates are already read: one at its very start,
                // followed by text.
                Some(h) => h.dates.first().is_some_and(|d| {
                    d.span.start == 0 && h.rest.trim_start_matches(['|', ' ']).len() > 1
                }),
                None => leading_date(&plain(&lines[i].text)).is_some(),
            };
            (after_header || !body[k]) && starts_with_date && glued
        })
        .collect();
    // Whether this section's entries usually carry dates: then a dateless header after a
    // body is a sub-heading of the entry in progress, not a new entry.
    let runs: Vec<(usize, usize)> = header_runs(&body);
    let dated = runs
        .iter()
        .filter(|&&(a, b)| {
            (a..b).any(|k| feats[k].date || leading[k]) || (b < body.len() && leading[b])
        })
        .count();
    let section_dated = dated * 2 > runs.len();

    let mut out = Vec::new();
    let mut cur = Entry::default();
    let mut cur_feat = Feat::default();
    for (k, &i) in idxs.iter().enumerate() {
        let Some(head) = &heads[k] else {
            cur.body.push(i);
            continue;
        };
        if is_duration_line(&plain(&lines[i].text)) {
            cur.header.push(i);
            cur.heads.push(head.clone());
            continue;
        }
        let f = feats[k];
        let new = if !cur.body.is_empty() {
            if weak(&plain(&lines[i].text), head) {
                cur.body.push(i);
                continue;
            }
            let end = (k..idxs.len()).find(|&j| body[j]).unwrap_or(idxs.len());
            let run = (k..end).fold(Feat::default(), |acc, j| acc.or(feats[j]));
            let lead_after = end < idxs.len() && leading[end];
            if run.signal() || lead_after || !section_dated || grouping != Grouping::Jobs {
                true
            } else {
                cur.body.push(i);
                continue;
            }
        } else {
            // In a list of projects, a blank line ends a project given without bullets
            // when it is complete (a name and a link or dates: "Orbit\ngithub.com/x\n\n
            // Tidepool") or when two bare names follow each other ("Orbit\n\nTidepool").
            // Not before an organisation or a date: profile exports set the project's
            // client or school apart by a blank line ("Orbit\n\nAcme Labs - 2021").
            let after_blank = grouping == Grouping::Projects
                && lines[i].blank_before
                && f.content
                && !f.list
                && !f.org
                && cur_feat.content
                && (cur_feat.date || cur_feat.link || !f.date && !cur_feat.org);
            // Two project names on consecutive lines, the first with nothing else:
            // "Orbit\nTidepool   2021 – 2022".
            // A date beside the second name must stand apart in a column: "Orbit\nAcme -
            // 2021" is a project and where it was done.
            let column_date = head.dates.is_empty() || {
                let text = plain(&lines[i].text);
                head.dates
                    .iter()
                    .all(|d| text.get(..d.span.start).is_some_and(|b| b.ends_with("   ")))
            };
            let bare_then_name = grouping == Grouping::Projects
                && !lines[i].blank_before
                && column_date
                && cur.header.len() == 1
                && cur_feat.content
                && !(cur_feat.date || cur_feat.link || cur_feat.org || cur_feat.title)
                && f.content
                && !(f.org || f.list || f.title || f.link)
                && is_title_case(&head.rest.replace('|', " "));
            // "Acme / Baker / 2019 – 2021" done, then "Crumb & Co" over the next title:
            // the next employer, even without a place or bullets between.
            let next_title = k + 1 < idxs.len() && !body[k + 1] && feats[k + 1].title;
            let next_employer = grouping == Grouping::Jobs
                && next_title
                && f.name
                && !f.title
                && !f.date
                && cur_feat.name
                && cur_feat.title
                && cur_feat.date;
            !cur.header.is_empty()
                && (after_blank
                    || bare_then_name
                    || next_employer
                    || collides(cur_feat, f, grouping))
        };
        if new {
            out.push(std::mem::take(&mut cur));
            cur_feat = Feat::default();
        }
        cur.header.push(i);
        cur.heads.push(head.clone());
        cur_feat = cur_feat.or(f);
    }
    if !cur.header.is_empty() || !cur.body.is_empty() {
        out.push(cur);
    }
    for e in &mut out {
        e.dates = dates_of(lines, e);
    }
    out
}

fn header_runs(body: &[bool]) -> Vec<(usize, usize)> {
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

/// A header line that repeats a field the entry already has starts a new entry.
fn collides(cur: Feat, f: Feat, grouping: Grouping) -> bool {
    (f.degree && cur.degree)
        || (f.org && !f.subunit && !f.title && cur.org && (cur.date || cur.degree || cur.title))
        || (f.title && cur.title && cur.date)
        // A project's name after a project that already has its name and dates.
        || (grouping == Grouping::Projects
            && f.content
            && !f.date
            && !f.title
            && !f.list
            && cur.date
            && cur.content)
        // Dated one-liners, one after the other.
        || (f.date && f.content && cur.date && cur.content && !f.degree)
        // After an entry written as one bullet, the next name starts another.
        || (cur.bulleted && cur.content && f.content && !f.list)
        // A new organisation after a complete role (title, dates and place) that sat under
        // an earlier one, as profile exports list them.
        || (f.org && !f.subunit && !f.title && !f.date && !cur.org && cur.title && cur.date && cur.location)
        // "Acme   Lyon" / "Baker   2019 – 2021" done, then "Crumb & Co   Leeds": the next
        // employer and its place, in a layout without bullets between roles.
        || (f.name && f.location && !f.title && !f.date && cur.name && cur.title && cur.date && cur.location)
}

/// Reads the entry's start and end from its header dates, then from dates glued to the
/// front of its first body lines.
fn dates_of(lines: &[Line], e: &Entry) -> Dates {
    let mut spans: Vec<DateSpan> = e
        .heads
        .iter()
        .flat_map(|h| h.dates.iter().cloned())
        .collect();
    let mut consumed = Vec::new();
    if !spans.iter().any(|d| d.range && d.start.is_some()) {
        for &i in e.body.iter().take(2) {
            if spans.len() >= 2 {
                break;
            }
            let text = plain(&lines[i].text);
            let Some((d, _)) = leading_date(&text) else {
                break;
            };
            // "now Led …" only ends an entry that has a start.
            if d.start.is_none() && spans.is_empty() {
                break;
            }
            let raw_off = leading_date(&lines[i].text).map_or(0, |(_, o)| o);
            consumed.push((i, raw_off));
            spans.push(d);
        }
    }
    let column = !consumed.is_empty()
        || e.heads.iter().any(|h| {
            h.dates.first().is_some_and(|d| {
                d.span.start == 0 && h.rest.trim_start_matches(['|', ' ']).len() > 1
            })
        });
    let mut out = Dates {
        consumed,
        column,
        ..Dates::default()
    };
    let mut count = 0;
    for d in &spans {
        out.expected |= d.expected;
        if d.range {
            if out.start.is_none() {
                out.start = d.start.and_then(Point::date).map(|y| y.iso());
            }
            match d.end {
                Some(Point::Present) => out.open = true,
                Some(Point::Date(y)) if out.end.is_none() => out.end = Some(y.iso()),
                _ => {}
            }
            count += 2;
        } else if let Some(y) = d.first() {
            if d.expected {
                out.end.get_or_insert(y.iso());
            } else if out.start.is_none() {
                out.start = Some(y.iso());
            } else if out.end.is_none() && !out.open {
                out.end = Some(y.iso());
            }
            count += 1;
        } else if d.start == Some(Point::Present) {
            out.open = true;
        }
        if out.start.is_some() && (out.end.is_some() || out.open) {
            break;
        }
    }
    out.single = count == 1 && !out.open;
    out
}

/// Notes the "3 years 2 months" lines of profile exports as ignored.
pub fn note_durations(lines: &[Line], e: &Entry, rec: &mut super::explain::Recorder) {
    for &i in &e.header {
        if is_duration_line(&plain(&lines[i].text)) {
            rec.note(&lines[i], "ignored: total duration");
        }
    }
}

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
    // The last bullet line: unbulleted prose after it is a bullet that lost its mark,
    // prose between bullet groups introduces the group below (description).
    let last_bullet = e
        .body
        .iter()
        .rposition(|&i| lines[i].bullet.is_some() || e.dates.consumed.iter().any(|(j, _)| *j == i));
    for (n, &i) in e.body.iter().enumerate() {
        let line = &lines[i];
        let mut text = line.text.as_str();
        let mut bullet = line.bullet.is_some();
        if let Some(&(_, off)) = e.dates.consumed.iter().find(|(j, _)| *j == i) {
            text = text[off..].trim_start();
            if let Some(rest) = text
                .strip_prefix("– ")
                .or_else(|| text.strip_prefix("- "))
                .or_else(|| text.strip_prefix("• "))
                .or_else(|| text.strip_prefix("— "))
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
    if !seen_bullet && prose.len() >= 2 {
        // Each line a finished sentence (or several): lost bullets, not a wrapped paragraph.
        let finished = prose
            .iter()
            .all(|&k| out.description[k].1.trim_end().ends_with(['.', '!', '?']));
        if finished {
            let mut kept = Vec::new();
            for (k, d) in out.description.drain(..).enumerate() {
                if prose.contains(&k) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise::Document;

    fn entries(text: &str) -> (Document, Vec<Entry>) {
        let doc = Document::new(text);
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        let e = group(&doc.lines, &idxs, Grouping::Jobs);
        (doc, e)
    }

    #[test]
    fn one_company_several_roles() {
        let (_, e) = entries(
            "Kestrel Robotics GmbH\n\nSenior Firmware Engineer Mar 2021 - Present\n- Led the motor team.\nFirmware Engineer Jun 2018 - Feb 2021\n- Wrote drivers for the arm.\n",
        );
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].header.len(), 2);
        assert_eq!(e[0].dates.start.as_deref(), Some("2021-03"));
        assert!(e[0].dates.open);
        assert_eq!(e[1].dates.end.as_deref(), Some("2021-02"));
    }

    #[test]
    fn degrees_without_bodies_split() {
        let (_, e) = entries(
            "Northgate University, Leeds\nM.Sc. in Physics, expected June 2026\nNorthgate University, Leeds\nB.Sc. in Physics\nHollin College, York, UK\n2015 – 2018\nA-levels Diploma",
        );
        assert_eq!(e.len(), 3);
        assert!(e[0].dates.expected);
        assert_eq!(e[0].dates.end.as_deref(), Some("2026-06"));
        assert!(e[0].dates.single);
    }

    #[test]
    fn date_column_glued_to_text() {
        let (doc, e) = entries(
            "### Umbra Labs Inc., Data Engineer, Oslo\n#### 2019/04 Billing platform\n- 2021/08 Rebuilt the ledger.\n  - Cut costs by half.\n#### Search team\n- Shipped search.\n### Umbra Labs Inc., Data Engineer Intern, Oslo\n2018/06 Reporting tools\n- Wrote reports.",
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].dates.start.as_deref(), Some("2019-04"));
        assert_eq!(e[0].dates.end.as_deref(), Some("2021-08"));
        let b = body(&doc.lines, &e[0]);
        assert_eq!(b.highlights[0].1, "Rebuilt the ledger.");
        assert_eq!(b.highlights.len(), 3);
        assert_eq!(b.description.len(), 1);
        assert_eq!(e[1].dates.start.as_deref(), Some("2018-06"));
        assert_eq!(e[1].dates.end, None);
    }

    #[test]
    fn roles_without_bullets_in_columns() {
        let (_, e) = entries(
            "Osteria Lume        Columbus, OH\nSous Chef        09/2020 - 01/2023\nThe Brass Kettle        Osaka, Japan\nLine Cook        03/2018 - 07/2020\n- Ran the pass.",
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        let (_, e) = entries(
            "Osteria Lume\n\nSous Chef\n\n09/2020 – 01/2023 Columbus, OH\n\nThe Brass Kettle\n\nLine Cook\n\n03/2018 – 07/2020",
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        // A team under the role, over its bullets, stays with it.
        let (_, e) = entries(
            "Acme Corp\nSoftware Engineer   2019 – 2021\nPayments Platform\n- Built the ledger.",
        );
        assert_eq!(e.len(), 1, "{e:#?}");
        // Title and dates first, then the employer and its place: one role.
        let (_, e) = entries(
            "Pediatric Nurse, Nov 2022 - Dec 2024\nLakeview Clinic, Leeds, UK\n- Ran the ward.",
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn dates_split_over_lines() {
        let (_, e) =
            entries("Lakeside Clinic\nStaff Nurse\nSep 2019 –\nPresent\n- Ran the night shift.");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].dates.start.as_deref(), Some("2019-09"));
        assert!(e[0].dates.open);
    }

    #[test]
    fn undated_project_after_dated_ones_is_its_own_entry() {
        let doc = Document::new(
            "Loomline (2021)\n- Built a weaving editor.\nTidal Clock\n- Shows the tide.\nStack: Rust, Embedded HAL\nSeedbank | 2019 – 2020\n- Ran it for two seasons.",
        );
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        let e = group(&doc.lines, &idxs, Grouping::Items);
        assert_eq!(e.len(), 3);
        assert_eq!(
            body(&doc.lines, &e[1]).keywords[0].1,
            ["Rust", "Embedded HAL"]
        );
        // In a jobs section the same dateless line reads as a sub-heading.
        let e = group(&doc.lines, &idxs, Grouping::Jobs);
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn projects_without_bullets_end_at_a_blank_line() {
        let doc = Document::new(
            "Orbit\ngithub.com/ada/orbit\n\nTidepool\nMarch 2021 – May 2022\n- Charted the tides.\n\nLoom\n- Wove things.",
        );
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        let e = group(&doc.lines, &idxs, Grouping::Projects);
        assert_eq!(e.len(), 3, "{e:#?}");
        assert_eq!(e[1].dates.start.as_deref(), Some("2021-03"));
        let doc = Document::new(
            "Orbit\n\nTidepool\n- Charted the tides.\n\nLoom\n\nKelda Weavers Guild - 2021\n- Wove things.",
        );
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        let e = group(&doc.lines, &idxs, Grouping::Projects);
        assert_eq!(e.len(), 3, "{e:#?}");
        assert_eq!(e[2].header.len(), 2);
        let doc = Document::new("Orbit\nTidepool      2021 – 2022\n- Charted the tides.");
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        assert_eq!(group(&doc.lines, &idxs, Grouping::Projects).len(), 2);
        // A company's header split by a blank line stays one job.
        let doc = Document::new("Acme Robotics\n\nFirmware Engineer  2019 – 2021\n- Wrote drivers.");
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        assert_eq!(group(&doc.lines, &idxs, Grouping::Jobs).len(), 1);
    }

    #[test]
    fn bulleted_entry_lines() {
        let (doc, e) = entries(
            "• Senior Baker, Crumb & Co Ltd (2019 – present)\n   ◦ Ran the night bake.\n• Baker, Rye House (2016 – 2019)\n   ◦ Shaped 400 loaves a night.\n• Promoted to shift lead in 2018",
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[1].dates.start.as_deref(), Some("2016"));
        assert_eq!(body(&doc.lines, &e[1]).highlights.len(), 2);
    }

    #[test]
    fn first_bullet_technology_list_is_keywords() {
        let (doc, e) = entries("Pixel Garden\nOct 2019 - Dec 2019\n- Rust, WebAssembly, Canvas, SQLite\n- Built a garden planner.");
        let b = body(&doc.lines, &e[0]);
        assert_eq!(b.keywords[0].1, ["Rust", "WebAssembly", "Canvas", "SQLite"]);
        assert_eq!(b.highlights.len(), 1);
    }
}
