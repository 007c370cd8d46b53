//! Folders inside an output, handled with care: no write or removal through a
//! symbolic link inside the output, folders removed only when empty, vitae's own
//! working files and folders removed whatever was put in their place.
//!
//! Takes paths; reads and removes, writes nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

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

/// Removes a file or folder of vitae's own naming (or a link put in its place).
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
