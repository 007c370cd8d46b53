//! Names and settings that end up in links, end to end through the binary: person
//! folders that cannot be a plain address are refused with a name that would do,
//! asset names are percent-encoded so no file name becomes a script link, names the
//! build writes itself are reserved, `base_url` must be an http(s) address, a folder
//! that is no site says so, and `serve` at the last port does not overflow.

mod common;

use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{stderr, TempSite};

const PERSON: &str = r#"{"basics":{"name":"Zoë Fixture"},"work":[{"name":"Acme","position":"Tester","startDate":"2021-01"}]}"#;

/// Every `href`/`src` of every page of `out`: none is a script or an absolute path,
/// and every relative one, percent-decoded, names a file that exists.
fn assert_links_safe_and_resolving(out: &Path) -> usize {
    let attr = regex::Regex::new(r#"(?:href|src|content)="([^"]*)""#).unwrap();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry.unwrap();
        if entry.path().extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let page = entry.path().display();
        for cap in attr.captures_iter(&html) {
            let link = cap[1].replace("&amp;", "&");
            let lower = link.to_ascii_lowercase();
            assert!(!lower.contains("javascript:"), "{page}: script link {link}");
            let is_relative_file = !link.is_empty()
                && !link.starts_with('#')
                && !link.contains("://")
                && !lower.starts_with("mailto:")
                && !lower.starts_with("tel:")
                && (link.contains('/') || link.contains('.'))
                && !link.contains(' ');
            if !is_relative_file || cap[0].starts_with("content") {
                continue;
            }
            assert!(!link.contains(':'), "{page}: {link} has a scheme");
            let target =
                percent_encoding::percent_decode_str(link.split(['#', '?']).next().unwrap())
                    .decode_utf8()
                    .unwrap()
                    .into_owned();
            let mut resolved = entry.path().parent().unwrap().join(&target);
            if target.is_empty() || target.ends_with('/') {
                resolved = resolved.join("index.html");
            }
            assert!(resolved.exists(), "{page}: broken link {link}");
            checked += 1;
        }
    }
    checked
}

