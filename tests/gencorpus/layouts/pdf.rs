//! Layout (a): a one-column PDF résumé run through a text converter.
//!
//! ALL-CAPS headings, "Organisation • City, ST" lines, the title on its own line, the
//! dates on their own line (often still wrapped in LaTeX math), `•`/`◦`/stray `o`
//! bullets with wrapped continuation lines, `<sup>` ordinals, ligatures, blank lines
//! between every line, and "Page 1 of 2" footers.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates::us(rng);
    let math = rng.chance(0.5);
    let (sup, lig, dollar) = (rng.chance(0.6), rng.chance(0.2), math && rng.chance(0.7));
    let fix = |s: &str| pdf_debris(s, sup, lig, dollar);
    let when = |s: String| if math { latex_math(&s) } else { s };
    let dot = rng.one(&[" • ", " • ", " | ", " · "]);
    let bullets = Bullets {
        glyphs: match rng.below(4) {
            0 => vec!["•"],
            1 => vec!["-"],
            2 => vec!["•", "o"],
            _ => vec!["o"],
        },
        sub: rng.chance(0.4).then_some(("◦", "")),
        indent: "",
        width: rng.range(85, 110) as usize,
        cont: " ",
    };
    let airy = rng.chance(0.4); // converters that put a blank line after every text line
    let variant = rng.below(3);
    let mut out: Vec<String> = Vec::new();
    let line = |out: &mut Vec<String>, s: String| {
        out.push(s);
        if airy {
            out.push(String::new());
        }
    };

    if let Some(n) = &r.basics.name {
        line(
            &mut out,
            if rng.chance(0.7) {
                n.to_uppercase()
            } else {
                n.clone()
            },
        );
    }
    let items = contact_items(&r.basics, rng);
    if items.len() > 3 && rng.chance(0.5) {
        let (a, b) = items.split_at(items.len() / 2);
        line(&mut out, a.join(dot));
        line(&mut out, b.join(dot));
    } else if !items.is_empty() {
        line(&mut out, items.join(dot));
    }
    out.push(String::new());

    let caps = rng.chance(0.8);
    for sec in section_order(r, rng) {
        let h = heading(sec, rng);
        line(
            &mut out,
            if caps {
                h.to_uppercase()
            } else {
                h.to_string()
            },
        );
        match sec {
            Sec::Summary => {
                for l in wrap(
                    r.basics.summary.as_deref().unwrap_or_default(),
                    bullets.width,
                ) {
                    out.push(l);
                }
            }
            Sec::Work => {
                for w in &r.work {
                    let org = w.name.clone().unwrap_or_default();
                    let title = w.position.clone().unwrap_or_default();
                    let title = match (w.keywords.is_empty(), rng.chance(0.3)) {
                        (false, true) => format!("{title} – {}", w.keywords.join(", ")),
                        _ => title,
                    };
                    let dates = when(d.work(w));
                    let org_loc = match &w.location {
                        Some(l) => format!("{org}{dot}{l}"),
                        None => org.clone(),
                    };
                    match variant {
                        0 => {
                            line(&mut out, org_loc);
                            line(&mut out, title);
                            line(&mut out, dates);
                        }
                        1 => {
                            line(&mut out, org);
                            line(&mut out, title);
                            match &w.location {
                                Some(l) => line(&mut out, format!("{dates} {l}")),
                                None => line(&mut out, dates),
                            }
                        }
                        _ => {
                            line(&mut out, org_loc);
                            line(&mut out, dates);
                            line(&mut out, title);
                        }
                    }
                    bullets.push(&mut out, &w.highlights, rng, fix);
                    if airy {
                        out.push(String::new());
                    }
                }
            }
            Sec::Education => {
                for e in &r.education {
                    let loc = school_place(e);
                    line(
                        &mut out,
                        format!("{}{dot}{loc}", e.institution.as_deref().unwrap_or_default()),
                    );
                    let mut deg = degree(e, rng);
                    if let Some(g) = gpa(e, rng) {
                        deg = format!("{deg}{dot}{g}");
                    }
                    let dates = d.education(e, rng).map(when);
                    if rng.chance(0.5) {
                        if let Some(x) = dates {
                            line(&mut out, x);
                        }
                        line(&mut out, deg);
                    } else {
                        line(&mut out, deg);
                        if let Some(x) = dates {
                            line(&mut out, x);
                        }
                    }
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let mut head = p.name.clone().unwrap_or_default();
                    if let Some(u) = &p.url {
                        head = format!("{head}{dot}{}", show_url(u, rng));
                    }
                    if !p.keywords.is_empty() {
                        head = format!("{head}{dot}{}", p.keywords.join(", "));
                    }
                    line(&mut out, head);
                    if let Some(x) = d.project(p) {
                        line(&mut out, when(x));
                    }
                    if let Some(desc) = &p.description {
                        line(&mut out, desc.clone());
                    }
                    bullets.push(&mut out, &p.highlights, rng, fix);
                }
            }
            Sec::Skills => {
                let sep = skills_sep(rng);
                let bulleted = rng.chance(0.3);
                for s in &r.skills {
                    let l = skills_line(s, sep, |n| format!("{n}: "));
                    line(&mut out, if bulleted { format!("• {l}") } else { l });
                }
            }
            Sec::Languages => line(&mut out, languages_line(r, rng)),
            Sec::Awards => {
                for a in &r.awards {
                    let l = fix(&award_line(a, &d, rng));
                    line(&mut out, format!("{} {l}", bullets.glyphs[0]));
                }
            }
        }
        out.push(String::new());
    }
    page_breaks(
        &mut out,
        rng.range(45, 70) as usize,
        rng,
        r.basics.name.as_deref(),
    );
    out.join("\n")
}
