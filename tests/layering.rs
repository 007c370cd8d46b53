//! The pipeline's layering, checked by reading the imports of each module's source:
//! read → model → merge → render → build/serve, with `site` (a site on disk) below the
//! build and beside the reader. A `use crate::…` (or a `crate::…` path) that crosses a
//! layer the wrong way fails here, naming the file and line, before it becomes a cycle.

use std::path::Path;

/// Each module, and the modules of ours it must never name.
const FORBIDDEN: &[(&str, &[&str])] = &[
    // The reader knows the data model and errors only.
    (
        "parse",
        &[
            "merge", "render", "build", "serve", "site", "schema", "keyed", "init",
        ],
    ),
    // The model describes data; it depends on nothing of ours but errors.
    (
        "model",
        &[
            "parse", "merge", "render", "build", "serve", "site", "schema", "keyed", "init",
        ],
    ),
    (
        "error",
        &[
            "parse", "model", "merge", "render", "build", "serve", "site", "schema", "keyed",
            "init",
        ],
    ),
    (
        "keyed",
        &[
            "parse", "merge", "render", "build", "serve", "site", "schema", "init",
        ],
    ),
    // A site on disk: names and settings, no reader, no merge.
    (
        "site",
        &[
            "parse", "merge", "render", "build", "serve", "schema", "init",
        ],
    ),
    (
        "merge",
        &["site", "render", "build", "serve", "schema", "init"],
    ),
    (
        "render",
        &["parse", "merge", "build", "serve", "schema", "init"],
    ),
    ("build", &["serve", "init"]),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules of ours a line names: `crate::x` paths, outside comments.
fn named(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &code[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn each_layer_imports_only_what_is_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for (module, forbidden) in FORBIDDEN {
        let mut files = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        }
        let single = src.join(format!("{module}.rs"));
        if single.is_file() {
            files.push(single);
        }
        assert!(!files.is_empty(), "no source for module `{module}`");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                for name in named(line) {
                    if forbidden.contains(&name) {
                        wrong.push(format!(
                            "{}:{}: `{module}` names `crate::{name}`",
                            file.strip_prefix(&src).unwrap().display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports across layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_sees_a_crossing() {
    assert_eq!(named("use crate::merge::{Overrides, X};"), ["merge"]);
    assert_eq!(
        named("    let x = crate::parse::read(p); // crate::site"),
        ["parse"]
    );
    assert!(named("//! see crate::site").is_empty());
}
