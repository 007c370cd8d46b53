//! Parsing: a résumé file of any supported format → [`Resume`](crate::model::Resume).
//!
//! `source` reads a file and picks the format by its extension (text and Markdown
//! go through the text parser; JSON Resume and YAML are deserialised directly).
//! `text` is vitae's own reader of messy résumé text.

/// The reader's version: bumped whenever a change to the reader can change the résumé
/// it makes of a source, so that résumés cached from an older reader are read again.
pub const PARSER_VERSION: u32 = 1;

mod formats;
mod glyphs;
mod source;
mod text;

pub use formats::pdf::{PdfProblem, PdfText};
pub use formats::{Converted, Lowered, Markup};
pub use source::{
    is_pdf, load_resume, parse_str, read_docx, read_docx_bytes, read_pdf, read_text,
    read_text_encoding, SourceFormat,
};
// The date reader, for publishing dates in the schema's ISO form.
pub(crate) use text::dates;
pub use text::{LineNote, ResumeParser, Warning};
