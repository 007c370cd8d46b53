//! The files of one build, written in place: each file whose bytes differ from what
//! the output holds goes first to a temporary file beside it (`.NAME` + [`TEMP`]);
//! only once the whole build has succeeded are they renamed into place (one rename
//! each, so a reader or a killed build sees the old file or the new one, never half
//! of one), and files vitae wrote before but this build did not are removed last.
//! An unchanged file is neither written nor touched. Temporary files go beside their
//! targets rather than into one folder: creating thousands of files in one folder
//! makes every creation wait on that folder's lock.
//!
//! While temporary files exist, a journal file ([`PARTIAL`]) says so; a build that
//! finds one (its predecessor was killed) removes every temporary file in the output.
//! Into a brand-new output, with no previous site to keep, files go straight into
//! place instead, each named in the journal first (see [`super::direct`]).
//!
//! Takes paths relative to the output and bytes (or files to copy); gives counts of
//! what changed. The record of what vitae owns ([`Manifest`]) is saved as the union
//! of old and new before anything moves, so a build killed at any point leaves no
//! file of vitae's unrecorded. It never removes a file the record does not list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use sha1::{Digest, Sha1};

use super::direct::{self, brand_new, Content, Journal};
use super::folders::{check_folders, remove_empty_folders, remove_partial};
use super::manifest::{Manifest, PersonEntry, Written};
use crate::error::{Error, Result};

/// The journal file, inside the output, present while a build has files put aside.
pub const PARTIAL: &str = ".vitae-partial";

/// The end of a temporary file's name (after `.` and the target's name).
pub const TEMP: &str = ".vitae-new";

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
    /// Whether the journal was written.
    journal: std::sync::Once,
    /// Folders on the way to files, found to be real folders (not links).
    folders: Mutex<BTreeSet<PathBuf>>,
    old: &'a Manifest,
    /// Writes every file, even one the record says holds these bytes.
    force: bool,
    files: Mutex<BTreeMap<String, Written>>,
    moves: Mutex<Vec<(PathBuf, String)>>,
    /// The output did not exist before this build (a failed build removes it again).
    created: bool,
    /// Files go straight into place (a brand-new output), named in this journal first.
    direct: Option<Journal>,
    /// The files written straight into place.
    placed: Mutex<Vec<String>>,
    /// This build wrote the output's marker (a failed build removes it again).
    marked: bool,
    committed: bool,
}

/// The tag of bytes written.
pub fn tag_of(bytes: &[u8]) -> String {
    hex(&Sha1::digest(bytes))
}

/// Lower-case hex, two digits a byte (by table: formatting each byte was a tenth of
/// the cost of staging a file).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

fn output_error(path: &Path, e: std::io::Error) -> Error {
    Error::Output {
        path: path.to_path_buf(),
        source: e,
    }
}

