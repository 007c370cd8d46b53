//! One line's inline debris: odd spaces, ligatures, LaTeX commands and math, escaped
//! symbols, HTML tags and entities; code spans in backticks are left as written. What
//! the line *is* (a bullet, a heading, noise) is decided in `marks` and `noise`.

use std::sync::LazyLock;

use regex::Regex;

use super::html;
use crate::parse::glyphs::ligature;

static LATEX_WRAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\\(?:textbf|textit|emph|underline|texttt|textsc|textrm|mathrm|mathbf|text|uline|mbox)\{([^{}]*)\}").unwrap()
});
static LATEX_HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\href\{([^{}]*)\}\{([^{}]*)\}").unwrap());
static LATEX_SUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\^_]\{([^{}]*)\}").unwrap());
static CODE_SPAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`[^`]+`").unwrap());

/// Cleans one line's inline debris: spaces, ligatures, LaTeX, HTML, Markdown escapes.
pub fn clean_inline(raw: &str) -> String {
    // Most lines have nothing to clean: ASCII holds no odd space or ligature, and
    // without these marks there is no LaTeX, HTML or entity to take out.
    let markup = ['\\', '$', '^', '<', '&'];
    if raw.is_ascii() && !raw.contains(['\t', '\r']) && !raw.contains(markup) {
        return raw.to_string();
    }
    let mut s = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' | '\u{2002}'
            | '\u{2003}' | '\u{3000}' => s.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\r' => {}
            '\t' => s.push_str("   "),
            c if ligature(c).is_some() => s.push_str(ligature(c).unwrap_or_default()),
            '\u{2010}' | '\u{2011}' => s.push('-'),
            '\u{2012}' | '\u{2015}' | '\u{2212}' => s.push('–'),
            _ => s.push(c),
        }
    }
    if !s.contains(markup) {
        return s;
    }
    // Code spans are kept as written: `Vec<T>` or `$HOME` there is no markup.
    outside_code(&s, |part| {
        let mut part = part.to_string();
        if part.contains('\\') || part.contains('$') || part.contains('^') {
            part = clean_latex(&part);
        }
        if part.contains('<') || part.contains('&') {
            part = clean_html(&part);
        }
        part
    })
}

/// `f` applied to the parts of `s` outside backtick code spans.
fn outside_code(s: &str, f: impl Fn(&str) -> String) -> String {
    if !s.contains('`') {
        return f(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for m in CODE_SPAN.find_iter(s) {
        out.push_str(&f(&s[last..m.start()]));
        out.push_str(m.as_str());
        last = m.end();
    }
    out.push_str(&f(&s[last..]));
    out
}

fn clean_latex(s: &str) -> String {
    let mut s = LATEX_HREF.replace_all(s, "[$2]($1)").into_owned();
    for _ in 0..2 {
        s = LATEX_WRAP.replace_all(&s, "$1").into_owned();
    }
    for (cmd, rep) in [
        ("\\bullet", "•"),
        ("\\cdot", "·"),
        ("\\textbar", "|"),
        ("\\vert", "|"),
        ("\\textasciitilde", "~"),
        ("\\sim", "~"),
        ("\\rightarrow", "→"),
        ("\\to ", "→ "),
        ("\\times", "×"),
        ("\\ldots", "…"),
        ("\\dots", "…"),
        ("\\qquad", "   "),
        ("\\quad", "   "),
        ("\\hfill", "   "),
        ("\\newline", "   "),
        ("\\\\", "   "),
        ("\\,", " "),
        ("\\;", " "),
        ("\\!", ""),
    ] {
        if s.contains(cmd) {
            s = s.replace(cmd, rep);
        }
    }
    s = strip_math(&s);
    s = LATEX_SUP.replace_all(&s, "$1").into_owned();
    unescape(&s)
}

