//! Layout (b): a Markdown résumé, as people write one by hand or export it.
//!
//! Headings at random levels (`#`…`####`, or a `**BOLD**` line), "### Organisation —
//! Title" entry headings, "*City, ST* | 09/2021 – present" lines, `-`/`*` bullets with
//! nested sub-bullets and inline `**bold**`, Markdown links, labelled skills in bold.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

fn section_heading(h: &str, level: usize, rng: &mut Rng) -> String {
    match level {
        0 => format!("**{}**", h.to_uppercase()),
        _ => {
            let text = if rng.chance(0.3) {
                h.to_uppercase()
            } else {
                h.to_string()
            };
            format!("{} {text}", "#".repeat(level))
        }
    }
}

/// Bold one number or word of a bullet, as people emphasise results.
fn embolden(s: &str, rng: &mut Rng) -> String {
    if !rng.chance(0.3) {
        return s.to_string();
    }
    let words: Vec<&str> = s.split(' ').collect();
    let i = words
        .iter()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| rng.below(words.len()));
    let w = words[i].trim_end_matches([',', '.']);
    if w.is_empty() {
        return s.to_string();
    }
    let mut out = words.clone();
    let tail = &words[i][w.len()..];
    let bold = format!("**{w}**{tail}");
    out[i] = &bold;
    out.join(" ")
}

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = if rng.chance(0.7) {
        Dates::us(rng)
    } else {
        Dates::intl(rng)
    };
    let sec_level = rng.weighted(&[2, 2, 4, 2, 1]); // 0 = bold line, 1..=4 = # count
    let entry_level = if sec_level == 0 {
        3
    } else {
        (sec_level + 1).min(4)
    };
    let dash = rng.one(&[" — ", " – ", " | ", ", "]);
    let bullet = rng.one(&["-", "-", "*"]);
    let bullets = Bullets {
        glyphs: vec![bullet],
        sub: Some((bullet, "  ")),
        indent: "",
        width: usize::MAX / 2,
        cont: "",
    };
    let mut out: Vec<String> = Vec::new();

    if let Some(n) = &r.basics.name {
        out.push(if rng.chance(0.8) {
            format!("# {n}")
        } else {
            format!("**{n}**")
        });
        out.push(String::new());
    }
    if let Some(l) = &r.basics.label {
        out.push(format!("*{l}*"));
        out.push(String::new());
    }
    let items = contact_items(&r.basics, rng);
    if !items.is_empty() {
        let sep = rng.one(&[" · ", " | ", " • "]);
        out.push(items.join(sep));
        out.push(String::new());
    }

    for sec in section_order(r, rng) {
        let h = heading(sec, rng);
        out.push(section_heading(h, sec_level, rng));
        out.push(String::new());
        let hashes = "#".repeat(entry_level);
        match sec {
            Sec::Summary => out.push(r.basics.summary.clone().unwrap_or_default()),
            Sec::Work => {
                let title_first = rng.chance(0.25);
                for w in &r.work {
                    let org = w.name.as_deref().unwrap_or_default();
                    let title = w.position.as_deref().unwrap_or_default();
                    out.push(if title_first {
                        format!("{hashes} {title}{dash}{org}")
                    } else {
                        format!("{hashes} {org}{dash}{title}")
                    });
                    let dates = d.work(w);
                    out.push(match &w.location {
                        Some(l) if rng.chance(0.5) => format!("*{l}* | {dates}"),
                        Some(l) => format!("{dates} | *{l}*"),
                        None => format!("*{dates}*"),
                    });
                    if !w.keywords.is_empty() && rng.chance(0.4) {
                        out.push(format!("*Tech:* {}", w.keywords.join(", ")));
                    }
                    out.push(String::new());
                    let hs: Vec<String> = w.highlights.iter().map(|h| embolden(h, rng)).collect();
                    bullets.push(&mut out, &hs, rng, |s| s.to_string());
                    out.push(String::new());
                }
            }
            Sec::Education => {
                for e in &r.education {
                    out.push(format!(
                        "{hashes} {}",
                        e.institution.as_deref().unwrap_or_default()
                    ));
                    let mut parts = vec![format!("*{}*", degree(e, rng))];
                    parts.extend(d.education(e, rng));
                    parts.extend(gpa(e, rng));
                    out.push(parts.join(" | "));
                    out.push(String::new());
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let name = p.name.as_deref().unwrap_or_default();
                    let name = match &p.url {
                        Some(u) => format!("[{name}]({u})"),
                        None => name.to_string(),
                    };
                    let mut head = format!("{hashes} {name}");
                    if let Some(x) = d.project(p) {
                        head = format!("{head}{dash}{x}");
                    }
                    out.push(head);
                    if !p.keywords.is_empty() {
                        out.push(format!("*{}*", p.keywords.join(", ")));
                    }
                    if let Some(desc) = &p.description {
                        out.push(desc.clone());
                    }
                    out.push(String::new());
                    let hs: Vec<String> = p.highlights.iter().map(|h| embolden(h, rng)).collect();
                    bullets.push(&mut out, &hs, rng, |s| s.to_string());
                    out.push(String::new());
                }
            }
            Sec::Skills => {
                let sep = skills_sep(rng);
                for s in &r.skills {
                    out.push(format!(
                        "{bullet} {}",
                        skills_line(s, sep, |n| format!("**{n}:** "))
                    ));
                }
            }
            Sec::Languages => out.push(languages_line(r, rng)),
            Sec::Awards => {
                for a in &r.awards {
                    out.push(format!("{bullet} {}", award_line(a, &d, rng)));
                }
            }
        }
        out.push(String::new());
    }
    out.join("\n")
}
