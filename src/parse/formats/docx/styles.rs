//! A document's styles (`word/styles.xml`): which paragraph style is a heading of
//! which level, which is a list, which makes its text bold or italic.
//!
//! Takes the text of the styles part; gives [`Styles`], looked up by style id. Style
//! names are localised in Word's interface and the ids with them (a German Word
//! writes `berschrift1`), so a heading is known by what does not change: the
//! outline level the style sets, the built-in name Word keeps in `w:name`
//! (`heading 1`, `Title`), the built-in id, or the same on the style it is based on.
//!
//! It does not read the document's paragraphs.

use std::collections::HashMap;

use super::xml::{walk, Ev};

/// One style as written, before its based-on chain is followed.
#[derive(Debug, Clone, Default)]
struct Raw {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    list: bool,
    bold: Option<bool>,
    italic: Option<bool>,
    size: Option<u16>,
}

/// What a style means for the reader, its chain followed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// `Some(1)` for Title and Heading 1, `Some(2)` for Heading 2, …
    pub heading: Option<u8>,
    /// The style numbers its paragraphs (a list style).
    pub list: bool,
    pub bold: bool,
    pub italic: bool,
    /// The font size the style sets, in half-points (`w:sz`), if any in its chain.
    pub size: Option<u16>,
}

#[derive(Debug, Clone, Default)]
pub struct Styles {
    raw: HashMap<String, Raw>,
    /// The document's default font size in half-points (`w:docDefaults`), if it sets one.
    pub default_size: Option<u16>,
}

/// An on/off property: absent value or anything but false/0/off is on.
pub fn toggle(val: Option<&str>) -> bool {
    !matches!(val, Some("0" | "false" | "off" | "none"))
}

/// A heading level from a built-in style's id or English name.
fn builtin_heading(s: &str) -> Option<u8> {
    let s = s.to_ascii_lowercase().replace(' ', "");
    if s == "title" {
        return Some(1);
    }
    let n: u8 = s.strip_prefix("heading")?.parse().ok()?;
    (1..=9).contains(&n).then_some(n)
}

impl Styles {
    /// Reads `word/styles.xml`; a damaged part gives what was read before the damage.
    pub fn parse(xml: &str) -> Styles {
        let mut raw = HashMap::new();
        let mut current: Option<(String, Raw)> = None;
        let mut in_ppr = false;
        let mut in_rpr = false;
        let mut in_defaults = false;
        let mut default_size = None;
        let _ = walk(xml, |ev| match ev {
            Ev::Open(n, a) => match n.as_str() {
                "rPrDefault" => in_defaults = true,
                "sz" if in_defaults => default_size = a.get("val").and_then(|v| v.parse().ok()),
                "style" => {
                    current = a.get("styleId").map(|id| (id.to_string(), Raw::default()));
                }
                "pPr" => in_ppr = true,
                "rPr" => in_rpr = true,
                _ => {
                    let Some((_, s)) = current.as_mut() else {
                        return;
                    };
                    let val = a.get("val");
                    match n.as_str() {
                        "name" => s.name = val.unwrap_or_default().to_string(),
                        "basedOn" => s.based_on = val.map(str::to_string),
                        "outlineLvl" if in_ppr => s.outline = val.and_then(|v| v.parse().ok()),
                        "numPr" if in_ppr => s.list = true,
                        "b" if in_rpr => s.bold = Some(toggle(val)),
                        "i" if in_rpr => s.italic = Some(toggle(val)),
                        "sz" if in_rpr => s.size = val.and_then(|v| v.parse().ok()),
                        _ => {}
                    }
                }
            },
            Ev::Close(n) => match n.as_str() {
                "style" => {
                    if let Some((id, s)) = current.take() {
                        raw.insert(id, s);
                    }
                }
                "pPr" => in_ppr = false,
                "rPr" => in_rpr = false,
                "rPrDefault" => in_defaults = false,
                _ => {}
            },
            Ev::Text(_) => {}
        });
        Styles { raw, default_size }
    }

    /// The style `id` means, its based-on chain followed (a cycle or a missing parent
    /// ends the chain). Ids not defined still name built-in headings.
    pub fn get(&self, id: &str) -> Style {
        let mut out = Style::default();
        let (mut bold, mut italic, mut heading) = (None, None, None);
        let mut next = Some(id.to_string());
        for _ in 0..16 {
            let Some(cur) = next.take() else { break };
            let Some(s) = self.raw.get(&cur) else {
                heading = heading.or(builtin_heading(&cur).map(Some));
                break;
            };
            if heading.is_none() {
                // Outline level 9 is "body text": no heading.
                heading = s
                    .outline
                    .map(|l| (l < 9).then_some(l + 1))
                    .or_else(|| builtin_heading(&s.name).map(Some))
                    .or_else(|| builtin_heading(&cur).map(Some));
            }
            out.list |= s.list;
            bold = bold.or(s.bold);
            italic = italic.or(s.italic);
            out.size = out.size.or(s.size);
            next = s.based_on.clone();
        }
        out.heading = heading.flatten();
        out.bold = bold.unwrap_or(false);
        out.italic = italic.unwrap_or(false);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="x">
      <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>
        <w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Section Head"/>
        <w:basedOn w:val="berschrift1"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Unter"><w:basedOn w:val="Rubrik"/></w:style>
      <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
      <w:style w:type="paragraph" w:styleId="Aufz"><w:name w:val="List Bullet"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>
        <w:rPr><w:b/><w:i w:val="0"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
    </w:styles>"#;

    #[test]
    fn headings_by_outline_level_name_and_chain() {
        let s = Styles::parse(STYLES);
        assert_eq!(s.get("berschrift1").heading, Some(1));
        let rubrik = s.get("Rubrik");
        assert_eq!((rubrik.heading, rubrik.bold), (Some(1), true));
        assert_eq!(s.get("Titel").heading, Some(1));
        assert_eq!(
            s.get("Heading2").heading,
            Some(2),
            "a built-in id not defined"
        );
        assert_eq!(s.get("Standard").heading, None);
        assert_eq!(s.get("Loop1"), Style::default(), "a cycle ends");
    }

    #[test]
    fn sizes_by_chain_and_document_default() {
        let s = Styles::parse(STYLES);
        assert_eq!(s.default_size, Some(22));
        assert_eq!(
            s.get("Unter").size,
            Some(28),
            "from the style it is based on"
        );
        assert_eq!(s.get("Titel").size, None);
    }

    #[test]
    fn lists_and_character_styles() {
        let s = Styles::parse(STYLES);
        assert!(s.get("Aufz").list);
        let strong = s.get("Strong");
        assert!(strong.bold && !strong.italic);
        assert!(!toggle(Some("0")) && toggle(None) && toggle(Some("1")));
    }
}
