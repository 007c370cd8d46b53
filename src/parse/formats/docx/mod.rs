//! DOCX (Word's Office Open XML document) → Markdown-shaped lines, numbered by
//! paragraph.
//!
//! Takes the bytes of a `.docx`; gives a [`Converted`] document: the lines the text
//! reader reads (headings from paragraph styles or their look, list items from
//! numbering and the paragraphs that continue them, bold and italic runs, tables a
//! row to a line, text boxes where they stand, the page header's text first, since
//! templates put the name there) and the plain text of
//! every paragraph for `--explain`. A file that is no readable DOCX gives a
//! [`Problem`] saying what it is and what to do.
//!
//! Modules: [`archive`] opens the zip under size caps, [`xml`] walks XML, [`styles`]
//! reads the style sheet, [`body`] the paragraphs and tables, [`lines`] writes them,
//! [`pages`] says which page each paragraph starts on, [`display`] breaks the line
//! after a paragraph's leading display-size text.
//!
//! It does not read footers (page numbers and the like), footnotes, comments or
//! images, nor interpret the résumé. Numbering definitions (`numbering.xml`) are not
//! needed: a paragraph is a list item when it or its style is numbered, and every
//! item is written `- `, whatever glyph or number Word draws for it.

mod archive;
mod body;
mod display;
mod field;
mod lines;
mod pages;
mod styles;
#[cfg(test)]
mod tests;
mod xml;

use std::collections::HashMap;

pub use archive::{too_large, Problem, MAX_FILE};

use super::Converted;
use archive::Archive;
use body::Block;
use styles::Styles;
use xml::{walk, Ev};

/// One relationship of a part: its type (last path segment), target, and whether
/// the target is outside the package.
struct Rel {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

fn relationships(xml: &str) -> Vec<Rel> {
    let mut out = Vec::new();
    let _ = walk(xml, |ev| {
        if let Ev::Open(name, a) = ev {
            if name != "Relationship" {
                return;
            }
            if let (Some(id), Some(kind), Some(target)) =
                (a.get("Id"), a.get("Type"), a.get("Target"))
            {
                out.push(Rel {
                    id: id.to_string(),
                    kind: kind.rsplit('/').next().unwrap_or_default().to_string(),
                    target: target.to_string(),
                    external: a.get("TargetMode") == Some("External"),
                });
            }
        }
    });
    out
}

/// A part's relationships file: `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship target relative to the part's folder, as a part name.
fn resolve(part: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut path: Vec<&str> = match part.rsplit_once('/') {
        Some((dir, _)) => dir.split('/').collect(),
        None => Vec::new(),
    };
    for seg in target.split('/') {
        match seg {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            s => path.push(s),
        }
    }
    path.join("/")
}

/// Reads a DOCX from its bytes.
pub fn read(bytes: &[u8]) -> Result<Converted, Problem> {
    let mut zip = Archive::open(bytes)?;
    // The package's own relationships name the main part; Word calls it
    // word/document.xml, other writers may not.
    let main = zip
        .part("_rels/.rels")?
        .map(|x| relationships(&x))
        .unwrap_or_default()
        .into_iter()
        .find(|r| r.kind == "officeDocument" && !r.external)
        .map(|r| resolve("", &r.target))
        .unwrap_or_else(|| "word/document.xml".to_string());
    let Some(document) = zip.part(&main)? else {
        return Err(archive::what_else(&zip.names()));
    };
    let styles = match zip.part(&resolve(&main, "styles.xml"))? {
        Some(x) => Styles::parse(&x),
        None => Styles::default(),
    };
    let rels = zip
        .part(&rels_of(&main))?
        .map(|x| relationships(&x))
        .unwrap_or_default();
    let damaged = |part: &str, e: String| {
        Problem::new(
            format!("not a readable DOCX: {part} is damaged ({e})"),
            "open it in Word and save it again",
        )
    };
    let mut blocks = Vec::new();
    let mut headers: Vec<&Rel> = rels
        .iter()
        .filter(|r| r.kind == "header" && !r.external)
        .collect();
    headers.sort_by(|a, b| a.target.cmp(&b.target));
    let mut seen = Vec::new();
    for h in headers {
        let name = resolve(&main, &h.target);
        let Some(xml) = zip.part(&name)? else {
            continue;
        };
        let links = links(zip.part(&rels_of(&name))?.as_deref());
        // A damaged header costs the header, not the résumé.
        for block in body::read(&xml, &styles, &links).unwrap_or_default() {
            let text = match &block {
                Block::Para(p) => p.plain(),
                Block::Row(cells) => cells.iter().flatten().map(|p| p.plain()).collect(),
            };
            let text = text.trim().to_string();
            // Page numbers and the same header repeated for other pages are no content.
            if text.is_empty() || text.chars().all(|c| c.is_ascii_digit()) || seen.contains(&text) {
                continue;
            }
            seen.push(text);
            blocks.push(block);
        }
    }
    let links = links_of(&rels);
    blocks.extend(body::read(&document, &styles, &links).map_err(|e| damaged(&main, e))?);
    let (lowered, units, pages) = lines::write(&blocks, &styles);
    // Some generators put the whole text in an embedded HTML or RTF part that Word
    // converts on opening; the document itself is then empty.
    if lowered.text.trim().is_empty() && document.contains("altChunk") {
        return Err(Problem::new(
            "the text is an embedded HTML or RTF part (altChunk) that only Word converts",
            "open it in Word and save it again as a Word document (.docx)",
        ));
    }
    super::debug_dump(&lowered);
    Ok(Converted {
        lowered,
        units,
        pages: pages::page_numbers(&pages),
    })
}

fn links_of(rels: &[Rel]) -> HashMap<String, String> {
    rels.iter()
        .filter(|r| r.external && r.kind == "hyperlink")
        .map(|r| (r.id.clone(), r.target.clone()))
        .collect()
}

fn links(rels_xml: Option<&str>) -> HashMap<String, String> {
    links_of(&rels_xml.map(relationships).unwrap_or_default())
}
