//! org-cv's entries: a heading whose property drawer names the employer, place and
//! dates (`:EMPLOYER:`, `:LOCATION:`, `:FROM:`, `:TO:`, as org-cv's moderncv,
//! altacv and awesome-cv exports read them) is one entry line, as the LaTeX reader
//! prints a `\cventry`: `**Title** — Employer, Place` with the dates a gap to the right.
//!
//! Takes the Org source lines and a heading's index; gives the entry line with the
//! fields the drawer names, or nothing when the heading has no such drawer. It does
//! not read other properties.

use super::super::fields::EntryFields;
use super::super::latex::GAP;

/// The drawer keys org-cv reads for an entry, and which field each is.
const EMPLOYER_KEYS: [&str; 3] = ["EMPLOYER", "ORGANIZATION", "ORGANISATION"];
const PLACE_KEYS: [&str; 2] = ["LOCATION", "PLACE"];
const FROM_KEYS: [&str; 2] = ["FROM", "START"];
const TO_KEYS: [&str; 2] = ["TO", "END"];

/// The entry line for the heading `title` at `lines[at]`, and its fields, if the
/// drawer right under it names an employer or dates.
pub fn entry_line(lines: &[&str], at: usize, title: &str) -> Option<(String, EntryFields)> {
    let mut i = at + 1;
    if !lines.get(i)?.trim().eq_ignore_ascii_case(":PROPERTIES:") {
        return None;
    }
    let (mut org, mut place, mut from, mut to) = (None, None, None, None);
    i += 1;
    while let Some(l) = lines.get(i) {
        let t = l.trim();
        if t.eq_ignore_ascii_case(":END:") {
            break;
        }
        if let Some((key, value)) = property(t) {
            let value = timestamp(value);
            let is = |keys: &[&str]| keys.iter().any(|k| k.eq_ignore_ascii_case(key));
            if value.is_empty() {
            } else if is(&EMPLOYER_KEYS) {
                org = Some(value);
            } else if is(&PLACE_KEYS) {
                place = Some(value);
            } else if is(&FROM_KEYS) {
                from = Some(value);
            } else if is(&TO_KEYS) {
                to = Some(value);
            }
        }
        i += 1;
    }
    if org.is_none() && from.is_none() {
        return None;
    }
    let mut fields = EntryFields {
        title: title.trim().to_string(),
        org: org.clone().unwrap_or_default(),
        place: place.clone().unwrap_or_default(),
        ..EntryFields::default()
    };
    let at_place: Vec<String> = [org, place].into_iter().flatten().collect();
    let mut head = format!("**{}**", title.trim());
    if !at_place.is_empty() {
        head = format!("{head} — {}", at_place.join(", "));
    }
    let dates = match (from, to) {
        (Some(f), Some(t)) => format!("{f} – {t}"),
        (Some(f), None) => f,
        (None, Some(t)) => t,
        (None, None) => String::new(),
    };
    let line = if dates.is_empty() {
        head
    } else {
        format!("{head}{GAP}{dates}")
    };
    fields.dates = dates;
    Some((line, fields))
}

/// `:KEY: value` → (key, value).
fn property(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(':')?;
    let (key, value) = rest.split_once(':')?;
    (!key.is_empty() && !key.contains(' ')).then_some((key, value.trim()))
}

/// An Org timestamp (`<2021-09-01 Wed>`, `[2021-09-01]`) as its date; other text as is.
fn timestamp(value: &str) -> String {
    let inner = value
        .strip_prefix(['<', '['])
        .and_then(|v| v.strip_suffix(['>', ']']));
    match inner {
        Some(v) => v.split_whitespace().next().unwrap_or("").to_string(),
        None => value.to_string(),
    }
}
