//! The outside checkers the browser tests run: the Nu HTML checker (`vnu.jar`, Java),
//! axe-core's script, and poppler's `pdfinfo`, `pdftotext -bbox` and `pdftoppm` for
//! reading back a printed PDF. `.ci/deps.sh` installs all of them; a missing one fails
//! the test with the command that installs it.
//!
//! This file only runs the tools and reads their output; judging is `checks.rs`'s.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL: &str = "install the test tools with `bash .ci/deps.sh`";

/// `.ci/cache/node_modules/<rel>`, or a panic saying how to get it.
fn npm_file(rel: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".ci/cache/node_modules")
        .join(rel);
    assert!(p.is_file(), "{} is missing: {INSTALL}", p.display());
    p
}

/// axe-core's browser script, to inject into a page.
pub fn axe_script() -> String {
    std::fs::read_to_string(npm_file("axe-core/axe.min.js")).expect("read axe.min.js")
}

/// One error of the Nu HTML checker.
#[derive(Debug, Clone)]
pub struct VnuError {
    pub line: u64,
    pub column: u64,
    pub message: String,
    pub extract: String,
}

impl std::fmt::Display for VnuError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}:{}: {} — `{}`",
            self.line,
            self.column,
            self.message,
            self.extract.trim().replace('\n', " ")
        )
    }
}

