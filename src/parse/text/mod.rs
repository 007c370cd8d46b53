//! vitae's reader of messy résumé text: PDF-converted or Markdown → JSON Resume.
//!
//! The pipeline, one module per step:
//!
//! 0. [`columns`]: side-by-side two-column layouts read column after column;
//! 1. [`normalise`]: conversion debris out (LaTeX math, HTML tags, bullet glyphs,
//!    ligatures, page footers, copied web-page widgets), wrapped lines joined,
//!    Markdown marks recorded;
//! 2. [`sections`]: headings by their vocabulary ([`heading_look`]: unknown ones by
//!    their look), lines split into sections;
//! 3. [`name`], [`contact`], [`personal`], [`profiles`]: the person — name, contacts,
//!    profiles, location — from the preamble (or a profile export's sidebar);
//! 4. [`read`]: each section routed to its readers, by content where its heading is
//!    ambiguous; [`entries`]: a section's lines grouped into entries (by the shape
//!    that repeats), with their dates and bodies; [`header`] takes header lines apart,
//!    [`roles`], [`projects`], [`education`] and [`teaching`] decide which piece is
//!    which field;
//! 5. [`skills`] (with [`skill_rows`] and [`spoken`]) and [`lists`]: the
//!    one-line-per-item sections ([`awards`] reads an award line's title and awarder);
//! 6. [`explain`]: what became of every line, and warnings about likely misses.
//!
//! Before step 0, a markup other than plain text is lowered by `parse::formats` to
//! Markdown-shaped lines that remember their source lines ([`converted`] for binary
//! sources). Underneath: [`dates`] (dates and ranges), [`lines`] (features of lines and
//! pieces), [`places`], [`titles`], [`vocab`] and [`lexicon`] (words, the latter in
//! the other languages read).
//!
//! Parsing never fails: any text gives a résumé, at worst an empty one.

mod awards;
mod classify;
mod columns;
mod contact;
mod converted;
pub(crate) mod dates;
mod education;
mod entries;
mod explain;
mod header;
mod heading_look;
mod lexicon;
mod lines;
mod lists;
mod lower;
mod memo;
mod name;
mod normalise;
mod personal;
mod places;
mod profiles;
mod projects;
mod read;
mod roles;
mod sections;
mod signoff;
mod skill_rows;
mod skills;
mod spoken;
mod teaching;
mod titles;
mod vocab;

pub use explain::{LineNote, Warning};
// Places as the text reader reads them, for structured sources that write one in a field.
pub(crate) use places::location as place;

use serde_json::Value;

use crate::model::{Meta, Resume};
use crate::parse::formats::{self, Lowered, Markup};
use explain::Recorder;
use normalise::{Document, Line};
use read::read_section;
use sections::{Section, SectionKind};

/// Reads résumé text (PDF-converted or Markdown) into the JSON Resume model.
///
/// Holds nothing but is the one place the parser is configured from; its word lists
/// and patterns are compiled once per process.
#[derive(Debug, Default, Clone)]
pub struct ResumeParser {}

impl ResumeParser {
    pub fn new() -> Self {
        ResumeParser {}
    }

    /// The résumé read out of plain, PDF-extracted or Markdown `text`.
    pub fn parse(&self, text: &str) -> Resume {
        self.parse_as(text, Markup::Plain)
    }

    /// The résumé read out of `text` written in `markup`.
    pub fn parse_as(&self, text: &str, markup: Markup) -> Resume {
        self.run(text, markup).0
    }

    /// The résumé plus a note for every source line: what it became or why it was dropped.
    pub fn explain(&self, text: &str) -> (Resume, Vec<LineNote>) {
        self.explain_as(text, Markup::Plain)
    }

    /// [`explain`](Self::explain) for `text` written in `markup`.
    pub fn explain_as(&self, text: &str, markup: Markup) -> (Resume, Vec<LineNote>) {
        let (resume, rec, doc) = self.run(text, markup);
        (resume, rec.notes(&doc.source))
    }

    /// Likely misses: no name, entries without dates, lines left unplaced.
    pub fn warnings(&self, text: &str) -> Vec<Warning> {
        self.warnings_as(text, Markup::Plain)
    }

    /// [`warnings`](Self::warnings) for `text` written in `markup`.
    pub fn warnings_as(&self, text: &str, markup: Markup) -> Vec<Warning> {
        self.parse_with_warnings_as(text, markup).1
    }

    /// The résumé and its warnings, from one parse.
    pub fn parse_with_warnings_as(&self, text: &str, markup: Markup) -> (Resume, Vec<Warning>) {
        let (resume, rec, doc) = self.run(text, markup);
        let notes = rec.notes(&doc.source);
        let warnings = rec.warnings(&notes);
        (resume, warnings)
    }

