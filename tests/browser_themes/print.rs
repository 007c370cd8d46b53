//! The print of a person's page, judged from what the browser lays out for print and
//! the PDF it prints: paper size, page count, text inside the page and clear of its
//! edge, light even when the person's system is dark, every shown word printed (text
//! past the printable area is clipped away, so it can only be found missing), link
//! targets printed after link text, and no heading left alone at a page's bottom.

use std::path::PathBuf;

use serde_json::Value;

use crate::tools::PdfFacts;

/// Printers leave about 4–5 mm at each edge unprinted.
const MIN_MARGIN_MM: f64 = 5.0;
/// Mean grey level (of 255) below which a printed page counts as dark.
const LIGHT_MIN_MEAN: f64 = 200.0;

/// What a person page's print must be.
pub struct PrintSpec {
    /// `A4` or `Letter`.
    pub paper: String,
    pub max_pages: u32,
    /// Text the PDF must contain (the person's name).
    pub must_contain: String,
    /// Where the PDF is kept.
    pub pdf: PathBuf,
}

/// Evaluated under print media: the words a person sees (rendered text, leaving out
/// visually-hidden screen-reader text), the visible headings, and the visible links
/// to web pages with their text.
pub const PRINTED_PAGE: &str = r#"(() => {
  const clipped = el => { for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a), b = a.getBoundingClientRect();
      if ((s.position === 'absolute' && s.clip !== 'auto') || s.clipPath !== 'none'
          || (s.overflow === 'hidden' && (b.width <= 1 || b.height <= 1))) return true;
    } return false; };
  const boxes = n => { const r = document.createRange(); r.selectNodeContents(n);
    return [...r.getClientRects()].some(b => b.width > 1 && b.height > 1); };
  const visible = el => el.checkVisibility({visibilityProperty: true, opacityProperty: true})
    && !clipped(el);
  const words = new Set();
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = texts.nextNode()); ) {
    if (!n.parentElement || !boxes(n) || !visible(n.parentElement)) continue;
    for (const w of n.textContent.match(/[\p{L}\p{N}]+/gu) || []) words.add(w);
  }
  const shown = el => visible(el) && boxes(el);
  return {
    words: [...words],
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown).map(h => h.innerText),
    links: [...document.querySelectorAll('a[href]')].filter(a => /^https?:/.test(a.href) && shown(a))
      .map(a => ({href: a.href, text: a.innerText})),
  };
})()"#;

/// Lower-case ASCII letters and digits only, ligatures spelt out: what survives any
/// difference in line breaks, hyphenation, accents (composed or not) and spacing
/// between the page's text and the PDF's.
fn fold(s: &str) -> String {
    let s = s
        .replace('\u{FB00}', "ff")
        .replace('\u{FB01}', "fi")
        .replace('\u{FB02}', "fl")
        .replace('\u{FB03}', "ffi")
        .replace('\u{FB04}', "ffl");
    let combining = |c: char| ('\u{0300}'..='\u{036F}').contains(&c);
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // A letter with a combining accent is dropped, as its precomposed form is.
        if c.is_ascii_alphanumeric() && !chars.peek().is_some_and(|&n| combining(n)) {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

fn strs<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn quoted(items: &[String], n: usize) -> String {
    let shown: Vec<String> = items.iter().take(n).map(|w| format!("“{w}”")).collect();
    let more = items.len().saturating_sub(n);
    shown.join(", ")
        + &if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
}

/// Every print check; `shown` is [`PRINTED_PAGE`]'s value.
pub fn judge(spec: &PrintSpec, shown: &Value, pdf: &PdfFacts, failures: &mut Vec<String>) {
    let kept = spec.pdf.display();
    if pdf.pages < 1 || pdf.pages > spec.max_pages {
        failures.push(format!(
            "print: {} pages, expected 1 to {} ({kept})",
            pdf.pages, spec.max_pages
        ));
    }
    if pdf.paper() != spec.paper {
        failures.push(format!(
            "print: paper is {} ({:.1}×{:.1} pt), expected {} (the `paper` of site.yaml or overrides.yaml)",
            pdf.paper(),
            pdf.width,
            pdf.height,
            spec.paper
        ));
    }
    if !pdf.outside.is_empty() {
        failures.push(format!(
            "print: {} words outside the page box: {}",
            pdf.outside.len(),
            pdf.outside
                .iter()
                .take(3)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        ));
    } else if pdf.min_margin_mm < MIN_MARGIN_MM {
        failures.push(format!(
            "print: text {:.1} mm from the paper's edge, closer than the {MIN_MARGIN_MM} mm printers leave blank",
            pdf.min_margin_mm
        ));
    }
    if pdf.darkest_page_mean < LIGHT_MIN_MEAN {
        failures.push(format!(
            "print: not light with prefers-color-scheme: dark and backgrounds on: \
             a page's mean grey is {:.0}/255 ({kept})",
            pdf.darkest_page_mean
        ));
    }

    let printed = fold(&pdf.text);
    if !printed.contains(&fold(&spec.must_contain)) {
        failures.push(format!(
            "print: the PDF does not contain “{}” ({kept})",
            spec.must_contain
        ));
    }
    // A word counts as printed in either direction (right-to-left text, or an address
    // reversed by CSS to fool harvesters, comes out of the PDF in visual order).
    let missing: Vec<String> = strs(shown, "words")
        .into_iter()
        .filter(|w| {
            let f = fold(w);
            !f.is_empty()
                && !printed.contains(&f)
                && !printed.contains(&f.chars().rev().collect::<String>())
        })
        .map(String::from)
        .collect();
    if !missing.is_empty() {
        failures.push(format!(
            "print: {} words shown on the page are not in the PDF (cut off at the page edge?): {}",
            missing.len(),
            quoted(&missing, 8)
        ));
    }

    let unprinted: Vec<String> = shown["links"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|l| {
            let href = l["href"].as_str()?;
            let target = href.split_once("://").map_or(href, |(_, rest)| rest);
            let target = fold(target.strip_prefix("www.").unwrap_or(target));
            let text = fold(l["text"].as_str().unwrap_or(""));
            (!text.contains(&target) && !printed.contains(&target))
                .then(|| format!("{href} (link text “{}”)", l["text"].as_str().unwrap_or("")))
        })
        .collect();
    if !unprinted.is_empty() {
        failures.push(format!(
            "print: link targets not printed after the link text: {}",
            unprinted
                .iter()
                .take(4)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }

    let headings = strs(shown, "headings");
    for (i, end) in pdf.page_ends.iter().enumerate() {
        if let Some(h) = headings
            .iter()
            .find(|h| !fold(h).is_empty() && fold(h) == fold(end))
        {
            failures.push(format!(
                "print: the heading “{h}” is the last line of page {}, apart from what it heads \
                 (break-after: avoid)",
                i + 1
            ));
        }
    }
}

#[test]
fn folding_survives_line_breaks_ligatures_and_accents() {
    assert_eq!(fold("Inter-\nnational"), "international");
    assert_eq!(fold("\u{FB01}eld"), "field");
    assert_eq!(fold("Umeå"), fold("Ume\u{0061}\u{030A}"));
    assert_eq!(fold("https://Example.org/a_b"), "httpsexampleorgab");
}
