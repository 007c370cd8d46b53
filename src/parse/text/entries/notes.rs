//! What `--explain` says about an entry's header lines.
//!
//! Takes an entry and the document's lines; gives notes on its header lines (a total
//! duration or an echoed line ignored, a line the one above runs on to, how the
//! classifier weighed the line that started the entry). It changes no entry.

use super::features::runs_on;
use super::Entry;
use crate::parse::text::lines::is_duration_line;
use crate::parse::text::normalise::Line;

/// Notes the "3 years 2 months" lines of profile exports and lines echoed right
/// below themselves as ignored, lines the one above runs on to as continued, and how
/// the classifier weighed the line that started the entry.
pub fn note_durations(lines: &[Line], e: &Entry, rec: &mut crate::parse::text::explain::Recorder) {
    if let (Some(v), Some(&h)) = (e.start, e.header.first()) {
        rec.note(
            &lines[h],
            format!("new entry (score {:.2}, needs {:.2})", v.score, v.threshold),
        );
    }
    for (k, &i) in e.header.iter().enumerate() {
        if is_duration_line(&lines[i].plain) {
            rec.note(&lines[i], "ignored: total duration");
        } else if k > 0 && lines[e.header[k - 1]].plain == lines[i].plain {
            rec.note(&lines[i], "ignored: repeated line");
        } else if k > 0
            && runs_on(&lines[e.header[k - 1]].plain)
            && e.heads[k].pieces.is_empty()
            && e.heads[k].rest.is_empty()
        {
            rec.note(&lines[i], "continued: the line above runs on");
        }
    }
}
