//! Reading a résumé source file: decoding its text (any common encoding), refusing
//! binary and empty files, format by extension, and JSON/YAML deserialisation with
//! the error's line and column. Binary sources (DOCX, PDF) are read as bytes and
//! converted by their format reader; a LinkedIn export is read by `linkedin`.
//!
//! It does not interpret text résumés; that is [`ResumeParser`]'s job.

use std::path::Path;

use crate::error::{Error, Result, Source};
use crate::model::Resume;

use super::formats::pdf::{self, PdfText};
use super::formats::{docx, encoding, Converted, Markup};
use super::{linkedin, ResumeParser};

/// The formats a résumé source can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// Text in some markup (plain, PDF-converted, Markdown, LaTeX, Org, …): read by
    /// [`ResumeParser`].
    Text(Markup),
    /// JSON Resume.
    Json,
    /// JSON Resume written in YAML.
    Yaml,
    /// A Word document (`.docx`): bytes, read by the DOCX reader.
    Docx,
}

impl SourceFormat {
    /// The format for a file name, by extension; `None` for anything else.
    pub fn from_path(path: &Path) -> Option<Self> {
        if let Some(markup) = Markup::from_path(path) {
            return Some(SourceFormat::Text(markup));
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(SourceFormat::Json),
            "yaml" | "yml" => Some(SourceFormat::Yaml),
            "docx" => Some(SourceFormat::Docx),
            _ => None,
        }
    }
}

/// Whether `path` (a file or folder of a person's folder) can be a résumé source: its
/// precedence among one folder's sources, lowest first, and whether it is one only
/// when named `resume.*`. Structured data says exactly what it means; text is what the
/// person wrote; a Word document is read through its layout, losing a little more. A
/// LinkedIn export is exact too, but it is the profile LinkedIn keeps, not the résumé
/// the person wrote, so a résumé file beside it is the one they mean to publish; it is
/// a source by its contents, whatever its name. A PDF comes last: it is read by
/// guessing from its drawing, and beside any other source it is the download. `None`
/// for anything else. The site hands this to the scan of a person's folder
/// (`site::PersonSource::scan`), which knows no formats itself.
pub fn source_rank(path: &Path) -> Option<(u8, bool)> {
    if super::linkedin::is_export(path) {
        return Some((3, false));
    }
    if is_pdf(path) {
        return Some((4, true));
    }
    match SourceFormat::from_path(path)? {
        SourceFormat::Json | SourceFormat::Yaml => Some((0, true)),
        SourceFormat::Text(_) => Some((1, true)),
        SourceFormat::Docx => Some((2, true)),
    }
}

/// Reads a text file in any common encoding (see [`encoding`]), refusing binary and
/// empty files with a clear error.
pub fn read_text(path: &Path) -> Result<String> {
    read_text_encoding(path).map(|(text, _)| text)
}

/// [`read_text`], also giving the encoding the file was read in when it was not UTF-8
/// (for a note to the person).
pub fn read_text_encoding(path: &Path) -> Result<(String, Option<&'static str>)> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode_text(path, &bytes)
}

/// [`read_text_encoding`] for bytes already read (a build reads a source once, for its
/// cache key, and parses those same bytes); `path` is only used in errors.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<(String, Option<&'static str>)> {
    let decoded = encoding::decode(bytes).map_err(|kind| Error::NotText {
        file: Source::file(path),
        message: kind.message(),
    })?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty(Source::file(path)));
    }
    Ok((decoded.text, decoded.encoding))
}

/// Whether `path` names a PDF (by extension). PDFs are read from their bytes, not as
/// text, and are no [`SourceFormat`]: which file of a person's folder is the source is
/// settled where the folder is read.
pub fn is_pdf(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// Reads a PDF résumé's text with its layout, or says why it can't be read and what to do.
pub fn read_pdf(path: &Path) -> Result<PdfText> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.is_empty() {
        return Err(Error::Empty(Source::file(path)));
    }
    pdf::read(&bytes).map_err(|problem| Error::Unreadable {
        file: Source::file(path),
        message: problem.to_string(),
        hint: problem.hint().to_string(),
    })
}

/// Loads a résumé from a file of any supported format, or from a LinkedIn export
/// (a folder or a `.zip`).
pub fn load_resume(path: &Path, parser: &ResumeParser) -> Result<Resume> {
    if linkedin::is_candidate(path) {
        return read_linkedin(path);
    }
    if is_pdf(path) {
        let pdf = read_pdf(path)?;
        return Ok(parser.parse_as(&pdf.lowered.text, Markup::Plain));
    }
    let format = SourceFormat::from_path(path).ok_or_else(|| Error::Invalid {
        file: Source::file(path),
        message: format!(
            "unknown résumé format (expected {}, .docx, .json, .yaml or .yml)",
            Markup::EXTENSIONS
        ),
    })?;
    if format == SourceFormat::Docx {
        return Ok(parser.parse_converted(&read_docx(path)?));
    }
    let text = read_text(path)?;
    parse_str(path, &text, format, parser)
}

