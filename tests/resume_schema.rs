//! Every published `resume.json` validates against the official JSON Resume schema:
//! the example site's people, every JSON Resume fixture under tests/fixtures built as a
//! site, and URLs as people write them (no scheme, an e-mail address in a URL field).
//!
//! The schema and the validators come from the npm registry (`@jsonresume/schema`,
//! `ajv`, `ajv-formats`, pinned in .ci/package-lock.json, installed by `.ci/deps.sh`)
//! and run under node: `tests/resume_schema/validate.js`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{stderr, TempSite};

const INSTALL: &str = "install the test tools with `bash .ci/deps.sh`";

/// Schema errors of each file, as `validate.js` reports them.
fn schema_errors(files: &[PathBuf]) -> Vec<(String, Vec<String>)> {
    assert!(!files.is_empty(), "no resume.json to validate");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = root.join(".ci/cache/node_modules");
    assert!(
        modules.join("@jsonresume/schema/schema.json").is_file(),
        "{} has no @jsonresume/schema: {INSTALL}",
        modules.display()
    );
    let out = Command::new("node")
        .arg(root.join("tests/resume_schema/validate.js"))
        .args(files)
        .env("NODE_PATH", &modules)
        .output()
        .unwrap_or_else(|e| panic!("node: {e}: {INSTALL}"));
    assert!(out.status.success(), "validate.js failed: {}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let results: Vec<(String, Vec<String>)> = text
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("validate.js line");
            let errors = v["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_str().unwrap().to_string())
                .collect();
            (v["file"].as_str().unwrap().to_string(), errors)
        })
        .collect();
    assert_eq!(results.len(), files.len(), "one result per file:\n{text}");
    results
}

/// Panics listing every file that fails the schema, with its errors.
fn assert_schema_valid(files: &[PathBuf]) {
    let failures: Vec<String> = schema_errors(files)
        .into_iter()
        .filter(|(_, errors)| !errors.is_empty())
        .map(|(file, errors)| format!("{file}:\n  {}", errors.join("\n  ")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} resume.json fail the JSON Resume schema:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// `<out>/<slug>/resume.json` of every slug.
fn published(out: &Path, slugs: &[String]) -> Vec<PathBuf> {
    slugs
        .iter()
        .map(|slug| {
            let p = out.join(slug).join("resume.json");
            assert!(p.is_file(), "{} was not written", p.display());
            p
        })
        .collect()
}

fn build(site_root: &Path, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(site_root)
        .arg("build")
        .arg("-o")
        .arg(out)
        .output()
        .expect("run vitae");
    assert!(o.status.success(), "build failed: {}", stderr(&o));
}

#[test]
fn the_checker_rejects_a_profile_url_without_a_scheme() {
    // The schema's `uri` format is what a scheme-less address breaks; this keeps the
    // other tests from passing on a checker that accepts anything.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"basics":{"name":"Noor Example","profiles":[{"network":"LinkedIn","url":"linkedin.com/in/noor"}]}}"#,
    )
    .unwrap();
    let good = dir.path().join("good.json");
    std::fs::write(
        &good,
        r#"{"basics":{"name":"Noor Example","profiles":[{"network":"LinkedIn","url":"https://linkedin.com/in/noor"}]}}"#,
    )
    .unwrap();
    let results = schema_errors(&[bad, good]);
    assert!(
        results[0].1.iter().any(|e| e.contains("profiles")),
        "{results:?}"
    );
    assert!(results[1].1.is_empty(), "{results:?}");
}

#[test]
fn every_example_person_publishes_a_valid_resume_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let slugs: Vec<String> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(slugs.len() >= 3, "example people: {slugs:?}");
    let out = tempfile::tempdir().unwrap();
    build(root, out.path());
    assert_schema_valid(&published(out.path(), &slugs));
}