#[test]
fn person_folders_that_are_not_plain_addresses_are_refused() {
    for (folder, suggestion) in [
        (
            "javascript:alert(document.domain)%2F%2F",
            "javascript-alert-document-domain-2f-2f",
        ),
        ("a#b", "a-b"),
        ("q?x=1", "q-x-1"),
        ("Ada Lovelace", "ada-lovelace"),
        ("new\nline", "new-line"),
    ] {
        let site = TempSite::two_people();
        site.write(&format!("content/{folder}/resume.json"), PERSON);
        for cmd in ["check", "build"] {
            let out = site.vitae(&[cmd]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{cmd} {folder:?}: {err}");
            assert!(err.contains(&format!("content/{folder}: ")), "{err}");
            assert!(
                err.contains(&format!("hint: rename the folder, e.g. to `{suggestion}`")),
                "{err}"
            );
        }
        assert!(!site.path("public").exists());
        // The suggested name builds.
        std::fs::rename(
            site.path(&format!("content/{folder}")),
            site.path(&format!("content/{suggestion}")),
        )
        .unwrap();
        let out = site.vitae(&["build"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

#[test]
fn asset_and_person_names_are_percent_encoded_in_links() {
    let site = TempSite::two_people();
    site.write("content/zoë/resume.json", PERSON);
    site.write("content/zoë/javascript:alert(1)#x?.pdf", "%PDF-1.4");
    site.write(
        "content/zoë/my photo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = site.read("public/zoë/index.html");
    assert!(
        page.contains(r#"href="javascript%3Aalert%281%29%23x%3F.pdf""#),
        "the PDF link is one encoded segment:\n{page}"
    );
    assert!(page.contains(r#"src="my%20photo.svg""#), "{page}");
    assert!(site
        .read("public/index.html")
        .contains(r#"href="zo%C3%AB/index.html""#));
    assert!(site
        .read("public/sitemap.xml")
        .contains("<loc>https://example.test/zo%C3%AB/</loc>"));
    assert!(assert_links_safe_and_resolving(&site.path("public")) > 0);

    // Alone on the site, the person's page is also the root page: links go into the folder.
    std::fs::remove_dir_all(site.path("content/ines")).unwrap();
    std::fs::remove_dir_all(site.path("content/juno")).unwrap();
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site
        .read("public/index.html")
        .contains(r#"href="zo%C3%AB/javascript%3Aalert%281%29%23x%3F.pdf""#));
    assert!(assert_links_safe_and_resolving(&site.path("public")) > 0);
}

#[test]
fn names_the_build_writes_are_reserved() {
    let site = TempSite::two_people();
    site.write("static/favicon/icon.png", "png");
    assert!(site.vitae(&["build"]).status.success());
    // Everything the build writes at the root, but people, static/ and hidden files, is reserved.
    for entry in std::fs::read_dir(site.path("public")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !["ines", "juno", "favicon"].contains(&name.as_str()) && !name.starts_with('.') {
            assert!(
                vitae::site::RESERVED.contains(&name.as_str()),
                "{name} is not reserved"
            );
        }
    }

    for name in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "themes",
    ] {
        site.write(&format!("content/{name}/resume.json"), PERSON);
    }
    site.write("content/favicon/resume.json", PERSON);
    for cmd in ["check", "build"] {
        let out = site.vitae(&[cmd]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        for name in [
            "index.html",
            "404.html",
            "sitemap.xml",
            "robots.txt",
            "themes",
        ] {
            assert!(
                err.contains(&format!(
                    "content/{name}: `{name}` is a file or folder the build writes"
                )),
                "{cmd} {name}: {err}"
            );
        }
        assert!(
            err.contains("static/favicon is copied to the same place"),
            "{err}"
        );
        assert!(err.contains("6 problems"), "{err}");
    }
}

#[test]
fn base_url_must_be_an_http_address() {
    let site = TempSite::two_people();
    site.write("site.yaml", "title: T\nbase_url: javascript:alert(1)//\n");
    for cmd in ["check", "build"] {
        let out = site.vitae(&[cmd]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        assert!(
            err.contains(
                "site.yaml:2:11: base_url `javascript:alert(1)//` has the scheme `javascript:`"
            ),
            "{err}"
        );
        assert!(err.contains("hint: give the full address"), "{err}");
    }
    site.write("site.yaml", "base_url: example.org/cv\n");
    let err = stderr(&site.vitae(&["build"]));
    assert!(
        err.contains("site.yaml:1:11:") && err.contains("not an absolute address"),
        "{err}"
    );

    site.write("site.yaml", "title: T\n");
    let out = site.vitae(&["build", "--base-url", "/cv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--base-url: base_url `/cv` is not an absolute address"));
    let out = site.vitae(&["build", "--base-url", "https://example.test/cv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site
        .read("public/sitemap.xml")
        .contains("<loc>https://example.test/cv/ines/</loc>"));
}

#[test]
fn a_folder_without_a_site_says_so() {
    let dir = TempSite::empty();
    dir.write("notes.txt", "not a site");
    for args in [&["build"][..], &["check"], &["serve", "--port", "0"]] {
        let out = dir.vitae(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("not a vitae site"), "{args:?}: {err}");
        assert!(err.contains("vitae init"), "{args:?}: {err}");
    }
    assert!(!dir.path("public").exists());
}

#[test]
fn serve_on_the_last_port_taken_stops_there_and_says_so() {
    let site = TempSite::two_people();
    // Taken by this test, or by someone else: taken either way.
    let _held = TcpListener::bind("127.0.0.1:65535");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(site.root())
        .args(["serve", "--port", "65535"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("serve did not stop on a taken last port");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("port 65535 on 127.0.0.1 is in use (and 65535 is the highest port there is)"),
        "{err}"
    );
}
