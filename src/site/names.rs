//! Which names a person's folder may have. The folder name is the person's address on
//! the site (`<slug>/`), so it must be a URL path segment that needs no quoting and
//! cannot be read as anything else (a scheme such as `javascript:`, a query, a
//! fragment, another folder), and it must not be a name the build writes at the root.
//!
//! The rule: letters and digits of any script, `-`, `_` and `.`, starting with a
//! letter or digit. Anything else is refused with a name that would do; nothing is
//! renamed silently, since the address is the person's to choose.
//! Takes names only; `people` applies it to the folders it finds.

use std::path::Path;

use crate::error::{Error, Result};

/// What a build writes at the root of the output, which no person's folder may be
/// called (compared without case: some file systems ignore it). The output's marker
/// file starts with a `.`, which no person's folder may.
pub const RESERVED: &[&str] = &[
    "index.html",
    "404.html",
    "sitemap.xml",
    "robots.txt",
    "themes",
];

/// Fine if `name` may be the folder (and address) of a person; `dir` is the folder, for the error.
pub fn check_person_folder(dir: &Path, name: &str) -> Result<()> {
    let refuse = |problem: String, suggestion: Option<String>| {
        Err(Error::FolderName {
            dir: dir.to_path_buf(),
            problem,
            suggestion,
        })
    };
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(name)) {
        return refuse(
            format!("`{name}` is a file or folder the build writes at the site's root, so a person's folder may not have this name"),
            Some(format!("{}-cv", slugify(name))),
        );
    }
    let first_ok = name.chars().next().is_some_and(char::is_alphanumeric);
    let bad: Vec<char> = name
        .chars()
        .filter(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .collect();
    if first_ok && bad.is_empty() {
        return Ok(());
    }
    let what = match bad.first() {
        Some(c) if c.is_control() => "a control character (such as a newline)".to_string(),
        Some(c) if c.is_whitespace() => "a space".to_string(),
        Some(c) => format!("`{c}`"),
        None => "a first character that is not a letter or digit".to_string(),
    };
    refuse(
        format!(
            "the folder name is the person's address on the site, and {what} cannot be part of it \
             (use letters, digits, `-`, `_` and `.`, starting with a letter or digit)"
        ),
        Some(slugify(name)),
    )
}

/// A name that passes [`check_person_folder`]: lower case, every run of other
/// characters made one `-`.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "person".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str) -> Result<()> {
        check_person_folder(&Path::new("content").join(name), name)
    }

    #[test]
    fn ordinary_names_pass() {
        for ok in ["ada", "ada-lovelace", "Ada_L.2", "inès", "李雷", "2024.ada"] {
            assert!(check(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn names_that_are_not_plain_path_segments_are_refused_with_a_suggestion() {
        for (bad, suggested) in [
            (
                "javascript:alert(document.domain)%2F%2F",
                "javascript-alert-document-domain-2f-2f",
            ),
            ("a#b", "a-b"),
            ("q?x=1", "q-x-1"),
            ("Ada Lovelace", "ada-lovelace"),
            ("line\nbreak", "line-break"),
            ("back\\slash", "back-slash"),
            ("-dash", "dash"),
            ("a\u{202e}b", "a-b"),
            ("Index.HTML", "index-html-cv"),
            ("themes", "themes-cv"),
        ] {
            let e = check(bad).expect_err(bad);
            assert_eq!(
                e.hint().unwrap(),
                format!("rename the folder, e.g. to `{suggested}`"),
                "{bad:?}"
            );
            assert!(check(suggested).is_ok(), "{suggested}");
        }
    }
}
