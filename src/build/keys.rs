//! The keys that say whether a person's pages must be made again: a hash of
//! everything they are made from — the site's settings, its number of people, every
//! theme and template, the PDF plan, this program ([`SiteKey`]); and the person's
//! source, overrides and assets ([`PersonKey`]). Equal keys, equal pages.
//!
//! Takes a loaded site's parts and a person's folder as found; reads the person's
//! files (assets only by name, size and time, as `make` does, since a photo may be
//! large); gives hex keys. It does not decide what to do with them.

use std::path::Path;

use sha1::{Digest, Sha1};

use super::cache;
use super::output::pending::hex;
use crate::error::{Error, Result};
use crate::render::ThemeSet;
use crate::site::{PersonSource, SiteConfig};

/// The part of every person's key that is the same for the whole site.
#[derive(Clone)]
pub struct SiteKey(Sha1);

/// Feeds one part, its length first, so that no two lists of parts hash alike.
fn part(h: &mut Sha1, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

impl SiteKey {
    /// `pdf` describes the PDF plan (it changes what a page links).
    pub fn new(config: &SiteConfig, people: usize, themes: &ThemeSet, pdf: &str) -> SiteKey {
        let mut h = Sha1::new();
        part(&mut h, b"vitae pages 1");
        part(&mut h, &cache::reader_id());
        part(&mut h, &serde_json::to_vec(config).unwrap_or_default());
        part(&mut h, &(people as u64).to_le_bytes());
        part(&mut h, pdf.as_bytes());
        themes.fingerprint(cache::program_known(), &mut |b| part(&mut h, b));
        SiteKey(h)
    }
}

/// A person's keys: of their parsed résumé (for the cache of résumés) and of their
/// pages.
pub struct PersonKey {
    pub parse: String,
    pub pages: String,
    /// The source file's bytes the key was made from, when it is a file of at most
    /// [`KEPT_SOURCE_MAX`] bytes: parsed as they are, so the file is read once and the
    /// résumé is the one its key says.
    pub source: Option<Vec<u8>>,
}

/// The largest source whose bytes a key keeps for the parse. Text résumés are a few
/// kilobytes; a large file (a PDF, a Word document) is read again by its reader
/// instead, so that the keys of thousands of people never hold their files at once.
const KEPT_SOURCE_MAX: usize = 64 * 1024;

impl PersonKey {
    /// Reads the person's source and overrides; `reader` is [`cache::reader_id`].
    pub fn new(site: &SiteKey, reader: &[u8], p: &PersonSource) -> Result<PersonKey> {
        let read = |path: &Path| std::fs::read(path).map_err(|e| Error::io(path, e));
        let source = source_bytes(&p.source)?;
        let parse = cache::parse_key(reader, &p.source, &source);
        let mut h = site.0.clone();
        part(&mut h, p.slug.as_bytes());
        part(&mut h, parse.as_bytes());
        match &p.overrides {
            Some(path) => part(&mut h, &read(path)?),
            None => part(&mut h, b"\0none"),
        }
        for asset in &p.assets {
            part(&mut h, asset.as_os_str().as_encoded_bytes());
            let meta = std::fs::metadata(asset).map_err(|e| Error::io(asset, e))?;
            let time = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            part(&mut h, &meta.len().to_le_bytes());
            part(&mut h, &time.to_le_bytes());
        }
        let keep = !p.source.is_dir() && source.len() <= KEPT_SOURCE_MAX;
        Ok(PersonKey {
            parse,
            pages: hex(&h.finalize()),
            source: keep.then_some(source),
        })
    }
}

/// The bytes a source's key is made of: a file's own, or, for a source that is a
/// folder (an unpacked LinkedIn export), every file in it by name, in order.
fn source_bytes(path: &Path) -> Result<Vec<u8>> {
    if !path.is_dir() {
        return std::fs::read(path).map_err(|e| Error::io(path, e));
    }
    let mut out = Vec::new();
    let files = walkdir::WalkDir::new(path).sort_by_file_name();
    for entry in files {
        let entry = entry.map_err(|e| Error::io(path, e.into()))?;
        if entry.file_type().is_file() {
            let name = entry.path().strip_prefix(path).unwrap_or(entry.path());
            out.extend_from_slice(name.as_os_str().as_encoded_bytes());
            out.push(0);
            let bytes = std::fs::read(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
            out.extend_from_slice(&bytes);
        }
    }
    Ok(out)
}

impl SiteKey {
    /// The key of the site's own pages (index, 404, sitemap, robots.txt): the site's
    /// key and everyone's link, in order; on a one-person site, whose root page is the
    /// person's page, the key of that person's pages (`solo`) instead.
    pub fn site_pages(&self, links: &[crate::render::PersonLink], solo: Option<&str>) -> String {
        let mut h = self.0.clone();
        part(&mut h, b"site pages");
        part(&mut h, &serde_json::to_vec(links).unwrap_or_default());
        part(&mut h, solo.unwrap_or_default().as_bytes());
        hex(&h.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_sources_key_follows_every_file_in_it() {
        let d = tempfile::tempdir().unwrap();
        let export = d.path().join("linkedin");
        std::fs::create_dir_all(&export).unwrap();
        std::fs::write(export.join("Profile.csv"), "First Name\nAda\n").unwrap();
        std::fs::write(export.join("Skills.csv"), "Name\nRust\n").unwrap();
        let before = source_bytes(&export).unwrap();
        assert_eq!(before, source_bytes(&export).unwrap());
        std::fs::write(export.join("Skills.csv"), "Name\nGo\n").unwrap();
        assert_ne!(before, source_bytes(&export).unwrap());
        let file = export.join("Profile.csv");
        assert_eq!(source_bytes(&file).unwrap(), b"First Name\nAda\n");
    }
}
