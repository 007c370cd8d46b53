//! `vitae serve` end to end: the real binary on a fixture site, its HTTP answers read
//! over raw TCP and its live-reload socket through tungstenite, while the test edits
//! the site's files the way people and editors do.

mod common;

use std::time::Duration;

use common::server::{raw_request, Served};
use common::TempSite;

/// Long enough for a debounced rebuild that should not happen to have happened.
const QUIET: Duration = Duration::from_millis(600);

fn changed(event: &serde_json::Value) -> Vec<String> {
    event["changed"]
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

fn juno(name: &str) -> String {
    format!("# {name}\n\njuno@example.test\n\n## Experience\n\n### Blue Yonder — Analyst\n2018 – 2021\n")
}

#[test]
fn edit_reloads_error_shows_and_fix_clears_it() {
    let site = TempSite::two_people();
    let server = Served::start(site.root());
    let mut socket = server.socket();

    let page = server.get("/juno/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Juno Fixture"));

    site.write("content/juno/resume.md", &juno("Juno Renamed"));
    let event = socket.expect("reload");
    assert_eq!(changed(&event), vec!["content/juno/resume.md"]);
    assert!(server.get("/juno/").text().contains("Juno Renamed"));
    assert!(server
        .get("/juno/resume.json")
        .text()
        .contains("Juno Renamed"));
    assert!(
        server.get("/").text().contains("Juno Renamed"),
        "the index follows"
    );

    site.write(
        "content/ines/overrides.yaml",
        "basics:\n  label: Staff Engineer\n",
    );
    let event = socket.expect("reload");
    assert_eq!(changed(&event), vec!["content/ines/overrides.yaml"]);

    // Broken YAML: the error, with file and line, on the socket and the terminal;
    // the last good pages are still served.
    site.write("content/ines/overrides.yaml", "basics:\n  label: [oops\n");
    let event = socket.expect("error");
    let message = event["message"].as_str().unwrap();
    let at = regex::Regex::new(r"content/ines/overrides\.yaml:\d+:\d+: ").unwrap();
    assert!(at.is_match(message), "{message}");
    assert!(message.starts_with("error: "), "{message}");
    assert!(server.get("/ines/").text().contains("Inès Fixture"));
    assert!(server.get("/juno/").text().contains("Juno Renamed"));
    assert!(
        server.log().contains(message.lines().next().unwrap()),
        "the terminal shows the same error:\n{}",
        server.log()
    );

    // A page opened meanwhile is told at once.
    let mut late = server.socket();
    assert_eq!(late.expect("error")["message"], message);

    // Someone else's edit builds, but the error stays until its own file is fixed.
    site.write("content/juno/resume.md", &juno("Juno Again"));
    assert_eq!(socket.expect("error")["message"], message);
    assert!(server.get("/juno/").text().contains("Juno Again"));

    site.write("content/ines/overrides.yaml", "basics:\n  label: Fixed\n");
    socket.expect("reload");
    late.expect("error");
    late.expect("reload");
    let mut fresh = server.socket();
    fresh.assert_quiet(Duration::from_millis(200));
}

#[test]
fn stylesheet_change_swaps_css_and_other_static_files_reload() {
    let site = TempSite::two_people();
    site.write("static/css/site.css", "h1 { color: rgb(1, 2, 3); }\n");
    let server = Served::start(site.root());
    let mut socket = server.socket();
    let css = server.get("/css/site.css");
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));

    site.write("static/css/site.css", "h1 { color: rgb(4, 5, 6); }\n");
    let event = socket.expect("css");
    assert_eq!(changed(&event), vec!["static/css/site.css"]);
    assert!(server.get("/css/site.css").text().contains("rgb(4, 5, 6)"));

    site.write("static/notes.txt", "hello");
    socket.expect("reload");
    assert_eq!(server.get("/notes.txt").text(), "hello");
}

