//! Web links a PDF keeps behind its words: link annotations (`/Annots`, `/Subtype
//! /Link`, an `/A` action with a `/URI`) written into the lowered text as Markdown
//! links, so a bare handle printed over a profile's address (beside a network's icon,
//! which prints no word) reads as that profile.
//!
//! Takes the document, its glyphs and the lowered lines with their pages; gives the
//! same lines with each linked handle written `[handle](address)`. Word processors,
//! LaTeX's hyperref and résumé builders all keep a link's target only in the
//! annotation, so the printed text alone loses the network. It leaves alone links whose
//! printed text spells out an address already (the text reader reads those), labels
//! that are not the address's handle ("LinkedIn", "Portfolio": the page spells out no
//! profile), links that are no web address (`mailto:`, `tel:`), links over no text
//! (an icon alone), and phrases it can't find once on their page.

use pdf_extract::{Dictionary, Document, Object};

use super::glyphs::{Glyph, Page};

/// A link's target and where it is: 0-based page and its rectangle in points from
/// the page's top-left (left, top, right, bottom).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub page: usize,
    pub rect: (f64, f64, f64, f64),
    pub uri: String,
}

/// Points a glyph's middle may stand outside a link's rectangle and still be under
/// it: producers draw the rectangle to the text's box, which rounding can put a hair
/// inside the glyphs' edges.
const SLACK: f64 = 1.5;

/// Every web link on every page, in page order.
pub fn links(doc: &Document, pages: &[Page]) -> Vec<Link> {
    let mut out = Vec::new();
    for (p, (_, &id)) in doc.get_pages().iter().enumerate() {
        let Some(height) = pages.get(p).map(|pg| pg.height) else {
            break;
        };
        let Ok(page) = doc.get_dictionary(id) else {
            continue;
        };
        let annots = match page.get(b"Annots").map(|o| doc.dereference(o)) {
            Ok(Ok((_, Object::Array(a)))) => a,
            _ => continue,
        };
        for a in annots {
            let Ok((_, Object::Dictionary(d))) = doc.dereference(a) else {
                continue;
            };
            if let Some(link) = link(doc, d, p, height) {
                out.push(link);
            }
        }
    }
    out
}

/// One annotation read as a web link, if it is one.
fn link(doc: &Document, d: &Dictionary, page: usize, height: f64) -> Option<Link> {
    if d.get(b"Subtype").and_then(Object::as_name).ok()? != b"Link" {
        return None;
    }
    let (_, action) = doc.dereference(d.get(b"A").ok()?).ok()?;
    let (_, uri) = doc
        .dereference(action.as_dict().ok()?.get(b"URI").ok()?)
        .ok()?;
    let uri = String::from_utf8_lossy(uri.as_str().ok()?)
        .trim()
        .to_string();
    let lower = uri.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return None;
    }
    let (_, rect) = doc.dereference(d.get(b"Rect").ok()?).ok()?;
    let r: Vec<f64> = rect
        .as_array()
        .ok()?
        .iter()
        .filter_map(|o| o.as_float().ok().map(f64::from))
        .collect();
    let [x1, y1, x2, y2] = <[f64; 4]>::try_from(r).ok()?;
    Some(Link {
        page,
        rect: (
            x1.min(x2),
            height - y1.max(y2),
            x1.max(x2),
            height - y1.min(y2),
        ),
        uri,
    })
}

