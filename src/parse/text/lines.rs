//! Features of a line and of the pieces of a line: plain text without inline Markdown,
//! links, prose versus header lines, separators, technology lists. Places are in
//! `places`, job titles in `titles`.
//!
//! These are the measurements the section, entry and field logic score with. Nothing
//! here decides what a line *is* in the résumé; it only describes it.

use std::sync::LazyLock;

use regex::Regex;

use super::normalise::Line;
use super::vocab;

use crate::parse::pattern::Pattern;

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\(([^)\s]*)\)").unwrap());
static STRONG_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|•·▪◦●]\s+|\s[–—]\s|\s{3,}|\s*\|\s*").unwrap());
static DURATION: Pattern = Pattern::new(
    r"(?i)[(·]?\s*(?-u:\b)\d+\s*(?:years?|yrs?|months?|mos?)(?-u:\b)(?:\s*,?\s*\d+\s*(?:months?|mos?)(?-u:\b))?\s*\)?",
);
static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\s*(?:link|code|demo|paper|pdf|slides|video|website|site|repo|github|source|poster|preprint|arxiv|url)\s*\]").unwrap()
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:https?://|www\.))[^\s<>()|,;]+|(?-u:\b)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|ai|co|app|edu|gov|info|xyz|tech|page|site|blog|studio|design|art|photography|works|agency|au|nz|ie|dk|fi|pl|br|mx|sg|hk|za|cz|kr|tw|online|website|pro|codes|uk|de|fr|ca|cn|in|jp|eu|ch|nl|se|pt|es|it|us|example)(?-u:\b)(?:/[^\s<>()|,;]*)?").unwrap()
});

/// Text without inline Markdown emphasis, code marks or link syntax.
pub fn plain(s: &str) -> String {
    if !s.contains(['*', '`', '_', '[']) {
        return s.trim().to_string();
    }
    let s = if s.contains("](") {
        MD_LINK.replace_all(s, "$1").into_owned()
    } else {
        s.to_string()
    };
    let mut out = String::with_capacity(s.len());
    let b: Vec<char> = s.chars().collect();
    for (i, &c) in b.iter().enumerate() {
        match c {
            '*' | '`' => {
                // Keep a lone asterisk inside a word ("*nix", "C*").
                let prev = i.checked_sub(1).map(|j| b[j]);
                let next = b.get(i + 1).copied();
                let emphasis = next == Some('*')
                    || prev == Some('*')
                    || c == '`'
                    || prev.map_or(true, |p| p.is_whitespace())
                        && next.is_some_and(|n| !n.is_whitespace())
                        && b[i + 1..].contains(&'*')
                    || prev.is_some_and(|p| !p.is_whitespace())
                        && next.map_or(true, |n| n.is_whitespace() || n.is_ascii_punctuation())
                        && b[..i].contains(&'*');
                if !emphasis {
                    out.push(c);
                }
            }
            '_' if i + 1 < b.len() && b[i + 1] == '_' || i > 0 && b[i - 1] == '_' => {}
            // "_06/2018 - 02/2022_": italics around words, not the underscore inside
            // a name ("snake_case").
            '_' if {
                let prev = i.checked_sub(1).map(|j| b[j]);
                let next = b.get(i + 1).copied();
                prev.map_or(true, |p| p.is_whitespace() || p == '(')
                    && next.is_some_and(|n| !n.is_whitespace())
                    && b[i + 1..].contains(&'_')
                    || prev.is_some_and(|p| !p.is_whitespace())
                        && next.map_or(true, |n| n.is_whitespace() || n.is_ascii_punctuation())
                        && b[..i].contains(&'_')
            } => {}
            _ => out.push(c),
        }
    }
    out.trim().to_string()
}

/// URLs written in a line, Markdown link targets first.
pub fn urls(s: &str) -> Vec<String> {
    if !might_have_url(s) {
        return Vec::new();
    }
    let mut out: Vec<String> = MD_LINK
        .captures_iter(s)
        .map(|c| c[2].to_string())
        .filter(|u| u.contains('.') && !u.starts_with("mailto:"))
        .collect();
    let bare = MD_LINK.replace_all(s, "$1");
    for m in URL.find_iter(&bare) {
        let u = m.as_str().trim_end_matches(['.', ')']);
        // Skip the domain of an e-mail address and file names.
        if bare[..m.start()].ends_with('@') || bare[m.end()..].starts_with('@') {
            continue;
        }
        if !out.iter().any(|o| o.contains(u)) {
            out.push(u.to_string());
        }
    }
    out
}

