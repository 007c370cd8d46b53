//! Picking a job entry's fields from its header: organisation, title, place, team and
//! technologies, each piece a candidate.
//!
//! Takes an entry grouped by `entries` with its header lines taken apart by `header`,
//! and the company heading the roles above, if any; gives the [`Picked`] fields with
//! the line each came from. Building the `Work`/`Volunteer` record and noting it for
//! `--explain` is `roles`' job.

use super::employer::{
    employer_after_dated_title, employer_beside_title, name_and_town, name_like, own_employer_line,
};
use crate::parse::formats::fields::EntryFields;
use crate::parse::text::entries::Entry;
use crate::parse::text::header::{is_legal_form, Kind, Piece};
use crate::parse::text::lines::trim_piece;
use crate::parse::text::places::is_location;
use crate::parse::text::places::is_street;
use crate::parse::text::vocab;

/// Most words of a town's name standing alone under its employer ("Palm Grove Heights").
pub(super) const MAX_TOWN_WORDS: usize = 3;

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
    if let Some(f) = e.fields.as_deref() {
        return match (f.named(), e.header.first()) {
            (Some(f), Some(&i)) => as_named(i, f),
            _ => as_bounded(e),
        };
    }
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
    // Under a company heading the roles, a town's name under the role's dates says
    // where the role was, not who employed it (profile exports: title, dates, town).
    let town_below =
        group.and_then(|_| super::town::town_line(e, &pieces, &used, Some(usize::MAX)));
    if let Some(k) = town_below {
        used[k] = true;
    }
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
            match employer_beside_title(&pieces, &used)
                .or_else(|| employer_after_dated_title(e, &pieces, &used))
            {
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
        // A company heading a group of roles stands above them: one named under the
        // entry's title is that role's own.
        let under_title = pieces
            .iter()
            .any(|(l, q, _)| *l < i && q.kind == Kind::Title);
        out.heads_group = !has_title && p.kind != Kind::Course && !under_title;
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
    } else if let Some(k) = group.and_then(|_| {
        find(
            &|p, _| p.kind == Kind::AtRight && !vocab::ends_with_subunit(&p.text),
            &used,
        )
    }) {
        // "Clubs Editor at Harbour Wire" under a heading line: the role names its own
        // employer after "at"; only a team there ("at Payments Team") is the heading's.
        used[k] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
    } else if let Some(k) = group.and_then(|_| own_employer_line(e, &pieces, &used)) {
        // "Pamcary – Freight risk management" over the title's line: the entry opens
        // with an employer's line of its own, as the group's heading did, so it is a
        // new employer heading the roles below, not a team of the old one.
        used[k] = true;
        out.name = Some((pieces[k].0, pieces[k].1.text.clone()));
        out.heads_group = true;
    } else if let Some(g) = group.filter(|_| !title.is_some_and(|k| own_account(&pieces[k].1.text)))
    {
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
                // Even a one-word name ("SAT Tutor, Kaplan"): the employer beside
                // the title is named, so the title keeps all its words.
                &|p, _| p.kind == Kind::Other && name_like(&p.text),
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
    if let Some((line, name)) = out.name.as_mut() {
        let k = (0..pieces.len())
            .find(|&k| used[k] && pieces[k].0 == *line && pieces[k].1.text == *name);
        if let Some(k) = k {
            super::whole_name::extend(e, &pieces, &mut used, k, name);
        }
    }
    if let Some(k) = town_below {
        out.location = Some((pieces[k].0, pieces[k].1.text.clone()));
    }
    // "@ Acme" reads "at Acme"; "@Freelancer", "Self-employed" name no employer: the
    // words say how the work was done, so they go to the description.
    if let Some((i, name)) = out.name.take() {
        let bare = name.trim_start_matches('@').trim().to_string();
        if vocab::is_own_account(&bare) {
            out.description.push((i, bare));
        } else if let Some((name, terms)) = without_terms(&bare) {
            // "Acme / Leiharbeit", "Acme (Contract)": the terms of the work, not the name.
            out.description.push((i, terms.to_string()));
            out.name = Some((i, name.to_string()));
        } else if !bare.is_empty() {
            out.name = Some((i, bare));
        }
    }
    if position.is_none() {
        if let Some(k) = title.filter(|&k| !used[k]) {
            used[k] = true;
            position = Some((pieces[k].0, pieces[k].1.text.clone()));
        }
    }
    if out.location.is_none() && position.is_some() {
        let name = out.name.as_ref().and_then(|(line, name)| {
            (0..pieces.len())
                .find(|&k| used[k] && pieces[k].0 == *line && pieces[k].1.text == *name)
        });
        if let Some(k) = name.and_then(|n| super::employer::town_after_name(&pieces, &used, n)) {
            used[k] = true;
            out.location = Some((pieces[k].0, pieces[k].1.text.clone()));
        }
    }
    if out.location.is_none() {
        let name_line = out.name.as_ref().map(|(l, _)| *l);
        if let Some(k) = super::town::town_line(e, &pieces, &used, name_line) {
            used[k] = true;
            out.location = Some((pieces[k].0, pieces[k].1.text.clone()));
        }
    }
    if position.is_none() {
        // A street address ("12 Harbour Rd") is where the employer sits, never a title.
        if let Some(k) = find(&|p, _| p.kind == Kind::Other && !is_street(&p.text), &used) {
            used[k] = true;
            position = Some((pieces[k].0, pieces[k].1.text.clone()));
        }
    }
    // "Team Lead (Founding Sales Team)": the note after the title is its description.
    if let Some((i, text)) = &mut position {
        if let Some(at) = crate::parse::text::titles::title_note(text) {
            let note = text[at..].trim().to_string();
            text.truncate(at);
            out.description.push((*i, note));
        }
    }
    // A company heading a group of roles stands on a line without a title: a role
    // read from the name's own line ("Waitress – Café Aurora, Town") ends no group.
    if out.heads_group && matches!((&position, &out.name), (Some((a, _)), Some((b, _))) if a == b) {
        out.heads_group = false;
    }
    out.position = position;
    if let Some(k) = find(&|p, _| p.kind == Kind::Location, &used) {
        // "Lab, Berlin" and "Berlin, Germany" set apart: the fuller place says more.
        let k = (0..pieces.len())
            .filter(|&j| !used[j] && pieces[j].1.kind == Kind::Location)
            .find(|&j| j != k && pieces[j].1.text.contains(pieces[k].1.text.as_str()))
            .unwrap_or(k);
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
    // The employer named apart from the cut-off words: an organisation on another
    // line, or one after the title ("Social Media Coordinator — Kelda Student Media").
    let employer_apart = |line: usize, k: usize, pieces: &[(usize, Piece, bool)]| {
        pieces.iter().enumerate().any(|(j, (i, p, _))| {
            let named = p.kind == Kind::Org || p.kind == Kind::Other && name_like(&p.text);
            named && !p.before_title && (*i != line || j > k + 1)
        })
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
            && employer_apart(*line, k, &pieces)
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

/// A name and the terms of the work set after it ("Acme / Contract", "Acme (Part-time)").
fn without_terms(name: &str) -> Option<(&str, &str)> {
    // Each separator holds one of these marks: a name with none of them has no terms.
    if !name.contains(['/', '–', '-', '|', '(']) {
        return None;
    }
    [" / ", " – ", " - ", " | ", " ("].iter().find_map(|sep| {
        let (head, tail) = name.rsplit_once(sep)?;
        let tail = tail.trim_end_matches(')').trim();
        (vocab::is_employment_type(tail) && !head.trim().is_empty()).then(|| (head.trim(), tail))
    })
}

/// An entry whose markup names its fields (line `i`): employer, title and place as
/// named; an empty argument stays empty, and no company above heads it.
fn as_named(i: usize, f: &EntryFields) -> Picked {
    let field = |s: &str| {
        let s = crate::parse::text::lines::plain(s.trim());
        (!s.trim().is_empty()).then(|| (i, s.trim().to_string()))
    };
    let mut out = Picked {
        name: field(&f.org),
        position: field(&f.title),
        location: field(&f.place),
        ..Picked::default()
    };
    // A job's "grade" slot, printed after the place, holding a place ("China") is
    // part of the place as the reader sees it.
    if let (Some((_, at)), Some((_, more))) = (&mut out.location, field(&f.grade)) {
        if is_location(&more) {
            *at = format!("{at}, {more}");
        }
    }
    // A labelled note in the place's slot ("Supervisor: …") is no place.
    if let Some(note) = out.location.take_if(|(_, at)| at.contains(':')) {
        out.description.push(note);
    }
    out
}

/// An entry a macro bounds without naming its fields: read as written, but whole (no
/// company above heads it, and it heads none), and a place standing where the
/// organisation would is the place, since such macros take either there.
fn as_bounded(e: &Entry) -> Picked {
    let whole = Entry {
        fields: None,
        ..e.clone()
    };
    let mut p = pick(&whole, None);
    p.heads_group = false;
    if p.location.is_none() && p.name.as_ref().is_some_and(|(_, n)| is_location(n)) {
        p.location = p.name.take();
    }
    p
}

/// A title opening with a word of working on one's own account ("Freelance
/// Translator", "Self-employed Joiner"): the role names no employer, so none is carried
/// from a company heading the roles above. "Independent" is left out: it also opens
/// posts held at an employer ("Independent Living Assistant").
fn own_account(title: &str) -> bool {
    let lower = title.to_lowercase().replace(['-', '_'], " ");
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let two = format!("{first} {}", words.next().unwrap_or(""));
    first != "independent" && (vocab::is_own_account(first) || vocab::is_own_account(&two))
}
