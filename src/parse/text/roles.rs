//! Which piece of an entry's header is which field, for jobs and volunteering:
//! organisation, title, place, team, technologies. Projects are `projects`' job.
//!
//! Every piece is a candidate; the organisation is picked in order of evidence (an
//! organisation suffix, a name standing alone on its line, the course of a teaching
//! role, the company heading a group of roles, the words before a glued title, what
//! follows "at"), the title is the piece that reads as one. A company on a line of its
//! own heads the entries after it that name none.

use super::entries::{self, join_description, Entry};
use super::explain::Recorder;
use super::header::{has_org_word, Kind};
use super::lines::word_count;
use super::normalise::Line;
use crate::model::{Volunteer, Work};
use crate::parse::pattern::Pattern;

mod employer;
mod pick;
mod shape;
mod town;
mod whole_name;
pub use pick::{pick, Group, Picked};
pub use shape::Shape;

static PROJECTISH: Pattern = Pattern::folded(
    r"(?i)(?-u:\b)(?:course|research|personal|side|academic|class|capstone|final|school|hackathon|open[- ]source|thesis|hobby)\s+project(?-u:\b)|(?-u:\b)open[- ]source\s+contributions?(?-u:\b)|\[\s*(?:link|code|demo|repo)\s*\]",
);

/// Whether a job-section entry is really a project ("Course Project", "[Link]",
/// "Open-source contribution") and names no employer or place.
pub fn projectish(lines: &[Line], e: &Entry) -> bool {
    e.header
        .iter()
        .any(|&i| PROJECTISH.is_match(&lines[i].text))
}

/// Whether an entry names an employer or a place (so it is a job, not a project).
pub fn employer_like(e: &Entry) -> bool {
    e.heads
        .iter()
        .any(|h| h.has(|k| matches!(k, Kind::Org | Kind::Location | Kind::AtRight)))
}

fn note_fields(rec: &mut Recorder, lines: &[Line], p: &Picked, prefix: &str, name_field: &str) {
    let mut note = |i: usize, f: &str| {
        if let Some(l) = lines.get(i) {
            rec.note(l, format!("{prefix}.{f}"));
        }
    };
    if let Some((i, _)) = &p.name {
        note(*i, name_field);
    }
    if let Some((i, _)) = &p.position {
        note(*i, "position");
    }
    if let Some((i, _)) = &p.location {
        note(*i, "location");
    }
    for (i, _) in &p.description {
        note(*i, "description");
    }
    for (i, _) in &p.keywords {
        note(*i, "keywords");
    }
    if let Some((i, _)) = &p.url {
        note(*i, "url");
    }
}

pub(super) fn note_dates(rec: &mut Recorder, lines: &[Line], e: &Entry, prefix: &str) {
    entries::note_durations(lines, e, rec);
    for (k, &i) in e.header.iter().enumerate() {
        if !e.heads[k].dates.is_empty() {
            rec.note(&lines[i], format!("{prefix}.dates"));
        }
    }
    for (i, _) in &e.dates.consumed {
        rec.note(&lines[*i], format!("{prefix}.dates"));
    }
}

/// The highlights, description and keywords of an entry's body, noted.
pub(super) fn body_parts(
    lines: &[Line],
    e: &Entry,
    prefix: &str,
    rec: &mut Recorder,
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let b = entries::body(lines, e);
    let mut highlights = Vec::new();
    for (k, (i, t)) in b.highlights.iter().enumerate() {
        rec.note(&lines[*i], format!("{prefix}.highlights[{k}]"));
        highlights.push(t.clone());
    }
    let mut description = Vec::new();
    for (i, t) in &b.description {
        rec.note(&lines[*i], format!("{prefix}.description"));
        description.push(t.clone());
    }
    let mut keywords = Vec::new();
    for (i, kw) in &b.keywords {
        rec.note(&lines[*i], format!("{prefix}.keywords"));
        keywords.extend(kw.iter().cloned());
    }
    (highlights, description, keywords)
}

pub(super) fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|k| !k.is_empty() && seen.insert(k.to_lowercase()));
    v
}

/// A role's end: none while it goes on; a role given one date ("Barista, Acme (2015)",
/// "2015   Acme GmbH" opening a row of a table of years) began and ended within it,
/// unless the date leads a line under the one that opens the entry ("2015/05 Billing
/// platform" below the employer): there it dates the work inside the role and marks
/// only when it started.
fn role_end(e: &Entry) -> Option<String> {
    let d = &e.dates;
    let under_opening = || {
        !d.consumed.is_empty()
            || e.heads.iter().skip(1).any(|h| {
                h.dates.first().is_some_and(|x| {
                    x.span.start == 0 && h.rest.trim_start_matches(['|', ' ']).len() > 1
                })
            })
    };
    if d.open || d.single && d.column && under_opening() {
        None
    } else if d.single {
        d.start.clone().or(d.end.clone())
    } else {
        d.end.clone()
    }
}

