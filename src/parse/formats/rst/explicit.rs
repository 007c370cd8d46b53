//! reStructuredText explicit markup (lines starting `.. `): directives, comments,
//! link targets, substitution definitions, footnotes — what each one is, and the
//! targets and substitutions a document defines.
//!
//! Takes source lines; gives each explicit markup line's kind, and the document's
//! [`Refs`]. It does not lower anything.

use std::sync::LazyLock;

use regex::Regex;

use super::inline::Refs;

static DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\.\.\s+([\w.+-]+(?::[\w.+-]+)?)::(?:\s+(.*))?$").unwrap());
static TARGET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\.\.\s+_(`[^`]+`|[^:]+):\s*(\S*)\s*$").unwrap());
static SUBSTITUTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\.\.\s+\|([^|]+)\|\s+([\w-]+)::\s*(.*)$").unwrap());
static META: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\.\.\s+([a-z_]+):\s*(.*)$").unwrap());

/// What an explicit markup line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Explicit {
    /// A directive whose content is ordinary text to read (`container`, `class`, …).
    Wrapper,
    /// A directive whose title argument is a small heading (`rubric`, `topic`).
    Titled(String),
    /// A directive, comment, target, footnote or definition with nothing to read.
    Skip(&'static str),
    /// Page metadata in a comment (`.. title: …`, as static site generators write it).
    Meta(String, String),
}

/// Directives that only wrap ordinary content.
const WRAPPERS: [&str; 6] = [
    "container",
    "class",
    "compound",
    "only",
    "highlights",
    "line-block",
];

/// The kind of an explicit markup line; `None` when the line is not one.
pub fn kind(line: &str) -> Option<Explicit> {
    let t = line.trim_start();
    if !(t == ".." || t.starts_with(".. ")) {
        return None;
    }
    if let Some(c) = DIRECTIVE.captures(line) {
        let name = c[1].to_ascii_lowercase();
        let arg = c.get(2).map_or("", |m| m.as_str()).trim().to_string();
        return Some(match name.as_str() {
            n if WRAPPERS.contains(&n) => Explicit::Wrapper,
            "rubric" | "topic" | "sidebar" if !arg.is_empty() => Explicit::Titled(arg),
            _ => Explicit::Skip("ignored: directive"),
        });
    }
    if TARGET.is_match(line) {
        return Some(Explicit::Skip("ignored: link target"));
    }
    if SUBSTITUTION.is_match(line) {
        return Some(Explicit::Skip("ignored: substitution definition"));
    }
    if t.starts_with(".. [") {
        return Some(Explicit::Skip("ignored: footnote"));
    }
    if let Some(c) = META.captures(line) {
        return Some(Explicit::Meta(c[1].to_string(), c[2].trim().to_string()));
    }
    Some(Explicit::Skip("ignored: comment"))
}

/// The link targets and substitutions a document defines.
pub fn refs(lines: &[&str]) -> Refs {
    let mut refs = Refs::default();
    for line in lines {
        if let Some(c) = TARGET.captures(line) {
            if !c[2].is_empty() {
                let name = c[1].trim_matches('`').to_lowercase();
                refs.targets.insert(name, c[2].to_string());
            }
        } else if let Some(c) = SUBSTITUTION.captures(line) {
            let text = match &c[2] {
                "replace" | "unicode" => c[3].trim().to_string(),
                _ => String::new(),
            };
            refs.substitutions.insert(c[1].to_string(), text);
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(
            kind(".. image:: me.png"),
            Some(Explicit::Skip("ignored: directive"))
        );
        assert_eq!(kind(".. container:: box"), Some(Explicit::Wrapper));
        assert_eq!(
            kind(".. rubric:: Extra"),
            Some(Explicit::Titled("Extra".into()))
        );
        assert_eq!(
            kind(".. a note to self"),
            Some(Explicit::Skip("ignored: comment"))
        );
        assert_eq!(
            kind(".. title: CV of Ada"),
            Some(Explicit::Meta("title".into(), "CV of Ada".into()))
        );
        assert_eq!(kind("text .. more"), None);
    }

    #[test]
    fn targets_and_substitutions() {
        let r = refs(&[
            ".. _Acme Corp: https://acme.example",
            ".. |co| replace:: Acme",
        ]);
        assert_eq!(r.targets["acme corp"], "https://acme.example");
        assert_eq!(r.substitutions["co"], "Acme");
    }
}
