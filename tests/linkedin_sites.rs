//! LinkedIn's data export in a site, over the real binary: a person folder holding
//! only the export builds and publishes nothing of it, a résumé file beside it wins,
//! it wins over a PDF (which stays the download), a lone `resume.pdf` is the source
//! and the download, and `vitae check` says which file was read.

mod common;

use std::path::{Path, PathBuf};

use common::linkedin::{fixture_dir, fixture_zip};
use common::{stderr, TempSite};
use serde_json::Value;

#[test]
fn a_site_whose_person_is_only_an_export_builds_and_publishes_no_export() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: Exports\n");
    site.write_bytes(
        "content/marisol/Basic_LinkedInDataExport_03-12-2026.zip",
        &fixture_zip(""),
    );
    for f in std::fs::read_dir(fixture_dir()).unwrap() {
        let p = f.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap();
        site.write_bytes(
            &format!("content/quenby/linkedin/{name}"),
            &std::fs::read(&p).unwrap(),
        );
    }
    let out = site.vitae(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("marisol: read content/marisol/Basic_LinkedInDataExport_03-12-2026.zip"),
        "{err}"
    );
    assert!(
        err.contains("quenby: read content/quenby/linkedin"),
        "{err}"
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for slug in ["marisol", "quenby"] {
        let page = site.read(&format!("public/{slug}/index.html"));
        for text in [
            "Marisol Quenby",
            "Tejo River Authority",
            "Young Hydrologist Award",
        ] {
            assert!(page.contains(text), "{slug}: {text}");
        }
    }
    // The export holds messages and contacts: none of it is copied out.
    for entry in walk(&site.path("public")) {
        let name = entry.to_string_lossy().to_lowercase();
        assert!(!name.ends_with(".zip") && !name.ends_with(".csv"), "{name}");
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn precedence_beside_an_export_and_a_lone_pdf() {
    let pdf = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/parse/pdf_one_column_ranger.pdf"),
    )
    .unwrap();
    let site = TempSite::empty();
    site.write("site.yaml", "title: T\n");
    site.write(
        "content/ada/resume.md",
        "# Ada Fixture\n\nada@example.test\n",
    );
    site.write_bytes("content/ada/export.zip", &fixture_zip(""));
    site.write_bytes("content/bo/export.zip", &fixture_zip(""));
    site.write_bytes("content/bo/resume.pdf", &pdf);
    site.write_bytes("content/cy/resume.pdf", &pdf);
    let out = site.vitae(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("ada: read content/ada/resume.md (passed over: content/ada/export.zip)"),
        "{err}"
    );
    assert!(
        err.contains("bo: read content/bo/export.zip (download: content/bo/resume.pdf)"),
        "{err}"
    );
    // A PDF alone is the source, and the download as well.
    assert!(
        err.contains("cy: read content/cy/resume.pdf (also the download)"),
        "{err}"
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The PDF passed over is the download, as beside any other source.
    assert!(site.path("public/bo/resume.pdf").is_file());
    assert!(site.read("public/bo/index.html").contains("Marisol Quenby"));
    assert!(site.path("public/cy/resume.pdf").is_file());
    let cy = site.read("public/cy/index.html");
    assert!(cy.contains("href=\"resume.pdf\""), "{cy}");
    let out = site.vitae(&["show", "cy"]);
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(cy.contains(shown["basics"]["name"].as_str().unwrap()));

    // An export zipped and unpacked both: one is to go.
    site.write_bytes(
        "content/bo/linkedin/Profile.csv",
        b"First Name,Last Name\nM,Q\n",
    );
    let out = site.vitae(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("more than one résumé source"),
        "{}",
        stderr(&out)
    );
}
