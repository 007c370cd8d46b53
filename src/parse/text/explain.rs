//! Notes on what became of each source line, and warnings about likely misses.
//!
//! Every stage of the parser records here which field a line filled
//! ("work[1].position") or why it was dropped ("ignored: page number"). At the end,
//! every source line gets a note — unplaced lines say so — and the parser derives
//! its warnings (no name, an entry without dates, lines left unplaced) from them.

use serde::Serialize;

use super::normalise::Line;

/// What became of one source line (for `vitae parse --explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineNote {
    /// 1-based line number in the source text.
    pub line: usize,
    pub text: String,
    /// What the line became, or why it was ignored.
    pub role: String,
}

/// A likely miss the person should look at (for `vitae check`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub line: Option<usize>,
    pub message: String,
    /// The field of the parsed résumé the warning is about (`basics.name`, or a whole
    /// entry `work[2]` for its dates), so a caller can tell when overrides settled it.
    #[serde(skip)]
    pub field: Option<String>,
}

/// The role a line gets when nothing placed it.
pub const UNPLACED: &str = "unplaced";

/// Collects line roles and warnings while the parser works.
#[derive(Debug, Default)]
pub struct Recorder {
    roles: Vec<Vec<String>>,
    warnings: Vec<Warning>,
    /// When the parser read a rewritten text (columns one after the other): the source
    /// line number of each rewritten line, 0 for lines the rewrite added.
    origin: Option<Vec<usize>>,
}

impl Recorder {
    pub fn new(source_lines: usize) -> Recorder {
        Recorder {
            roles: vec![Vec::new(); source_lines],
            warnings: Vec::new(),
            origin: None,
        }
    }

    /// A recorder for a rewritten text whose line `k + 1` came from source line
    /// `origin[k]`.
    pub fn rewritten(source_lines: usize, origin: Vec<usize>) -> Recorder {
        Recorder {
            origin: Some(origin),
            ..Recorder::new(source_lines)
        }
    }

    /// The source line number of a line of the text the parser read.
    fn source_no(&self, no: usize) -> usize {
        match &self.origin {
            Some(o) => no
                .checked_sub(1)
                .and_then(|k| o.get(k))
                .copied()
                .unwrap_or(0),
            None => no,
        }
    }

    /// Records a role for a line of the text the parser read (mapped to its source line).
    pub fn at(&mut self, no: usize, role: impl Into<String>) {
        self.at_source(self.source_no(no), role);
    }

    /// Records a role for source line `no` itself (not a line of a rewritten text).
    pub fn at_source(&mut self, no: usize, role: impl Into<String>) {
        if let Some(r) = no.checked_sub(1).and_then(|i| self.roles.get_mut(i)) {
            let role = role.into();
            if !r.contains(&role) {
                r.push(role);
            }
        }
    }

    /// Records a role for a logical line and the wrapped lines joined onto it.
    pub fn note(&mut self, line: &Line, role: impl Into<String>) {
        let role = role.into();
        for &n in &line.more {
            self.at(n, format!("{role} (continued)"));
        }
        self.at(line.no, role);
    }

    /// A warning, about one field of the résumé if `field` says which (see [`Warning::field`]).
    pub fn warn_about(
        &mut self,
        line: Option<usize>,
        field: Option<String>,
        message: impl Into<String>,
    ) {
        let line = line.map(|n| self.source_no(n)).filter(|&n| n > 0);
        self.warnings.push(Warning {
            line,
            message: message.into(),
            field,
        });
    }

    /// One note per source line, in order.
    pub fn notes(&self, source: &[String]) -> Vec<LineNote> {
        source
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let roles = &self.roles[i];
                let role = if !roles.is_empty() {
                    roles.join(", ")
                } else if text.trim().is_empty() {
                    String::new()
                } else {
                    UNPLACED.to_string()
                };
                LineNote {
                    line: i + 1,
                    text: text.clone(),
                    role,
                }
            })
            .collect()
    }

    /// The warnings, plus one per run of unplaced lines.
    pub fn warnings(&self, notes: &[LineNote]) -> Vec<Warning> {
        let mut out = self.warnings.clone();
        let mut k = 0;
        while k < notes.len() {
            if notes[k].role != UNPLACED {
                k += 1;
                continue;
            }
            let start = k;
            while k < notes.len() && (notes[k].role == UNPLACED || notes[k].role.is_empty()) {
                k += 1;
            }
            let mut end = k;
            while end > start && notes[end - 1].role.is_empty() {
                end -= 1;
            }
            let n = notes[start..end]
                .iter()
                .filter(|n| n.role == UNPLACED)
                .count();
            let first = notes[start].text.trim();
            let preview: String = first.chars().take(50).collect();
            let more = if first.chars().count() > 50 {
                "…"
            } else {
                ""
            };
            out.push(Warning {
                field: None,
                line: Some(notes[start].line),
                message: if n == 1 {
                    format!("line left unplaced: \"{preview}{more}\"")
                } else {
                    format!("{n} lines left unplaced, from \"{preview}{more}\"")
                },
            });
        }
        out.sort_by_key(|w| w.line.unwrap_or(0));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_gets_a_note_and_runs_of_unplaced_lines_warn_once() {
        let source: Vec<String> = ["Ada", "", "junk one", "junk two", "", "Acme"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut r = Recorder::new(source.len());
        r.at(1, "basics.name");
        r.at(6, "work[0].name");
        r.at(6, "work[0].name");
        r.warn_about(Some(6), None, "entry without dates");
        let notes = r.notes(&source);
        assert_eq!(notes.len(), 6);
        assert_eq!(notes[0].role, "basics.name");
        assert_eq!(notes[1].role, "");
        assert_eq!(notes[2].role, UNPLACED);
        assert_eq!(notes[5].role, "work[0].name");
        let w = r.warnings(&notes);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].line, Some(3));
        assert!(w[0].message.starts_with("2 lines left unplaced"));
    }
}
