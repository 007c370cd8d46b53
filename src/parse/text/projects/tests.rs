//! Tests of `projects`.

use super::name::{bracketed_short_form, field_line, kind_titled, titled, without_link_label};
use super::*;

#[test]
fn project_names_drop_descriptors() {
    assert_eq!(
        project_name("Orbit - Course Project"),
        ("Orbit".to_string(), vec!["Course Project".to_string()])
    );
    assert_eq!(
        project_name("Winter School of Code - Lisp Tooling").0,
        "Winter School of Code - Lisp Tooling"
    );
    assert_eq!(project_name("Tidepool - a tide-chart app").0, "Tidepool");
}

#[test]
fn bracketed_technologies_leave_the_name() {
    assert_eq!(
        bracketed_techs("Zero-Waste Menu (HACCP, Sous vide)"),
        ("Zero-Waste Menu", vec!["HACCP".into(), "Sous vide".into()])
    );
    assert_eq!(
        bracketed_techs("Tidepool (Rust)"),
        ("Tidepool", vec!["Rust".into()])
    );
    assert_eq!(
        bracketed_techs("Ward Checklist (Pyxis)"),
        ("Ward Checklist", vec!["Pyxis".into()])
    );
    assert_eq!(
        bracketed_techs("Reading Circle (Google Classroom)"),
        ("Reading Circle", vec!["Google Classroom".into()])
    );
    assert_eq!(
        bracketed_techs("Tidepool (2nd edition)").0,
        "Tidepool (2nd edition)"
    );
    assert_eq!(
        bracketed_techs("Tidepool (Team Project)").0,
        "Tidepool (Team Project)"
    );
    assert_eq!(
        bracketed_techs("Tidepool (Hackathon Winner)").0,
        "Tidepool (Hackathon Winner)"
    );
    assert_eq!(
        bracketed_techs("Loom (weaving editor)").0,
        "Loom (weaving editor)"
    );
}

#[test]
fn a_proper_name_after_the_dash() {
    assert!(dash_name("Harbour Seal Rescue"));
    assert!(!dash_name("Consumer Research Project"));
    assert!(!dash_name("a tide-chart app"));
    assert!(!dash_name("Open-source CDC toolkit"));
}

#[test]
fn bracketed_notes_leave_the_name() {
    assert_eq!(
        bracketed_note("Seed Bank (project leader)"),
        ("Seed Bank", Some("project leader"))
    );
    assert_eq!(
        bracketed_note("Tide Gauge (master's thesis)"),
        ("Tide Gauge", Some("master's thesis"))
    );
    assert_eq!(
        bracketed_note("Loom (weaving editor)").0,
        "Loom (weaving editor)"
    );
    assert_eq!(
        bracketed_note("Orbit (Team Project)").0,
        "Orbit (Team Project)"
    );
}

#[test]
fn a_name_before_a_colon() {
    assert_eq!(
        labelled_name("Type Zine: a small design project."),
        Some(("Type Zine", "a small design project."))
    );
    assert_eq!(labelled_name("Role: lead developer"), None);
    assert_eq!(labelled_name("Stack: Rust, Go"), None);
    assert_eq!(labelled_name("built the thing: fast"), None);
}

#[test]
fn a_role_first_section_reads_every_first_piece_as_the_role() {
    let text = "Maintainer, Tidewiki, Kelda Library\n2019 – 2021\n\nDeveloper, Harbour Atlas, Kelda Library\n2016 – 2018\n\nSite Redesign, Coastal Walks Society\n2014 – 2015\n";
    let doc = crate::parse::text::normalise::Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let entries = crate::parse::text::entries::group(
        &doc.lines,
        &idxs,
        crate::parse::text::entries::Grouping::Projects,
    );
    let mut out = Vec::new();
    let mut rec = Recorder::default();
    all(&doc.lines, &entries, &mut out, &mut rec);
    let names: Vec<_> = out.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Tidewiki"),
            Some("Harbour Atlas"),
            Some("Coastal Walks Society")
        ]
    );
    assert_eq!(out[2].roles, ["Site Redesign"]);
}

fn section(text: &str) -> Vec<Project> {
    let doc = crate::parse::text::normalise::Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let entries = crate::parse::text::entries::group(
        &doc.lines,
        &idxs,
        crate::parse::text::entries::Grouping::Projects,
    );
    let mut out = Vec::new();
    all(&doc.lines, &entries, &mut out, &mut Recorder::default());
    out
}

#[test]
fn a_name_first_in_a_list_of_technologies_heads_each_project() {
    let out = section(
        "Tide Atlas, Rust, WebGL, PostGIS\n- Charts the tides of small harbours.\n- Used by two harbour offices.\n\nBuoy Logger, Python, SQLite\n- Logs buoy readings every minute.\n",
    );
    let names: Vec<_> = out.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("Tide Atlas"), Some("Buoy Logger")]);
    assert_eq!(out[0].keywords, ["Rust", "WebGL", "PostGIS"]);
    assert_eq!(out[0].highlights.len(), 2);
}

#[test]
fn a_list_of_projects_without_heads_is_one_project_per_item() {
    let out = section(
        "- Tide Atlas - https://example.org/tide-atlas\n- Buoy Logger - https://example.org/buoy\n- Survey of the Kelda harbour walls for the town council\n",
    );
    assert_eq!(out.len(), 3);
    assert_eq!(out[1].name.as_deref(), Some("Buoy Logger"));
}

