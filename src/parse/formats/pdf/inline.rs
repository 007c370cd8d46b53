//! Form objects drawn into the page's own content, so text inside them keeps its place.
//!
//! Takes a loaded document (after [`super::repair`] has put each form's matrix inside
//! its content) and a page; gives the page's operators with each `Do` of a form XObject
//! replaced by the form's operators between `q` and `Q`, and copies the form's
//! resources into the page's under names of their own (the caller writes the operators
//! back when a form was drawn in, and counts the page's glyphs on them). The crate runs
//! a form's content from a fresh graphics state, so the placement (`cm`) before the
//! `Do` is lost and every form's text lands at the page's corner; design tools export
//! each text box as such a form. Images and anything the page cannot resolve are left
//! as they are. It does nothing else to the document.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// Forms nested deeper than this are left as `Do` (a loop, or a hostile file).
const MAX_DEPTH: usize = 4;
/// The resource kinds a form's operators name.
const KINDS: [&[u8]; 7] = [
    b"Font",
    b"XObject",
    b"ExtGState",
    b"ColorSpace",
    b"Pattern",
    b"Shading",
    b"Properties",
];

/// The page's operators with its forms drawn in, and whether any was: the page's
/// resources then hold the forms' too. A page whose resources it inherits keeps its
/// forms. `None` when the content can't be decoded.
pub fn expand_page(doc: &mut Document, page: ObjectId) -> Option<(Vec<Operation>, bool)> {
    let content = Content::decode(&doc.get_page_content(page).ok()?).ok()?;
    let own = doc.get_dictionary(page).ok()?.get(b"Resources").ok();
    let Some(resources) = own.and_then(|r| resolve_dict(doc, r)) else {
        return Some((content.operations, false));
    };
    let mut merged = resources.clone();
    let mut inlined = false;
    let ops = expand(
        doc,
        content.operations,
        &resources,
        "",
        0,
        &mut merged,
        &mut inlined,
    );
    if inlined {
        if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(page) {
            dict.set("Resources", Object::Dictionary(merged));
        }
    }
    Some((ops, inlined))
}

/// `ops` (named against `resources`, whose names now carry `prefix` in `merged`) with
/// each form `Do` replaced by the form's own operators.
fn expand(
    doc: &Document,
    ops: Vec<Operation>,
    resources: &Dictionary,
    prefix: &str,
    depth: usize,
    merged: &mut Dictionary,
    inlined: &mut bool,
) -> Vec<Operation> {
    let mut out = Vec::with_capacity(ops.len());
    for mut op in ops {
        if op.operator == "Do" && depth < MAX_DEPTH {
            if let Some((id, form, form_res)) = form_of(doc, &op, resources) {
                // The form's resources, or the page's when it has none of its own.
                let own = form_res.unwrap_or_else(|| resources.clone());
                let inner = format!("vf{}_{}_", id.0, depth);
                copy_resources(&own, &inner, merged);
                let nested = expand(doc, form, &own, &inner, depth + 1, merged, inlined);
                out.push(Operation::new("q", vec![]));
                out.extend(nested);
                out.push(Operation::new("Q", vec![]));
                *inlined = true;
                continue;
            }
        }
        rename(&mut op, prefix);
        out.push(op);
    }
    out
}

/// The form a `Do` draws: its id, operators and resources.
fn form_of(
    doc: &Document,
    op: &Operation,
    resources: &Dictionary,
) -> Option<(ObjectId, Vec<Operation>, Option<Dictionary>)> {
    let name = op.operands.first()?.as_name().ok()?;
    let xobjects = resolve_dict(doc, resources.get(b"XObject").ok()?)?;
    let id = xobjects.get(name).ok()?.as_reference().ok()?;
    let Ok(Object::Stream(stream)) = doc.get_object(id) else {
        return None;
    };
    if stream.dict.get(b"Subtype").and_then(Object::as_name).ok()? != b"Form" {
        return None;
    }
    let ops = Content::decode(&stream.get_plain_content().ok()?)
        .ok()?
        .operations;
    let res = stream
        .dict
        .get(b"Resources")
        .ok()
        .and_then(|r| resolve_dict(doc, r));
    Some((id, ops, res))
}

/// Copies every resource of `from` into `into` under `prefix` + its name.
fn copy_resources(from: &Dictionary, prefix: &str, into: &mut Dictionary) {
    for kind in KINDS {
        // `from` comes from `resolve_dict`: every kind it has is a dictionary.
        let Ok(Object::Dictionary(entries)) = from.get(kind) else {
            continue;
        };
        if !matches!(into.get(kind), Ok(Object::Dictionary(_))) {
            into.set(kind, Object::Dictionary(Dictionary::new()));
        }
        if let Ok(Object::Dictionary(target)) = into.get_mut(kind) {
            for (name, value) in entries.iter() {
                let mut key = prefix.as_bytes().to_vec();
                key.extend_from_slice(name);
                target.set(key, value.clone());
            }
        }
    }
}

/// The resource names an operator uses, with `prefix` put before them.
fn rename(op: &mut Operation, prefix: &str) {
    if prefix.is_empty() {
        return;
    }
    let at: &[usize] = match op.operator.as_str() {
        "Tf" | "Do" | "gs" | "cs" | "CS" | "sh" => &[0],
        "BDC" | "DP" => &[1],
        "scn" | "SCN" => &[usize::MAX],
        _ => return,
    };
    for &k in at {
        let k = if k == usize::MAX {
            op.operands.len().saturating_sub(1)
        } else {
            k
        };
        if let Some(Object::Name(name)) = op.operands.get_mut(k) {
            let mut renamed = prefix.as_bytes().to_vec();
            renamed.extend_from_slice(name);
            *name = renamed;
        }
    }
}

/// A dictionary given directly or by reference, with each resource kind resolved too.
pub fn resolve_dict(doc: &Document, obj: &Object) -> Option<Dictionary> {
    let (_, obj) = doc.dereference(obj).ok()?;
    let mut dict = obj.as_dict().ok()?.clone();
    for kind in KINDS {
        if let Ok(Object::Reference(id)) = dict.get(kind) {
            if let Ok(inner) = doc.get_dictionary(*id) {
                dict.set(kind, Object::Dictionary(inner.clone()));
            }
        }
    }
    Some(dict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::{dictionary, Stream};

    #[test]
    fn a_form_is_drawn_into_the_page_with_its_resources_renamed() {
        let mut doc = Document::with_version("1.7");
        let font = doc.add_object(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        );
        let form = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            },
            b"BT /F1 10 Tf (Ada) Tj ET".to_vec(),
        ));
        let content = doc.add_object(Stream::new(
            dictionary! {},
            b"q 1 0 0 1 50 700 cm /X1 Do Q".to_vec(),
        ));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages,
            "Contents" => content,
            "Resources" => dictionary! { "XObject" => dictionary! { "X1" => form } },
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let (ops, inlined) = expand_page(&mut doc, page).unwrap();
        assert!(inlined);
        let names: Vec<&str> = ops.iter().map(|o| o.operator.as_str()).collect();
        assert_eq!(names, ["q", "cm", "q", "BT", "Tf", "Tj", "ET", "Q", "Q"]);
        let renamed = ops[4].operands[0].as_name().unwrap().to_vec();
        assert!(renamed.ends_with(b"_F1") && renamed.starts_with(b"vf"));
        let resources = doc.get_dictionary(page).unwrap().get(b"Resources").unwrap();
        let fonts = resources
            .as_dict()
            .unwrap()
            .get(b"Font")
            .unwrap()
            .as_dict()
            .unwrap();
        assert!(fonts.get(&renamed).is_ok());
    }
}
