//! The compiled themes of a build: one renderer per theme its people use, compiled
//! once per process and kept by the builder (so `serve`'s rebuilds reuse them), and
//! every missing theme or broken template reported at once, placed at the `theme:`
//! lines that ask for it.
//!
//! A builder loaded anew (`serve`, after a change to the site's settings) takes the
//! previous one's renderers when its themes would compile to the same
//! ([`SiteBuilder::reuse_compiled`]).
//!
//! Takes theme names from people and settings; gives renderers. It renders nothing.

use std::collections::BTreeMap;
use std::sync::Arc;

use sha1::{Digest, Sha1};

use super::people::Person;
use super::{pages, Renderers, SiteBuilder};
use crate::error::{Error, Result};
use crate::render::ThemeSet;

impl SiteBuilder {
    /// Takes the compiled themes of `previous` (the builder this one replaces) when
    /// every theme, template and theme file is as it was and so is the language: a
    /// renderer depends on nothing else, and compiling the templates again costs a
    /// rebuild of a small site more than rendering its pages.
    pub fn reuse_compiled(&self, previous: &SiteBuilder) {
        if previous.config.language != self.config.language
            || themes_digest(&previous.themes) != themes_digest(&self.themes)
        {
            return;
        }
        let theirs = previous.compiled.lock().unwrap_or_else(|e| e.into_inner());
        let mut mine = self.compiled.lock().unwrap_or_else(|e| e.into_inner());
        for (name, r) in theirs.iter() {
            mine.entry(name.clone()).or_insert_with(|| Arc::clone(r));
        }
    }

    /// One renderer per theme in use; every missing theme or broken template is reported.
    pub(super) fn renderers(&self, people: &[Person]) -> Result<Renderers> {
        self.renderers_for(people, true)
    }

    /// [`renderers`](Self::renderers) for `people`, and for the site's own pages when
    /// `site_pages` (a build that keeps them as they are compiles no theme for them).
    pub(super) fn renderers_for(&self, people: &[Person], site_pages: bool) -> Result<Renderers> {
        let mut names: Vec<&str> = people
            .iter()
            .map(|p| pages::theme_of(p, &self.config))
            .collect();
        if site_pages {
            names.push(&self.config.theme);
        }
        names.sort_unstable();
        names.dedup();
        let mut compiled = self.compiled.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = BTreeMap::new();
        let mut errors = Vec::new();
        for name in names {
            if let Some(r) = compiled.get(name) {
                out.insert(name.to_string(), Arc::clone(r));
                continue;
            }
            match self.themes.renderer(name, &self.config.language) {
                Ok(r) => {
                    let r = Arc::new(r);
                    compiled.insert(name.to_string(), Arc::clone(&r));
                    out.insert(name.to_string(), r);
                }
                Err(e) => errors.extend(self.placed(e, people)),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(Error::Many(errors))
        }
    }

    /// A missing theme once for every `theme:` line that asks for it.
    fn placed(&self, e: Error, people: &[Person]) -> Vec<Error> {
        let Error::MissingTheme {
            name,
            available,
            file: None,
        } = &e
        else {
            return vec![e];
        };
        let asking = super::people::asking_for_theme(people, name);
        let places = self.site.theme_sources(name, &self.config.theme, &asking);
        if places.is_empty() {
            return vec![e];
        }
        places
            .into_iter()
            .map(|file| Error::MissingTheme {
                name: name.clone(),
                available: available.clone(),
                file: Some(file),
            })
            .collect()
    }
}

/// A digest of every theme's name, templates and files. Built-in files count by name
/// and length only: both sides of a comparison are this same program.
fn themes_digest(themes: &ThemeSet) -> Vec<u8> {
    let mut h = Sha1::new();
    themes.fingerprint(true, &mut |b| {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    });
    h.finalize().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::BuildOptions;

    #[test]
    fn a_new_builder_reuses_compiled_themes_only_while_they_would_compile_the_same() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("content/ada")).unwrap();
        std::fs::create_dir_all(root.join("templates")).unwrap();
        std::fs::write(root.join("content/ada/resume.md"), "# Ada Example\n").unwrap();
        let load = |settings: &str| {
            std::fs::write(root.join("site.yaml"), settings).unwrap();
            SiteBuilder::load(root, BuildOptions::default()).unwrap()
        };
        let compiled = |b: &SiteBuilder, prev: &SiteBuilder| {
            b.reuse_compiled(prev);
            let theme = b.config.theme.clone();
            let r = b.renderers_for(&[], true).unwrap().remove(&theme).unwrap();
            let before = prev
                .renderers_for(&[], true)
                .unwrap()
                .remove(&theme)
                .unwrap();
            Arc::ptr_eq(&r, &before)
        };
        let first = load("title: One\n");
        first.renderers_for(&[], true).unwrap();
        assert!(compiled(&load("title: Two\n"), &first), "a new title");
        assert!(!compiled(&load("title: Two\nlanguage: de\n"), &first));
        let second = load("title: Two\n");
        second.renderers_for(&[], true).unwrap();
        std::fs::write(root.join("templates/404.html"), "gone").unwrap();
        assert!(
            !compiled(&load("title: Two\n"), &second),
            "a template changed"
        );
    }
}
