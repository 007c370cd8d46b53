//! A text file's bytes → text, in whichever common encoding it was saved: UTF-8 (with
//! or without a byte-order mark), UTF-16 LE/BE (with a mark, or without one when the
//! NUL bytes of mostly-ASCII text give it away), else Windows-1252 (a superset of
//! Latin-1, what older editors on Windows and many exports write).
//!
//! Takes the bytes; gives the text with control characters other than tab and newline
//! removed (line breaks made `\n`), and the encoding's name when it was not UTF-8. A
//! PDF, a Word file, an image or other binary data is refused with what it is. It does
//! not guess between single-byte encodings: Windows-1252 is the one fallback.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding the text was read in, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Why bytes are not read as text: what they are, said so a person knows what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    Pdf,
    /// A ZIP container: DOCX, ODT, Pages.
    Zip,
    /// An old binary Word (`.doc`) or other OLE file.
    Ole,
    Image,
    Binary,
}

impl NotText {
    /// What to tell the person.
    pub fn message(self) -> &'static str {
        match self {
            NotText::Pdf => "this is a PDF: copy its text into resume.txt (PDF reading is planned)",
            NotText::Zip => {
                "this is a Word/OpenDocument (zip) file: save it as plain text (resume.txt) \
                 or copy its text into one"
            }
            NotText::Ole => "this is an old Word (.doc) file: save it as plain text (resume.txt)",
            NotText::Image => "this is an image, not text: write the résumé in resume.txt",
            NotText::Binary => {
                "this is binary data, not text: save the résumé as plain text (resume.txt) \
                 or Markdown (resume.md)"
            }
        }
    }
}

/// Decodes a text file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some(kind) = signature(bytes) {
        return Err(kind);
    }
    if let Some(text) = plain_utf8(bytes) {
        return Ok(Decoded {
            text,
            encoding: None,
        });
    }
    let (text, encoding) = if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        (
            text.into_owned(),
            (enc != encoding_rs::UTF_8).then(|| enc.name()),
        )
    } else if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        (text.into_owned(), Some(enc.name()))
    } else if nul_heavy(bytes) {
        return Err(NotText::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), None),
            Err(_) => {
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                (text.into_owned(), Some(WINDOWS_1252.name()))
            }
        }
    };
    // Text has few control characters; data read as text has many.
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if controls > 8 && controls * 20 > text.chars().count() {
        return Err(NotText::Binary);
    }
    Ok(Decoded {
        text: clean_controls(&text),
        encoding,
    })
}

/// Nearly every file: UTF-8 without a byte-order mark, NUL or other control character
/// than tabs and line breaks, which the checks below would all pass and leave as it is
/// (but for `\r\n`, made `\n`). Found with byte scans instead of character by character.
fn plain_utf8(bytes: &[u8]) -> Option<String> {
    let c0 = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r') || b == 0x7F;
    // U+0080–U+009F (C1 controls) and U+FEFF (a byte-order mark) as UTF-8.
    let c1_or_bom = |w: &[u8]| w[0] == 0xC2 && w[1] < 0xA0 || w == b"\xEF\xBB\xBF";
    if bytes.iter().any(|&b| c0(b)) || bytes.windows(3).any(c1_or_bom) {
        return None;
    }
    // The last two bytes, which no window of three starts at.
    if bytes.len() >= 2 && bytes[bytes.len() - 2] == 0xC2 && bytes[bytes.len() - 1] < 0xA0 {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    Some(if text.contains('\r') {
        clean_controls(text)
    } else {
        text.to_string()
    })
}

/// Files that announce what they are in their first bytes.
fn signature(bytes: &[u8]) -> Option<NotText> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let b = &bytes[start..];
    if b.starts_with(b"%PDF-") {
        Some(NotText::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some(NotText::Zip)
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        Some(NotText::Ole)
    } else if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"GIF8")
    {
        Some(NotText::Image)
    } else {
        None
    }
}

/// UTF-16 saved without a byte-order mark: mostly-ASCII text has a NUL in every other
/// byte (the high byte), after the character in little-endian, before it in big-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let most = |n: usize| n * 10 >= pairs * 4;
    let few = |n: usize| n * 20 <= pairs;
    if most(odd) && few(even) {
        Some(UTF_16LE)
    } else if most(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// More NUL bytes than a text file has by accident.
fn nul_heavy(bytes: &[u8]) -> bool {
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    nuls > 8 && nuls * 50 > bytes.len()
}

/// Line breaks as `\n`; other control characters (NUL, form feed, C1 codes) and a
/// byte-order mark removed. Line numbers stay those of the file.
fn clean_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' | '\n' => out.push(c),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if le { [0xFF, 0xFE] } else { [0xFE, 0xFF] });
        }
        for u in s.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("Zoë Quill\n".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Zoë Quill\n", None));
        let d = decode(b"\xEF\xBB\xBFZo\xC3\xAB\n").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Zoë\n", None));
    }

    #[test]
    fn utf16_with_bom() {
        let d = decode(&utf16("Zoë — CV\n", true, true)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Zoë — CV\n", Some("UTF-16LE"))
        );
        let d = decode(&utf16("Zoë\n", false, true)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Zoë\n", Some("UTF-16BE")));
    }

    #[test]
    fn utf16_without_bom_by_its_nul_bytes() {
        let d = decode(&utf16("Zoë Quill\r\nEngineer\r\n", true, false)).unwrap();
        assert_eq!(d.text, "Zoë Quill\nEngineer\n");
        assert_eq!(d.encoding, Some("UTF-16LE"));
        let d = decode(&utf16("Zoë Quill\nEngineer\n", false, false)).unwrap();
        assert_eq!(d.encoding, Some("UTF-16BE"));
    }

    #[test]
    fn latin1_and_windows_1252() {
        let d = decode(b"Jos\xE9 Mar\xEDa \x96 S\xE3o Paulo \x80\n").unwrap();
        assert_eq!(d.text, "José María – São Paulo €\n");
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn binary_files_are_named() {
        assert_eq!(decode(b"%PDF-1.7\n%\xE2\xE3\n1 0 obj"), Err(NotText::Pdf));
        assert_eq!(decode(b"PK\x03\x04\x14\x00"), Err(NotText::Zip));
        let mut data = vec![0u8; 64];
        data.extend(b"\x01\x02\x03\x00\x00\x07abc");
        assert_eq!(decode(&data), Err(NotText::Binary));
        assert!(NotText::Pdf
            .message()
            .contains("copy its text into resume.txt"));
    }

    #[test]
    fn stray_controls_are_stripped() {
        let d = decode(b"Ada\x00 Quill\x0c\nLine\rTwo\x07\n").unwrap();
        assert_eq!(d.text, "Ada Quill\nLine\nTwo\n");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_decode_or_are_refused(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            if let Ok(d) = decode(&bytes) {
                proptest::prop_assert!(!d.text.chars().any(|c| c.is_control() && c != '\t' && c != '\n'));
            }
        }
    }
}
