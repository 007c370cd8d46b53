//! The paragraphs and tables of a WordprocessingML part (the document's body, a page
//! header), in reading order.
//!
//! Takes the part's XML, its hyperlink targets by relationship id and its styles;
//! gives [`Block`]s: paragraphs (style, outline level, list level, runs of text with
//! bold, italic and link) and table rows (cells of paragraphs). Text boxes are read
//! where they are anchored, before the paragraph holding them; of content Word keeps
//! twice (a drawing and its VML fallback) the first copy is read. Deleted revisions,
//! hidden text, field codes and the paragraph mark's own formatting are no content;
//! a `HYPERLINK` field's target is kept as the link of the text it shows.
//!
//! It does not decide how a block is written: that is `lines`.

use std::collections::HashMap;

use super::field::hyperlink_target;
pub use super::pages::Pages;
use super::styles::{toggle, Styles};
use super::xml::{walk, Attrs, Ev};

/// A run of text with one formatting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// The text; `\t` for a tab, `\n` for a line break.
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
    /// The font size in half-points: the run's own, its styles', the document's default.
    pub size: u16,
}

/// One paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Para {
    pub style: Option<String>,
    /// Outline level set on the paragraph itself (0 = level 1).
    pub outline: Option<u8>,
    /// List level (`w:ilvl`) when the paragraph is numbered.
    pub list: Option<u8>,
    /// The paragraph's own indents (`w:ind`), in twips: its left edge, and how far its
    /// first line hangs left of it (negative: a first-line indent).
    pub indent: Option<(i32, i32)>,
    pub runs: Vec<Run>,
    /// The page the paragraph starts on.
    pub page: Pages,
}

impl Para {
    /// The paragraph's text, without formatting.
    pub fn plain(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A block of the part, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Para),
    /// A table row: its cells, each a list of paragraphs.
    Row(Vec<Vec<Para>>),
}

/// Elements whose content is read elsewhere or is no content: a drawing's fallback
/// copy, tracked deletions, content-control settings.
const SKIPPED: &[&str] = &["Fallback", "del", "moveFrom", "sdtPr", "delText"];

#[derive(Default)]
struct RunProps {
    bold: Option<bool>,
    italic: Option<bool>,
    style: Option<String>,
    hidden: bool,
    size: Option<u16>,
}

#[derive(Default)]
struct Open {
    para: Para,
    numbered: Option<bool>,
    ilvl: u8,
    run: RunProps,
    link: Option<String>,
    /// The code of the field being read (`HYPERLINK "…"`), and whether `link` came
    /// from a field (so the field's end ends it).
    instr: String,
    field_link: bool,
}

#[derive(Default)]
struct Table {
    rows: Vec<Vec<Vec<Para>>>,
    row: Vec<Vec<Para>>,
    cell: Vec<Para>,
}

struct Walker<'a> {
    styles: &'a Styles,
    links: &'a HashMap<String, String>,
    out: Vec<Block>,
    tables: Vec<Table>,
    paras: Vec<Open>,
    skip: usize,
    in_ppr: bool,
    in_rpr: bool,
    in_t: bool,
    in_instr: bool,
    /// The page being read, by each count.
    page: Pages,
}

/// Reads the blocks of one part; a damaged part gives an error saying where.
pub fn read(
    xml: &str,
    styles: &Styles,
    links: &HashMap<String, String>,
) -> Result<Vec<Block>, String> {
    let mut w = Walker {
        styles,
        links,
        out: Vec::new(),
        tables: Vec::new(),
        paras: Vec::new(),
        skip: 0,
        in_ppr: false,
        in_rpr: false,
        in_t: false,
        in_instr: false,
        page: Pages::default(),
    };
    walk(xml, |ev| w.event(ev))?;
    Ok(w.out)
}