#[test]
fn people_appear_and_disappear() {
    let site = TempSite::two_people();
    let server = Served::start(site.root());
    let mut socket = server.socket();
    assert_eq!(server.get("/kofi/").status, 404);

    // Written in place first, then moved in: how a folder usually arrives.
    site.write(
        "drafts/kofi/resume.md",
        "# Kofi Newcomer\n\nkofi@example.test\n",
    );
    std::fs::rename(site.path("drafts/kofi"), site.path("content/kofi")).unwrap();
    socket.expect("reload");
    let page = server.get("/kofi/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Kofi Newcomer"));
    assert!(server.get("/").text().contains("Kofi Newcomer"));

    std::fs::remove_dir_all(site.path("content/juno")).unwrap();
    socket.expect("reload");
    let gone = server.get("/juno/");
    assert_eq!(gone.status, 404);
    assert!(
        gone.text().contains("Fixture Team"),
        "the theme's 404 page: {}",
        gone.text()
    );
    assert!(!server.get("/").text().contains("Juno Fixture"));

    // A broken new folder fails the build; taking it away again is the fix.
    site.write("content/zed/resume.json", "{\"basics\": [\n");
    assert!(socket.expect("error")["message"]
        .as_str()
        .unwrap()
        .contains("content/zed/resume.json:"));
    std::fs::remove_dir_all(site.path("content/zed")).unwrap();
    socket.expect("reload");
    assert_eq!(server.get("/ines/").status, 200);
}

#[test]
fn editor_saves_rebuild_exactly_once() {
    let site = TempSite::two_people();
    let server = Served::start(site.root());
    let mut socket = server.socket();
    let ines = site.path("content/ines");

    // Swap-file noise alone is nothing.
    std::fs::write(ines.join(".overrides.yaml.swp"), "vim swap").unwrap();
    std::fs::write(ines.join(".overrides.yaml.swx"), "vim swap").unwrap();
    std::fs::write(ines.join("overrides.yaml~"), "backup").unwrap();
    socket.assert_quiet(QUIET);

    // Vim: probe file, backup by rename, write the new file, drop the backup.
    let file = site.path("content/juno/resume.md");
    let dir = site.path("content/juno");
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    std::fs::rename(&file, dir.join("resume.md~")).unwrap();
    std::fs::write(&file, juno("Vim Save")).unwrap();
    std::fs::remove_file(dir.join("resume.md~")).unwrap();
    std::fs::write(dir.join(".resume.md.swp"), "vim swap again").unwrap();
    socket.expect("reload");
    socket.assert_quiet(QUIET);
    assert!(server.get("/juno/").text().contains("Vim Save"));

    // Atomic save: write a temp file, rename it over the original.
    std::fs::write(dir.join(".resume.md.tmp"), juno("Atomic Save")).unwrap();
    std::fs::rename(dir.join(".resume.md.tmp"), &file).unwrap();
    socket.expect("reload");
    socket.assert_quiet(QUIET);
    assert!(server.get("/juno/").text().contains("Atomic Save"));

    // Several writes in quick succession (an editor saving, then formatting): each is
    // its own open, write and close.
    for n in ["One", "Two", "Three", "Four", "Five"] {
        std::fs::write(&file, juno(&format!("Burst {n}"))).unwrap();
    }
    socket.expect("reload");
    socket.assert_quiet(QUIET);
    assert!(server.get("/juno/").text().contains("Burst Five"));

    assert_eq!(
        server.log_lines("change: "),
        3,
        "one rebuild per save:\n{}",
        server.log()
    );
}

#[test]
fn live_reload_script_is_served_pages_only() {
    let site = TempSite::two_people();
    let built = site.vitae(&["build"]);
    assert!(built.status.success(), "{}", common::stderr(&built));
    for entry in walkdir::WalkDir::new(site.path("public")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
            assert!(
                !text.contains("__vitae") && !text.contains("livereload"),
                "{} has the live-reload script",
                entry.path().display()
            );
        }
    }

    let server = Served::start(site.root());
    let page = server.get("/ines/");
    assert!(page
        .text()
        .contains(r#"<script src="/__vitae/livereload.js"></script>"#));
    assert!(!server.get("/ines/resume.json").text().contains("__vitae"));
    let script = server.get("/__vitae/livereload.js");
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("/__vitae/livereload"));
    // Serving never writes into the site's own output folder.
    let before = site.read("public/juno/index.html");
    let mut socket = server.socket();
    site.write("content/juno/resume.md", &juno("Juno Changed"));
    socket.expect("reload");
    assert!(server.get("/juno/").text().contains("Juno Changed"));
    assert_eq!(site.read("public/juno/index.html"), before);
}

