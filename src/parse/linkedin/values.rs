//! The export's cell values that are more than text: dates, and list fields.
//!
//! Takes one cell; gives a date in the ISO form JSON Resume uses, or the items of a
//! list field (`[PERSONAL:https://…,BLOG:https://…]`) with their labels. Month names
//! are the text reader's (`dates`), so they are known in one place.
//!
//! It does not know which column a cell is from: that is `map`'s job.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::text::dates::find_dates;

/// A list field: `[LABEL:value,value]` or one bare value. A label is a capitalised
/// word before a colon (`PERSONAL:`), never a URL's scheme (`https:`).
pub fn list(raw: &str) -> Vec<(Option<String>, String)> {
    let inner = raw.trim();
    let inner = (inner.strip_prefix('[').and_then(|s| s.strip_suffix(']'))).unwrap_or(inner);
    inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| match item.split_once(':') {
            Some((label, value))
                if !label.is_empty()
                    && label.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                    && !value.trim().is_empty() =>
            {
                (Some(label.to_string()), value.trim().to_string())
            }
            _ => (None, item.to_string()),
        })
        .collect()
}

pub fn capitalised(label: &str) -> String {
    let lower = label.replace('_', " ").to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// "Mar 3, 2021" and "3 Mar 2021": the month and year, and the day apart.
static WITH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<m1>\p{L}+\.?)\s+(?P<d1>\d{1,2}),?\s+|(?P<d2>\d{1,2})\s+(?P<m2>\p{L}+\.?)\s+)(?P<y>\d{4})$")
        .unwrap()
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$").unwrap());

/// A date as JSON Resume writes it (`2020-01`, `2020`, `2021-03-03`); one not read
/// as a date is kept as written, so nothing the person entered is lost.
pub fn date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    Some(iso(raw).unwrap_or_else(|| raw.to_string()))
}

fn iso(raw: &str) -> Option<String> {
    if ISO.is_match(raw) {
        return Some(raw.to_string());
    }
    let (month_year, day) = match WITH_DAY.captures(raw) {
        Some(c) => {
            let month = c.name("m1").or(c.name("m2"))?.as_str();
            let day: u8 = c.name("d1").or(c.name("d2"))?.as_str().parse().ok()?;
            (format!("{month} {}", &c["y"]), Some(day))
        }
        None => (raw.to_string(), None),
    };
    let spans = find_dates(&month_year);
    let [span] = spans.as_slice() else {
        return None;
    };
    if span.range || span.span != (0..month_year.len()) || span.end.is_some() {
        return None;
    }
    let ymd = span.start?.date()?;
    Some(match (ymd.month, day) {
        (Some(_), Some(d @ 1..=31)) => format!("{}-{d:02}", ymd.iso()),
        _ => ymd.iso(),
    })
}
