//! Org inline markup → Markdown's: `*bold*` → `**bold**`, `/italic/` → `*italic*`,
//! `=code=`/`~code~` → `` `code` ``, `+strike+`/`_under_` → their text, links
//! `[[url][text]]` → `text (url)`, `--`/`---` → dashes, a `\\` line break dropped,
//! timestamps (`<2021-09-01 Wed>`, `[2021-09-01]`) as their date.
//!
//! Takes one line's text; gives it converted. It does not read entities (`\alpha`),
//! macros or footnote references.

use std::sync::LazyLock;

use regex::Regex;

use super::super::shared::{dashes, link};

static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]").unwrap());

/// An active or inactive timestamp: its date, then a weekday, a time or a repeater.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[<\[](\d{4}-\d{2}(?:-\d{2})?)(?: [^<>\[\]]{1,30})?[>\]]").unwrap()
});

/// One line's Org inline markup as Markdown.
pub fn convert(s: &str) -> String {
    let s = s.strip_suffix("\\\\").unwrap_or(s).trim_end();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for c in LINK.captures_iter(s) {
        let m = c.get(0).expect("whole match");
        out.push_str(&marks(&TIMESTAMP.replace_all(&s[last..m.start()], "$1")));
        let text = c.get(2).map(|t| marks(t.as_str()));
        out.push_str(&link(&c[1], text.as_deref()));
        last = m.end();
    }
    out.push_str(&marks(&TIMESTAMP.replace_all(&s[last..], "$1")));
    out
}

const MARKERS: [char; 6] = ['*', '/', '=', '~', '+', '_'];

/// Org's rule for where emphasis may open: at the start or after a space or
/// opening punctuation.
fn opens_after(c: Option<char>) -> bool {
    c.map_or(true, |c| c.is_whitespace() || "-({'\"“‘[".contains(c))
}

/// …and where it may close: at the end or before a space or punctuation.
fn closes_before(c: Option<char>) -> bool {
    c.map_or(true, |c| {
        c.is_whitespace() || "-.,;:!?')}\"”’[]".contains(c)
    })
}

/// Emphasis and verbatim marks in text that holds no link.
fn marks(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let close = (MARKERS.contains(&c)
            && opens_after(i.checked_sub(1).map(|k| chars[k]))
            && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()))
        .then(|| closing(&chars, i))
        .flatten();
        let Some(j) = close else {
            plain.push(c);
            i += 1;
            continue;
        };
        out.push_str(&dashes(&plain));
        plain.clear();
        let inner: String = chars[i + 1..j].iter().collect();
        match c {
            '*' => out.push_str(&format!("**{}**", marks(&inner))),
            '/' => out.push_str(&format!("*{}*", marks(&inner))),
            '=' | '~' => out.push_str(&format!("`{inner}`")),
            _ => out.push_str(&marks(&inner)),
        }
        i = j + 1;
    }
    out.push_str(&dashes(&plain));
    out
}

/// Where the mark opened at `open` closes, if it does on this line.
fn closing(chars: &[char], open: usize) -> Option<usize> {
    let m = chars[open];
    (open + 2..chars.len()).find(|&j| {
        chars[j] == m && !chars[j - 1].is_whitespace() && closes_before(chars.get(j + 1).copied())
    })
}

#[cfg(test)]
mod tests {
    use super::convert;

    #[test]
    fn emphasis_and_code() {
        assert_eq!(
            convert("*Lead* engineer, /Acme/ =rustc= ~ls~"),
            "**Lead** engineer, *Acme* `rustc` `ls`"
        );
        assert_eq!(convert("+old+ and _new_"), "old and new");
    }

    #[test]
    fn marks_inside_words_and_paths_stay() {
        assert_eq!(convert("and/or 2018/2019 a*b*c"), "and/or 2018/2019 a*b*c");
        assert_eq!(convert("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(convert("snake_case_name"), "snake_case_name");
    }

    #[test]
    fn links() {
        assert_eq!(
            convert("see [[https://x.org/a][my /page/]] now"),
            "see my *page* (https://x.org/a) now"
        );
        assert_eq!(convert("[[https://x.org/a_b/c]]"), "https://x.org/a_b/c");
        assert_eq!(convert("[[mailto:a@b.org][a@b.org]]"), "a@b.org");
    }

    #[test]
    fn dashes_and_line_breaks() {
        assert_eq!(convert("2018--2021 \\\\"), "2018–2021");
        assert_eq!(convert("=--flag="), "`--flag`");
    }
}
