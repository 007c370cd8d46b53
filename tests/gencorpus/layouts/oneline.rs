//! Layout (e): one line per entry, as in short CVs and plain-text e-mails.
//!
//! "Title at Organisation, City (2019–2021)", "B.S. in Physics, University, 2019",
//! "Project (2021): one line of prose". Only years, no bullets: the gold keeps exactly
//! that (years only, no highlights).

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

/// What this layout can show: years only, no bullets. A job that starts and ends in
/// the same year shows one year, read (like a project's single date) as both.
pub fn gold(r: &Resume) -> Resume {
    let mut g = r.clone();
    for w in &mut g.work {
        w.start_date = year_only(&w.start_date);
        w.end_date = year_only(&w.end_date);
        w.highlights.clear();
        w.keywords.clear();
    }
    for e in &mut g.education {
        e.start_date = year_only(&e.start_date);
        e.end_date = year_only(&e.end_date);
    }
    for p in &mut g.projects {
        p.start_date = year_only(&p.start_date);
        p.end_date = year_only(&p.end_date);
        p.highlights.clear();
    }
    for a in &mut g.awards {
        a.date = year_only(&a.date);
    }
    g
}

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates {
        style: DateStyle::Iso,
        sep: rng.one(&["–", " – ", "-", " - "]),
        present: rng.one(&["present", "Present", "now"]),
    };
    let bullet = rng.one(&["- ", "* ", "• ", ""]);
    let at = rng.one(&[" at ", " at ", " @ "]);
    let mut out: Vec<String> = Vec::new();
    if let Some(n) = &r.basics.name {
        out.push(n.clone());
    }
    let items = contact_items(&r.basics, rng);
    if !items.is_empty() {
        out.push(items.join(" | "));
    }
    out.push(String::new());
    for sec in section_order(r, rng) {
        let h = heading(sec, rng);
        out.push(if rng.chance(0.5) {
            format!("{h}:")
        } else {
            h.to_string()
        });
        match sec {
            Sec::Summary => out.push(r.basics.summary.clone().unwrap_or_default()),
            Sec::Work => {
                for w in &r.work {
                    let mut l = format!(
                        "{}{at}{}",
                        w.position.as_deref().unwrap_or(""),
                        w.name.as_deref().unwrap_or("")
                    );
                    if let Some(loc) = &w.location {
                        l = format!("{l}, {loc}");
                    }
                    out.push(format!("{bullet}{l} ({})", d.work(w)));
                }
            }
            Sec::Education => {
                for e in &r.education {
                    let mut l = format!(
                        "{}, {}",
                        degree(e, rng),
                        e.institution.as_deref().unwrap_or("")
                    );
                    if let Some(x) = d.education(e, rng) {
                        l = format!("{l}, {x}");
                    }
                    if let Some(g) = gpa(e, rng) {
                        l = format!("{l} ({g})");
                    }
                    out.push(format!("{bullet}{l}"));
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let mut l = p.name.clone().unwrap_or_default();
                    if let Some(x) = d.project(p) {
                        l = format!("{l} ({x})");
                    }
                    if let Some(desc) = &p.description {
                        l = format!("{l}: {desc}");
                    }
                    out.push(format!("{bullet}{l}"));
                }
            }
            Sec::Skills => {
                let sep = skills_sep(rng);
                for s in &r.skills {
                    out.push(skills_line(s, sep, |n| format!("{n}: ")));
                }
            }
            Sec::Languages => out.push(languages_line(r, rng)),
            Sec::Awards => {
                for a in &r.awards {
                    out.push(format!("{bullet}{}", award_line(a, &d, rng)));
                }
            }
        }
        out.push(String::new());
    }
    out.join("\n")
}
