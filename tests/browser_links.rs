//! A built site opened as files (`file://`), as the README says to open it: in headless
//! Chromium, the index's link to each person and each person's "All people" link are
//! clicked, and the page they land on must be that page (its `<h1>` and title), not
//! the folder listing a browser shows for a folder address on disk. The 404 page's
//! link home is followed the same way on a site without `base_url`.

mod common;

use std::path::Path;
use std::process::Command;

use common::browser::Browser;
use serde_json::Value;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `vitae --root ROOT build -o OUT ARGS…`, which must succeed.
fn build(root: &Path, out: &Path, args: &[&str]) {
    let o = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(root)
        .arg("build")
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .expect("run vitae");
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn launch() -> Browser {
    Browser::launch().unwrap_or_else(|e| panic!("a real browser is needed: {e}"))
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// What the current page is: its address, title and first `<h1>`.
struct Landed {
    url: String,
    title: String,
    h1: String,
}

fn landed(b: &mut Browser) -> Landed {
    let v = b
        .eval(
            "({url: location.href, title: document.title, \
              h1: (document.querySelector('h1') || {textContent: ''}).textContent.trim()})",
        )
        .expect("read the page");
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    Landed {
        url: s("url"),
        title: s("title"),
        h1: s("h1"),
    }
}

/// Clicks the `n`th element matching `selector` (as a person does) and waits for the
/// page it leads to.
fn click(b: &mut Browser, selector: &str, n: usize) {
    b.take_events("Page.loadEventFired");
    let found = b
        .eval(&format!(
            "(() => {{ const a = document.querySelectorAll({sel})[{n}]; \
               if (!a) return false; a.click(); return true; }})()",
            sel = Value::from(selector)
        ))
        .expect("click");
    assert_eq!(found, Value::Bool(true), "no {selector} #{n} on the page");
    b.wait_event("Page.loadEventFired")
        .unwrap_or_else(|e| panic!("clicking {selector} #{n} loaded nothing: {e}"));
}

/// A folder listing instead of a page: Chromium titles it "Index of /path/".
fn is_listing(page: &Landed) -> bool {
    page.title.starts_with("Index of ") || page.url.ends_with('/')
}

#[test]
fn every_link_of_a_site_opened_from_disk_lands_on_its_page() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    build(repo(), &out, &[]);
    let index = file_url(&out.join("index.html"));
    let mut b = launch();
    b.navigate(&index).unwrap();
    let site_title = landed(&mut b).h1;
    let people = b
        .eval("[...document.querySelectorAll('.people a')].map(a => a.querySelector('.person-name').textContent.trim())")
        .unwrap();
    let people: Vec<String> = people
        .as_array()
        .expect("names")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(people.len(), 3, "the example site has three people");

    let mut failures = Vec::new();
    for (n, name) in people.iter().enumerate() {
        b.navigate(&index).unwrap();
        click(&mut b, ".people a", n);
        let page = landed(&mut b);
        if is_listing(&page) || page.h1 != *name || !page.title.starts_with(name.as_str()) {
            failures.push(format!(
                "the index's link to {name} landed on {} (title {:?}, h1 {:?})",
                page.url, page.title, page.h1
            ));
            continue;
        }
        // The address given to search engines stays the clean one.
        let canonical = b
            .eval("document.querySelector('link[rel=canonical]').href")
            .unwrap();
        let canonical = canonical.as_str().unwrap_or_default();
        if !canonical.starts_with("https://") || !canonical.ends_with('/') {
            failures.push(format!("{name}'s canonical URL is {canonical:?}"));
        }
        click(&mut b, ".site-nav a", 0);
        let back = landed(&mut b);
        if is_listing(&back) || back.h1 != site_title {
            failures.push(format!(
                "{name}'s \"All people\" landed on {} (title {:?}, h1 {:?})",
                back.url, back.title, back.h1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_404_page_leads_home_from_disk_without_a_base_url() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    build(repo(), &out, &["--base-url", ""]);
    let mut b = launch();
    b.navigate(&file_url(&out.join("index.html"))).unwrap();
    let site_title = landed(&mut b).h1;
    b.navigate(&file_url(&out.join("404.html"))).unwrap();
    let before = landed(&mut b);
    click(&mut b, "main a", 0);
    let home = landed(&mut b);
    assert!(
        !is_listing(&home) && home.h1 == site_title && home.url != before.url,
        "the 404 page's link home landed on {} (title {:?}, h1 {:?})",
        home.url,
        home.title,
        home.h1
    );
}
