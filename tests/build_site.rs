//! Building whole sites end to end: the example site and fixture sites, checked for
//! the output layout, valid resume.json, working relative links, no stale files, and
//! merged data reaching the page.

mod common;

use std::path::Path;

use common::{stderr, TempSite};
use vitae::model::Resume;

/// Every relative `href`/`src` in every HTML page of `out` points at a file that exists.
fn assert_links_resolve(out: &Path) {
    let attr = regex::Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry.unwrap();
        if entry.path().extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let dir = entry.path().parent().unwrap();
        for cap in attr.captures_iter(&html) {
            let link = cap[1].replace("&amp;", "&");
            if link.is_empty()
                || link.starts_with('#')
                || link.contains("://")
                || link.starts_with("mailto:")
                || link.starts_with("tel:")
                || link.starts_with("data:")
            {
                continue;
            }
            assert!(
                !link.starts_with('/'),
                "{}: absolute link {link} breaks under a sub-path",
                entry.path().display()
            );
            let target = link.split(['#', '?']).next().unwrap();
            let mut resolved = dir.join(target);
            if target.is_empty() || target.ends_with('/') {
                resolved = resolved.join("index.html");
            }
            assert!(
                resolved.exists(),
                "{}: broken link {link}",
                entry.path().display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no links checked");
}

#[test]
fn example_site_builds_with_every_person() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("public");
    let report =
        vitae::build::build_site(root, &out, &Default::default()).expect("example site builds");
    assert_eq!(report.people, 3);
    for slug in ["amara-chen", "marisol-okafor", "tobias-lindqvist"] {
        assert!(out.join(slug).join("index.html").is_file(), "{slug}");
        let json = std::fs::read_to_string(out.join(slug).join("resume.json")).unwrap();
        let _: Resume = serde_json::from_str(&json).expect("resume.json is JSON Resume");
    }
    assert!(
        out.join("amara-chen/photo.svg").is_file(),
        "assets are copied"
    );
    for f in ["index.html", "404.html", "sitemap.xml", "robots.txt"] {
        assert!(out.join(f).is_file(), "{f}");
    }
    assert!(std::fs::read_to_string(out.join("sitemap.xml"))
        .unwrap()
        .contains("https://example.org/team/amara-chen/"));
    assert_links_resolve(&out);
}

#[test]
fn one_person_site_puts_the_person_at_the_root() {
    let site = TempSite::empty();
    site.write(
        "content/solo/resume.json",
        r#"{"basics":{"name":"Solo Fixture"}}"#,
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let root = site.read("public/index.html");
    assert!(root.contains("Solo Fixture"));
    assert!(site.path("public/solo/index.html").is_file());
    assert!(
        root.contains("solo/resume.json"),
        "root page links the JSON under the slug"
    );
    assert_links_resolve(&site.path("public"));
}

#[test]
fn stale_files_do_not_survive_a_rebuild() {
    let site = TempSite::two_people();
    assert!(site.vitae(&["build"]).status.success());
    assert!(site.path("public/juno/index.html").is_file());
    std::fs::remove_dir_all(site.path("content/juno")).unwrap();
    site.write("public/by-hand.txt", "not vitae's");
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!site.path("public/juno").exists(), "removed person is gone");
    // Only what vitae wrote is vitae's to remove.
    assert_eq!(site.read("public/by-hand.txt"), "not vitae's");
}

#[test]
fn hidden_entries_and_hidden_contacts_stay_out_of_resume_json() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/overrides.yaml",
        "work:\n  - name: Acme Widgets\n    position: Intern\n    hidden: true\nprivacy:\n  web: {email: false}\n",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Resume = serde_json::from_str(&site.read("public/ines/resume.json")).unwrap();
    assert_eq!(r.work.len(), 1);
    assert_eq!(r.work[0].position.as_deref(), Some("Engineer"));
    assert_eq!(
        r.basics.email, None,
        "an e-mail hidden on the web is not published in resume.json"
    );
    // Shown in print (the default), so the address is in the page, but only inside the
    // print-only part: a screen never shows it.
    let page = site.read("public/ines/index.html");
    let at = page
        .find("ines@example.test")
        .expect("the e-mail is printed");
    let before = &page[..at];
    let opened = before
        .rfind("print-only")
        .expect("inside a print-only element");
    assert!(
        !before[opened..].contains("</li>"),
        "the e-mail sits in the print-only element, not after it"
    );

    // Hidden on the web and in print: not in the page at all.
    site.write(
        "content/ines/overrides.yaml",
        "privacy:\n  web: {email: false}\n  print: {email: false}\n",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!site
        .read("public/ines/index.html")
        .contains("ines@example.test"));
}

