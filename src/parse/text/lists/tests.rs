//! Tests of `lists`.

use super::*;
use crate::parse::text::normalise::Document;

fn awards_of(text: &str) -> Vec<Award> {
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let mut out = Vec::new();
    awards(
        &doc.lines,
        &idxs,
        &mut out,
        &mut Recorder::new(doc.source.len()),
    );
    out
}

#[test]
fn award_lines() {
    let a = awards_of(
        "- Lakeview University, 2<sup>nd</sup> Place Bursary, 2016-17\n- Regional Bake-Off 2021, Finalist (top 3 of 1,204 bakers)\n- Employee of the Year — Harbour Café, 2022\n- Dean's List\n  2018",
    );
    assert_eq!(a.len(), 4);
    assert_eq!(a[0].title.as_deref(), Some("2nd Place Bursary"));
    assert_eq!(a[0].awarder.as_deref(), Some("Lakeview University"));
    assert_eq!(a[0].date.as_deref(), Some("2016"));
    assert_eq!(
        a[1].title.as_deref(),
        Some("Finalist (top 3 of 1,204 bakers)")
    );
    assert_eq!(a[1].awarder.as_deref(), Some("Regional Bake-Off"));
    assert_eq!(a[2].title.as_deref(), Some("Employee of the Year"));
    assert_eq!(a[3].date.as_deref(), Some("2018"));
}

#[test]
fn the_closing_declaration_is_no_award() {
    let a = awards_of("2021    Baker of the Year, Crumb & Co\n\nI hereby declare that the above particulars are true.");
    assert_eq!(a.len(), 1);
    let a = awards_of("- Gold Medal in Sugar Work – Durban Showcase, 2015\n- Silver, Plated Desserts – Kelda Awards, 2016");
    assert_eq!(a[1].title.as_deref(), Some("Silver, Plated Desserts"));
}

#[test]
fn issued_by_lines_finish_the_item_above() {
    let a = awards_of(
        "Teacher of the Year\nIssued by Northfield Schools Trust · Mar 2019\nDean's List\n2016",
    );
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].title.as_deref(), Some("Teacher of the Year"));
    assert_eq!(a[0].awarder.as_deref(), Some("Northfield Schools Trust"));
    assert_eq!(a[0].date.as_deref(), Some("2019-03"));
    assert_eq!(a[1].date.as_deref(), Some("2016"));
    let a = awards_of("Engineering Excellence Award\nBest Infrastructure Hack — 2019");
    assert_eq!(a.len(), 2);
    assert_eq!(a[1].title.as_deref(), Some("Best Infrastructure Hack"));
    assert_eq!(a[1].date.as_deref(), Some("2019"));
}

#[test]
fn certificate_levels_stay_in_the_name() {
    let doc = Document::new(
        "AWS Certified Solutions Architect – Associate (2022)\nFood Hygiene Certificate – Level 2, Kelda Council, 2019",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let mut out = Vec::new();
    certificates(&doc.lines, &idxs, &mut out, &mut Recorder::new(2));
    assert_eq!(
        out[0].name.as_deref(),
        Some("AWS Certified Solutions Architect – Associate")
    );
    assert_eq!(out[0].issuer, None);
    assert_eq!(
        out[1].name.as_deref(),
        Some("Food Hygiene Certificate – Level 2")
    );
    assert_eq!(out[1].issuer.as_deref(), Some("Kelda Council"));
}

#[test]
fn publications_take_the_quoted_title() {
    let doc = Document::new("- R. Okoye, “Tidal heat in shallow bays,” Coastal Letters, 2021.");
    let mut out = Vec::new();
    publications(&doc.lines, &[0], &mut out, &mut Recorder::new(1));
    assert_eq!(out[0].name.as_deref(), Some("Tidal heat in shallow bays"));
    assert_eq!(out[0].release_date.as_deref(), Some("2021"));
}

#[test]
fn blocks_of_a_dated_title_and_its_giver_are_one_award_each() {
    let a = awards_of(
        "Best Poster Award    2021\nKelda Data Summit\n\nDean's List    2019\nHarrow University\n",
    );
    let got: Vec<_> = a
        .iter()
        .map(|a| (a.title.as_deref(), a.awarder.as_deref(), a.date.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("Best Poster Award"),
                Some("Kelda Data Summit"),
                Some("2021")
            ),
            (Some("Dean's List"), Some("Harrow University"), Some("2019")),
        ]
    );
    // Blocks that do not repeat the shape (an undated block) are read line by line, a
    // line naming no award under a title being its awarder.
    let a = awards_of("Best Poster Award    2021\nKelda Data Summit\n\nDean's List\nChess Cup\n");
    let got: Vec<_> = a
        .iter()
        .map(|a| (a.title.as_deref(), a.awarder.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("Best Poster Award"), Some("Kelda Data Summit")),
            (Some("Dean's List"), None),
            (Some("Chess Cup"), None)
        ]
    );
}

