//! `vitae serve` as a person sees it: headless Chromium (over the DevTools protocol)
//! keeps a page open while the test edits the site's files, and the page follows
//! with no manual reload — a new résumé text reloads it (keeping the scroll
//! position), a stylesheet is swapped in place (the page is not reloaded), and a
//! build error shows over the page until it is fixed.

mod common;

use std::time::{Duration, Instant};

use common::browser::Browser;
use common::server::Served;
use common::TempSite;

/// A site whose `static/` has its own page and stylesheet, so the CSS check does not
/// depend on the theme's file names.
fn site() -> TempSite {
    let site = TempSite::two_people();
    site.write("static/css/site.css", "h1 { color: rgb(10, 20, 30); }\n");
    site.write(
        "static/preview.html",
        "<!doctype html><html><head><meta charset=utf-8><title>Preview</title>\
         <link rel=stylesheet href=\"css/site.css\"></head>\
         <body><h1>Styled</h1><div style=\"height:5000px\"></div><p id=end>end</p></body></html>",
    );
    site
}

/// Evaluates `js` until it returns `true` (errors while the page reloads count as not yet).
fn wait_until(browser: &mut Browser, js: &str, what: &str) {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(15) {
        match browser.eval(js) {
            Ok(serde_json::Value::Bool(true)) => return,
            Ok(v) => last = v.to_string(),
            Err(e) => last = e,
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what} ({js} → {last})");
}

fn eval(browser: &mut Browser, js: &str) -> serde_json::Value {
    browser.eval(js).unwrap_or_else(|e| panic!("{js}: {e}"))
}

/// Opens `path` and waits until it is the loaded page (a load event from an earlier
/// reload may still be on its way when navigating).
fn open(browser: &mut Browser, served: &Served, path: &str) {
    browser.navigate(&format!("{}{path}", served.url)).unwrap();
    wait_until(
        browser,
        &format!("location.pathname === '/{path}' && document.readyState === 'complete'"),
        path,
    );
}

/// The page's live-reload socket is open, so an edit made now is heard.
fn wait_connected(browser: &mut Browser) {
    wait_until(
        browser,
        "window.__vitaeLiveReload !== undefined && window.__vitaeLiveReload.connected === true",
        "the live-reload socket",
    );
}

#[test]
fn the_open_page_follows_edits() {
    let site = site();
    let served = Served::start(site.root());
    let mut browser = Browser::launch().expect("headless Chromium");

    // A résumé edit: the DOM changes with no manual reload (the page reloads itself).
    open(&mut browser, &served, "juno/");
    assert!(eval(&mut browser, "document.body.textContent")
        .as_str()
        .unwrap()
        .contains("Juno Fixture"));
    eval(&mut browser, "window.marker = 'before'; true");
    wait_connected(&mut browser);
    site.write(
        "content/juno/resume.md",
        "# Juno Renamed\n\njuno@example.test\n",
    );
    wait_until(
        &mut browser,
        "document.body !== null && document.body.textContent.includes('Juno Renamed')",
        "the new name on the page",
    );
    assert_eq!(
        eval(&mut browser, "typeof window.marker"),
        "undefined",
        "a content change reloads the page"
    );

    // A stylesheet edit: the new style applies and the page is NOT reloaded.
    open(&mut browser, &served, "preview.html");
    assert_eq!(
        eval(
            &mut browser,
            "getComputedStyle(document.querySelector('h1')).color"
        ),
        "rgb(10, 20, 30)"
    );
    eval(&mut browser, "window.marker = 'kept'; true");
    wait_connected(&mut browser);
    site.write("static/css/site.css", "h1 { color: rgb(200, 100, 50); }\n");
    wait_until(
        &mut browser,
        "getComputedStyle(document.querySelector('h1')).color === 'rgb(200, 100, 50)'",
        "the new stylesheet",
    );
    assert_eq!(
        eval(&mut browser, "window.marker"),
        "kept",
        "a CSS change must not reload the page"
    );
    assert_eq!(
        eval(
            &mut browser,
            "document.querySelectorAll('link[rel=stylesheet]').length"
        ),
        1,
        "the old stylesheet link is gone"
    );

    // Any other change reloads, and the page comes back where it was scrolled to.
    eval(&mut browser, "window.scrollTo(0, 1234); true");
    wait_until(&mut browser, "window.scrollY === 1234", "the scroll");
    site.write("static/notes.txt", "a new file");
    wait_until(
        &mut browser,
        "window.marker === undefined && document.readyState === 'complete'",
        "the reload",
    );
    wait_until(
        &mut browser,
        "window.scrollY === 1234",
        "the scroll position kept across the reload",
    );
}

#[test]
fn build_errors_show_over_the_page_until_fixed() {
    let site = site();
    let served = Served::start(site.root());
    let mut browser = Browser::launch().expect("headless Chromium");
    open(&mut browser, &served, "juno/");
    wait_connected(&mut browser);

    // A folder whose name would be markup if it were not escaped (refused: `<` can be
    // no part of a person's address, and the error names the folder).
    site.write(
        "content/<i>x/resume.json",
        "{\"basics\": {\"name\": \"X\",}\n",
    );
    let overlay = "document.getElementById('vitae-error-overlay')";
    wait_until(
        &mut browser,
        &format!("{overlay} !== null"),
        "the error overlay",
    );
    let text = eval(
        &mut browser,
        &format!("{overlay}.shadowRoot.querySelector('pre').textContent"),
    );
    let text = text.as_str().unwrap();
    assert!(text.contains("content/<i>x: the folder name"), "{text}");
    assert!(
        text.contains("hint: rename the folder, e.g. to `i-x`"),
        "the hint: {text}"
    );
    assert_eq!(
        eval(
            &mut browser,
            &format!("{overlay}.shadowRoot.querySelector('pre i') === null")
        ),
        true,
        "the error text is text, not markup"
    );
    // The last good page is still there under the overlay.
    assert!(eval(&mut browser, "document.body.textContent")
        .as_str()
        .unwrap()
        .contains("Juno Fixture"));
    eval(&mut browser, "window.marker = 'broken'; true");

    std::fs::remove_dir_all(site.path("content/<i>x")).unwrap();
    wait_until(
        &mut browser,
        &format!("window.marker === undefined && document.readyState === 'complete' && {overlay} === null"),
        "the fix to reload the page without the overlay",
    );
}
