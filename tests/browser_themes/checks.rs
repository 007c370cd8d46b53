//! What a person sees, checked on one page in headless Chromium: accessibility
//! (axe-core) at phone and desktop widths in light and dark mode, nothing cut off
//! sideways from 320 to 1920 px, dark mode that is dark, a page that needs no
//! JavaScript, no request leaving the site, screenshots, and the print: paper size,
//! page count, text inside the page and clear of the edge, light even in dark mode.
//!
//! Each problem becomes one line saying which check, under which conditions, and
//! which element or word. The print is judged in `print.rs`; HTML validity is
//! checked once for all pages (`tools::vnu`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Value};

use crate::common::browser::Browser;
use crate::print::{self, PrintSpec};
use crate::tools::{self, PdfFacts};

/// Phone and desktop viewports: (width, height, mobile).
const AXE_VIEWPORTS: [(u32, u32, bool); 2] = [(1280, 800, false), (390, 844, true)];
/// Widths where nothing may stick out sideways (besides the axe ones).
const MORE_WIDTHS: [(u32, u32, bool); 2] = [(320, 568, true), (1920, 1080, false)];

/// One page to check.
pub struct PageSpec {
    pub file: PathBuf,
    /// Requests must stay inside this folder.
    pub site_dir: PathBuf,
    /// Screenshots go to `<dir>/<stem>-<width>.png` (and `<stem>-1280-dark.png`).
    pub screenshots: Option<(PathBuf, String)>,
    pub print: Option<PrintSpec>,
}

#[derive(Debug, Default)]
pub struct PageOutcome {
    /// Distinct axe rules violated in any viewport or colour scheme.
    pub axe_rules: usize,
    pub pdf: Option<PdfFacts>,
    pub screenshots: Vec<PathBuf>,
    pub failures: Vec<String>,
    /// How long the browser checks of this page took.
    pub secs: f64,
}

/// Runs the checks of [`PageSpec`]s in one browser.
pub struct PageChecker<'b> {
    browser: &'b mut Browser,
    axe: String,
}

