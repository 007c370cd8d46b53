//! Which requests the preview answers, by their `Host` and `Origin` headers.
//!
//! A page on another site can make a browser talk to the preview: by DNS rebinding
//! (its own name made to resolve to 127.0.0.1, so the browser sends `Host: evil.test`)
//! or by opening the live-reload socket (any origin may open a WebSocket). Both are
//! refused by naming the preview's own addresses: a `Host` must be a loopback name
//! (`127.0.0.1`, `localhost`, `[::1]`) with the preview's port, or the address given
//! to `--bind`; when that address is a wildcard (`0.0.0.0`, `::`), any IP address
//! (an IP literal can't be rebound, only a name can). An `Origin`, when the browser
//! sends one, must be `http://` and such a host.
//!
//! Takes the bound address and the `--bind` text; knows nothing of files or sockets.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The hosts the preview answers to.
#[derive(Debug, Clone)]
pub struct HostPolicy {
    port: u16,
    /// Names besides the loopback ones, lowercased (the `--bind` text, if not loopback).
    names: Vec<String>,
    /// `--bind` was a wildcard: any IP literal is one of this machine's addresses.
    any_ip: bool,
}

impl HostPolicy {
    /// The policy for a server listening on `addr`, started with `--bind bind`.
    pub fn new(bind: &str, addr: SocketAddr) -> HostPolicy {
        let bind = bind.trim().trim_start_matches('[').trim_end_matches(']');
        let mut names = Vec::new();
        let ip = addr.ip();
        if !ip.is_loopback() && !ip.is_unspecified() {
            names.push(ip.to_string());
        }
        if !bind.is_empty() && bind.parse::<IpAddr>().is_err() {
            names.push(bind.to_ascii_lowercase());
        }
        HostPolicy {
            port: addr.port(),
            names,
            any_ip: ip.is_unspecified(),
        }
    }

    /// Whether a `Host` header value (`name[:port]`) names this preview.
    pub fn host_allowed(&self, host: &str) -> bool {
        let Some((name, port)) = split_host(host) else {
            return false;
        };
        let port_ok = match port {
            Some(p) => p == self.port,
            None => self.port == 80,
        };
        if !port_ok {
            return false;
        }
        let name = name.to_ascii_lowercase();
        if name == "localhost" {
            return true;
        }
        if let Ok(ip) = name.parse::<IpAddr>() {
            return ip.is_loopback() || self.any_ip || self.names.contains(&ip.to_string());
        }
        self.names.contains(&name)
    }

    /// Whether an `Origin` header value is a page of this preview.
    pub fn origin_allowed(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|host| !host.contains('/') && self.host_allowed(host))
    }

    /// Why `headers` are refused, or `None` when they are fine.
    pub fn refusal(&self, headers: &HeaderMap) -> Option<String> {
        let host = headers.get(header::HOST).map(|h| h.to_str().unwrap_or(""));
        match host {
            None => return Some("a request without a Host header".into()),
            Some(h) if !self.host_allowed(h) => return Some(format!("the host `{h}`")),
            Some(_) => {}
        }
        let origin = headers.get(header::ORIGIN)?;
        let origin = origin.to_str().unwrap_or("");
        (!self.origin_allowed(origin)).then(|| format!("a request from `{origin}`"))
    }
}

/// `name` and its port from `name:port`, `[v6]:port`, `name` or `[v6]`; `None` for
/// anything else (an empty name, a bad port, user info).
fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    if host.contains(['@', '/', ' ']) {
        return None;
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let (name, after) = rest.split_once(']')?;
        match after {
            "" => (name, None),
            _ => (name, Some(after.strip_prefix(':')?)),
        }
    } else {
        match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        }
    };
    if name.is_empty() {
        return None;
    }
    let port = match port {
        Some(p) => Some(p.parse::<u16>().ok()?),
        None => None,
    };
    Some((name, port))
}

/// Middleware: answers 403, saying why, to a request whose Host or Origin is not the
/// preview's.
pub async fn check(
    State(policy): State<Arc<HostPolicy>>,
    request: Request,
    next: Next,
) -> Response {
    match policy.refusal(request.headers()) {
        None => next.run(request).await,
        Some(what) => (
            StatusCode::FORBIDDEN,
            format!(
                "the preview does not answer {what}: open it at its own address \
                 (http://127.0.0.1:{}/, or the address given to --bind)\n",
                policy.port
            ),
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(bind: &str, addr: &str) -> HostPolicy {
        HostPolicy::new(bind, addr.parse().unwrap())
    }

    #[test]
    fn loopback_names_with_the_port() {
        let p = policy("127.0.0.1", "127.0.0.1:1111");
        for ok in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST:1111",
            "[::1]:1111",
        ] {
            assert!(p.host_allowed(ok), "{ok}");
        }
        for bad in [
            "evil.test:1111",
            "127.0.0.1:1112",
            "127.0.0.1",
            "localhost",
            "192.168.1.5:1111",
            "localhost.evil.test:1111",
            "user@127.0.0.1:1111",
            "",
            ":1111",
            "[::1:1111",
        ] {
            assert!(!p.host_allowed(bad), "{bad}");
        }
        assert!(policy("127.0.0.1", "127.0.0.1:80").host_allowed("localhost"));
    }

    #[test]
    fn bind_opens_its_own_address_only() {
        let p = policy("192.168.1.5", "192.168.1.5:1111");
        assert!(p.host_allowed("192.168.1.5:1111"));
        assert!(p.host_allowed("127.0.0.1:1111"));
        assert!(!p.host_allowed("192.168.1.6:1111"));
        assert!(!p.host_allowed("evil.test:1111"));

        let any = policy("0.0.0.0", "0.0.0.0:1111");
        assert!(any.host_allowed("192.168.1.6:1111"));
        assert!(any.host_allowed("[fe80::1]:1111"));
        assert!(!any.host_allowed("evil.test:1111"), "names can be rebound");

        let named = policy("box.local", "192.168.1.5:1111");
        assert!(named.host_allowed("box.local:1111"));
        assert!(named.host_allowed("BOX.local:1111"));
        assert!(!named.host_allowed("evil.test:1111"));
    }

    #[test]
    fn origins() {
        let p = policy("127.0.0.1", "127.0.0.1:1111");
        assert!(p.origin_allowed("http://127.0.0.1:1111"));
        assert!(p.origin_allowed("http://localhost:1111"));
        for bad in [
            "http://evil.test",
            "http://evil.test:1111",
            "https://127.0.0.1:1111",
            "null",
            "http://127.0.0.1:2222",
            "http://127.0.0.1:1111/x",
        ] {
            assert!(!p.origin_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn headers() {
        let p = policy("127.0.0.1", "127.0.0.1:1111");
        let mut h = HeaderMap::new();
        assert!(p.refusal(&h).is_some(), "no Host");
        h.insert(header::HOST, "127.0.0.1:1111".parse().unwrap());
        assert_eq!(p.refusal(&h), None);
        h.insert(header::ORIGIN, "http://evil.test".parse().unwrap());
        assert!(p.refusal(&h).unwrap().contains("evil.test"));
        h.insert(header::ORIGIN, "http://localhost:1111".parse().unwrap());
        assert_eq!(p.refusal(&h), None);
    }
}
