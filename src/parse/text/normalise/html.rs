//! HTML markup in a line of résumé text, told apart from text that only looks like a
//! tag: `<b>Acme</b>` and `<span class="x">` are markup, `Vec<T>`, `<name>` and a
//! `<dialog>` written about in prose are text.
//!
//! Takes one line (code spans already set aside by the caller); gives it without its
//! HTML tags and comments, a line break tag as a space. It does not decode entities.

use std::sync::LazyLock;

use regex::{Captures, Regex};

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?(/?)>").unwrap()
});

/// HTML element names a résumé's markup uses (Markdown's inline HTML, web and
/// word-processor exports). Anything else in angle brackets is text.
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "nobr",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements that never close: a bare `<br>` or `<hr>` is markup on its own.
const VOID: &[&str] = &["br", "hr", "img", "wbr", "meta", "link", "col", "source"];

/// The line without its HTML markup.
pub fn strip_tags(s: &str) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let lower = s.to_ascii_lowercase();
    // A line of nothing but tags is block markup (`<div>` on a line of its own).
    let only_tags = TAG.replace_all(s, "").trim().is_empty();
    TAG.replace_all(s, |c: &Captures| {
        let Some(name) = c.get(2).map(|m| m.as_str().to_ascii_lowercase()) else {
            return String::new(); // a comment
        };
        if !ELEMENTS.contains(&name.as_str()) {
            return c[0].to_string();
        }
        let closing = !c[1].is_empty();
        let attributes = c.get(3).is_some_and(|m| m.as_str().contains('='));
        let self_closing = !c[4].is_empty();
        // A bare opening tag is markup only when something else says so: it never
        // closes, it closes later on the line, or the line is all markup.
        let markup = closing
            || attributes
            || self_closing
            || VOID.contains(&name.as_str())
            || only_tags
            || lower.contains(&format!("</{name}"));
        if !markup {
            return c[0].to_string();
        }
        // Breaks and the ends of blocks and cells part the words on either side.
        let parts = ["br", "hr"].contains(&name.as_str())
            || (closing && ["p", "div", "li", "td", "th", "tr"].contains(&name.as_str()));
        if parts { " " } else { "" }.to_string()
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped() {
        assert_eq!(strip_tags("2<sup>nd</sup> Place"), "2nd Place");
        assert_eq!(
            strip_tags(r#"<a href="https://x.org">Acme</a> Ltd"#),
            "Acme Ltd"
        );
        assert_eq!(strip_tags("<span class=\"date\">2021</span>"), "2021");
        assert_eq!(strip_tags("Lead<br>Berlin"), "Lead Berlin");
        assert_eq!(strip_tags("Lead<br/>Berlin"), "Lead Berlin");
        assert_eq!(strip_tags("<div>"), "");
        assert_eq!(strip_tags("a <!-- note --> b"), "a  b");
    }

    #[test]
    fn text_shaped_like_tags_stays() {
        assert_eq!(
            strip_tags("Vec<T> and Option<String>"),
            "Vec<T> and Option<String>"
        );
        assert_eq!(
            strip_tags("Built a <dialog>-based modal"),
            "Built a <dialog>-based modal"
        );
        assert_eq!(
            strip_tags("mail <firstname.lastname>"),
            "mail <firstname.lastname>"
        );
        assert_eq!(strip_tags("Tom <tom> 3 < 4 > 2"), "Tom <tom> 3 < 4 > 2");
    }
}
