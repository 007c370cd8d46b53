//! Which piece of an entry's header is which field, for jobs and volunteering:
//! organisation, title, place, team, technologies. Projects are `projects`' job.
//!
//! Every piece is a candidate; the organisation is picked in order of evidence (an
//! organisation suffix, a name standing alone on its line, the course of a teaching
//! role, the company heading a group of roles, the words before a glued title, what
//! follows "at"), the title is the piece that reads as one. A company on a line of its
//! own heads the entries after it that name none.

use std::sync::LazyLock;

use regex::Regex;

use super::entries::{self, join_description, Entry};
use super::explain::Recorder;
use super::header::{is_legal_form, Kind, Piece};
use super::lines::{is_sentence_like, trim_piece, word_count};
use super::normalise::Line;
use super::places::place_words;
use super::vocab;
use crate::model::{Volunteer, Work};

static PROJECTISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:course|research|personal|side|academic|class|capstone|final|school|hackathon|open[- ]source|thesis|hobby)\s+project(?-u:\b)|(?-u:\b)open[- ]source\s+contributions?(?-u:\b)|\[\s*(?:link|code|demo|repo)\s*\]").unwrap()
});

/// An organisation heading a group of roles, carried to the roles below it.
#[derive(Debug, Clone, Default)]
pub struct Group {
    pub name: String,
    pub location: Option<String>,
}

/// The fields picked from a job-like entry's header.
#[derive(Debug, Default)]
pub struct Picked {
    pub name: Option<(usize, String)>,
    pub position: Option<(usize, String)>,
    pub location: Option<(usize, String)>,
    pub description: Vec<(usize, String)>,
    pub keywords: Vec<(usize, Vec<String>)>,
    pub url: Option<(usize, String)>,
    /// The organisation stood on a line without a title: it heads the next roles.
    pub heads_group: bool,
    /// The organisation came from the company heading the roles above.
    pub inherited: bool,
}

/// Picks organisation, title, place and the rest from an entry's header.
pub fn pick(e: &Entry, group: Option<&Group>) -> Picked {
    let mut out = Picked::default();
    let owned = rejoin_titles(e);
    let pieces: Vec<(usize, &Piece, bool)> = owned.iter().map(|(i, p, t)| (*i, p, *t)).collect();
    let mut used = vec![false; pieces.len()];
    let find = |f: &dyn Fn(&Piece, bool) -> bool, used: &[bool]| {
        pieces
            .iter()
            .enumerate()
            .position(|(k, (_, p, t))| !used[k] && f(p, *t))
    };
    let title = find(&|p, _| p.kind == Kind::Title, &used);
    // A team named before its employer ("Verification Group, Kelda University") is
    // not the employer.
    let org = find(&|p, _| p.kind == Kind::Org, &used)
        .map(|k| {
            match find(&|p, _| p.kind == Kind::Org, &{
                let mut u = used.clone();
                u[k] = true;
                u
            }) {
                Some(other)
                    if vocab::ends_with_subunit(&pieces[k].1.text)
                        && pieces[other].0 == pieces[k].0 =>
                {
                    other
                }
                _ => k,
            }
        })
        .or_else(|| {
            let alone = find(
                &|p, t| {
                    p.kind == Kind::Other
                        && p.alone
                        && !t
                        && name_like(&p.text)
                        && !vocab::ends_with_subunit(&p.text)
                },
                &used,
            )?;
            // "Research Scientist, Lumenfold AI, Amsterdam." over "Forecasting": the
            // line under the employer's is its team.
            match employer_beside_title(&pieces, &used) {
                Some(k) if pieces[k].0 < pieces[alone].0 => None,
                _ => Some(alone),
            }
        })
        .or_else(|| find(&|p, _| p.kind == Kind::Course, &used));
    let mut position = None;
    if let Some(k) = org {
        used[k] = true;
        let (i, p, has_title) = pieces[k];
        out.name = Some((i, p.text.clone()));
        out.heads_group = !has_title && p.kind != Kind::Course;
    } else if let Some(k) = employer_beside_title(&pieces, &used) {
        // "Analyst, Harrowgate Analytics, Vienna": a name between a title and a place
        // is the employer, not a team of the company heading the roles above.
        used[k] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
    } else if let Some((k, place)) = group.and_then(|_| name_and_town(&pieces, &used)) {
        // "Harbourside Care Home, Weston-super-Mare" under a new title: a new employer
        // and its town, not a team of the company heading the roles above.
        used[k] = true;
        used[place] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
        out.location = Some((pieces[place].0, pieces[place].1.text.clone()));
    } else if let Some(g) = group {
        out.name = Some((usize::MAX, g.name.clone()));
        out.inherited = true;
        if let Some(l) = &g.location {
            out.location = Some((usize::MAX, l.clone()));
        }
    } else if let Some(k) = find(&|p, _| p.kind == Kind::AtRight, &used) {
        // "Curriculum Coordinator at Acme": with an organisation named after "at", the
        // words before the title belong to the title.
        used[k] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
    } else if let Some(k) = title.filter(|&k| {
        // "Inside Sales Representative, Bluestem Office Supply": the employer named
        // beside the title; the title is whole.
        pieces[k].1.glued_title.is_some()
            && find(
                &|p, _| p.kind == Kind::Other && name_like(&p.text) && word_count(&p.text) >= 2,
                &used,
            )
            .is_none()
    }) {
        let (i, p, _) = pieces[k];
        let at = p.glued_title.unwrap_or(0);
        let org = p.text.get(..at).unwrap_or("");
        let title = p.text.get(at..).unwrap_or(&p.text);
        out.name = Some((i, trim_piece(org).to_string()));
        position = Some((i, title.trim().to_string()));
        used[k] = true;
    } else if let Some(k) = find(&|p, _| p.kind == Kind::Other && name_like(&p.text), &used) {
        used[k] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
    }
    if position.is_none() {
        if let Some(k) = title.filter(|&k| !used[k]) {
            used[k] = true;
            position = Some((pieces[k].0, pieces[k].1.text.clone()));
        } else if let Some(k) = find(&|p, _| p.kind == Kind::Other, &used) {
            used[k] = true;
            position = Some((pieces[k].0, pieces[k].1.text.clone()));
        }
    }
    out.position = position;
    if let Some(k) = find(&|p, _| p.kind == Kind::Location, &used) {
        used[k] = true;
        out.location = Some((pieces[k].0, pieces[k].1.text.clone()));
    }
    for (k, (i, p, _)) in pieces.iter().enumerate() {
        if used[k] {
            continue;
        }
        match &p.kind {
            Kind::Tech(items) => out.keywords.push((*i, items.clone())),
            Kind::Location => {}
            _ => out.description.push((*i, p.text.clone())),
        }
    }
    for (&i, h) in e.header.iter().zip(&e.heads) {
        if let (None, Some(u)) = (&out.url, h.urls.first()) {
            out.url = Some((i, u.clone()));
        }
    }
    out
}

