//! Placeholder text parser (replaced by the real one): the first line is the name.

use crate::model::Resume;

/// What became of one source line (for `vitae parse --explain`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LineNote {
    /// 1-based line number in the source text.
    pub line: usize,
    pub text: String,
    /// What the line became, or why it was ignored.
    pub role: String,
}

/// A likely miss the person should look at (for `vitae check`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Warning {
    pub line: Option<usize>,
    pub message: String,
}

/// Reads résumé text (PDF-converted or Markdown) into the JSON Resume model.
#[derive(Debug, Default, Clone)]
pub struct ResumeParser {}

impl ResumeParser {
    pub fn new() -> Self {
        ResumeParser {}
    }

    pub fn parse(&self, text: &str) -> Resume {
        let mut r = Resume::default();
        r.basics.name = text
            .lines()
            .map(|l| l.trim_start_matches('#').trim())
            .find(|l| !l.is_empty())
            .map(str::to_string);
        r
    }

    /// The résumé plus a note for every source line.
    pub fn explain(&self, text: &str) -> (Resume, Vec<LineNote>) {
        (self.parse(text), Vec::new())
    }

    /// Likely misses: no name, entries without dates, lines left unplaced.
    pub fn warnings(&self, text: &str) -> Vec<Warning> {
        let _ = text;
        Vec::new()
    }
}
