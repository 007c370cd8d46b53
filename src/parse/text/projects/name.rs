//! A project's name as written in its header: descriptors glued with " - " ("Course
//! Project"), technologies or a note in brackets, a description after a colon, and
//! proper names after a dash that belong to the name.
//!
//! Takes one header piece's text; gives the name and what was cut from it. Which piece
//! is the name, and the rest of the project, is `projects`' job.

use crate::parse::pattern::Pattern;
use crate::parse::text::lexicon::TITLE_LABELS;
use crate::parse::text::lines::{
    is_tech_list, is_title_case, list_items, tech_label, trim_piece, word_count,
};
use crate::parse::text::vocab;

static PROJECT_TYPE: Pattern = Pattern::folded(
    r"(?i)^(?:(?:course|research|personal|side|academic|class|capstone|group|team|final|school|university|hackathon|open[- ]source|independent|semester|master'?s|bachelor'?s|senior|graduate|undergraduate|student|hobby|pet|solo)\s+)*(?:project|thesis|assignment|competition|hackathon|dissertation)s?$",
);
/// Splits a project heading's name from descriptors glued with " - " ("Orbit - Course
/// Project"): returns the name and the descriptors.
pub(super) fn project_name(text: &str) -> (String, Vec<String>) {
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
    // "Capstone Project: Tide Robot": a kind of project before the colon labels the
    // title after it, and the two together are how the project is named.
    let kind = PROJECT_TYPE.is_match(core);
    ((1..=6).contains(&words)
        && !kind
        && is_title_case(core)
        && !label
        && tech_label(text).is_none()
        && !about.trim().is_empty())
    .then(|| (name, about.trim()))
}

/// "Capstone Project: Tide Robot": a kind of project, a colon, then a short title.
pub(super) fn kind_titled(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(kind, title)| {
        PROJECT_TYPE.is_match(kind.trim())
            && (1..=MAX_TITLE_WORDS).contains(&word_count(without_link_label(title)))
            && is_title_case(without_link_label(title))
    })
}

/// Most words in a project's title after its kind ("Capstone Project: …").
const MAX_TITLE_WORDS: usize = 12;

/// "Kelda Rowing Club (KRC)": a bracketed short form in capitals made of the initials
/// of the name before it abbreviates that name, so it belongs to the name.
pub(super) fn bracketed_short_form(name: &str, text: &str) -> bool {
    text.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|inner| {
            (2..=MAX_SHORT_FORM).contains(&inner.chars().count())
                && inner.chars().all(|c| c.is_ascii_uppercase())
                && initials_in(name, inner)
        })
}

/// The letters of `short` are the first letters of words of `name`, in order, starting
/// with its first word.
fn initials_in(name: &str, short: &str) -> bool {
    let initials: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut letters = short.chars();
    let Some(first) = letters.next() else {
        return false;
    };
    if initials.first() != Some(&first) {
        return false;
    }
    let mut rest = initials[1..].iter();
    letters.all(|l| rest.any(|&c| c == l))
}

/// Longest bracketed short form taken as a name's abbreviation.
const MAX_SHORT_FORM: usize = 8;

/// "Title:- Tide Gauges of the Kelda Estuary" → the title: a line labelled as the
/// work's title names it, whatever heading (a degree, "Master's Thesis") stands above.
pub(super) fn titled(text: &str) -> Option<&str> {
    let (label, value) = field_line(text)?;
    TITLE_LABELS
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l))
        .then_some(value)
}

/// "Study system:- Bulb mites", "Title: …": a short label, a colon (or colon-dash) and
/// a value; such a line is a field of the entry in progress.
pub(super) fn field_line(text: &str) -> Option<(&str, &str)> {
    let (label, value) = text.split_once(':')?;
    let value = value.trim_start_matches(['-', '–']).trim();
    let label = label.trim();
    ((1..=MAX_LABEL_WORDS).contains(&word_count(label))
        && !label.contains(['(', ')', ',', '-', '–', '|'])
        // The colon of an address ("https://…") labels nothing.
        && !value.starts_with('/')
        && !value.is_empty())
    .then_some((label, value))
}

/// Most words in a field's label ("Study system").
const MAX_LABEL_WORDS: usize = 3;

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
pub(super) fn bracketed_techs(name: &str) -> (&str, Vec<String>) {
    let t = name.trim_end();
    let Some(open) = t.rfind(" (") else {
        return (name, Vec::new());
    };
    let Some(inner) = t[open + 2..].strip_suffix(')') else {
        return (name, Vec::new());
    };
    if bracketed_short_form(&t[..open], &t[open + 1..]) {
        return (name, Vec::new());
    }
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

/// Anchor words of a hyperlink set after a project's name ("Orbit (link)", "Orbit
/// [code]"): they stand for the address, not for any part of the name.
const LINK_LABELS: &[&str] = &[
    "link", "links", "demo", "code", "website", "repo", "github", "source",
];

/// "Orbit (link)" → "Orbit": drops a bracketed link label after the name.
pub(super) fn without_link_label(name: &str) -> &str {
    let t = name.trim_end();
    let Some(open) = t.rfind([' ']) else {
        return name;
    };
    let tail = &t[open + 1..];
    let inner = tail
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| tail.strip_prefix('[').and_then(|r| r.strip_suffix(']')));
    match inner {
        Some(w) if LINK_LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)) => t[..open].trim_end(),
        _ => name,
    }
}

/// "Seed Bank (project leader)", "Tide Gauge (master's thesis)": a lower-case note in
/// brackets on the person's part or the kind of project, not part of its name.
pub(super) fn bracketed_note(name: &str) -> (&str, Option<&str>) {
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
pub(super) fn dash_name(s: &str) -> bool {
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
