//! Writing the output folder safely and in place: a build writes only the files whose
//! bytes changed, each whole (temp-and-rename), and only after everything was read
//! and rendered without error ([`pending`]); it removes only stale files that its
//! record says vitae wrote ([`manifest`]). So a failed build leaves the previous site
//! untouched, an unchanged site rewrites nothing, and a file put in the output by
//! hand is never removed. A brand-new output, with no previous site to keep, is
//! written straight into place under a journal instead ([`direct`]).
//!
//! Before a build, [`guard`] says whether the output may be written at all, [`lock`]
//! keeps two builds of one output apart, and [`leftovers`] removes what builds of
//! older versions (which replaced the whole folder) left beside the output. Every
//! output carries [`guard::MARKER`], which is how a later build knows the folder is
//! vitae's.

mod direct;
pub mod folders;
pub mod guard;
mod leftovers;
mod lines;
mod lock;
pub mod manifest;
pub mod pending;

pub use leftovers::clean_up;
pub use lock::BuildLock;
pub use manifest::Manifest;
pub use pending::{Changes, Pending};

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result};

/// Everything before a build writes to `output`: refuses a folder it may not replace
/// (see [`guard`]), takes the build lock (released when dropped), and clears what
/// killed builds left; returns the lock and notes on leftovers it left alone.
pub fn prepare(root: &Path, output: &Path) -> Result<(BuildLock, Vec<String>)> {
    guard::check_output(root, output)?;
    let target = absolute(output)?;
    let lock = BuildLock::acquire(&target)?;
    let notes = clean_up(&target);
    Ok((lock, notes))
}

/// Removes a folder and everything in it, its top-level entries in parallel: a site's
/// people are one folder each, and deleting thousands of files one at a time is most
/// of what replacing a large site costs. Best effort, like `remove_dir_all` ignored.
/// The marker goes last, so a removal cut short still leaves a folder known as vitae's.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let entries: Vec<_> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name() != guard::MARKER)
        .collect();
    entries.par_iter().for_each(|e| {
        let _ = match e.file_type() {
            Ok(t) if t.is_dir() => std::fs::remove_dir_all(e.path()),
            _ => std::fs::remove_file(e.path()),
        };
    });
    let _ = std::fs::remove_file(dir.join(guard::MARKER));
    let _ = std::fs::remove_dir(dir);
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::Output {
        path: path.to_path_buf(),
        source: e,
    })
}

/// Writes a file whole, creating its folder: a temporary file beside it renamed into
/// place, so a reader (a server, a killed build's successor) never sees half of it.
/// Failures are output errors.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".vitae-{}-{n}.part", std::process::id()));
    let tmp = path.with_file_name(name);
    let result = in_new_folder(path, || std::fs::write(&tmp, bytes))
        .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| Error::Output {
        path: path.to_path_buf(),
        source: e,
    })
}

static TEMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Runs `write` (which creates `path`); if `path`'s folder doesn't exist yet, creates
/// it and runs `write` again. Most files go into folders that exist already, and on a
/// large site the `mkdir` calls of creating each folder first cost more than the
/// writes: they all lock the same parent folder.
pub(super) fn in_new_folder<T>(
    path: &Path,
    mut write: impl FnMut() -> std::io::Result<T>,
) -> std::io::Result<T> {
    match write() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            write()
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_file_replaces_whole_and_leaves_no_temporary() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("a/b/index.html");
        write_file(&path, b"one").unwrap();
        write_file(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = std::fs::read_dir(d.path().join("a/b")).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left beside it");
    }
}
