//! The values of a published résumé made to fit the official JSON Resume schema, which
//! asks for absolute URLs (`uri`) and ISO 8601 dates, where people write
//! `linkedin.com/in/ada` and "Sep 2019 – Present".
//!
//! Takes a résumé after privacy; gives it with its URL fields absolute (for the page,
//! `resume.json` and JSON-LD alike) and, for `resume.json`, its dates in ISO form. It
//! changes no other value, and never what a page shows as a date: the page writes
//! dates as the person did.

use crate::model::Resume;
use crate::parse::dates::{find_dates, Point};
use crate::render::safe_url;

/// Every URL field of the schema (which asks for an absolute `uri`) as [`absolute_url`]
/// makes it; a field with no usable address is left out. A profile's `url` that is no
/// address but a handle (`@ada@social.example`, `ada-l`) becomes its `username` when
/// that is empty, since that is what people mean by it.
pub fn absolute_urls(resume: &mut Resume, page: Option<&url::Url>) {
    let fix = |u: &mut Option<String>| *u = u.as_deref().and_then(|s| absolute_url(s, page));
    fix(&mut resume.basics.url);
    for p in &mut resume.basics.profiles {
        let raw = p.url.clone();
        fix(&mut p.url);
        let no_username = p.username.as_deref().map_or(true, |u| u.trim().is_empty());
        if let Some(handle) = raw.filter(|r| p.url.is_none() && no_username && is_handle(r)) {
            p.username = Some(handle.trim().to_string());
        }
    }
    resume.work.iter_mut().for_each(|w| fix(&mut w.url));
    resume.volunteer.iter_mut().for_each(|v| fix(&mut v.url));
    resume.education.iter_mut().for_each(|e| fix(&mut e.url));
    resume.certificates.iter_mut().for_each(|c| fix(&mut c.url));
    resume.publications.iter_mut().for_each(|p| fix(&mut p.url));
    resume.projects.iter_mut().for_each(|p| fix(&mut p.url));
    if let Some(meta) = &mut resume.meta {
        fix(&mut meta.canonical);
    }
}

/// `raw` as an absolute URL, or `None` when it is none and cannot be made one.
///
/// The page's link rules come first ([`safe_url`]: a bare domain gets `https://`, a
/// bare e-mail address `mailto:`, unsafe schemes are dropped); a scheme-relative
/// `//host/…` gets `https:`; a relative address is resolved against the person's page
/// when the site has a `base_url` (there is nothing to resolve it against otherwise).
/// Non-ASCII hosts and paths are encoded, as a URI (unlike an IRI) must be.
pub fn absolute_url(raw: &str, page: Option<&url::Url>) -> Option<String> {
    let safe = safe_url(raw);
    if safe.is_empty() {
        return None;
    }
    let candidate = match safe.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None => safe,
    };
    let parsed = match url::Url::parse(&candidate) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => page?.join(&candidate).ok()?,
        Err(_) => return None,
    };
    let mut out = String::from(parsed.clone());
    // The parser writes a root path as `/`; a bare `https://host` stays as written.
    let bare_root = parsed.path() == "/" && parsed.query().is_none() && parsed.fragment().is_none();
    if bare_root && !candidate.ends_with('/') && out.ends_with('/') {
        out.pop();
    }
    Some(out)
}

/// A value that names an account rather than an address: one word, no path, no scheme.
fn is_handle(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty() && !v.contains(['/', ':', ' ']) && !v.contains("..")
}

/// The dates of the schema in ISO 8601 (`2019`, `2019-09`, `2019-09-01`), as its date
/// pattern asks. A date written another way is read as vitae reads dates in résumé
/// text ("Sep 2019" → `2019-09`); an open end ("Present") is no end date, the
/// schema's way of saying ongoing; a value that is no date is left out.
pub fn schema_dates(resume: &mut Resume) {
    let start = |d: &mut Option<String>| *d = d.as_deref().and_then(|s| iso_date(s, false));
    let end = |d: &mut Option<String>| *d = d.as_deref().and_then(|s| iso_date(s, true));
    for w in &mut resume.work {
        start(&mut w.start_date);
        end(&mut w.end_date);
    }
    for v in &mut resume.volunteer {
        start(&mut v.start_date);
        end(&mut v.end_date);
    }
    for e in &mut resume.education {
        start(&mut e.start_date);
        end(&mut e.end_date);
    }
    for p in &mut resume.projects {
        start(&mut p.start_date);
        end(&mut p.end_date);
    }
    resume.awards.iter_mut().for_each(|a| start(&mut a.date));
    resume
        .certificates
        .iter_mut()
        .for_each(|c| start(&mut c.date));
    resume
        .publications
        .iter_mut()
        .for_each(|p| start(&mut p.release_date));
}

