//! Award lines split into title and awarder.

use super::*;

fn split(parts: &[&str]) -> (String, Option<String>) {
    award_title(parts.iter().map(|s| s.to_string()).collect())
}

#[test]
fn placements_keep_their_category() {
    assert_eq!(
        split(&["Silver", "Poster Design", "Kelda Print Awards"]),
        (
            "Silver, Poster Design".into(),
            Some("Kelda Print Awards".into())
        )
    );
    assert_eq!(
        split(&["Shortlisted", "Best First Novel", "Harrow Book Prize"]).0,
        "Shortlisted, Best First Novel"
    );
    assert_eq!(
        split(&["Kelda Design Award", "Best Mobile App"]).0,
        "Kelda Design Award, Best Mobile App"
    );
    assert_eq!(
        split(&["Honorable Mention", "Kelda Web Awards"]),
        ("Honorable Mention".into(), Some("Kelda Web Awards".into()))
    );
    assert_eq!(
        split(&["Kelda Baker of the Year", "Runner-up", "Kelda Guild"]),
        (
            "Kelda Baker of the Year – Runner-up".into(),
            Some("Kelda Guild".into())
        )
    );
    // A prize and the contest that gave it stay apart.
    assert_eq!(
        split(&["Second Prize", "Kelda Robotics Contest"]),
        ("Second Prize".into(), Some("Kelda Robotics Contest".into()))
    );
}

#[test]
fn awarders_on_lines_of_their_own() {
    use crate::parse::text::normalise::Document;
    let marks = |text: &str| {
        let doc = Document::new(text);
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        awarder_lines(&doc.lines, &idxs)
    };
    // Copied out of a PDF: the date before or after the awarder.
    assert_eq!(
        marks("Tide Prize\n\n2019\n\nKelda University\n\nDean's List\nHarbour College\n\n2018"),
        [false, false, true, false, true, false]
    );
    // A line naming no award with no title above it: the list isn't one of awards.
    assert!(
        !marks("Tide Prize 2019\nKelda University\nHarbour Survey 2018\nHarbour College")
            .contains(&true)
    );
}
#[test]
fn marked_titles() {
    assert_eq!(
        emphasised_award("- Kelda Ledger *Craft Award*, 2023").as_deref(),
        Some("Craft Award")
    );
    assert_eq!(emphasised_award("- *Kelda Ledger*, 2023"), None);
}

#[test]
fn a_quoted_name_first_then_who_gave_it() {
    assert_eq!(
        split(&["“Tide Reader,” Kelda Foundation Grant"]),
        ("Tide Reader".into(), Some("Kelda Foundation Grant".into()))
    );
    assert_eq!(
        split(&["“Best Paper” Award", "Kelda Conf"]).0,
        "“Best Paper” Award"
    );
}

#[test]
fn a_quoted_award_then_who_gave_it() {
    assert_eq!(
        split(&["Scholarship “Tide Grant” of the Kelda Government"]),
        (
            "Scholarship “Tide Grant”".to_string(),
            Some("the Kelda Government".to_string())
        )
    );
}

#[test]
fn columns_run_together() {
    assert_eq!(
        split(&["Best Poster Award Harrow Data Summit Denver", "CO"]),
        (
            "Best Poster Award".into(),
            Some("Harrow Data Summit".into())
        )
    );
    assert_eq!(
        split(&["3rd Prize Scholarship", "Harrow University"]),
        (
            "3rd Prize Scholarship".into(),
            Some("Harrow University".into())
        )
    );
    assert_eq!(
        split(&["Teacher of the Year Award"]).0,
        "Teacher of the Year Award"
    );
}
