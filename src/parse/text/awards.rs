//! An award line's title and awarder: where the title ends when an award, its
//! category and the awarder share a line ("Gold, Packaging Design – Kelda Awards"), or
//! when a layout's columns ran together ("Best Talk Award Kelda Summit Denver, CO").
//! Which lines of an awards list name an awarder below its title is read here too;
//! grouping a section into items and reading dates is `lists`' job.

use super::dates::find_dates;
use super::header::has_org_word;
use super::lines::word_count;
use super::lists::AWARD_WORDS;
use super::normalise::Line;
use super::places::{is_location, trailing_location};
use super::vocab;

/// Per line of a section, whether it names who gave the award above it. Columns copied
/// out of a PDF set an award's title, its date and its awarder on lines of their own, in
/// either order; where every other line names an award ("3rd Prize Scholarship",
/// "Dean's List") or is a date, a short line naming none right after a title is that
/// title's awarder ("Kelda University"), not an award of its own.
pub(super) fn awarder_lines(lines: &[Line], idxs: &[usize]) -> Vec<bool> {
    let mut out = vec![false; idxs.len()];
    let mut titles = 0;
    // An award title above still waits for its awarder.
    let mut open = false;
    for (k, &i) in idxs.iter().enumerate() {
        let t: &str = &lines[i].plain;
        if date_only(t) {
            continue;
        }
        if AWARD_WORDS.is_match(t) || t.split([' ', ',']).any(is_placement) {
            titles += 1;
            open = true;
        } else if open
            && lines[i].bullet.is_none()
            && word_count(t) <= MAX_AWARDER_WORDS
            && !t.ends_with('.')
            && find_dates(t).is_empty()
        {
            out[k] = true;
            open = false;
        } else {
            return vec![false; idxs.len()];
        }
    }
    if titles < 2 {
        out.fill(false);
    }
    out
}

/// Most words in an awarder's name set on its own line.
const MAX_AWARDER_WORDS: usize = 8;

/// A line holding only dates ("2019", "May 2018 – 2019").
pub(super) fn date_only(t: &str) -> bool {
    let dates = find_dates(t);
    !dates.is_empty()
        && dates
            .iter()
            .fold(t.to_string(), |acc, d| acc.replace(&t[d.span.clone()], ""))
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
}

/// A line that opens with a verb ("Awarded …", "Won …", "Shortlisted for …") is a
/// sentence: the whole of it, cleaned of what dates and links left, is the title.
pub(super) fn sentence_title(text: &str) -> Option<String> {
    let first = text.split_whitespace().next()?.to_lowercase();
    if !crate::parse::text::lexicon::AWARD_VERBS.contains(&first.as_str()) {
        return None;
    }
    let t = crate::parse::text::lines::without_empty_brackets(text);
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let t = t.replace(" ,", "").replace(" .", ".");
    Some(t.trim_end_matches([' ', ',', '.', ';']).to_string())
}