#[test]
fn static_folder_is_copied_verbatim() {
    let site = TempSite::two_people();
    site.write("static/CNAME", "cv.example.test\n");
    site.write("static/img/logo.svg", "<svg/>");
    assert!(site.vitae(&["build"]).status.success());
    assert_eq!(site.read("public/CNAME"), "cv.example.test\n");
    assert!(site.path("public/img/logo.svg").is_file());
}

#[test]
fn base_url_flag_overrides_site_yaml() {
    let site = TempSite::two_people();
    let out = site.vitae(&["build", "--base-url", "https://other.test/cv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site
        .read("public/sitemap.xml")
        .contains("https://other.test/cv/ines/"));
}

#[test]
fn init_creates_a_site_that_builds() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("new-site");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(["init", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(["--root", dir.to_str().unwrap(), "build"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("public/index.html").is_file());
}

fn vitae_cmd(args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn init_ci_github_writes_a_pages_workflow_whose_build_step_builds() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("new-site");
    let out = vitae_cmd(&[
        "init".as_ref(),
        dir.as_os_str(),
        "--ci".as_ref(),
        "github".as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("site.yaml").is_file(), "the site is created too");
    let text = std::fs::read_to_string(dir.join(".github/workflows/pages.yml")).unwrap();
    let wf: serde_yaml::Value = serde_yaml::from_str(&text).expect("the workflow is YAML");
    let steps = wf["jobs"]["build"]["steps"]
        .as_sequence()
        .expect("build steps");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.contains("cargo install --locked --git")),
        "{runs:?}"
    );
    let build = runs
        .iter()
        .find(|r| r.starts_with("vitae build"))
        .expect("a build step");
    // The build step as the runner would run it, with a project site's Pages address.
    let command = build.replace(
        "${{ steps.pages.outputs.base_url }}",
        "https://ada.github.io/cv",
    );
    let args: Vec<String> = command
        .split_whitespace()
        .skip(1)
        .map(|a| a.trim_matches('"').to_string())
        .collect();
    let mut full: Vec<&std::ffi::OsStr> = vec!["--root".as_ref(), dir.as_os_str()];
    full.extend(args.iter().map(std::ffi::OsStr::new));
    let out = vitae_cmd(&full);
    assert!(out.status.success(), "{command}: {}", stderr(&out));
    let sitemap = std::fs::read_to_string(dir.join("public/sitemap.xml")).unwrap();
    assert!(sitemap.contains("https://ada.github.io/cv/"), "{sitemap}");
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        })
        .expect("an upload step");
    assert!(dir
        .join(upload["with"]["path"].as_str().unwrap())
        .join("index.html")
        .is_file());

    // On an existing site only the workflow is written, and never over one.
    let site = TempSite::two_people();
    let out = site.vitae(&["init", site.root().to_str().unwrap(), "--ci", "github"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.path(".github/workflows/pages.yml").is_file());
    assert!(!site.path("content/me").exists(), "no sample person added");
    let out = site.vitae(&["init", site.root().to_str().unwrap(), "--ci", "github"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("already there"), "{}", stderr(&out));
}
