//! Font weight for every glyph: which glyphs a PDF draws in bold.
//!
//! Takes a page's operators (after [`super::inline`] has drawn its forms in); gives
//! them with, before each text-showing operator whose weight differs from the last one
//! announced, a marker: a two-point path at coordinates no
//! drawing uses, stroked, whose last point says bold, regular or unknown. pdf-extract
//! hands the glyphs to its `OutputDev` without their font, but it hands over every
//! stroked path, in the same walk and the same order as the glyphs, so the collector
//! reads the markers ([`signal`]) and knows the weight of each glyph that follows.
//! Chosen over a second walk that counts glyph codes beside the crate's: that would
//! have to decode every font's codes exactly as the crate does (one byte, two, other
//! CMaps) and drop a page whenever the counts disagree; the markers cannot fall out of
//! step. A glyph is bold when its font is a bold face ([`super::fonts`]), or it is
//! drawn filled and stroked (text render mode 2), as word processors fake bold for a
//! font without a bold face. It does not change what is drawn, or decide what bold
//! means.

use std::collections::HashMap;

use pdf_extract::content::Operation;
use pdf_extract::{Document, Object, ObjectId, Path, PathOp};

use super::fonts::Faces;

/// The marker's coordinate: far off any page, where no drawing goes.
const MARK: i64 = -7919;

/// What a marker says about the glyphs after it.
const REGULAR: i64 = 0;
const BOLD: i64 = 1;
const UNKNOWN: i64 = 2;

/// What a stroked path says, if it is a marker: `Some(Some(bold))`, or `Some(None)`
/// when the weight is unknown.
pub fn signal(path: &Path) -> Option<Option<bool>> {
    let n = path.ops.len();
    let (PathOp::MoveTo(x0, y0), PathOp::LineTo(x1, code)) =
        (path.ops.get(n.checked_sub(2)?)?, path.ops.get(n - 1)?)
    else {
        return None;
    };
    let mark = MARK as f64;
    if *x0 != mark || *y0 != mark || *x1 != mark {
        return None;
    }
    Some(match *code as i64 {
        REGULAR => Some(false),
        BOLD => Some(true),
        _ => None,
    })
}

/// The page's operators `ops` with weight markers, and whether any was needed.
pub fn mark_page(
    doc: &Document,
    page: ObjectId,
    ops: Vec<Operation>,
    faces: &mut Faces,
) -> (Vec<Operation>, bool) {
    let fonts: HashMap<Vec<u8>, bool> = doc
        .get_page_fonts(page)
        .unwrap_or_default()
        .into_iter()
        .map(|(name, font)| (name, faces.is_bold(doc, font)))
        .collect();
    let states = ext_states(doc, page, faces);
    with_markers(ops, &fonts, &states)
}

/// The page's graphics states that set a font, with the font's weight.
fn ext_states(doc: &Document, page: ObjectId, faces: &mut Faces) -> HashMap<Vec<u8>, bool> {
    let mut out = HashMap::new();
    let Ok((own, inherited)) = doc.get_page_resources(page) else {
        return out;
    };
    let dicts = own.into_iter().chain(
        inherited
            .iter()
            .filter_map(|&id| doc.get_dictionary(id).ok()),
    );
    for resources in dicts {
        let Some(states) = resources
            .get(b"ExtGState")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok())
        else {
            continue;
        };
        for (name, state) in states.iter() {
            let font = doc
                .dereference(state)
                .ok()
                .and_then(|(_, s)| s.as_dict().ok())
                .and_then(|s| s.get(b"Font").ok())
                .and_then(|f| f.as_array().ok())
                .and_then(|f| f.first())
                .and_then(|f| doc.dereference(f).ok())
                .and_then(|(_, f)| f.as_dict().ok());
            if let Some(font) = font {
                out.entry(name.clone())
                    .or_insert_with(|| faces.is_bold(doc, font));
            }
        }
    }
    out
}

/// The weight in force: the font's (unknown until one is set) and the render mode.
#[derive(Clone, Copy, PartialEq)]
struct State {
    font: Option<bool>,
    render: i64,
}

impl State {
    fn code(self) -> i64 {
        // Filled and stroked (mode 2, or 6 with clipping): drawn heavier than the face.
        let stroked = matches!(self.render, 2 | 6);
        match self.font {
            Some(true) => BOLD,
            _ if stroked => BOLD,
            Some(false) => REGULAR,
            None => UNKNOWN,
        }
    }
}

