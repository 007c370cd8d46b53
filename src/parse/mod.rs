//! Parsing: a résumé file of any supported format → [`Resume`](crate::model::Resume).
//!
//! `source` reads a file and picks the format by its extension (text and Markdown
//! go through the text parser; JSON Resume and YAML are deserialised directly).
//! `text` is vitae's own reader of messy résumé text.

mod formats;
mod glyphs;
mod source;
mod text;

pub use formats::pdf::{PdfProblem, PdfText};
pub use formats::{Converted, Lowered, Markup};
pub use source::{
    is_pdf, load_resume, parse_str, read_docx, read_docx_bytes, read_pdf, read_text,
    read_text_encoding, source_rank, SourceFormat,
};
// The date reader, for publishing dates in the schema's ISO form.
pub(crate) use text::dates;
pub use text::{LineNote, ResumeParser, Warning};
