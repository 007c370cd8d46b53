//! Watching a site for edits: `content/`, `templates/`, `themes/`, `static/` and
//! `site.yaml`, through notify and notify-debouncer-full.
//!
//! Changes come out in batches, one per save: the debouncer merges the raw events of
//! each file, then [`SiteWatcher::next_batch`] waits until the files have been quiet
//! for [`QUIET`], so an editor's write-to-temp-then-rename, or several writes in quick
//! succession, make one batch. Editor noise (`~` backups, `.swp` files, Vim's `4913`
//! probe, Emacs locks, `.DS_Store` …) and reads (including the build's own) are dropped
//! here. What a batch means for the build is [`super::plan`]'s business.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

/// How long the debouncer holds a file's events to merge them.
const DEBOUNCE: Duration = Duration::from_millis(10);
/// How often the debouncer looks for events to hand over.
const TICK: Duration = Duration::from_millis(5);
/// A batch ends when no change has come for this long …
pub const QUIET: Duration = Duration::from_millis(25);
/// … or at the latest after this long, so a long stream of changes still rebuilds.
const MAX_BATCH: Duration = Duration::from_millis(500);

/// The folders of a site that are watched (recursively), besides `site.yaml`.
pub const FOLDERS: [&str; 4] = ["content", "templates", "themes", "static"];

/// One save's worth of changes.
#[derive(Debug, Default)]
pub struct Batch {
    /// Changed paths (absolute), noise removed.
    pub paths: Vec<PathBuf>,
    /// The watcher lost events (e.g. the kernel queue overflowed): rebuild everything.
    pub rescan: bool,
}

enum Signal {
    Changes(Batch),
    Problem(String),
    Stop,
}

/// Stops a [`SiteWatcher`] blocked in [`SiteWatcher::next_batch`], from another thread.
#[derive(Clone)]
pub struct Stopper(mpsc::Sender<Signal>);

impl Stopper {
    pub fn stop(&self) {
        let _ = self.0.send(Signal::Stop);
    }
}

/// The file watcher of one site.
pub struct SiteWatcher {
    root: PathBuf,
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    rx: mpsc::Receiver<Signal>,
    tx: mpsc::Sender<Signal>,
    /// Which of [`FOLDERS`] are being watched (a folder may be created later).
    watched: BTreeSet<&'static str>,
}

impl SiteWatcher {
    /// Starts watching the site at `root` (an absolute path).
    pub fn start(root: &Path) -> notify::Result<SiteWatcher> {
        let (tx, rx) = mpsc::channel();
        let handler_tx = tx.clone();
        let filter_root = root.to_path_buf();
        let handler = move |result: DebounceEventResult| {
            let signal = match result {
                Ok(events) => {
                    let mut batch = Batch::default();
                    for event in events {
                        if event.need_rescan() {
                            batch.rescan = true;
                        }
                        if is_change(&event.kind) {
                            batch.paths.extend(
                                event
                                    .paths
                                    .iter()
                                    .filter(|p| is_relevant(&filter_root, p))
                                    .cloned(),
                            );
                        }
                    }
                    if batch.paths.is_empty() && !batch.rescan {
                        return;
                    }
                    Signal::Changes(batch)
                }
                Err(errors) => Signal::Problem(
                    errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            let _ = handler_tx.send(signal);
        };
        let mut debouncer = new_debouncer(DEBOUNCE, Some(TICK), handler)?;
        // The root itself only for site.yaml and for folders appearing: watching it
        // recursively would take in public/ and, for the example site, target/.
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let mut watcher = SiteWatcher {
            root: root.to_path_buf(),
            debouncer,
            rx,
            tx,
            watched: BTreeSet::new(),
        };
        watcher.refresh();
        Ok(watcher)
    }

    pub fn stopper(&self) -> Stopper {
        Stopper(self.tx.clone())
    }

    /// Waits for the next batch of changes: blocks until something changes, then
    /// collects until the files are quiet. `None` once stopped.
    pub fn next_batch(&mut self) -> Option<Batch> {
        let mut batch = loop {
            match self.rx.recv() {
                Ok(Signal::Changes(b)) => break b,
                Ok(Signal::Problem(p)) => eprintln!("warning: file watcher: {p}"),
                Ok(Signal::Stop) | Err(_) => return None,
            }
        };
        let start = Instant::now();
        loop {
            let left = MAX_BATCH.saturating_sub(start.elapsed());
            if left.is_zero() {
                break;
            }
            match self.rx.recv_timeout(QUIET.min(left)) {
                Ok(Signal::Changes(more)) => {
                    batch.paths.extend(more.paths);
                    batch.rescan |= more.rescan;
                }
                Ok(Signal::Problem(p)) => eprintln!("warning: file watcher: {p}"),
                Ok(Signal::Stop) | Err(mpsc::RecvTimeoutError::Disconnected) => return None,
                Err(mpsc::RecvTimeoutError::Timeout) => break,
            }
        }
        batch.paths.sort();
        batch.paths.dedup();
        self.refresh();
        Some(batch)
    }

    /// Watches folders that appeared since the last look, forgets those that went.
    fn refresh(&mut self) {
        for name in FOLDERS {
            let dir = self.root.join(name);
            let exists = dir.is_dir();
            if exists && !self.watched.contains(name) {
                match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(name);
                    }
                    Err(e) => eprintln!("warning: cannot watch {}: {e}", dir.display()),
                }
            } else if !exists && self.watched.remove(name) {
                let _ = self.debouncer.unwatch(&dir);
            }
        }
    }
}

