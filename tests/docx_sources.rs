//! Word documents from the command line: `vitae parse FILE.docx` (and `--explain` by
//! paragraph, after the page each starts on when the document records its pages),
//! the errors for files that are no readable DOCX, and which file of a person's
//! folder is read when it holds several (`vitae check` says which).

mod common;

use common::{stderr, TempSite};
use vitae::model::Resume;

fn fixture() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/parse/docx_table_surveyor.docx"
    );
    std::fs::read(path).unwrap()
}

#[test]
fn parses_a_docx_and_explains_it_by_paragraph() {
    let site = TempSite::empty();
    site.write_bytes("cv.docx", &fixture());
    let file = site.path("cv.docx");
    let out = site.vitae(&["parse", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Resume = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.basics.name.as_deref(), Some("Ines Marrow-Okafor"));
    assert_eq!(r.work.len(), 2);

    let out = site.vitae(&["parse", file.to_str().unwrap(), "--explain"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.trim_start().starts_with("¶1 ") && first.contains("basics.name"),
        "{text}"
    );
    assert!(!text.contains("unplaced"), "{text}");
}

/// `vitae parse` on bytes named `.docx`: exit 1, the file named, what it is, what to do.
fn refused(bytes: &[u8], says: &[&str]) {
    let site = TempSite::empty();
    site.write_bytes("resume.docx", bytes);
    let out = site.vitae(&["parse", site.path("resume.docx").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("resume.docx"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    for s in says {
        assert!(err.contains(s), "{s:?} not in {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn files_that_are_no_readable_docx() {
    let ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    let mut doc = ole.to_vec();
    doc.extend_from_slice(&[0u8; 512]);
    refused(&doc, &["Word 97–2003", "save it as a Word document"]);
    let mut encrypted = doc.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    refused(&encrypted, &["password-protected", "without a password"]);
    refused(b"Wren Halloway\nFerry pilot\n", &["not a zip archive"]);
    let mut cut = fixture();
    cut.truncate(cut.len() / 3);
    refused(&cut, &["damaged or cut short"]);
}

#[test]
fn precedence_of_sources_and_check_says_which_was_read() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: T\n");
    site.write_bytes("content/ines/resume.docx", &fixture());
    site.write_bytes("content/juno/resume.docx", &fixture());
    site.write(
        "content/juno/resume.md",
        "# Juno Fixture\n\njuno@example.test\n\n## Experience\n\n### Blue Yonder — Analyst\n2018 – 2021\n",
    );
    let out = site.vitae(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("ines: read content/ines/resume.docx"), "{err}");
    assert!(
        err.contains("juno: read content/juno/resume.md (passed over: content/juno/resume.docx)"),
        "{err}"
    );
    let out = site.vitae(&["show", "ines"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Resume = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.basics.name.as_deref(), Some("Ines Marrow-Okafor"));
    let out = site.vitae(&["show", "juno"]);
    let r: Resume = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.basics.name.as_deref(), Some("Juno Fixture"));

    // A broken DOCX that is the source fails the check with its hint.
    site.write("content/ines/resume.docx", "not a zip");
    let out = site.vitae(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("content/ines/resume.docx"),
        "{}",
        stderr(&out)
    );
}

/// A minimal DOCX of plain paragraphs.
fn docx_of(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|t| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"))
        .collect();
    docx_body(&body)
}

/// A minimal DOCX of the given body XML.
fn docx_body(body: &str) -> Vec<u8> {
    use std::io::Write;
    let doc = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    z.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    z.write_all(doc.as_bytes()).unwrap();
    z.finish().unwrap();
    out.into_inner()
}

#[test]
fn check_warnings_point_at_paragraphs() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: T\n");
    site.write_bytes(
        "content/wren/resume.docx",
        &docx_of(&[
            "Wren Halloway",
            "",
            "EXPERIENCE",
            "Baker, Crumb and Co",
            "- Baked bread.",
        ]),
    );
    let out = site.vitae(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("content/wren/resume.docx: ¶4: ") && err.contains("without dates"),
        "{err}"
    );
}

#[test]
fn explain_gives_the_page_a_paragraph_starts_on() {
    let site = TempSite::empty();
    let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let body = [
        p("Wren Halloway"),
        p("EXPERIENCE"),
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Baker, Crumb and Co, 2019 - 2021</w:t></w:r></w:p>".into(),
        p("- Baked bread."),
    ]
    .concat();
    site.write_bytes("cv.docx", &docx_body(&body));
    let out = site.vitae(&["parse", site.path("cv.docx").to_str().unwrap(), "--explain"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let places: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start().split("  ").next())
        .filter(|p| p.starts_with("p."))
        .collect();
    assert_eq!(places, ["p.1 ¶1", "p.1 ¶2", "p.2 ¶3", "p.2 ¶4"], "{text}");
}
