//! Headings the vocabulary doesn't know ("[ MILITARY SERVICE ]", "PATENTS FILED:",
//! "SELF STUDY"), recognised by how they look next to the headings it does know.
//!
//! Such a heading must still end the section before it, or its lines are read as more
//! jobs or skills. The test is strict, because company names and job titles are also
//! short capitalised lines: the line has to be bracketed, or end with a colon, or be
//! written in capitals in a document whose known headings are capitals too — and never
//! hold a date, a job title, an organisation or a place. What the section holds is kept
//! aside (`meta`), not guessed.
//!
//! The never-conditions (a date, a title, an organisation, a place, a sentence) are
//! gates; what makes the line look like a heading (bracketed, a colon after a blank
//! line, capitals alone) is given as cues for the classifier's `SectionHeading`
//! decision, which `sections::split` asks.

use super::classify::{Cue, Cues};
use super::dates::find_dates;
use super::lines::is_all_caps;
use super::normalise::Line;
use super::places::is_location;
use super::titles::ends_with_title;
use super::vocab;

/// Fewest known headings that must share a markup level before that level is trusted.
const MIN_KNOWN: usize = 3;
/// Most words of a declared heading: longer, it is an entry's title.
const MAX_DECLARED_WORDS: usize = 8;

/// How a document writes its known headings.
#[derive(Debug, Clone, Copy, Default)]
pub struct HeadingLook {
    /// Most known headings are in capitals.
    pub caps: bool,
    /// The markup heading level (`#` count) the known headings share, when they do.
    pub level: Option<u8>,
}

impl HeadingLook {
    /// Learnt from the lines the vocabulary recognised as headings.
    pub fn of(lines: &[Line], headings: &[usize]) -> HeadingLook {
        let caps = headings
            .iter()
            .filter(|&&i| is_all_caps(bare(&lines[i].plain)))
            .count();
        // The level of the document's sections: a document that marks its sections up
        // ("#", "\section") marks all of them, the top ones at the shallowest level
        // (sub-sections, "\subsection", "##", sit deeper).
        let levels: Vec<u8> = headings.iter().map(|&i| lines[i].heading).collect();
        // A known word on an unmarked line ("Bourses" as a list label) says nothing of it.
        let top = levels.iter().copied().filter(|&l| l > 0).min().unwrap_or(0);
        let level =
            Some(top).filter(|&l| l > 0 && levels.iter().filter(|&&x| x == l).count() >= MIN_KNOWN);
        HeadingLook {
            caps: headings.len() >= 2 && caps * 3 >= headings.len() * 2,
            level,
        }
    }

    /// Whether line `i` is marked up as a heading at the level of the known ones, and
    /// reads as one (no date, job title or sentence in it).
    pub fn declared_heading(self, lines: &[Line], i: usize) -> bool {
        let line = &lines[i];
        let text = line.plain.trim();
        self.level.is_some_and(|l| line.heading == l)
            && !text.is_empty()
            && text.split_whitespace().count() <= MAX_DECLARED_WORDS
            // An entry set at the same level ("### Baker, Crumb & Co, Lyon") joins
            // its pieces with separators; a heading names one thing.
            && !text.contains([',', '|', '–', '—', '@', '·', '•'])
            && !text.contains(" - ")
            && find_dates(text).is_empty()
            && !ends_with_title(text)
            && !text.ends_with('.')
    }

    /// Whether line `i` looks like a heading the vocabulary doesn't know.
    #[cfg(test)]
    pub fn unknown_heading(self, lines: &[Line], i: usize) -> bool {
        self.unknown_cues(lines, i) != Cues::default()
    }

