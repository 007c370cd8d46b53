//! A bounded random run over whole site trees, as a careless user or an attacker would
//! make them: symlinks from every folder vitae reads (`content/`, `static/`,
//! `templates/`, `themes/`) to files and folders outside the site, inside it, broken
//! or looping; SVGs with and without script; private data (hidden contacts, hidden
//! entries, `meta` and `x-…` keys, drafts, files that are no assets); and builds run
//! alone, two at once, or killed mid-way. Each round ends with: no file outside the
//! output touched (in the site or outside it), the output old or new, no script in
//! any page or published image, nothing private published, and every link not
//! followed said on a warning line.
//!
//! The seed is printed; set `VITAE_HOSTILE_SEED` to replay a run.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::hostile::{sources, Rng};
use common::TempSite;

/// Markers of what must never be published.
const OUTSIDE: &str = "OUTSIDE-SECRET";
const PRIVATE: &str = "PRIVATE-";

/// Where links are made, and whether a link there to outside the site is said by name
/// (`content/zed` and `themes/borrowed` are folders; the others files or folders).
const SPOTS: &[&str] = &[
    "content/ines/cv.pdf",
    "content/ines/photo.png",
    "content/ines/logo.svg",
    "content/zed",
    "static/leak.txt",
    "static/sub",
    "templates/person.html",
    "templates/partials",
    "themes/borrowed",
];

/// Every file under `dir` (links not followed) with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

/// A folder outside the site holding secrets of every kind a link could reach.
fn outside() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: String| {
        let p = d.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("secret.txt", format!("{OUTSIDE} notes"));
    write("taxes.pdf", format!("%PDF-1.4 {OUTSIDE}"));
    write(
        "dir/person.html",
        format!("{OUTSIDE} {{{{ person.name }}}}"),
    );
    write("dir/nested/more.css", format!("/* {OUTSIDE} */"));
    write(
        "person/resume.md",
        format!("# {OUTSIDE} Person\n\nx@example.test\n"),
    );
    write(
        "theme/theme.yaml",
        format!("description: {OUTSIDE}\nextends: classic\n"),
    );
    d
}

/// A site whose private data is all kept private by its settings.
fn private_site(generation: u64) -> TempSite {
    let site = TempSite::two_people();
    site.write("site.yaml", &format!("title: Gen {generation}\n"));
    site.write(
        "content/ines/resume.json",
        &format!(
            r#"{{"basics":{{"name":"Inès Fixture","phone":"+1 555 {PRIVATE}PHONE"}},
               "work":[{{"name":"Acme Widgets","position":"Engineer","startDate":"2020-01"}},
                       {{"name":"{PRIVATE}EMPLOYER","position":"Consultant","startDate":"2018-01"}}]}}"#
        ),
    );
    site.write(
        "content/ines/overrides.yaml",
        &format!(
            "x-note: {PRIVATE}NOTE\nmeta:\n  salary: {PRIVATE}META\nwork:\n  - name: {PRIVATE}EMPLOYER\n    hidden: true\nprivacy: {{ web: {{ phone: false }}, print: {{ phone: false }} }}\n"
        ),
    );
    site.write("content/ines/notes.txt", &format!("{PRIVATE}DRAFT notes"));
    site.write("content/_drafts/resume.md", &format!("# {PRIVATE}DRAFT\n"));
    site.write("shared/logo.png", "PNG inside the site");
    site
}

fn target(rng: &mut Rng, out: &Path, site: &Path) -> (PathBuf, bool) {
    let inside = |rel: &str| (site.join(rel), false);
    let away = |rel: &str| (out.join(rel), true);
    match rng.below(11) {
        0 => away("secret.txt"),
        1 => away("taxes.pdf"),
        2 => away("dir"),
        3 => away("person"),
        4 => away("theme"),
        5 => (PathBuf::from("missing-target"), true),
        6 => (PathBuf::from("."), false),
        // The site's root or the folder of the link: everything, overrides and all.
        7 => (PathBuf::from(".."), false),
        8 => inside("shared/logo.png"),
        // People's own files, overrides and all: never copied as they are.
        9 => inside("content"),
        _ => inside("content/juno/resume.md"),
    }
}

fn vitae(site: &TempSite) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vitae"));
    c.arg("--root").arg(site.root()).arg("build");
    c.stdout(Stdio::null()).stderr(Stdio::piped());
    c
}

