//! The other one-line-per-item sections: publications, interests, references, key
//! achievements, and the summary paragraph.
//!
//! Takes a section's line indices; gives its items, each line's role noted. Items are
//! cut as `lists` cuts them.

use super::*;
use crate::model::{Interest, Publication, Reference};

/// Reads a publications section: the title is the quoted part when there is one.
pub fn publications(
    lines: &[Line],
    idxs: &[usize],
    out: &mut Vec<Publication>,
    rec: &mut Recorder,
) {
    for item in items(lines, idxs) {
        let text = item_text(lines, &item);
        let title = QUOTED
            .captures(&text)
            .or_else(|| TITLE_AFTER_YEAR.captures(&text))
            .map(|c| c[1].trim().trim_end_matches([',', '.']).to_string());
        let (name, summary) = match title {
            Some(t) => (t, Some(text.clone())),
            None => (text.clone(), None),
        };
        note_item(rec, lines, &item, &format!("publications[{}]", out.len()));
        out.push(Publication {
            name: Some(name),
            release_date: first_date(lines, &item),
            url: urls(&lines[item.head].text).into_iter().next(),
            summary,
            ..Publication::default()
        });
    }
}

/// Reads an interests section.
pub fn interests(lines: &[Line], idxs: &[usize], out: &mut Vec<Interest>, rec: &mut Recorder) {
    for &i in idxs {
        let t: &str = &lines[i].plain;
        let t = crate::parse::text::skills::labelled(t)
            .map(|(_, r)| r)
            .unwrap_or_else(|| t.to_string());
        for name in crate::parse::text::lines::list_items(&t) {
            rec.note(&lines[i], format!("interests[{}]", out.len()));
            out.push(Interest {
                name: Some(name),
                ..Interest::default()
            });
        }
    }
}

/// Reads a references section ("Available upon request" is not a reference).
pub fn references(lines: &[Line], idxs: &[usize], out: &mut Vec<Reference>, rec: &mut Recorder) {
    for item in items(lines, idxs) {
        let text = item_text(lines, &item);
        if text.to_lowercase().contains("upon request")
            || text.to_lowercase().contains("on request")
        {
            rec.note(&lines[item.head], "ignored: references on request");
            continue;
        }
        note_item(rec, lines, &item, &format!("references[{}]", out.len()));
        // "Dr. Aino Vale, Head of Nursing, Acme Clinic" → the name, then who they are.
        let (name, about) = match text.split_once(", ") {
            Some((n, rest)) if person_name(n) => (n.to_string(), Some(rest.to_string())),
            _ => (text, None),
        };
        let more: Vec<String> = about.into_iter().chain(summary(lines, &item)).collect();
        out.push(Reference {
            name: Some(name),
            reference: (!more.is_empty()).then(|| more.join(" ")),
            ..Reference::default()
        });
    }
}

/// Two to five capitalised words, an honorific allowed: a referee's name.
fn person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| {
            crate::parse::text::vocab::is_title_head(w)
                || crate::parse::text::vocab::is_org_suffix(w)
        })
}

/// Lines as they are: one string per item (key achievements).
pub fn plain_items(lines: &[Line], idxs: &[usize], role: &str, rec: &mut Recorder) -> Vec<String> {
    let mut out = Vec::new();
    for item in items(lines, idxs) {
        let mut t = lines[item.head].text.clone();
        for &i in item.attached.iter().chain(&item.more) {
            t.push(' ');
            t.push_str(&lines[i].text);
        }
        note_item(rec, lines, &item, &format!("{role}[{}]", out.len()));
        out.push(t);
    }
    out
}

/// The summary: its lines as one paragraph.
pub fn paragraph(lines: &[Line], idxs: &[usize], role: &str, rec: &mut Recorder) -> Option<String> {
    let mut out = String::new();
    for &i in idxs {
        if !out.is_empty() {
            out.push(if lines[i].bullet.is_some() { '\n' } else { ' ' });
        }
        out.push_str(lines[i].text.trim());
        rec.note(&lines[i], role);
    }
    (!out.is_empty()).then_some(out)
}