/// A dot between letters or a bracket: the cheap test before the URL patterns run.
fn might_have_url(s: &str) -> bool {
    let b = s.as_bytes();
    s.contains('[')
        || b.windows(3)
            .any(|w| w[1] == b'.' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphabetic())
}

/// Removes URLs and link labels ("[Link]") from a line.
pub fn strip_links(s: &str) -> String {
    if !might_have_url(s) {
        return s.to_string();
    }
    let s = MD_LINK.replace_all(s, |c: &regex::Captures| {
        if c[1].trim().is_empty() || LINK_LABEL.is_match(&format!("[{}]", &c[1])) {
            String::new()
        } else {
            c[1].to_string()
        }
    });
    let s = LINK_LABEL.replace_all(&s, "");
    let s = URL.replace_all(&s, "");
    s.into_owned()
}

/// Removes "(2 years 3 months)"-style durations of profile exports.
pub fn strip_durations(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    if !s.bytes().any(|b| b.is_ascii_digit())
        || !(lower.contains("yr") || lower.contains("year") || lower.contains("mo"))
    {
        return s.to_string();
    }
    DURATION.replace_all(s, " ").into_owned()
}

/// A line that is only a duration ("3 years 2 months"), as profile exports write them.
pub fn is_duration_line(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit()) && strip_durations(s).trim().is_empty()
}

/// "Award for success (2011, 2012)" once its dates are out leaves "( , )": brackets
/// that hold no word or number are dropped.
pub fn without_empty_brackets(s: &str) -> String {
    if !s.contains('(') {
        return s.to_string();
    }
    // One pass: a bracket is empty when nothing alphanumeric stands between it and its
    // closing one (nested empty brackets included).
    let mut out = String::with_capacity(s.len());
    let mut open: Vec<(usize, bool)> = Vec::new();
    for c in s.chars() {
        match c {
            '(' => {
                open.push((out.len(), false));
                out.push(c);
            }
            ')' => match open.pop() {
                Some((at, false)) => {
                    out.truncate(at);
                    out.push(' ');
                }
                Some((_, true)) => {
                    if let Some(o) = open.last_mut() {
                        o.1 = true;
                    }
                    out.push(c);
                }
                None => out.push(c),
            },
            _ => {
                // Marked on the innermost bracket; it passes the mark on as it closes.
                if c.is_alphanumeric() {
                    if let Some(o) = open.last_mut() {
                        o.1 = true;
                    }
                }
                out.push(c);
            }
        }
    }
    out
}

/// Splits on strong separators: `|`, `•`, `·`, spaced en/em dashes, wide gaps.
pub fn segments(s: &str) -> Vec<String> {
    if !s.contains(['|', '•', '·', '▪', '◦', '●', '–', '—']) && !s.contains("   ") {
        let t = trim_piece(s);
        return if t.is_empty() {
            Vec::new()
        } else {
            vec![t.to_string()]
        };
    }
    STRONG_SEP
        .split(s)
        .map(trim_piece)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Trims separators and stray punctuation from the ends of a piece.
pub fn trim_piece(s: &str) -> &str {
    let t = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '|' | '•' | '·' | '–' | '—' | '-' | ':' | '/')
    });
    // Unbalanced brackets left over from removed dates: "(2019 - 2020)".
    let t = t.strip_suffix('(').unwrap_or(t);
    let t = t.trim();
    if t.starts_with('(') && !t.contains(')') {
        t[1..].trim()
    } else if t.ends_with(')') && !t.contains('(') {
        t[..t.len() - 1].trim()
    } else if t == "()" {
        ""
    } else {
        t
    }
}

/// Splits on `sep` outside parentheses and brackets.
pub fn split_outside_parens<'a>(s: &'a str, seps: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut last = 0;
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            _ => {}
        }
        let could_start = matches!(bytes[i], b',' | b';' | b' ' | b'|')
            && seps.iter().any(|sep| sep.as_bytes()[0] == bytes[i]);
        if depth == 0 && could_start {
            if let Some(sep) = seps.iter().find(|sep| s[i..].starts_with(**sep)) {
                out.push(&s[last..i]);
                i += sep.len();
                last = i;
                continue;
            }
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push(&s[last..]);
    out
}

pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether a non-bullet line reads as running prose rather than a header.
pub fn is_prose(line: &Line) -> bool {
    let t = &line.text;
    let words = word_count(t);
    let first_lower = t.chars().next().is_some_and(char::is_lowercase);
    let ends = t.ends_with(['.', '!', '?']);
    // A sentence that leads into what follows ("The work covered the following:") ends
    // open, on a colon or a comma.
    // (The tests on the words are made only when the cheap ones leave them to decide.)
    let sentence_end = || ends || t.ends_with([':', ',']) || has_sentence_break(t);
    let a_lower_word = || {
        t.split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !vocab::is_stopword(w))
    };
    // "seit 04/2022   Data Scientist" starts in lower case with a date, not a sentence.
    (first_lower && words >= 5 && super::dates::leading_date(t).is_none())
        // A short full sentence: "Work on the payments team."
        || (ends && words >= 4 && !t.ends_with(" Inc.") && !t.ends_with(" Ltd.") && a_lower_word())
        || words >= 5 && is_sentence_like(t) && (words >= 12 || sentence_end())
        // "Rewrote the checkout copy for the app", "Own the regional budget": a verb
        // first tells work, a sentence though it ends without a stop.
        || words >= 5 && opens_with_verb(t) && is_sentence_like(t)
}

/// Lower-case words (not just "of" and "and"), as sentences have and names, titles and
/// addresses don't.
pub fn is_sentence_like(t: &str) -> bool {
    let words = word_count(t);
    let lower = t
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase) && !vocab::is_stopword(w))
        .count();
    lower * 4 >= words
}

/// A full stop after a lower-case word, followed by more text ("… sound. Made …"),
/// unlike the dots of abbreviations ("M.S. in", "Ltd. Porto").
pub fn has_sentence_break(t: &str) -> bool {
    t.match_indices(". ").any(|(i, _)| {
        let word = t[..i].rsplit(' ').next().unwrap_or("");
        word.len() >= 3 && word.chars().all(|c| c.is_lowercase())
    })
}

/// All letters upper case (at least two of them).
pub fn is_all_caps(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Splits a technology list into its items ("Go, Rust and SQL", "A | B", "A = B > C").
pub fn list_items(s: &str) -> Vec<String> {
    split_outside_parens(
        s,
        &[
            ", ", ",", "; ", ";", " | ", " • ", " · ", " = ", " > ", " < ", " / ",
        ],
    )
    .into_iter()
    .map(|p| {
        let p = trim_piece(p).trim_end_matches('.');
        p.strip_prefix("and ").unwrap_or(p).trim().to_string()
    })
    .filter(|p| !p.is_empty() && p != "etc" && p != "etc.")
    .collect()
}

/// A comma list of short items that reads as technologies or skills, not a sentence.
pub fn is_tech_list(s: &str) -> bool {
    let items = list_items(s);
    if items.len() < 2 {
        return items.len() == 1 && vocab::is_tech(&items[0]);
    }
    // "Continente Hipermercados, S.A., Coimbra": a legal form names a company.
    let legal = |i: &String| {
        super::header::is_legal_form(i) || super::header::is_legal_form(&format!("{i}."))
    };
    if items.iter().any(legal) {
        return false;
    }
    let short = items.iter().filter(|i| word_count(i) <= 3).count();
    let techy = items
        .iter()
        .filter(|i| {
            vocab::is_tech(i)
                || i.split_whitespace().any(vocab::is_tech)
                || i.chars().any(|c| "+#./()".contains(c))
        })
        .count();
    let capital = items
        .iter()
        .filter(|i| {
            i.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    let verbs = items.iter().filter(|i| {
        i.split_whitespace().next().is_some_and(|w| {
            w.ends_with("ed") && w.len() > 4 && w.chars().next().is_some_and(char::is_uppercase)
        })
    });
    !s.trim_end().ends_with('.')
        && verbs.count() == 0
        && short * 4 >= items.len() * 3
        && (techy * 3 >= items.len() || (capital == items.len() && items.len() >= 3))
}

/// Labels that introduce a technology list ("Technologies: …").
pub fn tech_label(s: &str) -> Option<&str> {
    let (label, rest) = s.split_once(':')?;
    let l = label.trim().to_lowercase();
    let known = [
        "technologies",
        "technology",
        "tech",
        "tech stack",
        "stack",
        "tools",
        "tools used",
        "environment",
        "built with",
        "skills",
        "skills used",
        "languages",
        "keywords",
        "frameworks",
        "technologies used",
    ];
    known.contains(&l.as_str()).then_some(rest.trim())
}

mod case;
mod told;
pub use case::is_title_case;
pub use told::{opens_with_past_verb, opens_with_verb};

#[cfg(test)]
mod tests;
