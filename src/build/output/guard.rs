//! What `vitae build -o DIR` may replace: a folder that is missing, empty, or was
//! written by vitae (it holds [`MARKER`]). Never a symbolic link, the site's own
//! folder, its `content/`, `templates/`, `themes/` or `static/` (nor anything inside
//! those, nor any folder that holds them), nor the user's home folder or a folder
//! that holds it.
//!
//! Takes paths only and reads the disk to decide; it writes nothing but the marker
//! ([`write_marker`]), and it does not know how the output is then replaced.

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// The file every output of vitae holds, so a later build knows the folder is its own.
pub const MARKER: &str = ".vitae-output";

const MARKER_TEXT: &str =
    "This folder was written by vitae (a static site generator for résumés).\n\
`vitae build` rewrites the files it wrote (listed in .vitae-manifest) and removes\n\
them when stale; files put here by hand are left alone, but may be overwritten by a\n\
page of the same name.\n";

/// The folders of a site that a build reads and must never replace.
const SITE_FOLDERS: &[&str] = &["content", "templates", "themes", "static"];

/// Writes the marker into `dir`, unless it is there already.
pub fn write_marker(dir: &Path) -> Result<()> {
    let path = dir.join(MARKER);
    if std::fs::read(&path).is_ok_and(|b| b == MARKER_TEXT.as_bytes()) {
        return Ok(());
    }
    std::fs::write(&path, MARKER_TEXT).map_err(|e| Error::Output { path, source: e })
}

/// Whether `dir` holds the marker.
pub fn has_marker(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

/// Fine if the site at `root` may build into `output`; otherwise an error that names
/// the folder, says why, and how to go on.
pub fn check_output(root: &Path, output: &Path) -> Result<()> {
    let refuse = |reason: String, hint: &str| {
        Err(Error::OutputRefused {
            path: output.to_path_buf(),
            reason,
            hint: hint.to_string(),
        })
    };
    const ELSEWHERE: &str =
        "choose another output folder with -o (the default is public/ in the site's folder)";
    if let Ok(meta) = std::fs::symlink_metadata(output) {
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(output)
                .map(|t| t.display().to_string())
                .unwrap_or_else(|_| "somewhere unreadable".into());
            // Replacing the link would break it; writing through it would write outside the site.
            return refuse(
                format!(
                    "the output is a symbolic link (to {target}); vitae writes its output \
                     folder in place and does not write through links"
                ),
                "give the real folder with -o, or remove the link and build again",
            );
        }
    }
    let out = resolve(output)?;
    let site = resolve(root)?;
    if out == site {
        return refuse("this is the site's own folder".into(), ELSEWHERE);
    }
    if site.starts_with(&out) {
        return refuse(
            format!("this folder holds the site ({})", root.display()),
            ELSEWHERE,
        );
    }
    for name in SITE_FOLDERS {
        if out.starts_with(site.join(name)) {
            return refuse(
                format!("this is the site's {name}/ folder or inside it, which the build reads"),
                ELSEWHERE,
            );
        }
    }
    if let Some(home) = home_dir() {
        if home.starts_with(&out) {
            return refuse(
                if home == out {
                    "this is your home folder".into()
                } else {
                    "this folder holds your home folder".into()
                },
                ELSEWHERE,
            );
        }
    }
    match std::fs::metadata(&out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::Output {
            path: output.to_path_buf(),
            source: e,
        }),
        Ok(m) if !m.is_dir() => refuse(
            "this is a file, not a folder".into(),
            "choose a folder with -o (it is created if missing)",
        ),
        Ok(_) if has_marker(&out) || is_empty(&out) => Ok(()),
        Ok(_) => refuse(
            format!(
                "the folder is not empty and was not written by vitae (it has no {MARKER} file); \
                 a build writes its files into the output folder and removes stale ones"
            ),
            "empty the folder (or move its files elsewhere), or choose another one with -o",
        ),
    }
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut rd| rd.next().is_none())
}

/// The user's home folder, if the environment names one.
fn home_dir() -> Option<PathBuf> {
    let var = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
    let home = std::env::var_os(var).filter(|h| !h.is_empty())?;
    resolve(Path::new(&home)).ok()
}

/// `path` made absolute with links resolved as far as it exists, and `.`/`..` taken
/// literally in the rest, so two spellings of one folder compare equal.
fn resolve(path: &Path) -> Result<PathBuf> {
    let abs = super::absolute(path)?;
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    let base = loop {
        if let Ok(c) = existing.canonicalize() {
            break c;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            // `..` at the end of a missing path: lexical from here on.
            (Some(parent), None) => {
                rest.push("..".into());
                existing = parent;
            }
            (None, _) => break PathBuf::from(existing),
        }
    };
    let mut out = base;
    for part in rest.iter().rev() {
        match Path::new(part).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) | None => {}
            _ => out.push(part),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("content/ada")).unwrap();
        std::fs::write(d.path().join("site.yaml"), "{}").unwrap();
        d
    }

    #[test]
    fn missing_empty_and_marked_folders_may_be_replaced() {
        let d = site();
        let root = d.path();
        assert!(check_output(root, &root.join("public")).is_ok());
        assert!(check_output(root, &root.join("a/b/c")).is_ok());
        std::fs::create_dir(root.join("public")).unwrap();
        assert!(check_output(root, &root.join("public")).is_ok());
        std::fs::write(root.join("public/index.html"), "x").unwrap();
        assert!(check_output(root, &root.join("public")).is_err());
        write_marker(&root.join("public")).unwrap();
        assert!(check_output(root, &root.join("public")).is_ok());
    }

    #[test]
    fn site_folders_and_their_ancestors_are_refused() {
        let d = site();
        let root = d.path();
        for bad in [
            root.to_path_buf(),
            root.join("."),
            root.join("content"),
            root.join("content/ada/out"),
            root.join("static"),
            root.join("public/.."),
            root.join("nothing/../.."),
            root.parent().unwrap().to_path_buf(),
            PathBuf::from("/"),
        ] {
            // A marker does not make the site's own folders replaceable.
            if bad.is_dir() && bad.starts_with(root) {
                let _ = write_marker(&bad);
            }
            let e = check_output(root, &bad).expect_err(&bad.display().to_string());
            assert!(matches!(e, Error::OutputRefused { .. }), "{e:?}");
        }
    }

    #[test]
    fn resolve_handles_missing_parts_and_dots() {
        let d = tempfile::tempdir().unwrap();
        let base = d.path().canonicalize().unwrap();
        assert_eq!(resolve(&d.path().join("x/./y/..")).unwrap(), base.join("x"));
        assert_eq!(
            resolve(&d.path().join("x/../..")).unwrap(),
            base.parent().unwrap()
        );
    }
}
