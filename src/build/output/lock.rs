//! One build of an output folder at a time: a lock file beside the output
//! ([`LOCK_NAME`]), held by an OS file lock for the whole build, so it is released
//! however the build ends (a killed process holds no lock). A second build says who
//! holds it and waits.
//!
//! The lock file stays after the build: removing it while another build waits on it
//! would let a third one take a fresh lock next to the waiting one.

// File locks are std's from Rust 1.89 on, past the crate's declared rust-version;
// raising that turns on newer lints crate-wide, a change of its own.
#![allow(clippy::incompatible_msrv)]

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The lock file's name, in the output's parent folder.
pub const LOCK_NAME: &str = ".vitae-build.lock";

/// Held while a build writes beside and into its output; dropping it unlocks.
#[derive(Debug)]
pub struct BuildLock {
    _file: File,
}

impl BuildLock {
    /// Locks the folder that holds `output` (an absolute path), waiting for another
    /// build that holds it and saying so on stderr.
    pub fn acquire(output: &Path) -> Result<BuildLock> {
        let parent = output.parent().unwrap_or(Path::new("/"));
        std::fs::create_dir_all(parent).map_err(|e| output_error(parent, e))?;
        let path = parent.join(LOCK_NAME);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| output_error(&path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = holder(&mut file)
                    .map(|pid| format!("pid {pid}"))
                    .unwrap_or_else(|| "pid unknown".into());
                eprintln!(
                    "another vitae build is writing {} ({holder}); waiting…",
                    output.display()
                );
                file.lock().map_err(|e| output_error(&path, e))?;
            }
            Err(TryLockError::Error(e)) => return Err(output_error(&path, e)),
        }
        // The holder's pid, for the message of a build that waits.
        let pid = std::process::id().to_string();
        file.set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(pid.as_bytes()))
            .map_err(|e| output_error(&path, e))?;
        Ok(BuildLock { _file: file })
    }
}

fn holder(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

fn output_error(path: &Path, source: std::io::Error) -> Error {
    Error::Output {
        path: PathBuf::from(path),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let first = BuildLock::acquire(&out).unwrap();
        let (tx, rx) = mpsc::channel();
        let waiter = {
            let out = out.clone();
            std::thread::spawn(move || {
                let lock = BuildLock::acquire(&out).unwrap();
                tx.send(()).unwrap();
                drop(lock);
            })
        };
        assert!(
            rx.recv_timeout(Duration::from_millis(300)).is_err(),
            "the second lock must wait"
        );
        drop(first);
        rx.recv_timeout(Duration::from_secs(10))
            .expect("the second lock is taken once the first is dropped");
        waiter.join().unwrap();
    }
}
