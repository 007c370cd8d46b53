//! Finding the people of a site: one folder per person under `content/`, each with
//! one résumé source, an optional `overrides.yaml`, and assets to copy.
//!
//! A folder may hold the résumé in several formats; the one read is the first of:
//! structured data (`resume.json`, `resume.yaml`), text (`.md`, `.txt`, `.tex`, `.org`,
//! `.rst`, `.adoc`), a Word document (`.docx`), a PDF. A PDF passed over stays what it
//! always was beside a text source: an asset, the downloadable CV. Two sources of the
//! same rank are an error: nothing says which one the person meant.
//!
//! This module only looks at file names; reading and merging the résumé is
//! [`PersonSource::load`], which calls `parse` and `merge`.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::links::{Fence, Skipped};
use crate::error::{Error, Result, Source};
use crate::merge::{Overrides, PersonSettings};
use crate::model::Resume;
use crate::parse::{read_text, ResumeParser, SourceFormat};

/// File extensions copied next to a person's page (photo, downloadable CV…).
const ASSET_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "gif", "svg", "avif", "pdf"];
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"];

/// A person's folder, as found on disk (nothing read yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSource {
    pub slug: String,
    pub dir: PathBuf,
    /// The résumé source read: the first by [`rank`] of the folder's `resume.*` files.
    pub source: PathBuf,
    /// Other `resume.*` sources in the folder, not read (a PDF among them is an asset).
    pub passed_over: Vec<PathBuf>,
    pub overrides: Option<PathBuf>,
    /// Files copied as they are, sorted by name.
    pub assets: Vec<PathBuf>,
    /// Symlinks in the folder that were not followed (see `links`).
    pub skipped: Vec<Skipped>,
}

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
        let images = || {
            self.assets
                .iter()
                .filter(|p| has_extension(p, IMAGE_EXTENSIONS))
        };
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
        self.assets
            .iter()
            .find(|p| has_extension(p, &["pdf"]))
            .map(PathBuf::as_path)
    }
}

/// A source's precedence, lowest first: structured data says exactly what it means;
/// text is what the person wrote; a Word document is read through its layout, a PDF
/// through its drawing, each losing a little more.
pub fn rank(path: &Path) -> u8 {
    match SourceFormat::from_path(path) {
        Some(SourceFormat::Json | SourceFormat::Yaml) => 0,
        Some(SourceFormat::Text(_)) => 1,
        Some(SourceFormat::Docx) => 2,
        _ => 3,
    }
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.contains(&e.to_ascii_lowercase().as_str()))
}

impl PersonSource {
    /// Looks at one folder under `content/`.
    pub fn scan(dir: &Path) -> Result<PersonSource> {
        // A person's folder is always content/<slug>: the site is two levels up.
        let fence = Fence::new(dir.parent().and_then(Path::parent).unwrap_or(dir));
        Self::scan_within(dir, &fence)
    }

