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
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Match, Matches, Regex};

/// A pattern with its narrow and full forms, each compiled when first needed.
pub struct Pattern {
    source: &'static str,
    /// Its narrow form runs without case folding on the text's ASCII lower case.
    fold: bool,
    narrow: OnceLock<Regex>,
    full: OnceLock<Regex>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            fold: false,
            narrow: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// A pattern that starts `(?i)`, whose narrow form also leaves out case folding and
    /// runs on the text's ASCII lower case instead: the same spans (lower-casing ASCII
    /// moves no byte, and the text holds no letter outside ASCII to fold), for half the
    /// compile time of a long case-blind list of words. Only spans come from that form
    /// ([`is_match`](Self::is_match), [`spans`](Self::spans)); what hands back text
    /// runs the full pattern.
    pub const fn folded(source: &'static str) -> Pattern {
        Pattern {
            source,
            fold: true,
            narrow: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// `f` run with the form to run and the text to run it on, for spans of `text`.
    fn with_form<R>(&self, text: &str, f: impl FnOnce(&Regex, &str) -> R) -> R {
        if !narrow_fits(text) {
            return f(self.full(), text);
        }
        if !self.fold {
            return f(self.narrow(), text);
        }
        // Lower-cased on the stack when the text is a line's length, as nearly all are.
        let mut buf = [0u8; LOWER_ON_STACK];
        if let Some(b) = buf.get_mut(..text.len()) {
            b.copy_from_slice(text.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(b) {
                return f(self.narrow(), lower);
            }
        }
        f(self.narrow(), &text.to_ascii_lowercase())
    }

    /// The form that matches `text` itself exactly as the full pattern does.
    pub fn fit(&self, text: &str) -> &Regex {
        if !self.fold && narrow_fits(text) {
            self.narrow()
        } else {
            self.full()
        }
    }

    fn narrow(&self) -> &Regex {
        self.narrow.get_or_init(|| compile(&self.narrow_source()))
    }

    fn full(&self) -> &Regex {
        self.full.get_or_init(|| compile(self.source))
    }

    fn narrow_source(&self) -> String {
        match self.source.strip_prefix("(?i)") {
            Some(rest) if self.fold => lowered(&narrowed(rest)),
            _ => narrowed(self.source),
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.with_form(text, |regex, text| regex.is_match(text))
    }

    /// Where the pattern matches in `text`, left to right, without overlaps.
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        self.with_form(text, |regex, text| {
            regex.find_iter(text).map(|m| m.range()).collect()
        })
    }

    /// Where the first match is in `text`: [`find`](Self::find)'s span, from the cheap
    /// form when it fits (a case-blind pattern's too, whose `find` needs the full form).
    pub fn find_span(&self, text: &str) -> Option<Range<usize>> {
        self.with_form(text, |regex, text| regex.find(text).map(|m| m.range()))
    }

    /// Where capture `group` of the first match is in `text`, from the cheap form when it
    /// fits: the narrow form is the same pattern over the same bytes, so it takes the
    /// same path through it, groups and all.
    pub fn group_span(&self, text: &str, group: usize) -> Option<Range<usize>> {
        self.with_form(text, |regex, text| {
            regex.captures(text)?.get(group).map(|m| m.range())
        })
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

/// Longest text lower-cased on the stack for a folded pattern: a long line's length.
const LOWER_ON_STACK: usize = 256;

/// Whether the narrow form matches `text` as the full one does: ASCII (checked a word
/// at a time) or only the characters [`narrow_safe`] lists.
fn narrow_fits(text: &str) -> bool {
    text.is_ascii() || text.chars().all(narrow_safe)
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

/// `source` with its ASCII letters in lower case, escapes (`\\S`, `\\p{…}`) kept as
/// they are.
fn lowered(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at].to_ascii_lowercase());
        let esc = &rest[at..];
        let len = match esc.as_bytes().get(1..3) {
            Some([b'p' | b'P', b'{']) => esc.find('}').map_or(esc.len(), |end| end + 1),
            Some([b'p' | b'P', _]) => 3,
            _ => 1 + esc[1..].chars().next().map_or(0, char::len_utf8),
        };
        out.push_str(&esc[..len]);
        rest = &esc[len..];
    }
    out.push_str(&rest.to_ascii_lowercase());
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
    fn lowering_keeps_escapes() {
        assert_eq!(lowered(r"AB\S\p{Lu}[ÉéEe]\.X"), r"ab\S\p{Lu}[Ééee]\.x");
    }

    #[test]
    fn a_folded_pattern_finds_the_spans_of_the_full_one() {
        let p = Pattern::folded(r"(?i)(?-u:\b)(?:dipl\.-\w+|honou?rs?|[A-Z]\d|über|k\s?s)(?-u:\b)");
        let full = Regex::new(p.source).unwrap();
        let mut texts: Vec<String> = (0x20..0x7Fu8)
            .map(|b| format!("{}1 HONOURS", b as char))
            .collect();
        texts.extend(
            [
                "Dipl.-Ing. x",
                "DIPL.-KFM · honors",
                "ÜBER uns",
                "über K S",
                "\u{212A}s",
                "ks KS kS",
            ]
            .map(String::from),
        );
        for text in &texts {
            let want: Vec<Range<usize>> = full.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(p.spans(text), want, "{text}");
            assert_eq!(p.is_match(text), !want.is_empty(), "{text}");
            assert_eq!(
                p.find(text).map(|m| m.range()),
                want.first().cloned(),
                "{text}"
            );
        }
        assert!(p.narrow.get().is_some() && p.full.get().is_some());
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

    #[test]
    fn a_folded_pattern_gives_the_full_spans_and_groups_without_compiling_it() {
        let p = Pattern::folded(r"(?i)\b(?:gpa|grade)\b\s*:?\s*(\d+(?:[.,]\d+)?)");
        let full = Regex::new(p.source).unwrap();
        for text in [
            "BSc, GPA: 3.9/4",
            "Grade 1,3 — final",
            "upgrade 2",
            "no grade",
        ] {
            let want = full.find(text).map(|m| m.range());
            assert_eq!(p.find_span(text), want, "{text}");
            let want = full
                .captures(text)
                .and_then(|c| c.get(1))
                .map(|m| m.range());
            assert_eq!(p.group_span(text, 1), want, "{text}");
        }
        assert!(p.narrow.get().is_some() && p.full.get().is_none());
        assert_eq!(p.find_span("GRADE 2 · Ünal"), Some(0..7));
        assert!(p.full.get().is_some());
    }
}
