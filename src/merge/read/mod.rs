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

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use crate::error::{Error, Source};
use crate::model::keys::Place;

use super::patch::MapPatch;

mod maps;
mod values;

use maps::MapVisitor;

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
                Err(syntax) => crate::parse::yaml_error_for(file, text, &syntax),
                Ok(_) => reader.error(file, text, &e),
            }
        })
}

/// What went wrong, in more detail than a serde error message can carry.
pub(super) enum Problem {
    UnknownKey {
        key: String,
        context: &'static str,
        expected: Vec<String>,
    },
    Invalid(String),
}

/// Keeps the last [`Problem`] raised while the walk unwinds with a serde error.
#[derive(Default)]
pub(super) struct Reader {
    problem: RefCell<Option<Problem>>,
}

impl Reader {
    pub(super) fn fail<E: de::Error>(&self, problem: Problem) -> E {
        let message = match &problem {
            Problem::UnknownKey { key, context, .. } => format!("unknown key `{key}` in {context}"),
            Problem::Invalid(m) => m.clone(),
        };
        *self.problem.borrow_mut() = Some(problem);
        E::custom(message)
    }

    /// The serde_yaml error the walk ended with, as ours, at the position serde_yaml gives.
    fn error(&self, file: &Path, text: &str, e: &serde_yaml::Error) -> Error {
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
                None => crate::parse::yaml_error_for(file, text, e),
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
    let found = crate::serde_words::found_words(found);
    Some(format!(
        "{path}expected {}, found {found}",
        crate::serde_words::kind(expected)
    ))
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

#[cfg(test)]
mod tests {
    use super::wrong_kind;

    #[test]
    fn wrong_kind_says_expected_then_found() {
        assert_eq!(
            wrong_kind("work[0].highlights: invalid type: string \"x\", expected a list of strings at line 3 column 17").as_deref(),
            Some("work[0].highlights: expected a list of strings, found the text \"x\"")
        );
        assert_eq!(
            wrong_kind("invalid type: sequence, expected a map of overrides").as_deref(),
            Some("expected a map of overrides, found a list")
        );
        assert_eq!(
            wrong_kind("did not find expected key at line 2 column 1"),
            None
        );
    }
}
