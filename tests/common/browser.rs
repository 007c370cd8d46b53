//! A small Chrome DevTools Protocol client for tests: headless Chromium in a fresh
//! profile, one page, driven over a WebSocket (sync `tungstenite`).
//!
//! Commands carry ids and wait for their reply; events that arrive meanwhile are kept
//! (up to a cap) for callers that wait for one (`Page.loadEventFired`) or read them
//! (`Network.requestWillBeSent`). Every wait has a time-out, so a test never hangs.
//! Dropping the [`Browser`] closes Chromium and removes its profile folder.
//!
//! Not a general CDP library: one page target, no frames, no input events.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

pub type Result<T> = std::result::Result<T, String>;

/// Events kept for later reading; older ones are dropped past this.
const MAX_KEPT_EVENTS: usize = 10_000;

/// A headless Chromium with one open page.
pub struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    session: String,
    next_id: u64,
    events: VecDeque<Value>,
    /// How long one command (or one wait for an event) may take.
    pub timeout: Duration,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// The Chromium binary: `$VITAE_CHROMIUM`, else `chromium` (Debian) or
    /// `chromium-browser` on `PATH`; `None` if there is none.
    pub fn available() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("VITAE_CHROMIUM") {
            return Some(PathBuf::from(p));
        }
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|d| ["chromium", "chromium-browser"].map(|n| d.join(n)))
            .find(|p| p.is_file())
    }

    /// Starts Chromium and opens a blank page. A missing Chromium is an error (never a
    /// skip): the tests that check what a person sees need a real browser.
    pub fn launch() -> Result<Browser> {
        let bin = Self::available().ok_or(
            "chromium not found on PATH (install it with `bash .ci/deps.sh`, \
             or point VITAE_CHROMIUM at a Chromium binary)",
        )?;
        let profile = tempfile::tempdir().map_err(|e| format!("profile dir: {e}"))?;
        let mut child = Command::new(&bin)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                // Lets scripts in file:// pages read other files of the site, as they
                // could over http (axe-core reads the page's stylesheets this way).
                "--allow-file-access-from-files",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("starting {}: {e}", bin.display()))?;

        // Chromium says where it listens on stderr; a thread keeps draining it after.
        let stderr = child.stderr.take().expect("piped stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut said = Vec::new();
        let ws_url = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => match line.split_once("DevTools listening on ") {
                    Some((_, url)) => break url.trim().to_string(),
                    None => said.push(line),
                },
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!(
                        "{} did not report a DevTools URL within 30 s; it said:\n{}",
                        bin.display(),
                        said.join("\n")
                    ));
                }
            }
        };

        let ws = connect(&ws_url).inspect_err(|_| {
            let _ = child.kill();
            let _ = child.wait();
        })?;
        let mut browser = Browser {
            child,
            ws,
            session: String::new(),
            next_id: 0,
            events: VecDeque::new(),
            timeout: Duration::from_secs(30),
            _profile: profile,
        };
        let target = browser.send(None, "Target.createTarget", json!({"url": "about:blank"}))?;
        let target_id = target["targetId"].clone();
        let attached = browser.send(
            None,
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
        )?;
        browser.session = attached["sessionId"]
            .as_str()
            .ok_or("Target.attachToTarget: no sessionId")?
            .to_string();
        browser.call("Page.enable", json!({}))?;
        Ok(browser)
    }

    /// Sends a command to the page and returns its `result`.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value> {
        let session = self.session.clone();
        self.send(Some(&session), method, params)
    }

    fn send(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .map_err(|e| format!("{method}: sending: {e}"))?;
        let deadline = Instant::now() + self.timeout;
        loop {
            let reply = self.read_until(deadline, || format!("the reply to {method}"))?;
            if reply["id"].as_u64() == Some(id) {
                return match reply.get("error") {
                    Some(err) => Err(format!("{method}: {err}")),
                    None => Ok(reply["result"].clone()),
                };
            }
            if reply.get("method").is_some() {
                self.keep(reply);
            }
        }
    }

    /// Waits for the next event named `method` (kept or new) and returns its params.
    pub fn wait_event(&mut self, method: &str) -> Result<Value> {
        let deadline = Instant::now() + self.timeout;
        loop {
            if let Some(i) = self.events.iter().position(|e| e["method"] == method) {
                return Ok(self.events.remove(i).unwrap()["params"].clone());
            }
            let msg = self.read_until(deadline, || format!("the event {method}"))?;
            if msg.get("method").is_some() {
                self.keep(msg);
            }
        }
    }

    /// Removes and returns the params of every kept event named `method`.
    pub fn take_events(&mut self, method: &str) -> Vec<Value> {
        let (taken, kept) = self.events.drain(..).partition(|e| e["method"] == method);
        self.events = kept;
        taken
            .into_iter()
            .map(|e: Value| e["params"].clone())
            .collect()
    }

    fn keep(&mut self, event: Value) {
        if self.events.len() >= MAX_KEPT_EVENTS {
            self.events.pop_front();
        }
        self.events.push_back(event);
    }

    fn read_until(&mut self, deadline: Instant, what: impl Fn() -> String) -> Result<Value> {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(format!(
                    "timed out after {:?} waiting for {}",
                    self.timeout,
                    what()
                ));
            }
            let _ = self.ws.get_mut().set_read_timeout(Some(left));
            match self.ws.read() {
                Ok(Message::Text(t)) => {
                    return serde_json::from_str(&t).map_err(|e| format!("bad CDP message: {e}"))
                }
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    continue
                }
                Err(e) => return Err(format!("waiting for {}: {e}", what())),
            }
        }
    }

    /// Opens `url` and waits for its `load` event.
    pub fn navigate(&mut self, url: &str) -> Result<()> {
        self.take_events("Page.loadEventFired");
        let r = self.call("Page.navigate", json!({"url": url}))?;
        if let Some(err) = r.get("errorText") {
            return Err(format!("opening {url}: {err}"));
        }
        self.wait_event("Page.loadEventFired").map(drop)
    }

    /// Evaluates `js` in the page (awaiting a promise) and returns its value as JSON.
    pub fn eval(&mut self, js: &str) -> Result<Value> {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(ex) = r.get("exceptionDetails") {
            let text = ex["exception"]["description"]
                .as_str()
                .or(ex["text"].as_str())
                .unwrap_or("exception");
            return Err(format!("JavaScript error: {text}"));
        }
        Ok(r["result"]["value"].clone())
    }

    /// Sets the viewport in CSS pixels at scale 1; `mobile` emulates a phone (honours
    /// `<meta name=viewport>`, as a phone's browser does).
    pub fn set_viewport(&mut self, width: u32, height: u32, mobile: bool) -> Result<()> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        )
        .map(drop)
    }

    /// Emulates a media type (`"screen"`, `"print"`) and a `prefers-color-scheme`
    /// (`"light"`, `"dark"`, or `""` for the default).
    pub fn emulate_media(&mut self, media: &str, color_scheme: &str) -> Result<()> {
        let features = json!([{"name": "prefers-color-scheme", "value": color_scheme}]);
        self.call(
            "Emulation.setEmulatedMedia",
            json!({"media": media, "features": features}),
        )
        .map(drop)
    }

    /// Turns the page's own scripts off (or on again) for the next navigations.
    pub fn set_javascript(&mut self, enabled: bool) -> Result<()> {
        self.call(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": !enabled}),
        )
        .map(drop)
    }

    /// A PNG of the whole page (beyond the viewport), at the viewport's width.
    pub fn screenshot_png(&mut self, path: &Path) -> Result<()> {
        let size = self.call("Page.getLayoutMetrics", json!({}))?["cssContentSize"].clone();
        let (w, h) = (size["width"].as_f64(), size["height"].as_f64());
        self.screenshot_clip(path, w.unwrap_or(800.0), h.unwrap_or(600.0), 1.0)
    }

    /// A PNG of the top `width` × `height` CSS pixels of the page, at the viewport's
    /// scale times `scale` (0.5 gives an image half as wide).
    pub fn screenshot_clip(
        &mut self,
        path: &Path,
        width: f64,
        height: f64,
        scale: f64,
    ) -> Result<()> {
        let clip = json!({"x": 0, "y": 0, "width": width, "height": height, "scale": scale});
        let r = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": true, "clip": clip}),
        )?;
        write_base64(path, &r["data"])
    }

    /// Prints the page to a PDF as a person's "Save as PDF" would: the page's own
    /// `@page` size and margins win; `background` prints background colours/images.
    pub fn print_pdf(&mut self, path: &Path, background: bool) -> Result<()> {
        let r = self.call(
            "Page.printToPDF",
            json!({"preferCSSPageSize": true, "printBackground": background}),
        )?;
        write_base64(path, &r["data"])
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A clean exit takes Chromium's helper processes with it; kill if it lingers.
        self.timeout = Duration::from_secs(2);
        let _ = self.send(None, "Browser.close", json!({}));
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Connects to `ws://host:port/path` (Chromium only listens on loopback).
fn connect(url: &str) -> Result<WebSocket<TcpStream>> {
    let addr = url
        .strip_prefix("ws://")
        .and_then(|rest| rest.split('/').next())
        .ok_or_else(|| format!("unexpected DevTools URL {url}"))?;
    let stream = TcpStream::connect(addr).map_err(|e| format!("connecting to {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let (ws, _) = tungstenite::client(url, stream).map_err(|e| format!("handshake: {e}"))?;
    Ok(ws)
}

fn write_base64(path: &Path, data: &Value) -> Result<()> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.as_str().ok_or("no data in reply")?)
        .map_err(|e| format!("bad base64: {e}"))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
