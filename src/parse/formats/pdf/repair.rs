//! Two things the PDF crate reads wrongly, rewritten in the document before it reads it.
//!
//! Takes a loaded document and changes, in memory only:
//! - each form XObject with a `/Matrix` other than the identity, so that its content
//!   starts by applying that matrix (`q … cm … Q`), the way a viewer draws the form. The
//!   crate runs a form's content in the placing page's coordinates and leaves the matrix
//!   out, which puts every such block of text at the page's corner;
//! - each CID font's `/W` widths written as ranges (`first last width`) into the list
//!   form (`first [width …]`). The crate reads only the list form and takes the
//!   default width for every glyph of a range, which shifts every following glyph and
//!   loses or invents the spaces between words;
//! - each font's `/ToUnicode` map cut to its mappings, without the header before them.
//!   The crate's map parser reads a header name with a space in it (printers that name
//!   the map after the font write `/CMapName /Adobe-SI-*Times New Roman-0 def`) as an
//!   empty map, and every glyph of the font then comes out as no text at all, where
//!   viewers and `pdftotext` read it; the header carries nothing the mapping needs.
//!
//! It does nothing else to the document.

use pdf_extract::{Document, Object, ObjectId};

/// The repairs, in place.
pub fn repair(doc: &mut Document) {
    apply_matrices(doc);
    widths_as_lists(doc);
    bare_unicode_maps(doc);
}

/// Every `/ToUnicode` map whose header has a name with a space cut to its mappings.
fn bare_unicode_maps(doc: &mut Document) {
    let mut maps: Vec<ObjectId> = Vec::new();
    for object in doc.objects.values() {
        if let Object::Dictionary(dict) = object {
            if let Ok(Object::Reference(id)) = dict.get(b"ToUnicode") {
                maps.push(*id);
            }
        }
    }
    maps.sort_unstable();
    maps.dedup();
    for id in maps {
        if let Ok(Object::Stream(stream)) = doc.get_object_mut(id) {
            let Ok(content) = stream.get_plain_content() else {
                continue;
            };
            if let Some(bare) = bare_map(&content) {
                stream.set_plain_content(bare);
            }
        }
    }
}

/// A CMap's text from the count before its first code range or mapping block on, when
/// a name in the header before it holds a space (`None`: nothing to cut).
fn bare_map(content: &[u8]) -> Option<Vec<u8>> {
    let find = |needle: &[u8]| content.windows(needle.len()).position(|w| w == needle);
    let block = [&b"begincodespacerange"[..], b"beginbfchar", b"beginbfrange"]
        .iter()
        .filter_map(|k| find(k))
        .min()?;
    let header = &content[..block];
    // The count before the block: the last number of the header.
    let mut start = header.len();
    while start > 0 && header[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    while start > 0 && header[start - 1].is_ascii_digit() {
        start -= 1;
    }
    let spaced_name = header
        .split(|&b| b == b'\n' || b == b'\r')
        .filter_map(|line| {
            let line = String::from_utf8_lossy(line);
            let rest = line.trim().strip_prefix("/CMapName")?.trim().to_owned();
            Some(
                rest.strip_suffix("def")?
                    .trim()
                    .contains(char::is_whitespace),
            )
        })
        .any(|spaced| spaced);
    (spaced_name && start < header.len()).then(|| content[start..].to_vec())
}

/// More glyphs than this in one width range is no font (a damaged file): left alone.
const MAX_RANGE: i64 = 65_536;

/// Every CID font's `/W` ranges rewritten as lists.
fn widths_as_lists(doc: &mut Document) {
    // The arrays to rewrite: held in the font dictionary, or referenced from it.
    let mut direct: Vec<ObjectId> = Vec::new();
    let mut referenced: Vec<ObjectId> = Vec::new();
    for (&id, object) in &doc.objects {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        let cid = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"CIDFontType0" || n == b"CIDFontType2");
        match dict.get(b"W") {
            Ok(Object::Array(_)) if cid => direct.push(id),
            Ok(Object::Reference(r)) if cid => referenced.push(*r),
            _ => {}
        }
    }
    for id in direct {
        if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(id) {
            if let Ok(Object::Array(w)) = dict.get_mut(b"W") {
                if let Some(list) = as_lists(w) {
                    *w = list;
                }
            }
        }
    }
    for id in referenced {
        if let Ok(Object::Array(w)) = doc.get_object_mut(id) {
            if let Some(list) = as_lists(w) {
                *w = list;
            }
        }
    }
}

