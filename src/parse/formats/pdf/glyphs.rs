//! Glyphs out of a PDF: every character pdf-extract draws, with its page, its place
//! (points from the top-left of the page, at the baseline), its advance, its size and
//! whether it is bold (by the page's [`Runs`], counted in the order glyphs are drawn).
//!
//! Takes a loaded document; gives the glyphs of each page in drawing order, without the
//! ones drawn twice at the same spot (fake bold, shadows, a text layer over an identical
//! one) and without those drawn outside the page. It does not group them into words.

use super::weight::Runs;
use crate::parse::glyphs::ligature;
use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

/// One drawn character.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// 0-based page.
    pub page: usize,
    /// Left edge, points from the page's left.
    pub x: f64,
    /// Baseline, points from the page's top.
    pub y: f64,
    /// Advance width, points.
    pub w: f64,
    /// Font size as drawn, points.
    pub size: f64,
    /// The text (usually one character; ligatures are already spelled out).
    pub text: String,
    /// Drawn in a bold face (or faked bold); false when the weight is unknown.
    pub bold: bool,
}

/// The size of one page, points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Page {
    pub width: f64,
    pub height: f64,
}

/// Collects glyphs as pdf-extract walks the pages' content.
#[derive(Default)]
pub struct Collector {
    pub glyphs: Vec<Glyph>,
    pub pages: Vec<Page>,
    seen: std::collections::HashSet<(usize, String, i64, i64)>,
    /// The last glyph of a run with unknown widths: (reported x, y, estimated end).
    unknown_run: Option<(f64, f64, f64)>,
    /// Each page's runs of weight, in page order (`None`: the page's weight unknown).
    weights: Vec<Option<Runs>>,
    /// On the current page: glyphs the crate has handed over, and the cursor into the
    /// page's runs.
    drawn: usize,
    run_at: usize,
}

impl Collector {
    /// A collector that knows each page's runs of weight.
    pub fn new(weights: Vec<Option<Runs>>) -> Collector {
        Collector {
            weights,
            ..Collector::default()
        }
    }

    /// The current page's runs, if its weight is known.
    fn runs(&self) -> Option<&Runs> {
        let page = self.pages.len().checked_sub(1)?;
        self.weights.get(page)?.as_ref()
    }

    /// A glyph's left edge and advance. When the font's widths are unknown to the crate
    /// (some embedded CID and Type 3 fonts), it advances every glyph by nothing or by a
    /// whole em; such a run is laid out again with estimated widths, keeping the
    /// reported shifts (kerning, spacing) between glyphs.
    fn place(&mut self, x: f64, y: f64, w: f64, size: f64, text: &str) -> (f64, f64) {
        // A whole em is a real width for wide glyphs (an em dash, a W); for the rest it
        // is the crate's stand-in for a width it could not find.
        let em = (w - size).abs() < 1e-6
            && (self.unknown_run.is_some() || text.chars().all(|c| estimated_width(c) < 0.6));
        let unknown = w <= 0.0 || em;
        if !unknown {
            self.unknown_run = None;
            return (x, w);
        }
        let estimate = text.chars().map(estimated_width).sum::<f64>() * size;
        let at = match self.unknown_run {
            Some((last_x, last_y, end)) => {
                let shift = x - last_x;
                if (y - last_y).abs() < 0.1 && shift >= w - size && shift <= w + size * 0.3 {
                    end + (shift - w)
                } else {
                    x
                }
            }
            None => x,
        };
        self.unknown_run = Some((x, y, at + estimate));
        (at, estimate)
    }
}

/// A path's bounding box on the page (PDF coordinates, y up), if it has points.
fn bounds(ctm: &Transform, path: &Path) -> Option<(f64, f64, f64, f64)> {
    let mut pts = Vec::new();
    for op in &path.ops {
        match *op {
            PathOp::MoveTo(x, y) | PathOp::LineTo(x, y) => pts.push((x, y)),
            PathOp::CurveTo(_, _, _, _, x, y) => pts.push((x, y)),
            PathOp::Rect(x, y, w, h) => {
                pts.push((x, y));
                pts.push((x + w, y + h));
            }
            PathOp::Close => {}
        }
    }
    let mut out: Option<(f64, f64, f64, f64)> = None;
    for (x, y) in pts {
        let px = x * ctm.m11 + y * ctm.m21 + ctm.m31;
        let py = x * ctm.m12 + y * ctm.m22 + ctm.m32;
        out = Some(match out {
            None => (px, py, px, py),
            Some((a, b, c, d)) => (a.min(px), b.min(py), c.max(px), d.max(py)),
        });
    }
    out
}