/// Validates `files` with one run of the Nu HTML checker; errors only, by file.
pub fn vnu(files: &[PathBuf]) -> Result<BTreeMap<PathBuf, Vec<VnuError>>, String> {
    let jar = npm_file("vnu-jar/build/dist/vnu.jar");
    let out = Command::new("java")
        // A deep stack for the HTML schema (the checker asks for at least 512k); a
        // short-lived JVM: the quick JIT tier and the serial GC halve its CPU time.
        .args([
            "-Xss4m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-jar",
        ])
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(files)
        .output()
        .map_err(|e| format!("running java -jar vnu.jar: {e} ({INSTALL})"))?;
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).map_err(|e| {
        format!(
            "vnu.jar gave no JSON report ({e}); it said:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let mut by_file: BTreeMap<PathBuf, Vec<VnuError>> =
        files.iter().map(|f| (f.clone(), Vec::new())).collect();
    for m in report["messages"].as_array().into_iter().flatten() {
        if m["type"] == "info" {
            continue;
        }
        let url = m["url"].as_str().unwrap_or("");
        let file = PathBuf::from(url.strip_prefix("file:").unwrap_or(url));
        let err = VnuError {
            line: m["lastLine"].as_u64().unwrap_or(0),
            column: m["firstColumn"].as_u64().unwrap_or(0),
            message: m["message"].as_str().unwrap_or("?").to_string(),
            extract: m["extract"].as_str().unwrap_or("").to_string(),
        };
        by_file.entry(file).or_default().push(err);
    }
    Ok(by_file)
}

/// What a printed PDF holds, read back with poppler.
#[derive(Debug, Clone, Default)]
pub struct PdfFacts {
    pub pages: u32,
    /// Size of the first page in PostScript points.
    pub width: f64,
    pub height: f64,
    /// Words (with page number) not wholly inside their page's box.
    pub outside: Vec<String>,
    /// The smallest distance from any word to its page's edge, in millimetres.
    pub min_margin_mm: f64,
    /// Mean grey level (0 black … 255 white) of the darkest page.
    pub darkest_page_mean: f64,
    /// All the text, whitespace collapsed.
    pub text: String,
    /// The bottom line of every page but the last.
    pub page_ends: Vec<String>,
}

impl PdfFacts {
    /// `A4`, `Letter`, or the size in points.
    pub fn paper(&self) -> String {
        let near = |w: f64, h: f64| (self.width - w).abs() < 2.0 && (self.height - h).abs() < 2.0;
        if near(595.28, 841.89) {
            "A4".into()
        } else if near(612.0, 792.0) {
            "Letter".into()
        } else {
            format!("{:.0}×{:.0} pt", self.width, self.height)
        }
    }
}

fn run(cmd: &mut Command) -> Result<Vec<u8>, String> {
    let what = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| format!("{what}: {e} ({INSTALL})"))?;
    if !out.status.success() {
        return Err(format!("{what}: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(out.stdout)
}

/// Reads page count, size, word boxes and page brightness out of `pdf`.
pub fn inspect_pdf(pdf: &Path) -> Result<PdfFacts, String> {
    let mut facts = PdfFacts {
        min_margin_mm: f64::INFINITY,
        darkest_page_mean: 255.0,
        ..PdfFacts::default()
    };
    let info = String::from_utf8_lossy(&run(Command::new("pdfinfo").arg(pdf))?).into_owned();
    for line in info.lines() {
        if let Some(n) = line.strip_prefix("Pages:") {
            facts.pages = n.trim().parse().map_err(|_| format!("pdfinfo: {line}"))?;
        }
    }

    let bbox = String::from_utf8_lossy(&run(Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-"))?)
    .into_owned();
    let page_re = regex::Regex::new(r#"<page width="([\d.]+)" height="([\d.]+)">"#).unwrap();
    let word_re = regex::Regex::new(
        r#"<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>"#,
    )
    .unwrap();
    let mut words = Vec::new();
    for (n, page) in bbox.split("<page ").skip(1).enumerate() {
        let page = format!("<page {page}");
        let dims = page_re.captures(&page).ok_or("pdftotext: no page size")?;
        let (w, h): (f64, f64) = (dims[1].parse().unwrap(), dims[2].parse().unwrap());
        if n == 0 {
            (facts.width, facts.height) = (w, h);
        }
        let mut bottom: Vec<(f64, String)> = Vec::new();
        for c in word_re.captures_iter(&page) {
            let b: Vec<f64> = (1..=4).map(|i| c[i].parse().unwrap()).collect();
            let word = c[5]
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            let margin = b[0].min(b[1]).min(w - b[2]).min(h - b[3]);
            facts.min_margin_mm = facts.min_margin_mm.min(margin * 25.4 / 72.0);
            if margin < 0.0 {
                facts.outside.push(format!(
                    "page {}: “{word}” at x {:.0}–{:.0}, y {:.0}–{:.0} pt (page {w:.0}×{h:.0})",
                    n + 1,
                    b[0],
                    b[2],
                    b[1],
                    b[3]
                ));
            }
            bottom.push((b[1], word.clone()));
            words.push(word);
        }
        let last_y = bottom.iter().map(|(y, _)| *y).fold(f64::MIN, f64::max);
        let last: Vec<String> = bottom
            .into_iter()
            .filter(|(y, _)| *y > last_y - 2.0)
            .map(|(_, w)| w)
            .collect();
        facts.page_ends.push(last.join(" "));
    }
    facts.page_ends.pop();
    facts.text = words.join(" ");

    // Grey levels of every page at 15 dpi: enough to tell a light page from a dark one.
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    run(Command::new("pdftoppm")
        .args(["-r", "15", "-gray"])
        .arg(pdf)
        .arg(dir.path().join("p")))?;
    for entry in std::fs::read_dir(dir.path()).map_err(|e| e.to_string())? {
        let mean = pgm_mean(&std::fs::read(entry.map_err(|e| e.to_string())?.path()).unwrap())?;
        facts.darkest_page_mean = facts.darkest_page_mean.min(mean);
    }
    Ok(facts)
}

/// The mean grey level of a binary (P5, 8-bit) PGM image.
fn pgm_mean(pgm: &[u8]) -> Result<f64, String> {
    // Header: "P5", width, height, maxval, each separated by whitespace, then one byte.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while i < pgm.len() && pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while i < pgm.len() && !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        if start == i {
            return Err("truncated PGM header".into());
        }
        fields.push(String::from_utf8_lossy(&pgm[start..i]).into_owned());
    }
    if fields[0] != "P5" || fields[3] != "255" {
        return Err(format!("unexpected PGM header {fields:?}"));
    }
    let pixels = &pgm[i + 1..];
    if pixels.is_empty() {
        return Err("empty PGM".into());
    }
    Ok(pixels.iter().map(|&p| p as f64).sum::<f64>() / pixels.len() as f64)
}

#[test]
fn reads_pgm_grey_levels_and_names_paper_sizes() {
    let pgm = [b"P5\n2 2\n255\n".as_slice(), &[0, 255, 255, 254]].concat();
    assert_eq!(pgm_mean(&pgm).unwrap(), 191.0);
    assert!(pgm_mean(b"P6\n1 1\n255\n\0\0\0").is_err());
    let size = |width, height| {
        PdfFacts {
            width,
            height,
            ..PdfFacts::default()
        }
        .paper()
    };
    assert_eq!(size(594.96, 841.92), "A4");
    assert_eq!(size(612.0, 792.0), "Letter");
    assert_eq!(size(420.0, 595.0), "420×595 pt");
}
