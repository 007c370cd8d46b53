//! The fields a résumé class's entry macro names, kept beside the line it typesets.
//!
//! Takes what a format reader knows of an entry line from the markup itself (a LaTeX
//! class's `\cventry{dates}{title}{employer}{place}{grade}{…}`, an Org drawer's
//! `:EMPLOYER:`); gives an [`EntryFields`] hint the text reader attaches to that line
//! ([`Hint`]), so the entry stage takes title, organisation and place as the macro
//! names them instead of re-splitting the printed line. It does not decide what the
//! entry is (a job or a degree): the section the line stands in does.

use std::sync::Arc;

/// An entry's fields as its macro's arguments give them; an empty string is an
/// argument left empty, which stays empty (nothing is borrowed from the description).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryFields {
    /// The entry's title: a job title, or in an education section the degree.
    pub title: String,
    /// The organisation: the employer, or the school.
    pub org: String,
    pub place: String,
    pub dates: String,
    /// A grade or note (moderncv's fifth argument).
    pub grade: String,
    /// The macro bounds the entry (its head line, then its description) but its
    /// arguments' roles vary between authors: the head line is read as written.
    pub bounds_only: bool,
}

impl EntryFields {
    /// The fields as named, unless the macro only bounds the entry.
    pub fn named(&self) -> Option<&EntryFields> {
        (!self.bounds_only).then_some(self)
    }
}

/// A lowered line (its text and the source line it came from) with its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    pub text: String,
    pub origin: usize,
    pub fields: Arc<EntryFields>,
}

/// For each line of `text` (whose source lines are `origin`), the fields hinted for
/// it: the hints are matched by text and source line, so a rewrite of the lowered
/// lines that keeps a line keeps its hint.
pub fn per_line(text: &str, origin: &[usize], hints: &[Hint]) -> Vec<Option<Arc<EntryFields>>> {
    // An outline rewrite may take a line's list mark off: compared without it.
    let bare = |t: &str| t.trim_start().trim_start_matches("- ").trim().to_string();
    let mut used = vec![false; hints.len()];
    text.lines()
        .enumerate()
        .map(|(k, l)| {
            let from = origin.get(k).copied().unwrap_or(0);
            let h = (0..hints.len()).find(|&j| {
                !used[j] && hints[j].origin == from && bare(&hints[j].text) == bare(l)
            })?;
            used[h] = true;
            Some(hints[h].fields.clone())
        })
        .collect()
}