/// `raw` as an ISO 8601 date; `end` picks the end of a range written in one field.
fn iso_date(raw: &str, end: bool) -> Option<String> {
    let raw = raw.trim();
    if is_iso(raw) {
        return Some(raw.to_string());
    }
    let spans = find_dates(raw);
    let [span] = spans.as_slice() else {
        return None;
    };
    let point = if end {
        span.end.or(span.start)
    } else {
        span.start.or(span.end)
    };
    match point? {
        Point::Date(d) => Some(d.iso()),
        Point::Present => None,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the schema's pattern has them.
fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let year = b.len() >= 4 && matches!(b[0], b'1' | b'2') && digits(0..4);
    match b.len() {
        4 => year,
        7 => year && b[4] == b'-' && matches!(b[5], b'0' | b'1') && digits(5..7),
        10 => {
            year && b[4] == b'-'
                && matches!(b[5], b'0' | b'1')
                && digits(5..7)
                && b[7] == b'-'
                && matches!(b[8], b'0'..=b'3')
                && digits(8..10)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Profile, Work};

    #[test]
    fn absolute_url_adds_what_the_uri_format_needs() {
        let page = url::Url::parse("https://x.example/cv/ada/").unwrap();
        let abs = |s: &str| absolute_url(s, Some(&page));
        assert_eq!(
            abs("linkedin.com/in/ada").as_deref(),
            Some("https://linkedin.com/in/ada")
        );
        assert_eq!(
            abs("www.ada.example").as_deref(),
            Some("https://www.ada.example")
        );
        assert_eq!(
            abs("https://ada.example/").as_deref(),
            Some("https://ada.example/")
        );
        assert_eq!(
            abs("//github.com/ada").as_deref(),
            Some("https://github.com/ada")
        );
        assert_eq!(
            abs("ada@x.example").as_deref(),
            Some("mailto:ada@x.example")
        );
        assert_eq!(
            abs("http://ada.example/a b").as_deref(),
            Some("http://ada.example/a%20b")
        );
        assert_eq!(
            abs("https://bücher.example/café").as_deref(),
            Some("https://xn--bcher-kva.example/caf%C3%A9")
        );
        assert_eq!(
            abs("talk.pdf").as_deref(),
            Some("https://x.example/cv/ada/talk.pdf")
        );
        assert_eq!(absolute_url("talk.pdf", None), None);
        assert_eq!(abs("javascript:alert(1)"), None);
        assert_eq!(abs("   "), None);
    }

    #[test]
    fn a_profile_handle_moves_to_username() {
        let mut r = Resume::default();
        let profile = |url: &str, username: Option<&str>| Profile {
            network: Some("Mastodon".into()),
            url: Some(url.into()),
            username: username.map(str::to_string),
            ..Profile::default()
        };
        r.basics.profiles = vec![
            profile("@ada@social.example", None),
            profile("@ada@social.example", Some("ada")),
            profile("github.com/ada", None),
        ];
        absolute_urls(&mut r, None);
        let p = &r.basics.profiles;
        assert_eq!(
            (p[0].url.as_deref(), p[0].username.as_deref()),
            (None, Some("@ada@social.example"))
        );
        assert_eq!(
            (p[1].url.as_deref(), p[1].username.as_deref()),
            (None, Some("ada"))
        );
        assert_eq!(p[2].url.as_deref(), Some("https://github.com/ada"));
        assert!(is_handle("ada-l") && !is_handle("a/b") && !is_handle("javascript:x"));
    }

    #[test]
    fn dates_take_the_iso_form() {
        assert_eq!(iso_date("2019-09", false).as_deref(), Some("2019-09"));
        assert_eq!(iso_date(" 2019 ", false).as_deref(), Some("2019"));
        assert_eq!(iso_date("2019-09-30", true).as_deref(), Some("2019-09-30"));
        assert_eq!(iso_date("Sep 2019", false).as_deref(), Some("2019-09"));
        assert_eq!(iso_date("March 2021", true).as_deref(), Some("2021-03"));
        assert_eq!(iso_date("2018 – 2020", false).as_deref(), Some("2018"));
        assert_eq!(iso_date("2018 – 2020", true).as_deref(), Some("2020"));
        assert_eq!(iso_date("Present", true), None);
        assert_eq!(iso_date("one day", false), None);
        assert!(is_iso("2019") && !is_iso("19") && !is_iso("2019-9") && !is_iso("3019"));
        let mut r = Resume::default();
        r.work.push(Work {
            start_date: Some("Sep 2019".into()),
            end_date: Some("Present".into()),
            ..Work::default()
        });
        schema_dates(&mut r);
        assert_eq!(r.work[0].start_date.as_deref(), Some("2019-09"));
        assert_eq!(r.work[0].end_date, None);
    }
}
