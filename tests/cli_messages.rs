//! What a newcomer reads, over the real binary: every argument of every command is
//! described in `--help`, `--root` is offered only where it is read, and error messages
//! give one position (never column 0), the real line of a duplicate key, the field a
//! JSON type error is in, words instead of Rust type names, an OS error once, and the
//! file and line that name a missing theme.

mod common;

use std::process::{Command, Output};

use common::{stderr, TempSite};

fn vitae(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vitae"))
        .args(args)
        .output()
        .expect("run vitae")
}

/// `vitae check` on `site`, which must fail; its stderr.
fn check_fails(site: &TempSite) -> String {
    let out = site.vitae(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "exit status; stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// The `file:line:col` positions in `text`.
fn positions(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\.(?:yaml|yml|json|md):\d+:\d+").unwrap();
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

const COMMANDS: [&str; 7] = ["build", "serve", "parse", "show", "check", "init", "schema"];

/// The entries (`<DIR>`, `-o, --output <DIR>` …) of a help text's "Arguments:" and
/// "Options:" lists, each with its description (on its line or the lines under it).
fn help_entries(help: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_list = false;
    for line in help.lines() {
        if line == "Arguments:" || line == "Options:" {
            in_list = true;
            continue;
        }
        if !line.starts_with(' ') && !line.is_empty() {
            in_list = false;
            continue;
        }
        if !in_list || line.trim().is_empty() {
            continue;
        }
        let body = line.trim_start();
        let indent = line.len() - body.len();
        // Entries are indented 2 (6 for a long option without a short one);
        // descriptions under them, 10.
        if indent <= 6 && (body.starts_with('<') || body.starts_with('-')) {
            let (name, desc) = match body.split_once("  ") {
                Some((n, d)) => (n.trim(), d.trim()),
                None => (body.trim(), ""),
            };
            out.push((name.to_string(), desc.to_string()));
        } else if let Some(last) = out.last_mut() {
            // A description under its entry (long help).
            last.1.push(' ');
            last.1.push_str(line.trim());
        }
    }
    out
}

#[test]
fn every_argument_of_every_command_is_described() {
    let mut undescribed = Vec::new();
    // Defaults and possible values alone (`[default: json]`) describe nothing.
    let brackets = regex::Regex::new(r"\[[^\]]*\]|Possible values:.*").unwrap();
    for cmd in COMMANDS {
        for flag in ["-h", "--help"] {
            let out = vitae(&[cmd, flag]);
            assert!(out.status.success(), "{cmd} {flag}");
            let help = String::from_utf8_lossy(&out.stdout).into_owned();
            let entries = help_entries(&help);
            assert!(!entries.is_empty(), "{cmd} {flag}: no entries in\n{help}");
            for (name, desc) in entries {
                if brackets.replace_all(&desc, "").trim().is_empty() {
                    undescribed.push(format!("vitae {cmd} {flag}: {name}"));
                }
            }
        }
    }
    assert!(undescribed.is_empty(), "{}", undescribed.join("\n"));
}

#[test]
fn root_is_offered_only_where_a_site_is_read() {
    for cmd in COMMANDS {
        let out = vitae(&[cmd, "--help"]);
        let help = String::from_utf8_lossy(&out.stdout);
        let reads_a_site = ["build", "serve", "show", "check"].contains(&cmd);
        assert_eq!(
            help.contains("--root"),
            reads_a_site,
            "vitae {cmd} --help:\n{help}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("s");
    let out = vitae(&["init", site.to_str().unwrap(), "--root", "elsewhere"]);
    assert!(!out.status.success(), "init takes no --root");
    assert!(stderr(&out).contains("--root"), "{}", stderr(&out));
    // Given before the command, as before, it still reaches the commands that read a site.
    let two = TempSite::two_people();
    assert!(two.vitae(&["check"]).status.success());
    let out = vitae(&["check", "--root", two.root().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn build_help_says_what_output_may_replace() {
    let out = vitae(&["build", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
    for words in ["missing, empty, or an earlier output of vitae", "refused"] {
        assert!(help.contains(words), "{words:?} in:\n{help}");
    }
}

#[test]
fn a_yaml_error_gives_its_position_once() {
    let site = TempSite::two_people();
    for (file, text) in [
        ("site.yaml", "title: T\n: bad\n"),
        ("site.yaml", "title: [T\n"),
        ("site.yaml", "title: T\npaper: B5\n"),
        ("content/ines/overrides.yaml", "basics:\n: bad\n"),
        (
            "content/ines/overrides.yaml",
            "basics:\n  label: [unclosed\n",
        ),
        (
            "content/ines/overrides.yaml",
            "basics:\n  label: \"unclosed\n",
        ),
    ] {
        let before = std::fs::read_to_string(site.path(file)).unwrap();
        site.write(file, text);
        let err = check_fails(&site);
        let first = err.lines().next().unwrap_or_default();
        assert_eq!(positions(first).len(), 1, "{file} {text:?}: {first}");
        assert!(
            !first.contains(" line ") && !first.contains(" column "),
            "{file} {text:?}: {first}"
        );
        site.write(file, &before);
    }
}

#[test]
fn a_duplicate_key_is_reported_at_its_line() {
    let site = TempSite::two_people();
    site.write("site.yaml", "title: T\ndescription: D\n\ntitle: U\n");
    let err = check_fails(&site);
    assert!(
        err.contains("site.yaml:4:1: `title` is given twice"),
        "{err}"
    );

    let site = TempSite::two_people();
    std::fs::remove_file(site.path("content/ines/resume.json")).unwrap();
    site.write(
        "content/ines/resume.yaml",
        "basics:\n  name: Inès\n  label: A\n  email: i@example.test\n  label: B\n",
    );
    let err = check_fails(&site);
    assert!(
        err.contains("resume.yaml:5:3: basics: `label` is given twice"),
        "{err}"
    );
}

#[test]
fn messages_say_what_was_expected_in_words() {
    let site = TempSite::two_people();
    let rust_words = [
        "struct",
        "invalid type",
        "sequence",
        "SiteConfig",
        "Manifest",
        "variant",
    ];
    let mut seen = Vec::new();
    // site.yaml that is a list; a site setting of the wrong kind.
    for text in ["- a\n- b\n", "title: [1, 2]\n", "title: T\npaper: B5\n"] {
        site.write("site.yaml", text);
        seen.push(check_fails(&site));
    }
    site.write("site.yaml", "title: T\ntheme: mine\n");
    site.write("themes/mine/theme.yaml", "- name\n");
    seen.push(check_fails(&site));
    site.write("site.yaml", "title: T\n");
    std::fs::remove_dir_all(site.path("themes")).unwrap();
    // A résumé entry of the wrong kind.
    site.write(
        "content/ines/resume.json",
        "{\"basics\": {\"name\": \"Inès\"},\n \"work\": [1]}\n",
    );
    seen.push(check_fails(&site));
    for err in &seen {
        for w in rust_words {
            assert!(!err.contains(w), "{w:?} in:\n{err}");
        }
        assert!(err.contains("expected"), "{err}");
    }
    assert!(seen[0].contains("site.yaml:1:1: expected"), "{}", seen[0]);
    assert!(
        seen[1].contains("title: expected text, found a list"),
        "{}",
        seen[1]
    );
    assert!(seen[4].contains("work[0]: expected"), "{}", seen[4]);
}

#[test]
fn no_position_has_column_zero() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/resume.json",
        "{\"basics\": {\"name\": \"Inès\"},\n",
    );
    let err = check_fails(&site);
    let zero = regex::Regex::new(r":\d+:0\b").unwrap();
    assert!(!zero.is_match(&err), "{err}");
    assert!(err.contains("resume.json:1:"), "{err}");
}

#[test]
fn a_json_type_error_names_the_field() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/resume.json",
        "{\"basics\": {\"name\": \"Inès\"},\n \"work\": [{\"name\": \"Acme\"}, {\"name\": \"B\",\n   \"startDate\": [\"2020\"]}]}\n",
    );
    let err = check_fails(&site);
    assert!(
        err.contains("resume.json:3:")
            && err.contains("work[1].startDate: expected text, found a list"),
        "{err}"
    );
    // The same through `vitae parse`.
    let out = vitae(&[
        "parse",
        site.path("content/ines/resume.json").to_str().unwrap(),
    ]);
    assert!(
        stderr(&out).contains("work[1].startDate: expected text, found a list"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_os_error_is_said_once() {
    let site = TempSite::two_people();
    // A public address no machine running the tests has.
    let out = site.vitae(&["serve", "--bind", "8.8.8.8", "--port", "0"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot listen on 8.8.8.8"), "{err}");
    assert_eq!(err.matches("os error").count(), 1, "{err}");
}

#[test]
fn a_missing_theme_names_the_file_and_line_that_ask_for_it() {
    let site = TempSite::two_people();
    site.write("site.yaml", "title: T\n\ntheme: nosuch\n");
    let err = check_fails(&site);
    assert!(
        err.contains("site.yaml:3:8: theme `nosuch` not found"),
        "{err}"
    );
    for theme in ["classic", "modern", "academic"] {
        assert!(err.contains(theme), "{theme} listed in:\n{err}");
    }

    site.write("site.yaml", "title: T\n");
    site.write(
        "content/juno/overrides.yaml",
        "basics:\n  label: Analyst\ntheme: modrn\n",
    );
    let err = check_fails(&site);
    assert!(
        err.contains("content/juno/overrides.yaml:3:8: theme `modrn` not found"),
        "{err}"
    );
    assert!(err.contains("did you mean `modern`?"), "{err}");
}