#[test]
fn every_json_fixture_publishes_a_valid_resume_json() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let site = TempSite::empty();
    site.write("site.yaml", "title: Fixtures\n");
    let mut slugs = Vec::new();
    for entry in walkdir::WalkDir::new(&fixtures).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let rel = entry.path().strip_prefix(&fixtures).unwrap();
        let slug = rel
            .with_extension("")
            .to_string_lossy()
            .replace(['/', '\\', '_', '.'], "-")
            .to_lowercase();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        site.write(&format!("content/{slug}/resume.json"), &text);
        slugs.push(slug);
    }
    assert!(slugs.len() >= 20, "JSON fixtures found: {slugs:?}");
    let out = site.path("public");
    build(site.root(), &out);
    assert_schema_valid(&published(&out, &slugs));
}

#[test]
fn dates_as_people_write_them_are_published_valid() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: Dates\n");
    site.write(
        "content/noor/resume.json",
        r#"{"basics":{"name":"Noor Example"},
           "work":[{"name":"Acme","startDate":"Sep 2019","endDate":"Present"},
                   {"name":"Blue","startDate":"2016","endDate":"March 2018"}],
           "education":[{"institution":"Uni","startDate":"2012 – 2016","endDate":"2012 – 2016"}],
           "awards":[{"title":"Prize","date":"one sunny day"}]}"#,
    );
    let out = site.path("public");
    build(site.root(), &out);
    let file = out.join("noor/resume.json");
    assert_schema_valid(std::slice::from_ref(&file));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["work"][0]["startDate"], "2019-09");
    assert!(
        v["work"][0].get("endDate").is_none(),
        "ongoing: {}",
        v["work"][0]
    );
    assert_eq!(v["work"][1]["startDate"], "2016");
    assert_eq!(v["work"][1]["endDate"], "2018-03");
    assert_eq!(v["education"][0]["startDate"], "2012");
    assert_eq!(v["education"][0]["endDate"], "2016");
    assert!(v["awards"][0].get("date").is_none(), "{}", v["awards"][0]);
    // The page writes dates as the person did.
    let page = std::fs::read_to_string(out.join("noor/index.html")).unwrap();
    assert!(page.contains("one sunny day"), "the page keeps the text");
}

#[test]
fn urls_as_people_write_them_are_published_valid() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: Urls\n");
    site.write(
        "content/noor/resume.json",
        r#"{"basics":{"name":"Noor Example","url":"noor.example/cv",
            "email":"noor@example.test",
            "profiles":[{"network":"LinkedIn","url":"linkedin.com/in/noor-example"},
                        {"network":"GitHub","url":"//github.com/noor-example"},
                        {"network":"Mastodon","url":"@noor@social.example"},
                        {"network":"Email","url":"noor@example.test"},
                        {"network":"Web","url":"www.noor.example"}]},
           "work":[{"name":"Acme","url":"acme.example","startDate":"2020-01"}],
           "projects":[{"name":"Loom","url":"github.com/noor-example/loom"}]}"#,
    );
    let out = site.path("public");
    build(site.root(), &out);
    let file = out.join("noor/resume.json");
    assert_schema_valid(std::slice::from_ref(&file));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let profiles = &v["basics"]["profiles"];
    assert_eq!(v["basics"]["url"], "https://noor.example/cv");
    assert_eq!(profiles[0]["url"], "https://linkedin.com/in/noor-example");
    assert_eq!(profiles[1]["url"], "https://github.com/noor-example");
    assert_eq!(profiles[2]["url"], serde_json::Value::Null, "{profiles}");
    assert_eq!(profiles[2]["username"], "@noor@social.example");
    assert_eq!(profiles[3]["url"], "mailto:noor@example.test");
    assert_eq!(profiles[4]["url"], "https://www.noor.example");
    assert_eq!(v["work"][0]["url"], "https://acme.example");
    assert_eq!(
        v["projects"][0]["url"],
        "https://github.com/noor-example/loom"
    );
}
