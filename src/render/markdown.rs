//! Markdown in résumé fields (summaries, highlights) → safe HTML.
//!
//! pulldown-cmark renders the Markdown, then ammonia keeps only a small allow-list of
//! tags (emphasis, links, lists, code) and URL schemes (http, https, mailto, tel and
//! relative URLs). So `<script>`, event attributes, `style`, images and `javascript:` or
//! `data:` links never reach a page, whatever a résumé or an override contains.
//!
//! Most fields are plain sentences; those skip both passes and are only escaped,
//! which gives the same HTML (a unit test holds the two paths equal) at a fraction
//! of the cost. This module knows nothing about Tera; see `filters`.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{html, Options, Parser};

/// Renders and sanitises Markdown; build once, share between threads.
pub struct Markdown {
    block: ammonia::Builder<'static>,
    inline: ammonia::Builder<'static>,
}

impl Default for Markdown {
    fn default() -> Self {
        Self::new()
    }
}

const INLINE_TAGS: &[&str] = &["a", "em", "strong", "code", "del", "br"];
const BLOCK_TAGS: &[&str] = &["p", "ul", "ol", "li", "blockquote", "pre"];

impl Markdown {
    pub fn new() -> Markdown {
        let inline = cleaner(INLINE_TAGS.iter().copied().collect());
        let block = cleaner(INLINE_TAGS.iter().chain(BLOCK_TAGS).copied().collect());
        Markdown { block, inline }
    }

    /// Block Markdown: paragraphs and lists, each paragraph in `<p>`.
    pub fn block(&self, text: &str) -> String {
        if is_plain(text) {
            return format!("<p>{}</p>\n", escape_text(text.trim()));
        }
        self.block.clean(&to_html(text)).to_string()
    }

    /// Inline Markdown for one-line fields (a highlight, a title): no `<p>` wrapper,
    /// and a line starting like a list or heading ("2021. Promoted", "# 1 seller")
    /// stays text.
    pub fn inline(&self, text: &str) -> String {
        if is_plain(text) {
            return escape_text(text.trim());
        }
        let escaped: Vec<String> = text.lines().map(escape_block_start).collect();
        let html = self.inline.clean(&to_html(&escaped.join("\n"))).to_string();
        html.trim().to_string()
    }

