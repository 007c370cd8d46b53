//! The PDF cache: a PDF is kept under the hash of everything it was printed from
//! (the print copy's HTML, the theme files, the site's static files and the person's
//! assets), so a person whose page did not change is not printed again.
//!
//! Takes bytes and folders, gives keys and page counts; it does not print.

use std::path::Path;

use sha1::{Digest, Sha1};

use crate::error::{Error, Result};

/// The cache's folder, inside the site's folder.
pub const DIR: &str = ".vitae-cache/pdf";

/// Bumped when the way PDFs are printed changes, so older PDFs are printed again.
const VERSION: &[u8] = b"vitae pdf 1\0";

/// The key of a PDF printed from `html` with the files under each of `trees` (missing
/// folders count as empty) and each of `files`.
pub fn key(html: &str, trees: &[&Path], files: &[&Path]) -> Result<String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io(p, e));
    let mut h = Sha1::new();
    h.update(VERSION);
    part(&mut h, b"html", html.as_bytes());
    for tree in trees {
        if !tree.is_dir() {
            continue;
        }
        let mut entries: Vec<_> = walkdir::WalkDir::new(tree)
            .sort_by_file_name()
            .into_iter()
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| Error::io(tree, e.into()))?;
        entries.retain(|e| e.file_type().is_file());
        for e in entries {
            let rel = e.path().strip_prefix(tree).unwrap_or(e.path());
            part(&mut h, rel.to_string_lossy().as_bytes(), &read(e.path())?);
        }
    }
    for file in files {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        part(&mut h, name.as_bytes(), &read(file)?);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// One named part, its length first, so that no two sets of parts hash alike.
fn part(h: &mut Sha1, name: &[u8], bytes: &[u8]) {
    h.update((name.len() as u64).to_le_bytes());
    h.update(name);
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

/// The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`, the tree
/// above them). Browsers write page objects uncompressed, so they can be counted so.
pub fn page_count(pdf: &[u8]) -> usize {
    let mut count = 0;
    let mut rest = pdf;
    while let Some(at) = find(rest, b"/Type") {
        rest = &rest[at + 5..];
        let value = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(0);
        let tail = &rest[value..];
        if tail.starts_with(b"/Page") && !tail.get(5).is_some_and(u8::is_ascii_alphanumeric) {
            count += 1;
        }
    }
    count
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pages_not_the_page_tree() {
        let pdf = b"%PDF-1.4\n1 0 obj <</Type /Pages /Count 2>>\n2 0 obj <</Type /Page>>\n\
                    3 0 obj <</Type/Page /Parent 1 0 R>>\n4 0 obj <</Type /Catalog>>";
        assert_eq!(page_count(pdf), 2);
        assert_eq!(page_count(b"%PDF-1.4"), 0);
    }

    #[test]
    fn key_changes_with_any_input() {
        let d = tempfile::tempdir().unwrap();
        let theme = d.path().join("themes");
        std::fs::create_dir_all(theme.join("classic")).unwrap();
        std::fs::write(theme.join("classic/vitae.css"), "a{}").unwrap();
        let photo = d.path().join("photo.jpg");
        std::fs::write(&photo, "jpeg").unwrap();
        let base = key("<p>x</p>", &[&theme], &[&photo]).unwrap();
        assert_eq!(base, key("<p>x</p>", &[&theme], &[&photo]).unwrap());
        assert_eq!(base.len(), 40);
        assert_ne!(base, key("<p>y</p>", &[&theme], &[&photo]).unwrap());
        std::fs::write(theme.join("classic/vitae.css"), "b{}").unwrap();
        let css = key("<p>x</p>", &[&theme], &[&photo]).unwrap();
        assert_ne!(base, css);
        std::fs::write(&photo, "png").unwrap();
        assert_ne!(css, key("<p>x</p>", &[&theme], &[&photo]).unwrap());
        // A missing folder is empty, not an error.
        key("<p>x</p>", &[&d.path().join("none")], &[]).unwrap();
    }
}