impl<'b> PageChecker<'b> {
    pub fn new(browser: &'b mut Browser) -> PageChecker<'b> {
        browser
            .call("Network.enable", json!({}))
            .expect("Network.enable");
        PageChecker {
            browser,
            axe: tools::axe_script(),
        }
    }

    /// Every check on one page; a browser error becomes a failure too.
    pub fn check(&mut self, spec: &PageSpec) -> PageOutcome {
        let started = std::time::Instant::now();
        let mut out = PageOutcome::default();
        if let Err(e) = self.check_into(spec, &mut out) {
            out.failures.push(format!("browser: {e}"));
        }
        out.secs = started.elapsed().as_secs_f64();
        out
    }

    fn check_into(&mut self, spec: &PageSpec, out: &mut PageOutcome) -> Result<(), String> {
        let b = &mut *self.browser;
        let url = file_url(&spec.file);
        b.take_events("Network.requestWillBeSent");
        b.take_events("Network.loadingFailed");
        b.set_javascript(true)?;
        b.emulate_media("screen", "light")?;
        b.set_viewport(1280, 800, false)?;
        b.navigate(&url)?;
        b.eval("document.fonts.ready.then(() => true)")?;
        b.eval(&self.axe)?;
        let text_with_js = b.eval(INNER_TEXT)?;

        // axe, sideways overflow, screenshots and page colour in each viewport.
        let mut axe: BTreeMap<String, Violation> = BTreeMap::new();
        let mut background = BTreeMap::new();
        for (w, h, mobile) in AXE_VIEWPORTS.into_iter().chain(MORE_WIDTHS) {
            b.set_viewport(w, h, mobile)?;
            b.emulate_media("screen", "light")?;
            overflow(b, w, mobile, &mut out.failures)?;
            if !AXE_VIEWPORTS.contains(&(w, h, mobile)) {
                continue;
            }
            if let Some((dir, stem)) = &spec.screenshots {
                let png = dir.join(format!("{stem}-{w}.png"));
                b.screenshot_png(&png)?;
                out.screenshots.push(png);
            }
            for scheme in ["light", "dark"] {
                b.emulate_media("screen", scheme)?;
                if w == 1280 {
                    background.insert(scheme, b.eval(BACKGROUND)?);
                    if let (Some((dir, stem)), "dark") = (&spec.screenshots, scheme) {
                        let png = dir.join(format!("{stem}-{w}-dark.png"));
                        b.screenshot_png(&png)?;
                        out.screenshots.push(png);
                    }
                }
                for v in run_axe(b)? {
                    let seen = axe.entry(v.rule.clone()).or_insert(v.clone());
                    seen.conditions.push(format!("{w} px {scheme}"));
                    for t in v.targets {
                        if !seen.targets.contains(&t) {
                            seen.targets.push(t);
                        }
                    }
                }
            }
        }
        out.axe_rules = axe.len();
        for v in axe.values() {
            out.failures.push(v.to_string());
        }
        dark_mode(&background, &mut out.failures);

        if let Some(print) = &spec.print {
            b.call("Emulation.clearDeviceMetricsOverride", json!({}))?;
            b.emulate_media("print", "dark")?;
            let shown = b.eval(print::PRINTED_PAGE)?;
            b.print_pdf(&print.pdf, true)?;
            let facts = tools::inspect_pdf(&print.pdf)?;
            print::judge(print, &shown, &facts, &mut out.failures);
            out.pdf = Some(facts);
        }

        // The same text must be there without JavaScript.
        b.emulate_media("screen", "light")?;
        b.set_viewport(1280, 800, false)?;
        b.set_javascript(false)?;
        b.navigate(&url)?;
        let text_without_js = b.eval(INNER_TEXT)?;
        b.set_javascript(true)?;
        if text_with_js != text_without_js {
            out.failures.push(format!(
                "no-JavaScript: the page shows different text with scripts off: {}",
                first_difference(&text_with_js, &text_without_js)
            ));
        }
        network(b, spec, &mut out.failures);
        let mut seen = std::collections::HashSet::new();
        out.failures.retain(|f| seen.insert(f.clone()));
        Ok(())
    }
}

const INNER_TEXT: &str =
    "document.body ? document.body.innerText.replace(/\\s+/g, ' ').trim() : ''";

/// The page's background as [r, g, b, a] via a canvas (works for any CSS colour
/// syntax); a transparent page shows the canvas colour of its used color-scheme.
const BACKGROUND: &str = r#"(() => {
  const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  const rgba = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1);
                      return [...ctx.getImageData(0, 0, 1, 1).data]; };
  for (const e of [document.body, document.documentElement]) {
    if (!e) continue;
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) return c;
  }
  const meta = document.querySelector('meta[name=color-scheme]');
  const scheme = getComputedStyle(document.documentElement).colorScheme + ' ' + (meta ? meta.content : '');
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return scheme.includes('dark') && (dark || !scheme.includes('light')) ? [18, 18, 18, 255] : [255, 255, 255, 255];
})()"#;

/// Horizontal overflow, and the deepest elements (or text) sticking out past the right edge.
const OVERFLOW: &str = r#"(() => {
  const root = document.documentElement, w = root.clientWidth;
  const name = e => { const parts = [];
    for (let n = e; n && n.nodeType === 1 && parts.length < 3; n = n.parentElement) {
      let s = n.localName;
      if (n.id) s += '#' + n.id; else if (n.classList.length) s += '.' + [...n.classList].join('.');
      parts.unshift(s);
    }
    return parts.join(' > '); };
  const right = new Map();
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect().right;
    if (r > w + 1) right.set(e, r);
  }
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = texts.nextNode()); ) {
    const range = document.createRange(); range.selectNodeContents(n);
    const r = Math.max(0, ...[...range.getClientRects()].map(b => b.right));
    if (r > w + 1 && n.parentElement) right.set(n.parentElement, Math.max(r, right.get(n.parentElement) || 0));
  }
  const out = [...right.keys()]
    .filter(e => ![...right.keys()].some(o => o !== e && e.contains(o)))
    .slice(0, 3)
    .map(e => `${name(e)} (right edge at ${Math.round(right.get(e))} px)`);
  return {client: w, scroll: root.scrollWidth, offenders: out};
})()"#;

const AXE_RUN: &str = r#"axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
  rule: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
  targets: v.nodes.map(n => n.target.join(' '))
})))"#;

