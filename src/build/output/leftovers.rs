//! What killed builds of older versions of vitae (which built into a staging folder
//! and swapped it for the output) left beside an output folder, found and removed by
//! the next build (which holds the build lock, so no other build of this output is
//! running):
//!
//! - `.NAME.vitae-PID-N`: a staging folder; the build was killed before the swap.
//! - `.NAME.vitae-PID-N.old`: the previous output, set aside by the swap; the build
//!   was killed while removing it, or between the swap's two renames, in which case
//!   the output itself is missing and this folder is put back in its place.
//! - `.NAME.old`: what versions of vitae before the build lock set aside.
//!
//! A folder named with a process id is touched only once that process has ended (the
//! name is vitae's own, so older versions' staging folders, which had no marker, go
//! too). `.NAME.old` names no process, so it is removed only if it holds vitae's marker
//! (or nothing at all); otherwise it is reported and left alone.

use std::path::{Path, PathBuf};

use super::guard::has_marker;
use super::remove_tree;

/// Removes (or puts back) what killed builds left beside `output` (an absolute path);
/// returns notes on leftovers it would not touch.
pub fn clean_up(output: &Path) -> Vec<String> {
    let mut notes = Vec::new();
    let (Some(parent), Some(name)) = (output.parent(), output.file_name()) else {
        return notes;
    };
    let name = name.to_string_lossy();
    let prefix = format!(".{name}.vitae-");
    let legacy_old = format!(".{name}.old");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return notes;
    };
    // (folder, is an old output, names a process)
    let mut found: Vec<(PathBuf, bool, bool)> = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let path = entry.path();
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if *file_name == legacy_old {
            found.push((path, true, false));
            continue;
        }
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let (body, is_old) = match rest.strip_suffix(".old") {
            Some(body) => (body, true),
            None => (rest, false),
        };
        let Some(pid) = body
            .split_once('-')
            .filter(|(_, n)| n.parse::<u64>().is_ok())
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() || pid_alive(pid) {
            continue;
        }
        found.push((path, is_old, true));
    }
    found.sort();
    for (path, is_old, has_pid) in found {
        if !(has_pid || has_marker(&path) || is_empty(&path)) {
            notes.push(format!(
                "{}: left in place (it looks like a leftover of an earlier build, but vitae did not mark it as its own); remove it by hand if you don't need it",
                path.display()
            ));
            continue;
        }
        if is_old && !output.exists() && std::fs::rename(&path, output).is_ok() {
            continue;
        }
        remove_tree(&path);
    }
    notes
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut rd| rd.next().is_none())
}

/// Whether a process with this id runs; unsure means yes (its folders are kept).
fn pid_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    #[cfg(unix)]
    {
        std::process::Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .map_or(true, |s| s.success())
    }
    #[cfg(not(unix))]
    {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::guard::write_marker;
    use super::*;

    /// The id of a process that has ended.
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    fn folder(path: &Path, marked: bool) {
        std::fs::create_dir_all(path.join("ada")).unwrap();
        std::fs::write(path.join("index.html"), "x").unwrap();
        if marked {
            write_marker(path).unwrap();
        }
    }

    #[test]
    fn removes_leftovers_of_dead_builds_only() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        folder(&out, true);
        let dead = dead_pid();
        let staging = d.path().join(format!(".public.vitae-{dead}-0"));
        let old = d.path().join(format!(".public.vitae-{dead}-1.old"));
        let legacy = d.path().join(".public.old");
        let alive = d
            .path()
            .join(format!(".public.vitae-{}-0", std::process::id()));
        let unmarked = d.path().join(format!(".public.vitae-{dead}-2"));
        let other = d.path().join(".site.vitae-1-0");
        let not_a_pid = d.path().join(".public.vitae-notes");
        for p in [&staging, &old, &legacy, &alive, &other, &not_a_pid] {
            folder(p, true);
        }
        folder(&unmarked, false);
        let notes = clean_up(&out);
        for gone in [&staging, &old, &legacy, &unmarked] {
            assert!(!gone.exists(), "{}", gone.display());
        }
        for kept in [&out, &alive, &other, &not_a_pid] {
            assert!(kept.exists(), "{}", kept.display());
        }
        assert!(notes.is_empty(), "{notes:?}");

        // An old output of an older vitae, without the marker: said, and kept.
        folder(&legacy, false);
        let notes = clean_up(&out);
        assert!(legacy.exists());
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains(&legacy.display().to_string()));
    }

    #[test]
    fn puts_the_old_output_back_when_the_output_is_missing() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let old = d.path().join(format!(".public.vitae-{}-0.old", dead_pid()));
        folder(&old, true);
        clean_up(&out);
        assert!(out.join("index.html").is_file());
        assert!(!old.exists());
    }
}
