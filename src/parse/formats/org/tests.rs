use super::lower;

fn lines(src: &str) -> Vec<String> {
    lower(src).text.lines().map(str::to_string).collect()
}

#[test]
fn settings_give_the_name_and_contact_at_the_top() {
    let l = lower("#+TITLE: CV\n#+OPTIONS: toc:nil\n#+AUTHOR: Ada Quill\n#+EMAIL: ada@example.org\n\n* Work\n");
    assert_eq!(l.text, "# Ada Quill\nada@example.org\n\n\n## Work\n");
    assert!(l.dropped.contains(&(1, "ignored: document title")));
    assert!(l.dropped.contains(&(2, "ignored: Org setting")));
}

#[test]
fn a_title_alone_names_the_person_without_the_document_word() {
    assert_eq!(lines("#+TITLE: Ada Quill CV\n")[0], "# Ada Quill");
}

#[test]
fn shallowest_heading_level_is_the_section_level() {
    assert_eq!(
        lines("** Education\n*** Oxford\n** Work\n"),
        ["## Education", "### Oxford", "## Work"]
    );
    // A lone first top heading titles the document.
    assert_eq!(
        lines("* Ada Quill\n** Education\n** Work :noexport:\n"),
        ["# Ada Quill", "## Education", "## Work"]
    );
}

#[test]
fn description_items_become_one_entry_line() {
    assert_eq!(
        lines("- 2018--2021 :: BA History, Univ of Nowhere\n- Languages :: Rust\n"),
        [
            "- 2018–2021 — BA History, Univ of Nowhere",
            "- Languages: Rust"
        ]
    );
}

#[test]
fn wrapped_items_join_and_nesting_is_kept() {
    let l = lower("- 2019 :: A prize for /very/\n  good work\n  + nested\n1. numbered\n");
    assert_eq!(
        l.text,
        "- 2019 — A prize for *very* good work\n  - nested\n- numbered\n"
    );
    assert_eq!(l.origin, vec![1, 3, 4]);
    assert_eq!(l.dropped, vec![(2, "joined to the list item above")]);
}

#[test]
fn drawers_blocks_comments_and_table_rules_are_dropped() {
    let src = "* Work\n:PROPERTIES:\n:ID: x\n:END:\n# a note\n#+BEGIN_QUOTE\nSaid well\n#+END_QUOTE\n#+BEGIN_SRC sh\nls\n#+END_SRC\n| Rust | 5y |\n| Go | 2y |\n|------+----|\n";
    assert_eq!(
        lines(src),
        ["## Work", "Said well", "| Rust | 5y |", "| Go | 2y |"]
    );
    assert_eq!(lower(src).dropped.len(), 10);
    // A rule under the first row marks the header.
    assert_eq!(
        lines("| Skill | Years |\n|-------+-------|\n| Rust | 5 |\n"),
        ["| Skill | Years |", "| --- | --- |", "| Rust | 5 |"]
    );
}

#[test]
fn an_org_cv_drawer_makes_its_heading_an_entry_line() {
    let src = "* Work\n** Curator\n:PROPERTIES:\n:CV_ENV: cventry\n:FROM: <2019-03-01 Fri>\n:TO: present\n:EMPLOYER: Vale Museum\n:LOCATION: Leeds\n:END:\n- Ran the archive\n** Notes\n:PROPERTIES:\n:ID: x1\n:END:\n* Skills\n";
    assert_eq!(
        lines(src),
        [
            "## Work",
            "**Curator** — Vale Museum, Leeds    2019-03-01 – present",
            "- Ran the archive",
            "### Notes",
            "## Skills"
        ]
    );
}

#[test]
fn org_cv_contact_settings_join_the_header() {
    let l = lines("#+AUTHOR: Ada Quill\n#+MOBILE: +44 7700 900123\n#+GITHUB: aquill\n");
    assert_eq!(
        l[..3],
        ["# Ada Quill", "+44 7700 900123", "github.com/aquill"]
    );
}

#[test]
fn timestamps_read_as_their_dates() {
    assert_eq!(
        lines("[2017-01-15 Sun]--[2020-08-31], London\n<2021-09-01>--present\n")[..2],
        ["2017-01-15–2020-08-31, London", "2021-09-01–present"]
    );
}

#[test]
fn an_org_cv_drawer_naming_the_employer_hints_the_fields() {
    let src = "* Work\n** Curator\n:PROPERTIES:\n:FROM: 2019\n:EMPLOYER: Vale Museum\n:END:\n** Guide, Old Mill\n:PROPERTIES:\n:FROM: 2017\n:END:\n";
    let l = super::lower(src);
    // The drawer without an employer may leave it in the heading: no hint.
    assert_eq!(l.fields.len(), 1);
    let f = &l.fields[0].fields;
    assert_eq!(
        (f.title.as_str(), f.org.as_str(), f.place.as_str()),
        ("Curator", "Vale Museum", "")
    );
}
