//! Reading an overrides file: YAML → [`MapPatch`], checked against the key table
//! ([`crate::model::keys`]) while it is read, so that every unknown key and every value
//! of the wrong kind is reported at its own line and column.
//!
//! serde_yaml's `Value` has no positions, but an error raised inside a visitor comes
//! back from serde_yaml with the position of the YAML event being read. So the checks
//! live in `DeserializeSeed`s that walk the document; the details an error needs beyond
//! a message (the keys valid there, for did-you-mean) travel beside it in [`Reader`].
//! What the patch means for a résumé is `apply`'s business, not this module's.

use std::cell::RefCell;
use std::fmt;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Source};
use crate::model::keys::{is_custom_key, Field, Kind, ListSection, Place};

use super::patch::{Change, EntryPatch, ListPatch, MapPatch, Segment};

/// Keys of an override entry that steer the merge rather than carry data.
const DIRECTIVES: &[&str] = &["match", "new", "hidden"];

/// Reads `text` as a map whose keys are those of `places` (the first place that
/// knows a key wins); `context` names the top level in errors.
pub(crate) fn read(
    file: &Path,
    text: &str,
    places: &[&'static Place],
    context: &'static str,
) -> Result<MapPatch, Error> {
    let reader = Reader::default();
    let doc = DocSeed {
        r: &reader,
        places,
        context,
    };
    doc.deserialize(serde_yaml::Deserializer::from_str(text))
        .map_err(|e| {
            // serde_yaml hands out events before it has read the whole file, so a
            // problem early in a file may be found before a syntax error later in
            // it. Broken YAML is the thing to report first.
            match serde_yaml::from_str::<de::IgnoredAny>(text) {
                Err(syntax) => crate::parse::yaml_error_for(file, &syntax),
                Ok(_) => reader.error(file, &e),
            }
        })
}

/// What went wrong, in more detail than a serde error message can carry.
enum Problem {
    UnknownKey {
        key: String,
        context: &'static str,
        expected: Vec<String>,
    },
    Invalid(String),
}

/// Keeps the last [`Problem`] raised while the walk unwinds with a serde error.
#[derive(Default)]
struct Reader {
    problem: RefCell<Option<Problem>>,
}

impl Reader {
    fn fail<E: de::Error>(&self, problem: Problem) -> E {
        let message = match &problem {
            Problem::UnknownKey { key, context, .. } => format!("unknown key `{key}` in {context}"),
            Problem::Invalid(m) => m.clone(),
        };
        *self.problem.borrow_mut() = Some(problem);
        E::custom(message)
    }

    /// The serde_yaml error the walk ended with, as ours, at the position serde_yaml gives.
    fn error(&self, file: &Path, e: &serde_yaml::Error) -> Error {
        let at = match e.location() {
            Some(l) => Source::at(file, l.line(), l.column()),
            None => Source::file(file),
        };
        match self.problem.borrow_mut().take() {
            Some(Problem::UnknownKey {
                key,
                context,
                expected,
            }) => Error::UnknownKey {
                file: at,
                key,
                context: context.to_string(),
                expected,
            },
            Some(Problem::Invalid(message)) => Error::Invalid { file: at, message },
            // A value of the wrong kind, found by serde_yaml against our `expecting`.
            None => match wrong_kind(&e.to_string()) {
                Some(message) => Error::Invalid { file: at, message },
                None => crate::parse::yaml_error_for(file, e),
            },
        }
    }
}

/// serde's "path: invalid type: sequence, expected a string at line L column C" as
/// "path: expected a string, found a list"; `None` for any other message.
fn wrong_kind(msg: &str) -> Option<String> {
    let (path, rest) = msg.split_once("invalid type: ")?;
    let rest = rest.rsplit_once(" at line ").map_or(rest, |(r, _)| r);
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let found = match found {
        "sequence" => "a list".to_string(),
        "map" => "a map".to_string(),
        "unit value" => "nothing".to_string(),
        s => s.strip_prefix("string ").unwrap_or(s).to_string(),
    };
    Some(format!("{path}expected {expected}, found {found}"))
}

/// The whole document: an empty one (or `null`) changes nothing.
struct DocSeed<'a> {
    r: &'a Reader,
    places: &'a [&'static Place],
    context: &'static str,
}

