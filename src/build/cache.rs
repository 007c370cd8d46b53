//! The cache of parsed résumés, in the site's cache folder ([`DIR`]): each source's
//! résumé as the reader made it, under a key of the source's bytes and the reader's
//! version ([`parse_key`]), so a build reads again only the sources that changed.
//!
//! Each entry carries its length and a checksum before its body, and is written by
//! temp-and-rename: an entry torn by a crash or `kill -9` (or by a file system that
//! kept the rename but not the data) fails the check and is read as a miss, never as
//! a résumé. Takes keys and résumés; it does not parse, and losing it loses nothing
//! but time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use sha1::{Digest, Sha1};

use crate::model::Resume;

/// The cache of parsed résumés, inside the site's folder.
pub const DIR: &str = ".vitae-cache/parsed";

/// The first bytes of every entry; a new layout gets a new one.
const MAGIC: &[u8] = b"vitae parsed 1\n";

/// What a cached résumé depends on besides its source's bytes: the reader's version
/// and this program. The program's own file (its size and time) is in it so that a
/// rebuilt binary never trusts résumés an older reader made, even before the version
/// is bumped.
pub fn reader_id() -> Vec<u8> {
    let mut id = format!(
        "{}:{}:",
        crate::parse::PARSER_VERSION,
        env!("CARGO_PKG_VERSION")
    )
    .into_bytes();
    id.extend(program_stamp());
    id
}

fn program_stamp() -> Vec<u8> {
    let Some(meta) = std::env::current_exe().and_then(std::fs::metadata).ok() else {
        return Vec::new();
    };
    let time = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!("{}:{time}", meta.len()).into_bytes()
}

/// The key of the résumé read from `source` (its name says its format) holding
/// `bytes`, by the reader `reader` (see [`reader_id`]).
pub fn parse_key(reader: &[u8], source: &Path, bytes: &[u8]) -> String {
    let ext = source
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let mut h = Sha1::new();
    for part in [reader, ext.as_bytes(), bytes] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part);
    }
    crate::build::output::pending::hex(&h.finalize())
}

/// The cache of one site; `None` folder when the build runs without it.
pub struct ParseCache {
    dir: Option<PathBuf>,
}

impl ParseCache {
    pub fn new(root: &Path, enabled: bool) -> ParseCache {
        ParseCache {
            dir: enabled.then(|| root.join(DIR)),
        }
    }

    /// The résumé cached under `key`, if there is a whole one.
    pub fn get(&self, key: &str) -> Option<Resume> {
        let bytes = std::fs::read(self.dir.as_ref()?.join(key)).ok()?;
        serde_json::from_slice(decode(&bytes)?).ok()
    }

    /// Keeps `resume` under `key`; a cache that cannot be written is no error.
    pub fn put(&self, key: &str, resume: &Resume) {
        let Some(dir) = &self.dir else { return };
        if let Ok(body) = serde_json::to_vec(resume) {
            let _ = crate::build::output::write_file(&dir.join(key), &encode(&body));
        }
    }

    /// Forgets every entry but those in `keep` (the keys of this build's sources).
    pub fn prune(&self, keep: &HashSet<String>) {
        let Some(dir) = &self.dir else { return };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            if !keep.contains(name.to_string_lossy().as_ref()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// An entry: [`MAGIC`], the body's length (8 bytes), its SHA-1 (20 bytes), the body.
fn encode(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 28 + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&Sha1::digest(body));
    out.extend_from_slice(body);
    out
}

/// The body of a whole entry; `None` for anything torn, truncated or foreign.
fn decode(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (len, rest) = rest.split_first_chunk::<8>()?;
    let (sum, body) = rest.split_first_chunk::<20>()?;
    (u64::from_le_bytes(*len) == body.len() as u64 && Sha1::digest(body).as_slice() == sum)
        .then_some(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resume(name: &str) -> Resume {
        serde_json::from_str(&format!(r#"{{"basics":{{"name":"{name}"}}}}"#)).unwrap()
    }

    #[test]
    fn torn_entries_are_misses() {
        let d = tempfile::tempdir().unwrap();
        let cache = ParseCache::new(d.path(), true);
        cache.put("k", &resume("Ada Fixture"));
        assert_eq!(cache.get("k"), Some(resume("Ada Fixture")));
        let path = d.path().join(DIR).join("k");
        let whole = std::fs::read(&path).unwrap();
        // Cut anywhere, or one byte flipped: never a résumé.
        for cut in [0, 5, MAGIC.len() + 3, MAGIC.len() + 30, whole.len() - 1] {
            std::fs::write(&path, &whole[..cut]).unwrap();
            assert_eq!(cache.get("k"), None, "cut at {cut}");
        }
        let mut flipped = whole.clone();
        *flipped.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(cache.get("k"), None);
        // Zeros where the data never reached the disk.
        std::fs::write(&path, vec![0; whole.len()]).unwrap();
        assert_eq!(cache.get("k"), None);
    }

    #[test]
    fn the_key_changes_with_the_bytes_the_format_and_the_reader() {
        let base = parse_key(b"1", Path::new("resume.md"), b"# Ada");
        assert_eq!(base, parse_key(b"1", Path::new("resume.md"), b"# Ada"));
        assert_ne!(base, parse_key(b"1", Path::new("resume.md"), b"# Ada."));
        assert_ne!(base, parse_key(b"1", Path::new("resume.txt"), b"# Ada"));
        assert_ne!(base, parse_key(b"2", Path::new("resume.md"), b"# Ada"));
        assert!(reader_id().starts_with(format!("{}:", crate::parse::PARSER_VERSION).as_bytes()));
    }

    #[test]
    fn off_means_nothing_read_or_kept_and_prune_keeps_the_living() {
        let d = tempfile::tempdir().unwrap();
        let off = ParseCache::new(d.path(), false);
        off.put("k", &resume("Ada Fixture"));
        assert!(!d.path().join(DIR).exists());
        let on = ParseCache::new(d.path(), true);
        on.put("a", &resume("A"));
        on.put("b", &resume("B"));
        assert_eq!(off.get("a"), None);
        on.prune(&HashSet::from(["a".to_string()]));
        assert!(on.get("a").is_some() && on.get("b").is_none());
    }
}
