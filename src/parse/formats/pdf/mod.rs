//! PDF résumés read from the file itself, with their geometry: glyphs → spans → lines in
//! reading order → Markdown-shaped lines for the text reader.
//!
//! Takes the bytes of a PDF; gives a [`PdfText`] (the lowered lines, numbered in order,
//! and each line's page, so a line number maps back to page and line), or a
//! [`PdfProblem`] saying why the file can't be read. It does not read sections or
//! entries: the lowered lines go through the same text reader as every other format.
//!
//! The crate is pdf-extract (on lopdf without its default features). Compared on the
//! real PDFs of the development set: it decodes fonts' ToUnicode maps, simple encodings
//! and CID fonts and hands each glyph over with its text matrix, advance and size
//! through its `OutputDev` trait, which is all the geometry this reader needs; all of
//! the set's PDFs load and read in a few milliseconds each in a release build. lopdf
//! alone would mean writing that font decoding ourselves; pdf_oxide brings a far larger
//! tree for features (rendering, OCR hooks) a résumé reader does not use. Its limits,
//! handled here: it hands glyphs over without their font, so [`weight`] walks each
//! page's content beside it and counts the glyphs each font draws, the collector
//! taking the n-th glyph's weight from that count (a page where the counts disagree is
//! read without weight), and the lowering writes bold words as `**…**`; and it can
//! panic on malformed input, so every call runs under `catch_unwind`. Link targets,
//! which the crate does not read, come from the pages' annotations ([`links`]).

mod columns;
mod flow;
mod fonts;
mod glyphs;
mod gstate;
mod gutter;
mod headings;
mod inline;
mod links;
mod lower;
#[cfg(test)]
mod one_page;
mod repair;
mod running;
mod spacing;
mod spans;
mod table;
mod weight;
mod wrap;

use std::panic::{catch_unwind, AssertUnwindSafe};

use pdf_extract::content::Content;
use pdf_extract::{Document, ObjectId};

use super::Lowered;

/// A PDF's text as the text reader reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfText {
    /// The lowered lines; a line's origin is its own 1-based number.
    pub lowered: Lowered,
    /// For each lowered line, the 1-based page it is on (sidebars are read after the
    /// main text, so pages need not ascend).
    pub line_pages: Vec<usize>,
}

impl PdfText {
    /// The 1-based page of lowered line `no` (1-based), and the how-manieth line of
    /// that page it is in reading order.
    pub fn page_of(&self, no: usize) -> (usize, usize) {
        let Some(&page) = no.checked_sub(1).and_then(|k| self.line_pages.get(k)) else {
            return (0, no);
        };
        let before = self.line_pages[..no - 1]
            .iter()
            .filter(|&&p| p == page)
            .count();
        (page, before + 1)
    }
}

/// Why a PDF can't be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfProblem {
    #[error("not a PDF (it does not start like one)")]
    NotPdf,
    #[error("the PDF is encrypted")]
    Encrypted,
    #[error("the PDF is damaged or cut short ({0})")]
    Corrupt(String),
    #[error("the PDF has {0} pages; vitae reads résumés of at most {MAX_PAGES}")]
    TooManyPages(usize),
    #[error("the PDF is {0} MB; vitae reads résumés of at most {MAX_MB} MB")]
    TooLarge(usize),
    #[error("no text layer (the pages are images, as in a scan)")]
    NoText,
}

impl PdfProblem {
    /// What the person can do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            PdfProblem::NotPdf => "check the file: it may be another format renamed to .pdf; export the résumé as PDF again, or add resume.md beside it",
            PdfProblem::Encrypted => "save a copy without a password (print to PDF), or add resume.md beside it",
            PdfProblem::Corrupt(_) => "export the PDF again from its source, or add resume.md beside it",
            PdfProblem::TooManyPages(_) | PdfProblem::TooLarge(_) => "a résumé is a few pages: export only the résumé, or add resume.md beside it",
            PdfProblem::NoText => "export the PDF with text, or add resume.md beside it",
        }
    }
}

/// More pages than this is no résumé (a thesis, a portfolio): refused.
pub const MAX_PAGES: usize = 30;
/// Files larger than this are refused before parsing.
pub const MAX_MB: usize = 20;