/// The header's pieces with the line each is on and whether that line holds a title.
/// Words cut from the front of a title as an organisation ("Harbor Media" from
/// "Harbor Media Assistant") go back to the title when the employer stands on a line
/// of its own.
fn rejoin_titles(e: &Entry) -> Vec<(usize, Piece, bool)> {
    let mut pieces: Vec<(usize, Piece, bool)> = e
        .header
        .iter()
        .zip(&e.heads)
        .flat_map(|(&i, h)| {
            let has_title = h.has(|k| *k == Kind::Title);
            h.pieces.iter().map(move |p| (i, p.clone(), has_title))
        })
        .collect();
    let employer_apart = |line: usize, pieces: &[(usize, Piece, bool)]| {
        pieces
            .iter()
            .any(|(i, p, _)| *i != line && p.kind == Kind::Org && !p.before_title)
    };
    let mut k = 0;
    while k + 1 < pieces.len() {
        let (line, p, _) = &pieces[k];
        let next = &pieces[k + 1];
        // A legal form ("Umbra Labs Inc") makes the cut-off words a company for sure.
        if p.before_title
            && !p
                .text
                .split_whitespace()
                .next_back()
                .is_some_and(is_legal_form)
            && next.0 == *line
            && next.1.kind == Kind::Title
            && employer_apart(*line, &pieces)
        {
            let text = format!("{} {}", p.text, next.1.text);
            pieces[k + 1].1.text = text;
            pieces.remove(k);
            continue;
        }
        k += 1;
    }
    pieces
}

/// A line of its own holding a name and, after it, a short capitalised one: an
/// employer and its town. Returns both pieces.
fn name_and_town(pieces: &[(usize, &Piece, bool)], used: &[bool]) -> Option<(usize, usize)> {
    (0..pieces.len().saturating_sub(1)).find_map(|k| {
        let ((i, a, has_title), (j, b, _)) = (pieces[k], pieces[k + 1]);
        let only_two = pieces.iter().filter(|(l, _, _)| *l == i).count() == 2;
        (i == j
            && only_two
            && !has_title
            && !used[k]
            && !used[k + 1]
            && a.kind == Kind::Other
            && b.kind == Kind::Other
            && word_count(&a.text) >= 2
            && name_like(&a.text)
            && word_count(&b.text) <= 3
            && place_words(&b.text))
        .then_some((k, k + 1))
    })
}

/// A name on a line holding a title and a place.
fn employer_beside_title(pieces: &[(usize, &Piece, bool)], used: &[bool]) -> Option<usize> {
    pieces
        .iter()
        .enumerate()
        .position(|(k, (i, p, has_title))| {
            !used[k]
                && *has_title
                && p.kind == Kind::Other
                && name_like(&p.text)
                && word_count(&p.text) >= 2
                && pieces
                    .iter()
                    .any(|(j, q, _)| j == i && q.kind == Kind::Location)
        })
}

/// A short phrase without sentence punctuation, as organisation names are.
fn name_like(s: &str) -> bool {
    // "Acme Co." ends in an abbreviation; "Worked on the billing team." is a sentence.
    let abbreviation = s.rsplit(' ').next().is_some_and(|w| w.len() <= 4);
    // Lower-case words all through make a sentence, not a name.
    (!s.ends_with('.') || abbreviation)
        && s.split_whitespace().count() <= 8
        && s.chars().next().is_some_and(|c| !c.is_lowercase())
        && !(word_count(s) >= 4 && is_sentence_like(s))
}

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

/// A role's end: none while it goes on; a role given one date ("Barista, Acme (2015)")
/// began and ended within it, unless the date stands in a column of start dates.
fn role_end(d: &entries::Dates) -> Option<String> {
    if d.open || d.single && d.column {
        None
    } else if d.single {
        d.start.clone().or(d.end.clone())
    } else {
        d.end.clone()
    }
}

/// Builds a job.
pub fn work(
    lines: &[Line],
    e: &Entry,
    n: usize,
    group: Option<&Group>,
    rec: &mut Recorder,
) -> (Work, Picked) {
    role(lines, e, &format!("work[{n}]"), "name", group, rec)
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
    let (w, p) = role(
        lines,
        e,
        &format!("volunteer[{n}]"),
        "organization",
        group,
        rec,
    );
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
    prefix: &str,
    org_field: &str,
    group: Option<&Group>,
    rec: &mut Recorder,
) -> (Work, Picked) {
    let p = pick(e, group);
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
        end_date: role_end(&e.dates),
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
