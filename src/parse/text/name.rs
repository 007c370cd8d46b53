//! The person's name: which of the first lines (or, in a profile export, the line
//! above the headline) is a name, and how a human would write it ("WENDY ÅSTRÖM" →
//! "Wendy Åström", credentials after a comma dropped).

use super::lexicon::{NAME_LABELS, PERSONAL_DETAIL_LABELS, PLACE_LABELS};
use super::lines::{is_all_caps, segments, word_count};
use super::normalise::Line;
use super::places::is_location;
use super::sections::{heading_kind, kind_named};
use super::titles::ends_with_title;
use super::vocab;

/// "NADIA FERREIRA" → "Nadia Ferreira", "JEAN-LUC O'NEIL" → "Jean-Luc O'Neil".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        // Name particles stay lower case inside a name ("María de la Cruz").
        if k > 0
            && matches!(
                lower.as_str(),
                "de" | "la"
                    | "del"
                    | "van"
                    | "von"
                    | "der"
                    | "da"
                    | "dos"
                    | "du"
                    | "le"
                    | "di"
                    | "bin"
                    | "binti"
            )
        {
            out.push_str(&lower);
            continue;
        }
        let mut start = true;
        for c in word.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphabetic();
        }
    }
    out
}

/// How much a line looks like the person's name (None: not at all).
pub fn name_score(line: &Line, first: bool) -> Option<i32> {
    let text: &str = &line.plain;
    let seg = name_part(text);
    let words: Vec<&str> = seg.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || seg
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | ':' | '/' | '(' | '!' | '?' | ','))
        || heading_kind(line).is_some()
        || is_location(&seg)
        || line.bullet.is_some()
    {
        return None;
    }
    let caps = is_all_caps(&seg);
    // Many common surnames are trades ("Koch", "Baker"): a title word last is a surname
    // on the first line of the header, when no word before it is a title word.
    let trade_surname = first
        && words.len() >= 2
        && !words[..words.len() - 1]
            .iter()
            .any(|w| vocab::is_title_word(w) || vocab::is_title_head(w));
    for (k, w) in words.iter().enumerate() {
        let w = &w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '(' | ')'));
        let Some(c) = w.chars().next() else { continue };
        let particle = is_particle(w);
        let surname = trade_surname && k == words.len() - 1;
        if !(c.is_uppercase() || particle) || (!caps && !surname && vocab::is_title_head(w)) {
            return None;
        }
        if vocab::is_org_suffix(w) && !caps || vocab::is_institution_word(w) {
            return None;
        }
    }
    let mut score = 0;
    score += match line.heading {
        1 => 3,
        0 => 0,
        _ => 1,
    };
    score += if first { 2 } else { 0 };
    score += i32::from(caps) + i32::from(line.bold);
    score += match words.len() {
        2 | 3 => 2,
        4 => 1,
        _ => 0,
    };
    Some(score)
}

/// The name as a human would write it.
pub fn clean_name(line: &Line) -> String {
    let text: &str = &line.plain;
    let seg = name_part(text);
    if is_all_caps(&seg) {
        title_case(&seg)
    } else {
        seg
    }
}

/// A name set one word to a line ("ANA" over "TIDE", "Ana" over "Tide"), as designed
/// templates stack a large name: the next line's word when this line is one word set
/// like the next (both in capitals, or both capitalised), and both could be a name.
pub fn stacked_surname(line: &Line, next: &Line) -> Option<String> {
    // A word and a colon ("Name:"), or a word the lexicon knows as the label of a
    // personal detail, labels a form's field (set in a column of its own, its colon
    // may be gone).
    let one_word = |l: &Line| {
        let seg = name_part(&l.plain);
        let lower = seg.to_lowercase();
        let label = l.text.trim_end().ends_with(':')
            || [NAME_LABELS, PLACE_LABELS, PERSONAL_DETAIL_LABELS]
                .iter()
                .any(|labels| labels.contains(&lower.as_str()));
        (word_count(&seg) == 1 && seg.chars().count() > 1 && !label).then_some(seg)
    };
    let (given, surname) = (one_word(line)?, one_word(next)?);
    if is_all_caps(&given) != is_all_caps(&surname) {
        return None;
    }
    name_score(line, false)?;
    name_score(next, false)?;
    Some(if is_all_caps(&surname) {
        title_case(&surname)
    } else {
        surname
    })
}

/// What a name stacked over two lines adds to its first line's score: the score of a
/// name of two words, which is what it is.
pub const STACKED_NAME_BONUS: i32 = 2;

/// The name without what follows it on its line: a headline after a separator, or
/// credentials after a comma ("JANE DOE, RN, BSN").
fn name_part(text: &str) -> String {
    // The header's first lines are asked for their name part by each test of a name.
    thread_local!(static READ: super::memo::Table<String, String> = Default::default());
    super::memo::remembered_text(&READ, text, read_name_part)
}

