//! Layout (i): a template with a sidebar, converted column by column.
//!
//! The sidebar (contact, skills, education, awards) comes out first in short lines,
//! then the main column: the name (no longer on the first line), summary, experience
//! and projects. Headings in Title Case with a trailing colon or none; dates on the
//! title line after a comma.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates::us(rng);
    let colon = if rng.chance(0.3) { ":" } else { "" };
    let glyph = rng.one(&["•", "-", "›", "•"]);
    let bullets = Bullets {
        glyphs: vec![glyph],
        sub: None,
        indent: "",
        width: 75,
        cont: "  ",
    };
    let mut side: Vec<String> = Vec::new();
    let mut main: Vec<String> = Vec::new();
    let items = contact_items(&r.basics, rng);
    if !items.is_empty() {
        side.push(format!("Contact{colon}"));
        side.extend(items);
        side.push(String::new());
    }
    let mut main_first = Vec::new();
    if let Some(n) = &r.basics.name {
        main_first.push(n.clone());
    }
    if let Some(l) = &r.basics.label {
        main_first.push(l.clone());
    }
    for sec in section_order(r, rng) {
        let h = format!("{}{colon}", heading(sec, rng));
        match sec {
            Sec::Summary => {
                main.push(h);
                main.extend(wrap(r.basics.summary.as_deref().unwrap_or_default(), 75));
            }
            Sec::Work => {
                main.push(h);
                for w in &r.work {
                    main.push(String::new());
                    main.push(format!(
                        "{}, {}",
                        w.position.as_deref().unwrap_or(""),
                        d.work(w)
                    ));
                    let org = w.name.clone().unwrap_or_default();
                    main.push(match &w.location {
                        Some(l) => format!("{org}, {l}"),
                        None => org,
                    });
                    bullets.push(&mut main, &w.highlights, rng, |s| s.to_string());
                }
            }
            Sec::Projects => {
                main.push(h);
                for p in &r.projects {
                    main.push(String::new());
                    let mut l = p.name.clone().unwrap_or_default();
                    if let Some(x) = d.project(p) {
                        l = format!("{l}, {x}");
                    }
                    main.push(l);
                    bullets.push(&mut main, &p.highlights, rng, |s| s.to_string());
                }
            }
            Sec::Education => {
                side.push(h);
                for e in &r.education {
                    side.push(degree(e, rng));
                    side.push(e.institution.clone().unwrap_or_default());
                    side.extend(d.education(e, rng));
                    side.extend(gpa(e, rng));
                    side.push(String::new());
                }
            }
            Sec::Skills => {
                side.push(h);
                for s in &r.skills {
                    if let Some(n) = s.name.as_deref().filter(|n| *n != "Skills") {
                        side.push(format!("{n}:"));
                    }
                    // A narrow column: a few keywords per line, wrapped at commas.
                    for chunk in s.keywords.chunks(3) {
                        side.push(chunk.join(", ") + ",");
                    }
                    if let Some(last) = side.last_mut() {
                        last.pop();
                    }
                }
                side.push(String::new());
            }
            Sec::Languages => {
                side.push(h);
                for l in &r.languages {
                    side.push(l.language.clone().unwrap_or_default());
                    side.push(format!("({})", l.fluency.as_deref().unwrap_or("")));
                }
                side.push(String::new());
            }
            Sec::Awards => {
                side.push(h);
                for a in &r.awards {
                    side.push(award_line(a, &d, rng));
                }
                side.push(String::new());
            }
        }
        main.push(String::new());
    }
    let mut out = side;
    out.push(String::new());
    out.extend(main_first);
    out.push(String::new());
    out.extend(main);
    out.join("\n")
}
