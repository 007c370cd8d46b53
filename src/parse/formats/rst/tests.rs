use super::lower;

fn lines(src: &str) -> Vec<String> {
    lower(src).text.lines().map(str::to_string).collect()
}

#[test]
fn titles_by_adornment_and_the_document_title_names_the_person() {
    let src = "==========\n Ada Quill\n==========\n\nWork\n----\n\nAcme\n~~~~\n\nStudy\n-----\n";
    assert_eq!(
        lines(src),
        ["# Ada Quill", "", "## Work", "", "### Acme", "", "## Study"]
    );
}

#[test]
fn several_top_titles_are_sections() {
    assert_eq!(
        lines("Work\n====\n\nStudy\n=====\n"),
        ["## Work", "", "## Study"]
    );
}

#[test]
fn page_metadata_names_the_person_and_directives_are_dropped() {
    let src = ".. title: Curriculum Vitae of Ada Quill\n.. slug: cv\n\n.. image:: me.png\n   :width: 100\n\n.. raw:: html\n\n   <b>x</b>\n\nText\n";
    let l = lower(src);
    assert_eq!(l.text, "# Ada Quill\n\nText\n");
    assert!(l.dropped.contains(&(2, "ignored: page metadata")));
    assert!(l.dropped.contains(&(9, "ignored: directive")));
}

#[test]
fn lists_fields_and_line_blocks() {
    let src = ":Email: ada@example.org\n:Phone: 555\n\n- one\n  wrapped\n\n  * nested\n\n#. numbered\n\n| **2019–** Lead,\n  Acme\n";
    assert_eq!(
        lines(src),
        [
            "Email: ada@example.org",
            "Phone: 555",
            "",
            "- one wrapped",
            "",
            "  - nested",
            "",
            "- numbered",
            "",
            "**2019–** Lead, Acme"
        ]
    );
}

#[test]
fn definition_lists_join_term_and_definition() {
    let src = "2019--2021\n    Engineer, Acme\n    Ltd\nPython\n    daily use\n";
    assert_eq!(
        lines(src),
        ["2019–2021 — Engineer, Acme Ltd", "Python: daily use"]
    );
}

#[test]
fn tables_as_rows() {
    let grid = "+------+-----+\n| Lang | Yrs |\n+======+=====+\n| Rust | 5y  |\n+------+-----+\n";
    assert_eq!(
        lines(grid),
        ["| Lang | Yrs |", "| --- | --- |", "| Rust | 5y |"]
    );
    let simple = "=====  =====\nSkill  Years\n=====  =====\nRust   5\n=====  =====\n";
    assert_eq!(
        lines(simple),
        ["| Skill | Years |", "| --- | --- |", "| Rust | 5 |"]
    );
}

#[test]
fn a_line_block_top_line_after_nested_ones_opens_a_new_group() {
    let src = "| **2019–**\n    Baker, Crumb Ltd\n|   Pastry section\n| **2015–8**\n    Cook, Fern Inn\n|   Grill\n";
    assert_eq!(
        lines(src),
        [
            "**2019–** Baker, Crumb Ltd",
            "  Pastry section",
            "",
            "**2015–8** Cook, Fern Inn",
            "  Grill"
        ]
    );
}
