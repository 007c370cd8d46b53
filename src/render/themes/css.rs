//! The theme stylesheets a page links: CSS inheritance is additive, so a theme that
//! extends another loads its parent's `theme.css` first and its own after it, and
//! needs to write only what differs. A theme opts out with `replace_css: true` in its
//! `theme.yaml`: then its own `theme.css` is the last of the chain that is loaded.
//!
//! Takes the theme chain; gives the published file names (parent first) and their
//! bytes. Publishing the files and writing the `<link>`s are the build's and the
//! templates' business.

use std::borrow::Cow;

use super::Themes;
use crate::error::Result;

/// The stylesheet every theme may have, under `static/`.
pub const THEME_CSS: &str = "theme.css";

impl Themes {
    /// The theme stylesheets of theme `name`, parent first, by published file name.
    ///
    /// Every theme of the chain with its own `static/theme.css` adds it, from the theme
    /// in use up to the first one with `replace_css: true`. The nearest is published as
    /// `theme.css` (the name an inherited one had anyway), an ancestor's as
    /// `theme-<ancestor>.css` beside it, so relative `url()`s in either resolve against
    /// the same merged static folder.
    pub fn stylesheets(&self, name: &str) -> Result<Vec<(String, Cow<'static, [u8]>)>> {
        let mut out = Vec::new();
        for theme in self.chain(name)? {
            if let Some(bytes) = theme.files.get(&format!("static/{THEME_CSS}")) {
                let file = if out.is_empty() {
                    THEME_CSS.to_string()
                } else {
                    format!("theme-{}.css", theme.name)
                };
                out.push((file, bytes.clone()));
            }
            if theme.replace_css {
                break;
            }
        }
        out.reverse();
        Ok(out)
    }
}
