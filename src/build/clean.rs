//! `vitae clean`: removes the site's cache folder and the files vitae wrote into an
//! output folder — those its record lists ([`MANIFEST`]) and the record — then the
//! folders left empty, and the marker with the folder when nothing else is left. A file vitae did not write stays, and so does the
//! folder holding it; an output without vitae's marker is not touched at all.
//!
//! Takes a site root and an output folder; gives what it removed and kept. It takes
//! the build lock, so it never runs under a build of the same output.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::output::folders::{check_folders, remove_empty_folders};
use super::output::manifest::{LEGACY, MANIFEST};
use super::output::pending::sweep;
use super::output::{guard, BuildLock, Manifest};
use crate::error::{Error, Result};

/// The site's cache folder (parsed résumés, PDFs).
pub const CACHE_DIR: &str = ".vitae-cache";

/// What `vitae clean` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The output folder's files removed (vitae's own).
    pub removed: usize,
    /// Files left in the output because vitae did not write them.
    pub kept: usize,
    /// Whether the output folder itself went (it held nothing else).
    pub output_gone: bool,
    /// The cache folder removed, if there was one.
    pub cache: Option<PathBuf>,
    /// Why the output was left alone, if it was.
    pub not_vitae: bool,
}

/// Cleans the site at `root` and its output `output`.
pub fn clean_site(root: &Path, output: &Path) -> Result<Cleaned> {
    let mut done = Cleaned::default();
    let cache = root.join(CACHE_DIR);
    match std::fs::symlink_metadata(&cache) {
        Ok(m) if m.is_dir() => {
            std::fs::remove_dir_all(&cache).map_err(|e| Error::io(&cache, e))?;
            done.cache = Some(cache);
        }
        Ok(_) => {
            std::fs::remove_file(&cache).map_err(|e| Error::io(&cache, e))?;
            done.cache = Some(cache);
        }
        Err(_) => {}
    }
    let out = std::path::absolute(output).map_err(|e| Error::io(output, e))?;
    let Ok(meta) = std::fs::symlink_metadata(&out) else {
        return Ok(done);
    };
    if !meta.is_dir() || !guard::has_marker(&out) {
        done.not_vitae = true;
        return Ok(done);
    }
    // The same refusals as a build: never the site's own folders, home, a link.
    guard::check_output(root, &out)?;
    let _lock = BuildLock::acquire(&out)?;
    super::output::clean_up(&out);
    let record = Manifest::load(&out);
    let seen = Mutex::new(BTreeSet::new());
    for rel in record.files.keys() {
        if check_folders(&out, rel, &seen).is_ok() && std::fs::remove_file(out.join(rel)).is_ok() {
            done.removed += 1;
        }
    }
    remove_empty_folders(&out, record.files.keys().map(String::as_str));
    sweep(&out);
    let _ = std::fs::remove_file(out.join(MANIFEST));
    let _ = std::fs::remove_file(out.join(LEGACY));
    done.kept = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir() && e.file_name() != guard::MARKER)
        .count();
    // With files of the user's still in it, the marker stays: the folder remains one
    // vitae may build into again.
    if done.kept == 0 {
        let _ = std::fs::remove_file(out.join(guard::MARKER));
        done.output_gone = std::fs::remove_dir(&out).is_ok();
    }
    Ok(done)
}
