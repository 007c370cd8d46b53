//! Tests of `skills`.

use super::*;
use crate::parse::text::normalise::Document;

/// The skill groups and spoken languages read from `text` as one skills section.
fn read_all(text: &str) -> (Vec<Skill>, Vec<Language>) {
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let (mut out, mut langs) = (Vec::new(), Vec::new());
    skills(
        &doc.lines,
        &idxs,
        &mut out,
        &mut langs,
        &mut Recorder::new(doc.source.len()),
    );
    (out, langs)
}

fn read(text: &str) -> Vec<(String, Vec<String>)> {
    read_all(text)
        .0
        .into_iter()
        .map(|s| (s.name.unwrap_or_default(), s.keywords))
        .collect()
}

#[test]
fn a_label_over_a_level_is_the_skill() {
    let s = read("Excel: Advanced\nData Visualisation: Expert\nTools: Git, Make");
    assert_eq!(
        s[0],
        (
            "Skills".to_string(),
            vec!["Excel".into(), "Data Visualisation".into()]
        )
    );
    assert_eq!(s[1].0, "Tools");
}

#[test]
fn labelled_and_unlabelled() {
    let s = read(
        "- Coding: Kotlin, Swift, Rust\n- **Clinical:** Triage; IV therapy\nKnife skills, Butchery",
    );
    assert_eq!(
        s[0],
        (
            "Coding".to_string(),
            vec!["Kotlin".into(), "Swift".into(), "Rust".into()]
        )
    );
    assert_eq!(s[1].0, "Clinical");
    assert_eq!(s[1].1, ["Triage", "IV therapy"]);
    assert_eq!(
        s[2],
        (
            "Skills".to_string(),
            vec!["Knife skills".into(), "Butchery".into()]
        )
    );
}

#[test]
fn a_row_that_filled_its_line_wraps() {
    let s = read("Languages: Rust, Go, Python, TypeScript, Kotlin, Swift, Haskell, Tidal\nScript, Elm\nTools: Git, Docker\nSurveying, Charts");
    assert_eq!(
        s[0].1,
        [
            "Rust",
            "Go",
            "Python",
            "TypeScript",
            "Kotlin",
            "Swift",
            "Haskell",
            "Tidal Script",
            "Elm"
        ]
    );
    // A short row didn't wrap: the list below it is a list of its own.
    assert_eq!(s[1].1, ["Git", "Docker"]);
    assert_eq!(
        s[2],
        (
            "Skills".to_string(),
            vec!["Surveying".into(), "Charts".into()]
        )
    );
}
#[test]
fn dash_labels() {
    let s = read("Kitchen — Sauces · Butchery · Pastry\nSoftware – Toast POS, MarketMan");
    assert_eq!(s[0].0, "Kitchen");
    assert_eq!(s[0].1, ["Sauces", "Butchery", "Pastry"]);
    assert_eq!(s[1].0, "Software");
}

#[test]
fn label_on_its_own_line() {
    let s = read("Frameworks\n- React\n- Django\nTools\nGit, Docker");
    assert_eq!(
        s[0],
        (
            "Frameworks".to_string(),
            vec!["React".into(), "Django".into()]
        )
    );
    assert_eq!(
        s[1],
        ("Tools".to_string(), vec!["Git".into(), "Docker".into()])
    );
}

#[test]
fn one_per_line_without_labels() {
    let s = read("Patient Care\nIntensive Care\nPhlebotomy");
    assert_eq!(
        s,
        [(
            "Skills".to_string(),
            vec![
                "Patient Care".into(),
                "Intensive Care".into(),
                "Phlebotomy".into()
            ]
        )]
    );
}

#[test]
fn a_labelled_list_under_a_label_is_a_group_of_its_own() {
    let s = read(
        "Libraries\n  - Tide models (in-house)\n  - Python: numpy, pandas\n  - R: tidyr, ggplot2",
    );
    assert_eq!(
        s[0],
        (
            "Libraries".to_string(),
            vec!["Tide models (in-house)".into()]
        )
    );
    assert_eq!(
        s[1],
        ("Python".to_string(), vec!["numpy".into(), "pandas".into()])
    );
    assert_eq!(s[2].0, "R");
}

#[test]
fn bold_heads_name_their_groups_across_blank_lines() {
    let s = read(
        "**Frameworks**\nAxum    Tokio\n\nLeptos\n**Stores**\n\nSledge\nKelda DB\nHarbour Cache, Tide\n## Design\nFigma",
    );
    assert_eq!(
        s[0],
        (
            "Frameworks".into(),
            vec!["Axum".into(), "Tokio".into(), "Leptos".into()]
        )
    );
    // An unmarked line over a list is an item when the section marks its heads.
    assert_eq!(s[1].0, "Stores");
    assert_eq!(s[1].1, ["Sledge", "Kelda DB", "Harbour Cache", "Tide"]);
    assert_eq!(s[2], ("Design".into(), vec!["Figma".into()]));
}

#[test]
fn a_dash_labels_only_a_list() {
    let s = read("- Ceramics - Kelda Kilns\n- Weaving\n- Glazing - Firing - Throwing\n- CAD&3D : Rhino, Blender");
    assert_eq!(
        s[0],
        (
            "Skills".into(),
            vec![
                "Ceramics - Kelda Kilns".into(),
                "Weaving".into(),
                "Glazing".into(),
                "Firing".into(),
                "Throwing".into()
            ]
        )
    );
    // A digit inside a word leaves the label one; a date before a colon does not.
    assert_eq!(
        s[1],
        ("CAD&3D".into(), vec!["Rhino".into(), "Blender".into()])
    );
    assert!(labelled("2019: Kelda, Tide").is_none());
    // Outside a skill group a dash still parts a name from its note.
    assert!(labelled("Dutch – native").is_some());
    assert!(group_label("Dutch – native").is_none());
}

#[test]
fn languages_beside_their_label_and_debris_in_items() {
    let (out, langs) = read_all(
        "Sprachen    Spanisch (5 Jahre)\n§ Stata, Kelda SQL\n**Code**\nRust, Go\n@kelda-dev",
    );
    assert_eq!(langs[0].language.as_deref(), Some("Spanisch"));
    let all: Vec<&str> = out
        .iter()
        .flat_map(|s| s.keywords.iter().map(String::as_str))
        .collect();
    assert_eq!(all, ["Stata", "Kelda SQL", "Rust", "Go"]);
}

#[test]
fn sentences_about_skills_are_statements_not_keywords() {
    let (out, _) = read_all("- Experienced in running tide gauges (radar, float) in harbours and estuaries.\n- Rust, Go, Zig, Kotlin, Swift, Haskell, Elm, and OCaml.\n- Kelda GIS, Tide Charts");
    assert_eq!(out.len(), 1);
    assert!(!out[0].keywords.iter().any(|k| k.contains("tide gauges")));
    assert!(out[0].keywords.contains(&"Kelda GIS".to_string()));
    assert!(out[0].keywords.contains(&"Zig".to_string()));
    assert_eq!(out[0].extra["statements"].as_array().map(Vec::len), Some(1));
}
