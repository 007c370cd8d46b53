//! Finding the line and column of a place in an overrides file after it has been read,
//! for problems found later (an entry that matches nothing in the résumé, a section
//! name in `order` that does not exist).
//!
//! serde_yaml keeps no positions in its values, but it puts the position of the
//! current event on any error a visitor raises. So [`Locator::at`] walks the document
//! again down the given path and raises an error on arrival; the error's position is
//! the answer. This runs only when there is an error to report, so it costs nothing
//! on a good build.

use std::fmt;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::error::Source;

use super::patch::Segment;

/// The message of the error raised on arrival (never shown to anyone).
const ARRIVED: &str = "vitae: arrived";

/// An overrides file's name and text, to point at places in it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Locator<'a> {
    pub file: &'a Path,
    pub text: &'a str,
}

impl Locator<'_> {
    /// The file, at the node found by `path` — or, with `key`, at that key of the map
    /// found by `path`. Without a position if the path leads nowhere.
    pub fn at(&self, path: &[Segment], key: Option<&str>) -> Source {
        self.at_in(path, key, false)
    }

    /// [`Locator::at`] in a YAML file, or (`json`) a JSON one.
    pub fn at_in(&self, path: &[Segment], key: Option<&str>, json: bool) -> Source {
        let probe = Probe { path, key };
        if json {
            let mut d = serde_json::Deserializer::from_str(self.text);
            return match probe.deserialize(&mut d) {
                // serde_json is past the key's closing quote: back to its opening one.
                Err(e) if e.to_string().contains(ARRIVED) => {
                    let back = key.map_or(0, |k| k.chars().count() + 1);
                    Source::at(self.file, e.line(), e.column().saturating_sub(back).max(1))
                }
                _ => Source::file(self.file),
            };
        }
        match probe.deserialize(serde_yaml::Deserializer::from_str(self.text)) {
            Err(e) if e.to_string().contains(ARRIVED) => match e.location() {
                Some(l) => Source::at(self.file, l.line(), l.column()),
                None => Source::file(self.file),
            },
            _ => Source::file(self.file),
        }
    }
}

/// Walks down `path`; on arrival raises [`ARRIVED`] (at the node, or at `key` in it).
#[derive(Clone, Copy)]
struct Probe<'a> {
    path: &'a [Segment],
    key: Option<&'a str>,
}

impl<'de> DeserializeSeed<'de> for Probe<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match (self.path.first(), self.key) {
            (None, None) => d.deserialize_any(Arrive),
            (None, Some(_)) | (Some(Segment::Key(_)), _) => d.deserialize_map(self),
            (Some(Segment::Index(_)), _) => d.deserialize_seq(self),
        }
    }
}

impl<'de> Visitor<'de> for Probe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a map or a list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(k) = map.next_key_seed(KeyProbe(self))? {
            match self.path.first() {
                Some(Segment::Key(want)) if *want == k => map.next_value_seed(Probe {
                    path: &self.path[1..],
                    key: self.key,
                })?,
                _ => map.next_value::<IgnoredAny>().map(|_| ())?,
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some(Segment::Index(want)) = self.path.first() else {
            return Ok(());
        };
        for _ in 0..*want {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Probe {
            path: &self.path[1..],
            key: self.key,
        })?;
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
}

/// A key of a map on the way: arrives when it is the key looked for at the end of the path.
struct KeyProbe<'a>(Probe<'a>);

impl<'de> DeserializeSeed<'de> for KeyProbe<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyProbe<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if self.0.path.is_empty() && self.0.key == Some(v) {
            return Err(E::custom(ARRIVED));
        }
        Ok(v.to_string())
    }
}

/// Raises [`ARRIVED`] on whatever node it is given.
struct Arrive;

impl<'de> Visitor<'de> for Arrive {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "anything")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(ARRIVED))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(ARRIVED))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(ARRIVED))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
basics:
  label: X
work:
  - name: A
    position: B
  - match: C
    name: D
order: [work, skills]
";

    fn at(path: &[Segment], key: Option<&str>) -> Option<(usize, usize)> {
        let loc = Locator {
            file: Path::new("o.yaml"),
            text: DOC,
        };
        loc.at(path, key).at.map(|l| (l.line, l.column))
    }

    #[test]
    fn finds_keys_entries_and_list_items() {
        use Segment::{Index, Key};
        assert_eq!(at(&[Key("basics")], Some("label")), Some((2, 3)));
        assert_eq!(at(&[Key("work"), Index(1)], Some("match")), Some((6, 5)));
        assert_eq!(at(&[Key("work"), Index(0)], Some("position")), Some((5, 5)));
        assert_eq!(at(&[Key("work"), Index(1)], None), Some((6, 5)));
        assert_eq!(at(&[Key("order"), Index(1)], None), Some((8, 15)));
        assert_eq!(at(&[Key("basics"), Key("label")], None), Some((2, 10)));
    }

    #[test]
    fn a_path_to_nowhere_has_no_position() {
        use Segment::{Index, Key};
        assert_eq!(at(&[Key("work"), Index(5)], Some("name")), None);
        assert_eq!(at(&[Key("skills")], None), None);
        assert_eq!(at(&[Key("basics")], Some("nope")), None);
    }
}
