//! Every built-in theme × every example person, checked in a real browser: the
//! example site (`content/`, three people) is built once per theme with that theme
//! forced on everyone, then every page (people, index, 404) is validated with the Nu
//! HTML checker and put through `checks::PageChecker` in one headless Chromium.
//!
//! Artefacts go to `target/browser-artifacts/`: screenshots and PDFs per theme, and
//! `report.md`, the table of themes × pages with the figures. The checks themselves
//! are tested on hand-written pages in `tests/fixtures/browser/`.
//!
//! `cargo test --test browser_themes -- --ignored gallery` writes each theme's
//! `screenshot.png` (the README gallery).

#[path = "browser_themes/checks.rs"]
mod checks;
mod common;
#[path = "browser_themes/example.rs"]
mod example;
#[path = "browser_themes/print.rs"]
mod print;
#[path = "browser_themes/tools.rs"]
mod tools;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use checks::{PageChecker, PageOutcome, PageSpec};
use common::browser::Browser;
use example::{build_example, repo, themes, Person};
use print::PrintSpec;

/// Each example person prints to at most this many pages.
const MAX_PRINT_PAGES: u32 = 2;

/// The tests here take turns: one browser and one JVM at a time on a 2-core machine.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("browser-artifacts")
}

fn launch() -> Browser {
    Browser::launch().unwrap_or_else(|e| panic!("a real browser is needed: {e}"))
}

/// One row of the report.
struct Row {
    theme: String,
    page: String,
    file: PathBuf,
    paper: Option<String>,
    vnu_errors: usize,
    outcome: PageOutcome,
}

#[test]
fn every_theme_and_example_person_in_a_real_browser() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let started = Instant::now();
    let work = tempfile::tempdir().unwrap();
    let art = artifacts();
    let mut failures = Vec::new();
    let mut sites = Vec::new();
    for theme in themes() {
        let _ = std::fs::remove_dir_all(art.join(&theme));
        std::fs::create_dir_all(art.join(&theme)).unwrap();
        match build_example(&theme, work.path()) {
            Ok((out, people)) => sites.push((theme, out, people)),
            Err(e) => failures.push(format!("{theme}: the example site does not build: {e}")),
        }
    }

    let build_failures = failures.len();

    // vnu (one JVM for every page) runs while the browser works.
    let html: Vec<PathBuf> = sites
        .iter()
        .flat_map(|(_, out, _)| walkdir::WalkDir::new(out).into_iter().flatten())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    let built = started.elapsed().as_secs_f64();
    let vnu = std::thread::spawn(move || {
        let t = Instant::now();
        (tools::vnu(&html), t.elapsed().as_secs_f64())
    });

    let mut browser = launch();
    let mut checker = PageChecker::new(&mut browser);
    let mut rows = Vec::new();
    for (theme, out, people) in &sites {
        let shots = art.join(theme);
        let mut pages: Vec<(String, PathBuf, Option<PrintSpec>)> = people
            .iter()
            .map(|p| {
                let print = PrintSpec {
                    paper: p.paper.clone(),
                    max_pages: MAX_PRINT_PAGES,
                    must_contain: p.name.clone(),
                    pdf: shots.join(format!("{}.pdf", p.slug)),
                };
                (
                    p.slug.clone(),
                    out.join(&p.slug).join("index.html"),
                    Some(print),
                )
            })
            .collect();
        pages.push(("index".into(), out.join("index.html"), None));
        pages.push(("404".into(), out.join("404.html"), None));
        for (page, file, print) in pages {
            let paper = print.as_ref().map(|p| p.paper.clone());
            let spec = PageSpec {
                file: file.clone(),
                site_dir: out.clone(),
                screenshots: Some((shots.clone(), page.clone())),
                print,
            };
            let outcome = checker.check(&spec);
            rows.push(Row {
                theme: theme.clone(),
                page,
                file,
                paper,
                vnu_errors: 0,
                outcome,
            });
        }
    }
    drop(checker);
    drop(browser);

    let browsed = started.elapsed().as_secs_f64() - built;
    let (vnu, vnu_secs) = vnu.join().expect("vnu thread");
    match vnu {
        Ok(by_file) => {
            for row in &mut rows {
                let errs = by_file.get(&row.file).cloned().unwrap_or_default();
                row.vnu_errors = errs.len();
                for e in errs {
                    row.outcome.failures.push(format!("vnu: {e}"));
                }
            }
        }
        Err(e) => failures.push(format!("the Nu HTML checker did not run: {e}")),
    }
    for row in &rows {
        for f in &row.outcome.failures {
            failures.push(format!(
                "{} / {} ({}): {f}",
                row.theme,
                row.page,
                row.file.display()
            ));
        }
    }

    let mut report = report_table(&rows, &failures[..build_failures]);
    report += &format!(
        "\n{} pages in {:.1} s: sites built in {built:.1} s, browser (launch, checks, close) \
         {browsed:.1} s, Nu HTML checker {vnu_secs:.1} s alongside.\n",
        rows.len(),
        started.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        report += &format!("\n## Problems\n\n- {}\n", failures.join("\n- "));
    }
    std::fs::write(art.join("report.md"), &report).unwrap();
    println!("{report}");
    println!("screenshots, PDFs and report.md are in {}", art.display());
    assert!(
        failures.is_empty(),
        "{} problems (report: {}):\n{}",
        failures.len(),
        art.join("report.md").display(),
        failures.join("\n")
    );
}

