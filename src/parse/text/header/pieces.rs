//! One piece of a header line, classified: an organisation (by its suffix, legal form
//! or institution word), a job title (glued to an organisation or not), a place, a
//! technology list, a teaching role's course. Cutting a line into pieces is `header`'s.

use super::{Kind, Piece};
use crate::parse::text::lines::{
    is_tech_list, list_items, split_outside_parens, trim_piece, word_count,
};
use crate::parse::text::places::{is_location, place_words, trailing_location};
use crate::parse::text::titles::{ends_with_title, strip_employment_type, trailing_title};
use crate::parse::text::vocab;

#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "corporation", "limited",
    "plc", "co.", "ag", "l.l.c.", "srl", "sl", "lda", "ltda", "bhd", "pvt", "kg", "oy",
    "mbb", "partg", "gbr", "kgaa", "e.v.", "sarl", "spa", "s.p.a.", "s.r.l.", "s.r.o.",
    "nv", "bv", "pty", "pte", "kft", "o.o.", "oyj", "a/s",
    // American professional corporations (accounting and law firms).
    "pc", "p.c.", "pllc",
];

/// A legal form that ends company names ("Inc.", "GmbH", "S.A.").
pub fn is_legal_form(w: &str) -> bool {
    let core = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')');
    LEGAL_FORMS.iter().any(|l| core.eq_ignore_ascii_case(l)) || is_dotted_capitals(core)
}

/// "S.A.", "B.V.", "S.L.U.": capitals each followed by a dot.
fn is_dotted_capitals(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len() <= 8
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c.get(1).map_or(true, |&d| d == b'.'))
}

/// Organisation words in a piece: a suffix at the end ("Acme Ltd"), a legal form
/// anywhere ("Orbitek(Asia) limited"), "X of" ("Bank of …"), an institution word.
pub fn has_org_word(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    if vocab::is_org_suffix(last) && !vocab::is_title_word(last) && words.len() > 1 {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        // Legal forms ("Inc.", "GmbH", "S.L.", "S.A. de C.V.") end or follow a name.
        let legal = is_legal_form(w);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        legal && i > 0
            || capital && vocab::is_institution_word(w) && w.len() > 3
            // "Ruhr-Universität", "Max-Planck-Institut": German names join the
            // institution word on with hyphens.
            || capital
                && w.rsplit_once('-').is_some_and(|(_, last)| {
                    last.len() > 3 && vocab::is_institution_word(last)
                })
            || i == 0 && capital && words.len() > 1 && leads_names(w)
            || capital
                && vocab::is_org_suffix(w)
                && words.get(i + 1).is_some_and(|n| *n == "of")
                && !vocab::is_title_word(w)
    })
}

/// Words that open organisation names as well as end them ("Hotel Adlon", "Studio
/// Nord"); most suffixes ("Power", "Health", "Systems") open other phrases.
fn leads_names(w: &str) -> bool {
    [
        "hotel",
        "studio",
        "restaurant",
        "café",
        "cafe",
        "bistro",
        "brasserie",
        "clinic",
        "hospital",
        "museum",
        "gallery",
        "theatre",
        "theater",
        "club",
        "pub",
        "inn",
        "bakery",
        "church",
        "bank",
        "agency",
        "foundation",
        "trust",
        // Research bodies open their names in every language ("Centre for …", "Zentrum
        // für …", "Laboratoire de …").
        "centre",
        "center",
        "centro",
        "zentrum",
        "centrum",
        "laboratory",
        "laboratoire",
        "laboratorio",
        "labor",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
}

/// "Universidad del País Vasco (UPV/EHU)", "Earth Observation Data Center (EODC)": an
/// organisation's initials in capitals after a name in mixed case are part of the
/// name, not its town.
pub(crate) fn initials_of(main: &str, inner: &str) -> bool {
    let letters = || inner.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 2
        && letters().all(char::is_uppercase)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '/' | '&' | '-' | '.'))
        && main.chars().any(char::is_lowercase)
}

/// "Acme GmbH (Berlin)": a known place in brackets at the end, split off.
pub(super) fn paren_place(s: &str) -> (&str, Option<&str>) {
    if let Some(open) = s.rfind(" (") {
        let inner = s[open + 2..].trim_end_matches(')');
        if s.ends_with(')') && is_location(inner) {
            return (s[..open].trim_end(), Some(inner));
        }
    }
    (s, None)
}