impl<'de> DeserializeSeed<'de> for DocSeed<'_> {
    type Value = MapPatch;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<MapPatch, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for DocSeed<'_> {
    type Value = MapPatch;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a map of overrides")
    }

    fn visit_none<E: de::Error>(self) -> Result<MapPatch, E> {
        Ok(MapPatch::default())
    }

    fn visit_unit<E: de::Error>(self) -> Result<MapPatch, E> {
        Ok(MapPatch::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<MapPatch, D::Error> {
        let read = d.deserialize_map(MapVisitor {
            r: self.r,
            places: self.places,
            context: self.context,
            entry_of: None,
            at: Vec::new(),
        })?;
        Ok(read.patch)
    }
}

/// A map as read: its changes, and the directives when it is an override entry.
struct MapRead {
    patch: MapPatch,
    matcher: Option<Vec<(&'static str, String)>>,
    new: bool,
    hidden: bool,
}

/// A map checked against `places`; `entry_of` says it is an entry of that list.
struct MapVisitor<'a> {
    r: &'a Reader,
    places: &'a [&'static Place],
    context: &'static str,
    entry_of: Option<&'static ListSection>,
    at: Vec<Segment>,
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
                directives: self.entry_of.is_some(),
                seen: &seen,
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
                Key::Directive(name) => {
                    seen.push(name.to_string());
                    match name {
                        "match" => {
                            let list = self.entry_of.expect("directives only in entries");
                            read.matcher =
                                Some(map.next_value_seed(MatchSeed { r: self.r, list })?);
                        }
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
}

struct KeySeed<'a> {
    r: &'a Reader,
    places: &'a [&'static Place],
    context: &'static str,
    directives: bool,
    seen: &'a [String],
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
        Err(self.r.fail(Problem::UnknownKey {
            key: v.to_string(),
            context: self.context,
            expected,
        }))
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

/// A string. Read as the text written, so `2019.10` stays `2019.10` and `3.90` stays `3.90`.
struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
}

/// A list of strings.
struct TextList;

impl<'de> Visitor<'de> for TextList {
    type Value = Vec<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Value>, A::Error> {
        let mut out = Vec::new();
        while let Some(s) = seq.next_element_seed(TextSeed)? {
            out.push(Value::String(s));
        }
        Ok(out)
    }
}

/// `true` or `false`.
struct FlagSeed;

impl<'de> DeserializeSeed<'de> for FlagSeed {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_bool(self)
    }
}

impl<'de> Visitor<'de> for FlagSeed {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "`true` or `false`")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        Ok(v)
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

/// `match:` — a name (the list's first identity field), or a map of identity fields.
struct MatchSeed<'a> {
    r: &'a Reader,
    list: &'static ListSection,
}

type Matcher = Vec<(&'static str, String)>;

impl<'de> DeserializeSeed<'de> for MatchSeed<'_> {
    type Value = Matcher;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Matcher, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MatchSeed<'_> {
    type Value = Matcher;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "the {} of the entry to change, or a map of {}",
            self.list.identity[0],
            backticked(self.list.identity)
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Matcher, E> {
        Ok(vec![(self.list.identity[0], v.to_string())])
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Matcher, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Matcher, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Matcher, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Matcher, A::Error> {
        let mut out: Matcher = Vec::new();
        loop {
            let key = IdentityKey {
                r: self.r,
                list: self.list,
                seen: &out,
            };
            let Some(key) = map.next_key_seed(key)? else {
                break;
            };
            let value = map.next_value_seed(TextSeed)?;
            out.push((key, value));
        }
        if out.is_empty() {
            return Err(self.r.fail(Problem::Invalid(format!(
                "`match` is empty; give {}",
                backticked(self.list.identity)
            ))));
        }
        Ok(out)
    }
}

/// A key of a `match:` map: one of the list's identity fields.
struct IdentityKey<'a> {
    r: &'a Reader,
    list: &'static ListSection,
    seen: &'a Matcher,
}

impl<'de> DeserializeSeed<'de> for IdentityKey<'_> {
    type Value = &'static str;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'static str, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for IdentityKey<'_> {
    type Value = &'static str;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "one of {}", backticked(self.list.identity))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<&'static str, E> {
        match self.list.identity.iter().find(|k| **k == v) {
            Some(k) if self.seen.iter().any(|(s, _)| s == k) => Err(self
                .r
                .fail(Problem::Invalid(format!("`{v}` is given twice in `match`")))),
            Some(k) => Ok(k),
            None => Err(self.r.fail(Problem::UnknownKey {
                key: v.to_string(),
                context: "`match`",
                expected: self.list.identity.iter().map(|k| k.to_string()).collect(),
            })),
        }
    }
}

fn backticked(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}
