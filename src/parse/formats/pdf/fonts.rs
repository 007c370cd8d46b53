//! Whether a font is a bold face, from what the PDF says of it: its name, its
//! descriptor, and the weight class written in the embedded font file itself.
//!
//! Takes a font dictionary; gives bold or not. The name is read first ([`bold_name`]),
//! then whether it is a Type 3 copy of another embedded face (a synthesized bold),
//! then the descriptor's weight and ForceBold flag, then, for an embedded TrueType or
//! OpenType file, its `OS/2` weight class (or the `head` table's bold bit): some PDF
//! printers rename every font (`CIDFont+F1`) and design tools number them, and then
//! the file is the only place the weight is written. Each file is read once per
//! document. It does not read how text is drawn (faked bold): [`super::weight`] does.

use std::collections::{HashMap, HashSet};

use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// A weight from which a face is bold (semibold and up), on the 100–900 scale of
/// font descriptors and font files alike.
const BOLD_WEIGHT: f64 = 600.0;
/// The ForceBold bit of a font descriptor's flags.
const FORCE_BOLD: i64 = 1 << 18;
/// An sfnt file with more tables than this is no font (a damaged or hostile file).
const MAX_TABLES: usize = 128;

/// What is known of a document's fonts while its pages are marked.
#[derive(Default)]
pub struct Faces {
    /// Whether each embedded font file is bold, by the file's object.
    files: HashMap<ObjectId, Option<bool>>,
    /// The names of the faces the document embeds as fonts of their own (not Type 3).
    real: HashSet<Vec<u8>>,
}

impl Faces {
    /// The document's faces, none of their files read yet. They are read off the
    /// document's font dictionaries in one pass, not page by page: the pages' fonts are
    /// fetched once, by [`super::weight`], and a Type 3 copy may sit on another page,
    /// or in a form, than the face it copies.
    pub fn of(doc: &Document) -> Faces {
        let mut real = HashSet::new();
        for object in doc.objects.values() {
            let Object::Dictionary(font) = object else {
                continue;
            };
            // Some writers leave out the font's `/Type`; its subtype says as much.
            let subtype = font.get(b"Subtype").and_then(Object::as_name).ok();
            let is_font = font.get(b"Type").and_then(Object::as_name).ok() == Some(b"Font")
                || subtype.is_some_and(|s| {
                    [&b"Type1"[..], b"TrueType", b"Type0", b"MMType1"].contains(&s)
                });
            if !is_font || is_type3(font) {
                continue;
            }
            if let Ok(name) = font.get(b"BaseFont").and_then(Object::as_name) {
                real.insert(untagged(name).to_vec());
            }
        }
        Faces {
            files: HashMap::new(),
            real,
        }
    }

    /// Whether a font dictionary is a bold face.
    pub fn is_bold(&mut self, doc: &Document, font: &Dictionary) -> bool {
        is_bold_font(doc, font, self)
    }
}

/// A font name without its subset tag (`ABCDEF+`), which differs between subsets of
/// one face.
fn untagged(name: &[u8]) -> &[u8] {
    match name.get(6) {
        Some(b'+') if name[..6].iter().all(u8::is_ascii_uppercase) => &name[7..],
        _ => name,
    }
}

fn is_type3(font: &Dictionary) -> bool {
    font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type3")
}

