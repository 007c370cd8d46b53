//! Applying a checked patch to a résumé: maps merge key by key, a value replaces,
//! `null` removes; list entries are found by identity (case and spacing ignored, no
//! guessing) and merged field by field, added (`new: true`), removed (`hidden: true`),
//! or the whole list replaced.
//!
//! Each part of the résumé the patch touches goes through `serde_json::Value` and
//! back, so the merge is the same for every section and for keys the model keeps in
//! `extra`. An override entry that finds nothing, or several entries, is an error
//! pointing at the entry in the file.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result, Source};
use crate::model::{PartEditor, Resume};

use crate::keyed::locate::Locator;
use crate::keyed::patch::{Change, EntryPatch, ListPatch, MapPatch};

/// The résumé with the patch applied.
///
/// Each top-level part the patch touches (`basics`, `work`…) goes through
/// `serde_json::Value` and back on its own; parts it leaves alone are not converted.
pub(crate) fn apply_patch(mut resume: Resume, patch: &MapPatch, loc: Locator) -> Result<Resume> {
    for (key, change) in &patch.changes {
        let part = PartMerge { change, loc };
        if let Some(done) = resume.edit_part(key, part) {
            done?;
        } else {
            // `$schema` and `x-` keys: kept with the résumé's other unknown keys.
            let mut extra: Map<String, Value> = resume.extra.drain(..).collect();
            merge_change(&mut extra, key, change, loc)?;
            resume.extra = extra.into_iter().collect();
        }
    }
    Ok(resume)
}

/// One change applied to one typed part of the résumé (whichever the registry hands
/// over), through JSON.
struct PartMerge<'a> {
    change: &'a Change,
    loc: Locator<'a>,
}

impl PartEditor for PartMerge<'_> {
    type Output = Result<()>;

    fn edit<T>(self, key: &str, part: &mut T) -> Result<()>
    where
        T: Serialize + DeserializeOwned + Default,
    {
        let PartMerge { change, loc } = self;
        let broken = |e: serde_json::Error| Error::Invalid {
            file: Source::file(loc.file),
            message: format!("the overrides do not fit the résumé's `{key}`: {e}"),
        };
        let mut holder = Map::new();
        holder.insert(
            key.to_string(),
            serde_json::to_value(&*part).map_err(broken)?,
        );
        merge_change(&mut holder, key, change, loc)?;
        *part = match holder.remove(key) {
            Some(value) => serde_json::from_value(value).map_err(broken)?,
            None => T::default(),
        };
        Ok(())
    }
}

/// Applies `patch` to the map `target`, key by key.
pub(crate) fn merge_map(
    target: &mut Map<String, Value>,
    patch: &MapPatch,
    loc: Locator,
) -> Result<()> {
    for (key, change) in &patch.changes {
        merge_change(target, key, change, loc)?;
    }
    Ok(())
}

fn merge_change(
    target: &mut Map<String, Value>,
    key: &str,
    change: &Change,
    loc: Locator,
) -> Result<()> {
    match change {
        Change::Set(Value::Null) => {
            target.shift_remove(key);
        }
        Change::Set(value) => {
            target.insert(key.to_string(), value.clone());
        }
        Change::Merge(inner) => {
            let slot = target
                .entry(key)
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
                .entry(key)
                .or_insert_with(|| Value::Array(Vec::new()));
            if !slot.is_array() {
                *slot = Value::Array(Vec::new());
            }
            if let Value::Array(items) = slot {
                merge_list(items, list, loc)?;
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
    if let [one] = found[..] {
        return Ok(one);
    }

    // Not exactly one: say so, pointing at `match` or the identity field in the file.
    let fields: Vec<&str> = wanted.iter().map(|(k, _)| *k).collect();
    let file = loc.at(
        &entry.at,
        Some(match entry.matcher {
            Some(_) => "match",
            None => fields.first().copied().unwrap_or(list.identity[0]),
        }),
    );
    let values: Vec<&str> = wanted.iter().map(|(_, v)| *v).collect();
    let wanted_text = format!("`{}`", values.join(", "));
    let section = patch.label();
    Err(match found.len() {
        0 => {
            // Entries with the right name but another role are the likely ones.
            let near: Vec<usize> = if by_name.is_empty() || named.is_empty() {
                (0..items.len()).collect()
            } else {
                by_name
            };
            Error::NoMatch {
                file,
                section,
                wanted: wanted_text,
                candidates: describe(items, &near, &fields),
            }
        }
        // Another identity field would tell them apart.
        _ if fields.len() < list.identity.len() => Error::Ambiguous {
            file,
            section,
            wanted: wanted_text,
            candidates: describe(items, &found, list.identity),
        },
        // Nothing tells them apart: the list has the same entry twice.
        n => Error::Invalid {
            file,
            message: format!(
                "{section} entry {wanted_text} matches {n} entries that are the same by {}; use `replace: [{}]` to write the list as it should be",
                list.identity.join(" and "),
                list.key
            ),
        },
    })
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
