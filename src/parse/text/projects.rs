//! Project entries: the name (without descriptors such as "Course Project", bracketed
//! technologies or a description after a colon), dates, link, technologies, role,
//! description and highlights. A line labelled as the title ("Title: …") names the
//! project over the heading above it, and an entry that opens with a field ("Study
//! area: …") joins the project above while that one holds only fields.
//!
//! Grouping lines into entries is `entries`' job; what a job-like header holds is
//! `roles`'. Cutting the name from its descriptors is [`name`]'s.

use super::entries::{join_description, list_line, Entry};
use super::explain::Recorder;
use super::header::{Kind, Piece};
use super::lexicon::CONJUNCTIONS;
use super::lines::{is_title_case, plain, word_count};
use super::normalise::Line;
use super::roles::{body_parts, dedup, note_dates};
use super::vocab;
use crate::model::Project;

mod name;
pub use name::labelled_name;
use name::{
    bracketed_note, bracketed_short_form, bracketed_techs, dash_name, field_line, kind_titled,
    project_name, titled, without_link_label,
};

/// Builds a section's projects, its entries read alike: when most of them open with
/// the person's role before the project's name ("Maintainer, Eloud"), the first of
/// several pieces is the role in the others too ("Platform Redesign, Tidewiki").
pub fn all(lines: &[Line], entries: &[Entry], out: &mut Vec<Project>, rec: &mut Recorder) {
    let role_first = entries
        .iter()
        .filter(|e| {
            e.heads.first().is_some_and(|h| {
                h.pieces.len() >= 2 && h.pieces[0].kind == Kind::Title && h.dates.is_empty()
            })
        })
        .count()
        * 2
        > entries.len();
    for e in &merge_fields(lines, entries) {
        let p = build(lines, e, out.len(), role_first, rec);
        out.push(p);
    }
}

/// Joins to the project above an entry that opens with a field line naming no project
/// ("Study system: …"): a labelled field belongs to the entry in progress, while that
/// entry holds nothing but fields so far.
fn merge_fields(lines: &[Line], entries: &[Entry]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for e in entries {
        let field = e.header.first().is_some_and(|&i| {
            let t = &lines[i].plain;
            field_line(t).is_some() && labelled_name(t).is_none() && titled(t).is_none()
        });
        match out.last_mut() {
            Some(prev) if field && only_fields(lines, &prev.body) => {
                prev.header.extend(&e.header);
                prev.heads.extend(e.heads.iter().cloned());
                prev.body.extend(&e.body);
                if prev.dates.start.is_none() {
                    prev.dates = e.dates.clone();
                }
            }
            _ => out.push(e.clone()),
        }
    }
    out
}

/// Body lines that are all fields ("Keywords: …") or their wrapped tails, no bullet.
fn only_fields(lines: &[Line], body: &[usize]) -> bool {
    body.iter().all(|&i| lines[i].bullet.is_none())
        && body
            .first()
            .map_or(true, |&i| field_line(&lines[i].plain).is_some())
}

/// Takes a title labelled as such from the top of an entry's body ("Title: …" and the
/// lines it wraps onto, up to the next field or bullet): gives the title and the
/// entry without those lines.
fn body_title(lines: &[Line], e: &Entry) -> Option<(String, Entry)> {
    let first = e
        .body
        .iter()
        .position(|&i| titled(&lines[i].plain).is_some())?;
    let mut title = titled(&lines[e.body[first]].plain)?.to_string();
    let mut end = first + 1;
    while let Some(&i) = e.body.get(end) {
        let t = &lines[i].plain;
        if t.trim().is_empty() || field_line(t).is_some() || lines[i].bullet.is_some() {
            break;
        }
        title = join_wrapped(&title, t);
        end += 1;
    }
    let mut rest = e.clone();
    rest.body.drain(first..end);
    Some((title, rest))
}

/// Pieces that carry on a phrase cut at its commas: each opens in lower case, and the
/// last opens with a word for "and" ("external", "and multiphase flow").
fn serial_tail(rest: &[Piece]) -> bool {
    let lower = |t: &str| t.starts_with(char::is_lowercase);
    rest.last().is_some_and(|last| {
        last.text
            .split_whitespace()
            .next()
            .is_some_and(|w| CONJUNCTIONS.contains(&w))
    }) && rest
        .iter()
        .all(|q| lower(&q.text) && matches!(q.kind, Kind::Desc | Kind::Other))
}

/// A title wrapped onto the next line: a word cut at a hyphen ("Life-" "History")
/// joins without a space.
fn join_wrapped(head: &str, tail: &str) -> String {
    let tail = tail.trim();
    if head.ends_with('-') && tail.starts_with(char::is_uppercase) {
        format!("{head}{tail}")
    } else {
        format!("{head} {tail}")
    }
}

