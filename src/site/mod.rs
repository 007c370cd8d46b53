//! A site on disk: `site.yaml`, the people under `content/<slug>/`, and the
//! site's own `templates/`, `themes/` and `static/` folders.

mod config;

pub use config::{Paper, Privacy, SiteConfig, Visibility};

use std::path::Path;

use crate::error::Result;

/// Validates a site without writing; returns warnings (placeholder).
pub fn check_site(root: &Path) -> Result<Vec<String>> {
    let _ = root;
    Ok(Vec::new())
}

/// Creates a new one-person site (placeholder).
pub fn init_site(dir: &Path) -> Result<()> {
    let _ = dir;
    Ok(())
}
