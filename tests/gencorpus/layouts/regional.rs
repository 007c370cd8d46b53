//! Layout (f): European and Asian conventions.
//!
//! Numeric dates (`09/2019`, `2019.03`, `2019/09`, `03.2019`, `2019 ~ 2021`), entry
//! headers "Title, Organisation, City" (or "Organisation, Title, City"), and the dates
//! glued to the first bullet — or the start date to the first bullet and the end date
//! to the second, as two-column templates come out of a converter. Degrees with the
//! dates first on the same line, labelled contact details ("Tel.:", "E-Mail:").

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates::intl(rng);
    let org_first = rng.chance(0.3);
    let glyph = rng.one(&["-", "•", "·", "-"]);
    let level = rng.one(&["", "## ", "# ", "### "]);
    let entry_level = if level.is_empty() {
        ""
    } else {
        rng.one(&["", "### ", "#### "])
    };
    let mut out: Vec<String> = Vec::new();
    if let Some(n) = &r.basics.name {
        out.push(format!("{level}{n}"));
        out.push(String::new());
    }
    let b = &r.basics;
    let mut contact = Vec::new();
    if let Some(p) = &b.phone {
        contact.push(format!("Tel.: {p}"));
    }
    if let Some(e) = &b.email {
        contact.push(format!("E-Mail: {e}"));
    }
    let mut rest = b.clone();
    rest.phone = None;
    rest.email = None;
    contact.extend(contact_items(&rest, rng));
    if !contact.is_empty() {
        out.push(contact.join(" · "));
        out.push(String::new());
    }
    for sec in section_order(r, rng) {
        let h = heading(sec, rng);
        out.push(format!("{level}{h}"));
        out.push(String::new());
        match sec {
            Sec::Summary => out.push(r.basics.summary.clone().unwrap_or_default()),
            Sec::Work => {
                for w in &r.work {
                    let (org, title) = (
                        w.name.as_deref().unwrap_or(""),
                        w.position.as_deref().unwrap_or(""),
                    );
                    let mut head = if org_first {
                        format!("{org}, {title}")
                    } else {
                        format!("{title}, {org}")
                    };
                    if let Some(l) = &w.location {
                        head = format!("{head}, {l}");
                    }
                    out.push(format!("{entry_level}{head}"));
                    let hs = &w.highlights;
                    let split = hs.len() >= 2 && rng.chance(0.4);
                    match hs.len() {
                        0 => out.push(d.work(w)),
                        _ if split => {
                            let start = d.one(w.start_date.as_deref().unwrap_or_default());
                            let end = w
                                .end_date
                                .as_deref()
                                .map(|e| d.one(e))
                                .unwrap_or(d.present.to_string());
                            out.push(format!("{start} {}", hs[0]));
                            out.push(format!("{glyph} {end} {}", hs[1]));
                            for h in &hs[2..] {
                                out.push(format!("  {glyph} {h}"));
                            }
                        }
                        _ => {
                            out.push(format!("{glyph} {} {}", d.work(w), hs[0]));
                            for h in &hs[1..] {
                                out.push(format!("{glyph} {h}"));
                            }
                        }
                    }
                    out.push(String::new());
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
                        l = format!("{x}  {l}");
                    }
                    out.push(l);
                    if let Some(g) = gpa(e, rng) {
                        out.push(g);
                    }
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let mut l = p.name.clone().unwrap_or_default();
                    if let Some(x) = d.project(p) {
                        l = format!("{l} ({x})");
                    }
                    out.push(l);
                    if !p.keywords.is_empty() {
                        out.push(format!("Tools: {}", p.keywords.join(", ")));
                    }
                    for h in &p.highlights {
                        out.push(format!("{glyph} {h}"));
                    }
                    out.push(String::new());
                }
            }
            Sec::Skills => {
                let sep = skills_sep(rng);
                for s in &r.skills {
                    out.push(format!(
                        "{glyph} {}",
                        skills_line(s, sep, |n| format!("{n}: "))
                    ));
                }
            }
            Sec::Languages => out.push(languages_line(r, rng)),
            Sec::Awards => {
                for a in &r.awards {
                    let title = a.title.as_deref().unwrap_or("");
                    let by = a
                        .awarder
                        .as_deref()
                        .map(|b| format!(", {b}"))
                        .unwrap_or_default();
                    match &a.date {
                        Some(x) => out.push(format!("{}  {title}{by}", d.one(x))),
                        None => out.push(format!("{title}{by}")),
                    }
                }
            }
        }
        out.push(String::new());
    }
    out.join("\n")
}