    /// [`scan`](Self::scan) with the site's fence made once for all its people.
    fn scan_within(dir: &Path, fence: &Fence) -> Result<PersonSource> {
        let slug = dir
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| Error::Invalid {
                file: Source::file(dir),
                message: "a person's folder name must be valid UTF-8".into(),
            })?
            .to_string();
        super::names::check_person_folder(dir, &slug)?;
        let mut sources = Vec::new();
        let mut overrides = Vec::new();
        let mut assets = Vec::new();
        let mut skipped = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let path = entry.path();
            // A plain file in a folder already found inside the site is inside too: only
            // links need resolving (most of the cost of scanning a large site otherwise).
            let plain = entry.file_type().is_ok_and(|t| t.is_file());
            if !plain {
                if let Err(s) = fence.check(&path) {
                    skipped.push(s);
                    continue;
                }
                if !path.is_file() {
                    continue;
                }
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
            if stem == "resume" && SourceFormat::from_path(&path).is_some() {
                sources.push(path);
            } else if name == "overrides.yaml" || name == "overrides.yml" {
                overrides.push(path);
            } else if has_extension(&path, ASSET_EXTENSIONS) {
                assets.push(path);
            }
        }
        sources.sort();
        overrides.sort();
        // A résumé linked from outside the site is the likeliest missing source: say so.
        let linked_source = skipped
            .iter()
            .find(|s| s.link.file_stem().is_some_and(|n| n == "resume"));
        if let (true, Some(link)) = (sources.is_empty(), linked_source) {
            return Err(Error::Invalid {
                file: Source::file(&link.link),
                message: format!(
                    "a symlink to {}, which is not read (only files inside the site are); \
                     copy the résumé into this folder",
                    link.target.display()
                ),
            });
        }
        if overrides.len() > 1 {
            return Err(Error::TwoSources {
                dir: dir.to_path_buf(),
                files: overrides,
            });
        }
        if sources.is_empty() {
            return Err(Error::NoSource {
                dir: dir.to_path_buf(),
            });
        }
        sources.sort_by_key(|p| rank(p));
        let best = rank(&sources[0]);
        let tied: Vec<PathBuf> = sources
            .iter()
            .filter(|p| rank(p) == best)
            .cloned()
            .collect();
        if tied.len() > 1 {
            return Err(Error::TwoSources {
                dir: dir.to_path_buf(),
                files: tied,
            });
        }
        let source = sources.remove(0);
        // A PDF is also the downloadable CV, whether it is read or passed over.
        for p in std::iter::once(&source).chain(&sources) {
            if has_extension(p, ASSET_EXTENSIONS) {
                assets.push(p.clone());
            }
        }
        assets.sort();
        Ok(PersonSource {
            slug,
            dir: dir.to_path_buf(),
            source,
            passed_over: sources,
            overrides: overrides.pop(),
            assets,
            skipped,
        })
    }

    /// Reads the source, parses it, and applies the overrides; an SVG asset that could
    /// run script is refused (every one of them, with the résumé's own errors).
    pub fn load(&self, parser: &ResumeParser) -> Result<Person> {
        self.load_with(|path| crate::merge::load_source(path, parser))
    }

    /// [`load`](Self::load), with the résumé read from the source by `resume` (which
    /// may take it from a cache).
    pub fn load_with(&self, resume: impl FnOnce(&Path) -> Result<Resume>) -> Result<Person> {
        let svg_errors: Vec<Error> = (self.assets.iter())
            .filter(|a| super::svg::is_svg(a))
            .filter_map(|a| super::svg::check_file(a).err())
            .collect();
        match (self.read(resume), svg_errors.is_empty()) {
            (Ok(person), true) => Ok(person),
            (Ok(_), false) => Err(Error::Many(svg_errors)),
            (Err(e), true) => Err(e),
            (Err(e), false) => Err(Error::Many(
                e.into_list().into_iter().chain(svg_errors).collect(),
            )),
        }
    }

    fn read(&self, resume: impl FnOnce(&Path) -> Result<Resume>) -> Result<Person> {
        let resume = resume(&self.source)?;
        let overrides = match &self.overrides {
            Some(path) => Overrides::parse(path, &read_overrides(path)?)?,
            None => Overrides::default(),
        };
        // Escapes in JSON and YAML can spell control characters the decoder never saw.
        let resume = crate::model::controls::cleaned(overrides.apply(resume)?);
        Ok(Person {
            slug: self.slug.clone(),
            resume,
            settings: overrides.settings.clone(),
            assets: self.assets.clone(),
        })
    }
}

/// An empty overrides file is fine (a person may have cleared it); anything else must be text.
fn read_overrides(path: &Path) -> Result<String> {
    match read_text(path) {
        Err(Error::Empty(_)) => Ok("{}".to_string()),
        other => other,
    }
}

