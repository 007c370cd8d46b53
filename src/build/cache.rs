//! The cache of parsed résumés, in the site's cache folder ([`DIR`]): each source's
//! résumé as the reader made it, under a key of the source's bytes and the reader's
//! version ([`parse_key`]), so a build reads again only the sources that changed.
//!
//! The entries are kept in a few files ([`SHARDS`]), each read only when one of its
//! keys is looked up and rewritten whole (temp-and-rename) when it changed. Each entry
//! carries its key, its length and a checksum before its body: an entry torn by a
//! crash or `kill -9` (or by a file system that kept the rename but not the data)
//! fails the check and is read as a miss, never as a résumé. Takes keys and résumés; it does not parse, and losing it loses nothing
//! but time.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

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

/// Whether [`reader_id`] holds this program's own stamp, so that it changes with
/// everything built into the program (its themes too).
pub fn program_known() -> bool {
    !program_stamp().is_empty()
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

/// How many files the cache is split into, by the first hex digit of the key: few
/// enough that a first build creates a handful of files rather than one per person
/// (creating files is most of a large first build's cost), and small enough that
/// adding one résumé rewrites a sixteenth of the cache.
const SHARDS: usize = 16;

/// One file of the cache: its entries by key (bodies still serialised).
#[derive(Default)]
struct Shard {
    loaded: bool,
    entries: HashMap<String, Vec<u8>>,
    changed: bool,
}

/// The cache of one site; no folder when the build runs without it.
pub struct ParseCache {
    dir: Option<PathBuf>,
    shards: Vec<Mutex<Shard>>,
}

impl ParseCache {
    pub fn new(root: &Path, enabled: bool) -> ParseCache {
        ParseCache {
            dir: enabled.then(|| root.join(DIR)),
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }

    /// The shard of `key`, read from disk the first time.
    fn shard(&self, key: &str) -> Option<MutexGuard<'_, Shard>> {
        let dir = self.dir.as_ref()?;
        let n = key
            .get(..1)
            .and_then(|d| usize::from_str_radix(d, 16).ok())
            .unwrap_or(0)
            % SHARDS;
        let mut shard = self.shards[n].lock().unwrap_or_else(|e| e.into_inner());
        if !shard.loaded {
            shard.loaded = true;
            if let Ok(bytes) = std::fs::read(dir.join(format!("{n:x}"))) {
                shard.entries = decode_all(&bytes);
            }
        }
        Some(shard)
    }

    /// The résumé cached under `key`, if there is a whole one.
    pub fn get(&self, key: &str) -> Option<Resume> {
        let shard = self.shard(key)?;
        serde_json::from_slice(shard.entries.get(key)?).ok()
    }

    /// Keeps `resume` under `key` (written by [`ParseCache::save`]).
    pub fn put(&self, key: &str, resume: &Resume) {
        let Ok(body) = serde_json::to_vec(resume) else {
            return;
        };
        if let Some(mut shard) = self.shard(key) {
            shard.entries.insert(key.to_string(), body);
            shard.changed = true;
        }
    }

    /// Writes every shard this build changed, or read and found holding entries not in
    /// `keep` (the keys of this build's sources), without those entries. Shards not
    /// read are left as they are: an unchanged site reads and writes no cache at all.
    /// A cache that cannot be written is no error: the next build reads again.
    pub fn save(&self, keep: &HashSet<String>) {
        let Some(dir) = &self.dir else { return };
        for (n, shard) in self.shards.iter().enumerate() {
            let mut shard = shard.lock().unwrap_or_else(|e| e.into_inner());
            let before = shard.entries.len();
            shard.entries.retain(|k, _| keep.contains(k));
            if !(shard.changed || shard.entries.len() != before) {
                continue;
            }
            let mut keys: Vec<&String> = shard.entries.keys().collect();
            keys.sort();
            let mut out = Vec::new();
            for k in keys {
                out.extend(encode(k, &shard.entries[k]));
            }
            let _ = crate::build::output::write_file(&dir.join(format!("{n:x}")), &out);
        }
    }
}

/// An entry: [`MAGIC`], the key's length (8 bytes) and the key, the body's length
/// (8 bytes), the SHA-1 of key and body (20 bytes), the body.
fn encode(key: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 36 + key.len() + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(key.len() as u64).to_le_bytes());
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(key.as_bytes(), body));
    out.extend_from_slice(body);
    out
}

