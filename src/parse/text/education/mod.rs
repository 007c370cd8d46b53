//! Education entries: degree names in their long and abbreviated forms, the field of
//! study, the institution, grades ("GPA: 3.9/4.0"), honours and courses.
//!
//! Grouping lines into entries and reading dates is `entries`' job; this module
//! decides which piece of an education entry is which field. [`degree`] reads the
//! degree and its field out of a line.

use super::entries::{self, Entry};
use super::explain::Recorder;
use super::header::{self, has_org_word, Kind};
use super::lines::{plain, word_count};
use super::normalise::Line;
use super::vocab;
use crate::model::Education;
use crate::parse::pattern::Pattern;

mod degree;
mod grade;
mod named;
pub(super) mod school;
mod words;
pub use degree::degree;
use degree::{second_after, second_in_area};
pub use grade::score;
use grade::without_grade;
use words::{bracketed_abbreviation, courses, listed, names_field, without_lead, MAX_FIELD_WORDS};
pub use words::{internship, take_awards};

pub(super) static HONORS: Pattern = Pattern::folded(
    r"(?i)(?-u:\b)(?:highest honou?rs?|high honou?rs?|with honou?rs|with hons\.?|summa cum laude|magna cum laude|cum laude|first[- ]class(?: honou?rs)?|with distinction|upper second[- ]class(?: honou?rs)?)",
);

/// Whether an entry names a degree in its header lines.
pub fn has_degree(lines: &[Line], e: &Entry) -> bool {
    e.header.iter().any(|&i| degree(&lines[i].plain).is_some())
}

/// Whether an entry reads as education at all: a degree, a school or a grade in its
/// header lines.
pub fn is_educational(lines: &[Line], e: &Entry) -> bool {
    e.header.iter().any(|&i| {
        let t = &lines[i].plain;
        degree(t).is_some() || score(t).is_some() || HONORS.is_match(t)
    }) || school::names_school(lines, e)
}

