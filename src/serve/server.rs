//! The preview's HTTP side (axum): the built site's files from the output folder,
//! with their content types, the theme's `404.html` for anything missing, and the
//! live-reload routes. Every HTML page served gets the live-reload script.
//!
//! No request reaches outside the output folder: the path is split on `/` before
//! percent-decoding, and a segment that decodes to `.`, `..`, or holds a slash, a
//! backslash or a NUL is refused (400); a file that resolves (through symlinks)
//! outside the folder is not found (404). A folder's redirect keeps to this site
//! (`//x` goes to `/x/`, never to `//x/`, which a browser reads as another host), and
//! only the preview's own Host and Origin are answered (see `guard`). The build's own
//! working files in the folder (`.vitae…`, `.….part`: a PDF's print copy holds
//! print-only details) are never served.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use percent_encoding::percent_decode_str;

use super::guard::{self, HostPolicy};
use super::livereload::{self, Reloader};

/// What the handlers share.
pub struct AppState {
    /// The folder the site is built into.
    pub output: PathBuf,
    pub reloader: Reloader,
    /// The hosts and origins answered (see `guard`).
    pub hosts: Arc<HostPolicy>,
}

pub fn router(state: Arc<AppState>) -> Router {
    let hosts = state.hosts.clone();
    Router::new()
        .route(livereload::SOCKET_PATH, get(livereload::socket))
        .route(livereload::SCRIPT_PATH, get(livereload::script))
        .fallback(site_file)
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(hosts, guard::check))
}

async fn site_file(State(app): State<Arc<AppState>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "method not allowed\n",
        )
            .into_response();
    }
    let Some(segments) = request_segments(uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad request path\n").into_response();
    };
    let output = app.output.clone();
    let folder = uri.path().ends_with('/');
    let found = tokio::task::spawn_blocking(move || Found::look_up(&output, &segments, folder))
        .await
        .unwrap_or(Found::Nothing);
    match found {
        Found::File(path) => match tokio::fs::read(&path).await {
            Ok(bytes) => file_response(StatusCode::OK, &path, bytes),
            Err(_) => not_found(&app.output).await,
        },
        Found::Folder => {
            // Pages link relatively, so `/ada` must become `/ada/` before it is served.
            let mut to = folder_location(uri.path());
            if let Some(q) = uri.query() {
                to.push('?');
                to.push_str(q);
            }
            match HeaderValue::from_str(&to) {
                Ok(location) => (
                    StatusCode::PERMANENT_REDIRECT,
                    [(header::LOCATION, location)],
                )
                    .into_response(),
                Err(_) => (StatusCode::BAD_REQUEST, "bad request path\n").into_response(),
            }
        }
        Found::Nothing => not_found(&app.output).await,
    }
}

/// Where a folder asked for without its slash is found: the path with empty segments
/// dropped, so it always starts with exactly one `/` (`//host/` would leave the site).
pub fn folder_location(raw: &str) -> String {
    let mut to = String::from("/");
    for segment in raw.split('/').filter(|s| !s.is_empty()) {
        to.push_str(segment);
        to.push('/');
    }
    to
}

/// The decoded segments of a request path, or `None` for a path that tries to leave
/// the folder or can't name a file (`..`, `%2e%2e`, `%2f`, `\`, NUL, bad UTF-8).
/// Empty segments (`//`, a trailing `/`) are skipped.
pub fn request_segments(raw: &str) -> Option<Vec<String>> {
    if !raw.starts_with('/') {
        return None;
    }
    let mut out = Vec::new();
    for raw_segment in raw.split('/').filter(|s| !s.is_empty()) {
        let segment = percent_decode_str(raw_segment).decode_utf8().ok()?;
        if segment.contains(['/', '\\', '\0']) {
            return None;
        }
        // Exactly one ordinary name: no `.`, `..`, root or (on Windows) drive prefix.
        let mut parts = Path::new(segment.as_ref()).components();
        match (parts.next(), parts.next()) {
            (Some(Component::Normal(_)), None) => out.push(segment.into_owned()),
            _ => return None,
        }
    }
    Some(out)
}

/// What a request path names in the output folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    File(PathBuf),
    /// A folder asked for without its trailing slash.
    Folder,
    Nothing,
}

impl Found {
    /// Looks `segments` up under `root`: a file, or a folder's `index.html` when the
    /// path ended with `/` (`folder`). Anything whose real path (symlinks resolved) is
    /// outside `root` is [`Found::Nothing`].
    pub fn look_up(root: &Path, segments: &[String], folder: bool) -> Found {
        // The build's own working files in the output (its marker, a PDF's print copy
        // with print-only details, a half-written PDF) are never served.
        if segments.iter().any(|s| is_build_working_file(s)) {
            return Found::Nothing;
        }
        let Ok(real_root) = root.canonicalize() else {
            return Found::Nothing;
        };
        let mut path = real_root.clone();
        path.extend(segments);
        let inside = |p: &Path| p.canonicalize().ok().filter(|c| c.starts_with(&real_root));
        let Some(real) = inside(&path) else {
            return Found::Nothing;
        };
        if real.is_file() {
            return Found::File(real);
        }
        if !real.is_dir() {
            return Found::Nothing;
        }
        match inside(&real.join("index.html")) {
            Some(index) if index.is_file() => {
                if segments.is_empty() || folder {
                    Found::File(index)
                } else {
                    Found::Folder
                }
            }
            _ => Found::Nothing,
        }
    }
}

