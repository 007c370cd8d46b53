//! Bad input, end to end through the binary: every case gives a clear message (file,
//! line and column where known, a hint), exit status 1, no panic, and leaves the
//! previous build's output exactly as it was.

mod common;

use common::{stderr, TempSite};

/// Builds the good site, breaks it with `breakage`, builds again and checks the failure.
fn assert_failed_build_keeps_output(breakage: impl FnOnce(&TempSite), expect: &[&str]) {
    let site = TempSite::two_people();
    let ok = site.vitae(&["build"]);
    assert!(ok.status.success(), "first build: {}", stderr(&ok));
    let before = site.read("public/ines/index.html");

    breakage(&site);
    let out = site.vitae(&["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "exit status; stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for e in expect {
        assert!(err.contains(e), "expected {e:?} in:\n{err}");
    }
    assert_eq!(
        site.read("public/ines/index.html"),
        before,
        "previous output must be intact"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public"))
        .collect();
    assert!(leftovers.is_empty(), "staging folder left behind");
}

#[test]
fn invalid_yaml_reports_file_line_column() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "content/ines/overrides.yaml",
                "basics:\n  label: [unclosed\n",
            )
        },
        &["content/ines/overrides.yaml:", "invalid YAML"],
    );
}

#[test]
fn invalid_json_reports_file_line_column() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "content/ines/resume.json",
                "{\n  \"basics\": {\"name\": \"Inès\",}\n}\n",
            )
        },
        &["content/ines/resume.json:2:", "invalid JSON"],
    );
}

#[test]
fn unknown_key_has_location_and_did_you_mean() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "content/ines/overrides.yaml",
                "basics:\n  label: Engineer\nwrok:\n  - name: X\n",
            )
        },
        &[
            "content/ines/overrides.yaml:3:",
            "unknown key `wrok`",
            "did you mean `work`?",
        ],
    );
}

#[test]
fn unknown_key_inside_an_entry() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "content/ines/overrides.yaml",
                "work:\n  - name: Acme Widgets\n    position: Engineer\n    positon: Senior Engineer\n",
            )
        },
        &[
            "content/ines/overrides.yaml:4:",
            "`positon`",
            "did you mean `position`?",
        ],
    );
}

#[test]
fn override_matching_nothing_lists_candidates() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "content/ines/overrides.yaml",
                "work:\n  - name: Acme Widget Co\n    location: Oslo\n",
            )
        },
        &[
            "content/ines/overrides.yaml",
            "Acme Widget Co",
            "Acme Widgets",
            "new: true",
        ],
    );
}

#[test]
fn two_sources_for_one_person() {
    assert_failed_build_keeps_output(
        |s| s.write("content/ines/resume.yaml", "basics: {}\n"),
        &["more than one résumé source", "resume.json", "resume.yaml"],
    );
}

#[test]
fn missing_theme_suggests_a_name() {
    assert_failed_build_keeps_output(
        |s| s.write("site.yaml", "title: T\ntheme: clasic\n"),
        &["theme `clasic` not found", "did you mean `classic`?"],
    );
}

#[test]
fn template_error_names_template_and_line() {
    assert_failed_build_keeps_output(
        |s| {
            s.write(
                "templates/person.html",
                "<html>\n<body>\n{{ person.name | nosuchfilter }}\n</body>\n",
            )
        },
        &["person.html"],
    );
}

#[test]
fn a_pdf_saved_as_the_source() {
    // Text in any common encoding is read (see cli_parse); a PDF is not text.
    assert_failed_build_keeps_output(
        |s| s.write_bytes("content/juno/resume.md", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n"),
        &["content/juno/resume.md: this is a PDF: copy its text into resume.txt"],
    );
}

#[test]
fn empty_file() {
    assert_failed_build_keeps_output(
        |s| s.write("content/juno/resume.md", "\n  \n"),
        &["content/juno/resume.md: the file is empty"],
    );
}

#[test]
fn unknown_site_setting() {
    assert_failed_build_keeps_output(
        |s| s.write("site.yaml", "title: T\nbase_ulr: https://x.test/\n"),
        &[
            "site.yaml:2:",
            "unknown key `base_ulr`",
            "did you mean `base_url`?",
        ],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    assert_failed_build_keeps_output(
        |s| {
            s.write_bytes("content/juno/resume.md", b"%PDF-1.4\n");
            s.write("content/ines/resume.json", "{");
        },
        &[
            "content/juno/resume.md",
            "content/ines/resume.json",
            "2 problems",
        ],
    );
}

#[test]
fn unwritable_output_is_a_clear_error() {
    let site = TempSite::two_people();
    site.write("blocker", "a file where a folder should be");
    let out = site.vitae(&[
        "build",
        "--output",
        site.path("blocker/public").to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn check_reports_without_writing() {
    let site = TempSite::two_people();
    let out = site.vitae(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!site.path("public").exists(), "check must not write");
    site.write("content/ines/resume.json", "{");
    let out = site.vitae(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("content/ines/resume.json:1:"),
        "{}",
        stderr(&out)
    );
}