/// The text of a PDF, with its layout lowered to Markdown-shaped lines.
pub fn read(bytes: &[u8]) -> Result<PdfText, PdfProblem> {
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    if bytes.len() > MAX_MB << 20 {
        return Err(PdfProblem::TooLarge(bytes.len() >> 20));
    }
    // The crate can panic on malformed input: that is a damaged file, not our crash.
    catch_unwind(AssertUnwindSafe(|| read_unguarded(bytes)))
        .unwrap_or_else(|_| Err(PdfProblem::Corrupt("the PDF reader gave up on it".into())))
}

fn read_unguarded(bytes: &[u8]) -> Result<PdfText, PdfProblem> {
    let mut doc = Document::load_mem(bytes).map_err(|e| match e {
        pdf_extract::Error::Decryption(_) | pdf_extract::Error::InvalidPassword => {
            PdfProblem::Encrypted
        }
        e => PdfProblem::Corrupt(e.to_string()),
    })?;
    // Encrypted with an empty password (permissions only) reads like any other.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(PdfProblem::Encrypted);
    }
    let count = doc.get_pages().len();
    if count > MAX_PAGES {
        return Err(PdfProblem::TooManyPages(count));
    }
    if count == 0 {
        return Err(PdfProblem::Corrupt("no pages".into()));
    }
    repair::repair(&mut doc);
    let weights = prepare_pages(&mut doc);
    let mut collector = glyphs::Collector::new(weights);
    pdf_extract::output_doc(&doc, &mut collector)
        .map_err(|e| PdfProblem::Corrupt(e.to_string()))?;
    // Bullets drawn as shapes are no text layer.
    if !collector
        .glyphs
        .iter()
        .any(|g| !matches!(g.text.trim(), "" | "•"))
    {
        return Err(PdfProblem::NoText);
    }
    let mut pages: Vec<Vec<columns::Line>> = vec![Vec::new(); collector.pages.len()];
    let mut sidebars = Vec::new();
    let mut laters = Vec::new();
    let spaces = collector.glyphs.iter().filter(|g| g.text == " ").count();
    let drawn_spaces = spaces * 30 > collector.glyphs.len();
    for (p, lines) in pages.iter_mut().enumerate() {
        let on_page: Vec<glyphs::Glyph> = collector
            .glyphs
            .iter()
            .filter(|g| g.page == p)
            .cloned()
            .collect();
        let width = collector.pages[p].width;
        let reading = columns::read_order(&spans::spans(&on_page, drawn_spaces), width);
        *lines = reading.main;
        sidebars.push(reading.sidebar);
        laters.push(reading.later);
    }
    flow::carry_over(&mut pages, &laters);
    let mut text = lower::lower(&pages, &sidebars, &collector.pages);
    let web = links::links(&doc, &collector.pages);
    if !web.is_empty() {
        text.lowered.text = links::write_links(
            &text.lowered.text,
            &text.line_pages,
            &web,
            &collector.glyphs,
        );
    }
    super::debug_dump(&text.lowered);
    Ok(text)
}

