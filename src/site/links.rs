//! Symbolic links in a site: one rule for `content/`, `static/`, `templates/` and
//! `themes/`. A link that resolves inside the site's folder is read like the file or
//! folder it points to; one that leads outside it, a broken one and a loop are not
//! read, and each is reported as a [`Skipped`] (the build and `check` print them as
//! warnings), so a link can't publish a file from elsewhere on the machine, and
//! nothing is left out without a word.
//!
//! Takes paths; reads no file's contents.

use std::fmt;
use std::path::{Path, PathBuf};

/// A link that was not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The link (or the path under a link) as found in the site.
    pub link: PathBuf,
    /// Where it points, as written in the link (or where it resolves).
    pub target: PathBuf,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Outside,
    Broken,
    Loop,
    /// From a folder copied as it is (`static/`) into `content/` or a hidden folder
    /// (`.git`, a build's staging folder): people's files are published only through
    /// their pages, with their privacy settings applied.
    Private,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.why {
            Why::Outside => "a symlink to outside the site",
            Why::Broken => "a broken symlink",
            Why::Loop => "a symlink that loops",
            Why::Private => {
                "a symlink into content/ or a hidden folder, whose files are published \
                 only through people's pages"
            }
        };
        write!(
            f,
            "{} → {}: {what}, not read (copy the file into the site instead)",
            self.link.display(),
            self.target.display()
        )
    }
}

/// The site's folder, symlinks resolved: what every path read must stay inside.
#[derive(Debug, Clone)]
pub struct Fence {
    real: PathBuf,
    /// Links into `content/` and hidden folders are refused too ([`Why::Private`]).
    copying: bool,
}

impl Fence {
    pub fn new(root: &Path) -> Fence {
        let real = root
            .canonicalize()
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf());
        Fence {
            real,
            copying: false,
        }
    }

    /// The fence for a folder copied verbatim into the output (`static/`): links may not
    /// lead into `content/` or a hidden folder either.
    pub fn for_copying(root: &Path) -> Fence {
        Fence {
            copying: true,
            ..Fence::new(root)
        }
    }

    /// Whether a resolved path inside the site is one a verbatim copy may not reach.
    fn private(&self, real: &Path) -> bool {
        let rel = real.strip_prefix(&self.real).unwrap_or(real);
        let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
        self.copying && (rel.starts_with("content") || parts.any(|p| p.starts_with('.')))
    }

    /// Whether `path` may be read. A path that does not exist and is no link is fine
    /// here (whoever reads it reports it missing).
    pub fn check(&self, path: &Path) -> Result<(), Skipped> {
        let target = || std::fs::read_link(path).ok();
        match path.canonicalize() {
            // A folder that holds the link itself (`..`, the site's root) would bring the
            // whole site along, sources and overrides and all: a loop, not read.
            Ok(real) if real.starts_with(&self.real) && holds_link(&real, path) => Err(Skipped {
                link: path.to_path_buf(),
                target: target().unwrap_or(real),
                why: Why::Loop,
            }),
            Ok(real) if real.starts_with(&self.real) && self.private(&real) => Err(Skipped {
                link: path.to_path_buf(),
                target: target().unwrap_or(real),
                why: Why::Private,
            }),
            Ok(real) if real.starts_with(&self.real) => Ok(()),
            Ok(real) => Err(Skipped {
                link: path.to_path_buf(),
                target: target().unwrap_or(real),
                why: Why::Outside,
            }),
            // A link to itself can't be resolved either: broken too.
            Err(_) => match target() {
                Some(target) => Err(Skipped {
                    link: path.to_path_buf(),
                    target,
                    why: Why::Broken,
                }),
                None => Ok(()),
            },
        }
    }

    /// Every file under `dir` that may be read, sorted by path, following links that
    /// stay inside the site; names starting with `.` are left out when `skip_hidden`
    /// (silently: that is not a link rule). A missing `dir` has no files.
    pub fn files(&self, dir: &Path, skip_hidden: bool) -> std::io::Result<Listing> {
        let mut skipped = Vec::new();
        let mut files = Vec::new();
        if std::fs::symlink_metadata(dir).is_err() {
            return Ok(Listing { files, skipped });
        }
        let walker = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if skip_hidden && e.depth() > 0 && is_hidden(e.file_name()) {
                    return false;
                }
                if !e.path_is_symlink() {
                    return true;
                }
                match self.check(e.path()) {
                    Ok(()) => true,
                    Err(s) => {
                        skipped.push(s);
                        false
                    }
                }
            });
        let mut problems = Vec::new();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                Ok(_) => {}
                Err(e) => problems.push(e),
            }
        }
        // Following links, the walk fails on a broken one or a loop: those are skips too.
        for e in problems {
            let path = e.path().unwrap_or(dir).to_path_buf();
            if skip_hidden && is_hidden(path.file_name().unwrap_or_default()) {
                continue;
            }
            match self.check(&path) {
                Err(mut s) => {
                    if e.loop_ancestor().is_some() {
                        s.why = Why::Loop;
                    }
                    skipped.push(s)
                }
                Ok(()) if e.loop_ancestor().is_some() => skipped.push(Skipped {
                    target: std::fs::read_link(&path).unwrap_or_default(),
                    link: path,
                    why: Why::Loop,
                }),
                Ok(()) => return Err(e.into()),
            }
        }
        Ok(Listing { files, skipped })
    }
}

