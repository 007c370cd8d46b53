//! The validated form of an overrides file: what to set, remove, merge, add or hide,
//! with the place in the YAML each entry came from (for errors found later, when the
//! patch meets a résumé).
//!
//! Building a patch is `read`'s job; applying one is `apply`'s. Everything here has
//! already passed the key table, so values have the kinds the schema wants.

use serde_json::Value;

use crate::model::keys::ListSection;

/// One step of a path into the YAML document: a key of a map or an index in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Segment {
    Key(&'static str),
    Index(usize),
}

/// What an override does to one key.
#[derive(Debug, Clone)]
pub(crate) enum Change {
    /// Replace the value (a scalar, a list of strings, free-form data); `Null` removes the key.
    Set(Value),
    /// Merge into the map under the key, key by key.
    Merge(MapPatch),
    /// Merge into the list of entries under the key, entry by entry.
    List(ListPatch),
}

/// Changes to a map, in the order the file gives them (keys are unique).
#[derive(Debug, Clone, Default)]
pub(crate) struct MapPatch {
    pub changes: Vec<(String, Change)>,
}

impl MapPatch {
    pub fn get(&self, key: &str) -> Option<&Change> {
        self.changes.iter().find(|(k, _)| k == key).map(|(_, c)| c)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Change> {
        self.changes
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, c)| c)
    }

    /// Removes and returns the change for `key`.
    pub fn take(&mut self, key: &str) -> Option<Change> {
        let i = self.changes.iter().position(|(k, _)| k == key)?;
        Some(self.changes.remove(i).1)
    }

    /// A text value set by this patch (an identity field of an entry, say).
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.get(key)? {
            Change::Set(Value::String(s)) => Some(s),
            _ => None,
        }
    }
}

/// Changes to a list section (`work`, `basics.profiles`…).
#[derive(Debug, Clone)]
pub(crate) struct ListPatch {
    pub list: &'static ListSection,
    /// Where the list is in the YAML.
    pub at: Vec<Segment>,
    pub entries: Vec<EntryPatch>,
    /// Named in `replace`: the entries become the list, nothing is matched.
    pub replace: bool,
}

impl ListPatch {
    /// How errors name the list: `work`, `basics.profiles`.
    pub fn label(&self) -> String {
        let keys: Vec<&str> = self
            .at
            .iter()
            .filter_map(|s| match s {
                Segment::Key(k) => Some(*k),
                Segment::Index(_) => None,
            })
            .collect();
        keys.join(".")
    }
}

/// One override entry of a list section.
#[derive(Debug, Clone)]
pub(crate) struct EntryPatch {
    /// Where the entry is in the YAML.
    pub at: Vec<Segment>,
    pub fields: MapPatch,
    /// `match:` — identity field values that find the entry when the override renames it.
    pub matcher: Option<Vec<(&'static str, String)>>,
    /// `new: true` — add the entry instead of changing one.
    pub new: bool,
    /// `hidden: true` — remove the entry from the pages and the published résumé.
    pub hidden: bool,
}

impl EntryPatch {
    /// The identity values the entry is looked up by: `match:` when given, else the
    /// entry's own identity fields, in the order of the list's identity.
    pub fn wanted(&self, list: &ListSection) -> Vec<(&'static str, &str)> {
        match &self.matcher {
            Some(m) => m.iter().map(|(k, v)| (*k, v.as_str())).collect(),
            None => list
                .identity
                .iter()
                .filter_map(|k| Some((*k, self.fields.text(k)?)))
                .collect(),
        }
    }
}
