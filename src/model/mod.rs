//! The résumé data model: JSON Resume v1.0.0 as Rust types.
//!
//! Every section of the schema is here, with its fields as the schema names them
//! (camelCase on the wire). Keys the schema does not know are kept in each type's
//! `extra` map so that nothing a person writes is lost on the way through vitae.
//! Extensions beyond the schema: `keywords` on work entries and a free-form `meta`.
//! [`keys`] is the table of valid keys at each place (what overrides are checked against);
//! [`registry`] the one list of the list sections that everything else derives from;
//! [`Resume::redacted`] is the résumé as one medium may publish it (see [`Privacy`]).
//!
//! This module only describes data; parsing text into it lives in `parse`, applying
//! overrides in `merge`, and turning it into pages in `render`.

pub mod controls;
pub mod keys;
mod paper;
mod privacy;
pub mod registry;
mod sections;
pub mod source_keys;

pub use paper::Paper;
pub use privacy::{Medium, Privacy, Publish, Visibility};
pub use registry::{PartEditor, SECTIONS, SECTION_ORDER};
pub use sections::*;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// Keys a document carries that the schema does not define, kept in source order.
pub type Extra = IndexMap<String, serde_json::Value>;

/// A whole résumé, as in the JSON Resume schema.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resume {
    #[serde(default, skip_serializing_if = "Basics::is_empty")]
    pub basics: Basics,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub work: Vec<Work>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volunteer: Vec<Volunteer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<Education>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Award>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<Certificate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Interest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Resume {
    /// The display name: `basics.name`, or a placeholder for a résumé without one.
    pub fn display_name(&self) -> &str {
        self.basics
            .name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or("Unnamed")
    }
}

/// `meta` of the schema (canonical, version, lastModified) plus anything else.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_survive_a_round_trip() {
        let src = r#"{"basics":{"name":"Ada","pronouns":"she/her"},
            "work":[{"name":"Acme","position":"Engineer","team":"Core","keywords":["Rust"]}],
            "x-custom":{"a":1}}"#;
        let r: Resume = serde_json::from_str(src).unwrap();
        assert_eq!(r.basics.extra["pronouns"], "she/her");
        assert_eq!(r.work[0].extra["team"], "Core");
        assert_eq!(r.work[0].keywords, vec!["Rust"]);
        let back: serde_json::Value = serde_json::to_value(&r).unwrap();
        let orig: serde_json::Value = serde_json::from_str(src).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn honors_are_a_list_and_one_string_is_one_item() {
        let one: Education = serde_json::from_str(r#"{"honors":"Cum laude"}"#).unwrap();
        assert_eq!(one.honors, ["Cum laude"]);
        let many: Education = serde_json::from_str(r#"{"honors":["A","B"]}"#).unwrap();
        assert_eq!(many.honors, ["A", "B"]);
        let none: Education = serde_json::from_str(r#"{"honors":null}"#).unwrap();
        assert!(none.honors.is_empty() && none.extra.is_empty());
        let e = serde_json::from_str::<Education>(r#"{"honors":3}"#).unwrap_err();
        assert!(
            e.to_string().contains("a string or a list of strings"),
            "{e}"
        );
        let back = serde_json::to_value(&one).unwrap();
        assert_eq!(back, serde_json::json!({"honors": ["Cum laude"]}));
    }

    #[test]
    fn empty_resume_serialises_to_empty_object() {
        assert_eq!(serde_json::to_string(&Resume::default()).unwrap(), "{}");
    }

    #[test]
    fn has_section_follows_content() {
        let mut r = Resume::default();
        assert!(!r.has_section("work"));
        r.work.push(Work::default());
        assert!(r.has_section("work"));
        assert!(!r.has_section("nonsense"));
    }
}
