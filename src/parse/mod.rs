//! Parsing: a résumé file of any supported format → [`Resume`](crate::model::Resume).
//!
//! `source` reads a file and picks the format by its extension (text and Markdown
//! go through the text parser; JSON Resume and YAML are deserialised directly).
//! `text` is vitae's own reader of messy résumé text; `formats` lowers each markup
//! (and DOCX, PDF) to the lines it reads. `linkedin` reads LinkedIn's data export,
//! which is structured: it gives a résumé directly, as JSON Resume does.

/// The reader's version: bumped whenever a change to the reader can change the résumé
/// it makes of a source, so that résumés cached from an older reader are read again.
pub const PARSER_VERSION: u32 = 1;

mod formats;
mod glyphs;
mod linkedin;
mod pattern;
mod source;
mod text;

pub use formats::pdf::{PdfProblem, PdfText};
pub use formats::{Converted, Lowered, Markup};
pub use linkedin::{is_candidate as is_linkedin, is_export as is_linkedin_export};
pub use source::{
    decode_text, is_pdf, load_resume, load_resume_bytes, parse_str, read_docx, read_docx_bytes,
    read_linkedin, read_pdf, read_text, read_text_encoding, source_rank, SourceFormat,
};
// The date reader, for publishing dates in the schema's ISO form.
pub(crate) use text::dates;
pub use text::{LineNote, ResumeParser, Warning};