/// The table of themes × pages, and a line for each theme that did not build.
fn report_table(rows: &[Row], build_failures: &[String]) -> String {
    let mut s = String::from(
        "| theme | page | vnu errors | axe rules violated | PDF pages | paper (want → got) | words outside page | min print margin | problems | browser time |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
    );
    for r in rows {
        let pdf = r.outcome.pdf.as_ref();
        let dash = || "–".to_string();
        s += &format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1} s |\n",
            r.theme,
            r.page,
            r.vnu_errors,
            r.outcome.axe_rules,
            pdf.map_or_else(dash, |p| p.pages.to_string()),
            match (&r.paper, pdf) {
                (Some(want), Some(p)) => format!("{want} → {}", p.paper()),
                _ => dash(),
            },
            pdf.map_or_else(dash, |p| p.outside.len().to_string()),
            pdf.map_or_else(dash, |p| format!("{:.1} mm", p.min_margin_mm)),
            r.outcome.failures.len(),
            r.outcome.secs,
        );
    }
    for f in build_failures {
        let (theme, why) = f.split_once(": ").unwrap_or(("?", f));
        let why = why.trim_start_matches("the example site does not build: ");
        s += &format!(
            "| {theme} | **not built**: {} | | | | | | | 1 | |\n",
            why.replace('\n', " ")
        );
    }
    s
}

