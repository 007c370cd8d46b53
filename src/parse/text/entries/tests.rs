//! Tests of `entries`.

use super::*;
use crate::parse::text::normalise::Document;

fn entries(text: &str) -> (Document, Vec<Entry>) {
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Jobs);
    (doc, e)
}

#[test]
fn one_company_several_roles() {
    let (_, e) = entries(
        "Kestrel Robotics GmbH\n\nSenior Firmware Engineer Mar 2021 - Present\n- Led the motor team.\nFirmware Engineer Jun 2018 - Feb 2021\n- Wrote drivers for the arm.\n",
    );
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].header.len(), 2);
    assert_eq!(e[0].dates.start.as_deref(), Some("2021-03"));
    assert!(e[0].dates.open);
    assert_eq!(e[1].dates.end.as_deref(), Some("2021-02"));
}

#[test]
fn degrees_without_bodies_split() {
    let (_, e) = entries(
        "Northgate University, Leeds\nM.Sc. in Physics, expected June 2026\nNorthgate University, Leeds\nB.Sc. in Physics\nHollin College, York, UK\n2015 – 2018\nA-levels Diploma",
    );
    assert_eq!(e.len(), 3);
    assert!(e[0].dates.expected);
    assert_eq!(e[0].dates.end.as_deref(), Some("2026-06"));
    assert!(e[0].dates.single);
}

#[test]
fn a_lone_year_in_a_date_column_starts_an_entry() {
    let (_, e) = entries(
        "2020              CIMA, Chartered Institute of Management Accountants in London\n2012 – 2015       BA (Hons) Economics, Northgate University",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].dates.start.as_deref(), Some("2020"));
    assert_eq!(e[1].dates.start.as_deref(), Some("2012"));
}

#[test]
fn date_column_glued_to_text() {
    let (doc, e) = entries(
        "### Umbra Labs Inc., Data Engineer, Oslo\n#### 2019/04 Billing platform\n- 2021/08 Rebuilt the ledger.\n  - Cut costs by half.\n#### Search team\n- Shipped search.\n### Umbra Labs Inc., Data Engineer Intern, Oslo\n2018/06 Reporting tools\n- Wrote reports.",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].dates.start.as_deref(), Some("2019-04"));
    assert_eq!(e[0].dates.end.as_deref(), Some("2021-08"));
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights[0].1, "Rebuilt the ledger.");
    assert_eq!(b.highlights.len(), 3);
    assert_eq!(b.description.len(), 1);
    assert_eq!(e[1].dates.start.as_deref(), Some("2018-06"));
    assert_eq!(e[1].dates.end, None);
}

