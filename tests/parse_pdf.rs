//! PDF résumés read from the file itself: fictional résumés printed to PDF by headless
//! Chromium from the HTML beside them (`fixtures/parse/pdf_src/`), read through the
//! library and through `vitae parse`; and every kind of PDF vitae can't read refused
//! with the file's name and what to do, never a crash.

mod common;

use std::path::{Path, PathBuf};

use common::{stderr, TempSite};
use vitae::parse::{load_resume, read_pdf, ResumeParser};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parse")
        .join(name)
}

macro_rules! snapshot {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let resume = load_resume(&fixture($file), &ResumeParser::new())
                .unwrap_or_else(|e| panic!("{e}"));
            insta::assert_json_snapshot!(stringify!($test), resume);
        }
    };
}

snapshot!(pdf_one_column_ranger, "pdf_one_column_ranger.pdf");
snapshot!(pdf_sidebar_baker, "pdf_sidebar_baker.pdf");
snapshot!(pdf_spaced_headings_nurse, "pdf_spaced_headings_nurse.pdf");
snapshot!(pdf_bold_headings_surveyor, "pdf_bold_headings_surveyor.pdf");
snapshot!(
    pdf_stacked_sidebar_hydrologist,
    "pdf_stacked_sidebar_hydrologist.pdf"
);
snapshot!(
    pdf_paired_headings_roaster,
    "pdf_paired_headings_roaster.pdf"
);

#[test]
fn bold_at_the_body_size_marks_headings_and_entry_heads() {
    let file = fixture("pdf_bold_headings_surveyor.pdf");
    let pdf = read_pdf(&file).unwrap();
    let lines: Vec<&str> = pdf.lowered.text.lines().collect();
    // Headings as large as the body text: only their weight sets them apart.
    for bold in [
        "**Surveying Experience**",
        "**Field Skills**",
        "**Fenwick Geodetic Ltd**",
        "**University of Newcastle**",
    ] {
        assert!(lines.contains(&bold), "{bold} in {lines:#?}");
    }
    assert!(lines.contains(&"Senior Land Surveyor, Leeds    April 2019 – Present"));
    let resume = load_resume(&file, &ResumeParser::new()).unwrap();
    let names: Vec<&str> = resume
        .work
        .iter()
        .filter_map(|w| w.name.as_deref())
        .collect();
    assert_eq!(
        names,
        ["Fenwick Geodetic Ltd", "Moorside Survey Partnership"]
    );
    assert_eq!(resume.skills.len(), 1);
}

#[test]
fn a_left_sidebar_is_read_before_the_main_column_and_headings_take_their_marks() {
    let pdf = read_pdf(&fixture("pdf_sidebar_baker.pdf")).unwrap();
    let lines: Vec<&str> = pdf.lowered.text.lines().collect();
    let at = |needle: &str| lines.iter().position(|l| l == &needle).unwrap();
    // The sidebar reads through, then the main column, each whole.
    assert!(at("## LANGUAGES") < at("# Théo Varga"), "{lines:#?}");
    assert!(at("# Théo Varga") < at("## PROFILE"), "{lines:#?}");
    assert!(at("## PROFILE") < at("## EDUCATION"), "{lines:#?}");
    assert!(lines.contains(&"- Trained four apprentices to CAP level."));
    // Every lowered line knows its page.
    assert_eq!(pdf.line_pages.len(), lines.len());
    assert_eq!(pdf.page_of(1), (1, 1));
}

#[test]
fn letter_spaced_names_are_joined_and_gaps_kept_wide() {
    let pdf = read_pdf(&fixture("pdf_spaced_headings_nurse.pdf")).unwrap();
    let text = &pdf.lowered.text;
    assert!(text.starts_with("# PRIYA DELACROIX\n"), "{text}");
    assert!(text.contains("\nEXPERIENCE\n"), "{text}");
    assert!(
        text.contains("Charge Nurse, Cardiac Unit    May 2021 – Present"),
        "{text}"
    );
}

#[test]
fn vitae_parse_reads_a_pdf_and_explains_by_page_and_line() {
    let site = TempSite::empty();
    let file = fixture("pdf_one_column_ranger.pdf");
    let out = site.vitae(&["parse", file.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: vitae::model::Resume = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.basics.name.as_deref(), Some("Marguerite Okonkwo-Lind"));
    let out = site.vitae(&["parse", file.to_str().unwrap(), "--explain"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("   p.1 l.1  basics.name"), "{text}");
}

/// `vitae parse FILE` fails, naming the file, with a message and a hint that say what.
fn refused(file: &Path, message: &str, hint: &str) {
    let site = TempSite::empty();
    let out = site.vitae(&["parse", file.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(err.contains(message), "{err}");
    assert!(err.contains(hint), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_scan_has_no_text_layer() {
    refused(
        &fixture("pdf_scanned.pdf"),
        "no text layer",
        "export the PDF with text, or add resume.md beside it",
    );
}

#[test]
fn a_long_document_is_refused() {
    refused(
        &fixture("pdf_32_pages.pdf"),
        "32 pages",
        "export only the résumé",
    );
}

#[test]
fn a_file_that_is_no_pdf_says_so() {
    let site = TempSite::empty();
    site.write("resume.pdf", "Ada Quill\nBaker\n");
    refused(
        &site.path("resume.pdf"),
        "not a PDF",
        "add resume.md beside it",
    );
}

#[test]
fn a_truncated_pdf_is_damaged() {
    let site = TempSite::empty();
    let bytes = std::fs::read(fixture("pdf_sidebar_baker.pdf")).unwrap();
    site.write_bytes("cut.pdf", &bytes[..bytes.len() / 3]);
    refused(
        &site.path("cut.pdf"),
        "damaged or cut short",
        "export the PDF again",
    );
}

#[test]
fn a_password_protected_pdf_is_encrypted() {
    use pdf_extract::{
        Document, EncryptionState, EncryptionVersion, Object, Permissions, StringFormat,
    };
    let mut doc = Document::load(fixture("pdf_one_column_ranger.pdf")).unwrap();
    // Encryption keys are derived from the file's ID, which a browser's PDF may lack.
    let id = Object::String(b"vitae-test-file-id".to_vec(), StringFormat::Literal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let version = EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "secret",
        key_length: 128,
        permissions: Permissions::PRINTABLE,
    };
    let state = EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let site = TempSite::empty();
    doc.save(site.path("locked.pdf")).unwrap();
    refused(&site.path("locked.pdf"), "encrypted", "without a password");
}
