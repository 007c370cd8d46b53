//! Project entries: the name (without descriptors such as "Course Project", bracketed
//! technologies or a description after a colon), dates, link, technologies, role,
//! description and highlights.
//!
//! Grouping lines into entries is `entries`' job; what a job-like header holds is
//! `roles`'.

use std::sync::LazyLock;

use regex::Regex;

use super::entries::{join_description, list_line, Entry};
use super::explain::Recorder;
use super::header::Kind;
use super::lines::{
    is_tech_list, is_title_case, list_items, plain, tech_label, trim_piece, word_count,
};
use super::normalise::Line;
use super::roles::{body_parts, dedup, note_dates};
use super::vocab;
use crate::model::Project;

static PROJECT_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:course|research|personal|side|academic|class|capstone|group|team|final|school|university|hackathon|open[- ]source|independent|semester|master'?s|bachelor'?s|senior|graduate|undergraduate|student|hobby|pet|solo)\s+)*(?:project|thesis|assignment|competition|hackathon|dissertation)s?$").unwrap()
});
/// Splits a project heading's name from descriptors glued with " - " ("Orbit - Course
/// Project"): returns the name and the descriptors.
fn project_name(text: &str) -> (String, Vec<String>) {
    let parts: Vec<&str> = text
        .split(" - ")
        .map(trim_piece)
        .filter(|p| !p.is_empty())
        .collect();
    let (desc, name): (Vec<&str>, Vec<&str>) = parts
        .iter()
        .partition(|p| PROJECT_TYPE.is_match(p) || (!is_title_case(p) && parts.len() > 1));
    if name.is_empty() {
        return (text.to_string(), Vec::new());
    }
    (
        name.join(" - "),
        desc.iter().map(|s| s.to_string()).collect(),
    )
}

/// Labels that introduce a note about a project rather than name it.
const NOTE_LABELS: &[&str] = &[
    "role",
    "team",
    "client",
    "outcome",
    "result",
    "results",
    "impact",
    "link",
    "links",
    "url",
    "description",
    "summary",
    "award",
    "supervisor",
    "advisor",
    "adviser",
    "course",
    "status",
    "duration",
    "location",
    "website",
    "repo",
    "repository",
    "demo",
    "code",
    "note",
    "notes",
    "funding",
    "partners",
    "collaborators",
    "responsibilities",
    "platform",
    "goal",
    "scope",
    "type",
    "category",
    "venue",
    "sponsor",
];

/// "Orbit: a tide-chart app for sailors" → ("Orbit", "a tide-chart app for sailors"):
/// a short title-case name before a colon that is no field label.
pub fn labelled_name(text: &str) -> Option<(&str, &str)> {
    let (name, about) = text.split_once(": ")?;
    let name = name.trim();
    let core = name.split(" (").next().unwrap_or(name);
    let words = word_count(core);
    let label = words == 1 && NOTE_LABELS.iter().any(|l| core.eq_ignore_ascii_case(l));
    ((1..=6).contains(&words)
        && is_title_case(core)
        && !label
        && tech_label(text).is_none()
        && !about.trim().is_empty())
    .then(|| (name, about.trim()))
}

/// Words of a bracketed note about a project rather than its technology.
const NOTE_WORDS: &[&str] = &[
    "team",
    "group",
    "solo",
    "personal",
    "ongoing",
    "wip",
    "beta",
    "mvp",
    "award",
    "winner",
    "prize",
    "hackathon",
    "thesis",
    "course",
    "class",
    "capstone",
    "paper",
    "open-source",
    "demo",
    "prototype",
    "volunteer",
    "freelance",
    "client",
    "draft",
    "project",
];

