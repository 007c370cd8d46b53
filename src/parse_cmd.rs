//! `vitae parse`: one résumé file (or LinkedIn export) read and printed as JSON
//! Resume, or with `--explain`, every source line with what it became, each at its
//! place: a line number, a DOCX paragraph (`¶12`, after its page when the document
//! records pages: `p.2 ¶12`), a PDF page and line (`p.2 l.14`).
//!
//! It only prints; reading is the library's `parse`.

use vitae::parse::{Markup, ResumeParser, SourceFormat};

use super::{print_stdout, to_text, Format};

pub fn parse(file: &std::path::Path, format: Format, explain: bool) -> anyhow::Result<()> {
    let parser = ResumeParser::new();
    if vitae::parse::is_linkedin(file) {
        if explain {
            anyhow::bail!(
                "{}: --explain shows how vitae reads a résumé's text; a LinkedIn export is \
                 structured data, read column by column (see the README's input table)",
                file.display()
            );
        }
        return print_stdout(&to_text(&vitae::parse::read_linkedin(file)?, format)?);
    }
    if vitae::parse::is_pdf(file) {
        return parse_pdf(file, format, explain, &parser);
    }
    if SourceFormat::from_path(file) == Some(SourceFormat::Docx) {
        let doc = vitae::parse::read_docx(file)?;
        let out = if explain {
            // A DOCX has no lines: its units are paragraphs, numbered ¶1, ¶2, …, after
            // the page each starts on when the document records its pages (`p.2 ¶14`).
            let (_, notes) = parser.explain_converted(&doc);
            let page = |no: usize| no.checked_sub(1).and_then(|k| doc.pages.get(k));
            notes
                .iter()
                .map(|n| match page(n.line) {
                    Some(p) => explain_at(n, &format!("p.{p} ¶{}", n.line), PLACE),
                    None => explain_unit(n, "¶"),
                })
                .collect()
        } else {
            to_text(&parser.parse_converted(&doc), format)?
        };
        return print_stdout(&out);
    }
    let (text, encoding) = vitae::parse::read_text_encoding(file)?;
    // Any file name goes: an unknown extension is read as plain text, like the corpus' `.txt`.
    let fmt = SourceFormat::from_path(file).unwrap_or(SourceFormat::Text(Markup::Plain));
    let out = if explain {
        let SourceFormat::Text(markup) = fmt else {
            anyhow::bail!(
                "{}: --explain shows how vitae reads a text résumé ({}); \
                 JSON Resume and YAML are taken as they are",
                file.display(),
                Markup::EXTENSIONS
            );
        };
        let (_, notes) = parser.explain_as(&text, markup);
        // Say so when the file was not UTF-8, so a wrong guess is easy to spot.
        let note = encoding.map(|e| format!("note: read as {e} (the file is not UTF-8)\n"));
        note.into_iter()
            .chain(notes.iter().map(|n| explain_unit(n, "")))
            .collect()
    } else {
        let resume = vitae::parse::parse_str(file, &text, fmt, &parser)?;
        to_text(&resume, format)?
    };
    print_stdout(&out)
}

/// `vitae parse FILE.pdf`: the PDF's text with its layout, read like plain text; with
/// `--explain`, each line's place given as page and line (`p.2 l.14`).
fn parse_pdf(
    file: &std::path::Path,
    format: Format,
    explain: bool,
    parser: &ResumeParser,
) -> anyhow::Result<()> {
    let pdf = vitae::parse::read_pdf(file)?;
    let out = if explain {
        let (_, notes) = parser.explain_as(&pdf.lowered.text, Markup::Plain);
        notes
            .iter()
            .map(|n| {
                let (page, line) = pdf.page_of(n.line);
                explain_at(n, &format!("p.{page} l.{line}"), PLACE)
            })
            .collect()
    } else {
        to_text(&parser.parse_as(&pdf.lowered.text, Markup::Plain), format)?
    };
    print_stdout(&out)
}

/// One `--explain` line: number (a line's, or a paragraph's after `unit`), what the
/// line became, the line. A role too long for its column goes on a line of its own,
/// so the source text stays aligned.
fn explain_unit(n: &vitae::parse::LineNote, unit: &str) -> String {
    explain_at(n, &format!("{unit}{}", n.line), 4)
}

/// The width of a place given as page and line (`p.2 l.14`, `p.2 ¶14`).
const PLACE: usize = 10;

/// [`explain_unit`] with the line's place written out, right-aligned in `width`.
fn explain_at(n: &vitae::parse::LineNote, place: &str, width: usize) -> String {
    const ROLE: usize = 30;
    let pad = " ".repeat(width + 2);
    if n.text.trim().is_empty() && n.role.is_empty() {
        format!("{place:>width$}\n")
    } else if n.role.chars().count() <= ROLE {
        format!("{place:>width$}  {:<ROLE$}  {}\n", n.role, n.text)
    } else {
        format!(
            "{place:>width$}  {}\n{pad}{:<ROLE$}  {}\n",
            n.role, "", n.text
        )
    }
}