/// Every person folder under `content/`, sorted by slug, and the folders that are
/// symlinks out of the site (not read). Problems are collected, not stopped at, so a
/// site with three broken people reports all three.
pub fn scan_people(content: &Path) -> (Vec<PersonSource>, Vec<Error>, Vec<Skipped>) {
    let mut people = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = Vec::new();
    if !content.is_dir() {
        return (people, errors, skipped);
    }
    let fence = Fence::new(content.parent().unwrap_or(content));
    if let Err(s) = fence.check(content) {
        skipped.push(s);
        return (people, errors, skipped);
    }
    // (folder, known to be a plain folder rather than a link)
    let mut dirs: Vec<(PathBuf, bool)> = match std::fs::read_dir(content) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
            .filter(|(p, _)| !is_hidden(p))
            .collect(),
        Err(e) => {
            errors.push(Error::io(content, e));
            return (people, errors, skipped);
        }
    };
    dirs.sort();
    let mut found = Vec::new();
    for (dir, plain) in dirs {
        // Any link not followed is said, a folder's or a file's.
        if !plain {
            if let Err(s) = fence.check(&dir) {
                skipped.push(s);
                continue;
            }
            if !dir.is_dir() {
                continue;
            }
        }
        found.push(dir);
    }
    let scanned: Vec<Result<PersonSource>> = found
        .par_iter()
        .map(|dir| PersonSource::scan_within(dir, &fence))
        .collect();
    for r in scanned {
        match r {
            Ok(p) => people.push(p),
            Err(e) => errors.push(e),
        }
    }
    (people, errors, skipped)
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') || n.starts_with('_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn finds_source_overrides_and_assets() {
        let d = tempfile::tempdir().unwrap();
        let c = d.path().join("content");
        write(&c.join("ada/resume.md"), "# Ada\n");
        write(&c.join("ada/overrides.yaml"), "{}\n");
        write(&c.join("ada/photo.jpg"), "x");
        write(&c.join("ada/cv.pdf"), "x");
        write(&c.join("ada/notes.docx"), "x");
        write(&c.join(".drafts/resume.md"), "# Hidden\n");
        let (people, errors, _) = scan_people(&c);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(people.len(), 1);
        let p = &people[0];
        assert_eq!(p.slug, "ada");
        assert!(p.source.ends_with("resume.md"));
        assert!(p.overrides.is_some());
        assert_eq!(p.assets.len(), 2);
    }

    #[test]
    fn two_sources_of_one_rank_and_none_are_errors() {
        let d = tempfile::tempdir().unwrap();
        let c = d.path().join("content");
        write(&c.join("bo/resume.md"), "# Bo\n");
        write(&c.join("bo/resume.txt"), "Bo");
        write(&c.join("cy/readme.txt"), "nothing");
        let (people, errors, _) = scan_people(&c);
        assert!(people.is_empty());
        assert_eq!(errors.len(), 2);
        assert!(matches!(errors[0], Error::TwoSources { .. }));
        assert!(matches!(errors[1], Error::NoSource { .. }));
    }

    #[test]
    fn precedence_json_then_text_then_docx() {
        let d = tempfile::tempdir().unwrap();
        let c = d.path().join("content");
        write(&c.join("ada/resume.docx"), "x");
        write(&c.join("ada/resume.md"), "# Ada\n");
        write(&c.join("ada/resume.yaml"), "basics: {}\n");
        write(&c.join("ada/resume.pdf"), "x");
        write(&c.join("bo/resume.docx"), "x");
        write(&c.join("bo/resume.txt"), "Bo");
        write(&c.join("cy/resume.docx"), "x");
        write(&c.join("cy/resume.pdf"), "x");
        let (people, errors, _) = scan_people(&c);
        assert!(errors.is_empty(), "{errors:?}");
        let source = |i: usize| people[i].source.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            (source(0), source(1), source(2)),
            ("resume.yaml", "resume.txt", "resume.docx")
        );
        assert_eq!(people[0].passed_over.len(), 2);
        // A PDF passed over is still the downloadable CV.
        assert!(people[0].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert!(people[2].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert!(!people[1].assets.iter().any(|a| a.ends_with("resume.docx")));
    }

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
