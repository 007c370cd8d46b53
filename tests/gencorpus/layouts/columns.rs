//! Layout (h): a two-column PDF template flattened by a converter.
//!
//! What sat right-aligned ends up on the same line after a run of spaces:
//! "Organisation            City, ST", "Title            Jan 2020 – Present",
//! "B.S. in Physics; GPA: 3.8/4.0            Aug 2015 – May 2019"; the contact block
//! beside the name; bullets `▪`/`•` whose wrapped lines lose their indent.

use super::common::*;
use crate::gencorpus::rng::Rng;
use vitae::model::Resume;

/// `left` padded with spaces so `right` ends near column `width`.
fn two(left: &str, right: &str, width: usize, rng: &mut Rng) -> String {
    if right.is_empty() {
        return left.to_string();
    }
    let used = left.chars().count() + right.chars().count();
    let pad = width.saturating_sub(used).max(3) + rng.below(3);
    format!("{left}{}{right}", " ".repeat(pad))
}

pub fn render(r: &Resume, rng: &mut Rng) -> String {
    let d = Dates::us(rng);
    let width = rng.range(80, 110) as usize;
    let glyph = rng.one(&["▪", "•", "●", "■"]);
    let bullets = Bullets {
        glyphs: vec![glyph],
        sub: None,
        indent: "",
        width: width - 10,
        cont: rng.one(&["", "  "]),
    };
    let (sup, lig) = (rng.chance(0.5), rng.chance(0.2));
    let fix = |s: &str| pdf_debris(s, sup, lig, false);
    let mut out: Vec<String> = Vec::new();

    let mut left: Vec<String> = Vec::new();
    if let Some(n) = &r.basics.name {
        left.push(n.to_uppercase());
    }
    if let Some(l) = &r.basics.label {
        left.push(l.clone());
    }
    let right = contact_items(&r.basics, rng);
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map(String::as_str).unwrap_or("");
        let rr = right.get(i).map(String::as_str).unwrap_or("");
        out.push(two(l, rr, width, rng).trim_start().to_string());
    }
    out.push(String::new());

    for sec in section_order(r, rng) {
        out.push(heading(sec, rng).to_uppercase());
        match sec {
            Sec::Summary => {
                out.extend(wrap(r.basics.summary.as_deref().unwrap_or_default(), width))
            }
            Sec::Work => {
                for w in &r.work {
                    out.push(two(
                        w.name.as_deref().unwrap_or(""),
                        w.location.as_deref().unwrap_or(""),
                        width,
                        rng,
                    ));
                    out.push(two(
                        w.position.as_deref().unwrap_or(""),
                        &d.work(w),
                        width,
                        rng,
                    ));
                    if !w.keywords.is_empty() && rng.chance(0.3) {
                        out.push(w.keywords.join(", "));
                    }
                    bullets.push(&mut out, &w.highlights, rng, fix);
                }
            }
            Sec::Education => {
                for e in &r.education {
                    let loc = school_place(e);
                    out.push(two(e.institution.as_deref().unwrap_or(""), loc, width, rng));
                    let mut deg = degree(e, rng);
                    if let Some(g) = gpa(e, rng) {
                        deg = format!("{deg}; {g}");
                    }
                    let dates = d.education(e, rng).unwrap_or_default();
                    out.push(two(&deg, &dates, width, rng));
                }
            }
            Sec::Projects => {
                for p in &r.projects {
                    let mut head = p.name.clone().unwrap_or_default();
                    if !p.keywords.is_empty() {
                        head = format!("{head} | {}", p.keywords.join(", "));
                    }
                    out.push(two(&head, &d.project(p).unwrap_or_default(), width, rng));
                    bullets.push(&mut out, &p.highlights, rng, fix);
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
                    let title = fix(a.title.as_deref().unwrap_or(""));
                    let title = match &a.awarder {
                        Some(b) => format!("{title}, {b}"),
                        None => title,
                    };
                    out.push(two(
                        &title,
                        &a.date.as_deref().map(|x| d.one(x)).unwrap_or_default(),
                        width,
                        rng,
                    ));
                }
            }
        }
        out.push(String::new());
    }
    page_breaks(&mut out, rng.range(50, 70) as usize, rng, None);
    out.join("\n")
}