/// Builds an education entry — two when its line names two degrees ("BSc Economics,
/// BSc Mathematics, Kelda University"). `school` is an institution heading the entries
/// above on a line of its own ("Vistula Polytechnic" over two degrees): a degree under
/// it that names no institution was taken there. Returns the heading for the entries
/// below.
pub fn build(
    lines: &[Line],
    e: &Entry,
    n: usize,
    school: Option<&str>,
    rec: &mut Recorder,
) -> (Vec<Education>, Option<String>) {
    let mut ed = Education::default();
    let mut second: Option<(String, Option<String>)> = None;
    let role = |f: &str| format!("education[{n}].{f}");
    let mut pieces = Vec::new();
    for (k, &i) in e.header.iter().enumerate() {
        let line = &lines[i];
        // The grade is read from the whole line below; out of the pieces it would cling
        // to the institution ("Acme University (GPA: 3.2)").
        let graded = without_grade(&e.heads[k].rest);
        let text = graded.clone().unwrap_or_else(|| e.heads[k].rest.clone());
        if let Some(c) = courses(&line.plain) {
            ed.courses.extend(c);
            rec.note(line, role("courses"));
            continue;
        }
        if ed.study_type.is_none() {
            if let Some(d) = degree(&text) {
                ed.study_type = Some(d.study_type.clone());
                rec.note(line, role("studyType"));
                let mut area = d.area.clone();
                let mut end = d.span.end;
                // Two degrees on one line share the school and the dates.
                if let Some((a, d2)) = area.as_deref().and_then(second_in_area) {
                    area = Some(a);
                    second = Some(d2);
                } else if let Some((d2, to)) = second_after(&text[end..]) {
                    second = Some(d2);
                    end += to;
                }
                if let Some(a) = area {
                    ed.area = Some(a);
                    rec.note(line, role("area"));
                }
                // "… at Kelda University": the school after the degree, without "at".
                let after = text[end..].trim_start();
                let after = ["at ", "from "]
                    .iter()
                    .find_map(|w| after.strip_prefix(w))
                    .unwrap_or(after);
                let rest = format!("{} | {}", &text[..d.span.start], after);
                pieces.extend(header::read(&rest).pieces.into_iter().map(|p| (i, p)));
                continue;
            }
        }
        match graded {
            Some(_) => pieces.extend(header::read(&text).pieces.into_iter().map(|p| (i, p))),
            None => pieces.extend(e.heads[k].pieces.iter().cloned().map(|p| (i, p))),
        }
    }
    pieces
        .iter_mut()
        .for_each(|(_, p)| p.text = words::without_honours_note(&without_lead(&p.text)));
    // "Studienrichtung: Controlling - Hochschule Luzern", "Schwerpunkt Wirtschaft": a
    // piece led by a field-of-study label is the area (and a school after a dash).
    let mut labelled_area = None;
    pieces = pieces
        .into_iter()
        .flat_map(|(i, p)| match school::field_of_study(&p.text) {
            Some((area, school)) => {
                labelled_area.get_or_insert((i, area));
                school
                    .and_then(|s| header::read(&s).pieces.into_iter().next())
                    .map(|p| (i, p))
                    .into_iter()
                    .collect::<Vec<_>>()
            }
            None => vec![(i, p)],
        })
        .collect();
    if let (None, Some((i, a))) = (&ed.area, labelled_area) {
        ed.area = Some(a);
        rec.note(&lines[i], role("area"));
    }
    let usable = |p: &header::Piece| {
        let l = p.text.to_lowercase();
        !l.contains("gpa")
            && !HONORS.is_match(&p.text)
            && !l.contains("expected")
            // A grade left on its own ("92%") or a bracket left over from the degree
            // ("(RN)") names no school.
            && p.text.chars().any(char::is_alphabetic)
            && !school::is_bracketed(&p.text)
    };
    let inst = pieces
        .iter()
        .position(|(_, p)| {
            usable(p)
                && p.text.split_whitespace().any(vocab::is_institution_word)
                && has_org_word(&p.text)
        })
        .or_else(|| {
            pieces
                .iter()
                .position(|(_, p)| p.kind == Kind::Org && usable(p))
        })
        .or_else(|| {
            pieces
                .iter()
                .position(|(_, p)| p.kind == Kind::Other && p.alone && usable(p))
        })
        .or_else(|| {
            pieces
                .iter()
                .position(|(_, p)| matches!(p.kind, Kind::Other | Kind::Title) && usable(p))
        });
    let mut heading = None;
    // "Faculty of Technical Sciences, University of Novi Sad", "National Research
    // University – Higher School of Economics": a school and the body it belongs to,
    // side by side on one line, are one institution as written.
    // Or, each alone, the part on the line right below the school's ("Kelda University"
    // over "School of Art").
    let affiliated = inst.and_then(|k| {
        let (i, _) = pieces[k];
        let below = |ij: usize, q: &header::Piece| {
            pieces[k].1.alone
                && q.alone
                && !q.text.eq_ignore_ascii_case(&pieces[k].1.text)
                && e.header.windows(2).any(|w| w == [i, ij])
                && degree(&lines[ij].plain).is_none()
        };
        [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .find(|&j| {
                pieces.get(j).is_some_and(|(ij, q)| {
                    (*ij == i || below(*ij, q))
                        && usable(q)
                        // "Campus Norte" names a part of the school, though a town
                        // follows its word.
                        && (!matches!(q.kind, Kind::Location) || school::is_part(&q.text))
                        && school::institutional(&q.text)
                })
            })
    });
    if let Some(k) = inst {
        let (i, p) = &pieces[k];
        ed.institution = Some(p.text.clone());
        if let Some(j) = affiliated {
            let (a, b) = if j < k {
                (&pieces[j].1, p)
            } else {
                (p, &pieces[j].1)
            };
            if pieces[j].0 != *i {
                ed.institution = Some(format!("{}, {}", a.text, b.text));
            } else if let Some(whole) = school::as_written(&lines[*i].plain, &a.text, &b.text) {
                ed.institution = Some(whole);
            }
        }
        ed.institution = ed.institution.map(|s| school::without_note(&s));
        rec.note(&lines[*i], role("institution"));
        // "Kelda College - Porto", "Apprenticeship - Kelda Trade School": the school
        // alone, the other side its town or, with no degree read, the qualification.
        if let Some((school, other, place)) = school::split(&p.text) {
            ed.institution = Some(school);
            if place {
                ed.location = Some(other);
                rec.note(&lines[*i], role("location"));
            } else if ed.study_type.is_none() {
                // "Technician - Surveying": the field set off by a dash, as degrees have.
                match other.split_once(" - ") {
                    Some((t, a)) if ed.area.is_none() => {
                        ed.study_type = Some(t.trim().to_string());
                        ed.area = Some(a.trim().to_string());
                    }
                    _ => ed.study_type = Some(other),
                }
                rec.note(&lines[*i], role("studyType"));
            }
        }
        // Only an institution written above its degree heads the lines below.
        let on_its_own = e.header.first() == Some(i)
            && e.heads[0].dates.is_empty()
            && degree(&lines[*i].plain).is_none();
        if on_its_own {
            heading = ed.institution.clone();
        }
    } else if let (Some(s), Some(_)) = (school, &ed.study_type) {
        ed.institution = Some(s.to_string());
        heading = Some(s.to_string());
    }
    // A qualification outside the degree vocabulary ("Certified Accountant (IHK)"):
    // the name on its own line beside the institution's.
    let mut qualification = None;
    if let (None, Some(k)) = (&ed.study_type, inst) {
        qualification = pieces.iter().position(|(i, p)| {
            *i != pieces[k].0
                && p.alone
                && matches!(p.kind, Kind::Other | Kind::Title)
                && usable(p)
                && word_count(&p.text) <= 8
                && !super::lines::is_sentence_like(&p.text)
                // "Dean's List", "Merit Scholarship": an honour, not what was studied.
                && !p
                    .text
                    .split_whitespace()
                    .any(|w| vocab::is_award_word(&w.to_lowercase()))
        });
        if let Some(q) = qualification {
            let (i, p) = &pieces[q];
            if ed.area.is_none() && names_field(&p.text) {
                ed.area = Some(p.text.clone());
                rec.note(&lines[*i], role("area"));
            } else {
                ed.study_type = Some(p.text.clone());
                rec.note(&lines[*i], role("studyType"));
            }
        }
    }
    let place =
        (0..pieces.len()).find(|&k| pieces[k].1.kind == Kind::Location && Some(k) != affiliated);
    if let Some((i, p)) = place.map(|k| &pieces[k]) {
        ed.location = Some(p.text.clone());
        rec.note(&lines[*i], role("location"));
    }
    let d = &e.dates;
    if d.single && !d.expected {
        ed.end_date = d.start.clone().or(d.end.clone());
    } else {
        ed.start_date = d.start.clone();
        ed.end_date = d.end.clone();
    }
    for &i in e.header.iter() {
        let text: &str = &lines[i].plain;
        if !e.heads[e.header.iter().position(|&j| j == i).unwrap_or(0)]
            .dates
            .is_empty()
        {
            rec.note(
                &lines[i],
                role(if ed.start_date.is_some() {
                    "startDate"
                } else {
                    "endDate"
                }),
            );
        }
        if ed.score.is_none() {
            if let Some(s) = score(text) {
                ed.score = Some(s);
                rec.note(&lines[i], role("score"));
            }
        }
        if let Some(h) = HONORS.spans(text).into_iter().next() {
            if ed.honors.is_empty() {
                ed.honors.push(text[h].trim_end_matches('.').to_string());
            }
            rec.note(&lines[i], role("honors"));
        }
    }
    // What the header says beyond the school, the degree and the dates (a thesis, a
    // department, a note) has no field of its own: it is kept as the entry's first
    // highlights rather than dropped, so nothing a reader would keep is lost.
    let mut highlights = Vec::new();
    // "Kelda University — Ocean Engineering", "Marine Biology, Bachelor's Degree": a
    // field's name beside the school or the degree is the area.
    // Not the first item of a list of them ("History, Art and Music") cut at its comma.
    let field = pieces.iter().position(|(i, p)| {
        ed.area.is_none()
            && !listed(&lines[*i].plain, &p.text)
            && matches!(p.kind, Kind::Other | Kind::Title)
            && usable(p)
            && word_count(&p.text) <= MAX_FIELD_WORDS
            && names_field(&p.text)
    });
    let field =
        field.filter(|&k| Some(k) != inst && Some(k) != affiliated && Some(k) != qualification);
    if let Some(k) = field {
        let (i, p) = &pieces[k];
        ed.area = Some(p.text.clone());
        rec.note(&lines[*i], role("area"));
    }
    for (k, (i, p)) in pieces.iter().enumerate() {
        if Some(k) != inst
            && Some(k) != field
            && Some(k) != affiliated
            && Some(k) != qualification
            && matches!(p.kind, Kind::Other | Kind::Desc | Kind::Title)
            && usable(p)
            && !bracketed_abbreviation(&p.text)
        {
            rec.note(
                &lines[*i],
                format!("education[{n}].highlights[{}]", highlights.len()),
            );
            highlights.push(serde_json::Value::String(p.text.clone()));
        }
    }
    entries::note_durations(lines, e, rec);
    let b = entries::body(lines, e);
    for (i, text) in b.highlights.iter().chain(b.description.iter()) {
        let p = plain(text);
        if let Some(c) = courses(&p) {
            ed.courses.extend(c);
            rec.note(&lines[*i], role("courses"));
            continue;
        }
        if let Some(items) = words::award_items(&p) {
            words::keep_awards(&mut ed, items);
            rec.note(&lines[*i], "awards (listed under a degree)");
            continue;
        }
        if let Some((t, g)) = grade::degree_and_grade(&p) {
            ed.study_type.get_or_insert(t);
            ed.score.get_or_insert(g);
            rec.note(&lines[*i], role("score"));
            continue;
        }
        if ed.score.is_none() {
            if let Some(s) = score(&p) {
                ed.score = Some(s);
                rec.note(&lines[*i], role("score"));
                continue;
            }
        }
        rec.note(
            &lines[*i],
            format!("education[{n}].highlights[{}]", highlights.len()),
        );
        highlights.push(serde_json::Value::String(text.clone()));
    }
    for (i, kw) in &b.keywords {
        ed.courses.extend(kw.iter().cloned());
        rec.note(&lines[*i], role("courses"));
    }
    if !highlights.is_empty() {
        let highlights = serde_json::Value::Array(highlights);
        ed.extra.insert("highlights".into(), highlights);
    }
    named::apply(&mut ed, e.fields.as_deref().filter(|_| second.is_none()));
    let mut out = vec![ed];
    if let Some((study_type, area)) = second {
        let mut other = out[0].clone();
        other.study_type = Some(study_type);
        other.area = area;
        out.push(other);
    }
    (out, heading)
}

#[cfg(test)]
mod tests;
