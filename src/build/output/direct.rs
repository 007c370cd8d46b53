//! Writing straight into a brand-new output: when the output folder does not exist yet
//! (or holds nothing but vitae's marker) and vitae has no record of it, there is no
//! previous site for a failed build to keep, so each file is created in its place at
//! once rather than put aside and renamed — creating files is most of what a large
//! first build costs, and the rename doubled the work on each folder.
//!
//! What keeps this safe is the journal ([`super::pending::PARTIAL`]), written before
//! the first file: it starts with [`HEADER`] and names each file, one line each,
//! before the file is created. A build that fails removes what it wrote; a build that
//! was killed leaves the journal, and the next build removes every file it names (they
//! are vitae's, and may be cut short) before it starts. So no file of vitae's is ever
//! left unrecorded, and none that the journal does not name is ever removed.
//!
//! Takes paths relative to the output and bytes; gives the files written. It does not
//! decide whether a build may write directly (see [`super::pending`]).

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::folders::remove_empty_folders;
use super::manifest::is_inside;

/// The journal's first line when the build writes straight into the output.
pub const HEADER: &str = "A vitae build is writing this new output; each file below is vitae's.\n";

/// An open journal of files written in place, and the folders made for them.
pub struct Journal {
    /// Written from many threads without a lock: appends of one `write` each to a
    /// file opened for appending land whole, one after another.
    file: File,
    made: Mutex<HashSet<PathBuf>>,
}

impl Journal {
    /// Starts the journal at `path` (inside an output that exists).
    pub fn start(path: &Path) -> std::io::Result<Journal> {
        let mut file = OpenOptions::new()
            .append(true)
            .create_new(true)
            .open(path)?;
        file.write_all(HEADER.as_bytes())?;
        Ok(Journal {
            file,
            made: Mutex::new(HashSet::new()),
        })
    }

    /// Writes `bytes` to `rel` in `out`, naming it in the journal first. Gives
    /// `Ok(false)` when the file is already there (written twice by one build, or put
    /// there by someone else meanwhile): the caller then writes it the careful way.
    pub fn write(
        &self,
        out: &Path,
        rel: &str,
        write: impl Fn(&mut File) -> std::io::Result<()>,
    ) -> std::io::Result<bool> {
        // A name the journal's lines cannot hold whole goes the careful way.
        if rel.contains(['\n', '\r']) {
            return Ok(false);
        }
        if let Some(parent) = Path::new(rel)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            if !self.made(out, parent)? {
                return Ok(false);
            }
        }
        let line = format!("{rel}\n");
        // One write each, so a kill never leaves half a name (a half name is skipped).
        (&self.file).write_all(line.as_bytes())?;
        let dest = out.join(rel);
        // create_new never follows a link nor replaces a file.
        match OpenOptions::new().write(true).create_new(true).open(&dest) {
            Ok(mut file) => write(&mut file).map(|()| true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Makes the folder `rel` (and those above it) in `out`; `Ok(false)` when one of
    /// them was there already, which this build did not make (so it may be a link).
    /// The lock is not held while the folder is made: making one costs far more than
    /// the look-up, and holding it would queue every thread behind each `mkdir`. Two
    /// threads making one folder at once is safe: the one that finds it made goes
    /// the careful way.
    fn made(&self, out: &Path, rel: &Path) -> std::io::Result<bool> {
        let known = |p: &Path| (self.made.lock().unwrap_or_else(|e| e.into_inner())).contains(p);
        if known(rel) {
            return Ok(true);
        }
        if let Some(parent) = rel.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !known(parent) && !self.made(out, parent)? {
                return Ok(false);
            }
        }
        match std::fs::create_dir(out.join(rel)) {
            Ok(()) => {
                (self.made.lock().unwrap_or_else(|e| e.into_inner())).insert(rel.to_path_buf());
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// The files a journal names (`None` when it is not a journal of direct writes): only
/// whole lines, only paths inside the output.
pub fn listed(journal: &[u8]) -> Option<Vec<String>> {
    let rest = journal.strip_prefix(HEADER.as_bytes())?;
    let whole = &rest[..rest.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)];
    let text = String::from_utf8_lossy(whole);
    Some(
        text.lines()
            .filter(|rel| is_inside(rel))
            .map(str::to_string)
            .collect(),
    )
}

/// Removes the files `rels` a killed or failed build wrote in `out`, and the folders
/// left empty; never through a link inside the output.
pub fn remove_written(out: &Path, rels: &[String]) {
    let seen = Mutex::default();
    for rel in rels {
        if super::folders::check_folders(out, rel, &seen).is_ok() {
            let _ = std::fs::remove_file(out.join(rel));
        }
    }
    remove_empty_folders(out, rels.iter().map(String::as_str));
}

/// What a file is to hold.
#[derive(Clone, Copy)]
pub enum Content<'b> {
    Bytes(&'b [u8]),
    CopyOf(&'b Path),
}

impl Content<'_> {
    pub fn write_to(self, file: &mut std::fs::File) -> std::io::Result<()> {
        use std::io::Write;
        match self {
            Content::Bytes(b) => file.write_all(b),
            Content::CopyOf(source) => {
                std::io::copy(&mut std::fs::File::open(source)?, file).map(|_| ())
            }
        }
    }

    pub fn write_at(self, path: &Path) -> std::io::Result<()> {
        match self {
            Content::Bytes(b) => std::fs::write(path, b),
            Content::CopyOf(source) => std::fs::copy(source, path).map(|_| ()),
        }
    }
}

/// Whether `out` is brand new: missing, or holding nothing but vitae's marker.
pub fn brand_new(out: &Path) -> bool {
    match std::fs::read_dir(out) {
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        Ok(mut entries) => entries.all(|e| e.is_ok_and(|e| e.file_name() == super::guard::MARKER)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_names_every_file_before_it_is_written_and_only_whole_lines_count() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path();
        let journal = Journal::start(&out.join(".j")).unwrap();
        let put = |rel: &str| journal.write(out, rel, |f| f.write_all(b"x")).unwrap();
        assert!(put("a/b/index.html"));
        assert!(put("a/resume.json"));
        assert!(put("top.html"));
        assert!(
            !put("top.html"),
            "written once; the second goes the careful way"
        );
        std::fs::create_dir(out.join("theirs")).unwrap();
        assert!(!put("theirs/x.html"), "a folder this build did not make");
        assert!(!out.join("theirs/x.html").exists());
        assert!(!put("a/line\nbreak.html"), "a name no line can hold");
        let text = std::fs::read(out.join(".j")).unwrap();
        let rels = listed(&text).unwrap();
        assert_eq!(rels[..3], ["a/b/index.html", "a/resume.json", "top.html"]);
        // Cut in the middle of a name: that name is not trusted.
        let cut = listed(&text[..HEADER.len() + 10]).unwrap();
        assert!(cut.is_empty(), "{cut:?}");
        assert_eq!(listed(b"something else\n"), None);
        assert!(listed(format!("{HEADER}../x\n/etc/y\nok\n").as_bytes()).unwrap() == ["ok"]);
        remove_written(out, &rels);
        assert!(!out.join("a").exists() && !out.join("top.html").exists());
        assert!(out.join("theirs").is_dir(), "not vitae's: kept");
    }
}
