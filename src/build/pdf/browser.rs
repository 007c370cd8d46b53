//! Finding Chromium or Chrome, and printing one HTML file to PDF with it.
//!
//! It uses the browser's own headless print mode (`--headless --print-to-pdf`) rather
//! than driving it over the DevTools protocol: one short-lived process per page needs
//! no protocol client to maintain and no crate to build, and the page prints with its
//! own print stylesheet and `@page` size, as it would from the browser's print dialog.
//!
//! Takes a browser (a path or a name looked up on `PATH`) and the files to read and
//! write; gives the PDF on disk or a message saying why not. It does not decide what
//! to print, nor cache anything (see the parent module).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The names a Chromium or Chrome goes by on `PATH`, in the order they are tried.
pub const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// How long one page may take to print before the browser is stopped.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The browser to print with: `given` (a path, or a name looked up on `PATH`), else
/// the first of [`NAMES`] on `PATH`. The error is the one line the build prints.
pub fn find(given: Option<&Path>) -> Result<PathBuf, String> {
    const THEN: &str = "the site is built without PDFs; install chromium or pass --browser PATH";
    match given {
        Some(path) if path.components().count() > 1 || path.is_absolute() => {
            if path.is_file() {
                Ok(path.to_path_buf())
            } else {
                Err(format!(
                    "no Chromium or Chrome at {}: {THEN}",
                    path.display()
                ))
            }
        }
        Some(name) => on_path(&name.to_string_lossy())
            .ok_or_else(|| format!("no Chromium or Chrome `{}` on PATH: {THEN}", name.display())),
        None => NAMES
            .iter()
            .find_map(|n| on_path(n))
            .ok_or_else(|| format!("no Chromium or Chrome found: {THEN}")),
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

static RUNS: AtomicUsize = AtomicUsize::new(0);

/// Prints the page at `html` to `pdf` with `browser`; the error says what went wrong,
/// with the end of the browser's own messages when it failed.
pub fn print(browser: &Path, html: &Path, pdf: &Path, timeout: Duration) -> Result<(), String> {
    let url = url::Url::from_file_path(html)
        .map_err(|()| format!("{} is not an absolute path", html.display()))?;
    // A fresh profile each time: nothing from an earlier run (or the user's own
    // browser) can change how the page prints, and two builds never share one.
    let n = RUNS.fetch_add(1, Ordering::Relaxed);
    let profile = std::env::temp_dir().join(format!("vitae-browser-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&profile).map_err(|e| format!("{}: {e}", profile.display()))?;
    let result = run(browser, &url, pdf, &profile, timeout);
    let _ = std::fs::remove_dir_all(&profile);
    result
}

fn run(
    browser: &Path,
    url: &url::Url,
    pdf: &Path,
    profile: &Path,
    timeout: Duration,
) -> Result<(), String> {
    let log_path = profile.join("vitae-browser.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut cmd = Command::new(browser);
    cmd.arg("--headless")
        .arg("--disable-gpu")
        .arg("--no-first-run")
        .arg("--no-default-browser-check")
        .arg("--disable-background-networking")
        .arg("--disable-component-update")
        .arg("--disable-sync")
        .arg("--disable-extensions")
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()));
    // The sandbox refuses to start as root; anyone else keeps it.
    if running_as_root() {
        cmd.arg("--no-sandbox");
    }
    cmd.arg(url.as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(log));
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", browser.display()))?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} did not finish within {timeout:?} and was stopped",
                    browser.display(),
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("waiting for {}: {e}", browser.display())),
        }
    };
    let made = std::fs::read(pdf).is_ok_and(|b| b.starts_with(b"%PDF"));
    if status.success() && made {
        return Ok(());
    }
    let said = std::fs::read_to_string(&log_path).unwrap_or_default();
    // Without a session bus (servers, containers) Chromium logs bus errors at every
    // start; they say nothing about the page.
    let tail: Vec<&str> = said
        .lines()
        .rev()
        .filter(|l| !l.trim().is_empty() && !l.contains("dbus"))
        .take(3)
        .collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    let what = if status.success() {
        "finished but wrote no PDF".to_string()
    } else {
        // `exit status: 1` reads as `exited with status 1`.
        format!(
            "exited with {}",
            status.to_string().replace("exit status:", "status")
        )
    };
    Err(format!(
        "{} {what}{}",
        browser.display(),
        if tail.is_empty() {
            String::new()
        } else {
            format!(": {}", tail.join(" / "))
        }
    ))
}

#[cfg(target_os = "linux")]
fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

#[cfg(not(target_os = "linux"))]
fn running_as_root() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_path_that_is_missing_says_so() {
        let e = find(Some(Path::new("/nonexistent/chrome"))).unwrap_err();
        assert!(e.contains("/nonexistent/chrome"), "{e}");
        assert!(e.contains("the site is built without PDFs"), "{e}");
    }

    #[test]
    fn a_given_file_is_taken_as_it_is() {
        let d = tempfile::tempdir().unwrap();
        let exe = d.path().join("my-chrome");
        std::fs::write(&exe, "").unwrap();
        assert_eq!(find(Some(&exe)).unwrap(), exe);
    }

    #[cfg(unix)]
    #[test]
    fn a_browser_that_fails_gives_its_status() {
        let d = tempfile::tempdir().unwrap();
        let html = d.path().join("a.html");
        std::fs::write(&html, "<p>x</p>").unwrap();
        let e = print(
            Path::new("/bin/false"),
            &html,
            &d.path().join("a.pdf"),
            TIMEOUT,
        )
        .unwrap_err();
        assert!(e.starts_with("/bin/false exited with status 1"), "{e}");
        let e = print(
            Path::new("/bin/true"),
            &html,
            &d.path().join("a.pdf"),
            TIMEOUT,
        )
        .unwrap_err();
        assert_eq!(e, "/bin/true finished but wrote no PDF");
    }

    #[cfg(unix)]
    #[test]
    fn a_browser_that_hangs_is_stopped() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let slow = d.path().join("slow-browser");
        std::fs::write(
            &slow,
            "#!/bin/sh\necho 'stuck on something' >&2\nexec sleep 30\n",
        )
        .unwrap();
        std::fs::set_permissions(&slow, std::fs::Permissions::from_mode(0o755)).unwrap();
        let html = d.path().join("a.html");
        std::fs::write(&html, "<p>x</p>").unwrap();
        let start = Instant::now();
        let e = print(
            &slow,
            &html,
            &d.path().join("a.pdf"),
            Duration::from_millis(300),
        )
        .unwrap_err();
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
        assert!(
            e.ends_with("did not finish within 300ms and was stopped"),
            "{e}"
        );
    }
}
