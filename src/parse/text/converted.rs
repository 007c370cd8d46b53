//! The text reader on a converted binary source (a DOCX): its lowered lines read as
//! any lowered markup is, its notes and warnings numbered by the source's own units
//! (paragraphs) rather than by lines.
//!
//! It does not convert anything: the format readers do.

use super::normalise::Document;
use super::{LineNote, Recorder, ResumeParser, Warning};
use crate::model::Resume;
use crate::parse::formats::Converted;

impl ResumeParser {
    /// The résumé read out of a converted binary source (a DOCX).
    pub fn parse_converted(&self, doc: &Converted) -> Resume {
        self.run_converted(doc).0
    }

    /// [`explain`](Self::explain) for a converted binary source: one note per unit
    /// (paragraph), numbered as the units are.
    pub fn explain_converted(&self, doc: &Converted) -> (Resume, Vec<LineNote>) {
        let (resume, rec, d) = self.run_converted(doc);
        (resume, rec.notes(&d.source))
    }

    /// [`warnings`](Self::warnings) for a converted binary source.
    pub fn warnings_converted(&self, doc: &Converted) -> Vec<Warning> {
        self.parse_with_warnings_converted(doc).1
    }

    /// The résumé and its warnings from a converted binary source, from one parse.
    pub fn parse_with_warnings_converted(&self, doc: &Converted) -> (Resume, Vec<Warning>) {
        let (resume, rec, d) = self.run_converted(doc);
        let notes = rec.notes(&d.source);
        let warnings = rec.warnings(&notes);
        (resume, warnings)
    }

    fn run_converted(&self, doc: &Converted) -> (Resume, Recorder, Document) {
        self.run_lowered("", Some(&doc.lowered), || doc.units.clone())
    }
}
