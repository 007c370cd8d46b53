//! One-line-per-item sections: awards and certificates here; publications, interests,
//! references, key achievements and the summary paragraph in [`more`].
//!
//! Each top-level line (or bullet) is an item; a sub-bullet, a line holding only a
//! date, or in a list of awards a line naming who gave one, adds to the item above it. Within an award line the title is the part that
//! reads as one ("2nd Place Bursary", "Dean's List", "Employee of the Year"), the
//! awarder the other part, the date the first date.

use std::sync::LazyLock;

use regex::Regex;

use super::awards::{awarder_lines, date_only, is_placement, marked_title, sentence_title};
use super::dates::{find_dates, is_date_note};
use super::explain::Recorder;
use super::lines::{split_outside_parens, strip_links, trim_piece, urls};
use super::normalise::Line;
use crate::model::{Award, Certificate};

mod more;
use crate::parse::pattern::Pattern;
pub use more::{interests, paragraph, plain_items, publications, references};

pub(super) static AWARD_WORDS: Pattern = Pattern::folded(
    r"(?i)(?-u:\b)(?:awards?|prizes?|scholarships?|medals?|fellowships?|grants?|honou?rs?|honou?rable|list|winners?|won|finalists?|semi-?finalists?|champions?|championship|place|mention|recipient|distinction|cup|trophy|of the year|best|gold|silver|bronze|laureate|nominee|nominated|recognition|\d+(?:st|nd|rd|th))(?-u:\b)",
);
/// "Author A., Author B. (2023). The title. Venue." — the sentence after the year.
static TITLE_AFTER_YEAR: Pattern =
    Pattern::new(r"\((?:19|20)\d{2}[a-z]?\)[.,:]?\s+([^.?!]{8,}[?!]?)");
static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"["“”]([^"“”]{8,})["“”]"#).unwrap());

/// A list item: its first line and the lines that add to it.
struct Item {
    head: usize,
    /// Short lines that finish the head's own text ("Issuer, 2023" under a name).
    attached: Vec<usize>,
    /// Deeper lines: a description of the item.
    more: Vec<usize>,
}

/// How many blank-separated blocks must repeat one shape before that shape is trusted.
const MIN_BLOCKS: usize = 2;

/// Blocks of lines (split at blank lines) that are one item each: when every block
/// of the section holds exactly one dated line, first, and no bullets, the document
/// repeats one shape — a dated first line and the lines that finish it (who gave the
/// award, where) — so each block is one item. The same repetition reads entries (see
/// `entries`). `None` when the section does not repeat so.
fn dated_blocks(lines: &[Line], idxs: &[usize]) -> Option<Vec<bool>> {
    let mut starts = vec![false; idxs.len()];
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for (k, &i) in idxs.iter().enumerate() {
        if k == 0 || lines[i].blank_before {
            starts[k] = true;
            blocks.push((k, k + 1));
        } else if let Some(b) = blocks.last_mut() {
            b.1 = k + 1;
        }
    }
    let one_shape = blocks.len() >= MIN_BLOCKS
        && blocks.iter().any(|&(a, b)| b - a > 1)
        && blocks.iter().all(|&(a, b)| {
            let dated = |k: usize| !find_dates(&lines[idxs[k]].plain).is_empty();
            dated(a)
                && (a + 1..b).all(|k| !dated(k))
                && (a..b).all(|k| lines[idxs[k]].bullet.is_none())
        });
    one_shape.then_some(starts)
}

/// Groups lines into items: top-level lines start one; deeper bullets, wrapped
/// prose and date-only lines add to the one above; in a section of dated blocks
/// ([`dated_blocks`]) each block is one item.
fn items(lines: &[Line], idxs: &[usize]) -> Vec<Item> {
    let blocks = dated_blocks(lines, idxs);
    let awarders = awarder_lines(lines, idxs);
    let top = idxs
        .iter()
        .filter_map(|&i| lines[i].bullet)
        .min()
        .unwrap_or(0);
    let mut out: Vec<Item> = Vec::new();
    for (k, &i) in idxs.iter().enumerate() {
        let line = &lines[i];
        if let Some(starts) = &blocks {
            match out.last_mut() {
                Some(item) if !starts[k] => item.attached.push(i),
                _ => out.push(Item {
                    head: i,
                    attached: Vec::new(),
                    more: Vec::new(),
                }),
            }
            continue;
        }
        let t: &str = &line.plain;
        let deeper = line.bullet.is_some_and(|d| d > top);
        let dates = find_dates(t);
        let date_only = date_only(t) || awarders[k];
        // "Issuer, 2023" right under an undated item finishes it.
        let finishes = |item: &Item| {
            // "Excellence Award\nBest Hack — 2019" are two awards, not one and its giver.
            let two_awards =
                AWARD_WORDS.is_match(t) && AWARD_WORDS.is_match(&lines[item.head].plain);
            !line.blank_before
                && !two_awards
                && line.bullet.is_none()
                && !dates.is_empty()
                && super::lines::word_count(t) <= 6
                && item.attached.is_empty()
                && find_dates(&lines[item.head].plain).is_empty()
        };
        // The line above broke off mid-phrase: this one finishes it.
        let wraps = |item: &Item| {
            item.more.is_empty()
                && !line.blank_before
                && line.bullet.is_none()
                && runs_on(&lines[*item.attached.last().unwrap_or(&item.head)].plain)
        };
        match out.last_mut() {
            Some(item) if date_only || finishes(item) || issuer_line(t) || wraps(item) => {
                item.attached.push(i)
            }
            Some(item) if deeper => item.more.push(i),
            _ => out.push(Item {
                head: i,
                attached: Vec::new(),
                more: Vec::new(),
            }),
        }
    }
    out
}

/// "Issued by National Guild · Mar 2019", "Credential ID 4F2-91": the lines a profile
/// export writes under an award or certificate.
fn issuer_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    ISSUER_PREFIXES.iter().any(|p| lower.starts_with(p)) || lower.starts_with("credential id")
}

