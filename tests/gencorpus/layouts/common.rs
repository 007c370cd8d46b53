//! Pieces the layouts share: date formats, heading vocabularies, contact lines,
//! line wrapping, bullets, skills and awards lines, and PDF conversion debris.
//!
//! Every choice here changes how data looks, never what it says: a careful human reading
//! the text gets back exactly the data it was rendered from.

use crate::gencorpus::rng::Rng;
use regex::Regex;
use std::sync::LazyLock;
use vitae::model::{Award, Basics, Education, Project, Resume, Skill, Work};

const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// How a single date is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateStyle {
    /// `Sep 2021`
    Short,
    /// `Sep. 2021`
    ShortDot,
    /// `September 2021`
    Long,
    /// `09/2021`
    NumSlash,
    /// `2021/09`
    YearSlash,
    /// `2021.09`
    YearDot,
    /// `09.2021`
    NumDot,
    /// `2021-09`
    Iso,
}

/// Year and optional month (1-based) of an ISO date prefix.
pub fn ym(s: &str) -> (i32, Option<usize>) {
    let year = s[..4].parse().expect("generated dates start with a year");
    let month = s.get(5..7).and_then(|m| m.parse().ok());
    (year, month)
}

/// One date in a style; a year-only date is just the year in every style.
pub fn date(s: &str, style: DateStyle) -> String {
    let (y, m) = ym(s);
    let Some(m) = m else { return y.to_string() };
    match style {
        DateStyle::Short => format!("{} {y}", MONTHS_SHORT[m - 1]),
        DateStyle::ShortDot if m == 5 => format!("May {y}"),
        DateStyle::ShortDot => format!("{}. {y}", MONTHS_SHORT[m - 1]),
        DateStyle::Long => format!("{} {y}", MONTHS_LONG[m - 1]),
        DateStyle::NumSlash => format!("{m:02}/{y}"),
        DateStyle::YearSlash => format!("{y}/{m:02}"),
        DateStyle::YearDot => format!("{y}.{m:02}"),
        DateStyle::NumDot => format!("{m:02}.{y}"),
        DateStyle::Iso => format!("{y}-{m:02}"),
    }
}

/// A document's way of writing dates and ranges.
#[derive(Debug, Clone)]
pub struct Dates {
    pub style: DateStyle,
    pub sep: &'static str,
    pub present: &'static str,
}

const PRESENT: &[&str] = &[
    "Present", "Present", "Present", "present", "Now", "Current", "now",
];

impl Dates {
    /// Month names or US numeric dates, as in North American résumés.
    pub fn us(rng: &mut Rng) -> Dates {
        let style = [
            DateStyle::Short,
            DateStyle::ShortDot,
            DateStyle::Long,
            DateStyle::NumSlash,
        ][rng.weighted(&[5, 1, 3, 2])];
        Dates {
            style,
            sep: rng.one(&[" – ", " - ", " — ", "–", " to ", " - "]),
            present: rng.one(PRESENT),
        }
    }

    /// Numeric European and Asian styles.
    pub fn intl(rng: &mut Rng) -> Dates {
        let style = rng.one(&[
            DateStyle::YearSlash,
            DateStyle::YearDot,
            DateStyle::NumDot,
            DateStyle::NumSlash,
            DateStyle::Iso,
        ]);
        let sep = if style == DateStyle::Iso {
            rng.one(&[" – ", " ~ ", " to "])
        } else {
            rng.one(&[" – ", " - ", "–", " ~ ", "-"])
        };
        Dates {
            style,
            sep,
            present: rng.one(&["Present", "present", "now", "today", "Now"]),
        }
    }

    pub fn one(&self, s: &str) -> String {
        date(s, self.style)
    }

