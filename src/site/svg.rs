//! SVG assets that could run script. An SVG opened from the site (a person's photo
//! linked from their page) is a document of the site's own origin, so any script in it
//! could act as the site. A person's SVG is published only when it holds nothing that
//! runs script: no `<script>` element, no `on…=` event attribute, no `javascript:`
//! (or `vbscript:`) address however it is spelled with entities or spaces, no
//! `<foreignObject>` (HTML inside the image), no XML stylesheet (XSLT can write
//! script) and no entity declaration (entities can spell any of these in parts).
//! Anything else is refused with the file, line and column and what was found;
//! nothing is rewritten.
//!
//! Takes a file's bytes; reads and writes no files itself except in [`check_file`].

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use crate::error::{Error, Source};

/// Whether `path` is an SVG (by its extension).
pub fn is_svg(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Reads an SVG asset and refuses it if it could run script.
pub fn check_file(path: &Path) -> Result<(), Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    match find_script(&bytes) {
        None => Ok(()),
        Some((offset, found)) => {
            let (line, column) = line_column(&bytes, offset);
            Err(Error::ScriptInSvg {
                file: Source::at(path, line, column),
                found,
            })
        }
    }
}

/// The first thing in `svg` that could run script: its byte offset and what it is.
pub fn find_script(svg: &[u8]) -> Option<(usize, String)> {
    // Text in another encoding (UTF-16) can't be read for tags here: refused whole.
    if svg.contains(&0) {
        return Some((
            0,
            "NUL bytes (not UTF-8 text, so it can't be checked)".into(),
        ));
    }
    let text = String::from_utf8_lossy(svg);
    static ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)<\s*(?:[a-z0-9_.-]+:)?(script|foreignobject|handler)\b|<!entity|<\?xml-stylesheet")
            .expect("valid regex")
    });
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("valid regex"));
    static EVENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?i)[\s"'/](on[a-z]+)\s*="#).expect("valid regex"));
    let mut first: Option<(usize, String)> = None;
    let mut found = |at: usize, what: String| {
        if first.as_ref().map_or(true, |(f, _)| at < *f) {
            first = Some((at, what));
        }
    };
    if let Some(m) = ELEMENT.find(&text) {
        found(m.start(), format!("`{}`", m.as_str().trim()));
    }
    for tag in TAG.find_iter(&text) {
        if let Some(c) = EVENT.captures(tag.as_str()) {
            let name = c.get(1).expect("group");
            found(
                tag.start() + name.start(),
                format!("the event attribute `{}=`", name.as_str()),
            );
            break;
        }
    }
    if let Some((at, scheme)) = script_address(&text) {
        found(at, format!("a `{scheme}:` address"));
    }
    first
}

/// Where a `javascript:` or `vbscript:` address starts, with numeric and a few named
/// character references decoded and whitespace and control characters dropped, as a
/// browser reads an address.
fn script_address(text: &str) -> Option<(usize, &'static str)> {
    static REF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)&#x([0-9a-f]+);?|&#([0-9]+);?|&(colon|tab|newline);").expect("valid regex")
    });
    // Each character of the address as read, with the byte offset it came from.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    let mut at = 0;
    for m in REF.captures_iter(text) {
        let whole = m.get(0).expect("match");
        chars.extend(
            text[at..whole.start()]
                .char_indices()
                .map(|(i, c)| (at + i, c)),
        );
        let c = if let Some(hex) = m.get(1) {
            u32::from_str_radix(hex.as_str(), 16)
                .ok()
                .and_then(char::from_u32)
        } else if let Some(dec) = m.get(2) {
            dec.as_str().parse().ok().and_then(char::from_u32)
        } else {
            match m[3].to_ascii_lowercase().as_str() {
                "colon" => Some(':'),
                "tab" => Some('\t'),
                _ => Some('\n'),
            }
        };
        chars.push((whole.start(), c.unwrap_or('\u{fffd}')));
        at = whole.end();
    }
    chars.extend(text[at..].char_indices().map(|(i, c)| (at + i, c)));
    let kept: Vec<(usize, char)> = chars
        .into_iter()
        .filter(|(_, c)| !c.is_whitespace() && !c.is_control())
        .map(|(i, c)| (i, c.to_ascii_lowercase()))
        .collect();
    for scheme in ["javascript", "vbscript"] {
        let wanted: Vec<char> = scheme.chars().chain([':']).collect();
        if let Some(start) = kept
            .windows(wanted.len())
            .position(|w| w.iter().map(|(_, c)| *c).eq(wanted.iter().copied()))
        {
            return Some((kept[start].0, scheme));
        }
    }
    None
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(svg: &str) -> Option<String> {
        find_script(svg.as_bytes()).map(|(_, what)| what)
    }

    #[test]
    fn plain_images_pass() {
        for svg in [
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="teal"/></svg>"#,
            "<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<svg><text x=\"1\">Onboarding = fun; one = two</text><a href=\"https://example.test/\">x</a></svg>",
            r#"<svg><style>.a{fill:red}</style><path d="M0 0L10 10" class="a" font="x"/></svg>"#,
            r#"<svg><image href="data:image/png;base64,iVBORw0KGgo="/></svg>"#,
        ] {
            assert_eq!(found(svg), None, "{svg}");
        }
    }

    #[test]
    fn script_in_any_spelling_is_found() {
        for (svg, what) in [
            ("<svg><script>alert(1)</script></svg>", "`<script`"),
            ("<svg><SCRIPT src=x.js/></svg>", "`<SCRIPT`"),
            (
                "<svg><svg:script>alert(1)</svg:script></svg>",
                "`<svg:script`",
            ),
            (
                "<svg onload=\"alert(1)\"/>",
                "the event attribute `onload=`",
            ),
            (
                "<svg><rect\nONCLICK = 'x'/></svg>",
                "the event attribute `ONCLICK=`",
            ),
            (
                "<svg><a href=\"javascript:alert(1)\">x</a></svg>",
                "a `javascript:` address",
            ),
            (
                "<svg><a xlink:href=\" java\tscript&colon;x\">x</a></svg>",
                "a `javascript:` address",
            ),
            (
                "<svg><a href=\"&#106;avascript:x\">x</a></svg>",
                "a `javascript:` address",
            ),
            (
                "<svg><a href=\"&#x6A&#x61vascript&#58;x\">x</a></svg>",
                "a `javascript:` address",
            ),
            (
                "<svg><set attributeName=\"href\" to=\"JavaScript:x\"/></svg>",
                "a `javascript:` address",
            ),
            (
                "<svg><a href=\"vbscript:x\"/></svg>",
                "a `vbscript:` address",
            ),
            (
                "<svg><foreignObject><iframe/></foreignObject></svg>",
                "`<foreignObject`",
            ),
            ("<!DOCTYPE svg [<!ENTITY a \"java\">]><svg/>", "`<!ENTITY`"),
            (
                "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><svg/>",
                "`<?xml-stylesheet`",
            ),
        ] {
            assert_eq!(found(svg).as_deref(), Some(what), "{svg}");
        }
        assert!(found("<\0s\0v\0g\0").unwrap().contains("NUL"));
    }

    #[test]
    fn the_first_finding_is_located() {
        let svg = b"<svg>\n  <rect/>\n  <circle onclick=\"x\"/><script/>\n</svg>";
        let (at, what) = find_script(svg).unwrap();
        assert_eq!(what, "the event attribute `onclick=`");
        assert_eq!(line_column(svg, at), (3, 11));
    }
}