    fn run(&self, source: &str, markup: Markup) -> (Resume, Recorder, Document) {
        // A markup other than text is first lowered to Markdown-shaped lines, each
        // remembering its source line; the column rewrite below composes with that.
        let lowered = formats::lower(source, markup);
        self.run_lowered(source, lowered.as_ref(), || {
            source.lines().map(str::to_string).collect()
        })
    }

    /// Reads `source`, or the `lowered` lines made of it; `source_lines` are the units
    /// the notes are about.
    fn run_lowered(
        &self,
        source: &str,
        lowered: Option<&Lowered>,
        source_lines: impl FnOnce() -> Vec<String>,
    ) -> (Resume, Recorder, Document) {
        let text = lowered.map_or(source, |l| l.text.as_str());
        let to_source = |no: usize| match lowered {
            Some(l) => no
                .checked_sub(1)
                .and_then(|k| l.origin.get(k))
                .copied()
                .unwrap_or(0),
            None => no,
        };
        let (mut doc, origin) = match columns::linearise(text) {
            Some((linear, origin)) => (Document::new(&linear), Some(origin)),
            None => (Document::new(text), None),
        };
        // The markup's entry fields, on the lines as lowered (not when reordered).
        if let (None, Some(l)) = (&origin, lowered) {
            let per = formats::fields::per_line(&l.text, &l.origin, &l.fields);
            for line in &mut doc.lines {
                line.fields = line
                    .no
                    .checked_sub(1)
                    .and_then(|k| per.get(k).cloned().flatten());
            }
        }
        let origin = match (origin, lowered) {
            (Some(o), _) => Some(o.into_iter().map(to_source).collect()),
            (None, Some(l)) => Some(l.origin.clone()),
            (None, None) => None,
        };
        let mut rec = match origin {
            Some(origin) => {
                // Notes are about the lines as the person wrote them.
                doc.source = source_lines();
                Recorder::rewritten(doc.source.len(), origin)
            }
            None => Recorder::new(doc.source.len()),
        };
        for &(no, why) in &doc.ignored {
            rec.at(no, why);
        }
        for &(no, why) in lowered.iter().flat_map(|l| &l.dropped) {
            rec.at_source(no, why);
        }
        for (no, note) in lowered.iter().flat_map(|l| &l.joined) {
            rec.at_source(*no, note.as_str());
        }
        let (mut sections, repeated) = sections::split(&doc.lines);
        for i in repeated {
            rec.note(
                &doc.lines[i],
                "ignored: repeated heading (section continues)",
            );
        }
        let mut resume = Resume::default();
        let lines = &doc.lines;
        profile_export(lines, &mut sections, &mut resume, &mut rec);
        let mut achievements = Vec::new();
        for section in &sections {
            if let Some(h) = section.heading {
                // How the classifier weighed it, when it did: what a weight change moves.
                let why = section.verdict.map_or(String::new(), |v| {
                    format!(" (score {:.2}, needs {:.2})", v.score, v.threshold)
                });
                rec.note(&lines[h], format!("heading: {}{why}", section.kind.name()));
            }
            read_section(lines, section, &mut resume, &mut achievements, &mut rec);
        }
        if !achievements.is_empty() {
            let meta = resume.meta.get_or_insert_with(Meta::default);
            meta.extra.insert(
                "achievements".into(),
                Value::Array(achievements.into_iter().map(Value::String).collect()),
            );
        }
        if resume.basics.name.is_none() {
            rec.warn_about(
                None,
                Some("basics.name".into()),
                "no name found: add basics.name in overrides.yaml",
            );
        }
        (resume, rec, doc)
    }
}

/// In a profile export the name block sits just above the summary or experience, after
/// a sidebar; find it, take it out of the sidebar section, fill `basics`.
fn profile_export(
    lines: &[Line],
    sections: &mut [Section],
    resume: &mut Resume,
    rec: &mut Recorder,
) {
    if !sections[0].lines.is_empty() {
        return;
    }
    let Some(k) = sections.iter().position(|s| {
        matches!(s.kind, SectionKind::Summary | SectionKind::Work) && s.heading.is_some()
    }) else {
        return;
    };
    let (Some(before), true) = (sections[k].heading, k > 0) else {
        return;
    };
    if let Some(found) = name::profile_export_name(lines, before) {
        name::apply_profile_name(lines, found, &mut resume.basics, rec);
        sections[k - 1].lines.retain(|&i| !found.holds(i));
    }
}

#[cfg(test)]
mod tests;