#[derive(Debug, Clone)]
struct Violation {
    rule: String,
    impact: String,
    help: String,
    url: String,
    targets: Vec<String>,
    conditions: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<String> = self
            .targets
            .iter()
            .take(4)
            .map(|t| format!("`{t}`"))
            .collect();
        let more = self.targets.len().saturating_sub(shown.len());
        write!(
            f,
            "axe {} ({}) at {}: {} — {}{} [{}]",
            self.rule,
            self.impact,
            self.conditions.join(", "),
            self.help,
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            },
            self.url
        )
    }
}

fn run_axe(b: &mut Browser) -> Result<Vec<Violation>, String> {
    let found = b.eval(AXE_RUN)?;
    let s = |v: &Value, k: &str| v[k].as_str().unwrap_or("").to_string();
    Ok(found
        .as_array()
        .ok_or("axe.run gave no list")?
        .iter()
        .map(|v| Violation {
            rule: s(v, "rule"),
            impact: s(v, "impact"),
            help: s(v, "help"),
            url: s(v, "url"),
            targets: v["targets"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str().map(String::from))
                .collect(),
            conditions: Vec::new(),
        })
        .collect())
}

fn overflow(
    b: &mut Browser,
    width: u32,
    mobile: bool,
    failures: &mut Vec<String>,
) -> Result<(), String> {
    let o = b.eval(OVERFLOW)?;
    let (client, scroll) = (
        o["client"].as_u64().unwrap_or(0),
        o["scroll"].as_u64().unwrap_or(0),
    );
    if mobile && client != width as u64 {
        failures.push(format!(
            "viewport: on a {width} px phone the page is laid out {client} px wide \
             (needs <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">)"
        ));
    } else if scroll > client {
        failures.push(format!(
            "overflow at {width} px: the page is {scroll} px wide, so it scrolls sideways; sticking out: {}",
            o["offenders"]
        ));
    }
    Ok(())
}

fn dark_mode(background: &BTreeMap<&str, Value>, failures: &mut Vec<String>) {
    let rgb = |s: &str| -> Vec<f64> {
        background[s]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default()
    };
    let (light, dark) = (rgb("light"), rgb("dark"));
    if light.len() < 3 || dark.len() < 3 {
        return failures.push("dark mode: could not read the page background".into());
    }
    let (l, d) = (luminance(&light), luminance(&dark));
    if d >= 0.2 || d >= l {
        failures.push(format!(
            "dark mode: with prefers-color-scheme: dark the background is rgb({:.0}, {:.0}, {:.0}) \
             (luminance {d:.2}), light mode rgb({:.0}, {:.0}, {:.0}) (luminance {l:.2}); expected a dark background",
            dark[0], dark[1], dark[2], light[0], light[1], light[2]
        ));
    }
}

/// WCAG relative luminance of an sRGB colour with 0–255 channels.
fn luminance(c: &[f64]) -> f64 {
    let lin = |v: f64| {
        let v = v / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// Every request stays inside the site; every file it asks for exists.
fn network(b: &mut Browser, spec: &PageSpec, failures: &mut Vec<String>) {
    let site = file_url(&spec.site_dir);
    let mut urls = BTreeMap::new();
    for r in b.take_events("Network.requestWillBeSent") {
        let url = r["request"]["url"].as_str().unwrap_or("").to_string();
        urls.insert(
            r["requestId"].as_str().unwrap_or("").to_string(),
            url.clone(),
        );
        let inside = url.starts_with(&format!("{}/", site.trim_end_matches('/')))
            || ["data:", "about:", "blob:"]
                .iter()
                .any(|p| url.starts_with(p));
        if !inside {
            failures.push(format!("network: request outside the site: {url}"));
        }
    }
    for f in b.take_events("Network.loadingFailed") {
        if f["canceled"] == true {
            continue;
        }
        let id = f["requestId"].as_str().unwrap_or("");
        let url = urls.get(id).map(String::as_str).unwrap_or("?");
        if url.starts_with("file:") {
            let problem = format!("network: {url} failed to load");
            if !failures.iter().any(|f| f.starts_with(&problem)) {
                failures.push(format!("{problem}: {}", f["errorText"]));
            }
        }
    }
}

fn first_difference(a: &Value, b: &Value) -> String {
    let (a, b) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
    let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let around = |s: &str| {
        s.chars()
            .skip(at.saturating_sub(20))
            .take(60)
            .collect::<String>()
    };
    format!("with scripts “…{}…”, without “…{}…”", around(a), around(b))
}

pub fn file_url(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}
