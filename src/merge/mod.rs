//! Overrides: a person's `overrides.yaml` merged over their parsed résumé.
//!
//! (Placeholder: replaced by the real OverrideMerge.)

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::model::{Resume, SECTION_ORDER};
use crate::site::{Paper, Privacy};

/// Settings a person may set in their overrides, over the site's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonSettings {
    pub theme: Option<String>,
    pub paper: Option<Paper>,
    /// Section order for this person.
    pub order: Option<Vec<String>>,
    pub privacy: Option<Privacy>,
}

/// A parsed `overrides.yaml`.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub path: PathBuf,
    pub settings: PersonSettings,
    patch: serde_json::Value,
}

impl Overrides {
    /// Parses and validates an overrides file (unknown keys are errors with line:column).
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let patch: serde_json::Value =
            serde_yaml::from_str(text).map_err(|e| crate::parse::yaml_error_for(path, &e))?;
        Ok(Overrides {
            path: path.to_path_buf(),
            settings: PersonSettings::default(),
            patch,
        })
    }

    /// Applies the overrides to a résumé; hidden entries are removed.
    pub fn apply(&self, resume: Resume) -> Result<Resume> {
        let _ = &self.patch;
        Ok(resume)
    }
}

/// Checks a list of section names; on failure returns the bad name and the valid ones.
pub fn check_section_names(names: &[String]) -> std::result::Result<(), (String, Vec<String>)> {
    for n in names {
        if !SECTION_ORDER.contains(&n.as_str()) {
            return Err((
                n.clone(),
                SECTION_ORDER.iter().map(|s| s.to_string()).collect(),
            ));
        }
    }
    Ok(())
}