/// [`load_resume`] for a source whose bytes are already read: a text, JSON or YAML file
/// is parsed from `bytes`; any other source (PDF, DOCX, LinkedIn export) is read from
/// `path` as [`load_resume`] does, since its reader wants the file itself.
pub fn load_resume_bytes(path: &Path, bytes: &[u8], parser: &ResumeParser) -> Result<Resume> {
    if linkedin::is_candidate(path) || is_pdf(path) {
        return load_resume(path, parser);
    }
    match SourceFormat::from_path(path) {
        Some(format @ (SourceFormat::Text(_) | SourceFormat::Json | SourceFormat::Yaml)) => {
            let (text, _) = decode_text(path, bytes)?;
            parse_str(path, &text, format, parser)
        }
        _ => load_resume(path, parser),
    }
}

/// Reads a LinkedIn export (the `.zip` or the folder it unpacks to) into a résumé;
/// an error names the export's file and line at fault (`export.zip/Positions.csv:1:1`).
pub fn read_linkedin(path: &Path) -> Result<Resume> {
    linkedin::read(path).map_err(|p| {
        let file = match p.entry {
            Some(entry) => path.join(entry),
            None => path.to_path_buf(),
        };
        Error::Unreadable {
            file: match p.line {
                Some(line) => Source::at(file, line, 1),
                None => Source::file(file),
            },
            message: p.message,
            hint: p.hint,
        }
    })
}

/// Reads a DOCX file into lowered lines numbered by paragraph.
pub fn read_docx(path: &Path) -> Result<Converted> {
    let len = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    if len > docx::MAX_FILE {
        return Err(unreadable(path, docx::too_large(len)));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    read_docx_bytes(path, &bytes)
}

fn unreadable(path: &Path, p: docx::Problem) -> Error {
    Error::Unreadable {
        file: Source::file(path),
        message: p.message,
        hint: p.hint,
    }
}

/// [`read_docx`] for bytes already read; `path` is only used in errors.
pub fn read_docx_bytes(path: &Path, bytes: &[u8]) -> Result<Converted> {
    let doc = docx::read(bytes).map_err(|p| unreadable(path, p))?;
    if doc.lowered.text.trim().is_empty() {
        return Err(Error::Empty(Source::file(path)));
    }
    Ok(doc)
}

/// Parses already-read text in the given format; `path` is only used in errors.
pub fn parse_str(
    path: &Path,
    text: &str,
    format: SourceFormat,
    parser: &ResumeParser,
) -> Result<Resume> {
    match format {
        SourceFormat::Text(markup) => Ok(parser.parse_as(text, markup)),
        SourceFormat::Json => serde_json::from_str(text)
            .map_err(|e| crate::error::serde_words::json_error(path, text, &e)),
        SourceFormat::Yaml => serde_yaml::from_str(text)
            .map_err(|e| crate::error::serde_words::yaml_error(path, text, &e)),
        SourceFormat::Docx => Err(Error::Invalid {
            file: Source::file(path),
            message: "a DOCX is read from its bytes, not as text".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn temp(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
        (dir, p)
    }

    #[test]
    fn json_error_has_line_and_column() {
        let (_d, p) = temp(
            "resume.json",
            b"{\n  \"basics\": {\n    \"name\": 3,\n  }\n}",
        );
        let e = load_resume(&p, &ResumeParser::new()).unwrap_err();
        let Error::Syntax { file, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(file.at.unwrap().line, 3);
    }

    #[test]
    fn yaml_error_has_line() {
        let (_d, p) = temp("resume.yaml", b"basics:\n  name: Ada\nwork: [\n");
        let e = load_resume(&p, &ResumeParser::new()).unwrap_err();
        assert!(
            matches!(&e, Error::Syntax { file, .. } if file.at.is_some()),
            "{e:?}"
        );
    }

    #[test]
    fn latin1_is_read_and_named() {
        let (_d, p) = temp("resume.txt", b"Ada\nLove\xe9lace\n");
        let (text, enc) = read_text_encoding(&p).unwrap();
        assert_eq!(
            (text.as_str(), enc),
            ("Ada\nLoveélace\n", Some("windows-1252"))
        );
    }

    #[test]
    fn a_pdf_is_refused_with_what_to_do() {
        let (_d, p) = temp("resume.txt", b"%PDF-1.5\n%\xb5\xb5\n");
        let e = read_text(&p).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: this is a PDF: copy its text into resume.txt (PDF reading is planned)",
                p.display()
            )
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        let (_d, p) = temp("resume.md", b"  \n\n");
        assert!(matches!(read_text(&p), Err(Error::Empty(_))));
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(
            SourceFormat::from_path(Path::new("a/resume.YML")),
            Some(SourceFormat::Yaml)
        );
        assert_eq!(
            SourceFormat::from_path(Path::new("resume.txt")),
            Some(SourceFormat::Text(Markup::Plain))
        );
        assert_eq!(SourceFormat::from_path(Path::new("photo.jpg")), None);
    }
}
