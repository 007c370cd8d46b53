//! `base_url`, from `site.yaml` or `--base-url`: where the site will be served. It
//! starts canonical links, the sitemap's addresses and the 404 page's links, so it
//! must be an absolute `http://` or `https://` address with a host, and no query or
//! fragment (page paths are appended to it). It is normalised to end with `/`.
//!
//! Takes the text only; the error says where it came from (its line and column in
//! `site.yaml`, or the command-line option).

use serde::{Deserialize, Deserializer};

use std::path::Path;

use crate::error::{Error, Result, Source};

/// Marks the deserialiser's error as ours, so the caller can turn it into [`Error::BaseUrl`].
const TAG: &str = "vitae-base-url\u{1}";
const SEP: char = '\u{1}';

/// `value` normalised (ending with `/`; empty stays empty), or why it is not a base URL.
pub fn normalise(value: &str) -> std::result::Result<String, String> {
    let url = value.trim();
    if url.is_empty() {
        return Ok(String::new());
    }
    if let Some(c) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "\"<>\\`{}|^".contains(*c))
    {
        let c = if c.is_control() || c.is_whitespace() {
            format!("{:?}", c)
        } else {
            format!("`{c}`")
        };
        return Err(format!("contains {c}, which cannot be part of an address"));
    }
    let lower = url.to_ascii_lowercase();
    let Some(rest) = ["https://", "http://"]
        .iter()
        .find(|s| lower.starts_with(*s))
        .map(|s| &url[s.len()..])
    else {
        return Err(match url.split_once(':') {
            Some((scheme, _)) if !scheme.contains('/') && !scheme.is_empty() => format!(
                "has the scheme `{scheme}:`; only http:// and https:// addresses are accepted"
            ),
            _ => "is not an absolute address: it needs http:// or https:// and a host".into(),
        });
    };
    if url.contains(['?', '#']) {
        return Err(
            "has a query or fragment (`?` or `#`); page addresses are added after it".into(),
        );
    }
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err("has no host after the scheme".into());
    }
    if let Some(c) = host
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']')))
    {
        return Err(format!("has `{c}` in its host `{host}`"));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// `--base-url`'s value, checked and normalised.
pub fn from_option(value: &str) -> Result<String> {
    normalise(value).map_err(|reason| Error::BaseUrl {
        place: "--base-url".into(),
        value: value.to_string(),
        reason,
    })
}

/// For `#[serde(deserialize_with)]`: the error carries serde_yaml's position, and
/// [`from_serde_message`] turns it back into our error.
pub(super) fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<String, D::Error> {
    let value = String::deserialize(d)?;
    normalise(&value)
        .map_err(|reason| serde::de::Error::custom(format!("{TAG}{reason}{SEP}{value}{SEP}")))
}

/// Where `base_url`'s value is in `site.yaml`: serde_yaml gives no position for an
/// error raised after a value was read, so the top-level key is looked up by line.
pub(super) fn locate(path: &Path, text: &str) -> Source {
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix("base_url") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let column = line.len() - value.trim_start().len() + 1;
        return Source::at(path, i + 1, line[..column - 1].chars().count() + 1);
    }
    Source::file(path)
}

/// The reason and value in a deserialiser error raised by [`deserialize`], if it is one.
pub(super) fn from_serde_message(msg: &str) -> Option<(String, String)> {
    let rest = &msg[msg.find(TAG)? + TAG.len()..];
    let mut parts = rest.split(SEP);
    let reason = parts.next()?.to_string();
    let value = parts.next()?.to_string();
    Some((reason, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_https_and_adds_the_slash() {
        assert_eq!(normalise("https://x.org/cv").unwrap(), "https://x.org/cv/");
        assert_eq!(
            normalise(" HTTP://x.org:8080/ ").unwrap(),
            "HTTP://x.org:8080/"
        );
        assert_eq!(
            normalise("http://[::1]:1111").unwrap(),
            "http://[::1]:1111/"
        );
        assert_eq!(normalise("").unwrap(), "");
    }

    #[test]
    fn refuses_other_schemes_relative_and_broken_addresses() {
        for (bad, says) in [
            ("javascript:alert(1)//", "scheme `javascript:`"),
            ("data:text/html,x", "scheme `data:`"),
            ("file:///srv/site/", "scheme `file:`"),
            ("example.org/cv", "not an absolute address"),
            ("/cv/", "not an absolute address"),
            ("//example.org/", "not an absolute address"),
            ("https://", "no host"),
            ("https:///x", "no host"),
            ("https://x.org/?a=1", "query or fragment"),
            ("https://x.org/a b", "' '"),
            ("https://x.org/\"><script>", "`\"`"),
            ("https://user@x.org/", "`@`"),
        ] {
            let reason = normalise(bad).expect_err(bad);
            assert!(reason.contains(says), "{bad}: {reason}");
        }
    }
}
