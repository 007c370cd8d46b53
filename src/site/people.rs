//! Finding the people of a site: one folder per person under `content/`, each with
//! one résumé source, an optional `overrides.yaml`, and assets to copy.
//!
//! A folder may hold the résumé in several formats; the one read is the first of:
//! structured data (`resume.json`, `resume.yaml`), text (`.md`, `.txt`, `.tex`, `.org`,
//! `.rst`, `.adoc`), a Word document (`.docx`), a LinkedIn data export (a `.zip` or a
//! folder holding `Profile.csv` or `Positions.csv`, or named for LinkedIn), `resume.pdf`
//! (see [`rank`] for why). A PDF passed over stays what it always was beside another
//! source: an asset, the downloadable CV; a PDF that is read is that too. Two sources
//! of the same rank are an error: nothing says which one the person meant (an export
//! kept both zipped and unpacked is one of them twice: one is to go).
//!
//! This module only looks at file names, and which of them are résumé sources it is
//! told ([`Rank`]); reading and merging the résumé is the build's (`build::people`).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::links::{Fence, Skipped};
use crate::error::{Error, Result, Source};

/// File extensions copied next to a person's page (photo, downloadable CV…).
const ASSET_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "gif", "svg", "avif", "pdf"];
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"];

/// A person's folder, as found on disk (nothing read yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSource {
    pub slug: String,
    pub dir: PathBuf,
    /// The résumé source read: the first by [`rank`] of the folder's `resume.*` files
    /// and LinkedIn exports.
    pub source: PathBuf,
    /// Other `resume.*` sources in the folder, not read (a PDF among them is an asset).
    pub passed_over: Vec<PathBuf>,
    pub overrides: Option<PathBuf>,
    /// Files copied as they are, sorted by name.
    pub assets: Vec<PathBuf>,
    /// Symlinks in the folder that were not followed (see `links`).
    pub skipped: Vec<Skipped>,
}

/// Whether a file or folder can be a person's résumé source: its precedence among the
/// sources of one folder (lowest first), and whether it is one only when named
/// `resume.*` (`true` for a text, JSON, Word or PDF file, which may be anything else;
/// `false` for what is a source by its contents, a LinkedIn export). The reader's
/// knowledge, handed in by the caller (`parse::source_rank`), so that finding people
/// needs no reader.
pub type Rank = fn(&Path) -> Option<(u8, bool)>;

/// Whether `path` is an image a page may show (the photo).
pub fn is_image(path: &Path) -> bool {
    has_extension(path, IMAGE_EXTENSIONS)
}

/// Whether `path` is a PDF (a downloadable CV).
pub fn is_pdf(path: &Path) -> bool {
    has_extension(path, &["pdf"])
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.contains(&e.to_ascii_lowercase().as_str()))
}

impl PersonSource {
    /// Looks at one folder under `content/`.
    pub fn scan(dir: &Path, rank: Rank) -> Result<PersonSource> {
        // A person's folder is always content/<slug>: the site is two levels up.
        let fence = Fence::new(dir.parent().and_then(Path::parent).unwrap_or(dir));
        Self::scan_within(dir, &fence, rank)
    }

    /// [`scan`](Self::scan) with the site's fence made once for all its people.
    fn scan_within(dir: &Path, fence: &Fence, rank: Rank) -> Result<PersonSource> {
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
            }
            // A source by its contents (an export, any name), or by its name.
            if let Some((_, by_name)) = rank(&path) {
                let named = (plain || path.is_file())
                    && path.file_stem().and_then(|n| n.to_str()) == Some("resume");
                if !by_name || named {
                    sources.push(path);
                    continue;
                }
            }
            if !(plain || path.is_file()) {
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == "overrides.yaml" || name == "overrides.yml" {
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
        let precedence = |p: &Path| rank(p).map(|r| r.0);
        sources.sort_by_key(|p| precedence(p));
        let best = precedence(&sources[0]);
        let tied: Vec<PathBuf> = sources
            .iter()
            .filter(|p| precedence(p) == best)
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
}

impl PersonSource {
    /// Problems with the assets that would be published: an SVG that could run script
    /// (every one of them).
    pub fn check_assets(&self) -> Vec<Error> {
        (self.assets.iter())
            .filter(|a| super::svg::is_svg(a))
            .filter_map(|a| super::svg::check_file(a).err())
            .collect()
    }
}

/// Every person folder under `content/`, sorted by slug, and the folders that are
/// symlinks out of the site (not read). Problems are collected, not stopped at, so a
/// site with three broken people reports all three.
pub fn scan_people(content: &Path, rank: Rank) -> (Vec<PersonSource>, Vec<Error>, Vec<Skipped>) {
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
        .map(|dir| PersonSource::scan_within(dir, &fence, rank))
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

    /// The reader's precedence for the formats these tests use (`parse::source_rank`).
    fn rank(path: &Path) -> Option<(u8, bool)> {
        if path.join("Profile.csv").is_file() || path.join("Positions.csv").is_file() {
            return Some((3, false));
        }
        match path.extension()?.to_str()? {
            "json" | "yaml" => Some((0, true)),
            "md" | "txt" => Some((1, true)),
            "docx" => Some((2, true)),
            "pdf" => Some((4, true)),
            _ => None,
        }
    }

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
        let (people, errors, _) = scan_people(&c, rank);
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
        let (people, errors, _) = scan_people(&c, rank);
        assert!(people.is_empty());
        assert_eq!(errors.len(), 2);
        assert!(matches!(errors[0], Error::TwoSources { .. }));
        assert!(matches!(errors[1], Error::NoSource { .. }));
    }

    #[test]
    fn precedence_json_then_text_then_docx_then_pdf() {
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
        let (people, errors, _) = scan_people(&c, rank);
        assert!(errors.is_empty(), "{errors:?}");
        let source = |i: usize| people[i].source.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            (source(0), source(1), source(2)),
            ("resume.yaml", "resume.txt", "resume.docx")
        );
        assert_eq!(people[0].passed_over.len(), 3);
        // A PDF passed over is still the downloadable CV.
        assert!(people[0].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert!(people[2].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert!(!people[1].assets.iter().any(|a| a.ends_with("resume.docx")));
    }

    #[test]
    fn a_lone_pdf_is_the_source_and_the_download_and_an_export_goes_before_it() {
        let d = tempfile::tempdir().unwrap();
        let c = d.path().join("content");
        write(&c.join("ada/resume.pdf"), "x");
        write(&c.join("ada/cv.pdf"), "x");
        write(&c.join("bo/resume.pdf"), "x");
        write(&c.join("bo/linkedin/Positions.csv"), "Company Name\n");
        write(&c.join("cy/resume.txt"), "Cy");
        write(&c.join("cy/linkedin/Profile.csv"), "First Name\n");
        // A folder of other CSV files is no export.
        write(&c.join("cy/data/Skills.csv"), "Name\n");
        let (people, errors, _) = scan_people(&c, rank);
        assert!(errors.is_empty(), "{errors:?}");
        let source = |i: usize| people[i].source.strip_prefix(&people[i].dir).unwrap();
        assert_eq!(source(0), Path::new("resume.pdf"));
        assert!(people[0].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert_eq!(source(1), Path::new("linkedin"));
        assert_eq!(people[1].passed_over, [c.join("bo/resume.pdf")]);
        assert!(people[1].assets.iter().any(|a| a.ends_with("resume.pdf")));
        assert_eq!(source(2), Path::new("resume.txt"));
        assert_eq!(people[2].passed_over, [c.join("cy/linkedin")]);
    }
}