    /// `start sep end`, `start sep Present` for an open range, or one date when the
    /// range is a single date.
    pub fn range(&self, start: Option<&str>, end: Option<&str>) -> String {
        match (start, end) {
            (Some(s), Some(e)) if s == e => self.one(s),
            (Some(s), Some(e)) => format!("{}{}{}", self.one(s), self.sep, self.one(e)),
            (Some(s), None) => format!("{}{}{}", self.one(s), self.sep, self.present),
            (None, Some(e)) => self.one(e),
            (None, None) => String::new(),
        }
    }

    pub fn work(&self, w: &Work) -> String {
        self.range(w.start_date.as_deref(), w.end_date.as_deref())
    }

    /// A degree's dates; one still in progress may say "Expected".
    pub fn education(&self, e: &Education, rng: &mut Rng) -> Option<String> {
        let end = e.end_date.as_deref()?;
        let future = end > "2025-06";
        Some(match (e.start_date.as_deref(), future && rng.chance(0.6)) {
            (None, true) => format!("Expected {}", self.one(end)),
            (Some(s), true) => format!("{}{}{} (expected)", self.one(s), self.sep, self.one(end)),
            (s, false) => self.range(s, Some(end)),
        })
    }

    pub fn project(&self, p: &Project) -> Option<String> {
        p.start_date.as_ref()?;
        Some(self.range(p.start_date.as_deref(), p.end_date.as_deref()))
    }
}

/// Cut an ISO date down to its year.
pub fn year_only(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|d| d[..4].to_string())
}

/// The sections a résumé has, in the order a document lays them out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sec {
    Summary,
    Work,
    Education,
    Projects,
    Skills,
    Awards,
    /// Spoken languages: not scored, but must not leak into skills or other sections.
    Languages,
}

pub fn section_order(r: &Resume, rng: &mut Rng) -> Vec<Sec> {
    let mut head = vec![Sec::Work, Sec::Education];
    if rng.chance(0.35) {
        head.reverse();
    }
    let mut tail = vec![Sec::Projects, Sec::Skills, Sec::Awards, Sec::Languages];
    rng.shuffle(&mut tail);
    if rng.chance(0.25) {
        // Skills right under the contact block, as in many one-page résumés.
        tail.retain(|s| *s != Sec::Skills);
        head.insert(0, Sec::Skills);
    }
    let mut order = vec![Sec::Summary];
    order.extend(head);
    order.extend(tail);
    order.retain(|s| match s {
        Sec::Summary => r.basics.summary.is_some(),
        Sec::Work => !r.work.is_empty(),
        Sec::Education => !r.education.is_empty(),
        Sec::Projects => !r.projects.is_empty(),
        Sec::Skills => !r.skills.is_empty(),
        Sec::Awards => !r.awards.is_empty(),
        Sec::Languages => !r.languages.is_empty(),
    });
    order
}

/// A heading for a section from the many ways people name it.
pub fn heading(sec: Sec, rng: &mut Rng) -> &'static str {
    rng.one(match sec {
        Sec::Summary => &["Summary", "Profile", "About Me", "Professional Summary"][..],
        Sec::Work => &[
            "Experience",
            "Experience",
            "Work Experience",
            "Professional Experience",
            "Employment",
            "Employment History",
            "Working Experience",
            "Work History",
        ][..],
        Sec::Education => &[
            "Education",
            "Education",
            "Academic Background",
            "Education and Training",
        ][..],
        Sec::Projects => &[
            "Projects",
            "Selected Projects",
            "Personal Projects",
            "Project Experience",
        ][..],
        Sec::Skills => &[
            "Skills",
            "Technical Skills",
            "Core Skills",
            "Skills & Tools",
        ][..],
        Sec::Languages => &[
            "Languages",
            "Languages",
            "Language Skills",
            "Spoken Languages",
        ][..],
        Sec::Awards => &[
            "Honors & Awards",
            "Awards",
            "Honors and Awards",
            "Awards & Recognition",
        ][..],
    })
}

/// A personal website as people write it: with or without the scheme and `www.`.
pub fn show_url(url: &str, rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => url.to_string(),
        1 => url.trim_start_matches("https://").to_string(),
        _ => url
            .trim_start_matches("https://")
            .trim_start_matches("www.")
            .to_string(),
    }
}

