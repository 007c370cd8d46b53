//! Unit tests of serde_words: messages, positions and paths.

use std::path::Path;

use super::locate::json_path_at;
use super::*;

fn yaml<T: serde::de::DeserializeOwned>(text: &str) -> String {
    let e = serde_yaml::from_str::<T>(text).err().expect("an error");
    yaml_error(Path::new("f.yaml"), text, &e).to_string()
}

fn json<T: serde::de::DeserializeOwned>(text: &str) -> String {
    let e = serde_json::from_str::<T>(text).err().expect("an error");
    json_error(Path::new("f.json"), text, &e).to_string()
}

#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Entry {
    name: Option<String>,
    start: Option<String>,
}

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Doc {
    title: Option<String>,
    work: Option<Vec<Entry>>,
    basics: Option<Entry>,
}

#[test]
fn kinds_in_words() {
    assert_eq!(
        words("title: invalid type: sequence, expected a string"),
        "title: expected text, found a list"
    );
    assert_eq!(
        words("invalid type: integer `1`, expected struct Work"),
        "expected a map of keys, found the number 1"
    );
    assert_eq!(
        words("invalid type: sequence, expected struct SiteConfig"),
        "expected the settings of site.yaml (key: value lines), found a list"
    );
    assert_eq!(
        words("paper: unknown variant `B5`, expected `A4` or `Letter`"),
        "paper: unknown value `B5`, expected `A4` or `Letter`"
    );
    assert_eq!(
        words("did not find expected key"),
        "did not find expected key"
    );
}

#[test]
fn yaml_position_once_and_duplicates_at_their_line() {
    let e = yaml::<Doc>("title: a\nbasics:\n  name: x\n\ntitle: b\n");
    assert_eq!(e, "f.yaml:5:1: `title` is given twice");
    let e = yaml::<Doc>("basics:\n  name: x\n  # note\n  start: y\n  name: z\n");
    assert_eq!(e, "f.yaml:5:3: basics: `name` is given twice");
    let e = yaml::<Doc>("work:\n  - name: x\n    start: y\n    name: z\n");
    assert_eq!(e, "f.yaml:4:5: work[0]: `name` is given twice");
    let e = yaml::<Doc>("title: a\n: b\n");
    assert_eq!(e.matches(':').count(), 4, "{e}");
    assert_eq!(e, "f.yaml:2:1: invalid YAML: did not find expected key");
    let e = yaml::<Doc>("title: [a\n");
    assert_eq!(
        e,
        "f.yaml:2:1: invalid YAML: did not find expected ',' or ']' in a [ … ] list"
    );
    let e = yaml::<Doc>("basics:\n\tname: x\n");
    assert!(
        e.ends_with("(a tab: YAML indents with spaces only)") && e.matches(" line ").count() == 0,
        "{e}"
    );
}

#[test]
fn json_type_errors_name_the_field() {
    let text = "{\"title\": \"t\",\n \"work\": [{\"name\": \"a\"}, {\"name\": \"b\", \"start\": [\"x\"]}]}";
    assert_eq!(
        json::<Doc>(text),
        "f.json:2:48: work[1].start: expected text, found a list"
    );
    assert_eq!(
        json::<Doc>("{\"work\": [1]}"),
        "f.json:1:11: work[0]: expected a map of keys, found the number 1"
    );
    assert_eq!(
        json::<Doc>("{\"basics\": {\"name\": {\"a\": [1, 2]}}}"),
        "f.json:1:20: basics.name: expected text, found a map"
    );
    assert_eq!(
        json::<Doc>("{\"work\": [{\"name\": \"a\"}, [\"b\"]]}"),
        "f.json:1:30: work[1]: expected a map of keys, found a list"
    );
    assert_eq!(
        json::<Doc>("[1]"),
        "f.json:1:1: not JSON Resume: expected an object (`{\"basics\": …}`), found a list"
    );
}

#[test]
fn json_end_of_file_is_never_column_zero() {
    assert_eq!(
        json::<Doc>("{\"title\": \"t\",\n\n"),
        "f.json:1:15: invalid JSON: the file ends before a value is complete"
    );
    assert_eq!(
        json::<Doc>("{\"work\": [\n"),
        "f.json:1:11: invalid JSON: the file ends before a `[` is closed with `]`"
    );
}

#[test]
fn paths_skip_strings_with_brackets_and_escapes() {
    let text = r#"{"a": "x]\"}", "b": [{"c": "{"}, {"d": 1}]}"#;
    let col = text.find("1}").unwrap() + 1;
    assert_eq!(json_path_at(text, 1, col), "b[1].d");
}
