//! Layout (g): an organisation heading followed by each title held there, each with
//! its own dates — the way people show promotions.
//!
//! "ORGANISATION — City, ST" then "Senior Title | Jan 2021 – Present", bullets,
//! "Title | Jun 2018 – Dec 2020", bullets. Every job is written this way, so a single
//! role is a heading and one title line too.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates::us(rng);
    let caps_org = rng.chance(0.5);
    let org_sep = rng.one(&[" — ", ", ", " | ", " – "]);
    let title_style = rng.below(4);
    let glyph = rng.one(&["•", "-", "◦", "*"]);
    let bullets = Bullets {
        glyphs: vec![glyph],
        sub: None,
        indent: rng.one(&["", "  ", "    "]),
        width: rng.range(90, 130) as usize,
        cont: rng.one(&["", "  ", "    "]),
    };
    let underline = rng.chance(0.4);
    let mut out: Vec<String> = Vec::new();
    if let Some(n) = &r.basics.name {
        out.push(n.to_uppercase());
    }
    let items = contact_items(&r.basics, rng);
    if !items.is_empty() {
        out.push(items.join(" | "));
    }
    out.push(String::new());
    for sec in section_order(r, rng) {
        let h = heading(sec, rng).to_uppercase();
        out.push(h.clone());
        if underline {
            out.push("-".repeat(h.chars().count()));
        }
        match sec {
            Sec::Summary => out.push(r.basics.summary.clone().unwrap_or_default()),
            Sec::Work => {
                let mut prev: Option<(&str, Option<&str>)> = None;
                for w in &r.work {
                    let key = (w.name.as_deref().unwrap_or_default(), w.location.as_deref());
                    if prev != Some(key) {
                        let org = if caps_org {
                            key.0.to_uppercase()
                        } else {
                            key.0.to_string()
                        };
                        out.push(String::new());
                        out.push(match key.1 {
                            Some(l) => format!("{org}{org_sep}{l}"),
                            None => org,
                        });
                    }
                    prev = Some(key);
                    let title = w.position.as_deref().unwrap_or_default();
                    let dates = d.work(w);
                    out.push(match title_style {
                        0 => format!("{title} | {dates}"),
                        1 => format!("{title}, {dates}"),
                        2 => format!("{title} ({dates})"),
                        _ => format!("{title} — {dates}"),
                    });
                    bullets.push(&mut out, &w.highlights, rng, |s| s.to_string());
                }
            }
            Sec::Education => {
                for e in &r.education {
                    let inst = e.institution.as_deref().unwrap_or_default();
                    out.push(String::new());
                    out.push(if caps_org {
                        inst.to_uppercase()
                    } else {
                        inst.to_string()
                    });
                    let mut parts = vec![degree(e, rng)];
                    parts.extend(d.education(e, rng));
                    parts.extend(gpa(e, rng));
                    out.push(parts.join(" | "));
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    out.push(String::new());
                    let mut l = p.name.clone().unwrap_or_default();
                    if let Some(x) = d.project(p) {
                        l = format!("{l} | {x}");
                    }
                    out.push(l);
                    bullets.push(&mut out, &p.highlights, rng, |s| s.to_string());
                }
            }
            Sec::Skills => {
                let sep = skills_sep(rng);
                for s in &r.skills {
                    out.push(skills_line(s, sep, |n| format!("{n} — ")));
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