/// The contact details of `basics` as separate items (email, phone, links, city).
pub fn contact_items(b: &Basics, rng: &mut Rng) -> Vec<String> {
    let mut items = Vec::new();
    if let Some(l) = &b.location {
        items.push(format!(
            "{}, {}",
            l.city.as_deref().unwrap_or(""),
            l.region.as_deref().unwrap_or("")
        ));
    }
    if let Some(e) = &b.email {
        items.push(e.clone());
    }
    if let Some(p) = &b.phone {
        items.push(p.clone());
    }
    if let Some(u) = &b.url {
        items.push(show_url(u, rng));
    }
    for p in &b.profiles {
        let url = p.url.as_deref().unwrap_or_default();
        let user = p.username.as_deref().unwrap_or_default();
        let net = p.network.as_deref().unwrap_or_default();
        items.push(match rng.below(4) {
            0 => format!("{net}: {user}"),
            _ => show_url(url, rng),
        });
    }
    if rng.chance(0.3) {
        let loc = items.first().filter(|_| b.location.is_some()).cloned();
        if let Some(loc) = loc {
            items.remove(0);
            items.push(loc);
        }
    }
    items
}

/// Greedy word wrap at `width` characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// One skills line: `Label: a, b, c` for a labelled group, the bare list otherwise.
pub fn skills_line(s: &Skill, sep: &str, label: impl Fn(&str) -> String) -> String {
    let list = s.keywords.join(sep);
    match s.name.as_deref() {
        Some("Skills") | None => list,
        Some(name) => format!("{}{list}", label(name)),
    }
}

pub fn skills_sep(rng: &mut Rng) -> &'static str {
    rng.one(&[", ", ", ", ", ", " · ", " | ", "; "])
}

/// One award: its title with its date and awarder in one of the common shapes.
pub fn award_line(a: &Award, dates: &Dates, rng: &mut Rng) -> String {
    let title = a.title.as_deref().unwrap_or_default();
    let date = a.date.as_deref().map(|d| dates.one(d));
    let by = a.awarder.as_deref();
    match (rng.below(4), date, by) {
        (0, Some(d), Some(b)) => format!("{title}, {b} ({d})"),
        (1, Some(d), Some(b)) => format!("{title} — {b}, {d}"),
        (_, Some(d), Some(b)) => format!("{d} {title}, {b}"),
        (0 | 1, Some(d), None) => format!("{title} ({d})"),
        (2, Some(d), None) => format!("{title} — {d}"),
        (_, Some(d), None) => format!("{d}: {title}"),
        (_, None, Some(b)) => format!("{title}, {b}"),
        (_, None, None) => title.to_string(),
    }
}

/// Ordinals as a PDF converter leaves them: `1<sup>st</sup>`.
pub fn sup_ordinals(s: &str) -> String {
    static ORDINAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d+)(st|nd|rd|th)\b").unwrap());
    ORDINAL.replace_all(s, "$1<sup>$2</sup>").into_owned()
}

/// A date range as LaTeX source leaks into converted text: `$May\ 2022-Aug\ 2022$`.
pub fn latex_math(s: &str) -> String {
    format!("${}$", s.replace(' ', "\\ "))
}

/// Insert a page footer (and maybe a repeated header) every `every` lines, never
/// between a wrapped line and its continuation.
pub fn page_breaks(lines: &mut Vec<String>, every: usize, rng: &mut Rng, name: Option<&str>) {
    let total = lines.len() / every + 1;
    if total < 2 {
        return;
    }
    let style = rng.below(3);
    let mut page = 1;
    let mut i = every;
    while i < lines.len() && page < total {
        while i < lines.len() && lines[i].starts_with(' ') {
            i += 1;
        }
        let mut block = match style {
            0 => vec![format!("Page {page} of {total}")],
            1 => vec![format!("{page}")],
            _ => vec![String::new(), format!("– {page} –"), String::new()],
        };
        if let (Some(n), true) = (name, rng.chance(0.5)) {
            block.push(format!("{n} — Résumé"));
        }
        let at = i.min(lines.len());
        lines.splice(at..at, block.iter().cloned());
        i = at + block.len() + every;
        page += 1;
    }
}

