//! Tests of `name`.

use super::*;
use crate::parse::text::normalise::Document;

fn first_line_score(text: &str) -> Option<i32> {
    let doc = Document::new(text);
    name_score(&doc.lines[0], true)
}

#[test]
fn titles_before_a_name_are_no_part_of_it() {
    assert_eq!(name_part("Dipl.-Ing. Ana Tide"), "Ana Tide");
    assert_eq!(name_part("Prof. Dr. Ana Tide, PhD"), "Ana Tide");
    // Two words stay, whatever the first is.
    assert_eq!(name_part("Dr Tide"), "Dr Tide");
}

#[test]
fn particles_inside_names() {
    for name in [
        "# Ludwig van Beethoven",
        "# Maria de la Cruz",
        "# Jean-Luc d'Arcy",
        "# Carla dell’Orto",
        "# Samira al-Rashid",
        "# Pedro Ruiz y Gómez",
    ] {
        assert!(first_line_score(name).is_some(), "{name}");
    }
}

#[test]
fn lowercase_words_are_no_names() {
    for line in ["# Edit a Person", "# d'accord", "# Notes on al-gebra"] {
        assert!(first_line_score(line).is_none(), "{line}");
    }
}

#[test]
fn titles_and_degrees_after_a_name_are_no_part_of_it() {
    assert_eq!(name_part("Ana Tide, Dr. rer. nat"), "Ana Tide");
    assert_eq!(name_part("Ana Tide, Dr. med."), "Ana Tide");
    assert_eq!(name_part("Dr. Ana Tide PhD"), "Ana Tide");
    assert_eq!(name_part("Ana Tide, MD"), "Ana Tide");
    // A comma part that is words, not a title, stays ("Tide, Ana" is a name turned round).
    assert_eq!(
        name_part("Ana Tide, Dr. Marlow Street"),
        "Ana Tide, Dr. Marlow Street"
    );
    // Two words stay even when the last reads as a degree.
    assert_eq!(name_part("Ana MA"), "Ana MA");
}

#[test]
fn a_name_with_a_title_after_it_scores() {
    assert_eq!(name_part("Christa Vale, Dr. rer. nat"), "Christa Vale");
    assert!(first_line_score("# Christa Vale, Dr. rer. nat").is_some());
}

#[test]
fn a_surname_that_is_a_trade_on_the_title_line() {
    assert!(first_line_score("# Greta Koch").is_some());
    assert!(first_line_score("# Tomas Baker").is_some());
    // A title line that is a job title is none.
    assert!(first_line_score("# Art Teacher").is_none());
    assert!(first_line_score("# Senior Baker").is_none());
    for line in [
        "Data Engineer",
        "Line Cook",
        "Head Chef",
        "Software Developer",
    ] {
        assert!(first_line_score(line).is_none(), "{line}");
    }
    assert!(first_line_score("Greta Koch, Dr. rer. nat").is_some());
    // Lower down, not the first line, a trade word is a title.
    let doc = Document::new("# Greta Koch");
    assert!(name_score(&doc.lines[0], false).is_none());
}

#[test]
fn a_headline_glued_to_the_name() {
    assert_eq!(name_part("Ana Tide Full Stack Developer"), "Ana Tide");
    assert_eq!(
        glued_title("Ana Tide Full Stack Developer"),
        Some(("Ana Tide".into(), "Full Stack Developer".into()))
    );
    assert_eq!(name_part("Ana Maria Tide"), "Ana Maria Tide");
    // Words that are no headline stay with the name.
    assert_eq!(glued_title("Ana Tide Rivers"), None);
    assert_eq!(glued_title("Kelda Labs Software Engineer"), None);
}

#[test]
fn a_metropolitan_area_is_its_city() {
    assert_eq!(
        super::profile::metro_area_city("Greater Lyon Metropolitan Area"),
        Some("Lyon")
    );
    assert_eq!(
        super::profile::metro_area_city("Greater Lyon Area"),
        Some("Lyon")
    );
    assert_eq!(
        super::profile::metro_area_city("Lyon Metropolitan Area"),
        Some("Lyon")
    );
    assert_eq!(super::profile::metro_area_city("Service Area"), None);
}

#[test]
fn a_readme_greeting_and_a_slashed_licence_are_no_part_of_a_name() {
    assert_eq!(name_part("👋 Hi, I'm Ana Tide"), "Ana Tide");
    assert_eq!(name_part("Hello, I’m Ana Tide"), "Ana Tide");
    assert_eq!(name_part("Ana Tide, OTR/L"), "Ana Tide");
}

#[test]
fn a_row_labelled_in_a_table_gives_its_value_as_the_name() {
    // The label cell of a label/value table, then a wide gap, then the name.
    assert_eq!(name_part("Name    Ana Tide"), "Ana Tide");
    assert_eq!(name_part("PERSONAL INFORMATION    Ana Tide"), "Ana Tide");
    // A name and a headline keep the name.
    assert_eq!(name_part("Ana Tide    Harbour Pilot"), "Ana Tide");
}
