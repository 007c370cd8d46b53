//! The schemas against the code that validates the same files: every key a schema
//! knows is accepted by vitae with a value of the schema's type, and where a schema
//! allows no other keys vitae refuses one too.

use std::path::Path;

use serde_json::{json, Value};

use super::generate::{paths, HELP};
use super::*;
use crate::merge::Overrides;

/// A value the schema `s` allows, with every property it names filled in.
fn sample(s: &Value) -> Value {
    if let Some(values) = s.get("enum").and_then(Value::as_array) {
        return values[0].clone();
    }
    if let Some(first) = s.get("examples").and_then(|e| e.get(0)) {
        return first.clone();
    }
    if let Some(any) = s.get("anyOf").and_then(|a| a.get(0)) {
        return sample(any);
    }
    let ty = match s.get("type") {
        Some(Value::Array(ts)) => ts[0].as_str().unwrap_or("null").to_string(),
        Some(Value::String(t)) => t.clone(),
        _ => "string".to_string(),
    };
    match ty.as_str() {
        "object" => {
            let props = s["properties"].as_object().cloned().unwrap_or_default();
            Value::Object(
                props
                    .iter()
                    // `new: true` and `match` exclude each other; `match` is sampled.
                    .filter(|(k, _)| *k != "new")
                    .map(|(k, v)| (k.clone(), sample(v)))
                    .collect(),
            )
        }
        "array" => json!([sample(&s["items"])]),
        "boolean" => json!(true),
        "number" => json!(1),
        _ if s.get("pattern").is_some() => json!("A4"),
        _ => json!("text"),
    }
}

/// vitae's verdict on a document for `file`: `Ok` or its error message.
fn vitae_accepts(file: SchemaFile, doc: &Value) -> std::result::Result<(), String> {
    let yaml = serde_yaml::to_string(doc).unwrap();
    let path = Path::new("test.yaml");
    match file {
        SchemaFile::Site => crate::site::SiteConfig::parse(path, &yaml).map(drop),
        SchemaFile::Overrides => Overrides::parse(path, &yaml).map(drop),
        SchemaFile::Theme => {
            let d = tempfile::tempdir().unwrap();
            let dir = d.path().join("themes/t");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("theme.yaml"), &yaml).unwrap();
            crate::render::ThemeSet::load(d.path()).and_then(|t| t.renderer("t", "en").map(drop))
        }
    }
    .map_err(|e| format!("{e}\n{yaml}"))
}

/// The full sample of `file`, with `replace` emptied (a replaced list takes no `match`).
fn full_sample(file: SchemaFile) -> Value {
    let mut doc = sample(&file.schema());
    if file == SchemaFile::Overrides {
        doc["replace"] = json!([]);
    }
    doc
}

#[test]
fn every_key_a_schema_knows_is_accepted() {
    for file in SchemaFile::ALL {
        let doc = full_sample(file);
        vitae_accepts(file, &doc).unwrap_or_else(|e| panic!("{}: {e}", file.name()));
    }
    // What the full sample leaves out: `new: true`, and every name `replace` takes.
    let new = json!({ "work": [{ "name": "Acme", "new": true }] });
    vitae_accepts(SchemaFile::Overrides, &new).unwrap();
    let schema = SchemaFile::Overrides.schema();
    for name in schema["properties"]["replace"]["items"]["enum"]
        .as_array()
        .unwrap()
    {
        let name = name.as_str().unwrap();
        let doc = match name {
            "profiles" => json!({ "replace": [name], "basics": { "profiles": [] } }),
            _ => json!({ "replace": [name], name: [] }),
        };
        vitae_accepts(SchemaFile::Overrides, &doc).unwrap();
    }
}

/// Every object of `doc` (with the schema part describing it), by JSON pointer.
fn objects<'a>(doc: &Value, s: &'a Value, at: String, out: &mut Vec<(String, &'a Value)>) {
    let s = s.get("anyOf").and_then(|a| a.get(0)).unwrap_or(s);
    match doc {
        Value::Object(map) => {
            out.push((at.clone(), s));
            for (k, v) in map {
                if let Some(sub) = s.get("properties").and_then(|p| p.get(k)) {
                    objects(v, sub, format!("{at}/{k}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects(v, &s["items"], format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn where_a_schema_allows_no_other_key_vitae_refuses_one() {
    for file in SchemaFile::ALL {
        let schema = file.schema();
        let doc = full_sample(file);
        let mut places = Vec::new();
        objects(&doc, &schema, String::new(), &mut places);
        // Every place is reached: site.yaml and overrides nest, theme.yaml is flat.
        assert!(
            places.len() > 1 || file == SchemaFile::Theme,
            "{}",
            file.name()
        );
        for (at, s) in places {
            let closed = s["additionalProperties"] == json!(false);
            for (key, allowed) in [
                ("zz-unknown", !closed),
                ("x-own", !closed || s.get("patternProperties").is_some()),
            ] {
                let mut bad = doc.clone();
                bad.pointer_mut(&at).unwrap()[key] = json!("v");
                let verdict = vitae_accepts(file, &bad);
                assert_eq!(
                    verdict.is_ok(),
                    allowed,
                    "{} key `{key}` at `{at}`: schema allows it: {allowed}, vitae: {verdict:?}",
                    file.name()
                );
            }
        }
    }
}

#[test]
fn help_names_real_keys() {
    for (file, path, _) in HELP {
        let mut all = Vec::new();
        paths(&file.schema(), "", &mut all);
        assert!(all.iter().any(|p| p == path), "{}: {path}", file.name());
    }
}

#[test]
fn names_and_local_files() {
    assert_eq!(names(), ["site", "overrides", "theme"]);
    assert_eq!(SchemaFile::from_name("site.yaml"), Some(SchemaFile::Site));
    assert_eq!(
        SchemaFile::from_name("overrides"),
        Some(SchemaFile::Overrides)
    );
    assert_eq!(SchemaFile::from_name("resume"), None);
    let d = tempfile::tempdir().unwrap();
    let written = write_local(d.path()).unwrap();
    assert_eq!(written.len(), 3);
    for (file, path) in SchemaFile::ALL.iter().zip(&written) {
        assert_eq!(std::fs::read_to_string(path).unwrap(), file.text());
    }
    assert_eq!(
        modeline(SchemaFile::Overrides, "../../"),
        "# yaml-language-server: $schema=../../.vitae/schema/overrides.schema.json\n"
    );
}
