use super::lower;

fn lines(src: &str) -> Vec<String> {
    lower(src).text.lines().map(str::to_string).collect()
}

#[test]
fn header_gives_name_headline_and_contact() {
    let src =
        "= Data Engineer\nAda Quill <ada@example.org>\n:phone: 555 0100\n:toc: left\n\n== Work\n";
    let l = lower(src);
    assert_eq!(
        l.text,
        "# Ada Quill\nData Engineer\nada@example.org\nPhone: 555 0100\n\n## Work\n"
    );
    assert_eq!(l.origin, vec![2, 1, 2, 3, 5, 6]);
    assert!(l.dropped.contains(&(4, "ignored: attribute")));
}

#[test]
fn shallowest_section_level_and_untitled_sections() {
    let src = "= Ada Quill\n\n== !\n\n=== Ada Quill\n\n=== Work\n==== Acme\n";
    assert_eq!(
        lines(src),
        ["# Ada Quill", "", "", "", "## Work", "### Acme"]
    );
    let l = lower(src);
    assert!(l.dropped.contains(&(3, "ignored: untitled section")));
    assert!(l.dropped.contains(&(5, "ignored: the name again")));
}

#[test]
fn lists_by_marker_and_indentation() {
    let src = "* one\n** two\n* three\ncontinued\n- a\n  - b\n. first\n";
    assert_eq!(
        lines(src),
        [
            "- one",
            "  - two",
            "- three continued",
            "- a",
            "  - b",
            "- first"
        ]
    );
}

#[test]
fn labelled_lists_blocks_and_comments() {
    let src = "[.role]\n2019--2021:: Engineer, *Acme*\nRust::\n  daily\n// note\n****\nSide _text_\n****\n////\nhidden\n////\n";
    let l = lower(src);
    assert_eq!(
        l.text,
        "2019–2021 — Engineer, **Acme**\nRust: daily\nSide *text*\n"
    );
    assert_eq!(l.dropped.len(), 8);
}

#[test]
fn tables_as_rows() {
    let src = "[cols=\"1,1\"]\n|===\n|Skill |Years\n\n|Rust\n|5\n|===\n";
    assert_eq!(
        lines(src),
        ["| Skill | Years |", "| --- | --- |", "| Rust | 5 |"]
    );
}

#[test]
fn titles_inside_an_untitled_section_stand_beside_the_titled_ones() {
    // A sidebar's groups sit one level deeper in the source, inside an untitled box,
    // than the main column's sections: on the page they are headings alike.
    let src = "= Ada Quill\n\n== !\n=== !\n==== Ovens\n- Deck\n\n== !\n=== Work\n==== Baker\n";
    let heads: Vec<String> = lines(src)
        .into_iter()
        .filter(|l| l.starts_with('#'))
        .collect();
    assert_eq!(heads, ["# Ada Quill", "## Ovens", "## Work", "### Baker"]);
}

#[test]
fn a_list_under_a_table_cell_follows_its_row() {
    let src = "= Ada Quill\n\n== Work\n\n|===\n| 2020 – 2022 | Baker, Crumb Ltd\n* Proved dough\n* Ran the oven\n| 2018 – 2020\n| Cook, Fern Inn\n|===\n";
    let l = lines(src);
    let at = l.iter().position(|x| x.contains("Crumb")).unwrap();
    assert_eq!(
        l[at..at + 4],
        [
            "| 2020 – 2022 | Baker, Crumb Ltd |",
            "- Proved dough",
            "- Ran the oven",
            "| 2018 – 2020 | Cook, Fern Inn |"
        ]
    );
}
