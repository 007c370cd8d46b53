//! Regexes whose Unicode classes cost most of their compile time, compiled a second,
//! cheaper way for the text where that cannot change what they match.
//!
//! Takes a pattern; gives the compiled regex fit for a given text: `\d`, `\w` and
//! `\p{Lu}` narrowed to their ASCII members when every character of the text outside
//! ASCII is one no such class holds (spaces, dashes, quotes, bullets, arrows), the
//! full pattern otherwise. Each form is compiled on first use, so a run that never
//! meets a letter outside ASCII never pays for the Unicode tables. It does not change
//! what any pattern matches, nor narrow anything else (`\s`, `\b`, case folding).

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::{Captures, Match, Matches, Regex};

/// A pattern with its narrow and full forms, each compiled when first needed.
pub struct Pattern {
    source: &'static str,
    narrow: OnceLock<Regex>,
    full: OnceLock<Regex>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            narrow: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// The form that matches `text` exactly as the full pattern does.
    pub fn fit(&self, text: &str) -> &Regex {
        if text.chars().all(narrow_safe) {
            self.narrow.get_or_init(|| compile(&narrowed(self.source)))
        } else {
            self.full.get_or_init(|| compile(self.source))
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.fit(text).is_match(text)
    }

    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.fit(text).find(text)
    }

    pub fn find_iter<'r, 'h>(&'r self, text: &'h str) -> Matches<'r, 'h> {
        self.fit(text).find_iter(text)
    }

    pub fn captures<'h>(&self, text: &'h str) -> Option<Captures<'h>> {
        self.fit(text).captures(text)
    }

    pub fn replace_all<'h>(&self, text: &'h str, with: &str) -> Cow<'h, str> {
        self.fit(text).replace_all(text, with)
    }
}

fn compile(source: &str) -> Regex {
    // The patterns are the program's own, checked by the tests of every reader.
    Regex::new(source).unwrap_or_else(|e| panic!("invalid built-in pattern: {e}"))
}

/// `source` with `\d`, `\w` and `\p{Lu}` replaced by their ASCII members (as nested
/// classes, so they stay valid inside a bracket class too); other escapes untouched.
fn narrowed(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 32);
    let mut rest = source;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let esc = &rest[at..];
        let (with, len) = if esc.starts_with(r"\d") {
            ("[0-9]", 2)
        } else if esc.starts_with(r"\w") {
            ("[0-9A-Za-z_]", 2)
        } else if esc.starts_with(r"\p{Lu}") {
            ("[A-Z]", 6)
        } else {
            // Any other escape, kept whole so its second character is not read as one.
            let len = 1 + esc[1..].chars().next().map_or(0, char::len_utf8);
            (&esc[..len], len)
        };
        out.push_str(with);
        rest = &esc[len..];
    }
    out.push_str(rest);
    out
}

/// A character on which no form of `\d`, `\w` or `\p{Lu}` can disagree with its
/// narrowing, case-folded or not: ASCII, and the blocks of punctuation, spaces,
/// arrows and symbols typeset text uses, less the few letters, digits, connectors and
/// joiners among them (a test checks every one against the regex crate's tables).
fn narrow_safe(c: char) -> bool {
    matches!(c,
        '\0'..='\u{7F}'
        | '\u{A0}'..='\u{A9}' | '\u{AB}'..='\u{B1}' | '\u{B4}' | '\u{B6}'..='\u{B8}'
        | '\u{BB}'..='\u{BF}' | '\u{D7}' | '\u{F7}'
        | '\u{2000}'..='\u{200B}' | '\u{200E}'..='\u{203E}' | '\u{2041}'..='\u{2053}'
        | '\u{2055}'..='\u{206F}' | '\u{2190}'..='\u{245F}' | '\u{2500}'..='\u{2BFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_characters_are_in_no_narrowed_class() {
        let wide = Regex::new(r"^[\w\d\p{Lu}]$").unwrap();
        let folded = Regex::new(r"(?i)^[\w\d\p{Lu}]$").unwrap();
        let narrow = Regex::new(r"(?i)^[0-9A-Za-z_]$").unwrap();
        for c in (0x80..=0x2BFF)
            .filter_map(char::from_u32)
            .filter(|&c| narrow_safe(c))
        {
            let s = c.to_string();
            assert!(
                !wide.is_match(&s) && !folded.is_match(&s),
                "U+{:04X}",
                c as u32
            );
            assert!(!narrow.is_match(&s), "U+{:04X}", c as u32);
        }
        for c in (0..0x80u8).map(char::from) {
            let s = c.to_string();
            assert_eq!(wide.is_match(&s), narrow.is_match(&s), "{c:?}");
        }
    }

    #[test]
    fn narrowing_replaces_only_the_wide_classes() {
        assert_eq!(
            narrowed(r"^\d+\s\w[\d.]\p{Lu}"),
            r"^[0-9]+\s[0-9A-Za-z_][[0-9].][A-Z]"
        );
        assert_eq!(narrowed(r"\\d\.\(é\)"), r"\\d\.\(é\)");
    }

    #[test]
    fn both_forms_match_alike_where_the_narrow_one_is_used() {
        let p = Pattern::new(r"(?i)\b\p{Lu}\w+\s\d{2}");
        for text in [
            "Rust 12",
            "rust 12 · Go 34",
            "Zoë 12",
            "Ünal 34 – x",
            "١٢ Abc ١٢",
            "ab\u{A0}12",
        ] {
            let full = Regex::new(p.source).unwrap();
            let got: Vec<&str> = p.find_iter(text).map(|m| m.as_str()).collect();
            let want: Vec<&str> = full.find_iter(text).map(|m| m.as_str()).collect();
            assert_eq!(got, want, "{text}");
        }
        assert!(p.narrow.get().is_some() && p.full.get().is_some());
    }
}
