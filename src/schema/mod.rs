//! Editor schemas: JSON Schemas of `site.yaml`, `overrides.yaml` and `theme.yaml`, so
//! that an editor with a YAML language server completes keys and flags typos as the
//! person types, before vitae reports them.
//!
//! Takes the key tables the code validates with ([`crate::site::SITE`],
//! [`crate::model::keys`] with the overrides' settings and directives,
//! [`crate::render::THEME_YAML`]) and gives each file's schema, made from them on
//! demand, so a key vitae accepts is a key the schema knows ([`generate`]). Writes a
//! site's local copies under `.vitae/schema/` for the `# yaml-language-server:` line.
//! It does not validate anything itself: vitae's own checks stay the judge.

mod generate;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};

/// Where a site keeps its local copies of the schemas, relative to its root.
pub const LOCAL_DIR: &str = ".vitae/schema";

/// The files vitae has a schema for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaFile {
    /// `site.yaml`.
    Site,
    /// `content/<slug>/overrides.yaml`.
    Overrides,
    /// `themes/<name>/theme.yaml`.
    Theme,
}

impl SchemaFile {
    pub const ALL: [SchemaFile; 3] = [SchemaFile::Site, SchemaFile::Overrides, SchemaFile::Theme];

    /// The name `vitae schema NAME` takes: `site`, `overrides`, `theme`.
    pub fn name(self) -> &'static str {
        match self {
            SchemaFile::Site => "site",
            SchemaFile::Overrides => "overrides",
            SchemaFile::Theme => "theme",
        }
    }

    /// The file described: `site.yaml` …
    pub fn described(self) -> String {
        format!("{}.yaml", self.name())
    }

    /// The local copy's file name: `site.schema.json` …
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// `site`, `site.yaml` (or `overrides`, `theme` …) → the file; `None` otherwise.
    pub fn from_name(name: &str) -> Option<SchemaFile> {
        let name = name.strip_suffix(".yaml").unwrap_or(name);
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The JSON Schema (draft-07) of the file.
    pub fn schema(self) -> Value {
        generate::schema(self)
    }

    /// The schema as pretty JSON, ending with a newline.
    pub fn text(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The names `vitae schema` takes.
pub fn names() -> Vec<&'static str> {
    SchemaFile::ALL.iter().map(|f| f.name()).collect()
}

/// Writes every schema under `<site_root>/.vitae/schema/`, replacing older copies;
/// returns the files written.
pub fn write_local(site_root: &Path) -> Result<Vec<PathBuf>> {
    let dir = site_root.join(LOCAL_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    SchemaFile::ALL
        .iter()
        .map(|f| {
            let path = dir.join(f.file_name());
            std::fs::write(&path, f.text()).map_err(|e| Error::io(&path, e))?;
            Ok(path)
        })
        .collect()
}

/// The first line of a YAML file that points YAML language servers at its schema;
/// `to_root` is the path from the file's folder to the site root (`""`, `"../../"`).
pub fn modeline(file: SchemaFile, to_root: &str) -> String {
    format!(
        "# yaml-language-server: $schema={to_root}{LOCAL_DIR}/{}\n",
        file.file_name()
    )
}

#[cfg(test)]
mod tests;