/// [`name_part`], read anew.
fn read_name_part(text: &str) -> String {
    // "Ana Tide ✨", "👋 Ana Tide": an emoji beside the name decorates it.
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_pictograph(c));
    // "Hi, I'm Ana Tide": a profile README's greeting before the name.
    let text = without_greeting(text);
    let segs = segments(text);
    // In a label/value table the first cell labels the row ("Name", or a section's
    // heading set in the label column, as Europass CVs set theirs): the name is the value.
    let labels_row = |s: &str| {
        let label = s.trim_end_matches([':', '：']).trim().to_lowercase();
        NAME_LABELS.contains(&label.as_str()) || kind_named(s).is_some()
    };
    let skip = usize::from(segs.len() > 1 && labels_row(&segs[0]));
    let mut seg = segs.into_iter().nth(skip).unwrap_or_default();
    // Pronouns after the name: "Sam Rivera (they/them)".
    if let Some(open) = seg.rfind(" (") {
        let inner = seg[open + 2..].trim_end_matches(')').to_lowercase();
        let pronouns = ["she", "he", "they", "her", "him", "them", "xe", "ze"];
        if seg.ends_with(')') && inner.split('/').all(|p| pronouns.contains(&p.trim())) {
            seg.truncate(open);
        }
    }
    if let Some((name, rest)) = seg.split_once(", ") {
        if rest
            .split(", ")
            .all(|p| is_credential(p) || is_academic_title(p))
        {
            seg = name.trim().to_string();
        }
    }
    let seg = glued_title(&seg).map_or(seg, |(name, _)| name);
    without_prefixes(&without_degrees(&seg))
}

/// The text after a greeting that opens it ("Hi, I'm "), or the text as it is.
fn without_greeting(text: &str) -> &str {
    let lower = text.to_lowercase().replace('’', "'");
    crate::parse::text::lexicon::NAME_GREETINGS
        .iter()
        .find(|g| lower.starts_with(*g))
        // The greeting's letters and apostrophe are one byte each as written straight;
        // a typographic apostrophe is three.
        .and_then(|g| {
            let chars = g.chars().count();
            text.char_indices().nth(chars).map(|(i, _)| &text[i..])
        })
        .map_or(text, str::trim_start)
}

/// An emoji or pictographic symbol (dingbats, the emoji planes, their joiners and
/// presentation selector): decoration, never part of a name.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D)
}

/// Most words of a name before a headline glued to it.
const MAX_GLUED_NAME_WORDS: usize = 3;

/// A name and a headline on one line with no separator ("Ana Tide Data Engineer"), as
/// designed headers set them side by side: the headline starts at the first title
/// word after two name words and runs to a title's head at the end of the line.
pub fn glued_title(seg: &str) -> Option<(String, String)> {
    let words: Vec<&str> = seg.split_whitespace().collect();
    let k = (2..=MAX_GLUED_NAME_WORDS.min(words.len().saturating_sub(1)))
        .find(|&k| vocab::is_title_word(words[k]) || vocab::is_title_head(words[k]))?;
    let title = words[k..].join(" ");
    let name_ok = words[..k].iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && !vocab::is_title_word(w)
            && !vocab::is_title_head(w)
            && !vocab::is_org_suffix(w)
            && !vocab::is_institution_word(w)
    });
    (name_ok && !is_all_caps(seg) && ends_with_title(&title) && word_count(&title) <= 4)
        .then(|| (words[..k].join(" "), title))
}

/// "de", "van", "bin": the small words inside names, also elided or hyphenated onto
/// the next part ("d'Arcy", "al-Rashid").
fn is_particle(w: &str) -> bool {
    let small = |p: &str| {
        matches!(
            p,
            "de" | "da"
                | "van"
                | "von"
                | "der"
                | "den"
                | "del"
                | "della"
                | "la"
                | "le"
                | "bin"
                | "binti"
                | "al"
                | "el"
                | "dos"
                | "das"
                | "di"
                | "du"
                | "ten"
                | "ter"
                | "y"
        )
    };
    if small(w) {
        return true;
    }
    // The part after an elided or hyphenated particle must itself be capitalised.
    let joined = w
        .split_once(['\'', '’'])
        .filter(|(p, _)| matches!(*p, "d" | "l" | "dell"))
        .or_else(|| w.split_once('-').filter(|(p, _)| small(p)));
    joined.is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
}

mod profile;

pub use profile::{apply_profile_name, profile_export_name};

mod letters;

use letters::{is_academic_title, is_credential, without_degrees, without_prefixes};

#[cfg(test)]
mod tests;