/// The texts set in bold in a Markdown-shaped line ("**Orbit – a tide app**").
fn emphasised(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("**").skip(1).step_by(2).map(plain)
}

/// Whether entries read as a list of projects whatever their heading: at least
/// [`MIN_LISTED`], every one dated and naming a link or its technologies, none a job
/// title or an employer.
pub fn listed(lines: &[Line], entries: &[Entry]) -> bool {
    entries.len() >= MIN_LISTED
        && entries.iter().all(|e| {
            let dated = e.dates.start.is_some() || e.dates.end.is_some();
            let linked = e
                .heads
                .iter()
                .any(|h| !h.urls.is_empty() || h.has(|k| matches!(k, Kind::Tech(_))))
                || e.body.iter().any(|&i| lines[i].text.contains("]("));
            let job = e
                .heads
                .iter()
                .any(|h| h.has(|k| matches!(k, Kind::Title | Kind::Org | Kind::AtRight)));
            dated && linked && !job
        })
}

/// Fewest entries that make a list of projects under an unknown heading: one entry
/// shows no pattern.
const MIN_LISTED: usize = 3;

/// Builds a project.
pub fn project(lines: &[Line], e: &Entry, n: usize, rec: &mut Recorder) -> Project {
    build(lines, e, n, false, rec)
}