/// An award line's title and awarder from its parts (split at commas and dashes).
pub(super) fn award_title(mut p: Vec<String>) -> (String, Option<String>) {
    // "“Tide Reader,” Kelda Foundation Grant": a quoted name first is the title, the
    // grant or body after it who gave it.
    if let Some((title, by)) = p.first().and_then(|f| quoted_first(f)) {
        let by: Vec<String> = by.into_iter().chain(p[1..].iter().cloned()).collect();
        if !by.is_empty() {
            return (title, Some(by.join(", ")));
        }
    }
    // "Best Talk Award Rocky Mountain SRE Summit Denver, CO" (columns run together):
    // the title ends at its award word, the awarder and its town follow.
    if p.len() <= 2 {
        let whole = p.join(", ");
        if let Some((title, rest)) = award_then_name(&whole) {
            return (title, Some(rest));
        }
    }
    let mut title_at = p
        .iter()
        .position(|x| is_placement(x) || AWARD_WORDS.is_match(x))
        .unwrap_or(0);
    // "Gold, Packaging Design", "Nordic UX Award, Best Health Experience": a placement
    // with its category, an award with the category it was given in.
    if let Some(next) = p.get(title_at + 1).cloned() {
        let head = &p[title_at];
        let category = next.starts_with("Best ") && !has_org_word(&next);
        // "Honorable Mention, Interaction Awards": the awarder, not a category.
        let awarder_like = has_org_word(&next) || AWARD_WORDS.is_match(&next) && !category;
        if is_placement(head) && !awarder_like || category && AWARD_WORDS.is_match(head) {
            p[title_at] = format!("{head}, {next}");
            p.remove(title_at + 1);
        }
    }
    // "Kelda Essay Competition, First Prize": a rank names its contest before it.
    if title_at > 0 && is_rank(&p[title_at]) && !has_org_word(&p[title_at - 1]) {
        p[title_at - 1] = format!("{}, {}", p[title_at - 1], p[title_at]);
        p.remove(title_at);
        title_at -= 1;
    }
    // "Chef of the Year – Runner-up": the placement belongs to the title.
    if let Some(next) = p.get(title_at + 1).filter(|n| is_placement(n)).cloned() {
        p[title_at] = format!("{} – {next}", p[title_at]);
        p.remove(title_at + 1);
    }
    let awarder = p
        .iter()
        .enumerate()
        .find(|(k, _)| *k != title_at)
        .map(|(_, a)| a.clone());
    match quoted_then_awarder(&p[title_at]) {
        Some((title, by)) => (title, awarder.or(Some(by))),
        None => (p[title_at].clone(), awarder),
    }
}

/// An award item's title and awarder: words set in emphasis, where they name the
/// award, are the title; otherwise the parts are read by [`award_title`].
pub(super) fn marked_title(head: &str, p: Vec<String>) -> (String, Option<String>) {
    match emphasised_award(head) {
        // "Northwind Ledger *Craft Award*, 2023": the marked words are the title.
        Some(t) if p.len() == 1 && p[0] != t && p[0].contains(t.as_str()) => {
            let rest = crate::parse::text::lines::trim_piece(&p[0].replacen(t.as_str(), " ", 1))
                .to_string();
            (t, (!rest.is_empty()).then_some(rest))
        }
        // "**Highly Commended, Writer of the Year**, Kelda Press Awards": the marked
        // words hold a comma of their own; they are the title whole.
        Some(t) if t.contains(", ") && p.join(", ").starts_with(t.as_str()) => {
            let rest = p[t.split(", ").count().min(p.len())..].join(", ");
            (t, (!rest.is_empty()).then_some(rest))
        }
        _ => award_title(p),
    }
}

/// "“Tide Reader,” Kelda Grant" → ("Tide Reader", Some("Kelda Grant")): a part opening
/// with a quoted name, and what follows the quote.
fn quoted_first(part: &str) -> Option<(String, Option<String>)> {
    let inner = part.strip_prefix(['“', '"', '«'])?;
    let close = inner.find(['”', '"', '»'])?;
    let title = inner[..close]
        .trim()
        .trim_end_matches(',')
        .trim()
        .to_string();
    let after = inner[close..].chars().skip(1).collect::<String>();
    let after = after.trim_matches([',', ' ']).to_string();
    // "“Best Paper” Award": the quote is part of the award's name.
    let named_on = after
        .split_whitespace()
        .next()
        .is_some_and(|w| AWARD_WORDS.is_match(w) || w.starts_with(char::is_lowercase));
    (!title.is_empty() && !named_on).then(|| (title, (!after.is_empty()).then_some(after)))
}

/// Words that lead from a quoted award's name to who gave it ("… of the French
/// Government", "… from Kelda Trust", "… der Stadt Wien").
const AWARDER_LEADS: &[&str] = &[
    " of ", " from ", " by ", " de ", " du ", " der ", " des ", " di ", " da ",
];

