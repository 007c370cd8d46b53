//! What a batch of file changes means for the preview: which part of the site to
//! rebuild. One person's files → that person; a new or deleted person folder,
//! `site.yaml`, `templates/` or `themes/` → everything; a file in `static/` → copy
//! that file. It decides only; [`super::rebuild`] does the work.
//!
//! Editor noise is filtered out earlier, by [`super::watch`].

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The work one batch of changes calls for. Plans merge, so a plan that failed
/// can be retried together with the next change.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Reload the site from disk and build everything.
    pub full: bool,
    /// People whose pages to rebuild.
    pub people: BTreeSet<String>,
    /// Files under `static/` (relative to it) to copy into the output.
    pub static_files: BTreeSet<PathBuf>,
    /// Every changed path that mattered, relative to the site root (for messages).
    pub changed: BTreeSet<PathBuf>,
}

impl Plan {
    /// A plan that rebuilds everything (the first build, or after the watcher lost track).
    pub fn everything() -> Plan {
        Plan {
            full: true,
            ..Plan::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        !self.full && self.people.is_empty() && self.static_files.is_empty()
    }

    /// Only stylesheets changed: open pages can swap them without reloading.
    pub fn css_only(&self) -> bool {
        !self.changed.is_empty()
            && self
                .changed
                .iter()
                .all(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("css")))
    }

    pub fn merge(&mut self, other: Plan) {
        self.full |= other.full;
        self.people.extend(other.people);
        self.static_files.extend(other.static_files);
        self.changed.extend(other.changed);
    }

    /// The plan for `paths` (absolute, under `root`). `is_person` says whether a slug
    /// was a person in the last build; the file system says what exists now.
    pub fn classify(root: &Path, paths: &[PathBuf], is_person: impl Fn(&str) -> bool) -> Plan {
        let mut plan = Plan::default();
        for path in paths {
            let Ok(rel) = path.strip_prefix(root) else {
                continue;
            };
            let parts: Vec<&str> = rel
                .components()
                .filter_map(|c| match c {
                    Component::Normal(s) => s.to_str(),
                    _ => None,
                })
                .collect();
            let matters = match parts.as_slice() {
                ["site.yaml"] => {
                    plan.full = true;
                    true
                }
                ["templates" | "themes", ..] => {
                    plan.full = true;
                    true
                }
                ["static"] => {
                    plan.full = true;
                    true
                }
                ["static", ..] => {
                    // A new or changed file is copied; anything else (a deleted file,
                    // a folder) is left to a full build, which starts from scratch.
                    if path.is_file() {
                        plan.static_files
                            .insert(rel.strip_prefix("static").unwrap_or(rel).to_path_buf());
                    } else {
                        plan.full = true;
                    }
                    true
                }
                ["content"] => {
                    plan.full = true;
                    true
                }
                ["content", slug, ..] => {
                    let is_dir = root.join("content").join(slug).is_dir();
                    if is_hidden(slug) {
                        false
                    } else if is_person(slug) && is_dir {
                        plan.people.insert((*slug).to_string());
                        true
                    } else if is_person(slug) || is_dir {
                        // A person folder appeared or went away: the index, the sitemap
                        // and the output folders all change.
                        plan.full = true;
                        true
                    } else {
                        // A stray file directly in content/, or something that came and went.
                        false
                    }
                }
                _ => false,
            };
            if matters {
                plan.changed.insert(rel.to_path_buf());
            }
        }
        plan
    }
}

/// Folders under `content/` that are not people (drafts), as `site::scan_people` skips them.
fn is_hidden(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for dir in ["content/ada", "content/bo", "content/_draft", "static/css"] {
            std::fs::create_dir_all(d.path().join(dir)).unwrap();
        }
        std::fs::write(d.path().join("static/css/site.css"), "x").unwrap();
        std::fs::write(d.path().join("static/logo.svg"), "x").unwrap();
        d
    }

    fn plan(root: &Path, rels: &[&str]) -> Plan {
        let paths: Vec<PathBuf> = rels.iter().map(|r| root.join(r)).collect();
        Plan::classify(root, &paths, |s| s == "ada" || s == "gone")
    }

    #[test]
    fn person_files_rebuild_that_person_only() {
        let d = site();
        let p = plan(
            d.path(),
            &["content/ada/overrides.yaml", "content/ada/resume.md"],
        );
        assert!(!p.full);
        assert_eq!(p.people, BTreeSet::from(["ada".to_string()]));
        assert_eq!(p.changed.len(), 2);
        assert!(!p.css_only());
    }

    #[test]
    fn new_and_deleted_people_rebuild_everything() {
        let d = site();
        assert!(plan(d.path(), &["content/bo/resume.md"]).full, "new folder");
        assert!(plan(d.path(), &["content/gone"]).full, "deleted folder");
        assert!(plan(d.path(), &["content/gone/resume.md"]).full);
    }

    #[test]
    fn drafts_and_unrelated_files_do_nothing() {
        let d = site();
        for rel in [
            "content/_draft/resume.md",
            "content/notes.txt",
            "public/index.html",
            "README.md",
            "target/debug/x",
        ] {
            assert!(plan(d.path(), &[rel]).is_empty(), "{rel}");
        }
        let outside = Plan::classify(d.path(), &[PathBuf::from("/elsewhere/site.yaml")], |_| true);
        assert!(outside.is_empty());
    }

    #[test]
    fn settings_templates_and_themes_rebuild_everything() {
        let d = site();
        for rel in [
            "site.yaml",
            "templates/person.html",
            "themes/mine/static/style.css",
            "content",
        ] {
            assert!(plan(d.path(), &[rel]).full, "{rel}");
        }
    }

    #[test]
    fn static_files_are_copied_and_css_is_css_only() {
        let d = site();
        let p = plan(d.path(), &["static/css/site.css"]);
        assert!(!p.full);
        assert_eq!(
            p.static_files,
            BTreeSet::from([PathBuf::from("css/site.css")])
        );
        assert!(p.css_only());
        let p = plan(d.path(), &["static/css/site.css", "static/logo.svg"]);
        assert!(!p.css_only());
        assert!(plan(d.path(), &["static/deleted.css"]).full);
        assert!(plan(d.path(), &["themes/x/style.css"]).css_only());
    }

    #[test]
    fn plans_merge() {
        let d = site();
        let mut a = plan(d.path(), &["static/css/site.css"]);
        a.merge(plan(d.path(), &["content/ada/overrides.yaml"]));
        assert!(!a.css_only());
        assert_eq!(a.people.len(), 1);
        assert_eq!(a.static_files.len(), 1);
        assert!(!a.is_empty());
        assert!(Plan::everything().full);
    }
}
