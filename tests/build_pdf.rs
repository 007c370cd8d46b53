//! `vitae build --pdf` over the real binary and a real Chromium: the PDF is written,
//! linked, has the page's text and a sensible page count (checked with poppler's
//! `pdfinfo` and `pdftotext`), is not printed again while nothing changed, carries the
//! details shown only in print while no published file does; and without a browser the
//! site still builds, with one message. Fictional people throughout.
//!
//! Needs `chromium` and poppler-utils (`bash .ci/deps.sh` installs both).

mod common;

use std::path::Path;
use std::process::Command;

use common::{stderr, TempSite};

const PHONE: &str = "+44 7700 900123";

fn site(privacy: &str) -> TempSite {
    let site = TempSite::empty();
    site.write(
        "site.yaml",
        &format!("title: PDF Fixtures\nbase_url: https://example.test/\n{privacy}"),
    );
    site.write(
        "content/odile/resume.json",
        &format!(
            r#"{{"basics":{{"name":"Odile Fixture","label":"Bridge Engineer",
                "email":"odile@example.test","phone":"{PHONE}"}},
               "work":[{{"name":"Span & Sons","position":"Lead Engineer","startDate":"2019-03",
                         "highlights":["Designed the Quayside footbridge."]}}],
               "skills":[{{"name":"Structures","keywords":["Steel","Timber"]}}]}}"#
        ),
    );
    site.write(
        "content/rue/resume.md",
        "# Rue Fixture\n\n## Experience\n\n### Kiln Co — Potter\n2020 – 2023\n",
    );
    site.write_bytes("content/rue/cv.pdf", b"%PDF-1.4\n%%EOF\n");
    site.write(
        "content/pim/resume.md",
        "# Pim Fixture\n\npim@example.test\n\n## Experience\n\n### Lantern Works — Glassblower\n2015 – 2022\n\n- Blew lanterns.\n",
    );
    site
}

/// Runs `name ARGS FILE THEN`.
fn tool(name: &str, args: &[&str], file: &Path, then: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .args(then)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e} (install poppler-utils: bash .ci/deps.sh)"));
    assert!(
        out.status.success(),
        "{name} {}: {}",
        file.display(),
        stderr(&out)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[], pdf, &[]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo's output:\n{info}"))
}

fn text(pdf: &Path) -> String {
    // `-` writes the text to stdout rather than beside the PDF.
    tool("pdftotext", &["-layout"], pdf, &["-"]).replace('\n', " ")
}

fn build_pdf(site: &TempSite, extra: &[&str]) -> String {
    let mut args = vec!["build", "--pdf"];
    args.extend_from_slice(extra);
    let out = site.vitae(&args);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    err
}