fn checksum(key: &[u8], body: &[u8]) -> [u8; 20] {
    let mut h = Sha1::new();
    h.update(key);
    h.update(body);
    h.finalize().into()
}

/// The whole entries of a shard, up to the first that is torn, truncated or foreign
/// (nothing after it can be trusted to start where it seems to).
fn decode_all(mut bytes: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut out = HashMap::new();
    while let Some((key, body, rest)) = decode(bytes) {
        out.insert(key, body.to_vec());
        bytes = rest;
    }
    out
}

fn decode(bytes: &[u8]) -> Option<(String, &[u8], &[u8])> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (len, rest) = rest.split_first_chunk::<8>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    let (key, rest) = (rest.get(..len)?, rest.get(len..)?);
    let (len, rest) = rest.split_first_chunk::<8>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    let (sum, rest) = rest.split_first_chunk::<20>()?;
    let (body, rest) = (rest.get(..len)?, rest.get(len..)?);
    if checksum(key, body) != *sum {
        return None;
    }
    Some((String::from_utf8(key.to_vec()).ok()?, body, rest))
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
        let keep = HashSet::from(["a1".to_string(), "a2".to_string()]);
        let cache = ParseCache::new(d.path(), true);
        cache.put("a1", &resume("Ada Fixture"));
        cache.put("a2", &resume("Bo Fixture"));
        cache.save(&keep);
        let fresh = || ParseCache::new(d.path(), true);
        assert_eq!(fresh().get("a1"), Some(resume("Ada Fixture")));
        let path = d.path().join(DIR).join("a");
        let whole = std::fs::read(&path).unwrap();
        let first = encode("a1", &serde_json::to_vec(&resume("Ada Fixture")).unwrap()).len();
        // Cut anywhere: the entries before the cut are whole, the one cut is a miss.
        for cut in [
            0,
            5,
            MAGIC.len() + 30,
            first - 1,
            first,
            first + 3,
            whole.len() - 1,
        ] {
            std::fs::write(&path, &whole[..cut]).unwrap();
            let c = fresh();
            assert_eq!(c.get("a2"), None, "cut at {cut}");
            assert_eq!(c.get("a1").is_some(), cut >= first, "cut at {cut}");
        }
        let mut flipped = whole.clone();
        *flipped.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(fresh().get("a2"), None);
        assert!(fresh().get("a1").is_some());
        // Zeros where the data never reached the disk.
        std::fs::write(&path, vec![0; whole.len()]).unwrap();
        assert_eq!(fresh().get("a1"), None);
    }

    #[test]
    fn a_new_reader_does_not_trust_what_an_older_one_read() {
        let d = tempfile::tempdir().unwrap();
        let source = Path::new("resume.md");
        let old = parse_key(b"1:0.1.0:", source, b"# Ada");
        let cache = ParseCache::new(d.path(), true);
        cache.put(&old, &resume("Ada Fixture"));
        cache.save(&HashSet::from([old.clone()]));
        let fresh = ParseCache::new(d.path(), true);
        assert!(fresh.get(&old).is_some());
        // The same source after the reader's version was bumped: a miss, read again.
        let new = parse_key(b"2:0.1.0:", source, b"# Ada");
        assert_eq!(fresh.get(&new), None);
        // And this program's id leads with the version it reads with.
        let id = reader_id();
        assert!(id.starts_with(format!("{}:", crate::parse::PARSER_VERSION).as_bytes()));
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
    fn off_means_nothing_read_or_kept_and_save_keeps_the_living() {
        let d = tempfile::tempdir().unwrap();
        let off = ParseCache::new(d.path(), false);
        off.put("k", &resume("Ada Fixture"));
        off.save(&HashSet::new());
        assert!(!d.path().join(DIR).exists());
        let on = ParseCache::new(d.path(), true);
        on.put("a1", &resume("A"));
        on.put("a2", &resume("B"));
        on.put("b1", &resume("C"));
        on.save(&HashSet::from(["a1", "a2", "b1"].map(String::from)));
        assert_eq!(off.get("a1"), None);
        // Read, a file keeps only the living; a file not read is left as it is.
        let again = ParseCache::new(d.path(), true);
        assert!(again.get("a1").is_some());
        again.save(&HashSet::from(["a1".to_string()]));
        let last = ParseCache::new(d.path(), true);
        assert!(last.get("a1").is_some() && last.get("a2").is_none());
        assert!(last.get("b1").is_some());
    }
}
