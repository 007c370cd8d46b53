//! The newcomer's first hour (`tests/walkthrough.sh`) replayed on a fresh clone of this
//! repository, with the vitae binary cargo built for the tests: clone, the README's
//! build command, the pages' links from disk, init, serve + a fetched page, show, check,
//! build --pdf.
//! What is committed is what the clone gets.

use std::path::Path;
use std::process::Command;

#[test]
fn a_newcomers_first_hour_on_a_fresh_clone() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(repo.join("tests/walkthrough.sh"))
        .arg(repo)
        .env("VITAE", env!("CARGO_BIN_EXE_vitae"))
        .output()
        .expect("run bash tests/walkthrough.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the walkthrough failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("walkthrough passed"), "{stdout}");
}
