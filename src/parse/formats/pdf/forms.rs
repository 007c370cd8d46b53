//! Form objects placed with their own matrix, made explicit before the crate reads them.
//!
//! Takes a loaded document; rewrites each form XObject that has a `/Matrix` other than
//! the identity so that its content starts by applying that matrix (`q … cm … Q`), the
//! way a viewer does when it draws the form. The crate runs a form's content in the
//! placing page's coordinates and leaves the matrix out, which puts every such block of
//! text (design tools export one per text box) at the page's corner. It does nothing
//! else to the document.

use pdf_extract::{Document, Object};

/// Applies every form's own matrix inside its content.
pub fn apply_matrices(doc: &mut Document) {
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
}