/// `w` with its ranges written as lists; `None` when it has no range or is malformed.
fn as_lists(w: &[Object]) -> Option<Vec<Object>> {
    let num = |o: &Object| match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    };
    let mut out = Vec::with_capacity(w.len());
    let mut changed = false;
    let mut i = 0;
    while i < w.len() {
        match (w.get(i), w.get(i + 1)) {
            (Some(first), Some(Object::Array(list))) => {
                out.push(first.clone());
                out.push(Object::Array(list.clone()));
                i += 2;
            }
            (Some(first), Some(last)) => {
                let (first, last) = (num(first)? as i64, num(last)? as i64);
                let width = num(w.get(i + 2)?)?;
                if last < first || last - first > MAX_RANGE {
                    return None;
                }
                out.push(Object::Integer(first));
                let widths = (first..=last).map(|_| Object::Real(width as f32)).collect();
                out.push(Object::Array(widths));
                changed = true;
                i += 3;
            }
            _ => return None,
        }
    }
    changed.then_some(out)
}

/// Applies every form's own matrix inside its content.
fn apply_matrices(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Form");
        if !is_form {
            continue;
        }
        let Some(m) = matrix(stream.dict.get(b"Matrix").ok()) else {
            continue;
        };
        if m == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0] {
            continue;
        }
        let Ok(content) = stream.get_plain_content() else {
            continue;
        };
        let mut wrapped = format!(
            "q {} {} {} {} {} {} cm\n",
            m[0], m[1], m[2], m[3], m[4], m[5]
        )
        .into_bytes();
        wrapped.extend_from_slice(&content);
        wrapped.extend_from_slice(b"\nQ\n");
        stream.set_plain_content(wrapped);
        stream.dict.remove(b"Matrix");
    }
}

/// Six finite numbers, if `obj` is such an array.
fn matrix(obj: Option<&Object>) -> Option<[f64; 6]> {
    let items = obj?.as_array().ok()?;
    if items.len() != 6 {
        return None;
    }
    let mut m = [0.0; 6];
    for (slot, item) in m.iter_mut().zip(items) {
        *slot = match item {
            Object::Integer(i) => *i as f64,
            Object::Real(r) => f64::from(*r),
            _ => return None,
        };
        if !slot.is_finite() {
            return None;
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::{dictionary, Stream};

    #[test]
    fn a_form_matrix_moves_into_its_content() {
        let mut doc = Document::with_version("1.7");
        let dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "Matrix" => vec![2.into(), 0.into(), 0.into(), 2.into(), 10.into(), Object::Real(20.5)],
        };
        let id = doc.add_object(Stream::new(dict, b"BT (Ada) Tj ET".to_vec()));
        apply_matrices(&mut doc);
        let Ok(Object::Stream(s)) = doc.get_object(id) else {
            panic!()
        };
        assert_eq!(
            String::from_utf8_lossy(&s.content),
            "q 2 0 0 2 10 20.5 cm\nBT (Ada) Tj ET\nQ\n"
        );
        assert!(s.dict.get(b"Matrix").is_err());
    }

    #[test]
    fn a_unicode_map_named_with_spaces_is_cut_to_its_mappings() {
        let map = b"/CIDInit /ProcSet findresource begin\r\n12 dict begin\r\nbegincmap\r\n\
            /CMapName /Adobe-SI-*Times New Roman-Bold-0 def\r\n/CMapType 2 def\r\n\
            1 begincodespacerange\r\n<0000> <FFFF>\r\nendcodespacerange\r\n\
            1 beginbfchar\r\n<0001> <0041>\r\nendbfchar\r\nendcmap\r\n";
        let bare = bare_map(map).unwrap();
        assert!(bare.starts_with(b"1 begincodespacerange"));
        assert!(bare.ends_with(b"endbfchar\r\nendcmap\r\n"));
        // A header the crate reads is left as it is.
        let plain = String::from_utf8_lossy(map).replace("Times New Roman", "TimesNewRoman");
        assert_eq!(bare_map(plain.as_bytes()), None);
        assert_eq!(bare_map(b"no map at all"), None);
    }

    #[test]
    fn width_ranges_become_lists() {
        let w: Vec<Object> = vec![
            0.into(),
            Object::Array(vec![500.into()]),
            3.into(),
            5.into(),
            Object::Real(250.0),
        ];
        let out = as_lists(&w).unwrap();
        assert_eq!(out.len(), 4);
        assert_eq!(out[2], Object::Integer(3));
        assert_eq!(out[3], Object::Array(vec![Object::Real(250.0); 3]));
        // Only lists: nothing to do; a damaged array: left alone.
        assert_eq!(as_lists(&w[..2]), None);
        assert_eq!(as_lists(&[1.into()]), None);
    }
}
