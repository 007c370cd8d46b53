//! `vitae parse` from the command line: the interface the corpus check calls
//! (`vitae parse FILE --format json`), YAML output, `--explain`, and its errors.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::{stderr, TempSite};
use vitae::model::Resume;

const RESUME: &str = "\
PRIYA RAMASWAMY
priya.r@example.test | +44 20 7946 0001

EXPERIENCE
Lumen Bakery Co. • Leeds, UK
Head Baker
Mar 2019 – Present
• Ran the night shift of six bakers.
";

#[test]
fn prints_json_resume_and_yaml() {
    let site = TempSite::empty();
    site.write("cv.txt", RESUME);
    let out = site.vitae(&[
        "parse",
        site.path("cv.txt").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Resume = serde_json::from_slice(&out.stdout).expect("JSON Resume on stdout");
    assert_eq!(r.basics.name.as_deref(), Some("Priya Ramaswamy"));
    assert_eq!(r.work[0].name.as_deref(), Some("Lumen Bakery Co."));
    assert_eq!(r.work[0].start_date.as_deref(), Some("2019-03"));

    let out = site.vitae(&[
        "parse",
        site.path("cv.txt").to_str().unwrap(),
        "--format",
        "yaml",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let y: Resume = serde_yaml::from_slice(&out.stdout).expect("YAML on stdout");
    assert_eq!(y, r);
}

#[test]
fn explain_notes_every_line() {
    let site = TempSite::empty();
    site.write("cv.md", RESUME);
    let out = site.vitae(&["parse", site.path("cv.md").to_str().unwrap(), "--explain"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().filter(|l| !l.starts_with("      ")).count(),
        RESUME.lines().count()
    );
    assert!(text.contains("basics.name"), "{text}");
    assert!(text.contains("work[0].highlights[0]"), "{text}");
}

#[test]
fn explain_refuses_json_with_a_reason() {
    let site = TempSite::empty();
    site.write("resume.json", r#"{"basics":{"name":"Priya"}}"#);
    let out = site.vitae(&[
        "parse",
        site.path("resume.json").to_str().unwrap(),
        "--explain",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--explain shows how vitae reads a text résumé"));
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let site = TempSite::empty();
    site.write("cv.txt", &RESUME.repeat(400));
    let mut child = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(["parse", site.path("cv.txt").to_str().unwrap(), "--explain"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then hang up, as `| head` does.
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let site = TempSite::empty();
    let out = site.vitae(&["parse", site.path("nope.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nope.txt"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn latin1_is_read_and_explain_says_so() {
    let site = TempSite::empty();
    // The résumé saved by an older editor: Windows-1252 bytes, not UTF-8.
    let latin1: Vec<u8> = RESUME
        .replace("Priya", "Zoé")
        .chars()
        .map(|c| match c {
            'é' => 0xE9,
            '–' => 0x96,
            '•' => 0x95,
            c => c as u8,
        })
        .collect();
    site.write_bytes("cv.txt", &latin1);
    let file = site.path("cv.txt");
    let out = site.vitae(&["parse", file.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Resume = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.work[0].start_date.as_deref(), Some("2019-03"));
    let out = site.vitae(&["parse", file.to_str().unwrap(), "--explain"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().next(),
        Some("note: read as windows-1252 (the file is not UTF-8)")
    );
    // A UTF-8 file gets no note.
    site.write("cv2.txt", RESUME);
    let out = site.vitae(&["parse", site.path("cv2.txt").to_str().unwrap(), "--explain"]);
    assert!(!String::from_utf8(out.stdout).unwrap().contains("note:"));
}

#[test]
fn a_pdf_is_a_clear_error() {
    let site = TempSite::empty();
    site.write_bytes("cv.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    let out = site.vitae(&["parse", site.path("cv.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("this is a PDF: copy its text into resume.txt"),
        "{err}"
    );
    assert!(!err.contains("UTF-8"), "{err}");
}
