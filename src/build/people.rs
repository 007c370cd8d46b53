//! Reading and merging the people of a site: each person's source read by the reader
//! (`parse`), checked key by key when it is JSON or YAML, their `overrides.yaml` applied
//! (`merge`), in parallel, every error collected.
//!
//! Takes the folders `site` found ([`PersonSource`]); gives [`Person`]s, what rendering
//! needs. It decides nothing about which file is the source (`site` and the reader's
//! `parse::source_rank` did) and writes nothing.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::merge::{Overrides, PersonSettings};
use crate::model::Resume;
use crate::parse::{read_text, ResumeParser};
use crate::site::people::{is_image, is_pdf};
use crate::site::{PersonSource, Site};

/// A person, read and merged: what rendering needs.
#[derive(Debug, Clone)]
pub struct Person {
    pub slug: String,
    pub resume: Resume,
    pub settings: PersonSettings,
    pub assets: Vec<PathBuf>,
}

impl Person {
    /// The photo among the assets: one named `photo.*`/`avatar.*`/`portrait.*`, else the first image.
    pub fn photo(&self) -> Option<&Path> {
        let images = || self.assets.iter().filter(|p| is_image(p));
        images()
            .find(|p| {
                let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                matches!(
                    stem.to_ascii_lowercase().as_str(),
                    "photo" | "avatar" | "portrait" | "picture"
                )
            })
            .or_else(|| images().next())
            .map(PathBuf::as_path)
    }

    /// The first PDF among the assets (a downloadable CV).
    pub fn pdf(&self) -> Option<&Path> {
        self.assets.iter().find(|p| is_pdf(p)).map(PathBuf::as_path)
    }
}

/// Reads the source, parses it, and applies the overrides; an SVG asset that could run
/// script is refused (every one of them, with the résumé's own errors).
pub fn load(source: &PersonSource, parser: &ResumeParser) -> Result<Person> {
    load_with(source, |path| crate::merge::load_source(path, parser))
}

/// [`load`], with the résumé read from the source by `resume` (which may take it from
/// the build's cache).
pub fn load_with(
    source: &PersonSource,
    resume: impl FnOnce(&Path) -> Result<Resume>,
) -> Result<Person> {
    let asset_errors = source.check_assets();
    match (read(source, resume), asset_errors.is_empty()) {
        (Ok(person), true) => Ok(person),
        (Ok(_), false) => Err(Error::Many(asset_errors)),
        (Err(e), true) => Err(e),
        (Err(e), false) => Err(Error::Many(
            e.into_list().into_iter().chain(asset_errors).collect(),
        )),
    }
}

fn read(source: &PersonSource, resume: impl FnOnce(&Path) -> Result<Resume>) -> Result<Person> {
    let resume = resume(&source.source)?;
    let overrides = match &source.overrides {
        Some(path) => Overrides::parse(path, &read_overrides(path)?)?,
        None => Overrides::default(),
    };
    // Escapes in JSON and YAML can spell control characters the decoder never saw.
    let resume = crate::model::controls::cleaned(overrides.apply(resume)?);
    Ok(Person {
        slug: source.slug.clone(),
        resume,
        settings: overrides.settings.clone(),
        assets: source.assets.clone(),
    })
}

/// An empty overrides file is fine (a person may have cleared it); anything else must be text.
fn read_overrides(path: &Path) -> Result<String> {
    match read_text(path) {
        Err(Error::Empty(_)) => Ok("{}".to_string()),
        other => other,
    }
}

/// Reads and merges every person of `site` in parallel, collecting every error.
pub fn load_all(site: &Site, parser: &ResumeParser) -> Result<Vec<Person>> {
    let results: Vec<Result<Person>> = site.people.par_iter().map(|p| load(p, parser)).collect();
    let mut people = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(p) => people.push(p),
            Err(e) => errors.extend(e.into_list()),
        }
    }
    if errors.is_empty() {
        Ok(people)
    } else {
        Err(Error::Many(errors))
    }
}

/// The slugs of `people` who ask for the theme `name` in their overrides.
pub fn asking_for_theme<'a>(people: &'a [Person], name: &str) -> Vec<&'a str> {
    people
        .iter()
        .filter(|p| p.settings.theme.as_deref() == Some(name))
        .map(|p| p.slug.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_prefers_named_file() {
        let p = Person {
            slug: "x".into(),
            resume: Resume::default(),
            settings: PersonSettings::default(),
            assets: vec![
                "a/banner.png".into(),
                "a/cv.pdf".into(),
                "a/photo.jpg".into(),
            ],
        };
        assert_eq!(p.photo(), Some(Path::new("a/photo.jpg")));
        assert_eq!(p.pdf(), Some(Path::new("a/cv.pdf")));
    }
}
