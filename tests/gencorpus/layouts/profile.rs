//! Layout (c): a profile page exported to PDF and converted to text (LinkedIn-style).
//!
//! "Profile picture" noise, a headline, a Contact block, "Experience" with the
//! organisation on its own line followed by one or more "Title  Mon YYYY - Present"
//! lines, "Technologies: …" lines, indented `•` bullets, page breaks that repeat the
//! section heading with "(Cont.)", projects as "Organisation - 2022-2025", skills one
//! per line.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::{Project, Resume};

/// Profile exports only show years on projects.
pub fn gold(r: &Resume) -> Resume {
    let mut g = r.clone();
    for p in &mut g.projects {
        p.start_date = year_only(&p.start_date);
        p.end_date = year_only(&p.end_date);
    }
    g
}

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates {
        style: DateStyle::Short,
        sep: " - ",
        present: "Present",
    };
    let gap = rng.one(&[" ", "  ", " ", "   "]);
    let mut out: Vec<String> = Vec::new();
    out.push("Profile picture".into());
    out.push(String::new());
    if let Some(n) = &r.basics.name {
        out.push(n.clone());
    }
    if let Some(l) = &r.basics.label {
        let org = r.work.first().and_then(|w| w.name.as_deref()).unwrap_or("");
        out.push(format!("{l} at {org}"));
    }
    if let Some(l) = &r.basics.location {
        out.push(format!(
            "{}, {}",
            l.city.as_deref().unwrap_or(""),
            l.region.as_deref().unwrap_or("")
        ));
    }
    out.push(String::new());
    let mut b = r.basics.clone();
    b.location = None;
    let items = contact_items(&b, rng);
    if !items.is_empty() {
        out.push("Contact".into());
        out.extend(items);
        out.push(String::new());
    }
    if let Some(s) = &r.basics.summary {
        out.push("About".into());
        out.push(s.clone());
        out.push(String::new());
    }

    let mut order = section_order(r, rng);
    order.retain(|s| *s != Sec::Summary);
    for sec in order {
        let h = match sec {
            Sec::Work => "Experience",
            Sec::Education => "Education",
            Sec::Projects => "Projects",
            Sec::Skills => rng.one(&["Skills", "Top Skills"]),
            Sec::Awards => rng.one(&["Honors-Awards", "Honors & Awards"]),
            Sec::Languages => "Languages",
            Sec::Summary => unreachable!(),
        };
        let start = out.len();
        out.push(h.to_string());
        out.push(String::new());
        match sec {
            Sec::Work => {
                let mut prev: Option<(&str, Option<&str>)> = None;
                for w in &r.work {
                    let key = (w.name.as_deref().unwrap_or_default(), w.location.as_deref());
                    if prev != Some(key) {
                        if prev.is_some() {
                            out.push(String::new());
                        }
                        out.push(key.0.to_string());
                        out.push(String::new());
                    }
                    prev = Some(key);
                    let title = w.position.as_deref().unwrap_or_default();
                    out.push(format!("{title}{gap}{}", d.work(w)));
                    if let Some(l) = &w.location {
                        out.push(l.clone());
                    }
                    if !w.keywords.is_empty() {
                        out.push(format!("Technologies: {}", w.keywords.join(", ")));
                    }
                    for h in &w.highlights {
                        out.push(format!("  • {h}"));
                    }
                }
            }
            Sec::Education => {
                for e in &r.education {
                    out.push(e.institution.clone().unwrap_or_default());
                    let mut deg = format!(
                        "{}, {}",
                        e.study_type.as_deref().unwrap_or_default(),
                        e.area.as_deref().unwrap_or_default()
                    );
                    if let Some(x) = d.education(e, rng) {
                        deg = format!("{deg} · ({x})");
                    }
                    out.push(deg);
                    if let Some(s) = &e.score {
                        out.push(format!("Grade: {s}"));
                    }
                    out.push(String::new());
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    out.push(p.name.clone().unwrap_or_default());
                    out.push(String::new());
                    let org = project_org(r, p);
                    match (org, project_years(p)) {
                        (Some(o), Some(y)) => out.push(format!("{o} - {y}")),
                        (None, Some(y)) => out.push(y),
                        (Some(o), None) => out.push(o.to_string()),
                        (None, None) => {}
                    }
                    for h in &p.highlights {
                        out.push(format!("  • {h}"));
                    }
                    out.push(String::new());
                }
            }
            Sec::Skills => {
                for s in &r.skills {
                    out.extend(s.keywords.iter().cloned());
                }
            }
            Sec::Languages => {
                for l in &r.languages {
                    let (name, level) = (
                        l.language.as_deref().unwrap_or(""),
                        l.fluency.as_deref().unwrap_or(""),
                    );
                    out.push(format!("{name} ({level})"));
                }
            }
            Sec::Awards => {
                for a in &r.awards {
                    out.push(a.title.clone().unwrap_or_default());
                    let by = a.awarder.as_deref().map(|b| format!("Issued by {b}"));
                    let date = a.date.as_deref().map(|x| d.one(x));
                    match (by, date) {
                        (Some(b), Some(x)) => out.push(format!("{b} · {x}")),
                        (Some(b), None) => out.push(b),
                        (None, Some(x)) => out.push(x),
                        (None, None) => {}
                    }
                }
            }
            Sec::Summary => {}
        }
        out.push(String::new());
        page_break_in(&mut out, start, h, rng);
    }
    out.join("\n")
}

/// The organisation a project belongs to: the employer at the time, if any.
fn project_org<'a>(r: &'a Resume, p: &Project) -> Option<&'a str> {
    let y = p.start_date.as_deref()?;
    r.work
        .iter()
        .find(|w| w.start_date.as_deref().is_some_and(|s| s[..4] <= y[..4]))
        .and_then(|w| w.name.as_deref())
}

fn project_years(p: &Project) -> Option<String> {
    let s = &p.start_date.as_deref()?[..4];
    let e = &p.end_date.as_deref().unwrap_or(s)[..4];
    Some(if s == e {
        s.to_string()
    } else {
        format!("{s}-{e}")
    })
}

/// A page break somewhere inside a long section: "Profile picture" and the section's
/// heading again with "(Cont.)", never inside an entry's header lines.
fn page_break_in(out: &mut Vec<String>, start: usize, heading: &str, rng: &mut Rng) {
    let len = out.len() - start;
    if len < 12 || !rng.chance(0.6) {
        return;
    }
    let candidates: Vec<usize> = (start + 4..out.len() - 1)
        .filter(|&i| out[i].starts_with("  • ") && !out[i + 1].starts_with("  • "))
        .filter(|&i| out[i + 1..].iter().any(|l| !l.is_empty()))
        .map(|i| i + 1)
        .collect();
    if candidates.is_empty() {
        return;
    }
    let at = rng.one(&candidates);
    let block = [
        "Profile picture".to_string(),
        String::new(),
        format!("{heading} (Cont.)"),
        String::new(),
    ];
    out.splice(at..at, block);
}