#[test]
fn content_types_and_not_found() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/photo.svg",
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
    );
    site.write_bytes("static/fonts/body.woff2", b"wOF2fake");
    site.write_bytes("static/img/dot.png", b"\x89PNG\r\n\x1a\n");
    site.write_bytes("static/cv.pdf", b"%PDF-1.4\n");
    site.write("static/app.js", "console.log(1)");
    let server = Served::start(site.root());
    for (path, kind) in [
        ("/", "text/html; charset=utf-8"),
        ("/ines/", "text/html; charset=utf-8"),
        ("/ines/resume.json", "application/json"),
        ("/ines/photo.svg", "image/svg+xml"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/fonts/body.woff2", "font/woff2"),
        ("/img/dot.png", "image/png"),
        ("/cv.pdf", "application/pdf"),
        ("/app.js", "text/javascript; charset=utf-8"),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(kind), "{path}");
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
    }
    let redirect = server.get("/ines?x=1");
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), Some("/ines/?x=1"));

    let missing = server.get("/nobody/");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        missing.text().contains("Fixture Team"),
        "the theme's 404 page, not the fallback"
    );
    assert!(missing.text().contains("/__vitae/livereload.js"));
    // The preview's address stands in for site.yaml's base_url, so the 404 page's
    // absolute links (it is served at any depth) load the preview's own stylesheet.
    let stylesheet = format!("{}themes/classic/", server.url);
    assert!(missing.text().contains(&stylesheet), "{}", missing.text());
    assert!(!missing.text().contains("https://example.test/"));

    let head = server.request("HEAD", "/ines/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(server.request("POST", "/ines/").status, 405);
}

