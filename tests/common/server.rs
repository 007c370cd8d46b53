//! Running the real `vitae serve` for tests and the latency benchmark: start it on a
//! free port, read the URL it prints, talk to it with plain HTTP/1.1 over TCP (so
//! request paths reach the server exactly as written) and to its live-reload socket
//! with tungstenite. The child gets its own temp folder (`TMPDIR`), so tests can check
//! the preview folder is removed, and it is always stopped on drop.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tungstenite::{Message, WebSocket};

/// A running `vitae serve`.
pub struct Served {
    child: Option<Child>,
    pub addr: SocketAddr,
    pub url: String,
    /// The child's temp folder (its `TMPDIR`), where the preview folder lives.
    pub tmp: tempfile::TempDir,
    log: Arc<Mutex<Vec<String>>>,
}

impl Served {
    /// `vitae --root ROOT serve --port 0`, waiting until it serves.
    pub fn start(root: &Path) -> Served {
        Served::start_with(root, &["--port", "0"])
    }

    /// `vitae --root ROOT serve ARGS…`, waiting until it prints its URL.
    pub fn start_with(root: &Path, args: &[&str]) -> Served {
        let tmp = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_vitae"))
            .arg("--root")
            .arg(root)
            .arg("serve")
            .args(args)
            .env("TMPDIR", tmp.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start vitae serve");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (url_tx, url_rx) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("serving ") {
                    let _ = url_tx.send(url.trim().to_string());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let mut served = Served {
            child: Some(child),
            addr: "127.0.0.1:1".parse().unwrap(),
            url: String::new(),
            tmp,
            log,
        };
        let url = match url_rx.recv_timeout(Duration::from_secs(60)) {
            Ok(url) => url,
            Err(_) => panic!("vitae serve did not start:\n{}", served.log()),
        };
        let hostport = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        served.addr = hostport.parse().expect("address in the URL");
        served.url = url;
        served
    }

    /// Everything the server printed so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Lines printed so far that start with `prefix`.
    pub fn log_lines(&self, prefix: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.starts_with(prefix))
            .count()
    }

    /// `GET path` (sent as written).
    pub fn get(&self, path: &str) -> HttpResponse {
        self.request("GET", path)
    }

    pub fn request(&self, method: &str, path: &str) -> HttpResponse {
        raw_request(
            self.addr,
            format!(
                "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
                self.addr
            )
            .as_bytes(),
        )
    }

    /// A live-reload socket, connected and listening (its `hello` received).
    pub fn socket(&self) -> ReloadSocket {
        let stream = TcpStream::connect(self.addr).expect("connect");
        let url = format!("ws://{}/__vitae/livereload", self.addr);
        let (ws, _) = tungstenite::client(url.as_str(), stream).expect("websocket handshake");
        let mut socket = ReloadSocket { ws };
        let hello = socket.next(Duration::from_secs(10)).expect("hello");
        assert_eq!(hello["type"], "hello", "{hello}");
        socket
    }

    /// The preview folders in the child's temp folder.
    pub fn preview_dirs(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.tmp.path())
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("vitae-serve-"))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Sends Ctrl-C (SIGINT) and waits for the exit, at most `timeout`.
    pub fn interrupt(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let child = self.child.as_mut()?;
        let _ = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Ok(Some(status)) = child.try_wait() {
                self.child = None;
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if self.interrupt(Duration::from_secs(5)).is_none() {
            if let Some(mut child) = self.child.take() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// The client side of `/__vitae/livereload`.
pub struct ReloadSocket {
    ws: WebSocket<TcpStream>,
}

impl ReloadSocket {
    /// The next message as JSON, or `None` if none comes within `timeout` (or the socket closed).
    pub fn next(&mut self, timeout: Duration) -> Option<serde_json::Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            self.ws
                .get_mut()
                .set_read_timeout(Some(left.max(Duration::from_millis(1))))
                .ok()?;
            match self.ws.read() {
                Ok(Message::Text(text)) => {
                    return Some(serde_json::from_str(&text).expect("JSON event"));
                }
                Ok(Message::Close(_)) => return None,
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    return None
                }
                Err(_) => return None,
            }
        }
    }

    /// The next message, which must be of type `kind`.
    pub fn expect(&mut self, kind: &str) -> serde_json::Value {
        match self.next(Duration::from_secs(20)) {
            Some(event) if event["type"] == kind => event,
            Some(event) => panic!("expected a {kind} event, got {event}"),
            None => panic!("expected a {kind} event, got nothing"),
        }
    }

    /// Asserts no message comes for `period`.
    pub fn assert_quiet(&mut self, period: Duration) {
        if let Some(event) = self.next(period) {
            panic!("expected no event, got {event}");
        }
    }

    /// Whether the server closed the socket (within `timeout`).
    pub fn closed(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            let _ = self
                .ws
                .get_mut()
                .set_read_timeout(Some(Duration::from_millis(50)));
            match self.ws.read() {
                Ok(Message::Close(_)) => return true,
                Ok(_) => {}
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(_) => return true,
            }
        }
        false
    }
}

/// An HTTP response, read whole.
#[derive(Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` as bytes and reads the response until the server closes.
pub fn raw_request(addr: SocketAddr, request: &[u8]) -> HttpResponse {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request).expect("send request");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read response");
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(&bytes)));
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    HttpResponse {
        status,
        headers,
        body: bytes[split + 4..].to_vec(),
    }
}
