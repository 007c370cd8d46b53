//! Applying a checked patch to a résumé: maps merge key by key, a value replaces,
//! `null` removes; list entries are found by identity (case and spacing ignored, no
//! guessing) and merged field by field, added (`new: true`), removed (`hidden: true`),
//! or the whole list replaced.
//!
//! The résumé goes through `serde_json::Value` and back, so the merge is the same for
//! every section and for keys the model keeps in `extra`. An override entry that finds
//! nothing, or several entries, is an error pointing at the entry in the file.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::Resume;

use super::locate::Locator;
use super::patch::{Change, EntryPatch, ListPatch, MapPatch};

/// The résumé with the patch applied.
pub(crate) fn apply_patch(resume: Resume, patch: &MapPatch, loc: Locator) -> Result<Resume> {
    if patch.is_empty() {
        return Ok(resume);
    }
    let broken = |e: serde_json::Error| Error::Invalid {
        file: crate::error::Source::file(loc.file),
        message: format!("the overrides do not fit the résumé: {e}"),
    };
    let mut doc = match serde_json::to_value(resume).map_err(broken)? {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    merge_map(&mut doc, patch, loc)?;
    serde_json::from_value(Value::Object(doc)).map_err(broken)
}

/// Applies `patch` to the map `target`, key by key.
pub(crate) fn merge_map(
    target: &mut Map<String, Value>,
    patch: &MapPatch,
    loc: Locator,
) -> Result<()> {
    for (key, change) in &patch.changes {
        match change {
            Change::Set(Value::Null) => {
                target.shift_remove(key);
            }
            Change::Set(value) => {
                target.insert(key.clone(), value.clone());
            }
            Change::Merge(inner) => {
                let slot = target
                    .entry(key.clone())
                    .or_insert_with(|| Value::Object(Map::new()));
                if !slot.is_object() {
                    *slot = Value::Object(Map::new());
                }
                if let Value::Object(map) = slot {
                    merge_map(map, inner, loc)?;
                }
            }
            Change::List(list) => {
                let slot = target
                    .entry(key.clone())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if !slot.is_array() {
                    *slot = Value::Array(Vec::new());
                }
                if let Value::Array(items) = slot {
                    merge_list(items, list, loc)?;
                }
            }
        }
    }
    Ok(())
}

fn merge_list(items: &mut Vec<Value>, patch: &ListPatch, loc: Locator) -> Result<()> {
    if patch.replace {
        *items = Vec::with_capacity(patch.entries.len());
        for entry in patch.entries.iter().filter(|e| !e.hidden) {
            items.push(new_entry(entry, loc)?);
        }
        return Ok(());
    }
    let mut hide = vec![false; items.len()];
    for entry in &patch.entries {
        if entry.new {
            if !entry.hidden {
                items.push(new_entry(entry, loc)?);
                hide.push(false);
            }
            continue;
        }
        let i = find(items, patch, entry, loc)?;
        if entry.hidden {
            hide[i] = true;
        } else if let Value::Object(map) = &mut items[i] {
            merge_map(map, &entry.fields, loc)?;
        }
    }
    if hide.contains(&true) {
        let mut hide = hide.into_iter();
        items.retain(|_| !hide.next().unwrap_or(false));
    }
    Ok(())
}

fn new_entry(entry: &EntryPatch, loc: Locator) -> Result<Value> {
    let mut map = Map::new();
    merge_map(&mut map, &entry.fields, loc)?;
    Ok(Value::Object(map))
}

/// The one entry of `items` the override entry means.
///
/// The first identity field (a work entry's `name`) must match. The others (its
/// `position`) only choose among several entries with that name: when the name
/// matches exactly one entry, that is the one, and the override's `position` is
/// simply a new value for it.
fn find(items: &[Value], patch: &ListPatch, entry: &EntryPatch, loc: Locator) -> Result<usize> {
    let list = patch.list;
    let wanted = entry.wanted(list);
    let (named, others): (Vec<_>, Vec<_>) =
        wanted.iter().partition(|(k, _)| *k == list.identity[0]);
    let has = |i: &usize, fields: &[&(&str, &str)]| {
        fields.iter().all(|(k, v)| {
            items[*i]
                .get(*k)
                .and_then(Value::as_str)
                .is_some_and(|s| same_identity(s, v))
        })
    };
    let by_name: Vec<usize> = (0..items.len()).filter(|i| has(i, &named)).collect();
    let found: Vec<usize> = if others.is_empty() {
        by_name.clone()
    } else {
        let by_all: Vec<usize> = by_name
            .iter()
            .copied()
            .filter(|i| has(i, &others))
            .collect();
        if by_all.is_empty() && !named.is_empty() && by_name.len() == 1 {
            by_name.clone()
        } else {
            by_all
        }
    };
    let fields: Vec<&str> = wanted.iter().map(|(k, _)| *k).collect();
    let pointer = match entry.matcher {
        Some(_) => "match",
        None => fields.first().copied().unwrap_or(list.identity[0]),
    };
    let wanted_text = format!(
        "`{}`",
        wanted
            .iter()
            .map(|(_, v)| *v)
            .collect::<Vec<_>>()
            .join(", ")
    );
    match found.len() {
        1 => Ok(found[0]),
        0 => {
            // Entries with the right name but another role are the likely ones.
            let near = if by_name.is_empty() || named.is_empty() {
                (0..items.len()).collect()
            } else {
                by_name
            };
            Err(Error::NoMatch {
                file: loc.at(&entry.at, Some(pointer)),
                section: patch.label(),
                wanted: wanted_text,
                candidates: describe(items, &near, &fields),
            })
        }
        _ => Err(Error::Ambiguous {
            file: loc.at(&entry.at, Some(pointer)),
            section: patch.label(),
            wanted: wanted_text,
            candidates: describe(items, &found, list.identity),
        }),
    }
}

/// Identity values compare without regard to case or runs of spaces.
pub(crate) fn same_identity(a: &str, b: &str) -> bool {
    fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split_whitespace()
            .flat_map(|w| std::iter::once(' ').chain(w.chars().flat_map(char::to_lowercase)))
    }
    folded(a).eq(folded(b))
}

/// The entries at `indices`, each as its `fields` joined by ", ", without repeats.
fn describe(items: &[Value], indices: &[usize], fields: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &i in indices {
        let parts: Vec<&str> = fields
            .iter()
            .filter_map(|f| items[i].get(*f).and_then(Value::as_str))
            .collect();
        let text = if parts.is_empty() {
            format!("(entry {} has no {})", i + 1, fields.join(" or "))
        } else {
            parts.join(", ")
        };
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}