/// A degree and its field in one of the usual shapes: "B.S. in Physics",
/// "Master of Science, Physics", "M.Sc. (Physics)", "M.Sc. Physics".
/// The town written beside a school, if the person has one.
pub fn school_place(e: &Education) -> &str {
    e.extra
        .get("location")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
}

pub fn degree(e: &Education, rng: &mut Rng) -> String {
    let st = e.study_type.as_deref().unwrap_or_default();
    let Some(area) = e.area.as_deref() else {
        return st.to_string();
    };
    let short = st.contains('.') || st.len() <= 4;
    match rng.below(if short { 4 } else { 3 }) {
        0 | 1 => format!("{st} in {area}"),
        2 => format!("{st}, {area}"),
        _ => format!("{st} {area}"),
    }
}

/// "GPA: 3.8/4.0" and its variants, with the separator that joins it to the degree.
pub fn gpa(e: &Education, rng: &mut Rng) -> Option<String> {
    let s = e.score.as_deref()?;
    Some(match rng.below(4) {
        0 => format!("GPA: {s}"),
        1 => format!("GPA {s}"),
        2 => format!("GPA: {s}"),
        _ => format!("Grade: {s}"),
    })
}

/// How one document writes its bullet lists.
#[derive(Debug, Clone)]
pub struct Bullets {
    /// Glyphs for top-level bullets; one is picked per bullet.
    pub glyphs: Vec<&'static str>,
    /// Glyph and indent of a sub-bullet, if this document nests bullets.
    pub sub: Option<(&'static str, &'static str)>,
    /// Indent before every top-level bullet.
    pub indent: &'static str,
    /// Wrap width, and what starts a continuation line.
    pub width: usize,
    pub cont: &'static str,
}

impl Bullets {
    pub fn push(
        &self,
        out: &mut Vec<String>,
        items: &[String],
        rng: &mut Rng,
        fix: impl Fn(&str) -> String,
    ) {
        for (i, h) in items.iter().enumerate() {
            let (glyph, indent) = match self.sub {
                Some(sub) if i > 0 && rng.chance(0.2) => sub,
                _ => (rng.one(&self.glyphs), self.indent),
            };
            let text = fix(h);
            let lead = format!("{indent}{glyph} ");
            let lines = wrap(
                &text,
                self.width.saturating_sub(lead.chars().count()).max(20),
            );
            for (j, l) in lines.into_iter().enumerate() {
                if j == 0 {
                    out.push(format!("{lead}{l}"));
                } else {
                    out.push(format!("{}{l}", self.cont));
                }
            }
        }
    }
}

/// Common PDF text-layer debris applied to prose: ordinals in `<sup>`, ligatures.
pub fn pdf_debris(s: &str, sup: bool, ligatures: bool, escape_dollar: bool) -> String {
    let mut s = if sup { sup_ordinals(s) } else { s.to_string() };
    if ligatures {
        s = s.replace("fi", "\u{FB01}").replace("fl", "\u{FB02}");
    }
    if escape_dollar {
        s = s.replace('$', "\\$");
    }
    s
}

/// Spoken languages on one line: "English (Native), German (B2)".
pub fn languages_line(r: &Resume, rng: &mut Rng) -> String {
    let style = rng.below(3);
    let items: Vec<String> = r
        .languages
        .iter()
        .map(|l| {
            let (name, level) = (
                l.language.as_deref().unwrap_or(""),
                l.fluency.as_deref().unwrap_or(""),
            );
            match style {
                0 => format!("{name} ({level})"),
                1 => format!("{name} – {level}"),
                _ => format!("{name}: {level}"),
            }
        })
        .collect();
    items.join(if style == 2 { "; " } else { ", " })
}