#[test]
fn requests_never_leave_the_served_folder() {
    let site = TempSite::two_people();
    let server = Served::start(site.root());
    // The preview folder is TMPDIR/vitae-serve-…/site: put a secret two levels up,
    // and symlinks to it inside the served folder.
    std::fs::write(server.tmp.path().join("secret.txt"), "TOP SECRET").unwrap();
    let preview = server.preview_dirs().pop().expect("preview folder");
    let served = preview.join("site");
    std::os::unix::fs::symlink(
        server.tmp.path().join("secret.txt"),
        served.join("leak.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(server.tmp.path(), served.join("up")).unwrap();
    std::os::unix::fs::symlink(served.join("robots.txt"), served.join("inside.txt")).unwrap();
    assert_eq!(
        server.get("/inside.txt").status,
        200,
        "symlinks within are fine"
    );

    for path in [
        "/../../secret.txt",
        "/ines/../../../secret.txt",
        "/%2e%2e/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/.%2e/.%2e/secret.txt",
        "/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/ines%2f..%2f..%2f..%2fsecret.txt",
        "/..%5c..%5csecret.txt",
        "/..\\..\\secret.txt",
        "/ines/..%00/secret.txt",
        "/leak.txt",
        "/up/secret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
    ] {
        let r = server.get(path);
        assert!(
            r.status == 400 || r.status == 404,
            "{path}: status {}",
            r.status
        );
        assert!(!r.text().contains("TOP SECRET"), "{path} leaked the file");
        assert!(!r.text().contains("root:"), "{path} leaked /etc/passwd");
    }
    // Absolute-form request targets name the same paths.
    let r = raw_request(
        server.addr,
        format!(
            "GET http://{}/../../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            server.addr
        )
        .as_bytes(),
    );
    assert!(!r.text().contains("TOP SECRET"));
}

#[test]
fn ctrl_c_stops_cleanly_and_removes_the_preview_folder() {
    let site = TempSite::two_people();
    let mut server = Served::start(site.root());
    let mut socket = server.socket();
    assert_eq!(server.preview_dirs().len(), 1);
    let status = server
        .interrupt(Duration::from_secs(10))
        .expect("stops within seconds, open pages or not");
    assert!(status.success(), "{status:?}\n{}", server.log());
    assert!(
        socket.closed(Duration::from_secs(2)),
        "the socket is closed"
    );
    assert!(
        server.preview_dirs().is_empty(),
        "{:?}",
        server.preview_dirs()
    );
    assert!(std::net::TcpStream::connect(server.addr).is_err());
}

#[test]
fn a_broken_first_build_is_served_with_its_error() {
    let site = TempSite::two_people();
    site.write("content/ines/overrides.yaml", "basics: [unclosed\n");
    let server = Served::start(site.root());
    assert!(server.log().contains("overrides.yaml:"), "{}", server.log());
    let page = server.get("/");
    assert_eq!(page.status, 404);
    assert!(page.text().contains("/__vitae/livereload.js"));
    let mut socket = server.socket();
    assert!(socket.expect("error")["message"]
        .as_str()
        .unwrap()
        .contains("overrides.yaml:"));

    site.write("content/ines/overrides.yaml", "basics:\n  label: Fixed\n");
    socket.expect("reload");
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn ports_taken_and_addresses() {
    let site = TempSite::two_people();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let server = Served::start_with(site.root(), &["--port", &port.to_string()]);
    assert_ne!(server.addr.port(), port);
    assert!(
        server.log().contains(&format!(
            "port {port} is in use; serving on port {} instead",
            server.addr.port()
        )),
        "{}",
        server.log()
    );
    assert_eq!(server.get("/").status, 200);

    let open = Served::start_with(site.root(), &["--port", "0", "--bind", "0.0.0.0"]);
    assert!(
        open.log().contains("warning: listening on 0.0.0.0:"),
        "{}",
        open.log()
    );
    assert!(open.url.starts_with("http://127.0.0.1:"));
    assert_eq!(open.get("/").status, 200);
    assert!(!server.log().contains("warning"));

    let bad = site.vitae(&["serve", "--bind", "not an address"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(common::stderr(&bad).contains("not an address to listen on"));
}

#[test]
fn redirects_stay_on_the_site_and_only_its_own_host_is_answered() {
    use tungstenite::client::IntoClientRequest;

    let site = TempSite::two_people();
    let server = Served::start(site.root());
    let port = server.addr.port();

    // A folder asked for with a doubled slash is redirected on this site, not to
    // `//ines/` (which a browser reads as the host `ines`).
    for (path, to) in [("//ines", "/ines/"), ("///ines?x=1", "/ines/?x=1")] {
        let r = server.get(path);
        assert_eq!(r.status, 308, "{path}");
        assert_eq!(r.header("location"), Some(to), "{path}");
    }

    let with = |host: &str, origin: Option<&str>| {
        let origin = origin
            .map(|o| format!("Origin: {o}\r\n"))
            .unwrap_or_default();
        raw_request(
            server.addr,
            format!("GET /ines/ HTTP/1.1\r\nHost: {host}\r\n{origin}Connection: close\r\n\r\n")
                .as_bytes(),
        )
    };
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
    ] {
        assert_eq!(with(&host, None).status, 200, "{host}");
    }
    let own = format!("http://localhost:{port}");
    assert_eq!(with(&format!("127.0.0.1:{port}"), Some(&own)).status, 200);
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host header says so.
    for (host, origin) in [
        (format!("evil.test:{port}"), None),
        (format!("127.0.0.1.evil.test:{port}"), None),
        (format!("127.0.0.1:{}", port.wrapping_add(1)), None),
        (format!("127.0.0.1:{port}"), Some("http://evil.test")),
        (format!("127.0.0.1:{port}"), Some("null")),
    ] {
        let r = with(&host, origin);
        assert_eq!(r.status, 403, "{host} {origin:?}");
        assert!(!r.text().contains("Inès Fixture"), "{host} {origin:?}");
    }

    // The live-reload socket: pages of the preview connect, other sites' pages don't.
    // (The handshake's status: 101 opened it.)
    let socket_with = |origin: &str| -> u16 {
        let stream = std::net::TcpStream::connect(server.addr).unwrap();
        let mut request = format!("ws://{}/__vitae/livereload", server.addr)
            .into_client_request()
            .unwrap();
        request
            .headers_mut()
            .insert("Origin", origin.parse().unwrap());
        match tungstenite::client(request, stream) {
            Ok(_) => 101,
            Err(tungstenite::HandshakeError::Failure(tungstenite::Error::Http(r))) => {
                r.status().as_u16()
            }
            Err(e) => panic!("handshake: {e}"),
        }
    };
    assert_eq!(socket_with(&format!("http://127.0.0.1:{port}")), 101);
    assert_eq!(socket_with("http://evil.test"), 403);

    // --bind opens the preview to that address, still not to any name.
    let open = Served::start_with(site.root(), &["--port", "0", "--bind", "0.0.0.0"]);
    let open_port = open.addr.port();
    let via = |host: String| {
        raw_request(
            open.addr,
            format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .status
    };
    assert_eq!(via(format!("192.0.2.7:{open_port}")), 200);
    assert_eq!(via(format!("evil.test:{open_port}")), 403);
}