/// Whether a font dictionary is a bold face: by its name, or its descriptor (a
/// composite font's is on its descendant), or its file. A Type 3 font drawn from the
/// outlines of a face the document also embeds is that face altered, and browsers and
/// office suites alter text so to embolden it (a slant they draw by skewing the text).
fn is_bold_font(doc: &Document, font: &Dictionary, faces: &mut Faces) -> bool {
    let resolve = |o| deref(doc, o);
    let name = font.get(b"BaseFont").ok().and_then(|o| o.as_name().ok());
    if name.is_some_and(bold_name) {
        return true;
    }
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .and_then(resolve)
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(resolve)
        .and_then(|o| o.as_dict().ok());
    let descriptor = descendant
        .unwrap_or(font)
        .get(b"FontDescriptor")
        .ok()
        .and_then(resolve)
        .and_then(|o| o.as_dict().ok());
    let Some(descriptor) = descriptor else {
        return false;
    };
    let number = |key: &[u8]| {
        descriptor.get(key).ok().and_then(|o| match o {
            Object::Integer(i) => Some(*i as f64),
            Object::Real(r) => Some(f64::from(*r)),
            _ => None,
        })
    };
    let font_name = descriptor.get(b"FontName").and_then(Object::as_name).ok();
    if is_type3(font) && font_name.is_some_and(|n| faces.real.contains(untagged(n))) {
        return true;
    }
    if let Some(weight) = number(b"FontWeight") {
        return weight >= BOLD_WEIGHT;
    }
    let named_bold = font_name.is_some_and(bold_name);
    if named_bold || number(b"Flags").is_some_and(|f| f as i64 & FORCE_BOLD != 0) {
        return true;
    }
    let file = [&b"FontFile2"[..], b"FontFile3"]
        .iter()
        .find_map(|key| descriptor.get(key).ok()?.as_reference().ok());
    file.and_then(|id| *faces.files.entry(id).or_insert_with(|| file_bold(doc, id)))
        .unwrap_or(false)
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    doc.dereference(o).ok().map(|(_, o)| o)
}

/// Whether a font's PostScript name names a bold face. The style follows the family
/// after a hyphen or comma (`Arial-BoldMT`, `Arial,Bold`, `NimbusSans-Bold-Identity-H`),
/// with the usual words for semibold and heavier or the foundries' short forms of
/// them (`Bd`, `Blk`, `SmBd`); Japanese faces number their weights (`W6` and up are
/// bold); TeX's Computer Modern bold faces are `CMBX`, `CMB`, `CMSSBX` and, in its
/// Type 1 remakes, `SFBX` and `SFSX`. A subset tag (`ABCDEF+`) is no part of the name.
pub fn bold_name(name: &[u8]) -> bool {
    let name = String::from_utf8_lossy(untagged(name));
    let mut parts = name.split(['-', ',', '_', ' ']);
    let family = parts.next().unwrap_or_default();
    let tex = ["CMBX", "CMSSBX", "SFBX", "SFSX"]
        .iter()
        .any(|p| family.starts_with(p))
        || family
            .strip_prefix("CMB")
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()));
    let lower = family.to_lowercase();
    tex || ["bold", "black", "heavy"]
        .iter()
        .any(|w| lower.ends_with(w))
        || parts.any(bold_style)
}

/// Whether one style part of a font name (after the family) names a bold weight.
fn bold_style(part: &str) -> bool {
    const SHORT: [&str; 10] = [
        "B", "BI", "Bd", "Bld", "Blk", "Hv", "SmBd", "Sb", "XBd",
        // URW's Times and Palatino clones name their bold "Medi".
        "Medi",
    ];
    // An italic's short form adds "It" ("BdIt", "SmBdIt").
    let short = part.strip_suffix("It").unwrap_or(part);
    let lower = part.to_lowercase();
    // "DemiLight", "SemiLight": lighter than regular, whatever else the name says.
    let light = lower.contains("light") || lower.contains("thin");
    !light
        && ["bold", "black", "heavy", "demi"]
            .iter()
            .any(|w| lower.contains(w))
        || SHORT.contains(&short)
        || part
            .strip_prefix('W')
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| (6..=9).contains(&n))
}

/// Whether an embedded TrueType or OpenType file says its face is bold.
fn file_bold(doc: &Document, id: ObjectId) -> Option<bool> {
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    // A bare CFF or Type 1 program has no sfnt tables to read.
    let subtype = stream
        .dict
        .get(b"Subtype")
        .ok()
        .and_then(|s| s.as_name().ok());
    if subtype.is_some_and(|s| s != b"OpenType") {
        return None;
    }
    sfnt_bold(&stream.decompressed_content().ok()?)
}

