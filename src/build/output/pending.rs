//! The files of one build, written in place: each file whose bytes differ from what
//! the output holds goes first to a temporary file in [`PARTIAL`] inside the output;
//! only once the whole build has succeeded are they renamed into place (one rename
//! each, so a reader or a killed build sees the old file or the new one, never half
//! of one), and files vitae wrote before but this build did not are removed last.
//! An unchanged file is neither written nor touched.
//!
//! Takes paths relative to the output and bytes (or files to copy); gives counts of
//! what changed. The record of what vitae owns ([`Manifest`]) is saved as the union
//! of old and new before anything moves, so a build killed at any point leaves no
//! file of vitae's unrecorded. It never removes a file the record does not list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;
use sha1::{Digest, Sha1};

use super::manifest::{Manifest, PersonEntry, Written};
use crate::error::{Error, Result};

/// The folder, inside the output, that holds a build's new files until they move into
/// place; what a killed build leaves there is removed by the next one.
pub const PARTIAL: &str = ".vitae-partial";

/// What a build changed in its output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// The files of one build, not yet in place.
pub struct Pending<'a> {
    out: &'a Path,
    partial: PathBuf,
    old: &'a Manifest,
    /// Writes every file, even one the record says holds these bytes.
    force: bool,
    files: Mutex<BTreeMap<String, Written>>,
    moves: Mutex<Vec<(PathBuf, String)>>,
    count: AtomicUsize,
    /// The output did not exist before this build (a failed build removes it again).
    created: bool,
    committed: bool,
}

/// The tag of bytes written.
pub fn tag_of(bytes: &[u8]) -> String {
    hex(&Sha1::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn output_error(path: &Path, e: std::io::Error) -> Error {
    Error::Output {
        path: path.to_path_buf(),
        source: e,
    }
}

impl<'a> Pending<'a> {
    /// Starts a build of `out` (which exists, and whose build lock is held) over the
    /// record `old`; clears what a killed build left in [`PARTIAL`].
    pub fn new(out: &'a Path, old: &'a Manifest, force: bool) -> Result<Pending<'a>> {
        let partial = out.join(PARTIAL);
        remove_partial(&partial);
        let created = std::fs::symlink_metadata(out).is_err();
        Ok(Pending {
            out,
            partial,
            old,
            force,
            files: Mutex::new(BTreeMap::new()),
            moves: Mutex::new(Vec::new()),
            count: AtomicUsize::new(0),
            created,
            committed: false,
        })
    }

    /// The file at `rel` is to hold `bytes`.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let tag = tag_of(bytes);
        self.stage(rel, tag, bytes.len() as u64, |tmp| {
            std::fs::write(tmp, bytes)
        })
    }

    /// The file at `rel` is to be a copy of `source`.
    pub fn copy(&self, rel: &str, source: &Path) -> Result<()> {
        let meta = std::fs::metadata(source).map_err(|e| Error::io(source, e))?;
        let time = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let mut h = Sha1::new();
        h.update(source.as_os_str().as_encoded_bytes());
        h.update(meta.len().to_le_bytes());
        h.update(time.to_le_bytes());
        let tag = hex(&h.finalize());
        self.stage(rel, tag, meta.len(), |tmp| {
            std::fs::copy(source, tmp).map(|_| ())
        })
    }

    /// Keeps a file of an unchanged person as the record has it.
    pub fn keep(&self, rel: &str) {
        if let Some(w) = self.old.files.get(rel) {
            self.lock_files().insert(rel.to_string(), w.clone());
        }
    }

    /// Owns `rel` without writing it (a PDF printed later); removed if a later build
    /// no longer makes it.
    pub fn claim(&self, rel: &str) {
        let w = self.old.files.get(rel).cloned().unwrap_or(Written {
            tag: String::new(),
            len: 0,
        });
        self.lock_files().insert(rel.to_string(), w);
    }

    fn lock_files(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Written>> {
        self.files.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn stage(
        &self,
        rel: &str,
        tag: String,
        len: u64,
        write: impl Fn(&Path) -> std::io::Result<()>,
    ) -> Result<()> {
        let unchanged = !self.force && self.old.holds(self.out, rel, &tag);
        if !unchanged {
            let n = self.count.fetch_add(1, Ordering::Relaxed);
            let tmp = self.partial.join(n.to_string());
            super::in_new_folder(&tmp, || write(&tmp)).map_err(|e| output_error(&tmp, e))?;
            (self.moves.lock().unwrap_or_else(|e| e.into_inner())).push((tmp, rel.to_string()));
        }
        self.lock_files()
            .insert(rel.to_string(), Written { tag, len });
        Ok(())
    }

    /// Puts every new file in place, removes vitae's stale files, and saves the new
    /// record with `people`.
    pub fn commit(
        mut self,
        people: BTreeMap<String, PersonEntry>,
        site_pages: String,
    ) -> Result<Changes> {
        self.committed = true;
        let files = std::mem::take(self.files.get_mut().unwrap_or_else(|e| e.into_inner()));
        let moves = std::mem::take(self.moves.get_mut().unwrap_or_else(|e| e.into_inner()));
        std::fs::create_dir_all(self.out).map_err(|e| output_error(self.out, e))?;
        super::guard::write_marker(self.out)?;
        let stale: Vec<&String> = (self.old.files.keys())
            .filter(|rel| !files.contains_key(*rel))
            .collect();
        let mut union = Manifest::new();
        union.files = self.old.files.clone();
        for (rel, w) in &files {
            // Not yet the new bytes: a build killed now must not trust the tag.
            let mut w = w.clone();
            if !self.old.files.get(rel).is_some_and(|o| *o == w) {
                w.tag.clear();
            }
            union.files.insert(rel.clone(), w);
        }
        let dirs = Mutex::new(BTreeSet::new());
        (moves.par_iter()).try_for_each(|(_, rel)| check_folders(self.out, rel, &dirs))?;
        if !moves.is_empty() || !stale.is_empty() {
            union.save(self.out)?;
        }
        moves.par_iter().try_for_each(|(tmp, rel)| {
            let dest = self.out.join(rel);
            super::in_new_folder(&dest, || std::fs::rename(tmp, &dest))
                .map_err(|e| output_error(&dest, e))
        })?;
        let mut removed = 0;
        for rel in &stale {
            if check_folders(self.out, rel, &dirs).is_ok()
                && std::fs::remove_file(self.out.join(rel)).is_ok()
            {
                removed += 1;
            }
        }
        remove_empty_folders(self.out, stale.iter().map(|s| s.as_str()));
        let mut record = Manifest::new();
        record.files = files;
        record.people = people;
        record.site_pages = site_pages;
        let changed = !moves.is_empty() || !stale.is_empty();
        if changed
            || !self.out.join(super::manifest::MANIFEST).is_file()
            || record_differs(self.old, &record)
        {
            record.save(self.out)?;
        }
        remove_partial(&self.partial);
        Ok(Changes {
            written: moves.len(),
            unchanged: record.files.len() - moves.len(),
            removed,
        })
    }
}

fn record_differs(old: &Manifest, new: &Manifest) -> bool {
    old.files != new.files
        || old.site_pages != new.site_pages
        || old.people.len() != new.people.len()
        || old
            .people
            .iter()
            .zip(&new.people)
            .any(|((a, x), (b, y))| a != b || x.key != y.key || x.files != y.files)
}

impl Drop for Pending<'_> {
    /// A build that did not commit leaves the output as it was: its files put aside
    /// go, and so does an output folder it created.
    fn drop(&mut self) {
        if !self.committed {
            remove_partial(&self.partial);
            if self.created {
                let _ = std::fs::remove_dir(self.out);
            }
        }
    }
}

/// Refuses to write or remove through a symbolic link inside the output: each folder
/// on the way to `rel` must be a real folder (or missing). Folders found good are
/// remembered in `seen`.
pub fn check_folders(out: &Path, rel: &str, seen: &Mutex<BTreeSet<PathBuf>>) -> Result<()> {
    let mut dir = out.to_path_buf();
    let parent = Path::new(rel).parent().unwrap_or(Path::new(""));
    for part in parent.components() {
        dir.push(part);
        if seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&dir)
        {
            continue;
        }
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Error::OutputRefused {
                    path: dir.clone(),
                    reason: "a symbolic link inside the output; vitae does not write through links"
                        .into(),
                    hint: "remove the link and build again".into(),
                })
            }
            Ok(_) => {
                seen.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(dir.clone());
            }
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