    /// The text of some Markdown without any markup (for meta descriptions and JSON-LD).
    pub fn plain(&self, text: &str) -> String {
        use pulldown_cmark::{Event, TagEnd};
        let mut out = String::with_capacity(text.len());
        for event in Parser::new_ext(text, options()) {
            match event {
                Event::Text(t) | Event::Code(t) => out.push_str(&t),
                Event::SoftBreak | Event::HardBreak => out.push(' '),
                Event::End(
                    TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::CodeBlock,
                ) => out.push(' '),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

fn to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2 + 16);
    html::push_html(&mut out, Parser::new_ext(text, options()));
    out
}

fn cleaner(tags: HashSet<&'static str>) -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.tags(tags)
        .tag_attributes(HashMap::from([("a", HashSet::from(["href", "title"]))]))
        .generic_attributes(HashSet::new())
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    b
}

/// True when `text` has nothing Markdown or HTML would treat specially, so escaping
/// it is all rendering would do.
fn is_plain(text: &str) -> bool {
    let t = text.trim();
    let Some(first) = t.chars().next() else {
        return true;
    };
    if !(first.is_alphabetic() || matches!(first, '(' | '"' | '\'' | '€' | '$' | '£')) {
        return false;
    }
    !t.chars().any(|c| {
        matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '&'
                | '!'
                | '#'
                | '~'
                | '|'
                | '\n'
                | '\r'
                | '\u{a0}'
                | '\0'
        )
    }) && !t.contains("  ")
}

/// Escapes text the way ammonia serialises it (`&`, `<`, `>`; quotes stay).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Backslash-escapes what would start a block (list item, heading, quote, rule,
/// setext underline) at the start of a line, so inline text stays inline.
fn escape_block_start(line: &str) -> String {
    let line = line.trim_start();
    let bytes = line.as_bytes();
    let spaced = |i: usize| bytes.get(i).map_or(true, |b| b.is_ascii_whitespace());
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')')) && spaced(digits + 1) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    let hashes = bytes.iter().take_while(|b| **b == b'#').count();
    let escape = match bytes.first() {
        Some(b'-' | b'+' | b'*') if spaced(1) => true,
        Some(b'#') => hashes <= 6 && spaced(hashes),
        Some(b'>') => true,
        Some(b'-' | b'*' | b'_' | b'=') => line.bytes().all(|b| b == bytes[0] || b == b' '),
        _ => false,
    };
    if escape {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md() -> Markdown {
        Markdown::new()
    }

    #[test]
    fn renders_emphasis_links_and_lists() {
        let m = md();
        assert_eq!(
            m.inline("Cut costs by **40%**"),
            "Cut costs by <strong>40%</strong>"
        );
        assert_eq!(
            m.inline("See [the paper](https://doi.org/10.1/x)"),
            "See <a href=\"https://doi.org/10.1/x\" rel=\"noopener noreferrer\">the paper</a>"
        );
        let block = m.block("One.\n\n- a\n- b\n");
        assert!(
            block.contains("<p>One.</p>") && block.contains("<li>a</li>"),
            "{block}"
        );
    }

    #[test]
    fn script_and_event_attributes_never_survive() {
        let m = md();
        for render in [Markdown::block, Markdown::inline] {
            let out = render(
                &m,
                "Hi <script>alert(1)</script><img src=x onerror=alert(2)> there",
            );
            assert!(!out.contains("<script"), "{out}");
            assert!(
                !out.contains("alert(1)"),
                "script content is dropped: {out}"
            );
            assert!(!out.contains("onerror"), "{out}");
            assert!(!out.contains("<img"), "{out}");
            let out = render(
                &m,
                "\"><img src=x onerror=alert(1)> <a href=\"#\" onclick=\"x()\">y</a>",
            );
            assert!(
                !out.contains("onerror") && !out.contains("onclick"),
                "{out}"
            );
            let out = render(&m, "<b style=\"color:red\" class=\"x\">bold</b>");
            assert!(!out.contains("style") && !out.contains("class"), "{out}");
        }
    }

    #[test]
    fn dangerous_urls_are_dropped() {
        let m = md();
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
        ] {
            for out in [
                m.inline(&format!("[click]({url})")),
                m.block(&format!("[click]({url})")),
                m.inline(&format!("<a href=\"{url}\">click</a>")),
                m.inline(&format!("<{url}>")),
            ] {
                for href in out.split("href=\"").skip(1) {
                    let href = href.split('"').next().unwrap().to_lowercase();
                    assert!(
                        !href.contains("javascript")
                            && !href.contains("data:")
                            && !href.contains("vbscript"),
                        "{url} → {out}"
                    );
                }
                assert!(
                    !out.contains("<a href=\"j") && !out.contains("<a href=\"d"),
                    "{url} → {out}"
                );
            }
        }
        assert!(m
            .inline("[mail](mailto:a@b.example)")
            .contains("href=\"mailto:a@b.example\""));
        assert!(m.inline("[rel](../cv.pdf)").contains("href=\"../cv.pdf\""));
    }

    #[test]
    fn inline_keeps_list_and_heading_starts_as_text() {
        let m = md();
        assert_eq!(m.inline("2021. Promoted twice"), "2021. Promoted twice");
        assert_eq!(m.inline("# 1 seller"), "# 1 seller");
        assert_eq!(m.inline("- dash start"), "- dash start");
        assert_eq!(m.inline("> quoted"), "&gt; quoted");
        assert_eq!(m.inline("**bold** start"), "<strong>bold</strong> start");
        assert_eq!(m.inline("*em* start"), "<em>em</em> start");
        assert_eq!(m.inline("Line one\n---"), "Line one\n---");
        assert!(
            !m.block("# Heading").contains("<h1"),
            "headings would break the outline"
        );
    }

    #[test]
    fn plain_fast_path_matches_the_full_pipeline() {
        let m = md();
        for s in [
            "Led a team of 5 engineers across 3 time zones.",
            "Réduit les coûts de 20 % (en 2021) — \"vraiment\".",
            "O'Brien & Partners",
            "Built the company’s first data warehouse; served 40 analysts.",
            "a < b > c",
            "用户增长 200%",
        ] {
            assert_eq!(
                m.inline(s),
                m.inline.clean(&to_html(s)).to_string().trim(),
                "{s}"
            );
            assert_eq!(m.block(s), m.block.clean(&to_html(s)).to_string(), "{s}");
        }
    }

    #[test]
    fn plain_text_for_meta() {
        let m = md();
        assert_eq!(
            m.plain("Data engineer who turns **slow batch pipelines**\ninto [streams](https://x.example)."),
            "Data engineer who turns slow batch pipelines into streams."
        );
        assert_eq!(
            m.plain("Hi <b>there</b>\n\n- one\n- two"),
            "Hi there one two"
        );
        assert_eq!(m.plain("<script>alert(1)</script>"), "");
    }
}
