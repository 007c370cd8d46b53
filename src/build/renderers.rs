//! The compiled themes of a build: one renderer per theme its people use, compiled
//! once per process and kept by the builder (so `serve`'s rebuilds reuse them), and
//! every missing theme or broken template reported at once, placed at the `theme:`
//! lines that ask for it.
//!
//! Takes theme names from people and settings; gives renderers. It renders nothing.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::people::Person;
use super::{pages, Renderers, SiteBuilder};
use crate::error::{Error, Result};

impl SiteBuilder {
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