/// "Saffron & Salt, Lyon, France": a name and, after a comma, a place; split at the
/// first comma whose tail is a place.
pub(super) fn place_tail(s: &str) -> (&str, Option<&str>) {
    for (at, _) in s.match_indices(", ") {
        let (head, tail) = (s[..at].trim(), s[at + 2..].trim());
        // As after a comma elsewhere: one or two capitalised words after an
        // organisation are its town ("Kelda Tides AG, Ebikon").
        let town = has_org_word(head)
            && !tail.contains('(')
            && word_count(tail) <= 2
            && place_words(tail)
            && !has_org_word(tail)
            && !ends_with_title(tail);
        if !head.is_empty() && (is_location(tail) || town) {
            return (head, Some(tail));
        }
    }
    (s, None)
}

/// A teaching role naming its course: "Teaching Assistant of CS101".
fn teaching_split(s: &str) -> Option<(String, String)> {
    for sep in [" of ", " for "] {
        if let Some((left, right)) = s.split_once(sep) {
            let last = left.split_whitespace().last().unwrap_or("").to_lowercase();
            if matches!(
                last.as_str(),
                "assistant"
                    | "tutor"
                    | "instructor"
                    | "lecturer"
                    | "grader"
                    | "demonstrator"
                    | "ta"
            ) && !right.trim().is_empty()
            {
                return Some((left.trim().to_string(), right.trim().to_string()));
            }
        }
    }
    None
}

pub(super) fn piece(kind: Kind, text: &str) -> Piece {
    Piece {
        kind,
        text: text.trim().to_string(),
        alone: false,
        glued_title: None,
        before_title: false,
    }
}

/// Classifies one comma part or segment that has no separators left.
pub(super) fn classify(part: &str, out: &mut Vec<Piece>) {
    let part = trim_piece(part);
    if part.is_empty() {
        return;
    }
    if is_location(part) {
        out.push(piece(Kind::Location, part));
        return;
    }
    // A place glued to the end: "Lakeside Clinic Ltd. Porto, Portugal".
    if let Some(at) = trailing_location(part) {
        classify(&part[..at], out);
        out.push(piece(Kind::Location, &part[at..]));
        return;
    }
    // "Bistro Sjøbris (Ålesund)": an organisation and, in brackets, its town.
    if let Some((main, inner)) = part.strip_suffix(')').and_then(|x| x.rsplit_once(" (")) {
        if has_org_word(main)
            && word_count(inner) <= 2
            && !initials_of(main, inner)
            && place_words(inner)
            && !ends_with_title(inner)
            && !has_org_word(inner)
        {
            out.push(piece(Kind::Org, main));
            out.push(piece(Kind::Location, inner));
            return;
        }
    }
    if let (main, Some(place)) = paren_place(part) {
        // "Köln (Germany)": a town with its country in brackets is one place.
        if vocab::is_country(place)
            && word_count(main) <= 3
            && place_words(main)
            && !has_org_word(main)
            && !ends_with_title(main)
        {
            out.push(piece(Kind::Location, part));
            return;
        }
        classify(main, out);
        out.push(piece(Kind::Location, place));
        return;
    }
    if let Some((title, course)) = teaching_split(part) {
        out.push(piece(Kind::Title, &title));
        out.push(piece(Kind::Course, &course));
        return;
    }
    let t = strip_employment_type(part);
    // "Class Teacher (Year 2)", "Staff Nurse (Bank)": a title with a note in brackets.
    if let Some((before, _)) = t.strip_suffix(')').and_then(|x| x.rsplit_once(" (")) {
        if ends_with_title(before) && word_count(before) <= 6 && !has_org_word(before) {
            out.push(piece(Kind::Title, t));
            return;
        }
    }
    if ends_with_title(t) && word_count(t) <= 8 {
        let found = trailing_title(t).filter(|&a| a > 0);
        let at = found.map(|a| shift_org_word(t, a));
        if let Some(a) = at {
            if has_org_word(&t[..a]) || at != found {
                let mut org = piece(Kind::Org, trim_piece(&t[..a]));
                org.before_title = true;
                out.push(org);
                out.push(piece(Kind::Title, &t[a..]));
                return;
            }
        }
        let mut p = piece(Kind::Title, t);
        p.glued_title = at.filter(|&a| could_be_org(&t[..a]));
        out.push(p);
        return;
    }
    if has_org_word(t) {
        out.push(piece(Kind::Org, t));
    } else if is_tech_list(t) {
        tech_piece(list_items(t), t, out);
    } else {
        out.push(piece(Kind::Other, t));
    }
}