/// An sfnt file's boldness: its `OS/2` weight class, else the `head` table's bold bit.
fn sfnt_bold(data: &[u8]) -> Option<bool> {
    let u16_at = |i: usize| Some(u16::from_be_bytes(data.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_be_bytes(data.get(i..i + 4)?.try_into().ok()?));
    let mut head = None;
    for k in 0..usize::from(u16_at(4)?).min(MAX_TABLES) {
        let record = 12 + 16 * k;
        let offset = u32_at(record + 8)? as usize;
        match data.get(record..record + 4)? {
            b"OS/2" => return Some(f64::from(u16_at(offset + 4)?) >= BOLD_WEIGHT),
            b"head" => head = Some(offset),
            _ => {}
        }
    }
    Some(u16_at(head? + 44)? & 1 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_faces_by_name() {
        for name in [
            "ABCDEF+Arial-BoldMT",
            "TimesNewRomanPS-BoldMT",
            "Arial,Bold",
            "DYKYTE+Arial,BoldItalic",
            "NimbusSans-Bold-Identity-H",
            "Minion Pro-Bold-7181-Identity-H",
            "PlayfairDisplay-Black",
            "OpenSans-SemiBold",
            "Montserrat-ExtraBold",
            "Futura-Heavy",
            "AvenirNext-DemiBold",
            "MyriadPro-Bd",
            "MinionPro-SmBdIt",
            "NimbusRomNo9L-Medi",
            "HiraginoSans-W6",
            "ArialBlack",
            "HLDRLD+CMBX12",
            "CMB10",
            "SFBX1000",
            "LMSans10-Bold",
        ] {
            assert!(bold_name(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn other_faces_are_not_bold_by_name() {
        for name in [
            "ABCDEF+ArialMT",
            "TimesNewRomanPS-ItalicMT",
            "Roboto-Medium",
            "Lato-Regular",
            "HiraginoSans-W5",
            "NimbusSanL-Regu",
            "CMR10",
            "CMTI10",
            "Cambria-5200-Identity-H",
            "Bodoni-Light",
            "BlackadderITC",
            "NotoSansCJKjp-DemiLight",
        ] {
            assert!(!bold_name(name.as_bytes()), "{name}");
        }
    }

    /// An sfnt file of `tables`: (tag, body).
    fn sfnt(tables: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
        let mut out = vec![0, 1, 0, 0];
        out.extend((tables.len() as u16).to_be_bytes());
        out.extend([0; 6]);
        let mut at = 12 + 16 * tables.len();
        let mut bodies: Vec<u8> = Vec::new();
        for (tag, body) in tables {
            out.extend(*tag);
            out.extend([0; 4]);
            out.extend((at as u32).to_be_bytes());
            out.extend((body.len() as u32).to_be_bytes());
            at += body.len();
            bodies.extend(body);
        }
        out.extend(bodies);
        out
    }

    #[test]
    fn a_font_files_weight_class_or_bold_bit() {
        let os2 = |weight: u16| [vec![0, 4, 0, 0], weight.to_be_bytes().to_vec()].concat();
        let head = |style: u16| [vec![0; 44], style.to_be_bytes().to_vec()].concat();
        assert_eq!(sfnt_bold(&sfnt(&[(b"OS/2", os2(700))])), Some(true));
        let regular = sfnt(&[(b"head", head(1)), (b"OS/2", os2(400))]);
        assert_eq!(sfnt_bold(&regular), Some(false));
        assert_eq!(sfnt_bold(&sfnt(&[(b"head", head(1))])), Some(true));
        assert_eq!(sfnt_bold(&sfnt(&[(b"glyf", vec![1, 2])])), None);
        assert_eq!(sfnt_bold(&[0, 1]), None);
    }
}