/// Each check passes on a page that is right, and catches the problem it is for on
/// pages that are wrong (`tests/fixtures/browser/`).
#[test]
fn checks_pass_on_a_good_page_and_catch_each_problem() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let fixtures = repo().join("tests/fixtures/browser");
    let tmp = tempfile::tempdir().unwrap();
    let page = |name: &str, max_pages| PageSpec {
        file: fixtures.join(name),
        site_dir: fixtures.clone(),
        screenshots: Some((tmp.path().to_path_buf(), name.into())),
        print: Some(PrintSpec {
            paper: "A4".into(),
            max_pages,
            must_contain: "Ada Fixture".into(),
            pdf: tmp.path().join(format!("{name}.pdf")),
        }),
    };

    let vnu = tools::vnu(&[fixtures.join("good.html"), fixtures.join("broken.html")]).unwrap();
    assert!(
        vnu[&fixtures.join("good.html")].is_empty(),
        "{:?}",
        vnu[&fixtures.join("good.html")]
    );
    let broken: Vec<String> = vnu[&fixtures.join("broken.html")]
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert!(
        broken.iter().any(|e| e.contains("Stray end tag")),
        "{broken:#?}"
    );
    assert!(broken.iter().any(|e| e.contains("“alt”")), "{broken:#?}");

    let mut browser = launch();
    let mut checker = PageChecker::new(&mut browser);

    let good = checker.check(&page("good.html", 1));
    assert!(good.failures.is_empty(), "{:#?}", good.failures);
    let pdf = good.pdf.as_ref().unwrap();
    assert_eq!((pdf.pages, pdf.paper().as_str()), (1, "A4"));
    assert!(
        pdf.outside.is_empty() && pdf.min_margin_mm > 10.0,
        "{pdf:?}"
    );
    assert_eq!(good.screenshots.len(), 3);

    let broken = checker.check(&page("broken.html", 1));
    let f = broken.failures.join("\n");
    println!("broken.html:\n{f}");
    for expected in [
        "axe image-alt (critical) at 1280 px light, 1280 px dark, 390 px light, 390 px dark",
        "`img`",
        "axe color-contrast",
        "overflow at 390 px",
        "div.wide",
        "print: 2 pages, expected 1 to 1",
        "print: paper is Letter",
        // Which of the cut-off words are named first depends on the browser's text
        // layout; that some are caught is what matters.
        "words shown on the page are not in the PDF (cut off at the page edge?): “",
        "print: not light",
        "no-JavaScript",
        "print: link targets not printed after the link text: https://example.test/portfolio (link text “portfolio”)",
        "print: the heading “Projects” is the last line of page 1",
        "network: request outside the site: http://127.0.0.1:9/",
        "network: file://",
        "missing.css failed to load",
    ] {
        assert!(f.contains(expected), "expected “{expected}” in:\n{f}");
    }

    let plain = checker.check(&page("plain.html", 1));
    let f = plain.failures.join("\n");
    println!("plain.html:\n{f}");
    for expected in [
        "dark mode: with prefers-color-scheme: dark",
        "viewport: on a 390 px phone",
        "print: text 0.0 mm from the paper's edge",
    ] {
        assert!(f.contains(expected), "expected “{expected}” in:\n{f}");
    }
}

/// Writes `themes/<theme>/screenshot.png` (where Zola themes keep theirs): the top of
/// a page in each theme (1024 px wide shrunk to 640 × 800), for the README gallery. Each shows the same example person, the one with the most to show.
/// `VITAE_GALLERY_DIR` writes elsewhere (to look before replacing the committed ones).
#[test]
#[ignore = "writes themes/*/screenshot.png; run when the themes change"]
fn gallery() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let work = tempfile::tempdir().unwrap();
    let dir = std::env::var_os("VITAE_GALLERY_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("themes"));
    let mut browser = launch();
    for theme in themes() {
        let (out, people) =
            build_example(&theme, work.path()).unwrap_or_else(|e| panic!("{theme}: {e}"));
        let size = |p: &&Person| {
            std::fs::metadata(out.join(&p.slug).join("resume.json")).map_or(0, |m| m.len())
        };
        let p = people.iter().max_by_key(size).expect("example people");
        let png = dir.join(&theme).join("screenshot.png");
        // A laptop-wide page, shrunk to 640 px: the layout people see on a desktop.
        browser.set_viewport(1024, 1280, false).unwrap();
        browser.emulate_media("screen", "light").unwrap();
        browser
            .navigate(&checks::file_url(&out.join(&p.slug).join("index.html")))
            .unwrap();
        browser
            .eval("document.fonts.ready.then(() => true)")
            .unwrap();
        browser
            .screenshot_clip(&png, 1024.0, 1280.0, 0.625)
            .unwrap();
        optimise_png(&png);
        let kb = std::fs::metadata(&png).unwrap().len() / 1024;
        println!("{} ({kb} KB): {} in {theme}", png.display(), p.name);
        assert!(
            kb <= 100,
            "{} is {kb} KB; keep gallery images under 100 KB",
            png.display()
        );
    }
}

/// Shrinks a PNG losslessly with `optipng` when it is installed (`.ci/deps.sh` installs it).
fn optimise_png(png: &Path) {
    let ok = std::process::Command::new("optipng")
        .args(["-quiet", "-o2", "-strip", "all"])
        .arg(png)
        .status();
    if !matches!(ok, Ok(s) if s.success()) {
        eprintln!(
            "optipng not available: {} left as Chromium wrote it",
            png.display()
        );
    }
}