/// "Orbit (Rust, WebAssembly)" → ("Orbit", [Rust, WebAssembly]): technologies in
/// brackets after a project's name.
fn bracketed_techs(name: &str) -> (&str, Vec<String>) {
    let t = name.trim_end();
    let Some(open) = t.rfind(" (") else {
        return (name, Vec::new());
    };
    let Some(inner) = t[open + 2..].strip_suffix(')') else {
        return (name, Vec::new());
    };
    let items = list_items(inner);
    let short = items
        .iter()
        .all(|i| word_count(i) <= 3 && !i.chars().any(|c| c.is_ascii_digit()));
    let techs = if items.len() >= 2 {
        short
            && items
                .iter()
                .all(|i| i.starts_with(|c: char| c.is_uppercase()))
    } else {
        // One capitalised name in brackets ("Orbit (Rust)", "Checklist (Pyxis)"), not a
        // note about the project ("(ongoing)", "(Team of 4)", "(Hackathon)").
        items.len() == 1
            && (vocab::is_tech(&items[0])
                || is_tech_list(inner)
                || short
                    && word_count(&items[0]) <= 2
                    && items[0].starts_with(char::is_uppercase)
                    && !PROJECT_TYPE.is_match(&items[0])
                    && !items[0]
                        .split_whitespace()
                        .any(|w| NOTE_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n))))
    };
    if techs {
        (t[..open].trim_end(), items)
    } else {
        (name, Vec::new())
    }
}

/// "Seed Bank (project leader)", "Tide Gauge (master's thesis)": a lower-case note in
/// brackets on the person's part or the kind of project, not part of its name.
fn bracketed_note(name: &str) -> (&str, Option<&str>) {
    let t = name.trim_end();
    let Some((head, inner)) = t
        .rfind(" (")
        .and_then(|open| Some((&t[..open], t[open + 2..].strip_suffix(')')?)))
    else {
        return (name, None);
    };
    let role = inner.split_whitespace().next_back().is_some_and(|w| {
        [
            "leader",
            "lead",
            "maintainer",
            "author",
            "owner",
            "contributor",
            "member",
        ]
        .contains(&w)
    });
    let note = inner.starts_with(char::is_lowercase)
        && word_count(inner) <= 3
        && (role || PROJECT_TYPE.is_match(inner));
    if note && !head.trim().is_empty() {
        (head.trim_end(), Some(inner))
    } else {
        (name, None)
    }
}

/// A proper name after a project's dash, not a note about it: title case, short, no
/// project-kind words ("Consumer Research Project", "Capstone") and no digits.
fn dash_name(s: &str) -> bool {
    let lower = s.to_lowercase();
    (2..=5).contains(&word_count(s))
        && is_title_case(s)
        && !s.chars().any(|c| c.is_ascii_digit())
        && !s
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !vocab::is_stopword(w))
        && ![
            "project",
            "capstone",
            "thesis",
            "course",
            "research",
            "assignment",
            "hackathon",
            "dissertation",
            "coursework",
            "study",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

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
    for e in entries {
        let p = build(lines, e, out.len(), role_first, rec);
        out.push(p);
    }
}

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
    for (row, (&i, h)) in e.header.iter().zip(&e.heads).enumerate() {
        let line = &lines[i];
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
        let mut skip = None;
        for (k, p) in h.pieces.iter().enumerate() {
            if skip == Some(k) {
                continue;
            }
            let role_here = role_first
                && row == 0
                && k == 0
                && h.pieces.len() >= 2
                && matches!(p.kind, Kind::Other | Kind::Org | Kind::Title);
            match &p.kind {
                _ if role_here => {
                    pr.roles.push(p.text.clone());
                    rec.note(line, format!("{prefix}.roles"));
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
                Kind::Desc | Kind::Location => {
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
                        let both = [" – ", " — "]
                            .iter()
                            .map(|d| format!("{}{d}{}", p.text, next.text))
                            .find(|t| line.plain.contains(t.as_str()))?;
                        (next.kind == Kind::Other && dash_name(&next.text)).then_some(both)
                    });
                    if joined.is_some() {
                        skip = Some(k + 1);
                    }
                    let text = joined.unwrap_or_else(|| p.text.clone());
                    let (name, mut desc) = project_name(&text);
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
