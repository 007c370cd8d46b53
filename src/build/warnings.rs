//! The parser's warnings as `vitae check` prints them, without the ones a person's
//! overrides have settled: "no name found" once `overrides.yaml` gives `basics.name`,
//! "entry without dates" once the overrides date that entry, hide it, or replace its
//! list. What is left is what still needs a look.
//!
//! To know which merged entry came from which parsed one, each warned entry is tagged
//! with its index (a private `x-` key) before the overrides are applied, and looked
//! for afterwards; entries are found by identity when merging, so they may move or be
//! renamed. Takes a person's source; writes nothing.

use serde_json::Value;

use crate::merge::Overrides;
use crate::model::Resume;
use crate::parse::{read_docx, read_text, ResumeParser, SourceFormat, Warning};
use crate::site::PersonSource;

/// The tag a warned entry carries through the merge (never published: the tagged
/// résumé is thrown away).
const TAG: &str = "x-vitae-warned-entry";

/// The parser's warnings for `person`'s read source (text, or a DOCX by paragraph:
/// `file: ¶12: message`), as `file:line: message` lines, less those the overrides
/// settled. JSON and YAML sources have none.
pub fn parser_warnings(person: &PersonSource, parser: &ResumeParser) -> Vec<String> {
    let (parsed, warnings, unit) = match SourceFormat::from_path(&person.source) {
        Some(SourceFormat::Text(markup)) => match read_text(&person.source) {
            Ok(text) => {
                let (parsed, warnings) = parser.parse_with_warnings_as(&text, markup);
                (parsed, warnings, ":")
            }
            Err(_) => return Vec::new(),
        },
        Some(SourceFormat::Docx) => match read_docx(&person.source) {
            Ok(doc) => {
                let (parsed, warnings) = parser.parse_with_warnings_converted(&doc);
                (parsed, warnings, ": ¶")
            }
            Err(_) => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let merged = merged_with_tags(person, parsed, &warnings);
    warnings
        .into_iter()
        .filter(|w| !settled(w, merged.as_ref()))
        .map(|w| match w.line {
            Some(l) => format!("{}{unit}{l}: {}", person.source.display(), w.message),
            None => format!("{}: {}", person.source.display(), w.message),
        })
        .collect()
}

/// The résumé with the overrides applied, warned entries tagged; `None` without
/// overrides (or when they don't apply: their errors are reported elsewhere).
fn merged_with_tags(person: &PersonSource, parsed: Resume, warnings: &[Warning]) -> Option<Value> {
    let path = person.overrides.as_ref()?;
    let overrides = Overrides::parse(path, &read_text(path).ok()?).ok()?;
    let mut doc = serde_json::to_value(&parsed).ok()?;
    for w in warnings {
        if let Some((section, n)) = w.field.as_deref().and_then(entry_of) {
            if let Some(Value::Object(entry)) = doc.get_mut(section).and_then(|s| s.get_mut(n)) {
                entry.insert(TAG.into(), Value::from(n));
            }
        }
    }
    let tagged: Resume = serde_json::from_value(doc).ok()?;
    serde_json::to_value(overrides.apply(tagged).ok()?).ok()
}

/// `work[2]` → (`work`, 2).
fn entry_of(field: &str) -> Option<(&str, usize)> {
    let (section, rest) = field.split_once('[')?;
    Some((section, rest.strip_suffix(']')?.parse().ok()?))
}

/// Whether the merged résumé settles warning `w`.
fn settled(w: &Warning, merged: Option<&Value>) -> bool {
    let (Some(field), Some(merged)) = (w.field.as_deref(), merged) else {
        return false;
    };
    let given = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty())
    };
    if field == "basics.name" {
        return given(merged.pointer("/basics/name"));
    }
    let Some((section, n)) = entry_of(field) else {
        return false;
    };
    let entries = merged.get(section).and_then(Value::as_array);
    let tagged = entries.and_then(|list| {
        list.iter()
            .find(|e| e.get(TAG).and_then(Value::as_u64) == Some(n as u64))
    });
    match tagged {
        // Hidden, or its list replaced: nothing left to date.
        None => true,
        Some(entry) => given(entry.get("startDate")) || given(entry.get("endDate")),
    }
}
