//! The person's contact details: headline, e-mail, phone, personal site, profiles and
//! location, read from the lines before the first section (or a "Contact" section);
//! the name itself is `name`'s job.
//!
//! A profile needs a target: a URL (`github.com/name`, `linkedin.com/in/name`) or a
//! labelled handle ("GitHub: name"); a bare label ("Blog", "[Link]") is not one. The
//! location comes only from the contact lines, never from a job's place.

use std::sync::LazyLock;

use regex::Regex;

use super::explain::Recorder;
use super::lines::{plain, segments, urls, word_count};
use super::name::{clean_name, glued_title, name_score, stacked_surname, STACKED_NAME_BONUS};
use super::normalise::Line;
use super::personal;
use super::places::{is_location, location, place_words, street_line};
use super::profiles::{canonical_network, linkedin_path, profile_of, HANDLE};
use super::titles::ends_with_title;
use super::vocab;
use crate::model::{Basics, Profile};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?-u:\b)")
        .unwrap()
});
/// An e-mail address written so that harvesters miss it ("ana[at]kelda.de",
/// "ana (at) kelda [dot] org"): the "at" in brackets, the dots plain or spelt out.
static HIDDEN_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)[a-z0-9._%+-]+\s?[\[({]at[\])}]\s?[a-z0-9-]+(?:(?:\.|\s?[\[({]dot[\])}]\s?)[a-z0-9-]+)*(?:\.|\s?[\[({]dot[\])}]\s?)[a-z]{2,}(?-u:\b)",
    )
    .unwrap()
});
/// Whether a line holds an email, a phone number or a URL.
fn has_contact(text: &str) -> bool {
    // An address needs its '@': most lines have none, and are spared the pattern.
    text.contains('@') && EMAIL.is_match(text) || phone(text).is_some() || !urls(text).is_empty()
}

/// Reads contact lines into `basics`; returns the lines it didn't use.
pub fn read(lines: &[Line], idxs: &[usize], basics: &mut Basics, rec: &mut Recorder) -> Vec<usize> {
    let mut left = Vec::new();
    // "Name: Jane Doe" says it outright.
    if basics.name.is_none() {
        if let Some((i, name)) = idxs
            .iter()
            .find_map(|&i| personal::labelled_name(&lines[i].plain).map(|n| (i, n)))
        {
            basics.name = Some(name);
            rec.note(&lines[i], "basics.name");
        }
    }
    // The name: the best-scoring of the first few lines.
    let mut stacked = None;
    if basics.name.is_none() {
        // Contact lines above the name don't stop it being the first line that counts;
        // nor does a postal address, which is contact data too (letter-style headers
        // put it first). A line counts as contacts only when it starts with them:
        // "JANE DOE   jane@…" in a two-column header starts with the name.
        let first = idxs
            .iter()
            .position(|&i| {
                let lead = segments(&lines[i].plain)
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                let postal = STREET_LINE.is_match(lead.trim())
                    || location(&lead).is_some_and(|l| l.postal_code.is_some());
                !has_contact(&lead) && !postal
            })
            .unwrap_or(0);
        let best = idxs
            .iter()
            .take(first + 4)
            .enumerate()
            .skip(first)
            .filter_map(|(k, &i)| {
                let stacked = idxs
                    .get(k + 1)
                    .and_then(|&j| stacked_surname(&lines[i], &lines[j]));
                let bonus = if stacked.is_some() {
                    STACKED_NAME_BONUS
                } else {
                    0
                };
                name_score(&lines[i], k == first).map(|s| (s + bonus, i))
            })
            .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)));
        if let Some((s, i)) = best {
            if s >= 3 {
                basics.name = Some(clean_name(&lines[i]));
                rec.note(&lines[i], "basics.name");
                let lead = segments(&lines[i].plain).into_iter().next();
                if let Some((_, title)) = lead.as_deref().and_then(glued_title) {
                    basics.label.get_or_insert(title);
                    rec.note(&lines[i], "basics.label");
                }
                let next = idxs
                    .iter()
                    .position(|&j| j == i)
                    .and_then(|k| idxs.get(k + 1));
                if let Some(&j) = next {
                    if let Some(surname) = stacked_surname(&lines[i], &lines[j]) {
                        basics.name = Some(format!("{} {surname}", clean_name(&lines[i])));
                        rec.note(&lines[j], "basics.name");
                        stacked = Some((i, j));
                    }
                }
            }
        }
    }
    let name_line = basics.name.as_ref().and_then(|n| {
        idxs.iter()
            .take(8)
            .copied()
            .find(|&i| clean_name(&lines[i]) == *n || stacked.is_some_and(|(f, _)| f == i))
    });
    let mut skip = None;
    let mut label_line = None;
    let mut street = None;
    for (k, &i) in idxs.iter().enumerate() {
        if skip == Some(i) {
            continue;
        }
        let next = idxs.get(k + 1).map(|&j| &lines[j]);
        let joined = next.and_then(|n| personal::wrapped_url(&lines[i], n));
        let line = joined.as_ref().unwrap_or(&lines[i]);
        if joined.is_some() {
            skip = idxs.get(k + 1).copied();
            if let Some(n) = next {
                rec.note(n, "contact (wrapped URL)");
            }
        }
        // "Backend developer at Nordlys\nMarch 2022 - Present": a line over a line that
        // opens with dates heads an entry, even in a document without headings.
        let heads_dates = joined.is_none()
            && Some(i) != name_line
            && !has_contact(&lines[i].plain)
            && next.is_some_and(|n| {
                super::dates::find_dates(&n.plain)
                    .first()
                    .is_some_and(|d| d.span.start == 0)
            });
        if heads_dates {
            left.push(i);
            continue;
        }
        let had_label = basics.label.is_some();
        let used = stacked.is_some_and(|(_, j)| j == i) || contact_line(line, basics, rec);
        if !had_label && basics.label.is_some() {
            label_line = Some(i);
        }
        // "Jane Doe" over "Law Graduate" or an academic's department: a short line
        // right under the name, with no contact data, is the person's headline.
        // A name stacked over two lines ends on its second.
        let under_name = k > 0
            && (Some(idxs[k - 1]) == name_line || stacked.is_some_and(|(_, j)| j == idxs[k - 1]));
        if !used && under_name && basics.label.is_none() && personal::headline(&lines[i].plain) {
            basics.label = Some(lines[i].plain.trim().to_string());
            rec.note(&lines[i], "basics.label");
            label_line = Some(i);
            continue;
        }
        // An academic's post over the department and university it is held at: the
        // line under the headline names where the person works, which basics has no
        // field for.
        let under_label = k > 0 && label_line == Some(idxs[k - 1]);
        if !used && under_label && personal::affiliation(&lines[i].plain) {
            rec.note(&lines[i], "basics (affiliation under the headline)");
            continue;
        }
        // "Rua das Flores, 118" over "4050-262 Porto": the street line of the postal
        // address the next line ends.
        let postal_next = next.and_then(|n| location(&n.plain)).is_some_and(|l| {
            l.postal_code.is_some() && l.address.is_none() && basics.location.is_none()
        });
        if !used && postal_next && street_line(&lines[i].plain) {
            street = Some(lines[i].plain.trim().to_string());
            rec.note(&lines[i], "basics.location.address");
            continue;
        }
        if !used && Some(i) != name_line {
            left.push(i);
        }
    }
    if let (Some(s), Some(loc)) = (street, basics.location.as_mut()) {
        loc.address.get_or_insert(s);
    }
    left
}

