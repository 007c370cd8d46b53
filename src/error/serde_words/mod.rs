//! serde's error messages as a person reads them. Takes a serde_json or serde_yaml
//! error (and the text it came from); gives our [`Error`] with one position, up front,
//! never column 0, and a message in words: what was expected and what was found
//! (`work[1].startDate: expected text, found a list`), with no Rust type names
//! (`struct SiteConfig`) or serde's names for kinds (`sequence`), the field a JSON
//! value is in, and a duplicate key at its own line rather than at its map's.
//!
//! It does not decide what is valid; the types being read do that.

use std::path::Path;

use crate::error::{Error, Source};

mod locate;
#[cfg(test)]
mod tests;

use locate::{duplicate_line, json_path_at, no_column_zero};

/// A serde_json error reading `text` (a JSON Resume) from `path`.
pub(crate) fn json_error(path: &Path, text: &str, e: &serde_json::Error) -> Error {
    let (line, column) = no_column_zero(text, e.line(), e.column());
    let file = Source::at(path, line, column);
    let said = strip_positions(&e.to_string());
    let message = match e.classify() {
        // serde reads a struct from a list too (field by field), which a résumé never
        // means: a file that is a list is simply not a résumé.
        serde_json::error::Category::Data if text.trim_start().starts_with('[') => {
            return Error::Syntax {
                file: Source::at(path, 1, 1),
                message: "not JSON Resume: expected an object (`{\"basics\": …}`), found a list"
                    .into(),
            };
        }
        serde_json::error::Category::Data => {
            let field = json_path_at(text, e.line(), e.column());
            let words = words(&said);
            if field.is_empty() {
                format!("not JSON Resume: {words}")
            } else {
                format!("{field}: {words}")
            }
        }
        serde_json::error::Category::Eof => {
            format!("invalid JSON: the file ends before {}", what_ends(&said))
        }
        _ => format!("invalid JSON: {}", words(&said)),
    };
    Error::Syntax { file, message }
}

/// A serde_yaml error reading `text` from `path`.
pub(crate) fn yaml_error(path: &Path, text: &str, e: &serde_yaml::Error) -> Error {
    let said = strip_positions(&e.to_string());
    // serde_yaml hands out values before it has read the whole file, so a value of the
    // wrong kind may be met before broken YAML further on; the broken YAML comes first.
    if is_data_error(&said) {
        if let Err(syntax) = serde_yaml::from_str::<serde::de::IgnoredAny>(text) {
            return yaml_error(path, text, &syntax);
        }
    }
    let mut file = match e.location() {
        Some(l) => Source::at(path, l.line(), l.column().max(1)),
        None => Source::file(path),
    };
    if let Some(key) = duplicate_key(&said) {
        if let Some((line, column)) = file
            .at
            .and_then(|at| duplicate_line(text, &key, at.line, at.column))
        {
            file = Source::at(path, line, column);
        }
    }
    let message = if is_data_error(&said) {
        words(&said)
    } else {
        let line = file
            .at
            .and_then(|at| text.lines().nth(at.line.saturating_sub(1)));
        // YAML allows no tabs in indentation, and a tab looks like spaces on screen.
        let tab = if line.is_some_and(|l| l.trim_start_matches(' ').starts_with('\t')) {
            " (a tab: YAML indents with spaces only)"
        } else {
            ""
        };
        format!("invalid YAML: {}{tab}", words(&said))
    };
    Error::Syntax { file, message }
}

/// serde's messages end in " at line L column C" (some nested ones twice); the
/// position is printed up front instead.
fn strip_positions(msg: &str) -> String {
    let re = regex::Regex::new(r" at line \d+ column \d+").expect("valid pattern");
    let msg = re.replace_all(msg, "");
    // libyaml adds the construct it was in ("while parsing a flow sequence"), in
    // its grammar's words: said as written, or left out.
    match msg.split_once(", while ") {
        Some((head, context)) => match construct(context) {
            Some(c) => format!("{head} {c}"),
            None => head.to_string(),
        },
        None => msg.into_owned(),
    }
}

