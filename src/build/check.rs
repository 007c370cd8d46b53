//! `vitae check`: a whole site validated without writing anything — settings, every
//! person's source and overrides, themes and templates — through the same loading
//! and rendering as a build, so that a check that passes means a build that passes.
//!
//! Takes the site's folder; gives which file was read for each person and the
//! reader's warnings, or every error at once. It writes nothing.

use std::path::Path;

use super::{BuildOptions, SiteBuilder};
use crate::error::Result;

/// What `check` found in a valid site.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// For each person, the source file read: `ada: read content/ada/resume.docx`
    /// (and the other sources passed over, when there are any).
    pub read: Vec<String>,
    /// The parser's warnings (likely misses, with line or paragraph numbers).
    pub warnings: Vec<String>,
}

/// Validates a whole site without writing anything. Says which file was read for each
/// person and gives the parser's warnings when there are no errors; every error at
/// once otherwise.
pub fn check_site(root: &Path) -> Result<Checked> {
    let builder = SiteBuilder::load(root, BuildOptions::default())?;
    let warnings = builder.check()?;
    Ok(Checked {
        read: builder.sources_read(),
        warnings,
    })
}
