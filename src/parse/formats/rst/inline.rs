//! reStructuredText inline markup → Markdown's: `**bold**` and `*italic*` stay,
//! ``` ``literal`` ``` → `` `literal` ``, links `` `text <url>`_ `` → `text (url)`,
//! references to named targets (`` `text`_ ``, `word_`) → their text and address,
//! `|substitutions|` → their text, roles (`` :code:`x` ``) → their text, footnote and
//! citation references dropped, backslash escapes undone, `--`/`---` as dashes.
//!
//! Takes one line and the document's targets and substitutions; gives the line
//! converted. It does not check that markup is well formed.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::super::shared::{dashes, link};

/// Named link targets (`.. _name: url`) and substitutions (`.. |name| replace:: text`).
#[derive(Debug, Default)]
pub struct Refs {
    pub targets: HashMap<String, String>,
    pub substitutions: HashMap<String, String>,
}

static LITERAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"``(.+?)``").unwrap());
static EMBEDDED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"`([^`<]*?)\s*<([^<>`]+)>`__?").unwrap());
static NAMED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]+)`__?").unwrap());
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r":[\w.+-]+:`([^`]*?)(?:\s*<[^<>`]*>)?`|`([^`]*?)`:[\w.+-]+:").unwrap()
});
static WORD_REF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b([\w.-]+)__?\b").unwrap());
static FOOTNOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s?\[(?:#\w*|\*|\d+|[A-Za-z][\w.-]*)\]_").unwrap());
static SUBST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\|([^|\s][^|]*?)\|(?:__?)?").unwrap());
static INTERPRETED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]+)`").unwrap());

/// One line's RST inline markup as Markdown.
pub fn convert(line: &str, refs: &Refs) -> String {
    // Literals first, kept aside so nothing inside them is read as markup.
    let mut literals = Vec::new();
    let s = LITERAL.replace_all(line, |c: &Captures| {
        literals.push(format!("`{}`", &c[1]));
        format!("\u{1}{}\u{1}", literals.len() - 1)
    });
    let s = EMBEDDED.replace_all(&s, |c: &Captures| {
        let text = c[1].trim();
        link(&c[2], (!text.is_empty()).then_some(text))
    });
    let s = ROLE.replace_all(&s, |c: &Captures| {
        c.get(1).or(c.get(2)).map_or("", |m| m.as_str()).to_string()
    });
    let s = NAMED.replace_all(&s, |c: &Captures| named(&c[1], refs));
    let s = WORD_REF.replace_all(&s, |c: &Captures| {
        let key = c[1].to_lowercase();
        match refs.targets.get(&key) {
            Some(url) => link(url, Some(&c[1])),
            None => c[0].to_string(),
        }
    });
    let s = FOOTNOTE.replace_all(&s, "");
    let s = SUBST.replace_all(&s, |c: &Captures| match refs.substitutions.get(&c[1]) {
        Some(text) => text.clone(),
        None => c[0].to_string(),
    });
    let s = INTERPRETED.replace_all(&s, "$1");
    // Writers type `--` for a dash (docutils' smart quotes read it so too).
    let mut s = dashes(&unescape(&s));
    for (k, lit) in literals.iter().enumerate() {
        s = s.replace(&format!("\u{1}{k}\u{1}"), lit);
    }
    s
}

/// A reference to a named target: its text, with the address where the target has one.
fn named(text: &str, refs: &Refs) -> String {
    let key = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match refs.targets.get(&key) {
        Some(url) => link(url, Some(text)),
        None => text.to_string(),
    }
}

/// Backslash escapes: `\*` is a star; a backslash before a space joins nothing.
fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(' ')) => {
                chars.next();
            }
            ('\\', Some(&n)) => {
                out.push(n);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs() -> Refs {
        let mut r = Refs::default();
        r.targets
            .insert("acme".into(), "https://acme.example".into());
        r.targets
            .insert("my site".into(), "https://me.example".into());
        r.substitutions.insert("rust".into(), "Rust 1.80".into());
        r
    }

    #[test]
    fn emphasis_and_literals() {
        assert_eq!(
            convert("**Lead** at *Acme*: ``a_ *b*`` and :code:`ls`", &refs()),
            "**Lead** at *Acme*: `a_ *b*` and ls"
        );
    }

    #[test]
    fn links_and_references() {
        assert_eq!(
            convert(
                "see `my page <https://x.org/p>`_ or `<https://y.org>`__",
                &refs()
            ),
            "see my page (https://x.org/p) or https://y.org"
        );
        assert_eq!(
            convert("worked at Acme_ (`My Site`_)", &refs()),
            "worked at Acme (https://acme.example) (My Site (https://me.example))"
        );
        assert_eq!(convert("a snake_case_ word", &refs()), "a snake_case_ word");
    }

    #[test]
    fn substitutions_footnotes_escapes() {
        assert_eq!(
            convert("uses |rust| [#]_ and \\*stars\\*", &refs()),
            "uses Rust 1.80 and *stars*"
        );
    }
}
