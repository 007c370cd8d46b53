//! HTML line breaks (`<br>`, `<br/>`) in plain text and Markdown → line breaks, so
//! "Engineer<br>Acme" reads as the two lines it shows as.
//!
//! Takes the text; gives it lowered with each break as a new line (every part keeps
//! its source line), or `None` when there is no break to split. A table row keeps
//! its cells together (a break there joins with a comma), and code spans in
//! backticks are left alone.

use std::sync::LazyLock;

use regex::Regex;

use super::Lowered;

static BREAK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\s*<br\s*/?>\s*").unwrap());
static CODE_SPAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`[^`]+`").unwrap());

/// The text with its line-break tags as line breaks; `None` when it has none.
pub fn split(text: &str) -> Option<Lowered> {
    // A tag needs its '<': lines without one are spared both patterns.
    let has_break = |l: &str| l.contains('<') && BREAK.is_match(&CODE_SPAN.replace_all(l, ""));
    if !text.lines().any(has_break) {
        return None;
    }
    let mut out = Lowered::default();
    for (i, line) in text.lines().enumerate() {
        if !has_break(line) {
            out.push(line, i + 1);
        } else if line.trim_start().starts_with('|') {
            out.push(&BREAK.replace_all(line, ", "), i + 1);
        } else {
            let parts: Vec<&str> = BREAK.split(line).filter(|p| !p.trim().is_empty()).collect();
            // The first part keeps the line's own indentation and bullet; the rest
            // continue it.
            for p in parts {
                out.push(p, i + 1);
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_become_lines() {
        let l = split("# Ada\nEngineer<br>Acme<BR/>\n| Rust<br>Go | 5y |\n").unwrap();
        assert_eq!(l.text, "# Ada\nEngineer\nAcme\n| Rust, Go | 5y |\n");
        assert_eq!(l.origin, vec![1, 2, 2, 3]);
    }

    #[test]
    fn no_break_no_rewrite() {
        assert_eq!(split("Ada\nUses `<br>` tags\n"), None);
    }
}