#[test]
fn an_awarder_after_a_spaced_hyphen_and_empty_brackets() {
    let out = awards_of(
        "Tide award and grant - Kelda Foundation for Students\nAward for success in studies ( , , )",
    );
    assert_eq!(out[0].title.as_deref(), Some("Tide award and grant"));
    assert_eq!(
        out[0].awarder.as_deref(),
        Some("Kelda Foundation for Students")
    );
    assert_eq!(
        out[1].title.as_deref(),
        Some("Award for success in studies")
    );
}

#[test]
fn a_line_that_breaks_off_mid_phrase_goes_on_below() {
    let a = awards_of(
        "2020    Rank 7 in the Kelda Entrance Test (Harbour\nScience Board) in Botany and\nZoology\n2018    Tide Scholarship\nKelda University – Faculty of Arts,\nPrize for Best Poster",
    );
    let titles: Vec<_> = a.iter().filter_map(|a| a.title.as_deref()).collect();
    assert_eq!(
        titles,
        [
            "Rank 7 in the Kelda Entrance Test (Harbour Science Board) in Botany and Zoology",
            "Tide Scholarship",
            "Prize for Best Poster"
        ]
    );
    assert_eq!(a[2].awarder.as_deref(), Some("Kelda University"));
}

#[test]
fn sentences_quoted_names_and_ranks() {
    let a = awards_of(
        "- Awarded the Tide Medal for the best thesis in the Kelda faculty, chosen by peers – worth £50 (2019). https://kelda.example/medal\n- 2021, “Harbour Reader,” Kelda Foundation Teaching Grant ($5,000)\n- Kelda Essay Competition, First Prize, 2017\n- 2022    Best Poster at Kelda Summit 2022",
    );
    assert_eq!(
        a[0].title.as_deref(),
        Some("Awarded the Tide Medal for the best thesis in the Kelda faculty, chosen by peers – worth £50")
    );
    assert_eq!(a[0].date.as_deref(), Some("2019"));
    assert_eq!(a[1].title.as_deref(), Some("Harbour Reader"));
    assert_eq!(
        a[1].awarder.as_deref(),
        Some("Kelda Foundation Teaching Grant ($5,000)")
    );
    assert_eq!(
        a[2].title.as_deref(),
        Some("Kelda Essay Competition, First Prize")
    );
    // A year after the name, with the item's date leading the line, is the name's.
    assert_eq!(
        a[3].title.as_deref(),
        Some("Best Poster at Kelda Summit 2022")
    );
    assert_eq!(a[3].date.as_deref(), Some("2022"));
}

#[test]
fn a_comma_before_the_lines_own_date_breaks_off_nothing() {
    let a = awards_of("Tide Prize (3 rounds), 2021\nKelda Medal (2 rounds), 2019");
    assert_eq!(a.len(), 2);
}

#[test]
fn cells_set_apart_by_bars_keep_their_commas() {
    let a = awards_of("2018 | Hackathon winner, Mobility track | Kelda Tech Week");
    assert_eq!(
        a[0].title.as_deref(),
        Some("Hackathon winner, Mobility track")
    );
    assert_eq!(a[0].awarder.as_deref(), Some("Kelda Tech Week"));
    // One named cell beside a date: its comma still parts title and awarder.
    let a = awards_of("Best Poster Award, Kelda Society | 2019");
    assert_eq!(a[0].title.as_deref(), Some("Best Poster Award"));
    assert_eq!(a[0].awarder.as_deref(), Some("Kelda Society"));
}
