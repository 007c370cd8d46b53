//! Live reload: a WebSocket at [`SOCKET_PATH`] that tells open pages what happened
//! after each rebuild, and the small script (ours, embedded, no network) that pages
//! load from [`SCRIPT_PATH`] to listen to it.
//!
//! Messages are JSON objects with a `type`:
//! - `{"type":"hello"}`: first, once the socket is subscribed (pages ignore it; tests wait for it);
//! - `{"type":"reload","changed":[…]}`: reload the page, keeping the scroll position;
//! - `{"type":"css","changed":[…]}`: only stylesheets changed, swap them in place;
//! - `{"type":"error","message":"…"}`: the build failed; show the message over the page.
//!
//! A page that connects while the build is broken gets the error at once. The server
//! decides where the script goes (see `server`); `vitae build` output never has it.

use std::sync::{Arc, Mutex};

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tokio::sync::{broadcast, watch};

use super::server::AppState;

/// Where pages connect to hear about rebuilds.
pub const SOCKET_PATH: &str = "/__vitae/livereload";
/// The client script.
pub const SCRIPT_PATH: &str = "/__vitae/livereload.js";
/// The tag the server puts into every HTML page it serves.
pub const SCRIPT_TAG: &str = "<script src=\"/__vitae/livereload.js\"></script>";

const CLIENT_JS: &str = include_str!("livereload.js");

/// What open pages are told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Event {
    Hello,
    Reload { changed: Vec<String> },
    Css { changed: Vec<String> },
    Error { message: String },
}

impl Event {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("events serialise")
    }
}

/// The sending side: rebuilds report here, every open page hears it.
#[derive(Clone)]
pub struct Reloader {
    events: broadcast::Sender<Event>,
    /// The error on show, if the last build failed; locked while sending so a page
    /// connecting meanwhile sees either the old state and the event, or the new state.
    current_error: Arc<Mutex<Option<Event>>>,
    closing: watch::Sender<bool>,
}

impl Default for Reloader {
    fn default() -> Self {
        Reloader {
            events: broadcast::channel(64).0,
            current_error: Arc::new(Mutex::new(None)),
            closing: watch::channel(false).0,
        }
    }
}

impl Reloader {
    pub fn new() -> Reloader {
        Reloader::default()
    }

    pub fn send(&self, event: Event) {
        let mut current = self.lock();
        *current = matches!(event, Event::Error { .. }).then(|| event.clone());
        let _ = self.events.send(event);
    }

    /// Closes every page's socket (their scripts then wait for a server to come back).
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    fn subscribe(&self) -> (broadcast::Receiver<Event>, Option<Event>) {
        let current = self.lock();
        (self.events.subscribe(), current.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Event>> {
        self.current_error.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// `GET /__vitae/livereload`: upgrades to a WebSocket.
pub async fn socket(ws: WebSocketUpgrade, State(app): State<Arc<AppState>>) -> Response {
    let reloader = app.reloader.clone();
    ws.on_upgrade(move |socket| session(socket, reloader))
}

/// `GET /__vitae/livereload.js`.
pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        CLIENT_JS,
    )
        .into_response()
}

async fn session(mut socket: WebSocket, reloader: Reloader) {
    let (mut events, current) = reloader.subscribe();
    let mut closing = reloader.closing.subscribe();
    for event in std::iter::once(Event::Hello).chain(current) {
        if socket.send(Message::Text(event.to_json())).await.is_err() {
            return;
        }
    }
    loop {
        tokio::select! {
            event = events.recv() => {
                let event = match event {
                    Ok(event) => event,
                    // Missed some: whatever they were, a reload shows the current state.
                    Err(broadcast::error::RecvError::Lagged(_)) => Event::Reload { changed: Vec::new() },
                    Err(broadcast::error::RecvError::Closed) => break,
                };
                if socket.send(Message::Text(event.to_json())).await.is_err() {
                    return;
                }
            }
            incoming = socket.recv() => match incoming {
                // Pings are answered by the socket itself; pages send nothing else.
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return,
                Some(Ok(_)) => {}
            },
            () = async { let _ = closing.wait_for(|c| *c).await; } => break,
        }
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// `html` with the live-reload script added before `</body>` (or at the end).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let at = find_last_ignore_case(html, b"</body>")
        .or_else(|| find_last_ignore_case(html, b"</html>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + SCRIPT_TAG.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(SCRIPT_TAG.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_body_end() {
        let out = inject(b"<html><body><p>x</p></BODY></html>");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("<html><body><p>x</p>{SCRIPT_TAG}</BODY></html>")
        );
        let out = inject(b"<!doctype html><title>t</title><h1>x</h1>");
        assert!(String::from_utf8(out).unwrap().ends_with(SCRIPT_TAG));
    }

    #[test]
    fn events_are_json() {
        assert_eq!(
            Event::Error {
                message: "a.yaml:3:1: <bad>".into()
            }
            .to_json(),
            r#"{"type":"error","message":"a.yaml:3:1: <bad>"}"#
        );
        assert_eq!(
            Event::Css {
                changed: vec!["static/a.css".into()]
            }
            .to_json(),
            r#"{"type":"css","changed":["static/a.css"]}"#
        );
    }

    #[test]
    fn a_new_subscriber_sees_the_current_error_only() {
        let r = Reloader::new();
        assert_eq!(r.subscribe().1, None);
        let err = Event::Error {
            message: "broken".into(),
        };
        r.send(err.clone());
        assert_eq!(r.subscribe().1, Some(err));
        r.send(Event::Reload { changed: vec![] });
        assert_eq!(r.subscribe().1, None);
    }
}
