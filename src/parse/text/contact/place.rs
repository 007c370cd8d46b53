//! Places in the contact lines: a street line written number first, a place's label
//! ("Address: …"), a "Town, Region" pair of names no list knows, and a town set apart
//! among the contacts ("Cardiff", "Geelong VIC"), or on a line of its own in the
//! contact block ([`place_lines`]).
//!
//! Takes one segment of a contact line; gives whether it is such a place or the place
//! without its label. Building the person's location is `contact`'s job.

use super::super::lines::word_count;
use super::super::places::place_words;
use crate::model::{Basics, Location};
use crate::parse::pattern::Pattern;
use crate::parse::text::explain::Recorder;
use crate::parse::text::normalise::Line;
use crate::parse::text::places::{is_location, location};

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
fn town_and_region(seg: &str) -> bool {
    let parts: Vec<&str> = seg.split(',').map(str::trim).collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && word_count(p) <= MAX_PLACE_PART_WORDS
                && place_words(p)
                && !p.contains(|c: char| c.is_ascii_digit())
        })
}

/// The person's place from one segment of a line that holds their phone or e-mail:
/// "Kelby, North Riding" (a town and its region), or a town alone set apart by the
/// line's separators, with a state's code after it or not ("Cardiff", "Geelong VIC").
/// Beside the person's own contacts a place-shaped name can only be where they live,
/// listed or not; their name (`name`) and titles ("Content Designer") are no place. A
/// town alone needs the line to hold a contact (`contacts`), not only a headline, and
/// says so (true): a fuller place later on the line is the better one.
pub(super) fn beside_contacts(
    seg: &str,
    contacts: bool,
    name: Option<&str>,
) -> Option<(Location, bool)> {
    if town_and_region(seg) {
        let (town, region) = seg.split_once(',').unwrap_or((seg, ""));
        let loc = Location {
            city: Some(town.trim().to_string()),
            region: Some(region.trim().to_string()),
            ..Default::default()
        };
        return Some((loc, false));
    }
    let lone = contacts
        && !seg.contains([',', '(', ')', '/', '&', '+'])
        && word_count(seg) <= MAX_PLACE_PART_WORDS
        && place_words(seg)
        && !seg.contains(|c: char| c.is_ascii_digit())
        && seg
            .split_whitespace()
            .all(|w| name_cased(w) || state_code(w) || crate::parse::text::vocab::is_stopword(w))
        && !name.is_some_and(|n| n.eq_ignore_ascii_case(seg));
    if !lone {
        return None;
    }
    // "Geelong VIC": a state's code after the town, as Australians write it.
    let (town, region) = match seg.rsplit_once(' ') {
        Some((t, r)) if state_code(r) => (t, Some(r.to_string())),
        _ => (seg, None),
    };
    let loc = Location {
        city: Some(town.trim().to_string()),
        region,
        ..Default::default()
    };
    (!state_code(town)).then_some((loc, true))
}

/// A state's or territory's code the lists know ("VIC", "TX").
fn state_code(w: &str) -> bool {
    (2..=3).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && crate::parse::text::vocab::is_state(w)
}

/// A word cased as a town's name is: a capital, then lower case (after a hyphen or an
/// apostrophe a capital again: "Saint-Étienne"), and no contact's label ("Cel",
/// "LinkedIn", "Tél.") nor a handle run together ("JaneDoe").
fn name_cased(w: &str) -> bool {
    let label = contact_label(w);
    let mut prev = ' ';
    let cased = w.chars().enumerate().all(|(i, c)| {
        let ok = i == 0 && c.is_uppercase()
            || i > 0 && (!c.is_uppercase() || matches!(prev, '-' | '\'' | '’'));
        prev = c;
        ok
    });
    cased && !label && !w.contains('.')
}

/// A contact's label ("Tel.", "Blog", "LinkedIn:"), any case.
pub(super) fn contact_label(w: &str) -> bool {
    let lower = w.trim().to_lowercase();
    crate::parse::text::lexicon::personal::CONTACT_LABELS
        .contains(&lower.trim_end_matches(['.', ':']))
}

/// Whether a town alone may be read from a contact line: it holds the person's
/// e-mail, phone or site (`used`), its pieces are set apart by marks ("|", "·", a
/// dash) in `text`, not only by wide gaps, which in a layout copy part the page's
/// columns, and no link label is left in `rest` ("Blog"): beside one, the line's
/// names are links' texts (handles).
pub(super) fn towns_beside(used: bool, text: &str, rest: &str) -> bool {
    used && text.contains(['|', '·', '•', '▪', '◦', '●', '–', '—'])
        && !super::segments(rest).iter().any(|s| contact_label(s))
}

/// The person's place from a line of its own in their contact block: "Rotherham, South
/// Yorkshire" stacked under the phone and e-mail, as sidebars set them. Taken from the
/// lines `contact::read` left (`left`, document indices): under a "Contact" heading
/// (`contact_section`) any of them; before the first heading only one right under a
/// line that holds a phone or e-mail. A town alone counts only under a heading; before
/// it, a town needs its region. Gives the lines still left.
pub fn place_lines(
    lines: &[Line],
    left: Vec<usize>,
    contact_section: bool,
    basics: &mut Basics,
    rec: &mut Recorder,
) -> Vec<usize> {
    let mut out = Vec::with_capacity(left.len());
    for i in left {
        let text = lines[i].plain.trim();
        let under_contact = i > 0 && super::has_contact(&lines[i - 1].plain);
        let place = (basics.location.is_none() && (contact_section || under_contact))
            .then(|| own_place(text, contact_section, basics.name.as_deref()))
            .flatten();
        match place {
            Some(loc) => {
                basics.location = Some(loc);
                rec.note(&lines[i], "basics.location");
            }
            None => out.push(i),
        }
    }
    out
}

/// A line that is a place and nothing else: one the lists know, a town and its region,
/// or (`lone`) a town alone.
fn own_place(text: &str, lone: bool, name: Option<&str>) -> Option<Location> {
    if let Some(loc) = location(text) {
        let known = is_location(text) || loc.region.is_some() || loc.postal_code.is_some();
        if known && !text.contains('@') {
            return Some(loc);
        }
    }
    beside_contacts(text, true, name)
        .filter(|(l, alone)| !alone || lone || l.region.is_some())
        .map(|(l, _)| l)
}
