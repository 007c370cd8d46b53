//! Writing the output folder safely: everything goes into a staging folder beside
//! the output, which replaces the old output only once the whole build succeeded.
//! So a failed build leaves the previous site untouched, and files from an older
//! build never survive a successful one.
//!
//! Before a build, [`guard`] says whether the output may be replaced at all, [`lock`]
//! keeps two builds of one output apart, and [`leftovers`] removes what a killed build
//! left beside the output. Every output carries [`guard::MARKER`], which is how a
//! later build knows the folder is vitae's to replace.

pub mod guard;
mod leftovers;
mod lock;
mod swap;

pub use leftovers::clean_up;
pub use lock::BuildLock;

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

/// A folder being filled; dropped without [`Staging::commit`] it removes itself.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    committed: bool,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Staging {
    /// A fresh staging folder next to `target` (same file system, so the swap is a rename).
    pub fn new(target: &Path) -> Result<Staging> {
        let target = absolute(target)?;
        let parent = target
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("public")
            .to_string();
        std::fs::create_dir_all(&parent).map_err(|e| Error::Output {
            path: parent.clone(),
            source: e,
        })?;
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = parent.join(format!(".{name}.vitae-{}-{n}", std::process::id()));
        if dir.exists() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        std::fs::create_dir(&dir).map_err(|e| Error::Output {
            path: target.clone(),
            source: e,
        })?;
        let staging = Staging {
            dir,
            target,
            committed: false,
        };
        // Marked from the start, so that a build killed at any point leaves a folder
        // the next build recognises as its own to remove.
        guard::write_marker(&staging.dir)?;
        Ok(staging)
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Puts the staged folder in place of the target, removing the old output.
    ///
    /// Where the system can, the two folders are exchanged in one step, and the old
    /// output is then removed under the staging folder's name. Otherwise two renames:
    /// the old output aside (under a name of this build's own, so no leftover can be
    /// in the way), then the new one in place; killed between them, the old output
    /// waits beside it and the next build puts it back (see [`leftovers`]).
    pub fn commit(mut self) -> Result<()> {
        let old = leftovers::old_name(&self.dir);
        let had_old = self.target.exists();
        if had_old && swap::exchange(&self.dir, &self.target).is_ok() {
            self.committed = true;
            remove_tree(&self.dir);
            return Ok(());
        }
        if had_old {
            std::fs::rename(&self.target, &old).map_err(|e| Error::Output {
                path: self.target.clone(),
                source: e,
            })?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(Error::Output {
                path: self.target.clone(),
                source: e,
            });
        }
        self.committed = true;
        if had_old {
            remove_tree(&old);
        }
        Ok(())
    }
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

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::Output {
        path: path.to_path_buf(),
        source: e,
    })
}

/// Writes a file, creating its folder; failures are output errors.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    in_new_folder(path, || std::fs::write(path, bytes)).map_err(|e| Error::Output {
        path: path.to_path_buf(),
        source: e,
    })
}

/// Runs `write` (which creates `path`); if `path`'s folder doesn't exist yet, creates
/// it and runs `write` again. Most files go into folders that exist already, and on a
/// large site the `mkdir` calls of creating each folder first cost more than the
/// writes: they all lock the same parent folder.
fn in_new_folder<T>(
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

/// Copies a file into `dest_dir`, keeping its name.
pub fn copy_into(file: &Path, dest_dir: &Path) -> Result<()> {
    if !file.is_file() {
        return Err(Error::io(
            file,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
    }
    let dest = dest_dir.join(file.file_name().unwrap_or_default());
    in_new_folder(&dest, || std::fs::copy(file, &dest))
        .map(|_| ())
        .map_err(|e| Error::Output {
            path: dest,
            source: e,
        })
}

/// Copies a folder's files verbatim (recursively); a missing folder copies nothing.
/// Symlinks that lead out of the site (`root`) are not followed (`Site::load` has said
/// so already).
pub fn copy_tree(root: &Path, from: &Path, to: &Path) -> Result<()> {
    let listing = crate::site::links::Fence::for_copying(root)
        .files(from, false)
        .map_err(|e| Error::io(from, e))?;
    for file in listing.files {
        let rel = file.strip_prefix(from).unwrap_or(&file);
        let dest = to.join(rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Output {
                path: parent.to_path_buf(),
                source: e,
            })?;
        }
        std::fs::copy(&file, &dest).map_err(|e| Error::io(&file, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_discards() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("stale.html"), "old").unwrap();

        let failed = Staging::new(&out).unwrap();
        write_file(&failed.path().join("index.html"), b"half").unwrap();
        drop(failed);
        assert!(
            out.join("stale.html").exists(),
            "a dropped build must not touch the output"
        );

        let ok = Staging::new(&out).unwrap();
        write_file(&ok.path().join("index.html"), b"new").unwrap();
        ok.commit().unwrap();
        assert!(!out.join("stale.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "new"
        );
        let leftovers: Vec<_> = std::fs::read_dir(d.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "staging folders are cleaned up");
    }
}