/// The text printed under a link, its glyphs in reading order.
fn phrase(link: &Link, glyphs: &[Glyph]) -> String {
    let (l, t, r, b) = link.rect;
    let mut under: Vec<&Glyph> = glyphs
        .iter()
        .filter(|g| g.page == link.page)
        .filter(|g| {
            let mid_x = g.x + g.w / 2.0;
            let mid_y = g.y - g.size / 3.0;
            (l - SLACK..=r + SLACK).contains(&mid_x) && (t - SLACK..=b + SLACK).contains(&mid_y)
        })
        .collect();
    under.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut s = String::new();
    for (k, g) in under.iter().enumerate() {
        // A gap wider than a space between glyphs is a space the PDF did not draw.
        if let Some(prev) = k.checked_sub(1).map(|j| under[j]) {
            let gap = g.x - (prev.x + prev.w);
            if (g.y - prev.y).abs() > prev.size / 2.0 || gap > prev.size * 0.2 {
                s.push(' ');
            }
        }
        s.push_str(&g.text);
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a printed phrase spells out an address itself ("github.com/ada",
/// "ada.dev"): one word with a dot or a slash in it.
fn spells_address(phrase: &str) -> bool {
    !phrase.contains(' ') && phrase.contains(['.', '/', '@'])
}

/// Whether the printed phrase is the handle in the link's path ("ada-quill" over
/// `linkedin.com/in/ada-quill`): the page then spells out the profile and only its
/// network is in the annotation. A label ("LinkedIn", "Portfolio", a paper's title)
/// names no profile, whatever it links to.
fn names_handle(phrase: &str, uri: &str) -> bool {
    let path = uri
        .split_once("://")
        .map_or(uri, |(_, rest)| rest)
        .split_once('/')
        .map_or("", |(_, path)| path)
        .to_lowercase();
    let handle = phrase.trim_start_matches('@').to_lowercase();
    !handle.contains(' ') && !handle.is_empty() && path.contains(&handle)
}

/// `text`'s lines (one page each in `line_pages`) with each linked phrase written as a
/// Markdown link where it stands once on its page.
pub fn write_links(text: &str, line_pages: &[usize], links: &[Link], glyphs: &[Glyph]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for link in links {
        let p = phrase(link, glyphs);
        let plain = p.chars().filter(|c| c.is_alphanumeric()).count();
        if plain < 2
            || spells_address(&p)
            || !names_handle(&p, &link.uri)
            || p.contains(['[', ']'])
            || link.uri.contains([' ', ')'])
        {
            continue;
        }
        let on_page: Vec<usize> = (0..lines.len())
            .filter(|&k| line_pages.get(k) == Some(&(link.page + 1)) && lines[k].contains(&p))
            .collect();
        let [k] = on_page[..] else {
            continue;
        };
        if lines[k].matches(&p).count() != 1 || lines[k].contains("](") {
            continue;
        }
        lines[k] = lines[k].replacen(&p, &format!("[{p}]({})", link.uri), 1);
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(words: &str, x0: f64, y: f64) -> Vec<Glyph> {
        words
            .chars()
            .enumerate()
            .map(|(k, c)| Glyph {
                page: 0,
                x: x0 + 6.0 * k as f64,
                y,
                w: 6.0,
                size: 10.0,
                text: c.to_string(),
                bold: false,
            })
            .collect()
    }

    fn link_over(x0: f64, chars: usize, y: f64, uri: &str) -> Link {
        Link {
            page: 0,
            rect: (x0, y - 9.0, x0 + 6.0 * chars as f64, y + 2.0),
            uri: uri.into(),
        }
    }

    /// A link over `word` where it stands in `line`, drawn from x = 50.
    fn link_on(line: &str, word: &str, uri: &str) -> Link {
        let at = line[..line.find(word).unwrap()].chars().count() as f64;
        link_over(50.0 + 6.0 * at, word.chars().count(), 100.0, uri)
    }

    #[test]
    fn a_linked_handle_becomes_a_markdown_link() {
        let line = "Ada Quill · AdaQuill · ada@example.org";
        let g = glyphs(line, 50.0, 100.0);
        let links = [link_on(line, "AdaQuill", "https://github.com/adaquill")];
        let out = write_links(&format!("{line}\n"), &[1], &links, &g);
        assert_eq!(
            out,
            "Ada Quill · [AdaQuill](https://github.com/adaquill) · ada@example.org\n"
        );
    }

    #[test]
    fn a_label_over_a_link_names_no_profile() {
        let line = "Ada Quill · LinkedIn · Portfolio";
        let g = glyphs(line, 50.0, 100.0);
        let links = [
            link_on(line, "LinkedIn", "https://www.linkedin.com/in/adaquill"),
            link_on(line, "Portfolio", "https://quill.example/work"),
        ];
        let text = format!("{line}\n");
        assert_eq!(write_links(&text, &[1], &links, &g), text);
    }

    #[test]
    fn spelled_out_addresses_mail_and_icons_are_left_alone() {
        let line = "quill.dev";
        let g = glyphs(line, 50.0, 100.0);
        let links = [link_over(50.0, 9, 100.0, "https://quill.dev")];
        assert_eq!(write_links("quill.dev\n", &[1], &links, &g), "quill.dev\n");
        // Nothing printed under the rectangle: an icon.
        let links = [link_over(300.0, 2, 100.0, "https://github.com/quill")];
        assert_eq!(write_links("quill.dev\n", &[1], &links, &g), "quill.dev\n");
    }

    #[test]
    fn a_phrase_found_twice_on_its_page_is_not_guessed() {
        let text = "Portfolio\nPortfolio\n";
        let mut g = glyphs("Portfolio", 50.0, 100.0);
        g.extend(glyphs("Portfolio", 50.0, 120.0));
        let links = [link_over(50.0, 9, 100.0, "https://example.org/work")];
        assert_eq!(write_links(text, &[1, 1], &links, &g), text);
    }
}
