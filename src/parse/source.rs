//! Reading a résumé source file: UTF-8 and emptiness checks, format by extension,
//! and JSON/YAML deserialisation with the error's line and column.
//!
//! It does not interpret text résumés; that is [`ResumeParser`]'s job.

use std::path::Path;

use crate::error::{Error, Result, Source};
use crate::model::Resume;

use super::formats::pdf::{self, PdfText};
use super::formats::Markup;
use super::ResumeParser;

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
            _ => None,
        }
    }
}

/// Reads a file as UTF-8 text, refusing binary and empty files with a clear error.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::NotUtf8(Source::at(path, line, column))
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::Empty(Source::file(path)));
    }
    Ok(text)
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
        path: path.to_path_buf(),
        message: problem.to_string(),
        hint: problem.hint().to_string(),
    })
}

/// Loads a résumé from a file of any supported format.
pub fn load_resume(path: &Path, parser: &ResumeParser) -> Result<Resume> {
    if is_pdf(path) {
        let pdf = read_pdf(path)?;
        return Ok(parser.parse_as(&pdf.lowered.text, Markup::Plain));
    }
    let format = SourceFormat::from_path(path).ok_or_else(|| Error::Invalid {
        file: Source::file(path),
        message: format!(
            "unknown résumé format (expected {}, .json, .yaml or .yml)",
            Markup::EXTENSIONS
        ),
    })?;
    let text = read_text(path)?;
    parse_str(path, &text, format, parser)
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
        SourceFormat::Json => serde_json::from_str(text).map_err(|e| Error::Syntax {
            file: Source::at(path, e.line(), e.column()),
            message: format!("invalid JSON Resume: {}", strip_position(&e.to_string())),
        }),
        SourceFormat::Yaml => serde_yaml::from_str(text).map_err(|e| yaml_error(path, &e)),
    }
}

/// A serde_yaml error as ours, with its line and column when serde_yaml knows them.
pub(crate) fn yaml_error(path: &Path, e: &serde_yaml::Error) -> Error {
    let file = match e.location() {
        Some(l) => Source::at(path, l.line(), l.column()),
        None => Source::file(path),
    };
    Error::Syntax {
        file,
        message: format!("invalid YAML: {}", strip_position(&e.to_string())),
    }
}

/// serde's messages end in " at line L column C"; we print the position up front instead.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
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
    fn non_utf8_reports_position() {
        let (_d, p) = temp("resume.txt", b"Ada\nLove\xfflace\n");
        let e = read_text(&p).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}:2:5: not valid UTF-8 text", p.display())
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