#[test]
fn roles_without_bullets_in_columns() {
    let (_, e) = entries(
        "Osteria Lume        Columbus, OH\nSous Chef        09/2020 - 01/2023\nThe Brass Kettle        Osaka, Japan\nLine Cook        03/2018 - 07/2020\n- Ran the pass.",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    let (_, e) = entries(
        "Osteria Lume\n\nSous Chef\n\n09/2020 – 01/2023 Columbus, OH\n\nThe Brass Kettle\n\nLine Cook\n\n03/2018 – 07/2020",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    let (_, e) = entries(
        "OSTERIA LUME | Columbus, OH\nHead Chef, 2023 - Present\n- Ran the pass.\nSous Chef, 2020 - 2023\n\nTHE BRASS KETTLE | Osaka, Japan\nLine Cook, 2018 - 2020",
    );
    assert_eq!(e.len(), 3, "{e:#?}");
    assert_eq!(e[2].header.len(), 2);
    // Titles first: the employer under each title belongs to it.
    let (_, e) = entries(
        "Charge Nurse, 2020 - 2022\nLakeview Clinic, Leeds, UK\nStaff Nurse, 2018 - 2020\nLakeview Clinic, Leeds, UK",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[1].header.len(), 2);
    // A team under the role, over its bullets, stays with it.
    let (_, e) = entries(
        "Acme Corp\nSoftware Engineer   2019 – 2021\nPayments Platform\n- Built the ledger.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    // Title and dates first, then the employer and its place: one role.
    let (_, e) = entries(
        "Pediatric Nurse, Nov 2022 - Dec 2024\nLakeview Clinic, Leeds, UK\n- Ran the ward.",
    );
    assert_eq!(e.len(), 1);
}

#[test]
fn prose_beside_bulleted_roles_is_a_description() {
    let text = "Acme Mills\nBaker\n2019 - 2021\n• Baked rye for the farmers market.\nCrumb & Co\nBaker\n2016 - 2019\nRan the ovens for a busy bakery.\nTrained two apprentices on the night shift.";
    let (doc, e) = entries(text);
    assert_eq!(e.len(), 2, "{e:#?}");
    let b = body(&doc.lines, &e[1]);
    assert!(b.highlights.is_empty());
    assert_eq!(b.description.len(), 2);
    // With no bullets anywhere, such lines are bullets the converter lost.
    let (doc, e) = entries(&text.replace("• ", ""));
    assert_eq!(body(&doc.lines, &e[1]).highlights.len(), 2);
}

#[test]
fn dates_split_over_lines() {
    let (_, e) =
        entries("Lakeside Clinic\nStaff Nurse\nSep 2019 –\nPresent\n- Ran the night shift.");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].dates.start.as_deref(), Some("2019-09"));
    assert!(e[0].dates.open);
}

#[test]
fn undated_project_after_dated_ones_is_its_own_entry() {
    let doc = Document::new(
        "Loomline (2021)\n- Built a weaving editor.\nTidal Clock\n- Shows the tide.\nStack: Rust, Embedded HAL\nSeedbank | 2019 – 2020\n- Ran it for two seasons.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Items);
    assert_eq!(e.len(), 3);
    assert_eq!(
        body(&doc.lines, &e[1]).keywords[0].1,
        ["Rust", "Embedded HAL"]
    );
    // In a jobs section the same dateless line reads as a sub-heading.
    let e = group(&doc.lines, &idxs, Grouping::Jobs);
    assert_eq!(e.len(), 2);
}

#[test]
fn a_run_with_one_date_each_time_is_one_entry() {
    // Each project: its name and dates, a line of what it was, then bullets. The
    // kind line alone looks like a project name; the repetition says it isn't.
    let doc = Document::new(
        "Tidepool                       March 2021 – May 2022\n\nResearch Project\n\
         • Charted the tides.\n• Logged the moons.\n\nLoom        2019 – 2020\n\n\
         Course Project\n• Wove things.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    for grouping in [Grouping::Projects, Grouping::Jobs] {
        let e = group(&doc.lines, &idxs, grouping);
        assert_eq!(e.len(), 2, "{e:#?}");
    }
    // A technology line closing each entry doesn't hide the repetition.
    let doc = Document::new(
        "Tidepool                       March 2021 – May 2022\n\nResearch Project\n\
         • Charted the tides.\nTechnologies: Rust, SQLite\n\nLoom        2019 – 2020\n\n\
         Course Project\n• Wove things.\nTechnologies: C\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    for grouping in [Grouping::Projects, Grouping::Jobs] {
        let e = group(&doc.lines, &idxs, grouping);
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].header.len(), 2);
        assert_eq!(e[1].dates.start.as_deref(), Some("2019"));
    }
}

#[test]
fn projects_without_bullets_end_at_a_blank_line() {
    let doc = Document::new(
        "Orbit\ngithub.com/ada/orbit\n\nTidepool\nMarch 2021 – May 2022\n- Charted the tides.\n\nLoom\n- Wove things.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Projects);
    assert_eq!(e.len(), 3, "{e:#?}");
    assert_eq!(e[1].dates.start.as_deref(), Some("2021-03"));
    let doc = Document::new(
        "Orbit\n\nTidepool\n- Charted the tides.\n\nLoom\n\nKelda Weavers Guild - 2021\n- Wove things.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Projects);
    assert_eq!(e.len(), 3, "{e:#?}");
    assert_eq!(e[2].header.len(), 2);
    let doc = Document::new("Orbit\nTidepool      2021 – 2022\n- Charted the tides.");
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    assert_eq!(group(&doc.lines, &idxs, Grouping::Projects).len(), 2);
    let doc = Document::new("Orbit\nTidepool (2021): a tide-chart app.");
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    assert_eq!(group(&doc.lines, &idxs, Grouping::Projects).len(), 2);
    // A company's header split by a blank line stays one job.
    let doc = Document::new("Acme Robotics\n\nFirmware Engineer  2019 – 2021\n- Wrote drivers.");
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    assert_eq!(group(&doc.lines, &idxs, Grouping::Jobs).len(), 1);
}

#[test]
fn bulleted_entry_lines() {
    let (doc, e) = entries(
        "• Senior Baker, Crumb & Co Ltd (2019 – present)\n   ◦ Ran the night bake.\n• Baker, Rye House (2016 – 2019)\n   ◦ Shaped 400 loaves a night.\n• Promoted to shift lead in 2018",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[1].dates.start.as_deref(), Some("2016"));
    assert_eq!(body(&doc.lines, &e[1]).highlights.len(), 2);
}

#[test]
fn first_bullet_technology_list_is_keywords() {
    let (doc, e) = entries("Pixel Garden\nOct 2019 - Dec 2019\n- Rust, WebAssembly, Canvas, SQLite\n- Built a garden planner.");
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.keywords[0].1, ["Rust", "WebAssembly", "Canvas", "SQLite"]);
    assert_eq!(b.highlights.len(), 1);
}

#[test]
fn a_list_of_dated_items_is_one_entry_per_item() {
    let doc = Document::new(
        "- **Doctorate** in *Tidal Studies* (with a long note on the thesis committee), Kelda University, **12 May 2021**.\n  Thesis: currents and the shape of small harbours.\n- **Master** in *Coastal Geography*, Kelda University, **3 July 2016** (first class).\n- Diploma in Surveying / Northgate Technical School - 2012.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Items);
    assert_eq!(e.len(), 3);
    assert_eq!(e[0].body.len(), 1);
    assert_eq!(e[0].dates.start.as_deref(), Some("2021-05"));
    assert_eq!(e[2].dates.start.as_deref(), Some("2012"));
}

#[test]
fn highlights_with_a_date_here_and_there_stay_highlights() {
    let (_, e) = entries(
        "Baker, Crumb & Co, 2018 – 2021\n- Opened the second shop in 2019 and trained four apprentices there over the years.\n- Ran the ovens, the orders and the weekly stock count for the whole shop.\n",
    );
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].body.len(), 2);
}

