//! The values at the ends of the walk: text, lists of text, flags, and the `match:`
//! directive (a name, or a map of identity fields).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::model::keys::ListSection;

use super::{Problem, Reader};

/// A string. Read as the text written, so `2019.10` stays `2019.10` and `3.90` stays `3.90`.
pub(super) struct TextSeed;

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
pub(super) struct TextList;

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

/// A list of strings, or one string read as a one-item list.
pub(super) struct TextOrList;

impl<'de> Visitor<'de> for TextOrList {
    type Value = Vec<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a string or a list of strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<Value>, E> {
        Ok(vec![Value::String(v.to_string())])
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<Value>, A::Error> {
        TextList.visit_seq(seq)
    }
}

/// `true` or `false`.
pub(super) struct FlagSeed;

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

/// `match:` — a name (the list's first identity field), or a map of identity fields.
pub(super) struct MatchSeed<'a> {
    pub(super) r: &'a Reader,
    pub(super) list: &'static ListSection,
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
