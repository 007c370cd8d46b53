//! Whether a section's entries read as posts held (a job title, or a date range at an
//! organisation): the sign that a section whose heading could mean several things
//! ("Research", "Teaching", "Academic Experience") lists jobs.
//!
//! Takes a section's entries; gives a yes or no. Routing the section is `read`'s.

use super::Entry;
use crate::parse::text::header;

/// Whether most of `entries` name a job title in their header lines: the sign that a
/// section whose heading could mean several things ("Research", "Teaching",
/// "Academic Experience") lists posts held.
pub fn mostly_titled(entries: &[Entry]) -> bool {
    let titled = entries
        .iter()
        .filter(|e| e.heads.iter().any(|h| h.has(|k| *k == header::Kind::Title)))
        .count();
    titled * 2 > entries.len()
}

/// Whether most of `entries` read as posts held: a job title, or a date range at an
/// organisation ("Borsa di ricerca, Università di Pisa, 2023 – 2024"), since a stay at
/// an institution for a span of time is a post whatever it is called, where research
/// done names no employer.
pub fn mostly_posts(entries: &[Entry]) -> bool {
    let posts = entries
        .iter()
        .filter(|e| {
            e.heads.iter().any(|h| h.has(|k| *k == header::Kind::Title))
                || e.dates.start.is_some()
                    && e.dates.end.is_some()
                    && e.heads.iter().any(|h| h.has(|k| *k == header::Kind::Org))
        })
        .count();
    posts * 2 > entries.len()
}
