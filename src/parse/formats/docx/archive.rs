//! The DOCX container: a zip archive of XML parts.
//!
//! Takes the bytes of a file named `.docx`; gives the text of the parts the reader
//! needs (the main document, its styles, its page headers, its relationships), each
//! read under a size cap. Files that are no DOCX are told apart by their first bytes
//! so the error can say what the file is and what to do: an OLE compound file (a
//! password-protected DOCX or a Word 97–2003 `.doc`), a PDF, an RTF, an OpenDocument
//! text, a zip of something else.
//!
//! It does not read XML: that is the other modules' job.

use std::io::{Cursor, Read};

use zip::ZipArchive;

/// More parts than any Word document has (a few dozen, a few hundred with images):
/// an archive past it is no résumé, and walking it would only cost time.
const MAX_ENTRIES: usize = 5_000;

/// What all the parts read may inflate to together: a résumé's XML is well under a
/// megabyte, so past this the archive is a zip bomb or no résumé.
pub const MAX_INFLATED: u64 = 50 * 1024 * 1024;

/// The largest file read at all: photos can make a résumé's DOCX a few megabytes,
/// nothing makes it this large.
pub const MAX_FILE: u64 = 100 * 1024 * 1024;

/// Why a file is no readable DOCX: what it is, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub hint: String,
}

impl Problem {
    pub fn new(message: impl Into<String>, hint: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            hint: hint.into(),
        }
    }
}

const SAVE_AS_DOCX: &str =
    "open it in Word or LibreOffice and save it as a Word document (.docx), or add resume.md beside it";

/// An opened DOCX, its parts read on demand under the size cap.
pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    inflated: u64,
}

impl<'a> Archive<'a> {
    /// Opens the archive, or says what the file is instead.
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, Problem> {
        if bytes.len() as u64 > MAX_FILE {
            return Err(too_large(bytes.len() as u64));
        }
        if let Some(p) = not_a_zip(bytes) {
            return Err(p);
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            Problem::new(
                format!("not a readable DOCX: the zip archive is damaged or cut short ({e})"),
                "open it in Word and save it again, or copy the file anew",
            )
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(Problem::new(
                format!(
                    "not a résumé: the archive holds {} files (a Word document has a few dozen)",
                    zip.len()
                ),
                SAVE_AS_DOCX,
            ));
        }
        Ok(Archive { zip, inflated: 0 })
    }

    /// The names of the parts, in archive order.
    pub fn names(&self) -> Vec<String> {
        self.zip.file_names().map(str::to_string).collect()
    }

    /// The text of part `name`; `Ok(None)` when there is no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<String>, Problem> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let budget = MAX_INFLATED - self.inflated;
        let mut file = self.zip.by_index(index).map_err(|e| damaged(name, &e))?;
        if file.encrypted() {
            return Err(Problem::new(
                format!("{name} is encrypted inside the archive"),
                "save the document without a password",
            ));
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| damaged(name, &e))?;
        if bytes.len() as u64 > budget {
            return Err(Problem::new(
                format!(
                    "not a résumé: its parts inflate past {} MB (a zip bomb, or no Word document)",
                    MAX_INFLATED / (1024 * 1024)
                ),
                SAVE_AS_DOCX,
            ));
        }
        self.inflated += bytes.len() as u64;
        Ok(Some(decode(bytes)))
    }
}

/// The error for a file past [`MAX_FILE`].
pub fn too_large(len: u64) -> Problem {
    Problem::new(
        format!(
            "{} MB is too large for a résumé (vitae reads DOCX files up to {} MB)",
            len / (1024 * 1024),
            MAX_FILE / (1024 * 1024)
        ),
        "save it with smaller pictures (File → Compress Pictures), or add resume.md beside it",
    )
}

fn damaged(name: &str, e: &dyn std::fmt::Display) -> Problem {
    Problem::new(
        format!("not a readable DOCX: {name} is damaged ({e})"),
        "open it in Word and save it again, or copy the file anew",
    )
}

