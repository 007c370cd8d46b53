//! Format readers: a résumé written in some markup → the one document shape the text
//! reader reads.
//!
//! Takes the decoded text of a source file and its [`Markup`] (from the file's
//! extension); gives a [`Lowered`] document: Markdown-shaped lines (`#` headings,
//! `-` list items with their depth as indentation, `**bold**`/`*italic*` emphasis,
//! `|` table rows) plus, for every one of them, the source line it came from, and the
//! source lines that were dropped with the reason. Plain and PDF-extracted text
//! pass through unchanged: the text reader reads those itself; Markdown keeps its
//! lines but has its block structure resolved by pulldown-cmark.
//!
//! It does not decide what anything means (a section, an entry, a date): that is the
//! text reader's job, which sees every format through this one shape.

mod asciidoc;
mod latex;
mod markdown;
mod org;
pub mod pdf;
mod rst;

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

    /// Notes that source line `no` was left out, and why.
    #[allow(dead_code)] // the LaTeX, Org, RST and AsciiDoc readers call it as they are written
    pub fn drop_line(&mut self, no: usize, why: &'static str) {
        self.dropped.push((no, why));
    }
}

/// `text` as the text reader should read it; `None` when it reads `text` as it is.
pub fn lower(text: &str, markup: Markup) -> Option<Lowered> {
    match markup {
        Markup::Plain => None,
        Markup::Markdown => Some(markdown::lower(text)),
        Markup::Latex => Some(latex::lower(text)),
        Markup::Org => Some(org::lower(text)),
        Markup::Rst => Some(rst::lower(text)),
        Markup::AsciiDoc => Some(asciidoc::lower(text)),
    }
}

/// The identity lowering: every line as it is. Readers not written yet start from it.
fn verbatim(text: &str) -> Lowered {
    let mut out = Lowered::default();
    for (i, line) in text.lines().enumerate() {
        out.push(line, i + 1);
    }
    out
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