/// "Scholarship “Bourse d’études” of the French Government": the title ends with its
/// quoted name; who gave it follows.
fn quoted_then_awarder(s: &str) -> Option<(String, String)> {
    let close = s.rfind(['”', '»', '"'])?;
    let (title, rest) = s.split_at(close + s[close..].chars().next()?.len_utf8());
    let lead = AWARDER_LEADS.iter().find(|l| rest.starts_with(*l))?;
    let by = rest[lead.len()..].trim();
    let opened = s[..close].contains(['“', '«', '"']);
    (!by.is_empty() && opened).then(|| (title.trim().to_string(), by.to_string()))
}

/// Words set in italics or bold inside an award line that name an award: its title
/// when the rest of the line names who gave it.
pub(super) fn emphasised_award(text: &str) -> Option<String> {
    let (open, mark) = [("**", "**"), ("*", "*"), ("_", "_")]
        .into_iter()
        .find_map(|(m, _)| text.find(m).map(|at| (at + m.len(), m)))?;
    let len = text[open..].find(mark)?;
    let inner = text[open..open + len].trim();
    // A placement set in the emphasis with its category ("**Highly Commended, Writer of
    // the Year**") names the award as much as an award word does.
    let placed = inner.split(", ").any(is_placement);
    ((AWARD_WORDS.is_match(inner) || placed) && !inner.is_empty()).then(|| inner.to_string())
}

/// A rank alone ("First Prize", "2nd Place"): it says how one did in a contest named
/// elsewhere.
fn is_rank(s: &str) -> bool {
    let l = s.to_lowercase();
    let Some((ordinal, noun)) = l.split_once(' ') else {
        return false;
    };
    let ordinal = ["first", "second", "third", "fourth", "fifth"].contains(&ordinal)
        || ["1st", "2nd", "3rd", "4th", "5th"].contains(&ordinal);
    ordinal && ["prize", "place"].contains(&noun)
}

/// A placement standing for the award ("Gold", "Shortlisted", "Runner-up").
pub(super) fn is_placement(s: &str) -> bool {
    [
        "gold",
        "silver",
        "bronze",
        "winner",
        "finalist",
        "shortlisted",
        "runner-up",
        "runner up",
        "highly commended",
        "commended",
        "honourable mention",
        "honorable mention",
        "grand prize",
    ]
    .iter()
    .any(|w| s.eq_ignore_ascii_case(w))
}

/// "Best Talk Award Rocky Mountain Summit Denver, CO" → ("Best Talk Award", "Rocky
/// Mountain Summit"): an award word followed by a capitalised name, the town after it
/// dropped.
fn award_then_name(s: &str) -> Option<(String, String)> {
    let s = match trailing_location(s) {
        Some(at) => s[..at].trim_end().trim_end_matches(','),
        // "… Festival Durban, South Africa": an unknown town, one word before the country.
        None => match s.rsplit_once(", ") {
            Some((head, tail))
                if is_location(tail) && !tail.contains(' ') || vocab::is_country(tail) =>
            {
                head.rsplit_once(' ').map_or(head, |(h, _)| h)
            }
            _ => s,
        },
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    // A word with a comma after it ends a phrase: "Award, Best App" is a title and its
    // category, not an award followed by who gave it.
    let award_noun = |w: &&str| {
        let w = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(
            w.as_str(),
            "award" | "prize" | "medal" | "scholarship" | "fellowship" | "trophy"
        )
    };
    let mut k = words.iter().position(award_noun)?;
    // Award nouns compound ("Prize Scholarship", "Fellowship Award"): the title ends
    // at the last of them, or at one with a comma after it.
    while let Some(next) = words.get(k + 1) {
        match next.strip_suffix(',') {
            Some(bare) if award_noun(&bare) => {
                k += 1;
                break;
            }
            None if award_noun(next) => k += 1,
            _ => break,
        }
    }
    let rest = &words[k + 1..];
    let named = rest.len() >= 2
        && rest
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    named.then(|| {
        (
            words[..=k].join(" ").trim_end_matches(',').to_string(),
            rest.join(" "),
        )
    })
}

#[cfg(test)]
mod tests;