/// XML parts are UTF-8 (what Word writes) or UTF-16 with a byte-order mark.
fn decode(bytes: Vec<u8>) -> String {
    let utf16 = |b: &[u8], le: bool| -> String {
        let units = b.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect()
    };
    match bytes.as_slice() {
        [0xff, 0xfe, rest @ ..] => utf16(rest, true),
        [0xfe, 0xff, rest @ ..] => utf16(rest, false),
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        },
    }
}

/// What a file that does not start like a zip archive is, by its first bytes.
fn not_a_zip(bytes: &[u8]) -> Option<Problem> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return None;
    }
    const OLE: &[u8] = &[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    if bytes.starts_with(&OLE[..4]) {
        // Office keeps a password-protected DOCX in an OLE compound file whose
        // streams are named EncryptionInfo and EncryptedPackage (UTF-16 names).
        let encrypted = contains_utf16(bytes, "EncryptedPackage");
        return Some(if encrypted {
            Problem::new(
                "a password-protected DOCX (an encrypted OLE compound file): vitae cannot read it",
                "open it in Word, remove the password (File → Info → Protect Document) and save it without a password",
            )
        } else {
            Problem::new(
                "a Word 97–2003 document (.doc, an OLE compound file), not a DOCX",
                SAVE_AS_DOCX,
            )
        });
    }
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(16)]).to_string();
    let what = if start.starts_with("%PDF") {
        return Some(Problem::new("a PDF named .docx", "rename it to resume.pdf"));
    } else if start.starts_with("{\\rtf") {
        "an RTF document"
    } else if start.trim_start().starts_with('<') {
        "an XML or HTML file"
    } else {
        "not a zip archive"
    };
    Some(Problem::new(
        format!("not a DOCX ({what}, whatever its name says)"),
        SAVE_AS_DOCX,
    ))
}

fn contains_utf16(bytes: &[u8], needle: &str) -> bool {
    let pattern: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes
        .windows(pattern.len())
        .any(|w| w == pattern.as_slice())
}

/// What a zip without a Word document in it holds instead, for the error.
pub fn what_else(names: &[String]) -> Problem {
    let has = |n: &str| names.iter().any(|x| x == n);
    let what = if has("content.xml") && has("mimetype") {
        "an OpenDocument file (.odt), not a DOCX"
    } else if names.iter().any(|n| n.starts_with("xl/")) {
        "an Excel workbook, not a Word document"
    } else if names.iter().any(|n| n.starts_with("ppt/")) {
        "a PowerPoint presentation, not a Word document"
    } else {
        "a zip archive without word/document.xml: not a Word document"
    };
    Problem::new(what, SAVE_AS_DOCX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ole_files_are_told_apart() {
        let mut doc = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        doc.extend_from_slice(&[0; 64]);
        let p = not_a_zip(&doc).unwrap();
        assert!(p.message.contains(".doc"), "{p:?}");
        let mut enc = doc.clone();
        enc.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        let p = not_a_zip(&enc).unwrap();
        assert!(p.message.contains("password"), "{p:?}");
        assert!(p.hint.contains("without a password"), "{p:?}");
    }

    #[test]
    fn other_files_are_named() {
        assert!(not_a_zip(b"%PDF-1.7\n")
            .unwrap()
            .hint
            .contains("resume.pdf"));
        assert!(not_a_zip(b"{\\rtf1\\ansi").unwrap().message.contains("RTF"));
        assert!(not_a_zip(b"Ada Lovelace\n")
            .unwrap()
            .message
            .contains("not a zip"));
        assert!(not_a_zip(b"").is_some());
        assert!(not_a_zip(b"PK\x03\x04rest").is_none());
    }

    #[test]
    fn utf16_parts_are_decoded() {
        let mut b = vec![0xff, 0xfe];
        b.extend("<a/>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(b), "<a/>");
        assert_eq!(decode(b"\xef\xbb\xbf<b/>".to_vec()), "<b/>");
    }
}