#[test]
fn blocks_with_one_date_each_are_one_entry_each() {
    let doc = Document::new(
        "Maintainer, Tidewiki, Kelda Library\n2019 – 2021\n\nSite Redesign, Coastal Walks Society\n2014 – 2015\n\nTide Scripts, Harbour Atlas, Kelda Survey\n2012 – 2013\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Projects);
    assert_eq!(e.len(), 3);
    assert!(e.iter().all(|e| e.header.len() == 2));
}

#[test]
fn a_header_line_stopping_on_and_runs_on_to_the_next() {
    let doc = Document::new(
        "2019    Harbour Survey and\n        Mapping Office, Kelda\n- Drew the charts.\n2017    Tide Works Ltd\n- Read the gauges.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Jobs);
    assert_eq!(e.len(), 2);
    assert!(e[0].heads[0]
        .pieces
        .iter()
        .any(|p| p.text == "Harbour Survey and Mapping Office"));
    assert!(e[0].heads[1].pieces.is_empty());
    assert!(runs_on("Kelda Vermessungs-") && !runs_on("Kelda Survey-2") && !runs_on("Kelda"));
}

#[test]
fn a_school_below_a_dated_degree_is_its_school_where_degrees_come_first() {
    // Text copied out of a PDF sets a right-aligned date apart by blank lines.
    let text = "M.Sc., Tidal Studies\n\nJune 2021\n\nKelda University · Leeds\n\nB.Sc., Geography\n\n2015 – 2018\n\nNorthgate College · York";
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Items);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].header.len(), 3);
    assert_eq!(e[1].dates.start.as_deref(), Some("2015"));
    // Where schools come first, the same school line starts the next entry.
    let text = "Kelda University\nM.Sc., Tidal Studies   2019 – 2021\n\nNorthgate College\nB.Sc., Geography   2015 – 2018";
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = group(&doc.lines, &idxs, Grouping::Items);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[1].header.len(), 2);
}

