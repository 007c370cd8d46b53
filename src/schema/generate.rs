//! A key table ([`Place`]) as a JSON Schema: each field's kind as a type, the keys of
//! each place as `properties` with no others (`x-…` keys aside, which are a person's
//! own data anywhere), a free-form place open. On top of the tables: the values a few
//! settings take (paper sizes, section names, built-in themes) from the constants the
//! code checks them with, and a line of help per setting for the editor to show.
//!
//! Overrides differ from `site.yaml` in two ways the code has: `null` removes a key,
//! and a list entry may carry the merge directives (`match`, `new`, `hidden`).

use serde_json::{json, Map, Value};

use super::SchemaFile;
use crate::merge::{replaceable, SETTINGS};
use crate::model::keys::{Kind, ListSection, Place, DIRECTIVES};
use crate::model::registry::RESUME;
use crate::model::SECTION_ORDER;
use crate::render::{built_in_themes, THEME_YAML};
use crate::site::SITE;

/// Help shown by editors, by file and dotted path.
pub(super) const HELP: &[(SchemaFile, &str, &str)] = &[
    (SchemaFile::Site, "title", "The site's title: the index page's heading and every page's <title>."),
    (SchemaFile::Site, "base_url", "Where the site will live, e.g. https://example.org/cv/ (canonical URLs, sitemap, absolute links in resume.json). Empty: links stay relative."),
    (SchemaFile::Site, "description", "The site's description, for search engines and link previews."),
    (SchemaFile::Site, "theme", "The theme every page uses, unless a person's overrides pick another: a built-in one or a folder under themes/."),
    (SchemaFile::Site, "language", "The pages' language as a BCP 47 tag (en, de, pt-BR): month names and words like \"Present\"."),
    (SchemaFile::Site, "paper", "Paper size for print and PDF."),
    (SchemaFile::Site, "pdf", "true: every build prints each person's page to <slug>/<slug>.pdf through an installed Chromium or Chrome (as `vitae build --pdf`)."),
    (SchemaFile::Site, "sections", "Order of the résumé sections; sections not listed follow in the usual order."),
    (SchemaFile::Site, "privacy", "Which contact details the web page and print show, and whether meta and x- keys are published."),
    (SchemaFile::Overrides, "theme", "This person's theme, over site.yaml's."),
    (SchemaFile::Overrides, "paper", "This person's paper size for print (A4 or Letter)."),
    (SchemaFile::Overrides, "order", "This person's section order; sections not listed follow."),
    (SchemaFile::Overrides, "privacy", "This person's privacy; keys not set keep site.yaml's."),
    (SchemaFile::Overrides, "replace", "Lists in this file that replace the parsed ones whole instead of merging."),
    (SchemaFile::Theme, "description", "One line about the theme."),
    (SchemaFile::Theme, "extends", "The parent theme: templates and static files this theme lacks come from it, and its theme.css loads before this one's."),
    (SchemaFile::Theme, "replace_css", "true: only this theme's theme.css is loaded, not its ancestors'."),
    (SchemaFile::Site, "privacy.web", "What the web page (and resume.json, JSON-LD) shows."),
    (SchemaFile::Site, "privacy.print", "What print and PDF show."),
    (SchemaFile::Site, "privacy.obfuscate_email", "Write the e-mail on the page in a form that address harvesters don't read."),
    (SchemaFile::Site, "privacy.publish", "Publish the résumé's meta and x- keys (private by default)."),
];

/// What sort of file a schema is made for.
#[derive(Clone, Copy)]
struct Ctx {
    file: SchemaFile,
    /// `null` removes a key, and list entries take the merge directives.
    overrides: bool,
}

pub fn schema(file: SchemaFile) -> Value {
    let ctx = Ctx {
        file,
        overrides: file == SchemaFile::Overrides,
    };
    let (title, mut root) = match file {
        SchemaFile::Site => ("vitae site.yaml", place(&SITE, ctx, "", None)),
        SchemaFile::Theme => ("vitae theme.yaml", place(&THEME_YAML, ctx, "", None)),
        SchemaFile::Overrides => {
            let mut s = place(&RESUME, ctx, "", None);
            let settings = place(&SETTINGS, ctx, "", None);
            if let (Some(props), Some(more)) = (
                s["properties"].as_object_mut(),
                settings["properties"].as_object(),
            ) {
                props.extend(more.clone());
            }
            ("vitae overrides.yaml", s)
        }
    };
    let obj = root.as_object_mut().expect("a place is an object");
    // An empty file (or one with only comments) is valid and changes nothing.
    obj.insert("type".into(), json!(["object", "null"]));
    let mut head = Map::new();
    head.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    head.insert("title".into(), json!(title));
    head.insert(
        "description".into(),
        json!(format!(
            "Keys of {} as vitae {} reads them (`vitae schema {}` prints this).",
            file.described(),
            env!("CARGO_PKG_VERSION"),
            file.name()
        )),
    );
    head.extend(obj.clone());
    Value::Object(head)
}