/// Runs the round's builds: one, two at once, or one killed and one after it. The
/// outputs of the builds that ran to the end.
fn builds(site: &TempSite, rng: &mut Rng) -> Vec<Output> {
    match rng.below(3) {
        0 => vec![vitae(site).output().unwrap()],
        1 => {
            let a = vitae(site).spawn().unwrap();
            let b = vitae(site).spawn().unwrap();
            vec![a.wait_with_output().unwrap(), b.wait_with_output().unwrap()]
        }
        _ => {
            let mut killed = vitae(site).stderr(Stdio::null()).spawn().unwrap();
            std::thread::sleep(Duration::from_millis(rng.below(150)));
            let _ = killed.kill();
            killed.wait().unwrap();
            vec![vitae(site).output().unwrap()]
        }
    }
}

/// Nothing private, nothing from outside, no script, no link, in the whole output.
fn assert_clean_output(public: &Path, round: u64) {
    let script_tag = regex::Regex::new(r"(?i)<script[^>]*>").unwrap();
    let script_link = regex::Regex::new(r#"(?i)(?:href|src)="\s*javascript:"#).unwrap();
    for e in walkdir::WalkDir::new(public)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = e.path().display().to_string();
        assert!(
            !e.path_is_symlink(),
            "round {round}: a link in the output: {path}"
        );
        if !e.file_type().is_file() {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned();
        assert!(
            !text.contains(OUTSIDE),
            "round {round}: {path} holds a file from outside"
        );
        assert!(
            !text.contains(PRIVATE),
            "round {round}: {path} holds private data"
        );
        let ext = e.path().extension().and_then(|x| x.to_str()).unwrap_or("");
        if ext == "html" || ext == "svg" {
            for tag in script_tag.find_iter(&text) {
                assert!(
                    ext == "html" && tag.as_str().contains("application/ld+json"),
                    "round {round}: {path} has {}",
                    tag.as_str()
                );
            }
            assert!(
                !script_link.is_match(&text),
                "round {round}: {path} links a script"
            );
        }
    }
}

#[test]
fn random_site_trees_never_publish_private_or_outside_data() {
    let mut rng = Rng::new();
    for round in 1..=10u64 {
        let out = outside();
        let site = private_site(0);
        let first = vitae(&site).output().unwrap();
        assert!(
            first.status.success(),
            "{}",
            String::from_utf8_lossy(&first.stderr)
        );

        let mut links = Vec::new();
        for _ in 0..1 + rng.below(4) {
            let spot = SPOTS[rng.below(SPOTS.len() as u64) as usize];
            let (to, said) = target(&mut rng, out.path(), site.root());
            let at = site.path(spot);
            std::fs::create_dir_all(at.parent().unwrap()).unwrap();
            if symlink(&to, &at).is_ok() {
                links.push((spot, said));
            }
        }
        let hostile_svg = rng.below(4) == 0;
        if hostile_svg {
            site.write(
                "content/juno/badge.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"java&#x09;script:alert(1)\"><rect/></a></svg>",
            );
        }
        if rng.below(5) == 0 {
            site.write(
                "site.yaml",
                &format!("title: Gen {round}\ntheme: borrowed\n"),
            );
        } else {
            site.write("site.yaml", &format!("title: Gen {round}\n"));
        }
        let before_site = sources(site.root());
        let before_outside = snapshot(out.path());
        let before_output = std::fs::read(site.path("public/index.html")).unwrap();

        let runs = builds(&site, &mut rng);
        let what = format!("round {round}: links {links:?}, hostile svg {hostile_svg}");
        for run in &runs {
            let log = String::from_utf8_lossy(&run.stderr);
            assert!(!log.contains("panicked"), "{what}: {log}");
            assert!(matches!(run.status.code(), Some(0 | 1)), "{what}: {log}");
            if run.status.success() {
                for (spot, said) in &links {
                    // A link to a folder out of the site may be said at the folder.
                    if *said {
                        let folder = spot.rsplit_once('/').map_or(*spot, |(f, _)| f);
                        assert!(
                            log.lines().any(|l| l.starts_with("warning: ")
                                && (l.contains(spot) || l.contains(&format!("{folder} →")))),
                            "{what}: the link {spot} is not said:\n{log}"
                        );
                    }
                }
            } else {
                assert!(log.contains("error: "), "{what}: {log}");
            }
        }
        assert_eq!(
            sources(site.root()),
            before_site,
            "{what}: a site file changed"
        );
        assert_eq!(
            snapshot(out.path()),
            before_outside,
            "{what}: a file outside changed"
        );

        let public = site.path("public");
        let page = std::fs::read_to_string(public.join("index.html")).unwrap();
        let built = runs.last().unwrap().status.success();
        if built {
            assert!(
                page.contains(&format!("Gen {round}")),
                "{what}: not the new output"
            );
        } else {
            assert_eq!(
                page.as_bytes(),
                before_output,
                "{what}: a failed build changed the output"
            );
        }
        assert_clean_output(&public, round);
    }
}
