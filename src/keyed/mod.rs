//! Reading a YAML or JSON document against the key table ([`crate::model::keys`]):
//! an overrides file into a [`MapPatch`], a résumé source or `site.yaml` for its
//! unknown keys alone ([`unknown_keys_in`]). Every unknown key and every value of the
//! wrong kind is reported at its own line and column, with a did-you-mean.
//!
//! Below `site` and `merge`, which both read files this way; it knows the key table
//! and errors only.
//!
//! serde_yaml's `Value` has no positions, but an error raised inside a visitor comes
//! back from serde_yaml with the position of the YAML event being read. So the checks
//! live in `DeserializeSeed`s that walk the document; the details an error needs beyond
//! a message (the keys valid there, for did-you-mean) travel beside it in [`Reader`].
//! What the patch means for a résumé is `merge`'s business, not this module's.

use std::cell::RefCell;
use std::fmt;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use crate::error::{Error, Source};
use crate::model::keys::Place;

pub(crate) mod locate;
mod maps;
pub(crate) mod patch;
mod values;

use locate::Locator;
use patch::{MapPatch, Segment};

use maps::MapVisitor;

/// How a file is read: its syntax, and whether override directives are allowed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mode {
    pub json: bool,
    /// `match`, `new`, `hidden` in list entries (overrides only).
    pub directives: bool,
}

/// Reads `text` as a map whose keys are those of `places` (the first place that
/// knows a key wins); `context` names the top level in errors. Every unknown key is
/// reported (with its line and column), not only the first; a value of the wrong kind
/// ends the walk, so it is the last thing reported.
pub(crate) fn read(
    file: &Path,
    text: &str,
    places: &[&'static Place],
    context: &'static str,
) -> Result<MapPatch, Error> {
    let mode = Mode {
        json: false,
        directives: true,
    };
    match read_as(file, text, places, context, mode) {
        (Ok(patch), unknown) if unknown.is_empty() => Ok(patch),
        (Ok(_), unknown) => Err(one_or_many(unknown)),
        (Err(e), mut unknown) => {
            unknown.push(e);
            Err(one_or_many(unknown))
        }
    }
}

/// Every unknown key of a file checked against `places` (`context` names its top
/// level), each at its line and column with a did-you-mean.
pub(crate) fn unknown_keys_in(
    path: &Path,
    text: &str,
    json: bool,
    places: &[&'static Place],
    context: &'static str,
) -> Vec<Error> {
    let mode = Mode {
        json,
        directives: false,
    };
    read_as(path, text, places, context, mode).1
}

/// The walk itself: the patch (or the error that ended it) and the unknown keys met.
/// Broken syntax is reported alone.
pub(crate) fn read_as(
    file: &Path,
    text: &str,
    places: &[&'static Place],
    context: &'static str,
    mode: Mode,
) -> (Result<MapPatch, Error>, Vec<Error>) {
    let reader = Reader {
        directives: mode.directives,
        ..Reader::default()
    };
    let doc = DocSeed {
        r: &reader,
        places,
        context,
    };
    let walked = if mode.json {
        let mut d = serde_json::Deserializer::from_str(text);
        doc.deserialize(&mut d)
            .and_then(|p| d.end().map(|()| p))
            .map_err(|e| {
                let at = Source::at(file, e.line(), e.column());
                match serde_json::from_str::<de::IgnoredAny>(text) {
                    Err(syntax) => Error::Syntax {
                        file: Source::at(file, syntax.line(), syntax.column()),
                        message: format!("invalid JSON: {}", strip_at(&syntax.to_string())),
                    },
                    Ok(_) => reader.error(at, &strip_at(&e.to_string()), || Error::Syntax {
                        file: Source::at(file, e.line(), e.column()),
                        message: strip_at(&e.to_string()),
                    }),
                }
            })
    } else {
        doc.deserialize(serde_yaml::Deserializer::from_str(text))
            .map_err(|e| {
                // serde_yaml hands out events before it has read the whole file, so a
                // problem early in a file may be found before a syntax error later in
                // it. Broken YAML is the thing to report first.
                match serde_yaml::from_str::<de::IgnoredAny>(text) {
                    Err(syntax) => crate::error::serde_words::yaml_error(file, text, &syntax),
                    Ok(_) => {
                        let at = match e.location() {
                            Some(l) => Source::at(file, l.line(), l.column()),
                            None => Source::file(file),
                        };
                        reader.error(at, &e.to_string(), || {
                            crate::error::serde_words::yaml_error(file, text, &e)
                        })
                    }
                }
            })
    };
    if matches!(walked, Err(Error::Syntax { .. })) {
        return (walked, Vec::new());
    }
    let loc = Locator { file, text };
    let unknown = reader
        .unknown
        .take()
        .into_iter()
        .map(|u| Error::UnknownKey {
            file: loc.at_in(&u.at, Some(&u.key), mode.json),
            key: u.key,
            context: u.context.to_string(),
            expected: u.expected,
        })
        .collect();
    (walked, unknown)
}

fn one_or_many(mut errors: Vec<Error>) -> Error {
    if errors.len() == 1 {
        errors.remove(0)
    } else {
        Error::Many(errors)
    }
}

/// serde_json's message without its " at line L column C" (the position is given apart).
fn strip_at(msg: &str) -> String {
    match msg.rsplit_once(" at line ") {
        Some((m, _)) => m.to_string(),
        None => msg.to_string(),
    }
}

/// What went wrong, in more detail than a serde error message can carry.
pub(super) enum Problem {
    /// An unknown key where the walk can't go on (inside `match:`).
    UnknownKey {
        key: String,
        context: &'static str,
        expected: Vec<String>,
    },
    Invalid(String),
}

/// An unknown key met on the walk: reported once the walk is over (the walk goes on).
pub(super) struct Unknown {
    pub(super) at: Vec<Segment>,
    pub(super) key: String,
    pub(super) context: &'static str,
    pub(super) expected: Vec<String>,
}

/// Keeps the last [`Problem`] raised while the walk unwinds with a serde error, and
/// the unknown keys met on the way.
#[derive(Default)]
pub(super) struct Reader {
    problem: RefCell<Option<Problem>>,
    pub(super) unknown: RefCell<Vec<Unknown>>,
    pub(super) directives: bool,
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

    /// The error the walk ended with (its message `message`), as ours, at `at`;
    /// `otherwise` when it is none of ours.
    fn error(&self, at: Source, message: &str, otherwise: impl FnOnce() -> Error) -> Error {
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
            // A value of the wrong kind, found by serde against our `expecting`.
            None => match wrong_kind(message) {
                Some(message) => Error::Invalid { file: at, message },
                None => otherwise(),
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
    let found = crate::error::serde_words::found_words(found);
    Some(format!(
        "{path}expected {}, found {found}",
        crate::error::serde_words::kind(expected)
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
