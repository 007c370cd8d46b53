//! AsciiDoc inline markup → Markdown's: `*bold*` → `**bold**`, `_italic_` →
//! `*italic*`, `` `code` `` kept, `#mark#`/`+pass+`/`^sup^`/`~sub~` → their text,
//! links `url[text]`, `link:url[text]`, `mailto:addr[text]` → `text (url)`,
//! cross-references `<<id,text>>` → text, inline images, icons and footnotes
//! dropped, `{attribute}` references → their value, a trailing ` +` break dropped.
//!
//! Takes one line and the document's attributes; gives the line converted. It does
//! not apply substitutions a block turns off.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::super::shared::{dashes, link};

static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]+)`").unwrap());
static MACRO_DROP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s?(?:image|icon|footnote|footnoteref|indexterm|kbd):[^\s\[]*\[[^\]]*\]").unwrap()
});
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:link:|mailto:)?((?:https?|ftp|mailto|file):[^\s\[\]]+|[^\s\[\]]+@[^\s\[\]]+)\[(?:"([^"\]]*)"|([^\]]*))\]"#).unwrap()
});
static LINK_MACRO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"link:([^\s\[\]]+)\[([^\]]*)\]").unwrap());
static XREF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<<([^,>]+)(?:,\s*([^>]+))?>>|xref:([^\s\[]+)\[([^\]]*)\]").unwrap()
});
static ATTR_REF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{([\w-]+)\}").unwrap());
static ROLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[[.#][^\]]*\]#").unwrap());
static BOLD2: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\*\*(\S(?:.*?\S)?)\*\*").unwrap());
static ITALIC2: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"__(\S(?:.*?\S)?)__").unwrap());
static UNMARK2: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"##(\S(?:.*?\S)?)##|\+\+\+(.+?)\+\+\+|\+\+(.+?)\+\+").unwrap());

/// AsciiDoc's built-in character attributes.
fn builtin(name: &str) -> Option<&'static str> {
    Some(match name {
        "nbsp" | "sp" => " ",
        "amp" => "&",
        "empty" | "zwsp" => "",
        "lt" => "<",
        "gt" => ">",
        "startsb" => "[",
        "endsb" => "]",
        "vbar" => "|",
        "apos" => "'",
        "quot" => "\"",
        "plus" => "+",
        "deg" => "°",
        "bullet" => "•",
        _ => return None,
    })
}

/// One line's AsciiDoc inline markup as Markdown.
pub fn convert(line: &str, attrs: &HashMap<String, String>) -> String {
    let s = line.strip_suffix(" +").unwrap_or(line);
    let s = ATTR_REF.replace_all(s, |c: &Captures| {
        let name = c[1].to_lowercase();
        match attrs.get(&name) {
            Some(v) => v.clone(),
            None => builtin(&name).map_or_else(|| c[0].to_string(), str::to_string),
        }
    });
    // Code first, kept aside so nothing inside it is read as markup.
    let mut code = Vec::new();
    let s = CODE.replace_all(&s, |c: &Captures| {
        code.push(format!("`{}`", &c[1]));
        format!("\u{1}{}\u{1}", code.len() - 1)
    });
    let s = MACRO_DROP.replace_all(&s, "");
    let s = LINK_MACRO.replace_all(&s, |c: &Captures| link_text(&c[1], &c[2]));
    let s = LINK.replace_all(&s, |c: &Captures| {
        let text = c.get(2).or(c.get(3)).map_or("", |m| m.as_str());
        link_text(&c[1], text)
    });
    let s = XREF.replace_all(&s, |c: &Captures| {
        let text = c.get(2).or(c.get(4)).map_or("", |m| m.as_str()).trim();
        if text.is_empty() {
            c.get(1).or(c.get(3)).map_or("", |m| m.as_str()).to_string()
        } else {
            text.to_string()
        }
    });
    let s = ROLE.replace_all(&s, "#");
    let s = BOLD2.replace_all(&s, "\u{2}$1\u{2}");
    let s = ITALIC2.replace_all(&s, "\u{3}$1\u{3}");
    let s = UNMARK2.replace_all(&s, |c: &Captures| {
        c.get(1)
            .or(c.get(2))
            .or(c.get(3))
            .map_or("", |m| m.as_str())
            .to_string()
    });
    let mut s = constrained(&s);
    s = s.replace('\u{2}', "**").replace('\u{3}', "*");
    s = dashes(&s);
    for (k, c) in code.iter().enumerate() {
        s = s.replace(&format!("\u{1}{k}\u{1}"), c);
    }
    s.trim().to_string()
}

/// A link macro's text and target as the text reader reads them; a link whose
/// text is only attributes (`[window=_blank]`) has none.
fn link_text(url: &str, text: &str) -> String {
    let text = text
        .split(',')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"');
    let text = (!text.contains('=') && !text.is_empty()).then_some(text);
    link(url, text)
}

/// Constrained marks (`*b*`, `_i_`, `#m#`, `^s^`, `~s~`, `+p+`): they open after a
/// space or punctuation and close before one, as AsciiDoc reads them.
fn constrained(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    while i < chars.len() {
        let c = chars[i];
        let opens = "*_#^~+".contains(c)
            && !word(i.checked_sub(1).and_then(|k| chars.get(k)))
            && chars
                .get(i + 1)
                .is_some_and(|n| !n.is_whitespace() && *n != c);
        let close = opens
            .then(|| {
                (i + 2..chars.len()).find(|&j| {
                    chars[j] == c && !chars[j - 1].is_whitespace() && !word(chars.get(j + 1))
                })
            })
            .flatten();
        match close {
            Some(j) => {
                let inner: String = chars[i + 1..j].iter().collect();
                let inner = constrained(&inner);
                match c {
                    '*' => out.push_str(&format!("\u{2}{inner}\u{2}")),
                    '_' => out.push_str(&format!("\u{3}{inner}\u{3}")),
                    _ => out.push_str(&inner),
                }
                i = j + 1;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(s: &str) -> String {
        let mut attrs = HashMap::new();
        attrs.insert("email".to_string(), "ada@example.org".to_string());
        convert(s, &attrs)
    }

    #[test]
    fn marks() {
        assert_eq!(
            conv("*Lead* at _Acme_, `a_b*c*` and **un**constrained #hi#"),
            "**Lead** at *Acme*, `a_b*c*` and **un**constrained hi"
        );
        assert_eq!(
            conv("snake_case_name and 2*3*4"),
            "snake_case_name and 2*3*4"
        );
    }

    #[test]
    fn links_and_macros() {
        assert_eq!(
            conv("image:in.svg[role=x] link:https://x.org/in/ada/[Linkedin]"),
            "Linkedin (https://x.org/in/ada/)"
        );
        assert_eq!(
            conv("see https://x.org[my site] or <<work,Work>>"),
            "see my site (https://x.org) or Work"
        );
        assert_eq!(conv("mailto:{email}[]"), "ada@example.org");
        assert_eq!(conv("https://x.org/a_b_c"), "https://x.org/a_b_c");
    }

    #[test]
    fn attributes_and_breaks() {
        assert_eq!(conv("Mail: {email} +"), "Mail: ada@example.org");
        assert_eq!(conv("a{nbsp}b {unknown}"), "a b {unknown}");
    }
}
