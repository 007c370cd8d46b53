//! Layout (d): everything stacked on its own line, title before organisation.
//!
//! The job title first, then "Organisation, City, Country" (or with ` | `), then the
//! dates on their own line, sometimes split into a start line ending in a dash and an
//! end line; degrees before institutions; contact details one per line with labels.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = if rng.chance(0.7) {
        Dates::us(rng)
    } else {
        Dates::intl(rng)
    };
    let sep = rng.one(&[", ", " | ", " — ", ", "]);
    let split_dates = rng.chance(0.4);
    let glyph = rng.one(&["-", "•", "▪", "●", "–"]);
    let bullets = Bullets {
        glyphs: vec![glyph],
        sub: None,
        indent: "",
        width: rng.range(80, 120) as usize,
        cont: "",
    };
    let labelled = rng.chance(0.5);
    let title_case = rng.chance(0.5);
    let mut out: Vec<String> = Vec::new();

    if let Some(n) = &r.basics.name {
        out.push(n.clone());
    }
    if let Some(l) = &r.basics.label {
        out.push(l.clone());
    }
    out.push(String::new());
    let b = &r.basics;
    if labelled {
        if let Some(e) = &b.email {
            out.push(format!("Email: {e}"));
        }
        if let Some(p) = &b.phone {
            out.push(format!("Phone: {p}"));
        }
        if let Some(l) = &b.location {
            out.push(format!(
                "Address: {}, {}",
                l.city.as_deref().unwrap_or(""),
                l.region.as_deref().unwrap_or("")
            ));
        }
        if let Some(u) = &b.url {
            out.push(format!("Website: {}", show_url(u, rng)));
        }
        for p in &b.profiles {
            out.push(format!(
                "{}: {}",
                p.network.as_deref().unwrap_or(""),
                show_url(p.url.as_deref().unwrap_or(""), rng)
            ));
        }
    } else {
        out.extend(contact_items(b, rng));
    }
    out.push(String::new());

    for sec in section_order(r, rng) {
        let h = heading(sec, rng);
        out.push(if title_case {
            h.to_string()
        } else {
            h.to_uppercase()
        });
        out.push(String::new());
        match sec {
            Sec::Summary => out.push(r.basics.summary.clone().unwrap_or_default()),
            Sec::Work => {
                for w in &r.work {
                    out.push(w.position.clone().unwrap_or_default());
                    let org = w.name.clone().unwrap_or_default();
                    out.push(match &w.location {
                        Some(l) => format!("{org}{sep}{l}"),
                        None => org,
                    });
                    let dates = d.work(w);
                    match dates.split_once(d.sep) {
                        Some((a, b)) if split_dates => {
                            out.push(format!("{a} {}", d.sep.trim()));
                            out.push(b.to_string());
                        }
                        _ => out.push(dates),
                    }
                    bullets.push(&mut out, &w.highlights, rng, |s| s.to_string());
                    out.push(String::new());
                }
            }
            Sec::Education => {
                for e in &r.education {
                    let mut deg = degree(e, rng);
                    if let Some(g) = gpa(e, rng) {
                        deg = format!("{deg}; {g}");
                    }
                    out.push(deg);
                    out.push(e.institution.clone().unwrap_or_default());
                    out.extend(d.education(e, rng));
                    out.push(String::new());
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let mut head = p.name.clone().unwrap_or_default();
                    if !p.keywords.is_empty() {
                        head = format!("{head} ({})", p.keywords.join(", "));
                    }
                    out.push(head);
                    out.extend(d.project(p));
                    if let Some(u) = &p.url {
                        out.push(show_url(u, rng));
                    }
                    bullets.push(&mut out, &p.highlights, rng, |s| s.to_string());
                    out.push(String::new());
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
                    out.push(format!("{glyph} {}", award_line(a, &d, rng)));
                }
            }
        }
        out.push(String::new());
    }
    out.join("\n")
}
