//! Certificates listed among studies: under a heading that names training or
//! certificates beside education ("Education and training", "Weiterbildung"), an
//! entry that names a certificate (and no school qualification) is a certificate,
//! as the labelling files them; under a plain "Education" heading it stays a study,
//! as its writer presented it.
//!
//! Takes a section's heading and an entry; gives whether the entry is read as a
//! certificate. It does not read the certificate (`lists::certificates` does).

use crate::parse::text::entries::Entry;
use crate::parse::text::lexicon::{
    ACADEMIC_CERTIFICATE_WORDS, CERTIFICATE_STEMS, TRAINING_HEADING_WORDS,
};
use crate::parse::text::normalise::Line;

/// The heading names training or certificates beside (or instead of) studies.
pub(super) fn mixed_heading(lines: &[Line], heading: Option<usize>) -> bool {
    heading.is_some_and(|h| {
        let l = lines[h].plain.to_lowercase();
        TRAINING_HEADING_WORDS.iter().any(|w| l.contains(w))
    })
}

/// The entry's header names a certificate and nothing that makes it a school or
/// university qualification.
pub(super) fn is_certificate(lines: &[Line], e: &Entry) -> bool {
    let head: String = e
        .header
        .iter()
        .map(|&i| lines[i].plain.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    CERTIFICATE_STEMS.iter().any(|w| head.contains(w))
        && !ACADEMIC_CERTIFICATE_WORDS.iter().any(|w| head.contains(w))
}

/// The entry's lines in document order, header and body.
pub(super) fn entry_lines(e: &Entry) -> Vec<usize> {
    let mut all: Vec<usize> = e.header.iter().chain(&e.body).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}