/// `ops` with a marker before each text-showing operator whose weight differs from the
/// last marker's, and an unknown one before each form left undrawn (its text runs
/// from a state of its own); and whether a marker was needed.
fn with_markers(
    ops: Vec<Operation>,
    fonts: &HashMap<Vec<u8>, bool>,
    states: &HashMap<Vec<u8>, bool>,
) -> (Vec<Operation>, bool) {
    let mut out = Vec::with_capacity(ops.len() + ops.len() / 8);
    let mut state = State {
        font: None,
        render: 0,
    };
    let mut saved = Vec::new();
    let mut announced = UNKNOWN;
    let mut any = false;
    for op in ops {
        match op.operator.as_str() {
            "q" => saved.push(state),
            "Q" => state = saved.pop().unwrap_or(state),
            "Tf" => state.font = name(&op).and_then(|n| fonts.get(n).copied()),
            "Tr" => {
                if let Some(mode) = op.operands.first().and_then(|o| o.as_i64().ok()) {
                    state.render = mode;
                }
            }
            "gs" => {
                if let Some(&bold) = name(&op).and_then(|n| states.get(n)) {
                    state.font = Some(bold);
                }
            }
            "Tj" | "TJ" | "'" | "\"" if state.code() != announced => {
                announced = state.code();
                push_marker(&mut out, announced);
                any = true;
            }
            "Do" if announced != UNKNOWN => {
                announced = UNKNOWN;
                push_marker(&mut out, announced);
            }
            _ => {}
        }
        out.push(op);
    }
    (out, any)
}

/// The name an operator's first operand gives.
fn name(op: &Operation) -> Option<&[u8]> {
    op.operands.first().and_then(|o| o.as_name().ok())
}

fn push_marker(out: &mut Vec<Operation>, code: i64) {
    let n = |v: i64| Object::Integer(v);
    out.push(Operation::new("m", vec![n(MARK), n(MARK)]));
    out.push(Operation::new("l", vec![n(MARK), n(code)]));
    out.push(Operation::new("S", vec![]));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(name: &str, operands: Vec<Object>) -> Operation {
        Operation::new(name, operands)
    }

    fn markers(ops: &[Operation]) -> Vec<i64> {
        ops.windows(3)
            .filter(|w| w[2].operator == "S" && w[0].operands[0] == Object::Integer(MARK))
            .map(|w| w[1].operands[1].as_i64().unwrap())
            .collect()
    }

    #[test]
    fn markers_follow_the_font_across_saved_states() {
        let fonts = HashMap::from([(b"F1".to_vec(), false), (b"F2".to_vec(), true)]);
        let tf = |f: &str| op("Tf", vec![Object::Name(f.into()), 10.into()]);
        let tj = || op("Tj", vec![Object::string_literal("x")]);
        let ops = vec![
            tf("F1"),
            tj(),
            tj(),
            op("q", vec![]),
            tf("F2"),
            tj(),
            op("Q", vec![]),
            tj(),
            op("Tr", vec![2.into()]),
            tj(),
            // A form left undrawn runs from a state of its own: unknown weight.
            op("Do", vec![Object::Name(b"X1".to_vec())]),
            tj(),
            tf("F9"),
            op("Tr", vec![0.into()]),
            tj(),
        ];
        let (out, any) = with_markers(ops, &fonts, &HashMap::new());
        assert!(any);
        assert_eq!(
            markers(&out),
            [REGULAR, BOLD, REGULAR, BOLD, UNKNOWN, BOLD, UNKNOWN]
        );
        assert!(!with_markers(vec![tf("F1")], &fonts, &HashMap::new()).1);
    }

    #[test]
    fn a_marker_is_read_back_and_other_paths_are_not() {
        let mut path = Path { ops: Vec::new() };
        path.ops.push(PathOp::MoveTo(MARK as f64, MARK as f64));
        path.ops.push(PathOp::LineTo(MARK as f64, BOLD as f64));
        assert_eq!(signal(&path), Some(Some(true)));
        path.ops[1] = PathOp::LineTo(MARK as f64, UNKNOWN as f64);
        assert_eq!(signal(&path), Some(None));
        path.ops[1] = PathOp::LineTo(10.0, 0.0);
        assert_eq!(signal(&path), None);
    }
}
