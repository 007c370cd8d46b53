//! Links from résumé data made safe to put in an `href`, and shown the way people
//! write them: `safe_url` keeps http(s), mailto, tel and relative URLs and drops
//! every other scheme (`javascript:`, `data:` …); `url_label` strips the scheme for
//! print; e-mail obfuscation writes an address that people and screen readers read
//! but address harvesters don't.

/// What [`path_segment`] leaves as it is: RFC 3986's unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A file or folder name as one URL path segment: everything but letters, digits and
/// `-._~` percent-encoded (UTF-8), so no name can add a scheme (`javascript:`), a
/// query, a fragment or another segment to a link, and sitemaps get plain ASCII.
pub fn path_segment(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, SEGMENT).to_string()
}

/// Schemes a résumé link may use.
const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// File extensions that make `name.ext` a relative file link rather than a bare domain.
const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "html", "htm", "json", "jpg", "jpeg", "png", "svg", "gif", "webp", "avif", "txt", "md",
    "yaml", "yml", "xml", "css", "js", "doc", "docx", "zip",
];

/// `url` if it is safe to link to, made valid for an `href`; `""` when it is not.
///
/// Browsers ignore tabs and newlines inside URLs and leading control characters, so
/// those are removed before the scheme is looked at (`java\tscript:` is `javascript:`).
/// A bare domain (`github.com/ada`, `www.ada.dev`) gets `https://`, a bare e-mail
/// address gets `mailto:`.
pub fn safe_url(url: &str) -> String {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .trim_end()
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() {
        return String::new();
    }
    let candidate = match scheme(&cleaned) {
        Some(s) if ALLOWED_SCHEMES.contains(&s.to_ascii_lowercase().as_str()) => cleaned,
        Some(_) => return String::new(),
        None if looks_like_email(&cleaned) => format!("mailto:{cleaned}"),
        None if looks_like_domain(&cleaned) => format!("https://{cleaned}"),
        None => cleaned,
    };
    encode_invalid(&candidate)
}

/// The scheme of `url`, if it has one (`mailto` in `mailto:x`); `None` for relative URLs.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find([':', '/', '?', '#'])?;
    if url.as_bytes()[end] != b':' || end == 0 {
        return None;
    }
    let s = &url[..end];
    let valid = s.as_bytes()[0].is_ascii_alphabetic()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    // Anything that is not a well-formed scheme but has a colon before the path is
    // still not a plain relative URL; treat it as an unknown scheme.
    Some(if valid { s } else { "invalid" })
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !s.contains(['/', ' ', '?', '#'])
                && !domain.contains('@')
        }
        None => false,
    }
}

fn looks_like_domain(s: &str) -> bool {
    if s.starts_with('.') || s.starts_with('/') || s.contains(' ') {
        return false;
    }
    let host = s.split(['/', '?', '#']).next().unwrap_or("");
    if host.starts_with("www.") {
        return true;
    }
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=12).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && !FILE_EXTENSIONS.contains(&tld.to_ascii_lowercase().as_str())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// Percent-encodes what may not appear in a URL (spaces, quotes, angle brackets …),
/// leaving existing escapes and non-ASCII (IRIs are fine in HTML) alone.
fn encode_invalid(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^' => {
                out.push_str(&format!("%{:02X}", c as u32))
            }
            c if c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A URL as printed: no scheme, no `www.`, no trailing slash (`https://www.x.org/a/` → `x.org/a`).
pub fn url_label(url: &str) -> String {
    let mut s = url.trim();
    for prefix in ["https://", "http://", "mailto:", "tel:", "//"] {
        if s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix) {
            s = &s[prefix.len()..];
            break;
        }
    }
    let s = s.strip_prefix("www.").unwrap_or(s);
    s.strip_suffix('/').unwrap_or(s).to_string()
}