/// "Harbor Analytics Software Engineer": a word that ends organisation names and also
/// qualifies titles belongs to the organisation when a name (not an adjective such as
/// "Distributed") comes before it.
fn shift_org_word(t: &str, at: usize) -> usize {
    let Some(first) = t[at..].split_whitespace().next() else {
        return at;
    };
    let prefix = t[..at].trim_end();
    let last = prefix.split_whitespace().last().unwrap_or("");
    let adjective = ["ed", "ing", "ive", "ous", "ical", "ial", "nal", "ic"]
        .iter()
        .any(|s| last.to_lowercase().ends_with(s));
    let next = at + first.len();
    if vocab::is_org_suffix(first)
        && !has_org_word(prefix)
        && !adjective
        && !last.is_empty()
        && ends_with_title(&t[next..])
    {
        next + t[next..].len() - t[next..].trim_start().len()
    } else {
        at
    }
}

/// Technologies glued to a team name: "Fleet Autonomy Rust, ROS" → team "Fleet
/// Autonomy", technologies "Rust", "ROS".
pub(super) fn tech_piece(items: Vec<String>, text: &str, out: &mut Vec<Piece>) {
    let mut items = items;
    if let Some(first) = items.first().cloned() {
        let words: Vec<&str> = first.split_whitespace().collect();
        // A team of two words or more: "Adobe Illustrator" is one tool.
        if words.len() >= 3 && vocab::is_tech(words[words.len() - 1]) {
            let team = words[..words.len() - 1].join(" ");
            out.push(piece(Kind::Desc, &team));
            items[0] = words[words.len() - 1].to_string();
            let _ = text;
        }
    }
    let text = items.join(", ");
    out.push(piece(Kind::Tech(items), &text));
}

/// Whether the words before a title could name an organisation: not one common word
/// ("Restaurant Manager", "Group Leader" are titles).
fn could_be_org(prefix: &str) -> bool {
    let p = trim_piece(prefix);
    let mut words = p.split_whitespace();
    match (words.next(), words.next()) {
        (Some(w), None) => {
            !(vocab::is_org_suffix(w)
                || vocab::is_title_word(w)
                || w.chars().next().is_some_and(char::is_lowercase))
        }
        // "Senior Gameplay Programmer": a seniority word starts a title, not a company.
        (Some(w), Some(_)) => !is_seniority(w),
        _ => false,
    }
}

fn is_seniority(w: &str) -> bool {
    [
        "senior",
        "sr",
        "sr.",
        "junior",
        "jr",
        "jr.",
        "lead",
        "principal",
        "staff",
        "chief",
        "head",
        "associate",
        "assistant",
        "deputy",
        "executive",
        "graduate",
        "trainee",
        "student",
        "visiting",
        "global",
        "regional",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// "Rust, gRPC, Stream Processing Intern": technologies before a title.
pub(super) fn techs_then_title(s: &str, out: &mut Vec<Piece>) {
    let parts = split_outside_parens(s, &[", "]);
    if parts.len() < 2 {
        classify(s, out);
        return;
    }
    let last = parts[parts.len() - 1];
    let mut techs: Vec<String> = parts[..parts.len() - 1]
        .iter()
        .map(|p| trim_piece(p).to_string())
        .collect();
    match trailing_title(last) {
        Some(at) => {
            if at > 0 {
                techs.push(trim_piece(&last[..at]).to_string());
            }
            let text = techs.join(", ");
            out.push(piece(Kind::Tech(techs), &text));
            out.push(piece(Kind::Title, &last[at..]));
        }
        None => classify(s, out),
    }
}