impl Walker<'_> {
    fn event(&mut self, ev: Ev) {
        if self.skip > 0 {
            match ev {
                Ev::Open(..) => self.skip += 1,
                Ev::Close(_) => self.skip -= 1,
                Ev::Text(_) => {}
            }
            return;
        }
        match ev {
            Ev::Open(name, a) if SKIPPED.contains(&name.as_str()) => {
                let _ = (name, a);
                self.skip = 1;
            }
            Ev::Open(name, a) => self.open(&name, &a),
            Ev::Close(name) => self.close(&name),
            Ev::Text(t) if self.in_t => self.text(&t),
            Ev::Text(t) if self.in_instr => {
                if let Some(p) = self.paras.last_mut() {
                    p.instr.push_str(&t);
                }
            }
            Ev::Text(_) => {}
        }
    }

    fn open(&mut self, name: &str, a: &Attrs) {
        let val = a.get("val");
        match name {
            "p" => {
                let mut open = Open::default();
                open.para.page = self.page;
                self.paras.push(open);
            }
            "tbl" => self.tables.push(Table::default()),
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.clear();
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell.clear();
                }
            }
            "pPr" => self.in_ppr = true,
            "rPr" => self.in_rpr = true,
            "r" => {
                if let Some(p) = self.paras.last_mut() {
                    p.run = RunProps::default();
                }
            }
            "hyperlink" => {
                let target = a.get("id").and_then(|id| self.links.get(id)).cloned();
                if let Some(p) = self.paras.last_mut() {
                    p.link = target;
                }
            }
            "t" => self.in_t = true,
            "instrText" => self.in_instr = true,
            "fldChar" | "fldSimple" => self.field(name, a),
            _ => {
                let (in_ppr, in_rpr) = (self.in_ppr, self.in_rpr);
                self.page_break(name, a, in_ppr);
                let Some(p) = self.paras.last_mut() else {
                    return;
                };
                match name {
                    "pStyle" if in_ppr => p.para.style = val.map(str::to_string),
                    "outlineLvl" if in_ppr => p.para.outline = val.and_then(|v| v.parse().ok()),
                    "ilvl" if in_ppr => p.ilvl = val.and_then(|v| v.parse().ok()).unwrap_or(0),
                    // numId 0 takes the numbering a style gave away.
                    "numId" if in_ppr => p.numbered = Some(val != Some("0")),
                    "ind" if in_ppr && !in_rpr => p.para.indent = Some(indent(a)),
                    "b" if in_rpr && !in_ppr => p.run.bold = Some(toggle(val)),
                    "i" if in_rpr && !in_ppr => p.run.italic = Some(toggle(val)),
                    "rStyle" if in_rpr && !in_ppr => p.run.style = val.map(str::to_string),
                    "sz" if in_rpr && !in_ppr => p.run.size = val.and_then(|v| v.parse().ok()),
                    "vanish" | "specVanish" if in_rpr && !in_ppr => p.run.hidden = toggle(val),
                    "tab" | "ptab" if !in_ppr => self.text("\t"),
                    "br" | "cr" if !in_ppr => self.text("\n"),
                    "noBreakHyphen" if !in_ppr => self.text("-"),
                    _ => {}
                }
            }
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "p" => {
                if let Some(open) = self.paras.pop() {
                    let mut para = open.para;
                    let style = para.style.as_deref().map(|s| self.styles.get(s));
                    let listed = open
                        .numbered
                        .unwrap_or_else(|| style.is_some_and(|s| s.list));
                    para.list = listed.then_some(open.ilvl);
                    self.emit(para);
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    let cell = std::mem::take(&mut t.cell);
                    t.row.push(cell);
                }
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            "tbl" => {
                if let Some(t) = self.tables.pop() {
                    for row in t.rows {
                        if self.tables.is_empty() {
                            self.out.push(Block::Row(row));
                        } else {
                            // A table in a table cell: its paragraphs join the cell.
                            for para in row.into_iter().flatten() {
                                self.emit(para);
                            }
                        }
                    }
                }
            }
            "pPr" => self.in_ppr = false,
            "rPr" => self.in_rpr = false,
            "hyperlink" => {
                if let Some(p) = self.paras.last_mut() {
                    p.link = None;
                }
            }
            "t" => self.in_t = false,
            "instrText" => self.in_instr = false,
            "fldSimple" => self.field(name, &Attrs::default()),
            _ => {}
        }
    }

    /// A field's link: field codes are no content, but a `HYPERLINK` field's target
    /// is the link of the text it shows, as a hyperlink element's would be.
    fn field(&mut self, name: &str, a: &Attrs) {
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        let kind = a.get("fldCharType");
        match (name, kind) {
            ("fldChar", Some("begin")) => p.instr.clear(),
            ("fldChar", Some("separate")) => {
                if let Some(url) = hyperlink_target(&p.instr) {
                    p.link = Some(url);
                    p.field_link = true;
                }
            }
            ("fldSimple", _) if a.get("instr").is_some() => {
                if let Some(url) = a.get("instr").and_then(hyperlink_target) {
                    p.link = Some(url);
                    p.field_link = true;
                }
            }
            ("fldChar", Some("end")) | ("fldSimple", _) if p.field_link => {
                p.link = None;
                p.field_link = false;
            }
            _ => {}
        }
    }

    /// Counts a page break, of either kind (see [`Pages`]); a paragraph whose text
    /// starts after it starts on the new page.
    fn page_break(&mut self, name: &str, a: &Attrs, in_ppr: bool) {
        let rendered = match name {
            "lastRenderedPageBreak" => true,
            "br" if !in_ppr && a.get("type") == Some("page") => false,
            "pageBreakBefore" if in_ppr && toggle(a.get("val")) => false,
            _ => return,
        };
        let count = match rendered {
            true => &mut self.page.rendered,
            false => &mut self.page.explicit,
        };
        *count = count.saturating_add(1);
        let page = self.page;
        if let Some(p) = self.paras.last_mut() {
            if p.para.runs.iter().all(|r| r.text.trim().is_empty()) {
                match rendered {
                    true => p.para.page.rendered = page.rendered,
                    false => p.para.page.explicit = page.explicit,
                }
            }
        }
    }

    /// A finished paragraph goes to the innermost open table cell, or the body.
    fn emit(&mut self, para: Para) {
        match self.tables.last_mut() {
            Some(t) => t.cell.push(para),
            None => self.out.push(Block::Para(para)),
        }
    }

    fn text(&mut self, t: &str) {
        let styles = self.styles;
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        if p.run.hidden {
            return;
        }
        let para_style = p.para.style.as_deref().map(|s| styles.get(s));
        let char_style = p.run.style.as_deref().map(|s| styles.get(s));
        let inherit = |own: Option<bool>, f: fn(&super::styles::Style) -> bool| {
            own.unwrap_or_else(|| {
                char_style.as_ref().is_some_and(f) || para_style.as_ref().is_some_and(f)
            })
        };
        let run = Run {
            text: t.to_string(),
            bold: inherit(p.run.bold, |s| s.bold),
            italic: inherit(p.run.italic, |s| s.italic),
            link: p.link.clone(),
            size: (p.run.size.or(char_style.and_then(|s| s.size)))
                .or(para_style.and_then(|s| s.size).or(styles.default_size))
                .unwrap_or(super::display::WORD_DEFAULT_SIZE),
        };
        fn same(l: &Run) -> (&Option<String>, u16, bool, bool) {
            (&l.link, l.size, l.bold, l.italic)
        }
        match p.para.runs.last_mut() {
            Some(last) if same(last) == same(&run) => last.text.push_str(&run.text),
            _ => p.para.runs.push(run),
        }
    }
}

/// A `w:ind`'s left edge and hang, in twips (`start` is the newer name of `left`).
fn indent(a: &Attrs) -> (i32, i32) {
    let twips = |k: &str| a.get(k).and_then(|v| v.parse::<i32>().ok());
    let left = twips("left").or_else(|| twips("start")).unwrap_or(0);
    let hang = twips("hanging").unwrap_or_else(|| -twips("firstLine").unwrap_or(0));
    (left, hang)
}