impl<'a> Pending<'a> {
    /// Starts a build of `out` (which exists, and whose build lock is held) over the
    /// record `old`; clears what a killed build left (see [`PARTIAL`]).
    pub fn new(out: &'a Path, old: &'a Manifest, force: bool) -> Result<Pending<'a>> {
        let partial = out.join(PARTIAL);
        sweep(out);
        let created = std::fs::symlink_metadata(out).is_err();
        let mut marked = false;
        let direct = if old.files.is_empty() && brand_new(out) {
            std::fs::create_dir_all(out).map_err(|e| output_error(out, e))?;
            marked = !super::guard::has_marker(out);
            super::guard::write_marker(out)?;
            Some(Journal::start(&partial).map_err(|e| output_error(&partial, e))?)
        } else {
            None
        };
        Ok(Pending {
            out,
            partial,
            journal: std::sync::Once::new(),
            folders: Mutex::new(BTreeSet::new()),
            old,
            force,
            files: Mutex::new(BTreeMap::new()),
            moves: Mutex::new(Vec::new()),
            created,
            direct,
            placed: Mutex::new(Vec::new()),
            marked,
            committed: false,
        })
    }

    /// The file at `rel` is to hold `bytes`.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let tag = tag_of(bytes);
        self.stage(rel, tag, bytes.len() as u64, Content::Bytes(bytes))
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
        self.stage(rel, tag, meta.len(), Content::CopyOf(source))
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

    fn stage(&self, rel: &str, tag: String, len: u64, content: Content) -> Result<()> {
        let unchanged = !self.force && self.old.holds(self.out, rel, &tag);
        let placed = match &self.direct {
            Some(journal) if !unchanged => journal
                .write(self.out, rel, |f| content.write_to(f))
                .map_err(|e| output_error(&self.out.join(rel), e))?,
            _ => false,
        };
        if placed {
            (self.placed.lock().unwrap_or_else(|e| e.into_inner())).push(rel.to_string());
        } else if !unchanged {
            // Never through a link inside the output, not even a temporary file.
            check_folders(self.out, rel, &self.folders)?;
            let mut journal = Ok(());
            self.journal.call_once(|| {
                journal = super::in_new_folder(&self.partial, || {
                    std::fs::write(&self.partial, JOURNAL_TEXT)
                })
                .map_err(|e| output_error(&self.partial, e));
            });
            journal?;
            let dest = self.out.join(rel);
            let mut name = std::ffi::OsString::from(".");
            name.push(dest.file_name().unwrap_or_default());
            name.push(TEMP);
            let tmp = dest.with_file_name(name);
            super::in_new_folder(&tmp, || content.write_at(&tmp))
                .map_err(|e| output_error(&tmp, e))?;
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
        let placed = (self.placed.get_mut().unwrap_or_else(|e| e.into_inner())).len();
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
        let dirs = &self.folders;
        if !moves.is_empty() || !stale.is_empty() {
            union.save(self.out)?;
        }
        moves.par_iter().try_for_each(|(tmp, rel)| {
            let dest = self.out.join(rel);
            std::fs::rename(tmp, &dest).map_err(|e| output_error(&dest, e))
        })?;
        let mut removed = 0;
        for rel in &stale {
            if check_folders(self.out, rel, dirs).is_ok()
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
        let changed = placed > 0 || !moves.is_empty() || !stale.is_empty();
        if changed
            || !self.out.join(super::manifest::MANIFEST).is_file()
            || record_differs(self.old, &record)
        {
            record.save(self.out)?;
        }
        remove_partial(&self.partial);
        let written = moves.len() + placed;
        Ok(Changes {
            written,
            unchanged: record.files.len() - written,
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
            let moves = self.moves.get_mut().unwrap_or_else(|e| e.into_inner());
            for (tmp, _) in moves.iter() {
                let _ = std::fs::remove_file(tmp);
            }
            remove_empty_folders(self.out, moves.iter().map(|(_, rel)| rel.as_str()));
            let placed = self.placed.get_mut().unwrap_or_else(|e| e.into_inner());
            direct::remove_written(self.out, placed);
            remove_partial(&self.partial);
            if self.marked {
                let _ = std::fs::remove_file(self.out.join(super::guard::MARKER));
            }
            if self.created {
                let _ = std::fs::remove_dir(self.out);
            }
        }
    }
}

const JOURNAL_TEXT: &str =
    "A vitae build has files put aside (named .NAME.vitae-new) in this folder.\n";

/// After a killed build (its journal is there): removes every temporary file of vitae's
/// in the output, every file it wrote straight into place that the record does not
/// list (the record is saved only once such a build is whole), and the journal. Links
/// are not followed.
pub fn sweep(out: &Path) {
    let partial = out.join(PARTIAL);
    if std::fs::symlink_metadata(&partial).is_err() {
        return;
    }
    let journal = std::fs::read(&partial).unwrap_or_default();
    if let Some(mut written) = direct::listed(&journal) {
        let record = Manifest::load(out);
        written.retain(|rel| !record.files.contains_key(rel));
        direct::remove_written(out, &written);
    }
    for e in walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let name = e.file_name().to_string_lossy();
        if e.file_type().is_file() && name.starts_with('.') && name.ends_with(TEMP) {
            let _ = std::fs::remove_file(e.path());
        }
    }
    remove_partial(&partial);
}

#[cfg(test)]
mod tests;
