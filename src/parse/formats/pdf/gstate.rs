//! Fonts set through a graphics state written as the `Tf` they stand for.
//!
//! Takes a page and its operators (after [`super::inline`]); gives them with a `Tf`
//! after each `gs` whose graphics state parameters (`/ExtGState`) hold a `/Font`
//! (`[font size]`), the font put into the page's font resources under a name of its
//! own, and whether anything changed (the caller writes the operators back). The PDF
//! allows a font to be set so; the crate ignores it, so the text after such a `gs`
//! had no font to be read in, and the weight walk lost count of the page's glyphs.
//! It does nothing else to the page.

use std::collections::HashMap;

use pdf_extract::content::Operation;
use pdf_extract::{Dictionary, Document, Object, ObjectId};

use super::inline::resolve_dict;

/// `ops` with each font set by a `gs` also set by a `Tf`; true when any was.
pub fn explicit_fonts(doc: &mut Document, page: ObjectId, ops: &mut Vec<Operation>) -> bool {
    let Some(mut resources) = doc
        .get_dictionary(page)
        .ok()
        .and_then(|d| d.get(b"Resources").ok())
        .and_then(|r| resolve_dict(doc, r))
    else {
        return false;
    };
    let fonts = state_fonts(doc, &resources);
    if fonts.is_empty() || !ops.iter().any(|op| op.operator == "gs") {
        return false;
    }
    let mut out = Vec::with_capacity(ops.len() + 4);
    let mut used: HashMap<Vec<u8>, ObjectId> = HashMap::new();
    for op in ops.drain(..) {
        let set = (op.operator == "gs")
            .then(|| op.operands.first()?.as_name().ok())
            .flatten()
            .and_then(|n| fonts.get(n))
            .cloned();
        out.push(op);
        if let Some((font, size)) = set {
            let name = format!("vgs{}_{}", font.0, font.1).into_bytes();
            used.insert(name.clone(), font);
            out.push(Operation::new("Tf", vec![Object::Name(name), size]));
        }
    }
    *ops = out;
    let mut own = match resources.get(b"Font") {
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    for (name, font) in used {
        own.set(name, Object::Reference(font));
    }
    resources.set("Font", Object::Dictionary(own));
    if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(page) {
        dict.set("Resources", Object::Dictionary(resources));
    }
    true
}

/// The page's graphics states that set a font: name → (font, size).
fn state_fonts(doc: &Document, resources: &Dictionary) -> HashMap<Vec<u8>, (ObjectId, Object)> {
    let deref = |o: &Object| doc.dereference(o).ok().map(|(_, o)| o.clone());
    let Some(Object::Dictionary(states)) = resources.get(b"ExtGState").ok().and_then(deref) else {
        return HashMap::new();
    };
    let mut out = HashMap::new();
    for (name, state) in states.iter() {
        let Some(Object::Dictionary(state)) = deref(state) else {
            continue;
        };
        let Some(Object::Array(font)) = state.get(b"Font").ok().and_then(deref) else {
            continue;
        };
        if let [Object::Reference(id), size] = font.as_slice() {
            if matches!(size, Object::Integer(_) | Object::Real(_)) {
                out.insert(name.clone(), (*id, size.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use pdf_extract::{dictionary, Document, Object};

    /// A one-page PDF whose first line's font (a bold face) is set by a graphics state.
    fn pdf() -> Vec<u8> {
        let mut doc = Document::with_version("1.7");
        let face = |name: &str| dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => name.to_string() };
        let (regular, bold) = (
            doc.add_object(face("Helvetica")),
            doc.add_object(face("Helvetica-Bold")),
        );
        let state =
            dictionary! { "Type" => "ExtGState", "Font" => vec![Object::from(bold), 10.into()] };
        let content = "/G gs BT 1 0 0 1 50 750 Tm (Harbour Pilot) Tj ET\n\
             BT /R 10 Tf 1 0 0 1 50 736 Tm (Kept the light on every night of the long winter season) Tj ET\n";
        let resources = dictionary! {
            "Font" => dictionary! { "R" => regular },
            "ExtGState" => dictionary! { "G" => state },
        };
        super::super::one_page::one_page_pdf(doc, content.as_bytes().to_vec(), resources)
    }

    #[test]
    fn text_in_a_font_set_by_a_graphics_state_is_read_with_its_weight() {
        let text = super::super::read(&pdf()).unwrap().lowered.text;
        assert_eq!(
            text,
            "**Harbour Pilot**\nKept the light on every night of the long winter season\n"
        );
    }
}
