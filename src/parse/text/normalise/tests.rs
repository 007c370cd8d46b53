//! Tests of `normalise`.

use super::*;

#[test]
fn wrapped_lines_join_and_noise_goes() {
    let doc = Document::new(
        "Profile picture\n- Designed the thing that\n saved a fifth of the budget.\n- Next\n\nPage 2 of 3\nProjects (Cont.)\n•\nLone glyph bullet",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Designed the thing that saved a fifth of the budget.",
            "Next",
            "Projects (Cont.)",
            "Lone glyph bullet"
        ]
    );
    assert_eq!(doc.lines[0].more, vec![3]);
    assert!(doc.lines[2].continued);
    assert_eq!(
        Document::continued_heading("(Head Baker, cont.)").as_deref(),
        Some("Head Baker")
    );
    assert_eq!(
        Document::continued_heading("Projects – continued").as_deref(),
        Some("Projects")
    );
    assert_eq!(Document::continued_heading("Contact"), None);
    assert!(doc.lines[3].bullet.is_some());
    assert_eq!(doc.ignored.len(), 2);
}

#[test]
fn footers_and_running_headers_go() {
    let doc = Document::new(
        "Ada Quill — Résumé\nada@example.org\n- Baked bread.\n\n– 1 –\n\nAda Quill — Résumé\nCV | Ada Quill\nAda Quill | Page 2\nCurriculum Coordinator\n- Ran the summer school.",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ada Quill",
            "ada@example.org",
            "Baked bread.",
            "Curriculum Coordinator",
            "Ran the summer school."
        ]
    );
    let whys: Vec<&str> = doc.ignored.iter().map(|(_, w)| *w).collect();
    assert_eq!(
        whys,
        [
            "ignored: page number",
            "ignored: running page header",
            "ignored: running page header",
            "ignored: running page header"
        ]
    );
}

#[test]
fn a_bullet_wrapped_before_a_capital_joins() {
    let doc = Document::new(
        "- Moved the platform to\nKubernetes and Helm.\n- Kept\nCobaltline Systems Inc.",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Moved the platform to Kubernetes and Helm.",
            "Kept",
            "Cobaltline Systems Inc."
        ]
    );
}

#[test]
fn a_wrapped_word_is_no_document_title() {
    let doc = Document::new("CURRICULUM VITAE\n- Taught a project-based\n  curriculum");
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["Taught a project-based curriculum"]);
}

#[test]
fn a_line_cut_after_a_small_word_joins() {
    let doc = Document::new("- Ran the pastry section for a\n120-cover dinner service\n- Next one");
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ran the pastry section for a 120-cover dinner service",
            "Next one"
        ]
    );
    let doc = Document::new(
        "- Cleaned up the ledger, recovering\n$85K in duplicate payments\n2019 – 2021",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Cleaned up the ledger, recovering $85K in duplicate payments",
            "2019 – 2021"
        ]
    );
}

#[test]
fn double_spaced_wraps_join() {
    let doc =
        Document::new("- Rebuilt the ledger and\n\n cut costs in half.\n\nNew paragraph here.");
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Rebuilt the ledger and cut costs in half.",
            "New paragraph here."
        ]
    );
}

#[test]
fn a_lone_bullet_glyph_marks_only_the_line_right_below() {
    let doc = Document::new("•\nBaked the bread\n•\n\n\nEDUCATION\nKelda University");
    let bullets: Vec<_> = doc.lines.iter().map(|l| l.bullet.is_some()).collect();
    assert_eq!(bullets, [true, false, false]);
}

#[test]
fn sub_bullets_get_depth() {
    let doc = Document::new("- top\n  - sub\n    - subsub\n◦ hollow");
    let depths: Vec<_> = doc.lines.iter().map(|l| l.bullet).collect();
    assert_eq!(depths, [Some(0), Some(1), Some(2), Some(1)]);
}

#[test]
fn a_compound_broken_after_its_hyphen_joins_without_a_space() {
    let doc = Document::new(
        "- Boosted the speed of the whole real-\n  time engine by a tenth - and\n  more.\n",
    );
    assert_eq!(
        doc.lines[0].text,
        "Boosted the speed of the whole real-time engine by a tenth - and more."
    );
}

#[test]
fn lines_hanging_under_an_item_continue_it() {
    let doc = Document::new(
        "• Rebuilt the tide tables in Rust.\n  Cut the nightly run from an hour to\n  2 minutes during 2021 storm season.\n• Ran the harbour survey.\n  Surveyor, Kelda Port   2018 – 2020",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Rebuilt the tide tables in Rust. Cut the nightly run from an hour to 2 minutes during 2021 storm season.",
            "Ran the harbour survey.",
            // A date at its end: the next entry's header, not the item going on.
            "Surveyor, Kelda Port   2018 – 2020"
        ]
    );
}

#[test]
fn the_name_beside_a_page_counter_is_a_running_footer() {
    let doc = Document::new(
        "Ada Quill Data Engineer\nSkills\nPython        4/5\nRust          3/5\n\nAda Quill                1/2\nProjects\n",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(!texts.iter().any(|t| t.ends_with("1/2")), "{texts:?}");
    // A rating beside a skill is no footer: the words are not the name.
    assert!(texts.iter().any(|t| t.ends_with("4/5")), "{texts:?}");
    assert!(doc
        .ignored
        .iter()
        .any(|&(no, why)| no == 6 && why.contains("footer")));
}

#[test]
fn the_name_over_a_page_counter_is_a_running_footer() {
    let doc =
        Document::new("Ada Quill Data Engineer\nSkills\nPython\n\nAda Quill\n\n1/2\n\nProjects\n");
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Ada Quill Data Engineer", "Skills", "Python", "Projects"]
    );
}

#[test]
fn footer_pieces_repeated_near_page_numbers_go() {
    let doc = Document::new(
        "Ada Quill\nSkills\nPython\n\nQuill CV\n\n1\n\nMay 2026\n\nProjects\nOrbit\n\nQuill CV\n\nMay 2026\n",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Ada Quill", "Skills", "Python", "Projects", "Orbit"]
    );
    // The same lone line twice, with no page number near, is content.
    let doc =
        Document::new("Ada Quill\nTeaching\n\nKelda University\n\nTutor\n\nKelda University\n");
    assert_eq!(doc.lines.len(), 5);
}

#[test]
fn a_short_line_ending_in_a_comma_goes_on() {
    let doc = Document::new(
        "Research Assistant\nKelda Institute,\nDepartment of Optics\nLab Technician,\n2016 – 2018 Harbour Labs",
    );
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Research Assistant",
            "Kelda Institute, Department of Optics",
            // A line that dates itself opens an entry of its own.
            "Lab Technician,",
            "2016 – 2018 Harbour Labs",
        ]
    );
}

#[test]
fn a_short_line_cut_after_a_joining_word_goes_on() {
    let doc = Document::new("Coordinate growers and buyers through\nweekly tastings.\nHead Cook");
    let got: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        got,
        [
            "Coordinate growers and buyers through weekly tastings.",
            "Head Cook"
        ]
    );
}