/// A file name the build writes for itself: `.vitae…` files and `.….part` files. Other
/// dot-files (a site's `static/.well-known/`) are the site's and are served.
fn is_build_working_file(name: &str) -> bool {
    name.starts_with(".vitae") || (name.starts_with('.') && name.ends_with(".part"))
}

/// The theme's `404.html` with status 404 (with the live-reload script, so the page
/// reloads when what was missing appears), or a plain one if the build has none.
async fn not_found(output: &Path) -> Response {
    let page = output.join("404.html");
    let bytes = tokio::fs::read(&page).await.unwrap_or_else(|_| {
        b"<!doctype html><meta charset=utf-8><title>Not found</title><h1>Not found</h1>".to_vec()
    });
    file_response(StatusCode::NOT_FOUND, &page, bytes)
}

fn file_response(status: StatusCode, path: &Path, bytes: Vec<u8>) -> Response {
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        livereload::inject(&bytes)
    } else {
        bytes
    };
    (
        status,
        [
            (header::CONTENT_TYPE, kind),
            // A preview must never show yesterday's file.
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        Body::from(body),
    )
        .into_response()
}

/// The `Content-Type` of a file, from its extension.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "yaml" | "yml" => "application/yaml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(raw: &str) -> Option<Vec<String>> {
        request_segments(raw)
    }

    #[test]
    fn plain_paths_decode() {
        assert_eq!(segs("/"), Some(vec![]));
        assert_eq!(segs("/ada/"), Some(vec!["ada".into()]));
        assert_eq!(
            segs("/ada//resume.json"),
            Some(vec!["ada".into(), "resume.json".into()])
        );
        assert_eq!(segs("/caf%C3%A9.txt"), Some(vec!["café.txt".into()]));
        assert_eq!(segs("/a%20b"), Some(vec!["a b".into()]));
    }

    #[test]
    fn folder_redirects_stay_on_the_site() {
        assert_eq!(folder_location("/ada"), "/ada/");
        assert_eq!(folder_location("//ada"), "/ada/");
        assert_eq!(folder_location("///evil.test//ada"), "/evil.test/ada/");
        assert_eq!(folder_location("/caf%C3%A9"), "/caf%C3%A9/");
    }

    #[test]
    fn the_builds_working_files_are_not_served() {
        let dir = tempfile::tempdir().unwrap();
        let ada = dir.path().join("ada");
        std::fs::create_dir_all(dir.path().join(".well-known")).unwrap();
        std::fs::create_dir_all(&ada).unwrap();
        for f in [".vitae-print.html", ".ada.pdf.part", "index.html"] {
            std::fs::write(ada.join(f), "x").unwrap();
        }
        std::fs::write(dir.path().join(".vitae-output"), "x").unwrap();
        std::fs::write(dir.path().join(".well-known/security.txt"), "x").unwrap();
        let look = |p: &[&str]| {
            let segs: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            Found::look_up(dir.path(), &segs, false)
        };
        assert_eq!(look(&["ada", ".vitae-print.html"]), Found::Nothing);
        assert_eq!(look(&["ada", ".ada.pdf.part"]), Found::Nothing);
        assert_eq!(look(&[".vitae-output"]), Found::Nothing);
        assert!(matches!(look(&["ada", "index.html"]), Found::File(_)));
        assert!(matches!(
            look(&[".well-known", "security.txt"]),
            Found::File(_)
        ));
    }

    #[test]
    fn escapes_are_refused() {
        for raw in [
            "/../etc/passwd",
            "/ada/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/ada%2f..%2f..%2fsecret",
            "/..%5c..%5csecret",
            "/a\\..\\secret",
            "/./index.html",
            "/a%00b",
            "/%ff",
            "relative",
        ] {
            assert_eq!(segs(raw), None, "{raw}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_folder_are_not_found() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        std::fs::create_dir_all(root.join("ada")).unwrap();
        std::fs::write(root.join("ada/index.html"), "ada").unwrap();
        std::fs::write(d.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(d.path().join("secret.txt"), root.join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(d.path(), root.join("up")).unwrap();
        std::os::unix::fs::symlink(root.join("ada/index.html"), root.join("inside.html")).unwrap();

        let look = |p: &str| Found::look_up(&root, &segs(p).unwrap(), p.ends_with('/'));
        assert_eq!(look("/leak.txt"), Found::Nothing);
        assert_eq!(look("/up/secret.txt"), Found::Nothing);
        assert!(matches!(look("/inside.html"), Found::File(_)));
        assert!(matches!(look("/ada/index.html"), Found::File(_)));
        assert_eq!(look("/missing"), Found::Nothing);
        assert_eq!(look("/ada"), Found::Folder);
        assert_eq!(
            look("/ada/"),
            Found::File(root.canonicalize().unwrap().join("ada/index.html"))
        );
    }

    #[test]
    fn content_types() {
        for (name, kind) in [
            ("a.html", "text/html; charset=utf-8"),
            ("a.CSS", "text/css; charset=utf-8"),
            ("a.js", "text/javascript; charset=utf-8"),
            ("resume.json", "application/json"),
            ("photo.svg", "image/svg+xml"),
            ("p.png", "image/png"),
            ("p.jpeg", "image/jpeg"),
            ("p.webp", "image/webp"),
            ("f.woff2", "font/woff2"),
            ("cv.pdf", "application/pdf"),
            ("sitemap.xml", "application/xml"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("blob", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(name)), kind, "{name}");
        }
    }
}