/// Builds a project; `role_first`: the section's entries open with the person's role.
fn build(lines: &[Line], e: &Entry, n: usize, role_first: bool, rec: &mut Recorder) -> Project {
    let prefix = format!("projects[{n}]");
    let mut pr = Project::default();
    let mut description = Vec::new();
    let mut keywords = Vec::new();
    let mut named = false;
    // Rows of a title labelled as such ("Title: …") and the rows it wraps onto.
    let mut in_title = false;
    let mut title_seen = false;
    for (row, (&i, h)) in e.header.iter().zip(&e.heads).enumerate() {
        let line = &lines[i];
        if let Some(title) = titled(&line.plain) {
            description.extend(pr.name.take());
            pr.name = Some(title.to_string());
            named = true;
            in_title = true;
            title_seen = true;
            rec.note(line, format!("{prefix}.name"));
            continue;
        }
        if in_title && field_line(&line.plain).is_none() && h.dates.is_empty() {
            if let Some(name) = pr.name.as_mut() {
                *name = join_wrapped(name, &line.plain);
            }
            rec.note(line, format!("{prefix}.name"));
            continue;
        }
        in_title = false;
        if !h.dates.is_empty() {
            rec.note(line, format!("{prefix}.dates"));
        }
        if pr.url.is_none() {
            if let Some(u) = h.urls.first() {
                pr.url = Some(u.clone());
                rec.note(line, format!("{prefix}.url"));
            }
        }
        // "*HACCP, Sous vide*" under the name: its technologies.
        if named && list_line(line, h) {
            keywords.extend(h.list_items());
            rec.note(line, format!("{prefix}.keywords"));
            continue;
        }
        // Pieces before this index were read into the name.
        let mut skip_to = 0;
        for (k, p) in h.pieces.iter().enumerate() {
            if k < skip_to {
                continue;
            }
            let role_here = role_first && row == 0 && k == 0;
            match &p.kind {
                Kind::Other | Kind::Org | Kind::Title if role_here && h.pieces.len() >= 2 => {
                    pr.roles.push(p.text.clone());
                    rec.note(line, format!("{prefix}.roles"));
                }
                // "Scripting, Ward Simulator, Kelda Lab" read as a list: role, name, rest.
                Kind::Tech(items) if role_here && items.len() >= 2 => {
                    pr.roles.push(items[0].clone());
                    pr.name = Some(items[1].clone());
                    description.extend(items[2..].iter().cloned());
                    named = true;
                    rec.note(line, format!("{prefix}.roles, {prefix}.name"));
                }
                // "Tide Atlas, Rust, WebGL": a name of several words that is no
                // technology, first in a list of them, names the project.
                Kind::Tech(items)
                    if !named
                        && k == 0
                        && items.len() >= 2
                        && word_count(&items[0]) >= 2
                        && is_title_case(&items[0])
                        && !items[0].split_whitespace().all(vocab::is_tech) =>
                {
                    pr.name = Some(items[0].clone());
                    keywords.extend(items[1..].iter().cloned());
                    named = true;
                    rec.note(line, format!("{prefix}.name"));
                    rec.note(line, format!("{prefix}.keywords"));
                }
                Kind::Tech(items) => {
                    keywords.extend(items.iter().cloned());
                    rec.note(line, format!("{prefix}.keywords"));
                }
                // "Orbit: a tide-chart app" names the project before the colon.
                Kind::Desc if !named && labelled_name(&p.text).is_some() => {
                    let (name, about) = labelled_name(&p.text).unwrap_or_default();
                    let (name, techs) = bracketed_techs(name);
                    pr.name = Some(name.to_string());
                    keywords.extend(techs);
                    description.push(about.to_string());
                    named = true;
                    rec.note(line, format!("{prefix}.name"));
                }
                Kind::Desc | Kind::Location if named || !kind_titled(&p.text) => {
                    description.push(p.text.clone());
                    rec.note(line, format!("{prefix}.description"));
                }
                // "Maintainer, Eloud screen reader": the person's role first, the
                // project's name after it.
                Kind::Title
                    if !named
                        && h.pieces[k + 1..]
                            .iter()
                            .any(|q| matches!(q.kind, Kind::Other | Kind::Org)) =>
                {
                    pr.roles.push(p.text.clone());
                    rec.note(line, format!("{prefix}.roles"));
                }
                _ if !named => {
                    // "Rebrand – Coastal Koala Rescue": a proper name after the dash
                    // (the client, the subject) is part of the project's name.
                    let joined = h.pieces.get(k + 1).and_then(|next| {
                        let (both, comma) = [" – ", " — ", ", "]
                            .iter()
                            .map(|d| (format!("{}{d}{}", p.text, next.text), *d == ", "))
                            .find(|(t, _)| line.plain.contains(t.as_str()))?;
                        // Emphasis set over both sides marks them as one name, across
                        // a comma too ("**Waiting Lists, Ward by Ward**").
                        let one_span = emphasised(&line.text).any(|span| span.contains(&both));
                        let dash = !comma && next.kind == Kind::Other && dash_name(&next.text);
                        (one_span && (comma || next.kind == Kind::Other) || dash).then_some(both)
                    });
                    // "Kelda Rowing Club (KRC)": the name's own short form after it.
                    let joined = joined.or_else(|| {
                        let next = h.pieces.get(k + 1)?;
                        bracketed_short_form(&p.text, &next.text)
                            .then(|| format!("{} {}", p.text, next.text))
                    });
                    if joined.is_some() {
                        skip_to = k + 2;
                    }
                    // "Survey of walls, quays, and slipways": the rest of the line a
                    // series in lower case closed by "and" is one phrase, not fields.
                    let rest = &h.pieces[k + 1..];
                    let series =
                        joined.is_none() && k == 0 && h.dates.is_empty() && serial_tail(rest);
                    let joined = if series {
                        skip_to = h.pieces.len();
                        Some(line.plain.trim().to_string())
                    } else {
                        joined
                    };
                    let text = joined.unwrap_or_else(|| p.text.clone());
                    let (name, mut desc) = project_name(without_link_label(&text));
                    let (name, techs) = bracketed_techs(&name);
                    let (name, note) = bracketed_note(name);
                    desc.extend(note.map(str::to_string));
                    pr.name = Some(name.to_string());
                    keywords.extend(techs);
                    description.extend(desc);
                    named = true;
                    rec.note(line, format!("{prefix}.name"));
                }
                Kind::Title => {
                    pr.roles.push(p.text.clone());
                    rec.note(line, format!("{prefix}.roles"));
                }
                Kind::Org | Kind::Other if p.alone && pr.entity.is_none() => {
                    pr.entity = Some(p.text.clone());
                    rec.note(line, format!("{prefix}.entity"));
                }
                _ => {
                    description.push(p.text.clone());
                    rec.note(line, format!("{prefix}.description"));
                }
            }
        }
    }
    note_dates(rec, lines, e, &prefix);
    let titled_body = (!title_seen).then(|| body_title(lines, e)).flatten();
    let e = match titled_body {
        Some((title, rest)) => {
            description.extend(pr.name.replace(title));
            rest
        }
        None => e.clone(),
    };
    let e = &e;
    let (highlights, desc, kw) = body_parts(lines, e, &prefix, rec);
    pr.highlights = highlights;
    description.extend(desc);
    pr.description = join_description(&description);
    keywords.extend(kw);
    pr.keywords = dedup(keywords);
    pr.start_date = e.dates.start.clone();
    pr.end_date = if e.dates.single {
        e.dates.start.clone()
    } else {
        e.dates.end.clone()
    };
    if pr.name.is_none() {
        pr.name = pr.highlights.first().map(|h| plain(h));
    }
    pr
}

#[cfg(test)]
mod tests;
