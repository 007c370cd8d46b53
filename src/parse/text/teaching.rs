//! A teaching section that lists the courses taught rather than teaching jobs: the
//! courses go to vitae's `teaching` list (which the academic theme shows), not to
//! `work`, since a course is no position.
//!
//! Takes a teaching section's entries (grouped as jobs); gives `teaching` items with
//! `name` (the course), `institution` (from a school line heading the courses below
//! it), dates and highlights. Whether a section is such a list is decided by the
//! caller: most of its entries carry no job title.

use serde_json::{json, Map, Value};

use super::entries::{self, Entry};
use super::explain::Recorder;
use super::lines::trim_piece;
use super::normalise::Line;
use super::vocab;
use crate::model::Resume;

/// Whether most entries of a section name no job title: then they are courses.
pub fn lists_courses(entries: &[Entry]) -> bool {
    !entries::mostly_titled(entries)
}

/// The section's courses into `resume`'s `teaching` list.
pub fn courses(lines: &[Line], entries: &[Entry], resume: &mut Resume, rec: &mut Recorder) {
    let mut institution: Option<String> = None;
    let mut items: Vec<Value> = match resume.extra.shift_remove("teaching") {
        Some(Value::Array(v)) => v,
        _ => Vec::new(),
    };
    for e in entries {
        // A school on a line of its own heads the courses below it.
        let mut k = 0;
        while k < e.header.len() && is_school(&e.heads[k].rest) && e.heads[k].dates.is_empty() {
            rec.note(
                &lines[e.header[k]],
                format!("teaching[{}].institution", items.len()),
            );
            institution = Some(trim_piece(&e.heads[k].rest).to_string());
            k += 1;
        }
        if k == e.header.len() && e.body.is_empty() {
            continue;
        }
        let n = items.len();
        let mut item = Map::new();
        let name = e.heads.get(k).map_or("", |h| trim_piece(&h.rest));
        item.insert("name".into(), json!(name));
        for &i in &e.header[k.min(e.header.len())..] {
            rec.note(&lines[i], format!("teaching[{n}].name"));
        }
        if let Some(inst) = &institution {
            item.insert("institution".into(), json!(inst));
        }
        if let Some(s) = &e.dates.start {
            item.insert("startDate".into(), json!(s));
        }
        // A course given once: its one date is both ends.
        let end = e
            .dates
            .end
            .as_ref()
            .or(e.dates.start.as_ref().filter(|_| e.dates.single));
        if let Some(end) = end {
            item.insert("endDate".into(), json!(end));
        }
        let body = entries::body(lines, e);
        let highlights: Vec<&String> = body
            .description
            .iter()
            .chain(&body.highlights)
            .map(|(i, t)| {
                rec.note(&lines[*i], format!("teaching[{n}].highlights"));
                t
            })
            .collect();
        if !highlights.is_empty() {
            item.insert("highlights".into(), json!(highlights));
        }
        items.push(Value::Object(item));
    }
    if !items.is_empty() {
        resume.extra.insert("teaching".into(), Value::Array(items));
    }
}

fn is_school(text: &str) -> bool {
    text.split_whitespace().any(vocab::is_institution_word)
}