#[test]
fn prose_right_under_a_bullet_goes_on_with_it() {
    // Copied out of a PDF: wrapped items at the margin, a paragraph set apart by a blank.
    let (doc, e) = entries(
        "Surveyor, Kelda Port Authority   2018 – 2020\n• Mapped the docks.\nThen charted the outer harbour in Rust.\n• Trained two juniors.\n\nWorked with the pilots on the night shifts.\n\n• Wrote the tide tables.\nThen checked them against the gauges.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    let b = body(&doc.lines, &e[0]);
    let h: Vec<&str> = b.highlights.iter().map(|h| h.1.as_str()).collect();
    assert_eq!(
        h,
        [
            "Mapped the docks. Then charted the outer harbour in Rust.",
            "Trained two juniors.",
            "Wrote the tide tables. Then checked them against the gauges."
        ]
    );
    assert_eq!(b.description.len(), 1);
}

#[test]
fn the_entry_start_decision_is_the_classifiers() {
    // Two dated roles under one company, each run of header lines with one date: the
    // repetition starts the second entry. Weighing that cue at nothing leaves one
    // entry, so the grouping really asks the classifier.
    let doc = Document::new(
        "Kestrel Robotics GmbH\n\nSenior Firmware Engineer Mar 2021 - Present\n- Led the motor team.\nFirmware Engineer Jun 2018 - Feb 2021\n- Wrote drivers for the arm.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let count = |judge: &dyn Classifier| group_with(&doc.lines, &idxs, Grouping::Jobs, judge).len();
    assert_eq!(count(classify::classifier()), 2);
    let mut changed = classify::classifier().clone();
    changed.set_weight(Decision::EntryStart, Cue::OpensRepeat, 0.0);
    assert_eq!(count(&changed), 1);
}

#[test]
fn the_body_line_decision_is_the_classifiers() {
    // A sentence under a dated role is its body on the reviewed weights; weighing
    // prose against the body makes it a header line, so the grouping asks.
    let doc = Document::new(
        "Cook, Harbor Diner, 2019 – 2021\nI ran the grill for a busy harbour diner and trained new staff.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let bodies = |judge: &dyn Classifier| {
        group_with(&doc.lines, &idxs, Grouping::Jobs, judge)
            .iter()
            .map(|e| e.body.len())
            .sum::<usize>()
    };
    assert_eq!(bodies(classify::classifier()), 1);
    let mut changed = classify::classifier().clone();
    changed.set_weight(Decision::BodyLine, Cue::Prose, -1.0);
    assert_eq!(bodies(&changed), 0);
}

#[test]
fn a_line_over_dates_alone_opens_each_entry_and_plain_lines_after_are_body() {
    let (_, e) = entries(
        "Harbour Tools Ltd, 12 Quay Rd — Clerk\nMarch 2019 - Present\nFixed the tills\nRan the stock room\nKelp Cafe, 4 Bay St — Barista\nJune 2018 - August 2018\nPoured drinks\nServed customers\n",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!((e[0].header.len(), e[0].body.len()), (2, 2));
    assert_eq!((e[1].header.clone(), e[1].body.len()), (vec![4, 5], 2));
    assert_eq!(e[1].dates.start.as_deref(), Some("2018-06"));
}

#[test]
fn technologies_and_a_place_after_the_dates_stay_in_the_header() {
    let (_, e) = entries(
        "Tidewater Inc Software Engineer\nJun 2019 - Aug 2019\nGo, Rust, Python\nLeeds, UK\n- Built the tools.\nKelp Labs Ltd Data Engineer\nJan 2018 - May 2019\nYork, UK\n- Cleaned the data.\n",
    );
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].header, vec![0, 1, 2, 3]);
    assert_eq!(e[1].header, vec![5, 6, 7]);
}

fn degrees(text: &str) -> Vec<Entry> {
    let doc = Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    group(&doc.lines, &idxs, Grouping::Items)
}

#[test]
fn a_dated_line_after_a_blank_below_a_complete_entry_opens_the_next() {
    // The first line names no degree the vocabulary knows: only the blank line and
    // the second date tell the entries apart.
    let e = degrees(
        "Certificate: Harbour Piloting    07/2021 - 10/2021\nKelda Pilots Association - Leeds\n\nBachelor of Arts: History    09/2015 - 04/2019\nNorthgate University - York\nMoved abroad before the final year, all coursework complete\nAssociate: Tide Science    01/2024 - current\nKelda Night School - Hull\n",
    );
    assert_eq!(e.len(), 3, "{e:#?}");
    assert_eq!(e[1].header[0], 2);
}

#[test]
fn where_entries_open_with_dates_alone_the_next_dates_alone_open_the_next() {
    let e = degrees("2020 - 2021\n\nCert. Tide Surveying\n\nKelda Institute\n\n2012\n\nDip. Hydrography Basics\n\nNorthgate Polytechnic\n");
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[1].dates.start.as_deref(), Some("2012"));
}

#[test]
fn present_tense_points_without_bullets_are_highlights() {
    let text = "Kelda Freight, Depot Manager\nJan 2021 – Present\nOwn the budget of four depots\nRun weekly planning with the drivers\nPort Elm Foods — Shift Lead\n2016 – 2019\nLed the night shift of eight.";
    let (doc, e) = entries(text);
    assert_eq!(e.len(), 2, "{e:#?}");
    let b = body(&doc.lines, &e[0]);
    assert_eq!(b.highlights.len(), 2, "{b:#?}");
    assert!(b.description.is_empty());
}
