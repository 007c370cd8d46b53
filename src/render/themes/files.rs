//! Reading a theme folder from disk: every file under it by `/`-separated relative
//! path. Takes a folder and the site's fence; gives the files' bytes. It does not
//! decide what the files mean (the parent module does).

use std::path::Path;

use crate::error::{Error, Result};
use crate::site::links::{Fence, Skipped};

/// Every file under `dir` (none if it does not exist), by `/`-separated relative path;
/// hidden files left out, symlinks out of the site added to `skipped`.
pub(super) fn read_tree(
    fence: &Fence,
    dir: &Path,
    skipped: &mut Vec<Skipped>,
) -> Result<Vec<(String, Vec<u8>)>> {
    let listing = fence.files(dir, true).map_err(|e| Error::io(dir, e))?;
    skipped.extend(listing.skipped);
    let mut out = Vec::new();
    for path in listing.files {
        let rel = path.strip_prefix(dir).unwrap_or(&path);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        out.push((slash_path(rel), bytes));
    }
    Ok(out)
}

/// A relative path with `/` between its parts, whatever the platform.
pub(super) fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