/// A glyph's advance in font sizes, by the shape of common Latin typefaces.
fn estimated_width(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.28,
        'f' | 't' | 'r' | 'I' | '(' | ')' | '-' | '/' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' => 0.85,
        c if c.is_uppercase() => 0.68,
        c if c.is_ascii_digit() => 0.55,
        _ => 0.52,
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _no: u32,
        media: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Page {
            width: (media.urx - media.llx).abs(),
            height: (media.ury - media.lly).abs(),
        });
        self.seen.clear();
        self.unknown_run = None;
        self.drawn = 0;
        self.run_at = 0;
        Ok(())
    }

    /// A page whose glyphs did not come as counted has its runs out of step with them:
    /// its glyphs are read without weight.
    fn end_page(&mut self) -> Result<(), OutputError> {
        let Some(page) = self.pages.len().checked_sub(1) else {
            return Ok(());
        };
        if self.runs().is_some_and(|r| r.glyphs != self.drawn) {
            for g in self.glyphs.iter_mut().rev().take_while(|g| g.page == page) {
                g.bold = false;
            }
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let Some(page) = self.pages.len().checked_sub(1) else {
            return Ok(());
        };
        // Every code the crate shows counts, kept or not, to stay in step with the runs.
        let k = self.drawn;
        self.drawn += 1;
        let mut at = self.run_at;
        let bold = self.runs().is_some_and(|r| r.bold(k, &mut at));
        self.run_at = at;
        let Page { width: pw, height } = self.pages[page];
        // Rotated or vertical text (margins' watermarks, sideways labels) is no line of
        // the résumé's reading order.
        if trm.m12.abs() > trm.m11.abs() * 0.1 || trm.m11 <= 0.0 {
            return Ok(());
        }
        let size = (font_size * trm.m11 * font_size * trm.m22).abs().sqrt();
        let (x, y) = (trm.m31, height - trm.m32);
        if !(size.is_finite() && x.is_finite() && y.is_finite()) || size < 1.0 {
            return Ok(());
        }
        let text = spell_out(text);
        if text.is_empty() {
            return Ok(());
        }
        let (x, w) = self.place(x, y, width * size, size, &text);
        // Outside the page: hidden from the reader, so hidden from us.
        if x < -1.0 || x > pw + 1.0 || y < -1.0 || y > height + 1.0 {
            return Ok(());
        }
        // Drawn twice at (nearly) the same spot: read once.
        let key = (
            page,
            text.clone(),
            (x * 2.0).round() as i64,
            (y * 2.0).round() as i64,
        );
        if !text.trim().is_empty() && !self.seen.insert(key) {
            return Ok(());
        }
        self.glyphs.push(Glyph {
            page,
            x,
            y,
            w,
            size,
            text,
            bold,
        });
        Ok(())
    }

    /// A small filled dot or square is a list bullet drawn as a shape (browsers draw
    /// them so): it becomes a `•` glyph where it stands.
    fn fill(
        &mut self,
        ctm: &Transform,
        _space: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        let Some(page) = self.pages.len().checked_sub(1) else {
            return Ok(());
        };
        let height = self.pages[page].height;
        let Some((x0, y0, x1, y1)) = bounds(ctm, path) else {
            return Ok(());
        };
        let (w, h) = (x1 - x0, y1 - y0);
        let dot =
            (1.5..=5.0).contains(&w) && (1.5..=5.0).contains(&h) && (0.7..=1.4).contains(&(w / h));
        if dot {
            // The dot sits about half its height above the baseline of its line.
            let top_down = height - y0;
            self.glyphs.push(Glyph {
                page,
                x: x0,
                y: top_down + h * 0.5,
                w,
                size: h * 3.3,
                text: "•".into(),
                bold: false,
            });
            self.unknown_run = None;
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Typographic ligatures spelled out, control characters and soft hyphens dropped.
fn spell_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if ligature(c).is_some() => out.push_str(ligature(c).unwrap_or_default()),
            '\u{a0}' | '\t' => out.push(' '),
            // Fonts' Unicode maps often give the typographic apostrophe as the
            // modifier letter (U+02BC); in running text both are the same mark.
            '\u{2bc}' => out.push('’'),
            '\u{ad}' | '\u{200b}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of `n` glyphs drawn one after the other, with `runs` for its weight.
    fn drawn(n: usize, runs: Runs) -> Vec<bool> {
        let mut c = Collector::new(vec![Some(runs)]);
        let media = MediaBox {
            llx: 0.0,
            lly: 0.0,
            urx: 595.0,
            ury: 842.0,
        };
        c.begin_page(1, &media, None).unwrap();
        for k in 0..n {
            let trm = Transform::row_major(10.0, 0.0, 0.0, 10.0, 50.0 + 6.0 * k as f64, 700.0);
            c.output_character(&trm, 0.6, 0.0, 1.0, "a").unwrap();
        }
        c.end_page().unwrap();
        c.glyphs.iter().map(|g| g.bold).collect()
    }

    #[test]
    fn glyphs_take_their_weight_from_the_runs_while_the_counts_agree() {
        let runs = Runs {
            changes: vec![(0, false), (2, true)],
            glyphs: 4,
        };
        assert_eq!(drawn(4, runs.clone()), [false, false, true, true]);
        // More glyphs than counted (text the walk did not see): no weight on the page.
        assert_eq!(drawn(5, runs), [false; 5]);
    }

    #[test]
    fn ligatures_are_spelled_out() {
        assert_eq!(spell_out("\u{fb01}nance"), "finance");
        assert_eq!(spell_out("o\u{fb03}ce\u{ad}"), "office");
        assert_eq!(spell_out("Kelda\u{2bc}s"), "Kelda’s");
    }
}
