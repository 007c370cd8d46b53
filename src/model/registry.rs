//! The one registry of the résumé's list sections (`work`, `education` …): their
//! order on a page, their key tables and where each sits in [`Resume`].
//!
//! Everything that walks the sections derives from the single list in this file: the
//! top-level key table [`RESUME`] (what overrides and sources are checked against),
//! [`SECTION_ORDER`] (the default order of a page and the names `sections:` accepts),
//! [`Resume::has_section`], the merge's dispatch to each typed part
//! ([`Resume::edit_part`]), the render schema (`render::context`) and the check that a
//! theme's labels cover every section (`render::i18n`). A new section is one line here
//! plus its type in `sections` and its table in `keys`.
//!
//! It holds no words: headings a reader recognises live in the reader's lexicon, the
//! labels a theme prints in `render::i18n`.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::keys::{self, Field, Kind, ListSection, Place};
use super::Resume;

/// Something done to one typed part of a résumé (`basics`, a section's list, `meta`),
/// whatever its Rust type: [`Resume::edit_part`] picks the part by key and hands it here.
/// Generic over the part so that callers (the merge) need no list of sections.
pub trait PartEditor {
    type Output;
    fn edit<T: Serialize + DeserializeOwned + Default>(
        self,
        key: &str,
        part: &mut T,
    ) -> Self::Output;
}

macro_rules! registry {
    ($($field:ident => $table:ident),* $(,)?) => {
        /// The list sections of the schema, in the order a résumé usually presents
        /// them. Themes render sections in this order unless the site or person sets
        /// another.
        pub const SECTION_ORDER: &[&str] = &[$(stringify!($field)),*];

        /// Each list section's key table, in [`SECTION_ORDER`].
        pub static SECTIONS: &[&ListSection] = &[$(&keys::$table),*];

        /// The whole résumé (top level of JSON Resume): `$schema`, `basics`, every
        /// list section and `meta`.
        pub static RESUME: Place = Place {
            context: "the résumé",
            fields: &[
                Field::new("$schema", Kind::Text),
                Field::new("basics", Kind::Object(&keys::BASICS)),
                $(Field::new(stringify!($field), Kind::List(&keys::$table)),)*
                Field::new("meta", Kind::Object(&keys::META)),
            ],
            open: false,
        };

        impl Resume {
            /// Whether the section called `name` (a key of [`SECTION_ORDER`]) has any entry.
            pub fn has_section(&self, name: &str) -> bool {
                match name {
                    $(stringify!($field) => !self.$field.is_empty(),)*
                    _ => false,
                }
            }

            /// Runs `editor` on the typed part under the top-level key `key`
            /// (`basics`, `meta` or a list section); `None` for any other key
            /// (`$schema`, `x-…`), which lives in the résumé's `extra`.
            pub fn edit_part<E: PartEditor>(&mut self, key: &str, editor: E) -> Option<E::Output> {
                match key {
                    "basics" => Some(editor.edit(key, &mut self.basics)),
                    "meta" => Some(editor.edit(key, &mut self.meta)),
                    $(stringify!($field) => Some(editor.edit(key, &mut self.$field)),)*
                    _ => None,
                }
            }
        }
    };
}

registry! {
    work => WORK,
    volunteer => VOLUNTEER,
    education => EDUCATION,
    projects => PROJECTS,
    publications => PUBLICATIONS,
    awards => AWARDS,
    certificates => CERTIFICATES,
    skills => SKILLS,
    languages => LANGUAGES,
    interests => INTERESTS,
    references => REFERENCES,
}

/// The list section under the top-level key `name` (`"work"` → [`keys::WORK`]).
pub fn list_section(name: &str) -> Option<&'static ListSection> {
    SECTIONS.iter().copied().find(|s| s.key == name)
}

/// The first of `names` that is no section of the registry (a `sections:` setting
/// with a typo), if any.
pub fn unknown_section(names: &[String]) -> Option<&String> {
    names.iter().find(|n| !SECTION_ORDER.contains(&n.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keys::Kind;
    use serde_json::{json, Value};

    fn sample(kind: Kind) -> Value {
        match kind {
            Kind::Text => json!("text"),
            Kind::TextList | Kind::TextOrList => json!(["one", "two"]),
            Kind::Flag => json!(true),
            Kind::Any => json!({"free": 1}),
            Kind::Object(place) => filled(place),
            Kind::List(list) => json!([filled(&list.entry)]),
        }
    }

    fn filled(place: &Place) -> Value {
        Value::Object(
            place
                .fields
                .iter()
                .map(|f| (f.key.to_string(), sample(f.kind)))
                .collect(),
        )
    }

    /// The keys of the table that the Rust model keeps in `extra` (documented extensions).
    fn extras(r: &Resume) -> Vec<String> {
        let mut out = Vec::new();
        let mut add = |place: &str, e: &crate::model::Extra| {
            out.extend(e.keys().map(|k| format!("{place}.{k}")))
        };
        add("resume", &r.extra);
        add("basics", &r.basics.extra);
        add("location", &r.basics.location.as_ref().unwrap().extra);
        add("profiles", &r.basics.profiles[0].extra);
        add("work", &r.work[0].extra);
        add("volunteer", &r.volunteer[0].extra);
        add("education", &r.education[0].extra);
        add("awards", &r.awards[0].extra);
        add("certificates", &r.certificates[0].extra);
        add("publications", &r.publications[0].extra);
        add("skills", &r.skills[0].extra);
        add("languages", &r.languages[0].extra);
        add("interests", &r.interests[0].extra);
        add("references", &r.references[0].extra);
        add("projects", &r.projects[0].extra);
        out
    }

    #[test]
    fn every_key_of_the_table_fits_the_model() {
        let doc = filled(&RESUME);
        let r: Resume = serde_json::from_value(doc.clone()).expect("table fits the model");
        assert_eq!(serde_json::to_value(&r).unwrap(), doc, "round trip");
        // Only the documented extensions (and `$schema`) fall through to `extra`.
        let mut extra = extras(&r);
        extra.sort();
        assert_eq!(
            extra,
            [
                "education.description",
                "projects.location",
                "resume.$schema"
            ]
        );
    }

    #[test]
    fn list_sections_are_the_display_sections() {
        let mut table: Vec<&str> = RESUME
            .fields
            .iter()
            .filter(|f| matches!(f.kind, Kind::List(_)))
            .map(|f| f.key)
            .collect();
        let mut order = SECTION_ORDER.to_vec();
        table.sort();
        order.sort();
        assert_eq!(table, order);
        for name in SECTION_ORDER {
            let list = list_section(name).unwrap();
            assert_eq!(list.key, *name);
            for id in list.identity {
                assert!(list.entry.field(id).is_some(), "{name}.{id}");
            }
        }
        assert!(list_section("basics").is_none());
    }
}
