//! Tests of `vocab`.

use super::*;

#[test]
fn lookups_ignore_case_and_punctuation() {
    assert!(is_title_head("Engineer"));
    assert!(is_title_head("Interns"));
    assert!(is_title_head("Projektleiterin"));
    assert!(is_title_head("Tischlermeister"));
    assert!(!is_title_head("Meister"));
    assert!(is_title_head("Engenheiro"));
    assert!(is_title_head("Ingénieure"));
    assert!(is_title_head("Técnico"));
    assert!(!is_title_head("Fabricação"));
    assert!(is_title_word("Sr."));
    assert!(is_org_suffix("Inc."));
    assert!(is_org_suffix("GmbH,"));
    assert!(is_institution_word("University"));
    assert!(is_state("CA"));
    assert!(is_country("China"));
    assert!(is_city("San Francisco"));
    assert!(is_tech("C++"));
    assert!(is_spoken_language("Portuguese (native)"));
    assert!(!is_spoken_language("Python"));
    assert!(is_degree_abbrev("M.Sc."));
    assert!(is_employment_type("Full-time"));
    assert!(!is_org_suffix("Engineer"));
}

#[test]
fn lookups_fold_typographic_apostrophes() {
    assert!(is_degree_abbrev("Master’s"));
    assert!(is_degree_abbrev("“Bachelor’s”"));
}

#[test]
fn music_and_integrated_science_degrees_are_degrees() {
    for d in [
        "BMus", "MMus", "DMus", "B.Mus.", "MSci", "MBiol", "MPhys", "MChem", "MPharm",
    ] {
        assert!(is_degree_abbrev(d), "{d}");
    }
}