/// A `tel:` link for a phone number as people write it (`+44 (0)131 555 0100`).
pub fn tel_href(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    let mut out = String::from("tel:");
    if trimmed.starts_with('+') {
        out.push('+');
    }
    // "(0)" is the trunk prefix, dialled only from inside the country.
    let without_trunk = if trimmed.starts_with('+') {
        trimmed.replace("(0)", "")
    } else {
        trimmed.to_string()
    };
    let digits: String = without_trunk.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 3).then(|| out + &digits)
}

/// An e-mail address as HTML that reads normally (and to screen readers) but holds
/// neither the address nor a `mailto:` in its source: every character is a
/// character reference, and `hidden` decoys break the address for tag-stripping
/// harvesters. No JavaScript needed.
pub fn obfuscated_email_html(email: &str) -> String {
    let email = email.trim();
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    let mut out = String::from("<span class=\"email-obfuscated\">");
    push_entities(&mut out, local);
    out.push_str("<span hidden>.no-spam</span>&#64;<span hidden>invalid.</span>");
    push_entities(&mut out, domain);
    out.push_str("</span>");
    out
}

fn push_entities(out: &mut String, s: &str) {
    for c in s.chars() {
        out.push_str(&format!("&#{};", c as u32));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_safe_schemes_and_relative_urls() {
        assert_eq!(
            safe_url("https://x.example/a?b=1&c=2"),
            "https://x.example/a?b=1&c=2"
        );
        assert_eq!(safe_url("HTTP://X.EXAMPLE"), "HTTP://X.EXAMPLE");
        assert_eq!(safe_url("mailto:ada@x.example"), "mailto:ada@x.example");
        assert_eq!(safe_url("tel:+441315550100"), "tel:+441315550100");
        assert_eq!(safe_url("cv.pdf"), "cv.pdf");
        assert_eq!(safe_url("../ada/"), "../ada/");
        assert_eq!(safe_url("#work"), "#work");
    }

    #[test]
    fn drops_dangerous_schemes() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert_eq!(safe_url(bad), "", "{bad:?}");
        }
    }

    #[test]
    fn completes_bare_domains_and_emails() {
        assert_eq!(safe_url("github.com/ada"), "https://github.com/ada");
        assert_eq!(safe_url("www.ada.dev"), "https://www.ada.dev");
        assert_eq!(safe_url("ada@x.example"), "mailto:ada@x.example");
        assert_eq!(safe_url("photo.jpg"), "photo.jpg");
    }

    #[test]
    fn encodes_characters_invalid_in_urls() {
        assert_eq!(
            safe_url("https://x.example/a b\"><script>"),
            "https://x.example/a%20b%22%3E%3Cscript%3E"
        );
    }

    #[test]
    fn path_segments_are_percent_encoded() {
        assert_eq!(path_segment("ada-l_2.0~x"), "ada-l_2.0~x");
        assert_eq!(
            path_segment("javascript:alert(1)//x.pdf"),
            "javascript%3Aalert%281%29%2F%2Fx.pdf"
        );
        assert_eq!(path_segment("a#b?c d%\n\n"), "a%23b%3Fc%20d%25%0A%0A");
        assert_eq!(path_segment("inès"), "in%C3%A8s");
    }

    #[test]
    fn labels_strip_the_scheme() {
        assert_eq!(url_label("https://www.github.com/ada/"), "github.com/ada");
        assert_eq!(url_label("mailto:ada@x.example"), "ada@x.example");
        assert_eq!(url_label("orcid.org/0000"), "orcid.org/0000");
    }

    #[test]
    fn phone_links() {
        assert_eq!(
            tel_href("+44 (0)131 555 0100").as_deref(),
            Some("tel:+441315550100")
        );
        assert_eq!(
            tel_href("(555) 010-0100").as_deref(),
            Some("tel:5550100100")
        );
        assert_eq!(tel_href("ask me"), None);
    }

    #[test]
    fn obfuscated_email_hides_the_address_from_the_source() {
        let html = obfuscated_email_html("ada.l@x.example");
        assert!(!html.contains("ada.l") && !html.contains('@') && !html.contains("mailto"));
        assert!(html.contains("&#97;&#100;&#97;"), "{html}");
    }
}
