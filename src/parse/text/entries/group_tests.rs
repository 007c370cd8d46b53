//! Tests of `entries`: labels that group a job's bullets (a colon line, a short item
//! over nested ones), page-continuation markers, entries written as one long item,
//! sentences that lost their bullets, year ranges inside a bullet's phrase.

use super::*;
use crate::parse::text::normalise::Document;

fn jobs(text: &str) -> (Document, Vec<Entry>) {
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Jobs);
    (doc, e)
}

#[test]
fn colon_labels_over_bullets_group_one_jobs_bullets() {
    let (doc, e) = jobs(
        "Pastry Chef\nGullwing Bakery | 2015 - Present\n\nKitchen Duties:\n- Baked the morning bread.\n- Ran the proofing schedule.\n\nStaff Training and Mentoring:\n- Trained four apprentices.\n\nHead Baker\nKelda Mill | 2011 - 2015\n\nSupplier Relations:\n- Chose the flour mills.\n",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights.len(), 3, "{b:#?}");
    // The labels are neither highlights nor entries: they describe the groups.
    let labels: Vec<&str> = b.description.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(labels, ["Kitchen Duties:", "Staff Training and Mentoring:"]);
    assert_eq!(body(&doc.lines, &e[1]).highlights.len(), 1);
}

#[test]
fn a_colon_label_naming_a_title_still_heads_a_job() {
    // "Sous Chef:" names a title: it is the next job, set as a label.
    let (_, e) = jobs(
        "Gullwing Bakery | 2015 - Present\nHead Baker:\n- Baked the morning bread.\nSous Chef:\n- Ran the line.\n",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
}

#[test]
fn a_colon_label_over_prose_is_not_a_group_label() {
    let doc = Document::new("Kitchen Duties:\nBaked the bread every morning.\n");
    let cues = features::body_cues(&doc.lines[0], doc.lines.get(1), Grouping::Jobs);
    assert!(!cues.has(Cue::GroupLabelOverList));
    let cues = features::body_cues(&doc.lines[0], doc.lines.get(1), Grouping::Items);
    assert!(!cues.has(Cue::GroupLabelOverList));
}

#[test]
fn a_page_continuation_marker_starts_no_entry() {
    let (doc, e) = jobs(
        "Pastry Chef\nGullwing Bakery | 2015 - Present\n- Baked the morning bread.\n(Pastry Chef, cont.)\n- Ran the proofing schedule.\n",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights.len(), 2);
    assert!(b.description.is_empty(), "{b:#?}");
}

#[test]
fn a_long_bullet_opening_with_a_dated_name_is_an_entry() {
    let (_, e) = jobs(
        "- Archivist at Kelda Museum (Dec 2018 – Mar 2019). Sorted the letters of a local poet, wrote the finding aid, and trained the volunteers who will keep the collection in order for the next ten years.\n- Research Assistant at Kelda University (Jun 2017 – Oct 2017). Sorting and coding the interview data from the harbour study with the project lead and the two doctoral students.\n",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    // Without a dated name first, a long bullet is a highlight of the entry above.
    let (_, e) = jobs(
        "Archivist, Kelda Museum, 2018 – 2019\n- Sorted the letters of a local poet, wrote the finding aid, and trained the volunteers who will keep the collection in order for the next ten years at the museum (2019).\n",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].body.len(), 1);
}

#[test]
fn a_short_item_over_nested_items_labels_them() {
    let (doc, e) = jobs(
        "Pastry Chef, Gullwing Bakery, 2015 - 2020\n- Duties\n  - Baked the morning bread.\n  - Ran the proofing schedule.\n- Courses\n  - Laminated Doughs\n  - Sugar Work\n- Won the town's baking prize in 2018\n",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    let b = body(&doc.lines, &e[0]);
    let highlights: Vec<&str> = b.highlights.iter().map(|(_, t)| t.as_str()).collect();
    // The courses taught go with their label to the description; the items under
    // another label are highlights; a long item after them is one too.
    assert_eq!(
        highlights,
        [
            "Baked the morning bread.",
            "Ran the proofing schedule.",
            "Won the town's baking prize in 2018"
        ]
    );
    assert_eq!(b.description.len(), 4, "{b:#?}");
}

#[test]
fn an_item_with_a_sentence_over_nested_items_is_a_highlight() {
    let (doc, e) = jobs(
        "Pastry Chef, Gullwing Bakery, 2015 - 2020\n- Rebuilt the bakery's ordering system\n  - Cut waste by a third.\n",
    );
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights.len(), 2, "{b:#?}");
}

#[test]
fn short_capitalised_lines_without_bullets_are_items() {
    let (doc, e) = jobs(
        "Gullwing Bakery — Baker\nJanuary 2020 - PRESENT\nBaked the morning bread\nServed at the counter\n",
    );
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights.len(), 2, "{b:#?}");
    // The wrapped lines of one sentence stay one description.
    let (doc, e) = jobs(
        "Gullwing Bakery — Baker\nJanuary 2020 - PRESENT\nBaked the morning bread for the\nWhole harbour district\n",
    );
    let b = body(&doc.lines, &e[0]);
    assert!(b.highlights.is_empty(), "{b:#?}");
}

#[test]
fn a_lone_sentence_is_a_highlight_where_another_entry_lost_its_bullets() {
    let text = "Clerk\nKelda Foods\n2019 - 2021\nFiled and reconciled the supplier invoices every week.\nAnswered the customer phone line for three depots.\nPorter\nKelda Hotel\n2017 - 2019\nCarried guests' bags and kept the lobby tidy on night shifts.\n";
    let (doc, e) = jobs(text);
    assert_eq!(e.len(), 2);
    let b = body::body(&doc.lines, &e[1]);
    assert_eq!(b.highlights.len(), 1, "{b:?}");
    // Alone in its section, one sentence stays the description.
    let (doc, e) = jobs(
        "Porter\nKelda Hotel\n2017 - 2019\nCarried guests' bags and kept the lobby tidy on night shifts.\n",
    );
    let b = body::body(&doc.lines, &e[0]);
    assert!(b.highlights.is_empty(), "{b:?}");
}

#[test]
fn a_range_inside_a_bullet_phrase_starts_no_entry() {
    let (_, e) = jobs(
        "Planner, Kelda Council\n2019 - 2021\n- Led the cycling plan 2022-2026 for the whole city\n- Ran the consultations\n",
    );
    assert_eq!(e.len(), 1);
    // A dated bullet set apart as an entry still is one.
    let (_, e) = jobs("- Porter, Kelda Hotel (2017 - 2019)\n- Clerk, Kelda Foods (2019 - 2021)\n");
    assert_eq!(e.len(), 2);
}
