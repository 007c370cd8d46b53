//! Overrides: a person's `overrides.yaml` merged over their parsed résumé
//! ([`OverrideMerge`]), so the parse never has to be perfect.
//!
//! - `read`: YAML → a checked patch; every key is checked against the key table
//!   ([`crate::model::keys`]) with its line and column;
//! - `settings`: the per-person settings beside the data (theme, paper, order, privacy,
//!   replace);
//! - `apply`: the patch over a résumé — maps key by key, list entries by identity;
//! - `locate`: positions of places in the file, for errors found after reading.
//!
//! The rules are documented for users in README ("Overrides"). Reading the résumé
//! itself is `parse`'s job; rendering what comes out is `render`'s.

mod apply;
mod settings;
mod source;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::registry::RESUME;
use crate::model::Resume;

pub use settings::{
    replaceable, PersonSettings, PrivacyPatch, PublishPatch, VisibilityPatch, SETTINGS,
};

pub use source::{load_source, load_source_from};

use crate::keyed::locate::Locator;
use crate::keyed::patch::{self, Change, ListPatch, MapPatch};

/// A parsed and checked `overrides.yaml`.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub path: PathBuf,
    pub settings: PersonSettings,
    patch: MapPatch,
    /// The file's text, to point at an entry when applying it fails.
    text: String,
}

/// The name the guide gives this stage.
pub type OverrideMerge = Overrides;

impl Overrides {
    /// Parses and checks an overrides file: unknown keys, values of the wrong kind and
    /// unknown section names are errors with line and column.
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let loc = Locator { file: path, text };
        let mut patch =
            crate::keyed::read(path, text, &[&RESUME, &settings::SETTINGS], "the overrides")?;
        let (settings, replace) = settings::take_settings(&mut patch, loc)?;
        mark_replaced(&mut patch, &replace, loc)?;
        for list in lists(&patch) {
            check_entries(list, loc)?;
        }
        Ok(Overrides {
            path: path.to_path_buf(),
            settings,
            patch,
            text: text.to_string(),
        })
    }

    /// Applies the overrides to a résumé; hidden entries are removed.
    pub fn apply(&self, resume: Resume) -> Result<Resume> {
        let loc = Locator {
            file: &self.path,
            text: &self.text,
        };
        apply::apply_patch(resume, &self.patch, loc)
    }
}

/// Every list the patch changes: the sections, and `basics.profiles`.
fn lists(patch: &MapPatch) -> impl Iterator<Item = &ListPatch> {
    let profiles = match patch.get("basics") {
        Some(Change::Merge(basics)) => basics.get("profiles"),
        _ => None,
    };
    patch
        .changes
        .iter()
        .map(|(_, c)| c)
        .chain(profiles)
        .filter_map(|c| match c {
            Change::List(l) => Some(l),
            _ => None,
        })
}

/// Marks the lists named in `replace`; each must be given (`null` or `[]` to empty it).
fn mark_replaced(patch: &mut MapPatch, replace: &[String], loc: Locator) -> Result<()> {
    for (i, name) in replace.iter().enumerate() {
        let change = if name == "profiles" {
            match patch.get_mut("basics") {
                Some(Change::Merge(basics)) => basics.get_mut("profiles"),
                _ => None,
            }
        } else {
            patch.get_mut(name)
        };
        match change {
            Some(Change::List(list)) => list.replace = true,
            Some(Change::Set(_)) => {} // `null`: the list is removed, which is a replacement
            _ => {
                let place = if name == "profiles" {
                    "`basics.profiles`".to_string()
                } else {
                    format!("`{name}`")
                };
                return Err(Error::Invalid {
                    file: loc.at(&[patch::Segment::Key("replace"), patch::Segment::Index(i)], None),
                    message: format!(
                        "`replace` names `{name}`, but the overrides give no {place} list to replace it with (write `{name}: []` to empty it)"
                    ),
                });
            }
        }
    }
    Ok(())
}

/// Entries that change an existing entry must say which one; a replaced list has
/// nothing to match.
fn check_entries(list: &ListPatch, loc: Locator) -> Result<()> {
    let identity = list.list.identity[0];
    for entry in &list.entries {
        if list.replace && entry.matcher.is_some() {
            return Err(Error::Invalid {
                file: loc.at(&entry.at, Some("match")),
                message: format!(
                    "`match` in `{}`, which `replace` replaces whole: there is nothing to match",
                    list.label()
                ),
            });
        }
        if !list.replace
            && !entry.new
            && entry.matcher.is_none()
            && entry.fields.text(identity).is_none()
        {
            return Err(Error::Invalid {
                file: loc.at(&entry.at, None),
                message: format!(
                    "{} needs `{identity}` to say which entry it changes (or `match:` to find it, or `new: true` to add it)",
                    list.list.entry.context
                ),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
