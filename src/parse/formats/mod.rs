//! Format readers: a résumé written in some markup → the one document shape the text
//! reader reads.
//!
//! Takes the decoded text of a source file and its [`Markup`] (from the file's
//! extension); gives a [`Lowered`] document: Markdown-shaped lines (`#` headings,
//! `-` list items with their depth as indentation, `**bold**`/`*italic*` emphasis,
//! `|` table rows) plus, for every one of them, the source line it came from, and the
//! source lines that were dropped with the reason. Plain and PDF-extracted text
//! pass through unchanged: the text reader reads those itself; Markdown keeps its
//! lines but has its block structure resolved by pulldown-cmark; in both, HTML line
//! breaks become lines. `encoding` decodes a file's bytes to text first. A binary
//! source (a DOCX, [`docx`]) is read from its bytes into the same shape, a
//! [`Converted`] document whose lines point at its paragraphs instead of its lines.
//!
//! Every lowering then leaves out the column labels over a table of dated rows
//! ([`tables`]), which are the table's header, not its first entry; lists nested
//! three deep are read as outlines ([`outline`]).
//!
//! It does not decide what anything means (a section, an entry, a date): that is the
//! text reader's job, which sees every format through this one shape.

mod asciidoc;
mod breaks;
pub mod docx;
pub mod encoding;
pub mod fields;
mod latex;
mod markdown;
mod org;
mod outline;
pub mod pdf;
mod rst;
mod shared;
mod tables;

use std::path::Path;

/// The markup a text résumé is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Markup {
    /// Plain text, text extracted from a PDF or a DOCX, anything unknown.
    Plain,
    /// Markdown (CommonMark, with inline HTML).
    Markdown,
    /// LaTeX source (`.tex`).
    Latex,
    /// Emacs Org mode (`.org`).
    Org,
    /// reStructuredText (`.rst`).
    Rst,
    /// AsciiDoc (`.adoc`, `.asciidoc`).
    AsciiDoc,
}

impl Markup {
    /// The markup a file's extension names; `None` for extensions that are no text résumé.
    pub fn from_path(path: &Path) -> Option<Markup> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Markup::Plain,
            "md" | "markdown" => Markup::Markdown,
            "tex" | "latex" => Markup::Latex,
            "org" => Markup::Org,
            "rst" | "rest" => Markup::Rst,
            "adoc" | "asciidoc" => Markup::AsciiDoc,
            _ => return None,
        })
    }

    /// The extensions read as text résumés, for messages.
    pub const EXTENSIONS: &'static str = ".md, .txt, .tex, .org, .rst, .adoc";
}

/// A source lowered to Markdown-shaped lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lowered {
    /// The lowered text, one line per `origin` entry.
    pub text: String,
    /// For line `k + 1` of `text`, the 1-based source line it came from (0: none).
    pub origin: Vec<usize>,
    /// Source lines that carry no content, with the reason (a comment, a macro
    /// definition), so `--explain` says why they were left out.
    pub dropped: Vec<(usize, &'static str)>,
    /// Source units read as part of another unit's line (a table cell joined onto the
    /// row's line), with the note `--explain` gives them.
    pub joined: Vec<(usize, String)>,
    /// Entry lines whose fields the markup names (a class's entry macro).
    pub fields: Vec<fields::Hint>,
}

impl Lowered {
    /// Appends one lowered line that came from source line `from` (1-based).
    pub fn push(&mut self, line: &str, from: usize) {
        // One lowered line is one line: a reader's text never carries its own breaks.
        for part in line.split('\n') {
            self.text.push_str(part);
            self.text.push('\n');
            self.origin.push(from);
        }
    }

    /// This lowering followed by `next`, a lowering of its text: `next`'s lines with
    /// the source lines of this one's.
    fn then(self, next: Lowered) -> Lowered {
        let to_source = |no: usize| no.checked_sub(1).and_then(|k| self.origin.get(k)).copied();
        Lowered {
            text: next.text,
            origin: next
                .origin
                .iter()
                .map(|&no| to_source(no).unwrap_or(0))
                .collect(),
            dropped: self
                .dropped
                .iter()
                .copied()
                .chain(
                    next.dropped
                        .iter()
                        .filter_map(|&(no, why)| Some((to_source(no)?, why))),
                )
                .collect(),
            joined: self.joined.clone(),
            fields: self.fields.clone(),
        }
    }

    /// Notes that source line `no` was left out, and why.
    pub fn drop_line(&mut self, no: usize, why: &'static str) {
        self.dropped.push((no, why));
    }
}

/// A binary source (a DOCX) converted to lowered lines: `lowered.origin` numbers
/// the source's own units (paragraphs), whose plain text is `units[n - 1]`, so
/// `--explain` can account for every one of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Converted {
    pub lowered: Lowered,
    pub units: Vec<String>,
    /// The page unit `k + 1` starts on at `pages[k]`, as the document records its
    /// pages; empty when it records none.
    pub pages: Vec<u16>,
}

/// Set this variable to have each lowered document printed to stderr: how a format
/// reader's output is looked at when a line goes to the wrong field.
pub const DEBUG_VAR: &str = "VITAE_DEBUG_LOWERED";

/// `text` as the text reader should read it; `None` when it reads `text` as it is.
pub fn lower(text: &str, markup: Markup) -> Option<Lowered> {
    let lowered = lower_as(text, markup).map(tables::drop_column_labels);
    if let Some(l) = &lowered {
        debug_dump(l);
    }
    lowered
}

/// Prints `lowered` to stderr when [`DEBUG_VAR`] is set; binary sources (PDF, DOCX)
/// are dumped by their readers, as their text reaches the text reader lowered already.
pub(crate) fn debug_dump(lowered: &Lowered) {
    if std::env::var_os(DEBUG_VAR).is_some() {
        eprint!("{}", lowered.text);
    }
}

fn lower_as(text: &str, markup: Markup) -> Option<Lowered> {
    match markup {
        Markup::Plain => breaks::split(text),
        Markup::Markdown => {
            let md = markdown::lower(text);
            Some(match breaks::split(&md.text) {
                Some(split) => md.then(split),
                None => md,
            })
        }
        Markup::Latex => Some(outline::lower_outlines(latex::lower(text))),
        Markup::Org => Some(outline::lower_outlines(org::lower(text))),
        Markup::Rst => Some(outline::lower_outlines(rst::lower(text))),
        Markup::AsciiDoc => Some(outline::lower_outlines(asciidoc::lower(text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_by_extension() {
        assert_eq!(Markup::from_path(Path::new("cv.TEX")), Some(Markup::Latex));
        assert_eq!(
            Markup::from_path(Path::new("cv.adoc")),
            Some(Markup::AsciiDoc)
        );
        assert_eq!(
            Markup::from_path(Path::new("cv.md")),
            Some(Markup::Markdown)
        );
        assert_eq!(Markup::from_path(Path::new("cv.json")), None);
    }

    #[test]
    fn plain_text_is_read_as_it_is() {
        assert_eq!(lower("Ada\n", Markup::Plain), None);
        assert!(lower("Ada<br>Quill\n", Markup::Markdown).is_some());
    }

    #[test]
    fn pushed_lines_keep_their_origin() {
        let mut l = Lowered::default();
        l.push("# Work", 3);
        l.push("a\nb", 5);
        assert_eq!(l.text, "# Work\na\nb\n");
        assert_eq!(l.origin, vec![3, 5, 5]);
    }
}
