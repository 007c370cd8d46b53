//! The DOCX reader on small documents built here: parts written as XML and zipped.

use std::io::Write;

use super::*;

/// A zip of the given parts, deflated as Word writes them.
pub fn zip_parts(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    out.into_inner()
}

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
    )
}

fn para(style: Option<&str>, runs: &str) -> String {
    let ppr = style.map_or(String::new(), |s| {
        format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
    });
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn run(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn bold(text: &str) -> String {
    format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r>"#)
}

fn item(level: u8, runs: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>{runs}</w:p>"#
    )
}

fn read_body(body: &str) -> Converted {
    let doc = document(body);
    read(&zip_parts(&[("word/document.xml", doc.as_bytes())])).unwrap()
}

#[test]
fn headings_lists_and_emphasis() {
    let body = [
        para(Some("Title"), &run("Wren Halloway")),
        para(Some("Heading1"), &run("Experience")),
        para(
            None,
            &format!("{}{}", bold("Ferry Pilot"), run(", Lantern Isles Air")),
        ),
        item(0, &run("Flew 400 routes.")),
        item(
            1,
            &format!(
                "{}<w:r><w:rPr><w:i/></w:rPr><w:t>sea</w:t></w:r>",
                run("Over the ")
            ),
        ),
        para(
            None,
            &format!("{}<w:r><w:tab/></w:r>{}", run("2019"), run("2021")),
        ),
        para(None, ""),
    ]
    .concat();
    let c = read_body(&body);
    assert_eq!(
        c.lowered.text,
        "# Wren Halloway\n# Experience\n**Ferry Pilot**, Lantern Isles Air\n- Flew 400 routes.\n  - Over the *sea*\n2019    2021\n\n"
    );
    assert_eq!(c.lowered.origin, vec![1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(c.units[5], "2019    2021");
}

#[test]
fn localised_heading_styles_are_known_by_outline_level() {
    let styles = format!(
        r#"<w:styles {NS}><w:style w:type="paragraph" w:styleId="Rubrique"><w:name w:val="Rubrique CV"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>"#
    );
    let doc = document(&para(Some("Rubrique"), &run("Formation")));
    let bytes = zip_parts(&[
        ("word/document.xml", doc.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    assert_eq!(read(&bytes).unwrap().lowered.text, "## Formation\n");
}

#[test]
fn table_rows_read_across_with_a_wide_gap() {
    let cell = |ps: &[String]| format!("<w:tc>{}</w:tc>", ps.concat());
    let row = format!(
        "<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
        cell(&[para(None, ""), para(None, &run("2018 – 2022"))]),
        cell(&[
            para(None, &bold("Lighthouse Keeper")),
            item(0, &run("Kept the light.")),
        ])
    );
    let c = read_body(&row);
    assert_eq!(
        c.lowered.text,
        "2018 – 2022    **Lighthouse Keeper**\n- Kept the light.\n"
    );
    assert_eq!(c.lowered.origin, vec![2, 4]);
    assert_eq!(c.units.len(), 4);
    assert_eq!(
        c.lowered.joined,
        vec![(3, "read on the line of ¶2 (same table row)".to_string())]
    );
}

#[test]
fn text_boxes_read_once_where_they_stand() {
    let boxed = format!(
        r#"<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="s"><w:txbxContent>{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="v"><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        para(None, &run("wren@example.org")),
        para(None, &run("wren@example.org"))
    );
    let c = read_body(&format!("{}{boxed}", para(None, &run("Wren Halloway"))));
    assert_eq!(c.lowered.text, "Wren Halloway\nwren@example.org\n\n");
}

#[test]
fn hidden_deleted_and_field_codes_are_no_content() {
    let body = para(
        None,
        &format!(
            r#"{}<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>{}"#,
            run("Kept "),
            run("text")
        ),
    );
    assert_eq!(read_body(&body).lowered.text, "Kept text\n");
}

#[test]
fn links_and_page_header() {
    let doc = document(&para(
        None,
        &format!(
            r#"<w:hyperlink r:id="rId9">{}</w:hyperlink>"#,
            run("Portfolio")
        ),
    ));
    let rels = r#"<Relationships xmlns="x"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://wren.example.org" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
    let header = format!(
        r#"<w:hdr {NS}>{}{}</w:hdr>"#,
        para(None, &bold("WREN HALLOWAY")),
        para(None, &run("3"))
    );
    let bytes = zip_parts(&[
        ("word/document.xml", doc.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/header1.xml", header.as_bytes()),
    ]);
    let c = read(&bytes).unwrap();
    assert_eq!(
        c.lowered.text,
        "**WREN HALLOWAY**\n[Portfolio](https://wren.example.org)\n"
    );
}

#[test]
fn archives_that_are_no_word_document() {
    let odt = zip_parts(&[("mimetype", b"x"), ("content.xml", b"<x/>")]);
    assert!(read(&odt).unwrap_err().message.contains("OpenDocument"));
    let other = zip_parts(&[("notes.txt", b"hello")]);
    assert!(read(&other)
        .unwrap_err()
        .message
        .contains("word/document.xml"));
    let mut cut = zip_parts(&[("word/document.xml", document("").as_bytes())]);
    cut.truncate(cut.len() / 2);
    assert!(read(&cut).is_err());
    let broken = zip_parts(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    assert!(read(&broken).unwrap_err().message.contains("damaged"));
}

#[test]
fn a_zip_bomb_is_refused() {
    let big = vec![b' '; (archive::MAX_INFLATED + 1024) as usize];
    let bytes = zip_parts(&[("word/document.xml", &big)]);
    assert!(bytes.len() < 1024 * 1024, "deflated small");
    let e = read(&bytes).unwrap_err();
    assert!(e.message.contains("zip bomb"), "{e:?}");
}

fn table_of(rows: &[&[Vec<String>]]) -> String {
    let mut out = String::from("<w:tbl>");
    for row in rows {
        out.push_str("<w:tr>");
        for cell in row.iter() {
            out.push_str(&format!("<w:tc>{}</w:tc>", cell.concat()));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

#[test]
fn short_cells_read_across_line_by_line() {
    let left = vec![para(None, &run("2015 – 2019")), para(None, &run("Oslo"))];
    let right = vec![
        para(Some("Heading2"), &run("Projects")),
        para(None, &bold("Harbour Pilot")),
        para(None, &run("Nordkapp Ferries")),
        item(0, &run("Piloted ferries.")),
    ];
    let c = read_body(&table_of(&[&[left, right]]));
    assert_eq!(
        c.lowered.text,
        "## Projects\n2015 – 2019    **Harbour Pilot**\nOslo    Nordkapp Ferries\n- Piloted ferries.\n"
    );
}

#[test]
fn long_cells_are_layout_columns_read_one_after_the_other() {
    // Headings stay where they stand in a column.
    let p = |t: &&str| match t.strip_prefix('#') {
        Some(h) => para(Some("Heading2"), &run(h)),
        None => para(None, &run(t)),
    };
    let side: Vec<String> = ["#Contact", "ada@example.org", "#Skills", "Knots", "Charts"]
        .iter()
        .map(p)
        .collect();
    let main: Vec<String> = ["#Experience", "Ferry Pilot", "2019", "Deckhand", "2016"]
        .iter()
        .map(p)
        .collect();
    let c = read_body(&table_of(&[&[side, main]]));
    assert_eq!(
        c.lowered.text,
        "## Contact\nada@example.org\n## Skills\nKnots\nCharts\n\n## Experience\nFerry Pilot\n2019\nDeckhand\n2016\n\n"
    );
    assert!(c.lowered.joined.is_empty());
}

#[test]
fn field_hyperlinks_and_embedded_parts() {
    let field = para(
        None,
        &format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://</w:instrText></w:r><w:r><w:instrText>wren.example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r>{}"#,
            run("my site"),
            run(" and more")
        ),
    );
    assert_eq!(
        read_body(&field).lowered.text,
        "[my site](https://wren.example.org) and more\n"
    );
    let doc = document(r#"<w:altChunk r:id="rId5"/>"#);
    let e = read(&zip_parts(&[("word/document.xml", doc.as_bytes())])).unwrap_err();
    assert!(e.message.contains("altChunk"), "{e:?}");
}

#[test]
fn too_many_parts_are_refused() {
    let names: Vec<String> = (0..5001).map(|i| format!("p{i}.xml")).collect();
    let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let e = read(&zip_parts(&parts)).unwrap_err();
    assert!(e.message.contains("5001 files"), "{e:?}");
}

#[test]
fn pages_from_word_layout_else_from_explicit_breaks() {
    let rendered = r#"<w:r><w:lastRenderedPageBreak/><w:t>Skills</w:t></w:r>"#;
    let page_break = r#"<w:r><w:t>Awards</w:t><w:br w:type="page"/></w:r>"#;
    let before = r#"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Tail</w:t></w:r></w:p>"#;
    // Word's record of its layout: a paragraph starting after one is on the new page.
    let word = read_body(
        &[
            para(None, &run("Wren")),
            para(None, rendered),
            para(None, &run("Baking")),
        ]
        .concat(),
    );
    assert_eq!(word.pages, [1, 2, 2]);
    // Text before a break in the same paragraph keeps the paragraph on its page.
    let mid = format!(
        "{}<w:r><w:lastRenderedPageBreak/><w:t>on</w:t></w:r>",
        run("Carried")
    );
    assert_eq!(
        read_body(
            &[
                para(None, &run("Wren")),
                para(None, &mid),
                para(None, &run("x"))
            ]
            .concat()
        )
        .pages,
        [1, 1, 2]
    );
    // No layout recorded: the writer's own breaks.
    let explicit = read_body(
        &[
            para(None, page_break),
            para(None, &run("Next")),
            before.to_string(),
        ]
        .concat(),
    );
    assert_eq!(explicit.pages, [1, 2, 3]);
    // Both: Word's layout already counts the breaks the writer put in.
    let both = r#"<w:p><w:r><w:lastRenderedPageBreak/><w:t>Next</w:t></w:r></w:p>"#.to_string();
    assert_eq!(
        read_body(&[para(None, page_break), both].concat()).pages,
        [1, 2]
    );
    // No break of either kind: nothing is said about pages.
    assert!(read_body(&para(None, &run("Wren"))).pages.is_empty());
}

#[test]
fn a_paragraph_at_a_list_items_text_edge_is_more_of_the_item() {
    let indented = |ind: &str, runs: &str| {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/>{ind}</w:pPr>{runs}</w:p>"#)
    };
    let numbered = |runs: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/></w:pPr>{runs}</w:p>"#
        )
    };
    let body = [
        numbered(&run("Guided ferries through the fog")),
        indented(
            r#"<w:ind w:left="720"/>"#,
            &run("https://example.org/ferries"),
        ),
        numbered(&run("Kept the lantern lit")),
        // Set at the page's edge: a paragraph of its own.
        indented(r#"<w:ind w:left="0"/>"#, &run("Lantern Isles")),
    ]
    .concat();
    assert_eq!(
        read_body(&body).lowered.text,
        "- Guided ferries through the fog\n  https://example.org/ferries\n\
         - Kept the lantern lit\nLantern Isles\n"
    );
}

#[test]
fn a_short_bold_line_set_larger_than_the_body_is_a_heading() {
    let sized = |size: u16, bold: bool, text: &str| {
        let b = if bold { "<w:b/>" } else { "" };
        format!(
            r#"<w:p><w:r><w:rPr>{b}<w:sz w:val="{size}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        sized(40, true, "Wren Halloway"),
        sized(26, true, "Ferry Work"),
        sized(22, true, "Harbour Pilot"),
        sized(22, false, "Guided ferries through the fog for six winters"),
        sized(26, false, "Set large but not bold"),
    ]
    .concat();
    assert_eq!(
        read_body(&body).lowered.text,
        "# Wren Halloway\n## Ferry Work\n**Harbour Pilot**\n\
         Guided ferries through the fog for six winters\nSet large but not bold\n"
    );
}
