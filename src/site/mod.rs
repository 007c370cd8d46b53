//! A site on disk: `site.yaml`, the people under `content/<slug>/`, and the
//! site's own `templates/`, `themes/` and `static/` folders.
//!
//! Loading a site reads names and settings only; résumés are read per person by the
//! build (`build::people`), in parallel. This is the bottom of the site's side of the
//! pipeline: it imports no reader and no merge; which files are résumé sources it is
//! told ([`Rank`]).

mod base_url;
mod config;
pub mod links;
mod names;
pub mod people;
mod svg;

pub use crate::model::{Paper, Privacy, Visibility};
pub use base_url::from_option as base_url_option;
pub use config::{SiteConfig, SITE};
pub use names::RESERVED;
pub use people::{scan_people, PersonSource, Rank};

use std::path::{Path, PathBuf};

use crate::error::{Error, Result, Source};

/// A site's settings and the people found in it.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub people: Vec<PersonSource>,
    /// Symlinks in `content/` and `static/` that were not followed (see [`links`]).
    pub skipped: Vec<links::Skipped>,
}

impl Site {
    /// Reads `site.yaml` and finds the people; every problem found is reported at once.
    pub fn load(root: &Path, rank: Rank) -> Result<Site> {
        match Site::load_all(root, rank)? {
            (site, errors) if errors.is_empty() => Ok(site),
            (_, errors) => Err(Error::Many(errors)),
        }
    }

    /// [`Site::load`], but the site as far as it could be read comes back beside its
    /// problems (default settings for a broken `site.yaml`, the people that scanned),
    /// so a caller can look for more problems in it. Only a folder that is no site at
    /// all is an error here.
    pub fn load_all(root: &Path, rank: Rank) -> Result<(Site, Vec<Error>)> {
        if !root.is_dir() {
            return Err(Error::Invalid {
                file: crate::error::Source::file(root),
                message: "not a folder".into(),
            });
        }
        if !is_site(root) {
            return Err(Error::NotASite {
                dir: root.to_path_buf(),
            });
        }
        let mut errors = Vec::new();
        let config = SiteConfig::load(&root.join("site.yaml")).unwrap_or_else(|e| {
            errors.extend(e.into_list());
            SiteConfig::default()
        });
        let (people, scan_errors, mut skipped) = scan_people(&root.join("content"), rank);
        errors.extend(scan_errors);
        skipped.extend(people.iter().flat_map(|p| p.skipped.iter().cloned()));
        // The build copies what the fence lets through; here only what it leaves out.
        match links::Fence::for_copying(root).files(&root.join("static"), false) {
            Ok(listing) => skipped.extend(listing.skipped),
            Err(e) => errors.push(Error::io(root.join("static"), e)),
        }
        errors.extend(static_collisions(root, &people));
        let site = Site {
            root: root.to_path_buf(),
            config,
            people,
            skipped,
        };
        Ok((site, errors))
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    /// Where the theme `name` is asked for: `theme:` in site.yaml (if it is the site's
    /// theme) and in the overrides of each person of `slugs` (those who set it), by
    /// line and column.
    pub fn theme_sources(&self, name: &str, site_theme: &str, slugs: &[&str]) -> Vec<Source> {
        let mut out = Vec::new();
        if site_theme == name {
            out.push(config::top_level_key(&self.root.join("site.yaml"), "theme"));
        }
        for slug in slugs {
            let dir = self.content_dir().join(slug);
            if let Some(file) = ["overrides.yaml", "overrides.yml"]
                .map(|f| dir.join(f))
                .into_iter()
                .find(|f| f.is_file())
            {
                out.push(config::top_level_key(&file, "theme"));
            }
        }
        out
    }
}

/// Whether `root` looks like a vitae site: it has a `site.yaml` or a `content/` folder.
pub fn is_site(root: &Path) -> bool {
    root.join("site.yaml").is_file() || root.join("content").is_dir()
}

/// People whose folder has the name of something in `static/`: both would be written
/// to the same place in the output.
fn static_collisions(root: &Path, people: &[PersonSource]) -> Vec<Error> {
    let Ok(entries) = std::fs::read_dir(root.join("static")) else {
        return Vec::new();
    };
    let names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_lowercase())
        .collect();
    people
        .iter()
        .filter(|p| names.contains(&p.slug.to_lowercase()))
        .map(|p| Error::FolderName {
            dir: p.dir.clone(),
            problem: format!(
                "static/{} is copied to the same place in the site as this person's pages",
                p.slug
            ),
            suggestion: None,
        })
        .collect()
}