/// Events that can change what a build writes. Opening and reading files (the build
/// itself reads every résumé) and metadata changes (access times) are not.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
    }
}

/// A path that is part of the site's sources and not editor noise.
fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.iter().filter_map(|c| c.to_str());
    let first = parts.next().unwrap_or("");
    if !(first == "site.yaml" || FOLDERS.contains(&first)) {
        return false;
    }
    if rel.iter().any(|c| c == ".git") {
        return false;
    }
    match path.file_name().and_then(|n| n.to_str()) {
        Some(name) => !is_noise(name),
        None => true,
    }
}

/// Files editors and operating systems write next to the files being edited.
pub fn is_noise(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    name.ends_with('~')                                   // Vim, Emacs, gedit backups
        || (ext.len() == 3 && ext.starts_with("sw"))      // Vim swap: .swp .swo … .swx
        || (!name.is_empty() && name.bytes().all(|b| b.is_ascii_digit())) // Vim's probe: 4913
        || name.starts_with(".#")                         // Emacs lock
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#')) // Emacs auto-save
        || name.starts_with(".goutputstream-")            // GNOME
        || name.ends_with("___jb_tmp___")                 // JetBrains safe write
        || name.ends_with("___jb_old___")
        || ext.eq_ignore_ascii_case("tmp")
        || name == ".DS_Store"
        || name == "Thumbs.db"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_noise() {
        for name in [
            "overrides.yaml~",
            ".overrides.yaml.swp",
            ".overrides.yaml.swx",
            ".resume.md.swo",
            "4913",
            ".#overrides.yaml",
            "#overrides.yaml#",
            ".DS_Store",
            "overrides.yaml___jb_tmp___",
            "x.tmp",
        ] {
            assert!(is_noise(name), "{name}");
        }
        for name in [
            "overrides.yaml",
            "resume.md",
            "style.css",
            "photo.jpg",
            "#",
            "site.yaml",
        ] {
            assert!(!is_noise(name), "{name}");
        }
    }

    #[test]
    fn relevant_paths() {
        let root = Path::new("/site");
        assert!(is_relevant(root, Path::new("/site/site.yaml")));
        assert!(is_relevant(
            root,
            Path::new("/site/content/ada/overrides.yaml")
        ));
        assert!(is_relevant(root, Path::new("/site/static/a.css")));
        assert!(!is_relevant(
            root,
            Path::new("/site/content/ada/.overrides.yaml.swp")
        ));
        assert!(!is_relevant(root, Path::new("/site/public/index.html")));
        assert!(!is_relevant(root, Path::new("/site/README.md")));
        assert!(!is_relevant(root, Path::new("/site/themes/x/.git/index")));
        assert!(!is_relevant(root, Path::new("/other/site.yaml")));
    }

    #[test]
    fn reads_are_not_changes() {
        use notify::event::{CreateKind, DataChange};
        assert!(!is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_change(&EventKind::Modify(ModifyKind::Metadata(
            notify::event::MetadataKind::Any
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
    }

    /// The real watcher: a write-then-rename save and a burst of writes are one batch
    /// each, and noise alone is nothing.
    #[test]
    fn one_batch_per_save() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().canonicalize().unwrap();
        let person = root.join("content/ada");
        std::fs::create_dir_all(&person).unwrap();
        std::fs::write(person.join("overrides.yaml"), "a: 1\n").unwrap();
        let mut w = SiteWatcher::start(&root).unwrap();
        let stop = w.stopper();
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            while let Some(b) = w.next_batch() {
                tx.send(b).unwrap();
            }
        });
        std::thread::sleep(Duration::from_millis(50));

        std::fs::write(person.join(".overrides.yaml.swp"), "noise").unwrap();
        std::fs::write(person.join("overrides.yaml.tmp"), "a: 2\n").unwrap();
        std::fs::rename(
            person.join("overrides.yaml.tmp"),
            person.join("overrides.yaml"),
        )
        .unwrap();
        let b = rx.recv_timeout(Duration::from_secs(5)).expect("a batch");
        assert!(b.paths.contains(&person.join("overrides.yaml")), "{b:?}");
        assert!(b.paths.iter().all(|p| !p.ends_with(".overrides.yaml.swp")));

        for i in 0..4 {
            std::fs::write(person.join("overrides.yaml"), format!("a: {i}\n")).unwrap();
        }
        rx.recv_timeout(Duration::from_secs(5)).expect("a batch");
        std::fs::write(person.join(".overrides.yaml.swp"), "more noise").unwrap();
        std::fs::read_to_string(person.join("overrides.yaml")).unwrap();
        assert!(
            rx.recv_timeout(Duration::from_millis(300)).is_err(),
            "one batch per save; noise and reads are nothing"
        );
        stop.stop();
        thread.join().unwrap();
    }
}