/// Removes the folders of `removed` files that are now empty (never one that holds
/// anything), deepest first.
pub fn remove_empty_folders<'s>(out: &Path, removed: impl Iterator<Item = &'s str>) {
    let mut dirs = BTreeSet::new();
    for rel in removed {
        let mut p = Path::new(rel).parent();
        while let Some(d) = p.filter(|d| !d.as_os_str().is_empty()) {
            dirs.insert(d.to_path_buf());
            p = d.parent();
        }
    }
    let mut dirs: Vec<PathBuf> = dirs.into_iter().collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        // remove_dir fails on a folder that is not empty, which is what keeps it.
        let _ = std::fs::remove_dir(out.join(d));
    }
}

/// Removes the partial folder (or a link put in its place).
pub fn remove_partial(partial: &Path) {
    match std::fs::symlink_metadata(partial) {
        Ok(m) if m.is_dir() => {
            let _ = std::fs::remove_dir_all(partial);
        }
        Ok(_) => {
            let _ = std::fs::remove_file(partial);
        }
        Err(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_changed_files_only_and_a_dropped_build_leaves_nothing() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let empty = Manifest::new();
        let p = Pending::new(&out, &empty, false).unwrap();
        p.put("a/index.html", b"one").unwrap();
        assert!(out.join(PARTIAL).is_dir(), "put aside, not in place");
        assert!(!out.join("a/index.html").exists());
        drop(p);
        assert!(
            !out.exists(),
            "a dropped build removes the folder it created"
        );

        let p = Pending::new(&out, &empty, false).unwrap();
        p.put("a/index.html", b"one").unwrap();
        p.put("b.html", b"two").unwrap();
        let done = p.commit(BTreeMap::new(), String::new()).unwrap();
        assert_eq!((done.written, done.removed), (2, 0));
        assert!(!out.join(PARTIAL).exists());
        let first = Manifest::load(&out);

        std::fs::write(out.join("mine.txt"), "by hand").unwrap();
        let p = Pending::new(&out, &first, false).unwrap();
        p.put("a/index.html", b"one").unwrap();
        let done = p.commit(BTreeMap::new(), String::new()).unwrap();
        assert_eq!((done.written, done.unchanged, done.removed), (0, 1, 1));
        assert!(!out.join("b.html").exists(), "stale and vitae's: removed");
        assert!(out.join("mine.txt").exists(), "not vitae's: kept");
    }
}