/// Most words of an organisation's name standing alone on a line below a title.
const MAX_EMPLOYER_WORDS: usize = 6;

/// A short line naming an organisation and nothing else ("UC Santa Barbara", "Kelda
/// Logistics GmbH"): no sentence, no date, no list.
fn employer_line(text: &str) -> bool {
    let t = text.trim();
    word_count(t) <= MAX_EMPLOYER_WORDS
        && !t.ends_with(['.', ':', ';'])
        && !t.contains([',', ';', '|'])
        && crate::parse::text::dates::find_dates(t).is_empty()
        && has_org_word(t)
}

/// Builds a job, read with what its section's other jobs show (`shape`).
pub fn work(
    lines: &[Line],
    e: &Entry,
    n: usize,
    group: Option<&Group>,
    shape: Shape,
    rec: &mut Recorder,
) -> (Work, Picked) {
    let ctx = RoleCtx {
        prefix: format!("work[{n}]"),
        org_field: "name",
        shape,
    };
    role(lines, e, &ctx, group, rec)
}

/// How a role is recorded, and what its section shows.
struct RoleCtx {
    /// `work[2]`.
    prefix: String,
    /// The organisation's field name.
    org_field: &'static str,
    /// What the section's jobs show in common.
    shape: Shape,
}

/// Builds a volunteering entry: a job with an organisation instead of a company, and
/// a summary instead of a description.
pub fn volunteer(
    lines: &[Line],
    e: &Entry,
    n: usize,
    group: Option<&Group>,
    rec: &mut Recorder,
) -> (Volunteer, Picked) {
    let ctx = RoleCtx {
        prefix: format!("volunteer[{n}]"),
        org_field: "organization",
        shape: Shape::default(),
    };
    let (w, p) = role(lines, e, &ctx, group, rec);
    let v = Volunteer {
        organization: w.name,
        position: w.position,
        url: w.url,
        start_date: w.start_date,
        end_date: w.end_date,
        summary: w.description,
        highlights: w.highlights,
        ..Volunteer::default()
    };
    (v, p)
}

/// A role's fields, recorded under `prefix` (`work[2]`), its organisation as `org_field`.
fn role(
    lines: &[Line],
    e: &Entry,
    ctx: &RoleCtx,
    group: Option<&Group>,
    rec: &mut Recorder,
) -> (Work, Picked) {
    let (prefix, org_field) = (ctx.prefix.as_str(), ctx.org_field);
    let mut p = pick(e, group);
    ctx.shape.apply(&mut p, |i| {
        lines.get(i).map(|l| l.plain.clone()).unwrap_or_default()
    });
    // "Teaching Assistant, 2019 – Present" over "- UC Santa Barbara": a titled job
    // naming no employer takes an organisation on the first line below as its employer.
    let mut rest_of_body;
    let mut e = e;
    if p.name.is_none() && p.position.is_some() {
        if let Some(&first) = e.body.first() {
            if employer_line(&lines[first].plain) {
                p.name = Some((first, lines[first].plain.trim().to_string()));
                rest_of_body = e.clone();
                rest_of_body.body.remove(0);
                e = &rest_of_body;
            }
        }
    }
    note_fields(rec, lines, &p, prefix, org_field);
    note_dates(rec, lines, e, prefix);
    let (highlights, desc, kw) = body_parts(lines, e, prefix, rec);
    let parts: Vec<String> = p
        .description
        .iter()
        .map(|x| x.1.clone())
        .chain(desc)
        .collect();
    let w = Work {
        name: p.name.as_ref().map(|x| x.1.clone()),
        position: p.position.as_ref().map(|x| x.1.clone()),
        location: p.location.as_ref().map(|x| x.1.clone()),
        url: p.url.as_ref().map(|x| x.1.clone()),
        start_date: e.dates.start.clone(),
        end_date: role_end(e),
        description: join_description(&parts),
        keywords: dedup(
            p.keywords
                .iter()
                .flat_map(|x| x.1.clone())
                .chain(kw)
                .collect(),
        ),
        highlights,
        ..Work::default()
    };
    (w, p)
}

#[cfg(test)]
mod tests;
