//! The record of what vitae wrote into an output folder ([`MANIFEST`]): every file,
//! with a tag of its content and its length, and for each person the key of
//! everything their pages were made from. It is how a build knows which files are
//! its own to remove when stale (nothing else in the folder is ever removed), which
//! files already hold the bytes it would write, and which people need no work at all.
//!
//! Takes and gives paths relative to the output; reading it never fails (a missing,
//! torn or foreign record is an empty one), writing it is temp-and-rename. It does
//! not decide what is stale or what to write (see [`super::pending`]).

use std::collections::BTreeMap;
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::render::PersonLink;

/// The record's file name, inside the output (its form: [`super::lines`]).
pub const MANIFEST: &str = ".vitae-manifest";

/// The record's name when it was a JSON document (older versions): read when there
/// is no [`MANIFEST`], so what they wrote stays vitae's to remove; removed on save.
pub const LEGACY: &str = ".vitae-manifest.json";

/// Bumped when the record's meaning changes; an older record keeps only its list of
/// files (which says what vitae owns), not its tags and keys.
const FORMAT: u32 = 1;

/// One file vitae wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    /// A hash of the bytes written, or of the source file's name, length and time for
    /// a copied file (so unchanged copies are not even read).
    pub tag: String,
    pub len: u64,
}

/// One person's pages as last built.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonEntry {
    /// The hash of everything their pages were made from (see `build::keys`).
    pub key: String,
    /// The theme their pages use, whose static files the site must keep.
    pub theme: String,
    pub link: PersonLink,
    /// Their files, relative to the output.
    pub files: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub vitae: String,
    pub files: BTreeMap<String, Written>,
    pub people: BTreeMap<String, PersonEntry>,
    /// The key of the site's own pages (index, 404, sitemap, robots.txt): the site's
    /// key with everyone's link.
    #[serde(default)]
    pub site_pages: String,
}

impl Manifest {
    /// An empty record of this version of vitae.
    pub fn new() -> Manifest {
        Manifest {
            format: FORMAT,
            vitae: env!("CARGO_PKG_VERSION").to_string(),
            ..Manifest::default()
        }
    }

    /// The record in `output`; an empty one when there is none or it cannot be read.
    /// Paths that would lead out of the output (an edited record) are dropped.
    pub fn load(output: &Path) -> Manifest {
        let read = match std::fs::read_to_string(output.join(MANIFEST)) {
            Ok(text) => super::lines::read(&text),
            Err(_) => std::fs::read(output.join(LEGACY))
                .ok()
                .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok()),
        };
        let Some(mut m) = read else {
            return Manifest::new();
        };
        m.files.retain(|rel, _| is_inside(rel));
        if m.format != FORMAT || m.vitae != env!("CARGO_PKG_VERSION") {
            // Another version's tags may mean other bytes: keep only what it owns.
            for w in m.files.values_mut() {
                w.tag.clear();
            }
            m.people.clear();
            m.site_pages.clear();
            m.format = FORMAT;
            m.vitae = env!("CARGO_PKG_VERSION").to_string();
        }
        for p in m.people.values_mut() {
            p.files.retain(|rel| is_inside(rel));
        }
        m
    }

    /// Writes the record into `output` (a temporary file renamed into place, so a
    /// killed build leaves the old record or the new one, never half of one).
    pub fn save(&self, output: &Path) -> Result<()> {
        super::write_file(&output.join(MANIFEST), super::lines::write(self).as_bytes())?;
        let _ = std::fs::remove_file(output.join(LEGACY));
        Ok(())
    }

    /// Whether the file at `rel` was written by vitae with this tag and still has the
    /// length it was written with.
    pub fn holds(&self, output: &Path, rel: &str, tag: &str) -> bool {
        self.files.get(rel).is_some_and(|w| {
            !w.tag.is_empty() && w.tag == tag && len_of(output, rel) == Some(w.len)
        })
    }

    /// Whether every file of `entry` is still in the output with the length written.
    pub fn intact(&self, output: &Path, entry: &PersonEntry) -> bool {
        self.all_intact(output, &entry.files)
    }

    /// Whether every one of `files` is still in the output with the length written.
    pub fn all_intact(&self, output: &Path, files: &[impl AsRef<str>]) -> bool {
        files.iter().map(AsRef::as_ref).all(|rel| {
            self.files
                .get(rel)
                .is_some_and(|w| len_of(output, rel) == Some(w.len))
        })
    }
}

fn len_of(output: &Path, rel: &str) -> Option<u64> {
    std::fs::symlink_metadata(output.join(rel))
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

/// Whether `rel` names something strictly inside a folder: plain names only, no
/// `..`, no root, nothing empty.
pub fn is_inside(rel: &str) -> bool {
    !rel.is_empty()
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_or_foreign_record_is_empty_and_paths_stay_inside() {
        let d = tempfile::tempdir().unwrap();
        assert!(Manifest::load(d.path()).files.is_empty());
        std::fs::write(
            d.path().join(MANIFEST),
            b"vitae-manifest\t1\t0.1.0\nf\ta\tb\t1\n",
        )
        .unwrap();
        assert!(Manifest::load(d.path()).files.is_empty());

        let mut m = Manifest::new();
        for rel in [
            "ada/index.html",
            "../outside.txt",
            "/etc/passwd",
            "a/../../b",
        ] {
            m.files.insert(
                rel.into(),
                Written {
                    tag: "t".into(),
                    len: 1,
                },
            );
        }
        m.save(d.path()).unwrap();
        let back = Manifest::load(d.path());
        assert_eq!(back.files.keys().collect::<Vec<_>>(), ["ada/index.html"]);
        assert_eq!(back.files["ada/index.html"].tag, "t");
    }

    #[test]
    fn an_older_json_record_is_read_then_replaced() {
        let d = tempfile::tempdir().unwrap();
        let json = r#"{"format":1,"vitae":"0.0.1","files":{"ada/index.html":{"tag":"t","len":1}},"people":{}}"#;
        std::fs::write(d.path().join(LEGACY), json).unwrap();
        let m = Manifest::load(d.path());
        assert_eq!(m.files.keys().collect::<Vec<_>>(), ["ada/index.html"]);
        assert_eq!(
            m.files["ada/index.html"].tag, "",
            "another version's tags are dropped"
        );
        m.save(d.path()).unwrap();
        assert!(!d.path().join(LEGACY).exists());
        assert_eq!(Manifest::load(d.path()).files.len(), 1);
    }

    #[test]
    fn holds_needs_the_same_tag_and_length() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.html"), "abc").unwrap();
        let mut m = Manifest::new();
        m.files.insert(
            "a.html".into(),
            Written {
                tag: "x".into(),
                len: 3,
            },
        );
        assert!(m.holds(d.path(), "a.html", "x"));
        assert!(!m.holds(d.path(), "a.html", "y"));
        std::fs::write(d.path().join("a.html"), "abcd").unwrap();
        assert!(!m.holds(d.path(), "a.html", "x"), "changed by hand");
        assert!(!m.holds(d.path(), "b.html", "x"), "missing");
    }
}
