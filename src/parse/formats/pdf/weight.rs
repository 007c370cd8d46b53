//! Font weight for every glyph: which glyphs of a page are drawn in bold.
//!
//! Takes a page's operators (after [`super::inline`] has drawn its forms in); gives the
//! page's [`Runs`]: from which glyph on the weight changes, counted in the order the
//! glyphs are drawn, and how many glyphs there are. pdf-extract hands the glyphs to its
//! `OutputDev` without their font, but one by one in drawing order, a call for each
//! character code a `Tj` or `TJ` shows; so this walk follows the font (`Tf`, kept and
//! restored with `q`/`Q`) and counts each string's codes as the crate splits them: one
//! byte each in a simple font, two in a composite font on the Identity encodings. A
//! page that shows text in a font of any other encoding, or whose count the collector
//! does not meet (a form left undrawn, whose glyphs this walk does not see), gets no
//! weight at all: no bold is better than bold on the wrong words. Chosen over marking
//! the weight inside the content (a stroked path the crate would hand over in step with
//! the glyphs), which was exact but meant writing every page's content out and the
//! crate parsing it again, a third of the whole reading time.
//!
//! A glyph is bold when its font is a bold face ([`super::fonts`]), or it is drawn
//! filled and stroked (text render mode 2), as word processors fake bold for a font
//! without a bold face. It does not decide what bold means.

use std::collections::HashMap;

use pdf_extract::content::Operation;
use pdf_extract::{Dictionary, Document, Object, ObjectId};

use super::fonts::Faces;

/// A page's weight: `(first glyph, bold)` at each change, in order, and the number of
/// glyphs the page draws.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    pub changes: Vec<(usize, bool)>,
    pub glyphs: usize,
}

impl Runs {
    /// Whether glyph `k` is bold, `at` being a cursor into the changes that only moves
    /// forward (glyphs are asked for in order).
    pub fn bold(&self, k: usize, at: &mut usize) -> bool {
        while self.changes.get(*at + 1).is_some_and(|c| c.0 <= k) {
            *at += 1;
        }
        self.changes.get(*at).is_some_and(|c| c.0 <= k && c.1)
    }
}

/// What a font is to this walk: whether it is bold, and how many bytes make one of its
/// character codes (`None`: an encoding this walk does not split).
#[derive(Clone, Copy)]
struct Font {
    bold: bool,
    code_bytes: Option<usize>,
}

/// The page's runs of weight, `None` when its glyphs can't be counted.
pub fn page_runs(
    doc: &Document,
    page: ObjectId,
    ops: &[Operation],
    faces: &mut Faces,
) -> Option<Runs> {
    let fonts: HashMap<Vec<u8>, Font> = doc
        .get_page_fonts(page)
        .unwrap_or_default()
        .into_iter()
        .map(|(name, font)| {
            let bold = faces.is_bold(doc, font);
            let code_bytes = code_bytes(doc, font);
            (name, Font { bold, code_bytes })
        })
        .collect();
    runs(ops, &fonts)
}

/// Bytes per character code as pdf-extract splits a string: one in a simple font, two
/// in a composite font on `Identity-H`/`Identity-V`; `None` for any other encoding.
fn code_bytes(doc: &Document, font: &Dictionary) -> Option<usize> {
    if font.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Type0") {
        return Some(1);
    }
    let encoding = font.get(b"Encoding").ok()?;
    let name = doc.dereference(encoding).ok()?.1.as_name().ok()?;
    matches!(name, b"Identity-H" | b"Identity-V").then_some(2)
}

/// The weight in force: the font (unknown until one is set) and the render mode.
#[derive(Clone, Copy)]
struct State {
    font: Option<Font>,
    render: i64,
}

fn runs(ops: &[Operation], fonts: &HashMap<Vec<u8>, Font>) -> Option<Runs> {
    let mut state = State {
        font: None,
        render: 0,
    };
    let mut saved = Vec::new();
    let mut out = Runs::default();
    for op in ops {
        let strings: Vec<&[u8]> = match op.operator.as_str() {
            "q" => {
                saved.push(state);
                continue;
            }
            "Q" => {
                state = saved.pop().unwrap_or(state);
                continue;
            }
            "Tf" => {
                let name = op.operands.first().and_then(|o| o.as_name().ok());
                state.font = name.and_then(|n| fonts.get(n)).copied();
                continue;
            }
            "Tr" => {
                if let Some(mode) = op.operands.first().and_then(|o| o.as_i64().ok()) {
                    state.render = mode;
                }
                continue;
            }
            // The crate shows text with these two only (not `'` or `"`).
            "Tj" => op.operands.first().and_then(string).into_iter().collect(),
            "TJ" => match op.operands.first() {
                Some(Object::Array(items)) => items.iter().filter_map(string).collect(),
                _ => continue,
            },
            _ => continue,
        };
        let font = state.font?;
        let per = font.code_bytes?;
        let count: usize = strings.iter().map(|s| s.len() / per).sum();
        // Filled and stroked (mode 2, or 6 with clipping): drawn heavier than the face.
        let bold = font.bold || matches!(state.render, 2 | 6);
        if count > 0 && out.changes.last().map_or(true, |c| c.1 != bold) {
            out.changes.push((out.glyphs, bold));
        }
        out.glyphs += count;
    }
    Some(out)
}

fn string(o: &Object) -> Option<&[u8]> {
    match o {
        Object::String(s, _) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(name: &str, operands: Vec<Object>) -> Operation {
        Operation::new(name, operands)
    }

    fn font(bold: bool, code_bytes: Option<usize>) -> Font {
        Font { bold, code_bytes }
    }

    #[test]
    fn runs_follow_the_font_across_saved_states_and_count_codes() {
        let fonts = HashMap::from([
            (b"R".to_vec(), font(false, Some(1))),
            (b"B".to_vec(), font(true, Some(2))),
        ]);
        let tf = |f: &str| op("Tf", vec![Object::Name(f.into()), 10.into()]);
        let tj = |s: &str| op("Tj", vec![Object::string_literal(s)]);
        let ops = vec![
            tf("R"),
            tj("Ada "),
            op("q", vec![]),
            tf("B"),
            // Two bytes a code: three glyphs.
            tj("Quill!"),
            op("Q", vec![]),
            op(
                "TJ",
                vec![Object::Array(vec![
                    Object::string_literal("Ba"),
                    (-120).into(),
                    Object::string_literal("ker"),
                ])],
            ),
            op("Tr", vec![2.into()]),
            tj("Co"),
        ];
        let runs = runs(&ops, &fonts).unwrap();
        assert_eq!(
            runs.changes,
            [(0, false), (4, true), (7, false), (12, true)]
        );
        assert_eq!(runs.glyphs, 14);
        let mut at = 0;
        let bold: Vec<bool> = (0..14).map(|k| runs.bold(k, &mut at)).collect();
        assert_eq!(bold.iter().filter(|&&b| b).count(), 5);
        assert!(bold[4] && bold[6] && !bold[7] && bold[13]);
    }

    #[test]
    fn text_in_an_unknown_font_or_encoding_gives_up_the_page() {
        let fonts = HashMap::from([(b"C".to_vec(), font(true, None))]);
        let tj = op("Tj", vec![Object::string_literal("Ada")]);
        assert_eq!(runs(std::slice::from_ref(&tj), &fonts), None);
        let tf = op("Tf", vec![Object::Name(b"C".to_vec()), 10.into()]);
        assert_eq!(runs(&[tf, tj], &fonts), None);
        assert_eq!(runs(&[], &fonts), Some(Runs::default()));
    }
}
