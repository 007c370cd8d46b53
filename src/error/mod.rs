//! The library's error type: every way a build can fail, with what a person needs
//! to fix it (file, line and column where known, what was expected, a hint).
//!
//! Errors are values; printing them (and choosing an exit code) is the CLI's job.
//! `Display` gives the one-line `file:line:col: message` form followed by an
//! indented `hint:` line when there is one, like rustc and Zola do. [`serde_words`]
//! turns serde's errors into these, below every module that reads JSON or YAML.

pub(crate) mod serde_words;

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file something is: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// A file, and optionally a place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    pub at: Option<Location>,
}

impl Source {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Source {
            path: path.into(),
            at: None,
        }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Source {
            path: path.into(),
            at: Some(Location { line, column }),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(at) = self.at {
            write!(f, ":{}:{}", at.line, at.column)?;
        }
        Ok(())
    }
}

/// Everything that can go wrong between reading a site and writing its pages.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{0}: the file is empty")]
    Empty(Source),

    #[error("{0}: not valid UTF-8 text")]
    NotUtf8(Source),

    /// A résumé source that is no text file (a PDF, a Word file, an image): the
    /// message says what it is and what to do.
    #[error("{file}: {message}")]
    NotText { file: Source, message: &'static str },

    /// YAML or JSON that does not parse, or parses to the wrong shape.
    #[error("{file}: {message}")]
    Syntax { file: Source, message: String },

    #[error("{file}: unknown key `{key}` in {context}")]
    UnknownKey {
        file: Source,
        key: String,
        context: String,
        /// Keys that are allowed here, used for the did-you-mean hint.
        expected: Vec<String>,
    },

    #[error("{file}: {section} entry {wanted} matches nothing in the résumé")]
    NoMatch {
        file: Source,
        section: String,
        wanted: String,
        candidates: Vec<String>,
    },

    #[error("{file}: {section} entry {wanted} matches several entries")]
    Ambiguous {
        file: Source,
        section: String,
        wanted: String,
        candidates: Vec<String>,
    },

    #[error("{}: more than one résumé source: {}", dir.display(), list_files(files))]
    TwoSources { dir: PathBuf, files: Vec<PathBuf> },

    #[error("{}: no résumé source (resume.md, resume.txt, resume.json, resume.yaml, resume.docx, resume.pdf or a LinkedIn data export)", dir.display())]
    NoSource { dir: PathBuf },

    #[error("{}theme `{name}` not found", place(file.as_ref()))]
    MissingTheme {
        name: String,
        available: Vec<String>,
        /// The `theme:` line that asks for it, when known.
        file: Option<Source>,
    },

    /// `vitae show SLUG` (or another command naming a person) with no such person.
    #[error("{}: no person `{slug}` (a folder content/{slug}/)", root.display())]
    NoPerson {
        root: PathBuf,
        slug: String,
        people: Vec<String>,
    },

    #[error("template `{template}`: {message}")]
    Template { template: String, message: String },

    #[error("{}: cannot write the output: {source}", path.display())]
    Output {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{file}: {message}")]
    Invalid { file: Source, message: String },

    /// A source file that is not what its name says or cannot be read in that
    /// format (a damaged or password-protected DOCX, a `.doc` renamed), with what
    /// to do about it.
    #[error("{file}: {message}")]
    Unreadable {
        file: Source,
        message: String,
        hint: String,
    },

    /// An output folder that `vitae build` will not replace, and why.
    #[error("{}: the build will not write here: {reason}", path.display())]
    OutputRefused {
        path: PathBuf,
        reason: String,
        hint: String,
    },

    #[error("{}: not a vitae site (no site.yaml and no content/ folder)", dir.display())]
    NotASite { dir: PathBuf },

    /// A `base_url` that is not an absolute http(s) address; `place` is
    /// `site.yaml:line:column` or the command-line option it came from.
    #[error("{place}: base_url `{value}` {reason}")]
    BaseUrl {
        place: String,
        value: String,
        reason: String,
    },

    /// A person's folder whose name cannot be part of the site's addresses.
    #[error("{}: {problem}", dir.display())]
    FolderName {
        dir: PathBuf,
        problem: String,
        /// A name that would do, if there is one.
        suggestion: Option<String>,
    },

    /// The browser could not print a person's page to PDF.
    #[error("{pdf}: could not print the PDF: {message}")]
    Print {
        /// The PDF's path in the output, `ada/ada.pdf`.
        pdf: String,
        message: String,
    },
    /// A person's SVG that could run script in the site's pages; `found` says what.
    #[error("{file}: this SVG could run script in the site's pages: it holds {found}")]
    ScriptInSvg { file: Source, found: String },

    /// Several problems at once (what `vitae check` and a failed build report).
    #[error("{}", list_errors(.0))]
    Many(Vec<Error>),
}

/// `file: ` before a message, or nothing.
fn place(file: Option<&Source>) -> String {
    file.map(|f| format!("{f}: ")).unwrap_or_default()
}

fn list_files(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_errors(errors: &[Error]) -> String {
    errors
        .iter()
        .map(|e| match e.hint() {
            Some(h) => format!("{e}\n  hint: {h}"),
            None => e.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// A suggestion for fixing the error, shown as `hint:` under it.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::UnknownKey { key, expected, .. } => Some(match did_you_mean(key, expected) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!("expected one of: {}", expected.join(", ")),
            }),
            Error::NoMatch {
                wanted, candidates, ..
            } => Some(if candidates.is_empty() {
                "the section is empty; add `new: true` to add this entry".to_string()
            } else {
                let list = candidates.join("; ");
                let key = wanted.trim_matches('`');
                match did_you_mean(key, candidates) {
                    Some(best) => format!(
                        "did you mean `{best}`? candidates: {list}; add `new: true` to add a new entry"
                    ),
                    None => format!("candidates: {list}; add `new: true` to add a new entry"),
                }
            }),
            Error::Ambiguous { candidates, .. } => Some(format!(
                "add `position` (or the other identity field) to pick one of: {}",
                candidates.join("; ")
            )),
            Error::TwoSources { .. } => Some(
                "keep exactly one of them (rename the other, e.g. to resume.md.bak; move a \
                     second LinkedIn export out of the folder)"
                    .into(),
            ),
            Error::MissingTheme {
                name, available, ..
            } => Some(match did_you_mean(name, available) {
                Some(best) => format!("did you mean `{best}`? available: {}", available.join(", ")),
                None => format!("available themes: {}", available.join(", ")),
            }),
            Error::NoPerson { people, .. } if people.is_empty() => Some(
                "the site has no people yet: add a folder content/<slug>/ with a résumé".into(),
            ),
            Error::NoPerson { slug, people, .. } => Some(match did_you_mean(slug, people) {
                Some(best) => format!("did you mean `{best}`? people: {}", people.join(", ")),
                None => format!("people: {}", people.join(", ")),
            }),
            Error::NotUtf8(_) => Some("save the file as UTF-8".into()),
            Error::Empty(_) => Some("write the résumé in it, or delete the file".into()),
            Error::OutputRefused { hint, .. } => Some(hint.clone()),
            Error::Unreadable { hint, .. } => Some(hint.clone()),
            Error::NotASite { .. } => Some(
                "create a site with `vitae init DIR`, or give the site's folder with --root".into(),
            ),
            Error::BaseUrl { .. } => Some(
                "give the full address the site will be served at, e.g. https://example.org/cv/ \
                 (or leave base_url empty for relative links only)"
                    .into(),
            ),
            Error::FolderName {
                suggestion: Some(name),
                ..
            } => Some(format!("rename the folder, e.g. to `{name}`")),
            Error::FolderName { .. } => Some("rename the folder".into()),
            Error::Print { .. } => Some(
                "check that the browser starts (try it with --headless), pass another with \
                 --browser PATH, or build without --pdf"
                    .into(),
            ),
            Error::ScriptInSvg { .. } => Some(
                "remove it from the image (export it again as a plain SVG, or as PNG); \
                 vitae publishes no image that can run script"
                    .into(),
            ),
            Error::Many(_) => None,
            _ => None,
        }
    }

    /// Flattens nested `Many` errors into one list.
    pub fn into_list(self) -> Vec<Error> {
        match self {
            Error::Many(v) => v.into_iter().flat_map(Error::into_list).collect(),
            e => vec![e],
        }
    }

    /// The error as the terminal shows it: an `error: …` line per problem (nested
    /// lists flattened), each followed by its `hint:` line, and a count when there
    /// are several. `vitae build` prints this; `vitae serve` prints it and shows it
    /// in the page, so both read the same.
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let mut problems = Vec::new();
        self.leaves(&mut problems);
        let mut out = String::new();
        for e in &problems {
            let _ = writeln!(out, "error: {e}");
            if let Some(h) = e.hint() {
                let _ = writeln!(out, "  hint: {h}");
            }
        }
        if problems.len() > 1 {
            let _ = writeln!(out, "error: {} problems", problems.len());
        }
        out
    }

    fn leaves<'a>(&'a self, out: &mut Vec<&'a Error>) {
        match self {
            Error::Many(list) => list.iter().for_each(|e| e.leaves(out)),
            e => out.push(e),
        }
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<S: AsRef<str>>(word: &str, candidates: &[S]) -> Option<String> {
    let word = word.to_lowercase();
    candidates
        .iter()
        .map(|c| {
            let c = c.as_ref();
            (strsim::jaro_winkler(&word, &c.to_lowercase()), c)
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["work", "education", "skills"];
        assert_eq!(did_you_mean("wrok", &keys).as_deref(), Some("work"));
        assert_eq!(
            did_you_mean("Eduction", &keys).as_deref(),
            Some("education")
        );
        assert_eq!(did_you_mean("zebra", &keys), None);
    }

    #[test]
    fn report_flattens_and_counts() {
        let e = Error::Many(vec![
            Error::Empty(Source::file("a.md")),
            Error::Many(vec![Error::NotUtf8(Source::at("b.txt", 2, 1))]),
        ]);
        assert_eq!(
            e.report(),
            "error: a.md: the file is empty\n  hint: write the résumé in it, or delete the file\n\
             error: b.txt:2:1: not valid UTF-8 text\n  hint: save the file as UTF-8\n\
             error: 2 problems\n"
        );
    }

    #[test]
    fn display_has_location_and_hint() {
        let e = Error::UnknownKey {
            file: Source::at("content/ada/overrides.yaml", 3, 5),
            key: "wrok".into(),
            context: "the overrides".into(),
            expected: vec!["work".into(), "education".into()],
        };
        assert_eq!(
            e.to_string(),
            "content/ada/overrides.yaml:3:5: unknown key `wrok` in the overrides"
        );
        assert_eq!(e.hint().unwrap(), "did you mean `work`?");
    }
}
