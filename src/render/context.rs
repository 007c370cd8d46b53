//! What a theme's templates see: the variables of every page, as plain data.
//!
//! This is the contract between vitae and theme authors (documented in README,
//! "Writing a theme"). Building these values is `build`'s job; turning them into
//! HTML is the templates'.

use serde::Serialize;

use crate::model::Resume;
use crate::site::{Paper, Privacy};

/// `site`: the site as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct SiteVars {
    pub title: String,
    pub description: String,
    /// Ends with `/` when set; empty when the site has no base URL.
    pub base_url: String,
    pub language: String,
    /// Generator name and version, for `<meta name="generator">`.
    pub generator: String,
}

/// `page`: where the page being rendered sits.
#[derive(Debug, Clone, Serialize)]
pub struct PageVars {
    /// `person`, `index` or `404`.
    pub kind: String,
    /// Relative path from this page back to the site root: `""` at the root, `"../"` one level down.
    pub root: String,
    /// The page's path under the site root, e.g. `ada/` (empty for the root page).
    pub path: String,
    /// Absolute URL of the page when `base_url` is set.
    pub canonical: Option<String>,
    /// Relative path to the theme's static files, e.g. `../themes/classic/`.
    pub theme_static: String,
    pub paper: Paper,
    /// `A4` or `letter`, for `@page { size: … }`.
    pub paper_css: String,
}

/// `person`: one person's résumé and settings (on person pages).
#[derive(Debug, Clone, Serialize)]
pub struct PersonVars {
    pub slug: String,
    pub name: String,
    /// The merged résumé: hidden entries are already gone.
    pub resume: Resume,
    /// Non-empty sections in display order (keys of `resume`).
    pub sections: Vec<String>,
    /// File name of a photo next to the résumé (also copied), if any; relative to the person's page.
    pub photo: Option<String>,
    /// File name of a downloadable PDF, if any; relative to the person's page.
    pub pdf: Option<String>,
    /// Always `resume.json`; relative to the person's page.
    pub json: String,
    pub privacy: Privacy,
}

/// One entry of `people` (on the index page, and on every page for navigation).
#[derive(Debug, Clone, Serialize)]
pub struct PersonLink {
    pub slug: String,
    pub name: String,
    /// `basics.label`, if any.
    pub label: Option<String>,
    /// Relative to the site root: `ada/`.
    pub url: String,
}
