//! Places in the contact lines: a street line written number first, a place's label
//! ("Address: …") and a "Town, Region" pair of names no list knows.
//!
//! Takes one segment of a contact line; gives whether it is such a place or the place
//! without its label. Building the person's location is `contact`'s job.

use super::super::lines::word_count;
use super::super::places::place_words;
use crate::parse::pattern::Pattern;

/// "7725 Cutler Ave NE", "18 Larkspur Rd.": the street line of a postal address
/// written number first.
pub(super) static STREET_LINE: Pattern = Pattern::new(
    r"^\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\w.'-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway)\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?:,?\s+(?:Apt|Unit|Suite|#)\s*\S+)?$",
);
/// "Address: Austin" → "Austin": the label of a place in a contact line.
pub(super) fn without_place_label(seg: &str) -> &str {
    // "Address: …", and the Korean-style "Address. …".
    let Some((label, rest)) = seg.split_once(':').or_else(|| seg.split_once(". ")) else {
        return seg;
    };
    let known = super::super::lexicon::PLACE_LABELS.contains(&label.trim().to_lowercase().as_str());
    if known {
        rest.trim()
    } else {
        seg
    }
}

/// Most words in each of a town's and its region's names ("Newcastle upon Tyne").
const MAX_PLACE_PART_WORDS: usize = 3;

/// "Town, Region": two capitalised names in place shape, no digits.
pub(super) fn town_and_region(seg: &str) -> bool {
    let parts: Vec<&str> = seg.split(',').map(str::trim).collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && word_count(p) <= MAX_PLACE_PART_WORDS
                && place_words(p)
                && !p.contains(|c: char| c.is_ascii_digit())
        })
}
