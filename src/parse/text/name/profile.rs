//! A profile export's name block (LinkedIn's PDF and its copies): the name, headline
//! and place that stand after the sidebar, just before the summary.
//!
//! Takes the normalised lines and the index of the first section line; gives the
//! [`NameBlock`] found there and fills `basics` from it. Names anywhere else are
//! `name`'s own job.

use super::super::explain::Recorder;
use super::super::lines::word_count;
use super::super::normalise::Line;
use super::super::places::{is_location, location};
use super::super::titles::ends_with_title;
use super::super::vocab;
use super::{clean_name, is_particle, name_score};
use crate::model::{Basics, Location};

/// The lines of a profile export's name block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameBlock {
    pub name: Option<usize>,
    pub headline: Option<usize>,
    /// The headline's second line, when the export wrapped it.
    pub headline_more: Option<usize>,
    pub place: Option<usize>,
}

impl NameBlock {
    pub fn holds(&self, i: usize) -> bool {
        [self.name, self.headline, self.headline_more, self.place].contains(&Some(i))
    }
}

/// In profile exports (LinkedIn's PDF) the name comes after a sidebar of contacts and
/// skills, just before the summary: a name-shaped line followed by a headline and a
/// place. With no name in the document, a headline alone set apart there is the
/// person's ("Senior Auditor" over "Work Experience").
pub fn profile_export_name(lines: &[Line], before: usize) -> Option<NameBlock> {
    let found = profile_name_lines(lines, before).map(|(n, h, more, p)| NameBlock {
        name: Some(n),
        headline: h,
        headline_more: more,
        place: p,
    });
    found.or_else(|| {
        let i = before.checked_sub(1)?;
        let line = &lines[i];
        let t: &str = &line.plain;
        (line.blank_before
            && line.bullet.is_none()
            && ends_with_title(t)
            && (1..=6).contains(&word_count(t))
            && !t.contains([',', ':', '.']))
        .then_some(NameBlock {
            name: None,
            headline: Some(i),
            headline_more: None,
            place: None,
        })
    })
}

/// The name line, the headline (and its wrapped second line) and the place.
type NameLines = (usize, Option<usize>, Option<usize>, Option<usize>);

fn profile_name_lines(lines: &[Line], before: usize) -> Option<NameLines> {
    let lo = before.saturating_sub(5);
    for i in lo..before {
        let line = &lines[i];
        if name_score(line, false).is_none() || word_count(&line.text) < 2 {
            continue;
        }
        let next: Vec<usize> = (i + 1..before).collect();
        // A name alone, set apart from the sidebar above it: only when no word of it
        // is something else a sidebar holds (a skill, a language, an award, a place).
        if next.is_empty() && line.blank_before && bare_name(&line.plain) {
            return Some((i, None, None, None));
        }
        if next.is_empty() || next.len() > 3 {
            continue;
        }
        let mut headline = None;
        let mut more = None;
        let mut place = None;
        for &j in &next {
            let t: &str = &lines[j].plain;
            if is_location(t) || location(t).is_some() {
                place = Some(j);
            } else if headline.is_none()
                && (ends_with_title(t) || t.contains(" at ") || t.contains(" | "))
            {
                headline = Some(j);
            } else if headline == Some(j - 1) && more.is_none() && place.is_none() {
                // A long headline wrapped onto a second line.
                more = Some(j);
            }
        }
        let all_placed = next
            .iter()
            .all(|j| [headline, more, place].contains(&Some(*j)));
        if (headline.is_some() || place.is_some()) && all_placed {
            return Some((i, headline, more, place));
        }
    }
    None
}

/// Two to four capitalised words, none of them a word résumés use for anything but
/// names: no title, organisation, technology, language, place or award word.
fn bare_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let named = words.iter().filter(|w| !is_particle(w)).count();
    (2..=4).contains(&named)
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            // An initial ("K.") is fine; other words end without punctuation.
            let initial = w.len() == 2 && w.ends_with('.');
            if is_particle(w) {
                return true;
            }
            w.starts_with(char::is_uppercase)
                && (initial || !w.ends_with([',', '.', ':']))
                && !vocab::is_title_word(w)
                && !vocab::is_org_suffix(w)
                && !vocab::is_institution_word(w)
                && !vocab::is_tech(w)
                && !vocab::is_spoken_language(w)
                && !vocab::is_country(w)
                && !vocab::is_city(w)
                && !vocab::is_state(w)
                && !vocab::is_award_word(&lower)
        })
}

/// Fills basics from a profile-export name block.
pub fn apply_profile_name(
    lines: &[Line],
    found: NameBlock,
    basics: &mut Basics,
    rec: &mut Recorder,
) {
    let NameBlock {
        name,
        headline: h,
        headline_more,
        place: p,
    } = found;
    if let Some(n) = name {
        basics.name = Some(clean_name(&lines[n]));
        rec.note(&lines[n], "basics.name");
    }
    if let Some(h) = h {
        let mut label = lines[h].plain.clone();
        if let Some(m) = headline_more {
            label.push(' ');
            label.push_str(&lines[m].plain);
            rec.note(&lines[m], "basics.label (continued)");
        }
        basics.label = Some(label);
        rec.note(&lines[h], "basics.label");
    }
    if let Some(p) = p {
        if basics.location.is_none() {
            let t: &str = &lines[p].plain;
            let t = metro_area_city(t).unwrap_or(t);
            basics.location = location(t).or_else(|| {
                Some(Location {
                    city: Some(t.split(',').next().unwrap_or(t).trim().to_string()),
                    ..Location::default()
                })
            });
            rec.note(&lines[p], "basics.location");
        }
    }
}

/// The city a profile export's metropolitan area is named after: such exports give
/// the place as "Greater Lyon Area" or "Lyon Metropolitan Area".
pub(super) fn metro_area_city(t: &str) -> Option<&str> {
    let area = t.trim().strip_suffix(" Area")?;
    let metro = area.strip_suffix(" Metropolitan");
    let greater = metro.unwrap_or(area).strip_prefix("Greater ");
    if metro.is_none() && greater.is_none() {
        return None;
    }
    Some(greater.or(metro).unwrap_or(area).trim()).filter(|c| !c.is_empty())
}
