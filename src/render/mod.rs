//! Rendering: themes (Tera templates and static files) turn page variables into HTML.
//! (Interim stand-in with the final API; the theme engine replaces it.)

mod context;

pub use context::{PageVars, PersonLink, PersonVars, SiteVars};

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub struct ThemeSet {
    names: Vec<String>,
}

impl ThemeSet {
    pub fn load(site_root: &Path) -> Result<ThemeSet> {
        let _ = site_root;
        Ok(ThemeSet {
            names: vec!["classic".into()],
        })
    }

    pub fn names(&self) -> Vec<String> {
        self.names.clone()
    }

    pub fn renderer(&self, theme: &str, language: &str) -> Result<Renderer> {
        if !self.names.iter().any(|n| n == theme) {
            return Err(Error::MissingTheme {
                name: theme.into(),
                available: self.names.clone(),
            });
        }
        let _ = language;
        Ok(Renderer {})
    }

    pub fn static_files(&self, theme: &str) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let _ = theme;
        Ok(vec![("style.css".into(), b"body{}".to_vec())])
    }
}

pub struct Renderer {}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Renderer {
    pub fn render_person(
        &self,
        site: &SiteVars,
        page: &PageVars,
        person: &PersonVars,
        people: &[PersonLink],
    ) -> Result<String> {
        let _ = (site, people);
        Ok(format!(
            "<!doctype html><title>{}</title><link rel=stylesheet href=\"{}style.css\"><h1>{}</h1><a href=\"{}\">JSON</a>",
            esc(&person.name),
            page.theme_static,
            esc(&person.name),
            person.json
        ))
    }

    pub fn render_index(
        &self,
        site: &SiteVars,
        page: &PageVars,
        people: &[PersonLink],
    ) -> Result<String> {
        let _ = page;
        let items: String = people
            .iter()
            .map(|p| format!("<li><a href=\"{}\">{}</a>", p.url, esc(&p.name)))
            .collect();
        Ok(format!(
            "<!doctype html><title>{}</title><ul>{items}</ul>",
            esc(&site.title)
        ))
    }

    pub fn render_404(
        &self,
        site: &SiteVars,
        page: &PageVars,
        people: &[PersonLink],
    ) -> Result<String> {
        let _ = (page, people);
        Ok(format!(
            "<!doctype html><title>{}</title><h1>Not found</h1>",
            esc(&site.title)
        ))
    }
}