const ISSUER_PREFIXES: &[&str] = &[
    "issued by ",
    "awarded by ",
    "conferred by ",
    "granted by ",
    "presented by ",
    "issuer: ",
    "issuing organization: ",
    "issuing organisation: ",
];

/// The item's own text: its first line and the short lines that finish it, a line
/// that broke off mid-phrase joined to the next as one.
fn item_text(lines: &[Line], item: &Item) -> String {
    let mut t = lines[item.head].plain.clone();
    for &i in &item.attached {
        t.push_str(if runs_on(&t) { " " } else { ", " });
        t.push_str(&lines[i].plain);
    }
    t
}

/// A line that breaks off mid-phrase: on a comma, an open bracket, or a word that
/// joins to what follows ("… in Ecology and"). A layout's line break, not an item's end.
fn runs_on(t: &str) -> bool {
    let mut t = t.trim_end();
    // A date a table's row set after the text ("…,   Dec 2022") is the row's, not the
    // phrase's.
    if let Some(d) = find_dates(t)
        .last()
        .filter(|d| d.span.end == t.len() && t[..d.span.start].ends_with("  "))
    {
        t = t[..d.span.start].trim_end();
    }
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    t.ends_with(',')
        || t.matches('(').count() > t.matches(')').count()
        || crate::parse::text::lexicon::CONJUNCTIONS.contains(&last.as_str())
        || ["of", "for", "in", "the", "to"].contains(&last.as_str())
}

fn first_date(lines: &[Line], item: &Item) -> Option<String> {
    std::iter::once(item.head)
        .chain(item.attached.iter().copied())
        .chain(item.more.iter().copied())
        .find_map(|i| find_dates(&lines[i].plain).first().and_then(|d| d.first()))
        .map(|d| d.iso())
}

fn without_dates(s: &str) -> String {
    let mut out = s.to_string();
    let dates = find_dates(s);
    // "2022   Best Poster at Kelda Summit 2022": a date leading the line is the item's;
    // a year later on is part of the name it follows.
    let leading = dates
        .first()
        .filter(|d| !s[..d.span.start].contains(char::is_alphanumeric));
    for d in leading
        .into_iter()
        .chain(dates.iter().rev().filter(|_| leading.is_none()))
    {
        out.replace_range(d.span.clone(), " , ");
    }
    // "(2018)" and "(2020–2024)" leave empty brackets behind.
    for empty in ["( , )", "(, )", "( ,)", "()"] {
        out = out.replace(empty, " , ");
    }
    out
}

fn parts(s: &str) -> Vec<String> {
    let s = super::lines::without_empty_brackets(s);
    // Fields set apart by bars (a table's cells) keep their commas: a writer who
    // separates fields with bars uses commas inside them.
    let cells = split_outside_parens(&s, &[" | "]);
    let named = cells.iter().filter(|p| p.chars().any(char::is_alphabetic));
    let seps: &[&str] = if named.count() >= 2 {
        &[" | "]
    } else {
        // A spaced hyphen sets an awarder or issuer apart as a dash does ("OeaD award -
        // Austrian Scholarship Foundation").
        &[", ", " | ", " – ", " — ", " - ", " • ", " · ", "; "]
    };
    split_outside_parens(&s, seps)
        .into_iter()
        .filter(|p| !p.trim().to_lowercase().starts_with("credential id"))
        .map(|p| {
            let p = trim_piece(p);
            let lower = p.to_lowercase();
            match ISSUER_PREFIXES.iter().find(|x| lower.starts_with(*x)) {
                Some(x) => p[x.len()..].trim().to_string(),
                None => p.to_string(),
            }
        })
        // "($450,000)" and other bare amounts are not names.
        .filter(|p| p.chars().any(char::is_alphabetic))
        // "renewed" of "renewed 2024": the date's note, not an issuer or awarder.
        .filter(|p| !is_date_note(p))
        .collect()
}

