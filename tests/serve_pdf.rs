//! `vitae serve` with `pdf: true`, over the real binary and a real Chromium: the page
//! reloads without waiting for its PDF, the PDF served meanwhile is the previous one
//! (whole), and within a bounded time the edited person's PDF holds the new words
//! (read with poppler's `pdftotext`) while an unchanged person is not printed again.
//! A full rebuild keeps serving the PDFs. Fictional people throughout.
//!
//! Needs `chromium` and poppler-utils (`bash .ci/deps.sh` installs both).

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::server::Served;
use common::TempSite;

/// Printing starts a browser; on a busy machine that takes seconds, not minutes.
const PRINTED_WITHIN: Duration = Duration::from_secs(90);

fn juno(name: &str) -> String {
    format!("# {name}\n\njuno@example.test\n\n## Experience\n\n### Blue Yonder — Analyst\n2018 – 2021\n\n- Charted the tides.\n")
}

/// The text of a PDF, read by `pdftotext` (so it is a whole, readable PDF).
fn text(dir: &Path, pdf: &[u8]) -> String {
    let file = dir.join("served.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (install poppler-utils: bash .ci/deps.sh)");
    assert!(
        out.status.success(),
        "not a readable PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).replace('\n', " ")
}

/// Polls `path` until `ready` holds for its body, or panics with the server's log.
fn wait_for(server: &Served, path: &str, ready: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let start = Instant::now();
    loop {
        let r = server.get(path);
        if r.status == 200 && ready(&r.body) {
            return r.body;
        }
        assert!(
            start.elapsed() < PRINTED_WITHIN,
            "{path} not ready after {PRINTED_WITHIN:?}:\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_edited_persons_pdf_is_printed_again_after_the_reload() {
    let site = TempSite::two_people();
    site.write(
        "site.yaml",
        "title: Fixture Team\nbase_url: https://example.test/\npdf: true\n",
    );
    site.write("content/juno/resume.md", &juno("Juno Fixture"));
    let tmp = tempfile::tempdir().unwrap();
    let server = Served::start(site.root());
    let mut socket = server.socket();
    assert!(
        server.get("/juno/").text().contains("href=\"juno.pdf\""),
        "the page links its PDF"
    );

    let before = wait_for(&server, "/juno/juno.pdf", |_| true);
    assert!(text(tmp.path(), &before).contains("Juno Fixture"));
    wait_for(&server, "/ines/ines.pdf", |_| true);
    assert!(server.log().contains("pdf: juno/juno.pdf printed (1 page)"));

    site.write("content/juno/resume.md", &juno("Juno Renamed"));
    socket.expect("reload");
    assert!(server.get("/juno/").text().contains("Juno Renamed"));
    // The reload did not wait for the browser: the previous PDF is still served, whole.
    let meanwhile = server.get("/juno/juno.pdf");
    assert_eq!(meanwhile.status, 200);
    assert_eq!(
        meanwhile.body, before,
        "the PDF was printed before the reload"
    );

    let after = wait_for(&server, "/juno/juno.pdf", |b| b != before.as_slice());
    let words = text(tmp.path(), &after);
    assert!(words.contains("Juno Renamed"), "{words}");
    assert!(!words.contains("Juno Fixture"), "{words}");
    // The line is printed just before the rename; give the log reader a moment.
    let start = Instant::now();
    while server.log_lines("pdf: juno/juno.pdf re-printed (1 page)") == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        server.log_lines("pdf: ines/ines.pdf re-printed"),
        0,
        "an unchanged person is not printed again:\n{}",
        server.log()
    );

    // A full rebuild (site.yaml) keeps the PDFs served while they are printed again.
    site.write(
        "site.yaml",
        "title: Fixture Crew\nbase_url: https://example.test/\npdf: true\n",
    );
    socket.expect("reload");
    let kept = server.get("/juno/juno.pdf");
    assert_eq!(kept.status, 200, "{}", server.log());
    assert!(text(tmp.path(), &kept.body).contains("Juno Renamed"));
}