    /// How line `i` looks like a heading the vocabulary doesn't know, for the
    /// classifier's `SectionHeading` decision: none of the cues when it can't be one.
    pub fn unknown_cues(self, lines: &[Line], i: usize) -> Cues {
        let line = &lines[i];
        let text = line.plain.trim();
        // Cheap tests first: this runs for most lines of a résumé.
        if line.bullet.is_some()
            || text.len() > 48
            || line.continued
            || !text.starts_with(|c: char| c.is_uppercase() || matches!(c, '[' | '【'))
            || text
                .chars()
                .filter(|c| c.is_alphabetic())
                .any(char::is_lowercase)
        {
            return Cues::default();
        }
        let bracketed = bracketed(text).is_some();
        let inner = bare(text);
        let words: Vec<&str> = inner.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 4
            || inner.contains([',', '|', '@', '·', '•', '(', '/'])
            || inner.chars().any(|c| c.is_ascii_digit())
            || !is_all_caps(inner)
            || !find_dates(inner).is_empty()
        {
            return Cues::default();
        }
        let proper = words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            vocab::is_title_head(&w)
                || vocab::is_org_suffix(&w)
                || vocab::is_institution_word(&w)
                || vocab::is_country(&w)
                || vocab::is_city(&w)
                || vocab::is_state(&w)
        });
        if proper || words.iter().any(|w| entry_label(w)) {
            return Cues::default();
        }
        let colon = text.ends_with(':') && !text.ends_with("::");
        // A capitals line standing alone: a blank line above, and below it no entry's
        // date, title or place in the three lines of its block (a company name in capitals has
        // them: "NORTHWIND TRADERS" / "Senior Analyst" / "Jan 2019 – Present").
        let block = lines
            .iter()
            .skip(i + 1)
            .take(3)
            .enumerate()
            .take_while(|(k, n)| *k == 0 || !n.blank_before);
        let entry_below = block.into_iter().any(|(k, n)| {
            let t: &str = &n.plain;
            !find_dates(t).is_empty()
                || k == 0 && (ends_with_title(t) || is_location(t) || t.contains(" | "))
        });
        let alone = self.caps && line.blank_before && !entry_below && words.len() <= 3;
        Cues::of(&[
            (Cue::Bracketed, bracketed),
            (Cue::ColonAfterBlank, colon && line.blank_before),
            (Cue::CapsAloneLikeKnown, alone),
        ])
    }
}

/// Words of the labels inside an entry ("KEY RESPONSIBILITIES:", "CLIENTS:").
/// Whether line `i` is set as an earlier line of the section (`heading`, `section`) is
/// where that section's own heading is marked up at a level: bold alone, at no level,
/// capitals or not alike, a few words. Such lines head the section's entries.
pub fn like_entry_heads(
    lines: &[Line],
    heading: Option<usize>,
    section: &[usize],
    i: usize,
) -> bool {
    let look = |l: &Line| {
        (l.bold
            && l.heading == 0
            && l.bullet.is_none()
            && l.plain.split_whitespace().count() <= MAX_DECLARED_WORDS)
            .then(|| is_all_caps(&l.plain))
    };
    let Some(caps) = look(&lines[i]) else {
        return false;
    };
    heading.is_some_and(|h| lines[h].heading > 0)
        && section
            .iter()
            .any(|&j| j < i && look(&lines[j]) == Some(caps))
}

fn entry_label(w: &str) -> bool {
    let w = w.to_lowercase();
    [
        "responsibilit",
        "dut",
        "task",
        "role",
        "environment",
        "contribution",
        "result",
        "impact",
        "scope",
        "client",
        "description",
        "deliverable",
        "team",
        "technolog",
    ]
    .iter()
    .any(|stem| w.starts_with(stem))
}

/// `[ AWARDS ]`, `【AWARDS】` → "AWARDS".
fn bracketed(t: &str) -> Option<&str> {
    let t = t.trim();
    t.strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| t.strip_prefix('【').and_then(|r| r.strip_suffix('】')))
        .map(str::trim)
}

/// The heading's words without brackets or a trailing colon.
fn bare(t: &str) -> &str {
    let t = t.trim();
    bracketed(t).unwrap_or(t).trim_end_matches(':').trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise::Document;

    fn unknown(text: &str, caps: bool) -> Vec<String> {
        let doc = Document::new(text);
        let look = HeadingLook { caps, level: None };
        (0..doc.lines.len())
            .filter(|&i| look.unknown_heading(&doc.lines, i))
            .map(|i| doc.lines[i].plain.clone())
            .collect()
    }

    #[test]
    fn looks_of_unknown_headings() {
        let text = "Cook\n\n[ MILITARY SERVICE ]\nConscript\n\nPATENTS FILED:\nA thing\n\nKEY RESPONSIBILITIES:\nCooking\n\nSELF STUDY\nRead books\n\nACME CORP\nBaker, 2019 – 2020\n\nSTARLIGHT DINER\nJan 2019 – Mar 2020\n\nNORTHWIND TRADERS\nSenior Analyst\nLeeds\n- Did sums.\n\nHEAD CHEF\nFry things";
        assert_eq!(
            unknown(text, true),
            ["[ MILITARY SERVICE ]", "PATENTS FILED:", "SELF STUDY"]
        );
        // Without capital headings elsewhere a capitals line alone proves nothing.
        assert_eq!(
            unknown(text, false),
            ["[ MILITARY SERVICE ]", "PATENTS FILED:"]
        );
    }
}
