//! The editor schemas over the real binary: `vitae schema NAME` prints schemas that
//! compile in ajv's strict mode; the example site's settings files, the built-in
//! themes' theme.yaml, README's overrides example and what `vitae init` writes all
//! validate; a typo is flagged by the schema and by `vitae check` alike.
//!
//! ajv comes from the npm registry (pinned in .ci/package-lock.json, installed by
//! `.ci/deps.sh`) and runs under node: `tests/editor_schemas/validate.js`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{stderr, TempSite};

const INSTALL: &str = "install the test tools with `bash .ci/deps.sh`";
const NAMES: [&str; 3] = ["site", "overrides", "theme"];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `vitae schema NAME`'s output.
fn schema_text(name: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(["schema", name])
        .output()
        .expect("run vitae");
    assert!(
        out.status.success(),
        "vitae schema {name}: {}",
        stderr(&out)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Each YAML file as a JSON file in `dir` (numbered, in order).
fn as_json(dir: &Path, yaml_files: &[PathBuf]) -> Vec<PathBuf> {
    yaml_files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let text =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            yaml_text_as_json(dir, &format!("{i}"), &text)
        })
        .collect()
}

fn yaml_text_as_json(dir: &Path, name: &str, yaml: &str) -> PathBuf {
    let value: serde_json::Value = serde_yaml::from_str(yaml).expect("YAML");
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
    path
}

/// ajv's errors for each file against the schema `name`.
fn schema_errors(name: &str, files: &[PathBuf]) -> Vec<Vec<String>> {
    let modules = repo().join(".ci/cache/node_modules");
    assert!(
        modules.join("ajv/package.json").is_file(),
        "{} has no ajv: {INSTALL}",
        modules.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join(format!("{name}.schema.json"));
    std::fs::write(&schema, schema_text(name)).unwrap();
    let out = Command::new("node")
        .arg(repo().join("tests/editor_schemas/validate.js"))
        .arg(&schema)
        .args(files)
        .env("NODE_PATH", &modules)
        .output()
        .unwrap_or_else(|e| panic!("node: {e}: {INSTALL}"));
    assert!(
        out.status.success(),
        "schema `{name}` does not compile: {}",
        stderr(&out)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let results: Vec<Vec<String>> = text
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            v["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    assert_eq!(results.len(), files.len(), "{text}");
    results
}

fn assert_valid(name: &str, yaml_files: &[PathBuf]) {
    assert!(!yaml_files.is_empty(), "no {name} files");
    let dir = tempfile::tempdir().unwrap();
    let json = as_json(dir.path(), yaml_files);
    for (file, errors) in yaml_files.iter().zip(schema_errors(name, &json)) {
        assert!(
            errors.is_empty(),
            "{} fails the {name} schema: {errors:?}",
            file.display()
        );
    }
}

fn files_named(dir: &Path, file_name: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()) == Some(file_name))
        .collect();
    out.sort();
    out
}

#[test]
fn the_example_site_and_built_in_themes_validate() {
    assert_valid("site", &[repo().join("site.yaml")]);
    let overrides = files_named(&repo().join("content"), "overrides.yaml");
    assert!(overrides.len() >= 3, "{overrides:?}");
    assert_valid("overrides", &overrides);
    let themes = files_named(&repo().join("themes"), "theme.yaml");
    assert!(themes.len() >= 3, "{themes:?}");
    assert_valid("theme", &themes);
}

#[test]
fn readme_overrides_example_validates() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let section = readme
        .split("\n## Overrides")
        .nth(1)
        .expect("Overrides section");
    let block = section
        .split("```yaml\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("a yaml block");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("overrides.yaml");
    std::fs::write(&file, block).unwrap();
    assert_valid("overrides", &[file]);
}

#[test]
fn a_typo_is_flagged_by_the_schema_and_by_vitae() {
    let cases = [
        ("site", "site.yaml", "title: T\nthme: modern\n"),
        ("site", "site.yaml", "privacy:\n  web: { emial: false }\n"),
        ("site", "site.yaml", "paper: A5\n"),
        (
            "overrides",
            "content/ines/overrides.yaml",
            "basics:\n  lable: Engineer\n",
        ),
        (
            "overrides",
            "content/ines/overrides.yaml",
            "work:\n  - name: Acme Widgets\n    position: Engineer\n    hilights: [x]\n",
        ),
        (
            "overrides",
            "content/ines/overrides.yaml",
            "order: [wrok]\n",
        ),
        (
            "overrides",
            "content/ines/overrides.yaml",
            "privacy: { print: { phone: maybe } }\n",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (name, rel, yaml)) in cases.iter().enumerate() {
        let json = yaml_text_as_json(dir.path(), &format!("case{i}"), yaml);
        let errors = &schema_errors(name, &[json])[0];
        assert!(!errors.is_empty(), "the {name} schema accepts {yaml:?}");
        let site = TempSite::two_people();
        site.write(rel, yaml);
        let out = site.vitae(&["check"]);
        assert!(!out.status.success(), "vitae check accepts {rel}: {yaml:?}");
    }
}

#[test]
fn init_writes_the_schemas_and_points_its_files_at_them() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("init")
        .arg(&site)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for name in NAMES {
        let local = site.join(format!(".vitae/schema/{name}.schema.json"));
        let text = std::fs::read_to_string(&local).unwrap();
        assert_eq!(text, schema_text(name), "{}", local.display());
    }
    for (name, rel) in [
        ("site", "site.yaml"),
        ("overrides", "content/me/overrides.yaml"),
    ] {
        let path = site.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().next().unwrap();
        let target = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{rel} starts with {first:?}"));
        let schema = path.parent().unwrap().join(target);
        assert!(
            schema.ends_with(format!("{name}.schema.json")) && schema.is_file(),
            "{rel} points at {}",
            schema.display()
        );
        assert_valid(name, &[path]);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(&site)
        .arg("check")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}
