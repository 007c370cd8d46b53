//! The test browser client (`common::browser`) against pages written here: navigation,
//! evaluation, emulation, events, screenshots, PDFs, time-outs and errors.

mod common;

use std::time::Duration;

use common::browser::Browser;
use serde_json::json;

fn browser() -> Browser {
    Browser::launch().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn navigates_evaluates_and_emulates() {
    let mut b = browser();
    b.navigate("data:text/html,<!doctype html><title>Hello</title><p id=p>Hi there</p>")
        .unwrap();
    assert_eq!(b.eval("document.title").unwrap(), json!("Hello"));
    assert_eq!(
        b.eval(
            "new Promise(r => setTimeout(() => r(document.getElementById('p').textContent), 10))"
        )
        .unwrap(),
        json!("Hi there")
    );
    assert_eq!(b.eval("({a: [1, 2]})").unwrap(), json!({"a": [1, 2]}));
    let err = b.eval("nosuchfunction()").unwrap_err();
    assert!(err.contains("nosuchfunction"), "{err}");

    b.set_viewport(390, 844, true).unwrap();
    assert_eq!(b.eval("screen.width").unwrap(), json!(390));
    b.set_viewport(1280, 800, false).unwrap();
    assert_eq!(b.eval("innerWidth").unwrap(), json!(1280));

    let dark = "matchMedia('(prefers-color-scheme: dark)').matches";
    b.emulate_media("screen", "dark").unwrap();
    assert_eq!(b.eval(dark).unwrap(), json!(true));
    b.emulate_media("print", "light").unwrap();
    assert_eq!(b.eval(dark).unwrap(), json!(false));
    assert_eq!(b.eval("matchMedia('print').matches").unwrap(), json!(true));
}

#[test]
fn files_screenshots_pdfs_and_disabled_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<!doctype html><html lang=en><title>T</title>\
         <style>@page { size: A4; margin: 15mm } * { margin: 0 } body { height: 2000px }</style>\
         <h1>Printed</h1><script>document.body.dataset.js = 'ran'</script>",
    )
    .unwrap();
    let url = format!("file://{}", page.display());
    let mut b = browser();
    b.navigate(&url).unwrap();
    assert_eq!(b.eval("document.body.dataset.js").unwrap(), json!("ran"));

    b.set_viewport(390, 600, false).unwrap();
    let png = dir.path().join("shots/page.png");
    b.screenshot_png(&png).unwrap();
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let (w, h) = png_size(&bytes);
    assert_eq!((w, h), (390, 2000), "full page, not just the viewport");

    let pdf = dir.path().join("page.pdf");
    b.print_pdf(&pdf, false).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("pts (A4)"), "A4 from @page:\n{info}");

    b.set_javascript(false).unwrap();
    b.navigate(&url).unwrap();
    assert_eq!(
        b.eval("document.body.dataset.js ?? 'none'").unwrap(),
        json!("none")
    );
    assert_eq!(
        b.eval("document.querySelector('h1').textContent").unwrap(),
        json!("Printed")
    );
}

#[test]
fn errors_and_time_outs_are_reported_not_hung() {
    let mut b = browser();
    let err = b.navigate("file:///no/such/vitae/page.html").unwrap_err();
    assert!(err.contains("ERR_FILE_NOT_FOUND"), "{err}");
    let err = b.call("Page.noSuchMethod", json!({})).unwrap_err();
    assert!(err.contains("Page.noSuchMethod"), "{err}");

    b.timeout = Duration::from_millis(300);
    let err = b.wait_event("Page.neverFired").unwrap_err();
    assert!(err.contains("timed out"), "{err}");

    // The connection is still usable afterwards, and events are kept for later.
    b.timeout = Duration::from_secs(30);
    b.call("Network.enable", json!({})).unwrap();
    b.navigate("data:text/html,<title>x</title>").unwrap();
    let requests = b.take_events("Network.requestWillBeSent");
    assert!(
        requests.iter().any(|r| r["request"]["url"]
            .as_str()
            .unwrap_or("")
            .starts_with("data:")),
        "{requests:?}"
    );
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    let be = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}
