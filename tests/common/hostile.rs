//! What the bounded random runs share: a replayable random generator and a snapshot
//! of a site's own files.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

/// A small xorshift generator: enough to vary the runs, and replayable from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new() -> Rng {
        let seed = std::env::var("VITAE_HOSTILE_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("VITAE_HOSTILE_SEED={seed}");
        Rng(seed)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Every file under `root` but the output and what builds keep beside it (the build
/// lock, the parse cache a successful build adds its new people to), with its bytes.
pub fn sources(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() != 1
                || !(name == "public"
                    || name.starts_with(".public")
                    || name == ".vitae-build.lock"
                    || name == ".vitae-cache")
        })
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}
