//! What `vitae build -o DIR` may replace, end to end through the binary: the site's
//! own folders, the home folder, strangers' folders and symbolic links are refused
//! with the folder named; a previous output is replaced; leftovers of killed builds
//! are cleared; concurrent builds take turns.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{stderr, TempSite};

/// Runs `vitae ARGS…` in `dir` (no `--root`: the site is the current folder).
fn vitae_in(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vitae"));
    cmd.current_dir(dir).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run vitae")
}

fn assert_refused(out: &Output, expect: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "must be refused: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for e in expect {
        assert!(err.contains(e), "expected {e:?} in:\n{err}");
    }
}

/// The site's sources, as read before anything was built.
fn sources(site: &TempSite) -> Vec<String> {
    [
        "site.yaml",
        "content/ines/resume.json",
        "content/juno/resume.md",
    ]
    .iter()
    .map(|f| site.read(f))
    .collect()
}

#[test]
fn the_site_and_its_folders_are_never_the_output() {
    let site = TempSite::two_people();
    site.write("static/favicon.ico", "icon");
    let before = sources(&site);
    for (dir, says) in [
        (".", "the site's own folder"),
        ("content", "content/ folder"),
        ("content/ines", "content/ folder"),
        ("static", "static/ folder"),
        ("..", "holds the site"),
    ] {
        let out = vitae_in(site.root(), &["build", "-o", dir], &[]);
        assert_refused(&out, &[dir, says, "hint: choose another output folder"]);
        assert_eq!(sources(&site), before, "-o {dir} changed the site");
        assert_eq!(site.read("static/favicon.ico"), "icon");
    }
}

#[test]
fn the_home_folder_is_never_the_output() {
    let site = TempSite::two_people();
    let home = tempfile::tempdir().unwrap();
    let home_str = home.path().to_str().unwrap();
    let out = vitae_in(
        site.root(),
        &["build", "-o", home_str],
        &[("HOME", home.path())],
    );
    assert_refused(&out, &[home_str, "your home folder"]);
    assert!(std::fs::read_dir(home.path()).unwrap().next().is_none());

    // A new folder inside the home folder is fine.
    let inside = home.path().join("cv-site");
    let out = vitae_in(
        site.root(),
        &["build", "-o", inside.to_str().unwrap()],
        &[("HOME", home.path())],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(inside.join("index.html").is_file());
}

#[test]
fn a_folder_not_written_by_vitae_is_refused() {
    let site = TempSite::two_people();
    site.write("documents/taxes.txt", "keep me");
    let out = site.vitae(&["build", "-o", site.path("documents").to_str().unwrap()]);
    assert_refused(
        &out,
        &[
            "documents",
            "not empty and was not written by vitae",
            "empty the folder",
        ],
    );
    assert_eq!(site.read("documents/taxes.txt"), "keep me");
    assert!(!site.path("documents/index.html").exists());
}

#[test]
fn a_previous_output_and_an_empty_folder_are_replaced() {
    let site = TempSite::two_people();
    std::fs::create_dir(site.path("out")).unwrap();
    let out_dir = site.path("out");
    let out_dir = out_dir.to_str().unwrap();
    let first = site.vitae(&["build", "-o", out_dir]);
    assert!(first.status.success(), "empty folder: {}", stderr(&first));
    assert!(
        site.path("out/.vitae-output").is_file(),
        "the output is marked"
    );
    // A file put there by hand is not vitae's to remove; a person's files are, once
    // the person is gone.
    site.write("out/by-hand.html", "from before");
    std::fs::remove_dir_all(site.path("content/juno")).unwrap();
    let second = site.vitae(&["build", "-o", out_dir]);
    assert!(
        second.status.success(),
        "previous output: {}",
        stderr(&second)
    );
    assert_eq!(site.read("out/by-hand.html"), "from before");
    assert!(!site.path("out/juno").exists(), "stale files of vitae's go");
    assert!(site.path("out/ines/index.html").is_file());
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_is_refused() {
    let site = TempSite::two_people();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("keep.txt"), "mine").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.path("public")).unwrap();
    let out = site.vitae(&["build"]);
    assert_refused(
        &out,
        &[
            "public",
            "symbolic link",
            elsewhere.path().to_str().unwrap(),
            "remove the link",
        ],
    );
    assert!(site.path("public").is_symlink(), "the link is kept");
    assert_eq!(
        std::fs::read_to_string(elsewhere.path().join("keep.txt")).unwrap(),
        "mine"
    );
}

/// The id of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// A folder as a killed build leaves it: some pages and vitae's marker.
fn leftover(site: &TempSite, name: &str) {
    site.write(&format!("{name}/ines/index.html"), "half written");
    site.write(&format!("{name}/.vitae-output"), "written by vitae\n");
}

#[test]
fn leftovers_of_killed_builds_are_cleared() {
    let site = TempSite::two_people();
    assert!(site.vitae(&["build"]).status.success());
    let dead = dead_pid();
    let staging = format!(".public.vitae-{dead}-0");
    let old = format!(".public.vitae-{dead}-3.old");
    // What an older vitae, which marked nothing, left when killed mid-build.
    let unmarked = format!(".public.vitae-{dead}-7");
    leftover(&site, &staging);
    leftover(&site, &old);
    leftover(&site, ".public.old");
    site.write(&format!("{unmarked}/ines/index.html"), "half written");
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in [&staging, &old, ".public.old", &unmarked] {
        assert!(!site.path(name).exists(), "{name} left behind");
    }
    assert!(site.read("public/ines/index.html").contains("Inès"));

    // A `.public.old` that vitae did not mark is left alone, said so, and in no build's way.
    site.write(".public.old/ines/index.html", "from an older vitae");
    for _ in 0..2 {
        let out = site.vitae(&["build"]);
        let err = stderr(&out);
        assert!(out.status.success(), "{err}");
        assert!(
            err.contains("note: ") && err.contains(".public.old"),
            "{err}"
        );
    }
    assert!(site.path(".public.old/ines/index.html").is_file());
}

#[test]
fn an_output_set_aside_by_a_killed_swap_is_put_back() {
    let site = TempSite::two_people();
    assert!(site.vitae(&["build"]).status.success());
    let before = site.read("public/ines/index.html");
    // Killed between the swap's two renames: the old output is aside, none in place.
    let aside = site.path(&format!(".public.vitae-{}-0.old", dead_pid()));
    std::fs::rename(site.path("public"), &aside).unwrap();
    site.write("content/ines/resume.json", "{");
    let out = site.vitae(&["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        site.read("public/ines/index.html"),
        before,
        "the old output is back in place"
    );
    assert!(!aside.exists());
}

#[test]
fn a_build_waits_for_another_one_and_says_so() {
    let site = TempSite::two_people();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(site.path(".vitae-build.lock"))
        .unwrap();
    lock.try_lock().expect("the test takes the lock first");
    std::fs::write(
        site.path(".vitae-build.lock"),
        std::process::id().to_string(),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(site.root())
        .arg("build")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build must wait for the lock"
    );
    assert!(!site.path("public").exists());
    drop(lock);
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "another vitae build is writing {} (pid {}); waiting",
            site.path("public").display(),
            std::process::id()
        )),
        "{err}"
    );
    assert!(site.path("public/index.html").is_file());
}

#[test]
fn concurrent_builds_all_succeed() {
    let site = TempSite::two_people();
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_vitae"))
                .arg("--root")
                .arg(site.root())
                .arg("build")
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(site.path("public/.vitae-output").is_file());
    assert!(site.read("public/juno/index.html").contains("Juno"));
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