#[test]
fn a_name_set_in_bold_across_a_comma_is_kept_whole() {
    let r = crate::parse::ResumeParser::new().parse(
        "Ana Tide\n\n## Selected work\n\n- **Tides, Port by Port** (2024) — a map of harbour tides\n- **Orbit** (2022) — a tide-chart app\n",
    );
    assert_eq!(r.projects[0].name.as_deref(), Some("Tides, Port by Port"));
}

#[test]
fn a_name_set_in_bold_across_a_dash_is_kept_whole() {
    let out = section(
        "**Orbit – Sistema de Mareas para Puertos Pequeños**    Mar 2024 – Jun 2024\n- Built the tide model.\n\nTidepool – a tide-chart app    2022\n- Drew the charts.\n",
    );
    let names: Vec<_> = out.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Orbit – Sistema de Mareas para Puertos Pequeños"),
            Some("Tidepool")
        ]
    );
}

#[test]
fn a_link_label_after_the_name_is_dropped() {
    assert_eq!(without_link_label("Tide Atlas (link)"), "Tide Atlas");
    assert_eq!(without_link_label("Tide Atlas [Code]"), "Tide Atlas");
    assert_eq!(without_link_label("Tide Atlas (beta)"), "Tide Atlas (beta)");
    let out =
        section("Buoy Logger (link) | Python    Jan 2023 -- Apr 2023\n- Logs buoy readings.\n");
    assert_eq!(out[0].name.as_deref(), Some("Buoy Logger"));
}

#[test]
fn a_kind_of_project_before_a_colon_stays_in_the_name() {
    assert!(kind_titled("Capstone Project: Harbour Crane Controls"));
    assert!(!kind_titled("Orbit: a tide-chart app"));
    assert_eq!(
        labelled_name("Capstone Project: Harbour Crane Controls"),
        None
    );
    let out = section(
        "Capstone Project: Harbour Crane Controls    Sept. 2023 -- Present\n- Led the crane's control design.\n",
    );
    assert_eq!(
        out[0].name.as_deref(),
        Some("Capstone Project: Harbour Crane Controls")
    );
}

#[test]
fn a_short_form_of_the_name_stays_with_it() {
    assert!(bracketed_short_form("Kelda Rowing Club", "(KRC)"));
    assert!(bracketed_short_form("Society of Harbour Pilots", "(SHP)"));
    assert!(!bracketed_short_form("Tide Atlas", "(SQL)"));
    assert_eq!(bracketed_techs("Tide Atlas (SQL)").0, "Tide Atlas");
    assert_eq!(
        bracketed_techs("Kelda Rowing Club (KRC)").0,
        "Kelda Rowing Club (KRC)"
    );
}

#[test]
fn a_labelled_title_names_the_project() {
    assert_eq!(
        titled("Title:- Tide Gauges of the Kelda Estuary"),
        Some("Tide Gauges of the Kelda Estuary")
    );
    assert_eq!(
        titled("Titel: Gezeiten der Kelda"),
        Some("Gezeiten der Kelda")
    );
    assert_eq!(titled("Keywords:- tides, estuaries"), None);
    assert!(field_line("Study area:- Kelda estuary").is_some());
    assert!(field_line("Buoy Logger - https://example.org/buoy").is_none());
    let out = section(
        "**MASTER'S THESIS**\nTitle:- Tide Gauges of the Kelda Estuary: Ten Years of\nRecords from Small Harbours\nKeywords:- tides, estuaries\n**Study** area:- Kelda estuary\n- Read the gauge records of four harbours.\n- Built a tidal model of the estuary.\n",
    );
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(
        out[0].name.as_deref(),
        Some("Tide Gauges of the Kelda Estuary: Ten Years of Records from Small Harbours")
    );
    assert_eq!(out[0].highlights.len(), 2);
}

#[test]
fn a_title_cut_at_a_hyphen_joins_without_a_space() {
    assert_eq!(
        join_wrapped("Life-", "History Models"),
        "Life-History Models"
    );
    assert_eq!(
        join_wrapped("Ten Years of", "Records"),
        "Ten Years of Records"
    );
}

#[test]
fn an_entry_opening_with_a_field_joins_the_project_above() {
    let doc = crate::parse::text::normalise::Document::new(
        "MASTER'S THESIS\nKeywords:- tides, estuaries\nStudy area:- Kelda estuary\n- Read the gauge records.\nBuoy Logger\n- Logs buoy readings.\nRole: lead developer\n",
    );
    let entry = |header: Vec<usize>, body: Vec<usize>| Entry {
        header,
        body,
        ..Entry::default()
    };
    let entries = [
        entry(vec![0], vec![1]),
        entry(vec![2], vec![3]),
        entry(vec![4], vec![5]),
        entry(vec![6], vec![]),
    ];
    let merged = merge_fields(&doc.lines, &entries);
    // The field entry joins the thesis (only fields so far), not the project whose
    // body already has a bullet.
    assert_eq!(merged.len(), 3);
    assert_eq!(merged[0].header, [0, 2]);
    assert_eq!(merged[0].body, [1, 3]);
    assert_eq!(merged[2].header, [6]);
}

#[test]
fn a_name_with_a_series_in_it_is_not_cut_at_its_commas() {
    let out = section(
        "Survey of walls, quays, and slipways in the Kelda harbour\n- Measured every quay.\n\nTide Atlas, Rust, WebGL\n- Charts the tides.\n",
    );
    let names: Vec<_> = out.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Survey of walls, quays, and slipways in the Kelda harbour"),
            Some("Tide Atlas")
        ]
    );
}