/// Whether `real` (a resolved folder) holds the place `link` sits in.
fn holds_link(real: &Path, link: &Path) -> bool {
    let place = link.parent().and_then(|p| p.canonicalize().ok());
    real.is_dir() && place.is_some_and(|p| p.starts_with(real))
}

/// What [`Fence::files`] found.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn inside_is_read_outside_broken_and_loops_are_said() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        write(&d.path().join("private/secret.txt"), "secret");
        write(&root.join("static/a.css"), "a");
        write(&root.join("static/.hidden/x.css"), "x");
        write(&root.join("shared/logo.png"), "png");
        symlink(
            d.path().join("private/secret.txt"),
            root.join("static/leak.txt"),
        )
        .unwrap();
        symlink(d.path().join("private"), root.join("static/private")).unwrap();
        symlink(root.join("shared"), root.join("static/shared")).unwrap();
        symlink("../shared/logo.png", root.join("static/logo.png")).unwrap();
        symlink("nowhere", root.join("static/broken.css")).unwrap();
        symlink(".", root.join("static/self")).unwrap();
        symlink("..", root.join("static/site")).unwrap();

        let fence = Fence::new(&root);
        let l = fence.files(&root.join("static"), true).unwrap();
        let names: Vec<String> = l
            .files
            .iter()
            .map(|p| p.strip_prefix(&root).unwrap().display().to_string())
            .collect();
        assert_eq!(
            names,
            ["static/a.css", "static/logo.png", "static/shared/logo.png"]
        );
        let mut skipped: Vec<(String, Why)> = l
            .skipped
            .iter()
            .map(|s| (s.link.file_name().unwrap().to_string_lossy().into(), s.why))
            .collect();
        skipped.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            skipped,
            [
                ("broken.css".to_string(), Why::Broken),
                ("leak.txt".to_string(), Why::Outside),
                ("private".to_string(), Why::Outside),
                ("self".to_string(), Why::Loop),
                ("site".to_string(), Why::Loop),
            ]
        );
        let leak = l
            .skipped
            .iter()
            .find(|s| s.link.ends_with("leak.txt"))
            .unwrap();
        let said = leak.to_string();
        assert!(said.contains("static/leak.txt → "), "{said}");
        assert!(said.contains("private/secret.txt"), "{said}");
        assert!(said.contains("outside the site"), "{said}");

        assert!(fence.check(&root.join("static/a.css")).is_ok());
        assert!(fence.check(&root.join("static/missing.css")).is_ok());
        assert_eq!(
            fence.check(&root.join("static/leak.txt")).unwrap_err().why,
            Why::Outside
        );
    }

    #[test]
    fn copies_never_reach_into_content_or_hidden_folders() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        write(&root.join("content/ada/overrides.yaml"), "x-note: private");
        write(&root.join(".git/config"), "[core]");
        write(&root.join("shared/logo.png"), "png");
        std::fs::create_dir_all(root.join("static")).unwrap();
        symlink("../content", root.join("static/files")).unwrap();
        symlink("../content/ada/overrides.yaml", root.join("static/o.yaml")).unwrap();
        symlink("../.git", root.join("static/git")).unwrap();
        symlink("../shared/logo.png", root.join("static/logo.png")).unwrap();
        let l = Fence::for_copying(&root)
            .files(&root.join("static"), false)
            .unwrap();
        assert_eq!(l.files, [root.join("static/logo.png")]);
        assert_eq!(l.skipped.len(), 3);
        assert!(l.skipped.iter().all(|s| s.why == Why::Private));
        // Reading the site (a person's asset linked to another's) may go there.
        assert!(Fence::new(&root).check(&root.join("static/files")).is_ok());
    }

    #[test]
    fn a_folder_linked_out_is_skipped_whole() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        write(&d.path().join("elsewhere/t.html"), "t");
        std::fs::create_dir_all(&root).unwrap();
        symlink(d.path().join("elsewhere"), root.join("templates")).unwrap();
        let l = Fence::new(&root)
            .files(&root.join("templates"), true)
            .unwrap();
        assert!(l.files.is_empty());
        assert_eq!(l.skipped.len(), 1);
        assert!(Fence::new(&root)
            .files(&root.join("missing"), true)
            .unwrap()
            .files
            .is_empty());
    }
}