/// Each page's forms drawn in place ([`inline`]), and its runs of weight ([`weight`]),
/// in page order; a page whose content can't be decoded is left as it is, read without
/// weight.
fn prepare_pages(doc: &mut Document) -> Vec<Option<weight::Runs>> {
    let mut faces = fonts::Faces::of(doc);
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut out = Vec::with_capacity(pages.len());
    for page in pages {
        let Some((mut ops, inlined)) = inline::expand_page(doc, page) else {
            out.push(None);
            continue;
        };
        let set = gstate::explicit_fonts(doc, page, &mut ops);
        out.push(weight::page_runs(doc, page, &ops, &mut faces));
        if inlined || set {
            if let Ok(bytes) = (Content { operations: ops }).encode() {
                let _ = doc.change_page_content(page, bytes);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_files_are_no_pdf() {
        assert_eq!(read(b"PK\x03\x04 a zip"), Err(PdfProblem::NotPdf));
        assert_eq!(read(b""), Err(PdfProblem::NotPdf));
    }

    #[test]
    fn a_truncated_pdf_is_damaged() {
        assert!(matches!(
            read(b"%PDF-1.7\n1 0 obj << /Type /Catalog"),
            Err(PdfProblem::Corrupt(_))
        ));
    }

    /// A one-page PDF of `lines` (font resource, text render mode, text) on Helvetica
    /// and Helvetica-Bold.
    fn pdf_of(lines: &[(&str, u8, &str)]) -> Vec<u8> {
        use pdf_extract::dictionary;
        let mut doc = Document::with_version("1.7");
        let face = |name: &str| dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => name.to_string() };
        let (regular, bold) = (
            doc.add_object(face("Helvetica")),
            doc.add_object(face("Helvetica-Bold")),
        );
        let mut content = String::new();
        for (k, (font, mode, text)) in lines.iter().enumerate() {
            let y = 750 - 14 * k;
            content.push_str(&format!(
                "BT /{font} 10 Tf {mode} Tr 1 0 0 1 50 {y} Tm ({text}) Tj ET\n"
            ));
        }
        let resources = dictionary! { "Font" => dictionary! { "R" => regular, "B" => bold } };
        one_page::one_page_pdf(doc, content.into_bytes(), resources)
    }

    #[test]
    fn bold_faces_and_filled_and_stroked_text_are_marked_bold() {
        let bytes = pdf_of(&[
            ("B", 0, "Harbour Pilot"),
            (
                "R",
                0,
                "Kept the light on every night of the long winter season",
            ),
            // Filled and stroked: bold faked on a regular face.
            ("R", 2, "Lantern Isles Ferries"),
            (
                "R",
                0,
                "Guided ferries through the fog on the island routes",
            ),
        ]);
        let text = read(&bytes).unwrap().lowered.text;
        assert_eq!(
            text,
            "**Harbour Pilot**\nKept the light on every night of the long winter season\n\
             **Lantern Isles Ferries**\nGuided ferries through the fog on the island routes\n"
        );
    }

    #[test]
    fn a_document_mostly_in_bold_marks_nothing() {
        let bytes = pdf_of(&[
            ("B", 0, "Harbour Pilot"),
            (
                "B",
                0,
                "Kept the light on every night of the long winter season",
            ),
            ("R", 0, "Lantern Isles"),
        ]);
        assert!(!read(&bytes).unwrap().lowered.text.contains("**"));
    }

    /// A one-page PDF drawing "Ada Quill" in a composite font whose Unicode map is named
    /// `cmap_name`.
    fn composite_pdf(cmap_name: &str) -> Vec<u8> {
        use pdf_extract::{dictionary, Object, Stream};
        let mut doc = Document::with_version("1.7");
        let map = format!(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
             /CMapName /{cmap_name} def\n/CMapType 2 def\n1 begincodespacerange\n\
             <0000> <FFFF>\nendcodespacerange\n8 beginbfchar\n<0001> <0041>\n<0002> <0064>\n\
             <0003> <0061>\n<0004> <0020>\n<0005> <0051>\n<0006> <0075>\n<0007> <0069>\n\
             <0008> <006C>\nendbfchar\nendcmap\nend\nend\n"
        );
        let map = doc.add_object(Stream::new(dictionary! {}, map.into_bytes()));
        let descriptor = doc.add_object(dictionary! {
            "Type" => "FontDescriptor", "FontName" => "Quill-Bold", "Flags" => 32,
            "FontBBox" => vec![0.into(), 0.into(), 1000.into(), 1000.into()],
            "ItalicAngle" => 0, "Ascent" => 900, "Descent" => -200, "CapHeight" => 700, "StemV" => 80,
        });
        let advances = [700, 560, 540, 250, 760, 560, 260, 260];
        let widths: Vec<Object> = vec![
            1.into(),
            Object::Array(advances.iter().map(|&w| w.into()).collect()),
        ];
        let cid = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Quill-Bold",
            "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"),
                "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
            "FontDescriptor" => descriptor, "W" => widths,
        });
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Quill-Bold",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![Object::from(cid)], "ToUnicode" => map,
        });
        let content =
            b"BT /F 12 Tf 50 700 Td <000100020003000400050006000700080008> Tj ET\n".to_vec();
        let resources = dictionary! { "Font" => dictionary! { "F" => font } };
        one_page::one_page_pdf(doc, content, resources)
    }

    #[test]
    fn a_composite_font_whose_unicode_map_is_named_with_spaces_keeps_its_text() {
        for name in ["Adobe-SI-*Quill-Bold-0", "Adobe-SI-*Quill Sans-Bold-7177-0"] {
            let text = read(&composite_pdf(name)).unwrap().lowered.text;
            assert_eq!(text.trim().trim_matches('*'), "Ada Quill", "{name}");
        }
    }

    #[test]
    fn line_numbers_map_to_pages() {
        let t = PdfText {
            lowered: Lowered::default(),
            line_pages: vec![1, 1, 2, 2, 1],
        };
        assert_eq!(t.page_of(1), (1, 1));
        assert_eq!(t.page_of(4), (2, 2));
        assert_eq!(t.page_of(5), (1, 3));
        assert_eq!(t.page_of(9), (0, 9));
    }
}