/// Reads one line's contact details; false when it had none.
fn contact_line(line: &Line, basics: &mut Basics, rec: &mut Recorder) -> bool {
    let raw = &line.text;
    let mut used = false;
    let mut rest = personal::close_label_gaps(&plain(raw));
    // Each pattern needs a character most lines lack: '@', or a bracket around "at".
    let found = rest
        .contains('@')
        .then(|| EMAIL.find(&rest))
        .flatten()
        .or_else(|| {
            rest.contains(['[', '(', '{'])
                .then(|| HIDDEN_EMAIL.find(&rest))
                .flatten()
        });
    let email = found.map(|m| m.as_str().to_string());
    if let Some(m) = email.as_deref() {
        if basics.email.is_none() {
            basics.email = Some(m.to_string());
            rec.note(line, "basics.email");
        }
        rest = rest.replace(m, " | ");
        used = true;
    }
    // The domain of a hidden address is no site of its own.
    let raw = &email
        .as_deref()
        .map_or(raw.clone(), |e| raw.replace(e, " "));
    for u in urls(raw) {
        if u.contains('@') {
            continue;
        }
        rest = rest.replace(&u, " | ");
        let u = u.trim_end_matches('/').to_string();
        if let Some(p) = profile_of(&u) {
            if !basics.profiles.iter().any(|q| q.url == p.url) {
                rec.note(line, "basics.profiles");
                basics.profiles.push(p);
            }
        } else if basics.url.is_none() {
            basics.url = Some(u);
            rec.note(line, "basics.url");
        }
        used = true;
    }
    // Markdown link texts that were URLs are gone; drop the bracket leftovers.
    rest = rest.replace("()", " ");
    if let Some(p) = phone(&rest).or_else(|| labelled_phone(&rest)) {
        if basics.phone.is_none() {
            basics.phone = Some(p.clone());
            rec.note(line, "basics.phone");
        }
        rest = rest.replace(&p, " | ");
        used = true;
    }
    // Whether a town alone beside the line's contacts may be read as where they live.
    let contacts = place::towns_beside(used, &line.text, &rest);
    let mut lone = None;
    for whole in segments(&rest) {
        let seg = whole
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(')')
            .trim();
        if personal::is_detail(seg) {
            rec.note(line, "ignored: personal detail");
            used = true;
            continue;
        }
        if let Some(label) = personal::objective(whole.trim()) {
            if basics.label.is_none() {
                basics.label = Some(label.to_string());
                rec.note(line, "basics.label");
            }
            used = true;
            continue;
        }
        if let Some(p) = personal::bracketed_handle(seg).or_else(|| linkedin_path(&whole)) {
            rec.note(line, "basics.profiles");
            basics.profiles.push(p);
            used = true;
            continue;
        }
        let labelled = without_place_label(seg);
        let place_label = labelled.len() != seg.len();
        let seg = &*personal::bracketed_country(personal::without_full_stop(labelled));
        // A long labelled address ("Room 5, Building 2, …, Suzhou, Jiangsu"): the town
        // and region are at its end.
        let seg = if place_label {
            personal::address_tail(seg)
        } else {
            seg
        };
        // A handle follows its site's name and a colon.
        if let Some(c) = seg
            .contains([':', '：'])
            .then(|| HANDLE.captures(seg))
            .flatten()
        {
            let network = c[1].to_string();
            let handle = c[2].trim_start_matches('@').to_string();
            let lower = network.to_lowercase();
            if matches!(
                lower.as_str(),
                "website" | "web" | "homepage" | "portfolio" | "blog" | "site"
            ) {
                continue;
            }
            rec.note(line, "basics.profiles");
            basics.profiles.push(Profile {
                network: Some(canonical_network(&network)),
                username: Some(handle),
                ..Profile::default()
            });
            used = true;
            continue;
        }
        // "Wohnort: Leipzig": a town the lists don't know, but the label says it is one.
        if place_label && basics.location.is_none() && place_words(seg) {
            basics.location = location(seg).or_else(|| {
                Some(crate::model::Location {
                    city: Some(seg.to_string()),
                    ..Default::default()
                })
            });
            rec.note(line, "basics.location");
            used = true;
            continue;
        }
        // "Kelby, North Riding | 07700 …", "Designer | Cardiff | 07700 …": a place-shaped
        // name beside the person's contacts (a town alone waits: an address may follow).
        let town = (used && basics.location.is_none() && !is_location(seg))
            .then(|| beside_contacts(seg, contacts, basics.name.as_deref()));
        if let Some((loc, alone)) = town.flatten() {
            if alone {
                lone.get_or_insert(loc);
            } else {
                basics.location = Some(loc);
                rec.note(line, "basics.location");
            }
            continue;
        }
        if let Some(loc) = location(seg) {
            if basics.location.is_none()
                && (is_location(seg)
                    || loc.region.is_some()
                    || loc.postal_code.is_some()
                    || loc.extra.contains_key("country"))
            {
                basics.location = Some(loc);
                rec.note(line, "basics.location");
                used = true;
            }
            continue;
        }
        let lower = seg.to_lowercase();
        // Profile exports put "(LinkedIn)" under a URL.
        if line.text.trim().starts_with('(')
            && matches!(
                lower.as_str(),
                "linkedin" | "personal" | "company" | "portfolio" | "other" | "blog"
            )
        {
            rec.note(line, "contact");
            used = true;
            continue;
        }
        if matches!(
            lower.as_str(),
            "linkedin" | "github" | "blog" | "website" | "portfolio" | "email" | "phone" | "mobile"
        ) || lower.starts_with("in ")
        {
            used |= segments(&rest).len() > 1;
            continue;
        }
        if basics.label.is_none()
            && (ends_with_title(seg)
                || seg.contains(" at ")
                || seg.split_whitespace().take(4).any(vocab::is_title_head))
            && word_count(seg) <= 10
            && line.heading != 1
        {
            basics.label = Some(seg.to_string());
            rec.note(line, "basics.label");
            used = true;
        }
    }
    if let (None, Some(loc)) = (&basics.location, lone) {
        basics.location = Some(loc);
        rec.note(line, "basics.location");
    }
    if used {
        // A contact line's leftovers ("Blog", "[Link]") are labels without targets.
        rec.note(line, "contact");
    }
    used
}

mod phone;
mod place;

use phone::labelled_phone;
pub use phone::phone;
pub use place::place_lines;
use place::{beside_contacts, without_place_label, STREET_LINE};

#[cfg(test)]
mod tests;