fn summary(lines: &[Line], item: &Item) -> Option<String> {
    let t: Vec<String> = item
        .more
        .iter()
        .map(|&i| lines[i].plain.clone())
        .filter(|t| {
            let d = find_dates(t);
            d.is_empty() || t.len() > d[0].span.len() + 3
        })
        .collect();
    (!t.is_empty()).then(|| t.join(" "))
}

fn note_item(rec: &mut Recorder, lines: &[Line], item: &Item, role: &str) {
    rec.note(&lines[item.head], role);
    for &i in item.attached.iter().chain(&item.more) {
        rec.note(&lines[i], role);
    }
}

/// Whether a list (an "Achievements" section) names prizes: every item short, dated and
/// worded as an award ("Gold Medal in Desserts – Cape Showcase, 2017").
/// Returns the lines of the prizes when most items are, and the lines of the rest.
pub fn award_list(lines: &[Line], idxs: &[usize]) -> Option<(Vec<usize>, Vec<usize>)> {
    let items = items(lines, idxs);
    let (prizes, rest): (Vec<&Item>, Vec<&Item>) = items.iter().partition(|item| {
        let t = item_text(lines, item);
        super::lines::word_count(&t) <= 16
            && !t.ends_with('.')
            && !find_dates(&t).is_empty()
            && (AWARD_WORDS.is_match(&t) || t.split([' ', ',']).any(is_placement))
    });
    let lines_of = |v: &[&Item]| -> Vec<usize> {
        let mut out: Vec<usize> = v
            .iter()
            .flat_map(|i| {
                std::iter::once(i.head)
                    .chain(i.attached.clone())
                    .chain(i.more.clone())
            })
            .collect();
        out.sort_unstable();
        out
    };
    (prizes.len() >= 2 && prizes.len() > rest.len()).then(|| (lines_of(&prizes), lines_of(&rest)))
}

/// Reads an awards section.
pub fn awards(lines: &[Line], idxs: &[usize], out: &mut Vec<Award>, rec: &mut Recorder) {
    for item in items(lines, idxs) {
        let text = item_text(lines, &item);
        // "I hereby certify that the above is true.": the closing declaration.
        if is_declaration(&text) {
            note_item(rec, lines, &item, "ignored: a sentence, not an award");
            continue;
        }
        let p = parts(&strip_links(&without_dates(&text)));
        if p.is_empty() {
            continue;
        }
        // "Awarded the Kelda Medal for …": a sentence, its commas and dashes no marks
        // between a title and who gave it; the line is the title.
        if let Some(title) = sentence_title(&strip_links(&without_dates(&text))) {
            note_item(rec, lines, &item, &format!("awards[{}]", out.len()));
            out.push(Award {
                title: Some(title),
                date: first_date(lines, &item),
                summary: summary(lines, &item),
                ..Award::default()
            });
            continue;
        }
        let (title, awarder) = marked_title(&lines[item.head].text, p);
        note_item(rec, lines, &item, &format!("awards[{}]", out.len()));
        out.push(Award {
            title: Some(title),
            date: first_date(lines, &item),
            awarder,
            summary: summary(lines, &item),
            ..Award::default()
        });
    }
}

/// The declaration that closes some CVs ("I hereby declare that the above particulars
/// are true and correct").
fn is_declaration(text: &str) -> bool {
    let l = text.to_lowercase();
    l.contains("hereby")
        || (l.contains("declare") || l.contains("certify"))
            && (l.contains(" true") || l.contains("correct") || l.contains("best of my"))
}

/// Reads a certificates section.
pub fn certificates(
    lines: &[Line],
    idxs: &[usize],
    out: &mut Vec<Certificate>,
    rec: &mut Recorder,
) {
    for item in items(lines, idxs) {
        let text = item_text(lines, &item);
        let p = parts(&strip_links(&without_dates(&text)));
        if p.is_empty() {
            continue;
        }
        note_item(rec, lines, &item, &format!("certificates[{}]", out.len()));
        // "Solutions Architect – Associate": a level is part of the certificate's name.
        let (name, issuer) = match p.get(1) {
            Some(level) if is_cert_level(level) => {
                (format!("{} – {level}", p[0]), p.get(2).cloned())
            }
            _ => (p[0].clone(), p.get(1).cloned()),
        };
        out.push(Certificate {
            name: Some(name),
            issuer,
            date: first_date(lines, &item),
            url: urls(&lines[item.head].text).into_iter().next(),
            ..Certificate::default()
        });
    }
}

/// "Associate", "Professional", "Level 2": the grade of a certificate, not its issuer.
fn is_cert_level(s: &str) -> bool {
    let l = s.to_lowercase();
    matches!(
        l.as_str(),
        "associate"
            | "professional"
            | "foundation"
            | "foundational"
            | "practitioner"
            | "specialty"
            | "expert"
            | "advanced"
            | "intermediate"
            | "beginner"
            | "fundamentals"
    ) || l
        .strip_prefix("level ")
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests;
