//! Tests of `lines`.

use super::*;

#[test]
fn plain_strips_inline_markdown() {
    assert_eq!(plain("**Kestrel**"), "Kestrel");
    assert_eq!(plain("*Gothenburg, Sweden*"), "Gothenburg, Sweden");
    assert_eq!(plain("[site](https://a.dev) and `code`"), "site and code");
    assert_eq!(plain("Linux, *BSD"), "Linux, *BSD");
    assert_eq!(
        plain("_06/2018 - 02/2022_ · Oslo"),
        "06/2018 - 02/2022 · Oslo"
    );
    assert_eq!(
        plain("uses snake_case and my_var_name"),
        "uses snake_case and my_var_name"
    );
    assert_eq!(plain("C, C++"), "C, C++");
}

#[test]
fn separators_and_lists() {
    assert_eq!(
        segments("Acme Ltd • Lisbon, Portugal"),
        ["Acme Ltd", "Lisbon, Portugal"]
    );
    assert_eq!(segments("A | B – C"), ["A", "B", "C"]);
    assert_eq!(segments("Wilkes–Barre, PA"), ["Wilkes–Barre, PA"]);
    assert_eq!(
        list_items("Web (React, Vue), Cloud(RPC), SQL."),
        ["Web (React, Vue)", "Cloud(RPC)", "SQL"]
    );
    assert_eq!(list_items("Go = C/C++ > Python"), ["Go", "C/C++", "Python"]);
    assert!(is_tech_list(
        "Terraform, Ansible, Go, Prometheus, Event Bus"
    ));
    assert!(is_tech_list("Rust, PostgreSQL, Debezium"));
    assert!(!is_tech_list(
        "Led the team, shipped the app, and grew revenue."
    ));
    assert!(!is_tech_list("Designed, built, and shipped it"));
}

#[test]
fn links_and_durations() {
    assert_eq!(
        urls("see [site](https://nadia.dev) · github.com/nf"),
        ["https://nadia.dev", "github.com/nf"]
    );
    assert!(urls("nadia@example.com").is_empty());
    assert_eq!(
        strip_links("Orbit - Course Project - [Link]").trim(),
        "Orbit - Course Project -"
    );
    assert!(is_duration_line("3 years 2 months"));
    assert_eq!(
        strip_durations("Jan 2019 - Present (5 years 1 month)").trim(),
        "Jan 2019 - Present"
    );
}

#[test]
fn a_sentence_leading_into_a_list_is_prose() {
    let line = |t: &str| Line {
        text: t.to_string(),
        ..Line::default()
    };
    assert!(is_prose(&line(
        "The harbour survey covered the following areas:"
    )));
    assert!(is_prose(&line(
        "These tools were written for the port authority,"
    )));
    // A header with a trailing comma is no sentence.
    assert!(!is_prose(&line("Senior Surveyor, Kelda Port Authority,")));
}