#[test]
fn pdf_is_written_linked_and_not_printed_again() {
    let site = site("");
    let err = build_pdf(&site, &[]);
    for (slug, name, line) in [
        ("odile", "Odile Fixture", "Quayside footbridge"),
        ("pim", "Pim Fixture", "Blew lanterns"),
    ] {
        let pdf = site.path(&format!("public/{slug}/{slug}.pdf"));
        let n = pages(&pdf);
        assert_eq!(n, 1, "{slug}: a short résumé prints on one page");
        assert!(
            err.contains(&format!("pdf: {slug}/{slug}.pdf: 1 page (printed)")),
            "{err}"
        );
        let words = text(&pdf);
        assert!(
            words.contains(name) && words.contains(line),
            "{slug}: {words}"
        );
        let page = site.read(&format!("public/{slug}/index.html"));
        assert!(
            page.contains(&format!(
                r#"<a href="{slug}.pdf" type="application/pdf" download>Download PDF</a>"#
            )),
            "{slug}: no link to the PDF"
        );
    }
    assert!(!err.contains("warning"), "{err}");
    // Someone with a PDF of their own keeps it: linked, and none printed.
    assert!(!site.path("public/rue/rue.pdf").exists());
    let rue = site.read("public/rue/index.html");
    assert!(rue.contains(r#"href="cv.pdf""#) && !rue.contains("Download PDF"));
    assert!(!err.contains("rue.pdf"), "{err}");

    // Unchanged: taken from the cache, not printed (the cached file is not rewritten).
    let cached: Vec<_> = std::fs::read_dir(site.path(".vitae-cache/pdf"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(cached.len(), 2, "{cached:?}");
    let mtimes: Vec<_> = cached
        .iter()
        .map(|p| p.metadata().unwrap().modified().unwrap())
        .collect();
    let again = build_pdf(&site, &[]);
    assert!(
        again.contains("pdf: odile/odile.pdf: 1 page (unchanged)"),
        "{again}"
    );
    assert!(
        again.contains("pdf: pim/pim.pdf: 1 page (unchanged)"),
        "{again}"
    );
    for (p, t) in cached.iter().zip(&mtimes) {
        assert_eq!(
            p.metadata().unwrap().modified().unwrap(),
            *t,
            "{}",
            p.display()
        );
    }
    assert!(site.path("public/pim/pim.pdf").is_file());

    // One person changed: only they are printed again.
    site.write(
        "content/pim/resume.md",
        "# Pim Fixture\n\npim@example.test\n\n## Experience\n\n### Lantern Works — Master Glassblower\n2015 – 2022\n\n- Blew lanterns.\n",
    );
    let changed = build_pdf(&site, &[]);
    assert!(
        changed.contains("pdf: pim/pim.pdf: 1 page (printed)"),
        "{changed}"
    );
    assert!(
        changed.contains("pdf: odile/odile.pdf: 1 page (unchanged)"),
        "{changed}"
    );
    assert!(text(&site.path("public/pim/pim.pdf")).contains("Master Glassblower"));
}

/// Every published file (pages, JSON, sitemap …), as text.
fn published(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(published(&path));
        } else if path.extension().is_some_and(|e| e != "pdf") {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn a_detail_shown_only_in_print_reaches_the_pdf_alone() {
    let site = site("privacy:\n  web: {phone: false}\n  print: {phone: true}\n");
    build_pdf(&site, &[]);
    let pdf = text(&site.path("public/odile/odile.pdf"));
    assert!(
        pdf.contains(PHONE),
        "the phone is missing from the PDF: {pdf}"
    );
    let digits: String = PHONE.chars().filter(char::is_ascii_digit).collect();
    let files = published(&site.path("public"));
    assert!(files.iter().any(|(p, _)| p.ends_with("odile/index.html")));
    assert!(files.iter().any(|(p, _)| p.ends_with("odile/resume.json")));
    for (path, text) in &files {
        assert!(
            !path.contains(".vitae-print"),
            "the print copy was published: {path}"
        );
        let squeezed: String = text.chars().filter(char::is_ascii_digit).collect();
        assert!(
            !text.contains(PHONE) && !text.contains("900123") && !squeezed.contains(&digits),
            "{path} has the phone number shown only in print"
        );
    }
}

#[test]
fn a_long_resume_is_counted_and_warned_about() {
    let site = TempSite::empty();
    let jobs: Vec<String> = (1..=40)
        .map(|i| {
            format!(
                r#"{{"name":"Firm {i}","position":"Surveyor {i}","startDate":"{}-01","endDate":"{}-12",
                    "highlights":["Surveyed the northern reach of canal {i}.","Mapped the locks and weirs of district {i}."]}}"#,
                1960 + i,
                1960 + i
            )
        })
        .collect();
    site.write(
        "content/quill/resume.json",
        &format!(
            r#"{{"basics":{{"name":"Quill Fixture"}},"work":[{}]}}"#,
            jobs.join(",")
        ),
    );
    let err = build_pdf(&site, &[]);
    let n = pages(&site.path("public/quill/quill.pdf"));
    assert!(n > 2, "40 jobs on {n} pages");
    assert!(
        err.contains(&format!("pdf: quill/quill.pdf: {n} pages (printed)")),
        "{err}"
    );
    assert!(
        err.contains(&format!("warning: quill/quill.pdf has {n} pages")),
        "{err}"
    );
}

#[test]
fn without_a_browser_the_site_builds_without_pdfs() {
    let site = site("");
    let err = build_pdf(&site, &["--browser", "/nonexistent/chromium"]);
    assert_eq!(
        err.matches("the site is built without PDFs").count(),
        1,
        "one message: {err}"
    );
    assert!(
        err.contains("install chromium or pass --browser PATH"),
        "{err}"
    );
    assert!(site.path("public/odile/index.html").is_file());
    assert!(!site.path("public/odile/odile.pdf").exists());
    assert!(!site
        .read("public/odile/index.html")
        .contains("Download PDF"));

    // None on PATH either.
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(site.root())
        .args(["build", "--pdf"])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "warning: no Chromium or Chrome found: the site is built without PDFs; \
             install chromium or pass --browser PATH"
        ),
        "{}",
        stderr(&out)
    );

    // `pdf: true` in site.yaml asks for PDFs as --pdf does.
    site.write("site.yaml", "title: PDF Fixtures\npdf: true\n");
    let out = site.vitae(&["build", "--browser", "/nonexistent/chromium"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("no Chromium or Chrome at /nonexistent/chromium"));
    // Without either, no browser is looked for.
    site.write("site.yaml", "title: PDF Fixtures\n");
    let out = site.vitae(&["build", "--browser", "/nonexistent/chromium"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("PDF"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_browser_that_fails_fails_the_build_and_keeps_the_last_site() {
    let site = site("");
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before = site.read("public/odile/index.html");
    let out = site.vitae(&["build", "--pdf", "--browser", "/bin/false"]);
    let err = stderr(&out);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("odile/odile.pdf: could not print the PDF: /bin/false exited with"),
        "{err}"
    );
    assert!(err.contains("/bin/false exited with"), "{err}");
    assert_eq!(site.read("public/odile/index.html"), before);
    assert!(!site.path("public/odile/odile.pdf").exists());
}