/// libyaml's "while parsing a flow sequence" as the thing a person wrote.
fn construct(context: &str) -> Option<&'static str> {
    Some(match context.trim() {
        "parsing a flow sequence" => "in a [ … ] list",
        "parsing a flow mapping" => "in a { … } map",
        "parsing a block collection" => "in a list of - items",
        "scanning a quoted scalar" => "in a quoted text (is its closing quote missing?)",
        _ => return None,
    })
}

/// A message raised by the types being read (the text itself was valid).
fn is_data_error(msg: &str) -> bool {
    [
        "invalid type: ",
        "invalid value: ",
        "unknown variant ",
        "missing field ",
        "duplicate field ",
        "duplicate entry ",
        "unknown field ",
        "invalid length ",
    ]
    .iter()
    .any(|w| msg.contains(w))
}

/// serde's message in words, keeping a leading `path: `.
pub(crate) fn words(msg: &str) -> String {
    for marker in ["invalid type: ", "invalid value: "] {
        if let Some((path, rest)) = msg.split_once(marker) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return format!(
                    "{path}expected {}, found {}",
                    kind(expected),
                    found_words(found)
                );
            }
        }
    }
    if let Some((path, rest)) = msg.split_once("invalid length ") {
        if let Some((n, expected)) = rest.split_once(", expected ") {
            // serde reads a struct from a list too, and then counts its items.
            return if expected.starts_with("struct ") {
                format!("{path}expected a map of keys, found a list")
            } else {
                format!("{path}expected {}, found {n} items", kind(expected))
            };
        }
    }
    if let Some(key) = duplicate_key(msg) {
        let path = msg.split_once("duplicate ").map_or("", |(p, _)| p);
        return format!("{path}`{key}` is given twice");
    }
    if let Some((path, rest)) = msg.split_once("unknown variant ") {
        return format!("{path}unknown value {rest}");
    }
    msg.to_string()
}

/// The key of serde's "duplicate field `k`" or serde_yaml's "duplicate entry with key "k"".
fn duplicate_key(msg: &str) -> Option<String> {
    if let Some(rest) = msg.split_once("duplicate field `").map(|(_, r)| r) {
        return rest.split_once('`').map(|(k, _)| k.to_string());
    }
    let rest = msg.split_once("duplicate entry with key \"")?.1;
    rest.split_once('"').map(|(k, _)| k.to_string())
}

/// What serde expected, in words.
pub(crate) fn kind(expected: &str) -> String {
    let e = expected.trim();
    let words = match e {
        "a string" | "a borrowed string" | "string" => "text",
        "a sequence" | "sequence" => "a list",
        "a boolean" | "bool" => "true or false",
        "a map" | "map" => "a map of keys",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            "a whole number"
        }
        "f32" | "f64" => "a number",
        "struct SiteConfig" => "the settings of site.yaml (key: value lines)",
        "struct Manifest" => "the settings of theme.yaml (key: value lines)",
        "struct Resume" => "a JSON Resume (keys such as basics, work, education)",
        "struct Basics" => "the keys of basics (name, label, email …)",
        _ if e.starts_with("struct ") => "a map of keys",
        _ if e.starts_with("enum ") || e.starts_with("tuple") => "one of its values",
        _ => return e.to_string(),
    };
    words.to_string()
}

/// What serde found, in words: `sequence` → a list, `integer `1`` → the number 1.
pub(crate) fn found_words(found: &str) -> String {
    let f = found.trim();
    let value = |prefix: &str| {
        f.strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_string())
    };
    if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        return format!("the number {v}");
    }
    if let Some(v) = value("boolean ") {
        return v;
    }
    if let Some(v) = value("string ") {
        return format!("the text {v}");
    }
    match f {
        "sequence" => "a list".into(),
        "map" => "a map".into(),
        "unit value" | "unit" => "nothing".into(),
        "null" => "null".into(),
        _ => f.to_string(),
    }
}

/// What a JSON file ends inside of, from serde_json's "EOF while parsing …".
fn what_ends(msg: &str) -> &'static str {
    if msg.contains("an object") {
        "a `{` is closed with `}`"
    } else if msg.contains("a list") {
        "a `[` is closed with `]`"
    } else if msg.contains("a string") {
        "a string's closing `\"`"
    } else {
        "a value is complete"
    }
}
