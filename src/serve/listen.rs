//! Where `serve` listens: the given port, or if it is taken the first free one of the
//! next [`PORT_TRIES`] (never past the last port there is), said on stderr; and the
//! address to open in a browser. Takes a host and port; serves nothing itself.

use std::io;
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};

use super::ServeError;

/// How many ports after a taken one are tried.
const PORT_TRIES: u16 = 10;

/// Listens on `host:port`; if the port is taken, on the first free one of the next
/// [`PORT_TRIES`], saying so.
pub(super) fn bind(host: &str, port: u16) -> Result<TcpListener, ServeError> {
    let listen = |port: u16| -> Result<io::Result<TcpListener>, ServeError> {
        let addrs: Vec<SocketAddr> = (host, port)
            .to_socket_addrs()
            .map_err(|_| ServeError::BadAddress(host.to_string()))?
            .collect();
        if addrs.is_empty() {
            return Err(ServeError::BadAddress(host.to_string()));
        }
        Ok(TcpListener::bind(&addrs[..]))
    };
    let bind_error = |port: u16, source: io::Error| ServeError::Bind {
        addr: format!("{host}:{port}"),
        hint: match source.kind() {
            io::ErrorKind::PermissionDenied if port < 1024 => {
                " (ports below 1024 need special rights; the default is --port 1111)"
            }
            io::ErrorKind::AddrNotAvailable => " (this machine has no such address)",
            _ => "",
        },
        source,
    };
    match listen(port)? {
        Ok(l) => return Ok(l),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse && port != 0 => {}
        Err(e) => return Err(bind_error(port, e)),
    }
    // The scan ends at the last port there is.
    let last = port.saturating_add(PORT_TRIES);
    for next in (port..=last).skip(1) {
        match listen(next)? {
            Ok(l) => {
                eprintln!("port {port} is in use; serving on port {next} instead");
                return Ok(l);
            }
            Err(e) if e.kind() == io::ErrorKind::AddrInUse => continue,
            Err(e) => return Err(bind_error(next, e)),
        }
    }
    Err(ServeError::PortsInUse {
        host: host.to_string(),
        first: port,
        last,
    })
}

/// The URL to open: a wildcard address is reached on this machine through loopback.
pub(super) fn local_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => std::net::Ipv4Addr::LOCALHOST.into(),
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => std::net::Ipv6Addr::LOCALHOST.into(),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, addr.port()))
}

pub(super) fn ports_in_use(host: &str, first: u16, last: u16) -> String {
    let tried = if first == last {
        format!("port {first} on {host} is in use")
    } else {
        format!("ports {first}–{last} on {host} are all in use")
    };
    if last == u16::MAX {
        format!("{tried} (and {} is the highest port there is)", u16::MAX)
    } else {
        tried
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_port_moves_to_the_next_and_says_so() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        match bind("127.0.0.1", port) {
            Ok(l) => assert_ne!(l.local_addr().unwrap().port(), port),
            // The next ten may be taken on a busy machine; the error must say so.
            Err(e) => assert!(matches!(e, ServeError::PortsInUse { .. }), "{e}"),
        }
        assert!(matches!(
            bind("not an address", 1111),
            Err(ServeError::BadAddress(_))
        ));
    }

    #[test]
    fn wildcard_binds_open_on_loopback() {
        assert_eq!(
            local_url("0.0.0.0:1111".parse().unwrap()),
            "http://127.0.0.1:1111/"
        );
        assert_eq!(
            local_url("[::]:8080".parse().unwrap()),
            "http://[::1]:8080/"
        );
        assert_eq!(
            local_url("192.168.1.5:1111".parse().unwrap()),
            "http://192.168.1.5:1111/"
        );
    }

    #[test]
    fn the_last_port_is_where_the_scan_stops() {
        assert_eq!(
            ports_in_use("127.0.0.1", 65535, 65535),
            "port 65535 on 127.0.0.1 is in use (and 65535 is the highest port there is)"
        );
        assert_eq!(
            ports_in_use("::1", 65530, 65535),
            "ports 65530–65535 on ::1 are all in use (and 65535 is the highest port there is)"
        );
        assert_eq!(
            ports_in_use("h", 1111, 1121),
            "ports 1111–1121 on h are all in use"
        );
    }
}
