//! Section headings: their vocabulary in its many spellings, at any Markdown level or
//! none, and the split of a résumé into sections.
//!
//! A heading is recognised by its words ("Work Experience", "HONORS AND AWARDS",
//! "#### **Education**", "Projects (Cont.)"), never by its level alone: Markdown
//! levels in converted résumés are random. Lines before the first heading form the
//! preamble (name and contacts). What goes inside a section is other modules' job.

use super::heading_look::HeadingLook;
use super::lexicon;
use super::lines::{is_all_caps, word_count};
use super::normalise::{Document, Line};
use super::vocab;

mod words;
use words::{declared_kind, heading_words, is_heading_word, kind_of, HEADING_HINT};

/// What a section holds; several spellings map to one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// Lines before the first heading.
    Preamble,
    Summary,
    Work,
    Teaching,
    /// "Research": positions or projects, decided by content.
    Research,
    Education,
    Projects,
    Skills,
    Awards,
    Publications,
    Languages,
    Certificates,
    Volunteer,
    Achievements,
    Interests,
    References,
    Contact,
    Courses,
    /// A known heading with no place in the schema ("Affiliations"): kept in `meta`.
    Other,
}

impl SectionKind {
    /// The name used in notes ("heading: education").
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Preamble => "preamble",
            SectionKind::Summary => "summary",
            SectionKind::Work => "work",
            SectionKind::Teaching => "teaching",
            SectionKind::Research => "research",
            SectionKind::Education => "education",
            SectionKind::Projects => "projects",
            SectionKind::Skills => "skills",
            SectionKind::Awards => "awards",
            SectionKind::Publications => "publications",
            SectionKind::Languages => "languages",
            SectionKind::Certificates => "certificates",
            SectionKind::Volunteer => "volunteer",
            SectionKind::Achievements => "achievements",
            SectionKind::Interests => "interests",
            SectionKind::References => "references",
            SectionKind::Contact => "contact",
            SectionKind::Courses => "courses",
            SectionKind::Other => "other",
        }
    }
}

/// A run of lines under one heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    /// Index of the heading line in the document, if any.
    pub heading: Option<usize>,
    /// Indices of the section's content lines.
    pub lines: Vec<usize>,
}

/// The section kind a line announces, if it is a heading.
pub fn heading_kind(line: &Line) -> Option<SectionKind> {
    if line.bullet.is_some()
        || line.text.len() > 90
        || word_count(&line.text) > 8
        // Spaces out too: a heading's initial may stand apart ("E xperience").
        || !(HEADING_HINT.is_match(&line.text)
            || HEADING_HINT.is_match(&line.text.replace(' ', ""))
            || line.plain.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                lexicon::headings::kind_of_word(&w).is_some()
            }))
    {
        return None;
    }
    let mut text = line.plain.clone();
    if line.continued {
        text = Document::continued_heading(&text).unwrap_or(text);
    }
    let text = text.trim().trim_end_matches(':').trim();
    if text.is_empty() || text.len() > 60 || text.chars().any(|c| c.is_ascii_digit() || c == '@') {
        return None;
    }
    let n = word_count(text);
    if n > 6 {
        return None;
    }
    let words = heading_words(text);
    let unknown: Vec<&String> = words.iter().filter(|w| !is_heading_word(w)).collect();
    let styled = line.heading > 0 || line.bold || is_all_caps(text);
    // One unknown qualifier is fine on a styled short line ("Nursing Experience"), as
    // long as it isn't a job title or an organisation ("Research Assistant").
    let allowed = usize::from(styled && (2..=3).contains(&words.len()));
    if unknown.len() > allowed
        || unknown.iter().any(|w| {
            vocab::is_title_head(w) || vocab::is_org_suffix(w) || vocab::is_institution_word(w)
        })
    {
        return None;
    }
    kind_of(&words)
}

/// Whether any word of a heading alone names jobs ("Academic Experience", "Academic
/// Positions"): such a heading may head posts held, whatever its other words say.
pub fn names_work(line: &Line) -> bool {
    heading_words(&line.plain)
        .into_iter()
        .any(|w| kind_of(std::slice::from_ref(&w)) == Some(SectionKind::Work))
}

/// Splits the document into the preamble and its sections. "(Cont.)" headings of the
/// section in progress don't start a new one; they are returned as ignored.
pub fn split(lines: &[Line]) -> (Vec<Section>, Vec<usize>) {
    let mut out = vec![Section {
        kind: SectionKind::Preamble,
        heading: None,
        lines: Vec::new(),
    }];
    let mut repeated = Vec::new();
    let kinds: Vec<Option<SectionKind>> = lines.iter().map(heading_kind).collect();
    let known: Vec<usize> = (0..lines.len()).filter(|&i| kinds[i].is_some()).collect();
    let look = HeadingLook::of(lines, &known);
    for (i, line) in lines.iter().enumerate() {
        let cur = out.last().map(|s| s.kind);
        if let Some(kind) = kinds[i] {
            if line.continued && cur == Some(kind) {
                repeated.push(i);
                continue;
            }
            // A plain "Volunteer" line inside a volunteering section is a job title,
            // not the section starting again.
            let styled = line.heading > 0 || line.bold || is_all_caps(&line.text);
            // "Teaching:" over "Lesson planning, Assessment" inside a skills section is
            // a group label, not the teaching section.
            let label_in_skills = cur == Some(SectionKind::Skills)
                && kind != SectionKind::Languages
                && !styled
                && !line.blank_before
                && line.text.trim_end().ends_with(':')
                && lines.get(i + 1).is_some_and(|n| {
                    n.bullet.is_none() && n.text.contains(", ") && kinds[i + 1].is_none()
                });
            if label_in_skills || cur == Some(kind) && !styled && !line.blank_before {
                if let Some(last) = out.last_mut() {
                    last.lines.push(i);
                }
                continue;
            }
            out.push(Section {
                kind,
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        let started = cur.is_some_and(|k| k != SectionKind::Preamble);
        // "Kitchen:" over a list inside a skills section is a group label.
        let skills_label = cur == Some(SectionKind::Skills)
            && lines.get(i + 1).is_some_and(|n| n.plain.contains(','));
        // A heading at the level the document gives its known headings ("# Bildung",
        // "# Softwareentwicklung"): a section, named by what words of it are known.
        if started && look.declared_heading(lines, i) {
            out.push(Section {
                kind: declared_kind(line),
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        if started && !skills_label && look.unknown_heading(lines, i) {
            out.push(Section {
                kind: SectionKind::Other,
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        // "I hereby declare that…": the closing declaration, no part of a section.
        if started && cur != Some(SectionKind::Other) && is_declaration(&line.plain) {
            out.push(Section {
                kind: SectionKind::Other,
                heading: None,
                lines: vec![i],
            });
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.lines.push(i);
        }
    }
    (out, repeated)
}

/// "I hereby certify that the above…", "I declare that the information…".
fn is_declaration(t: &str) -> bool {
    if !t.starts_with('I') {
        return false;
    }
    let lower = t.get(..t.len().min(40)).unwrap_or(t).to_lowercase();
    lower.starts_with("i hereby ")
        || (lower.starts_with("i declare ") || lower.starts_with("i certify "))
            && lower.contains("that")
}

#[cfg(test)]
mod tests;