/// Removes `$…$` math delimiters around converter output (`$May\ 2022$`, `$|$`), but
/// leaves prices ("$5 and $10") alone.
fn strip_math(s: &str) -> String {
    let bytes = s.as_bytes();
    let dollars: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'$' && (i == 0 || bytes[i - 1] != b'\\'))
        .collect();
    if dollars.len() < 2 {
        return s.to_string();
    }
    // A byte mask, not a list searched per character: one long line full of `$` must
    // stay linear.
    let mut drop = vec![false; bytes.len()];
    let whole = s.trim();
    for pair in dollars.chunks(2) {
        let [a, b] = pair else { break };
        let inner = &s[a + 1..*b];
        // "$2017–2020$", "$2020-present$": a bare date range set in math.
        let words: String = inner
            .chars()
            .filter(|c| !(c.is_ascii_digit() || matches!(c, '–' | '-' | '/' | '.' | ' ' | '—')))
            .collect::<String>()
            .to_lowercase();
        let number_range = inner.bytes().filter(u8::is_ascii_digit).count() >= 4
            && matches!(words.as_str(), "" | "present" | "now" | "current" | "today");
        let mathy = number_range
            || inner.contains(['\\', '^', '_', '{'])
            || (inner.chars().count() <= 2 && !inner.chars().any(char::is_alphanumeric))
            || (whole.starts_with('$') && whole.ends_with('$') && dollars.len() == 2);
        if mathy && !inner.is_empty() {
            drop[*a] = true;
            drop[*b] = true;
        }
    }
    s.char_indices()
        .filter(|&(i, _)| !drop[i])
        .map(|(_, c)| c)
        .collect()
}

/// `\$` → `$`, `\ ` → space, `\*` → `*` (LaTeX and Markdown escapes).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some(&n) if n == ' ' || (n.is_ascii_punctuation() && n != '\\') => {
                    out.push(n);
                    chars.next();
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

fn clean_html(s: &str) -> String {
    let mut s = if s.contains('<') {
        html::strip_tags(s)
    } else {
        s.to_string()
    };
    if s.contains('&') {
        for (e, r) in [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&apos;", "'"),
            ("&nbsp;", " "),
            ("&ndash;", "–"),
            ("&mdash;", "—"),
            ("&bull;", "•"),
            ("&middot;", "·"),
        ] {
            s = s.replace(e, r);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latex_math_and_escapes() {
        assert_eq!(
            clean_inline(r" $May\ 2022-Aug\ 2022$"),
            " May 2022-Aug 2022"
        );
        assert_eq!(
            clean_inline(r"(\$12 million, 20\% more, R\&D)"),
            "($12 million, 20% more, R&D)"
        );
        assert_eq!(clean_inline(r"$Go,\ Rust$"), "Go, Rust");
        assert_eq!(clean_inline("Fellow  $2017–2020$"), "Fellow  2017–2020");
        assert_eq!(
            clean_inline("Lead $2020-present$ here"),
            "Lead 2020-present here"
        );
        assert_eq!(
            clean_inline("costs $5 and $10 a day"),
            "costs $5 and $10 a day"
        );
        assert_eq!(clean_inline(r"Acme $|$ Berlin"), "Acme | Berlin");
        assert_eq!(
            clean_inline(r"\textbf{Acme} $\bullet$ Berlin"),
            "Acme • Berlin"
        );
        assert_eq!(
            clean_inline(r"Systems: Linux, \*BSD"),
            "Systems: Linux, *BSD"
        );
    }

    #[test]
    fn html_and_unicode() {
        assert_eq!(clean_inline("2<sup>nd</sup> Place"), "2nd Place");
        assert_eq!(clean_inline("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(
            clean_inline("Built `<dialog>`-based modals"),
            "Built `<dialog>`-based modals"
        );
        assert_eq!(
            clean_inline("Wrote `Vec<T>` helpers and Vec<u8> code"),
            "Wrote `Vec<T>` helpers and Vec<u8> code"
        );
        assert_eq!(
            clean_inline("Set `$PATH` for <b>all</b>"),
            "Set `$PATH` for all"
        );
        assert_eq!(
            clean_inline("e\u{fb03}cient\u{a0}work\u{200b}s"),
            "efficient works"
        );
    }
}
