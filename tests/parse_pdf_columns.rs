//! Reading order of multi-column PDF résumés, found by geometry: fictional résumés printed
//! to PDF by headless Chromium from the HTML beside them (`fixtures/parse/pdf_src/`), each
//! a layout that reads wrongly line by line across the page: a full-width header over two
//! columns, a sidebar under a banner on the main column's baseline grid, a short sidebar
//! on the right, a date column that is one table with its entries, not two columns,
//! labels and dates set larger than their values beside them (rows, not headings), and
//! names and table cells wrapped in a narrow column (joined back, list items not).

use std::path::Path;

use vitae::parse::read_pdf;

/// The lowered lines of fixture `name`.
fn lines(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parse")
        .join(name);
    let pdf = read_pdf(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    pdf.lowered.text.lines().map(str::to_owned).collect()
}

/// The number of the first line holding `needle`.
fn at(lines: &[String], needle: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line holds {needle:?}: {lines:#?}"))
}

/// No line holds both texts: two columns were not read across as one.
fn apart(lines: &[String], a: &str, b: &str) {
    assert!(
        !lines.iter().any(|l| l.contains(a) && l.contains(b)),
        "{a:?} and {b:?} on one line: {lines:#?}"
    );
}

#[test]
fn a_full_width_header_is_read_before_the_two_columns_below_it() {
    let l = lines("pdf_header_columns_archivist.pdf");
    assert!(l[0].contains("Ingrid Sølvberg"), "{l:#?}");
    // The summary runs across the page, so it is read whole, before either column.
    assert!(at(&l, "Archivist with ten years") < at(&l, "EXPERIENCE"));
    assert!(at(&l, "fragile paper") < at(&l, "EXPERIENCE"));
    // Columns of equal width read left, then right, each whole.
    assert!(at(&l, "Wrote the library's guide") < at(&l, "MA Archival Science"));
    assert!(at(&l, "EXPERIENCE") < at(&l, "EDUCATION"));
    assert!(at(&l, "Records retention schedules") < at(&l, "German – intermediate"));
    apart(&l, "Catalogued", "Archival Science");
    apart(&l, "Bergen City Archives", "University of Oslo");
}

#[test]
fn a_sidebar_on_the_main_columns_baselines_is_a_column_not_a_table() {
    let l = lines("pdf_banner_sidebar_surveyor.pdf");
    assert!(l[0].contains("Kwame Asante-Boateng"), "{l:#?}");
    // The left sidebar reads through first, its own headings with it.
    assert!(at(&l, "CONTACT") < at(&l, "GNSS / RTK surveying"));
    assert!(at(&l, "French – basic") < at(&l, "PROFILE"));
    assert!(at(&l, "PROFILE") < at(&l, "Senior Surveyor"));
    apart(&l, "CONTACT", "PROFILE");
    apart(&l, "Kumasi, Ghana", "Licensed land surveyor");
    apart(&l, "SKILLS", "EXPERIENCE");
}

#[test]
fn a_short_sidebar_on_the_right_is_read_after_the_main_column() {
    let l = lines("pdf_right_sidebar_pharmacist.pdf");
    assert!(l[0].contains("Lucía Ferreyra Ortiz"), "{l:#?}");
    // The main column reads whole, then the sidebar, though it ends halfway down.
    assert!(at(&l, "Universidad de Buenos Aires") < at(&l, "Contact"));
    assert!(at(&l, "Contact") < at(&l, "Aseptic compounding"));
    apart(&l, "with a record of cutting", "Rosario, Argentina");
    apart(&l, "Reviewed chemotherapy", "Aseptic compounding");
    let wrapped = l
        .iter()
        .find(|x| x.contains("Reviewed chemotherapy"))
        .unwrap();
    assert!(wrapped.ends_with("oncology ward."), "{wrapped}");
}

#[test]
fn a_date_column_beside_its_entries_keeps_each_date_on_its_entrys_line() {
    let l = lines("pdf_date_column_mechatronics.pdf");
    let row = &l[at(&l, "09/2019 – heute")];
    assert!(row.contains("Mechatroniker, Schwarzwald"), "{row}");
    let row = &l[at(&l, "09/2004 – 07/2013")];
    assert!(row.contains("Realschule am Seepark"), "{row}");
    let row = &l[at(&l, "Name:")];
    assert!(row.contains("Tobias Reinhardt-Kühn"), "{row}");
    // Headings over the table stay in place: the table is read row by row.
    assert!(at(&l, "Berufserfahrung") < at(&l, "09/2019"));
    assert!(at(&l, "Praktikum, Elektro Wiesler") < at(&l, "Ausbildung"));
}

#[test]
fn a_large_label_or_date_beside_body_text_is_a_row_not_a_heading() {
    // Written by `pdf_src/pdf_label_rows_illustrator.py`: labels and dates set larger
    // than their values on one baseline, as design tools set a table's first column.
    let l = lines("pdf_label_rows_illustrator.pdf");
    let row = &l[at(&l, "2014 - 2017")];
    assert!(row.contains("Iceland University of the Arts"), "{row}");
    assert!(!row.starts_with('#'), "{row}");
    assert!(!l[at(&l, "BORN")].starts_with('#'), "{l:#?}");
    assert!(!l[at(&l, "Tools")].starts_with('#'), "{l:#?}");
    // The section headings, alone on their rows, stay headings.
    assert!(l.contains(&"## EDUCATION".to_owned()), "{l:#?}");
    assert!(l.contains(&"## SKILLS".to_owned()), "{l:#?}");
}

#[test]
fn names_and_cells_wrapped_at_a_narrow_columns_edge_are_read_whole() {
    // A sidebar whose school names and dated award rows wrap, and whose list items
    // (a contact, languages) fill it without wrapping.
    let l = lines("pdf_wrapped_cells_geologist.pdf");
    assert!(
        l.contains(&"University of the Northern Firths".to_owned()),
        "{l:#?}"
    );
    assert!(
        l.contains(&"Lantern Isles Institute of Oceanography and Hydrographic Survey".to_owned()),
        "{l:#?}"
    );
    let award = &l[at(&l, "2021")];
    assert!(
        award.ends_with("Society for fieldwork on drowned river valleys"),
        "{award}"
    );
    assert!(!award.contains("2016"), "{award}");
    apart(&l, "isla.rennick@example.org", "+44 7700 900417");
    apart(&l, "Scottish Gaelic", "Norwegian");
    assert!(
        l.contains(&"Norwegian – conversational".to_owned()),
        "{l:#?}"
    );
}