/// The schema of a map with `place`'s keys; `list` when it is an entry of that list.
fn place(place: &'static Place, ctx: Ctx, path: &str, list: Option<&ListSection>) -> Value {
    let mut props = Map::new();
    for field in place.fields {
        let at = if path.is_empty() {
            field.key.to_string()
        } else {
            format!("{path}.{}", field.key)
        };
        let mut s = kind(field.kind, ctx, &at);
        refine(&mut s, ctx, &at);
        props.insert(field.key.to_string(), s);
    }
    if let (Some(list), true) = (list, ctx.overrides) {
        for d in DIRECTIVES {
            props.insert(d.to_string(), directive(d, list));
        }
    }
    let mut s = json!({ "type": "object", "properties": props });
    s["additionalProperties"] = json!(place.open);
    if ctx.overrides && !place.open {
        // A person's own data, valid anywhere in overrides.
        s["patternProperties"] = json!({ "^x-": {} });
    }
    s
}

/// The schema of a value of kind `kind` at `path`.
fn kind(kind: Kind, ctx: Ctx, path: &str) -> Value {
    // YAML reads `2019` or `true` as a number or a flag; vitae takes it as written.
    let text = json!({ "type": ["string", "number", "boolean"] });
    let s = match kind {
        Kind::Text => text,
        Kind::TextList => json!({ "type": "array", "items": text }),
        Kind::TextOrList => json!({ "anyOf": [text, { "type": "array", "items": text }] }),
        Kind::Flag => json!({ "type": "boolean" }),
        Kind::Object(p) => place(p, ctx, path, None),
        Kind::List(list) => {
            json!({ "type": "array", "items": place(&list.entry, ctx, path, Some(list)) })
        }
        Kind::Any => json!({}),
    };
    if ctx.overrides {
        nullable(s)
    } else {
        s
    }
}

/// `s`, or `null` (which removes the key in overrides).
fn nullable(s: Value) -> Value {
    match s.get("type").cloned() {
        Some(Value::String(t)) => with_type(s, json!([t, "null"])),
        Some(Value::Array(mut ts)) => {
            ts.push(json!("null"));
            with_type(s, Value::Array(ts))
        }
        _ if s.as_object().is_some_and(|o| o.is_empty()) => s,
        _ => json!({ "anyOf": [s, { "type": "null" }] }),
    }
}

fn with_type(mut s: Value, t: Value) -> Value {
    s["type"] = t;
    s
}

/// A merge directive of an entry of `list`.
fn directive(name: &str, list: &ListSection) -> Value {
    match name {
        "match" => {
            let ids: Map<String, Value> = list
                .identity
                .iter()
                .map(|id| (id.to_string(), json!({ "type": "string" })))
                .collect();
            json!({
                "description": format!(
                    "Find the {} entry to change by this name, or by a map of {}.",
                    list.key,
                    list.identity.join(" and ")
                ),
                "anyOf": [
                    { "type": "string" },
                    { "type": "object", "properties": ids, "additionalProperties": false }
                ]
            })
        }
        "new" => {
            json!({ "type": "boolean", "description": "true: an entry the résumé does not have, added." })
        }
        _ => {
            json!({ "type": "boolean", "description": "true: off the pages and out of resume.json." })
        }
    }
}

/// The values a few settings take, and their help.
fn refine(s: &mut Value, ctx: Ctx, path: &str) {
    let sections = || json!(SECTION_ORDER);
    match (ctx.file, path) {
        (SchemaFile::Site, "paper") => *s = json!({ "enum": ["A4", "Letter"] }),
        // Overrides read the paper size in any case.
        (SchemaFile::Overrides, "paper") => {
            *s = json!({ "type": ["string", "null"], "pattern": "^([Aa]4|[Ll][Ee][Tt][Tt][Ee][Rr])$" })
        }
        (SchemaFile::Site, "sections") | (SchemaFile::Overrides, "order") => {
            s["items"] = json!({ "enum": sections() })
        }
        (SchemaFile::Overrides, "replace") => s["items"] = json!({ "enum": replaceable() }),
        // What `vitae build` accepts: empty, or an http(s) address with a host.
        (SchemaFile::Site, "base_url") => {
            s["pattern"] = json!("^(https?://[^/?#\\s]+.*)?$");
            s["examples"] = json!(["https://example.org/cv/"]);
        }
        (SchemaFile::Site | SchemaFile::Overrides, "theme") | (SchemaFile::Theme, "extends") => {
            s["examples"] = json!(built_in_themes())
        }
        _ => {}
    }
    let help = HELP
        .iter()
        .find(|(f, p, _)| {
            (*f == ctx.file
                || (ctx.overrides && *f == SchemaFile::Site && p.starts_with("privacy.")))
                && *p == path
        })
        .map(|(_, _, h)| *h);
    if let Some(help) = help {
        s["description"] = json!(help);
    }
}

/// Every dotted path of a schema's properties (`privacy.web.email`, `work.name`).
#[cfg(test)]
pub(super) fn paths(s: &Value, prefix: &str, out: &mut Vec<String>) {
    let s = s.get("items").unwrap_or(s);
    if let Some(props) = s.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            let at = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            out.push(at.clone());
            paths(v, &at, out);
        }
    }
}
