//! Maps and lists of an overrides file, walked against the key table: each key is
//! resolved (a field, an `x-` key, a merge directive) or reported with did-you-mean,
//! and each value read as the kind its key takes. Scalars are in `values`.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use crate::model::keys::{is_custom_key, Field, Kind, ListSection, Place, DIRECTIVES};

use super::patch::{Change, EntryPatch, ListPatch, MapPatch, Segment};
use super::values::{FlagSeed, MatchSeed, TextList, TextOrList, TextSeed};
use super::{Problem, Reader, Unknown};

/// A map as read: its changes, and the directives when it is an override entry.
pub(super) struct MapRead {
    pub(super) patch: MapPatch,
    pub(super) matcher: Option<Vec<(&'static str, String)>>,
    pub(super) new: bool,
    pub(super) hidden: bool,
}

/// A map checked against `places`; `entry_of` says it is an entry of that list.
pub(super) struct MapVisitor<'a> {
    pub(super) r: &'a Reader,
    pub(super) places: &'a [&'static Place],
    pub(super) context: &'static str,
    pub(super) entry_of: Option<&'static ListSection>,
    pub(super) at: Vec<Segment>,
}

impl<'de> Visitor<'de> for MapVisitor<'_> {
    type Value = MapRead;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a map (keys of {})", self.context)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MapRead, A::Error> {
        let mut read = MapRead {
            patch: MapPatch::default(),
            matcher: None,
            new: false,
            hidden: false,
        };
        let mut seen: Vec<String> = Vec::new();
        loop {
            let key = KeySeed {
                r: self.r,
                places: self.places,
                context: self.context,
                directives: self.entry_of.is_some() && self.r.directives,
                seen: &seen,
                at: &self.at,
            };
            let Some(key) = map.next_key_seed(key)? else {
                break;
            };
            match key {
                Key::Field(field) => {
                    let mut at = self.at.clone();
                    at.push(Segment::Key(field.key));
                    let change = map.next_value_seed(ValueSeed {
                        r: self.r,
                        field,
                        at,
                    })?;
                    seen.push(field.key.to_string());
                    read.patch.changes.push((field.key.to_string(), change));
                }
                Key::Free(key) => {
                    let value: Value = map.next_value()?;
                    seen.push(key.clone());
                    read.patch.changes.push((key, Change::Set(value)));
                }
                // Said once the walk is over; the rest of the file is still checked.
                Key::Unknown => map.next_value::<de::IgnoredAny>().map(|_| ())?,
                Key::Directive(name) => {
                    seen.push(name.to_string());
                    match name {
                        "match" => match self.entry_of {
                            Some(list) => {
                                read.matcher =
                                    Some(map.next_value_seed(MatchSeed { r: self.r, list })?)
                            }
                            None => map.next_value::<de::IgnoredAny>().map(|_| ())?,
                        },
                        "new" => read.new = map.next_value_seed(FlagSeed)?,
                        _ => read.hidden = map.next_value_seed(FlagSeed)?,
                    }
                }
            }
        }
        if read.new && read.matcher.is_some() {
            return Err(self.r.fail(Problem::Invalid(format!(
                "{} has both `match` and `new: true`: `match` finds an entry to change, `new: true` adds one",
                self.context
            ))));
        }
        Ok(read)
    }
}

/// A key of a map, resolved against the key table.
enum Key {
    Field(&'static Field),
    /// An `x-` key, or any key of a free-form place.
    Free(String),
    Directive(&'static str),
    /// Not valid here: recorded in the reader, its value skipped.
    Unknown,
}

struct KeySeed<'a> {
    r: &'a Reader,
    places: &'a [&'static Place],
    context: &'static str,
    directives: bool,
    seen: &'a [String],
    at: &'a [Segment],
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        if self.seen.iter().any(|k| k == v) {
            return Err(self.r.fail(Problem::Invalid(format!(
                "`{v}` is given twice in {}",
                self.context
            ))));
        }
        if let Some(field) = self.places.iter().find_map(|p| p.field(v)) {
            return Ok(Key::Field(field));
        }
        if self.directives {
            if let Some(d) = DIRECTIVES.iter().find(|d| **d == v) {
                return Ok(Key::Directive(d));
            }
        }
        if is_custom_key(v) || self.places.iter().any(|p| p.open) {
            return Ok(Key::Free(v.to_string()));
        }
        let mut expected: Vec<String> = self
            .places
            .iter()
            .flat_map(|p| p.keys())
            .map(str::to_string)
            .collect();
        if self.directives {
            expected.extend(DIRECTIVES.iter().map(|d| d.to_string()));
        }
        self.r.unknown.borrow_mut().push(Unknown {
            at: self.at.to_vec(),
            key: v.to_string(),
            context: self.context,
            expected,
        });
        Ok(Key::Unknown)
    }
}

/// The value of a known key; `null` (or nothing) removes the key.
struct ValueSeed<'a> {
    r: &'a Reader,
    field: &'static Field,
    at: Vec<Segment>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Change;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Change, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Change;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a value for `{}`", self.field.key)
    }

    fn visit_none<E: de::Error>(self) -> Result<Change, E> {
        Ok(Change::Set(Value::Null))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Change, E> {
        Ok(Change::Set(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Change, D::Error> {
        match self.field.kind {
            Kind::Text => Ok(Change::Set(Value::String(TextSeed.deserialize(d)?))),
            Kind::TextList => Ok(Change::Set(Value::Array(d.deserialize_seq(TextList)?))),
            Kind::TextOrList => Ok(Change::Set(Value::Array(d.deserialize_any(TextOrList)?))),
            Kind::Flag => Ok(Change::Set(Value::Bool(FlagSeed.deserialize(d)?))),
            Kind::Any => Ok(Change::Set(Value::deserialize(d)?)),
            Kind::Object(place) => {
                let read = d.deserialize_map(MapVisitor {
                    r: self.r,
                    places: std::slice::from_ref(&place),
                    context: place.context,
                    entry_of: None,
                    at: self.at,
                })?;
                Ok(Change::Merge(read.patch))
            }
            Kind::List(list) => d.deserialize_seq(ListVisitor {
                r: self.r,
                list,
                at: self.at,
            }),
        }
    }
}

/// A list section's entries.
struct ListVisitor<'a> {
    r: &'a Reader,
    list: &'static ListSection,
    at: Vec<Segment>,
}

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = Change;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of `{}` entries", self.list.key)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Change, A::Error> {
        let mut entries = Vec::new();
        loop {
            let mut at = self.at.clone();
            at.push(Segment::Index(entries.len()));
            let seed = EntrySeed {
                r: self.r,
                list: self.list,
                at,
            };
            match seq.next_element_seed(seed)? {
                Some(entry) => entries.push(entry),
                None => break,
            }
        }
        Ok(Change::List(ListPatch {
            list: self.list,
            at: self.at,
            entries,
            replace: false,
        }))
    }
}

struct EntrySeed<'a> {
    r: &'a Reader,
    list: &'static ListSection,
    at: Vec<Segment>,
}

impl<'de> DeserializeSeed<'de> for EntrySeed<'_> {
    type Value = EntryPatch;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<EntryPatch, D::Error> {
        let place = &self.list.entry;
        let read = d.deserialize_map(MapVisitor {
            r: self.r,
            places: &[place],
            context: place.context,
            entry_of: Some(self.list),
            at: self.at.clone(),
        })?;
        Ok(EntryPatch {
            at: self.at,
            fields: read.patch,
            matcher: read.matcher,
            new: read.new,
            hidden: read.hidden,
        })
    }
}
