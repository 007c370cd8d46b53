//! Tests of `roles`.

use super::*;
use employer::name_like;

fn picked(text: &str) -> (Option<String>, Option<String>) {
    let doc = crate::parse::text::normalise::Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
    let p = pick(e, None);
    (p.name.map(|x| x.1), p.position.map(|x| x.1))
}

#[test]
fn words_cut_from_a_title_go_back_when_the_employer_has_its_line() {
    assert_eq!(
        picked("Events Media Assistant   2021 – 2022\nCareer Centre, Kelda University"),
        (
            Some("Career Centre, Kelda University".into()),
            Some("Events Media Assistant".into())
        )
    );
    // moderncv: "Title, Employer, Town." over the team's line.
    assert_eq!(
        picked("2019 – 2021\nResearch Scientist, Harrowgate Analytics, Vienna, Austria.\nDemand Forecasting\n- Built forecasts for grocers.").0,
        Some("Harrowgate Analytics".into())
    );
    // A legal form marks a company: it stays one.
    assert_eq!(
        picked("Umbra Labs Inc Data Engineer   2021 – 2022\nPayments Platform").0,
        Some("Umbra Labs Inc".into())
    );
}

#[test]
fn names_are_not_sentences() {
    assert!(name_like("Le Petit Four Bistro"));
    assert!(name_like("Institute for Coastal Ecology"));
    assert!(name_like("Acme Co."));
    assert!(!name_like("Led design critiques for a team of five"));
    assert!(!name_like("worked on billing"));
}

fn ends(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let doc = crate::parse::text::normalise::Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)
        .iter()
        .map(|e| (e.dates.start.clone(), role_end(e)))
        .collect()
}

#[test]
fn a_single_year_opening_a_row_is_the_whole_role() {
    let s = |x: &str| Some(x.to_string());
    // A table of years: a row with one year began and ended in it; "seit" stays open.
    assert_eq!(
        ends("Seit 2021        Praktikum bei Kornblum AG\n2019             Ferienjob Bäckerei Stolle\n2017 - 2018      Nachhilfe, Lernhaus Ried\n"),
        [
            (s("2021"), None),
            (s("2019"), s("2019")),
            (s("2017"), s("2018"))
        ]
    );
    // A date leading a line under the employer dates the work inside the role.
    assert_eq!(
        ends("Quillon Systems, Backend Engineer, Leeds\n\n2016/03 Ledger service, a double-entry store\n\n- Sharded the ledger.\n"),
        [(s("2016-03"), None)]
    );
}

fn place(text: &str) -> (Option<String>, Option<String>) {
    let doc = crate::parse::text::normalise::Document::new(text);
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
    let p = pick(e, None);
    (p.position.map(|x| x.1), p.location.map(|x| x.1))
}

#[test]
fn a_town_alone_under_the_employer_is_the_place() {
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        place("Juni 2018        Atelier Brunnmatt Sàrl\n                 Vevey\n"),
        (None, s("Vevey"))
    );
    assert_eq!(
        place("Field Engineer, Tamarack Energy Group    Jun 2019 – Mar 2021\nNorthern Alberta\n- Ran site surveys.\n"),
        (s("Field Engineer"), s("Northern Alberta"))
    );
    // A line in capitals or with a code is a label, not a town.
    assert_eq!(
        place("Juni 2018        Atelier Brunnmatt Sàrl\n                 UMR 5120\n").1,
        None
    );
}

#[test]
fn a_one_word_employer_beside_the_title_leaves_the_title_whole() {
    assert_eq!(
        picked("GRE Coach, Brightwell    2011 – 2012\n"),
        (Some("Brightwell".into()), Some("GRE Coach".into()))
    );
}

#[test]
fn an_employer_line_over_a_title_ends_the_group_above() {
    let text = "Ana Tide\n\nEXPERIENCE\n\nVelmar Ltda. – Makers of bottling lines\nProject Engineer | Apr 2012 – Apr 2019\n- Designed panels.\n\nOrvanta – Freight risk management\nElectrical Engineer | Apr 2007 – Mar 2012\n- Priced claims.\n";
    let r = crate::parse::ResumeParser::new().parse(text);
    let names: Vec<_> = r.work.iter().map(|w| w.name.as_deref()).collect();
    assert_eq!(names, [Some("Velmar Ltda."), Some("Orvanta")]);
}

#[test]
fn an_organisation_keeps_its_comma_joined_parts() {
    assert_eq!(
        picked("Data Analyst, Lumen Labs, Tide Division    Mar 2020 – present | Leeds, UK\n- Built the dashboards.").0,
        Some("Lumen Labs, Tide Division".into())
    );
    // Going on after "and" is more of the name too.
    assert_eq!(
        picked("**Lab Technician    2015 - 2019**\nÉcologie, Marées, et Sciences du Littoral, KELDA UMR 2204\n- Ran the samples.").0,
        Some("Écologie, Marées, et Sciences du Littoral, KELDA UMR 2204".into())
    );
    // A unit, a street address or a labelled note after the name is not part of it.
    assert_eq!(
        picked("Research Assistant, Kelda University, Department of Physics    2019 – 2021\n- Ran the lab.").0,
        Some("Kelda University".into())
    );
    assert_eq!(
        picked("Gullwing Bakery, 12 Harbour Rd\nBaker    2019 – 2021\n- Baked bread.").0,
        Some("Gullwing Bakery".into())
    );
    // With the place given apart, a last part is no town: it is more of the name.
    assert_eq!(
        picked("**Front End Developer,** Kelda Computer, Tide Link    Aug 2023 – present | Vancouver, BC\n- Built forms.").0,
        Some("Kelda Computer, Tide Link".into())
    );
    // A last part that reads as no organisation is as likely a town: it stays out.
    assert_eq!(
        picked("Baker, Gullwing Bakery, Harwick    2019 – 2021\n- Baked bread.").0,
        Some("Gullwing Bakery".into())
    );
}

#[test]
fn a_town_under_a_roles_dates_alone_is_where_it_was() {
    let doc = crate::parse::text::normalise::Document::new(
        "Ward Nurse\nMarch 2016 - May 2019 (3 years 2 months)\nPort Kelda\n- Ran the night shift.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
    let group = Group {
        name: "Harbour General Hospital".into(),
        location: None,
    };
    // Under the company heading the roles: the employer is the company's, the town the role's.
    let p = pick(e, Some(&group));
    assert_eq!(
        p.name.map(|x| x.1).as_deref(),
        Some("Harbour General Hospital")
    );
    assert_eq!(p.location.map(|x| x.1).as_deref(), Some("Port Kelda"));
    // Named in the entry, the employer keeps its line; the town under the dates is the place.
    let doc = crate::parse::text::normalise::Document::new(
        "Harbour General Hospital\nWard Nurse\nMarch 2016 - May 2019\nPort Kelda\n- Ran the night shift.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
    let p = pick(e, None);
    assert_eq!(
        p.name.map(|x| x.1).as_deref(),
        Some("Harbour General Hospital")
    );
    assert_eq!(p.location.map(|x| x.1).as_deref(), Some("Port Kelda"));
}

#[test]
fn a_street_address_is_no_title() {
    assert_eq!(
        picked("Gullwing Bakery, 12 Harbour Rd — Staff\nJanuary 2020 - PRESENT").1,
        Some("Staff".into())
    );
}

#[test]
fn working_on_ones_own_account_names_no_employer() {
    assert_eq!(
        picked("Tide Chart Illustrator\nAug. 2016 - Present\n**@Freelancer**\n- Drew charts.").0,
        None
    );
    // "@" before a name reads "at": the name is the employer.
    assert_eq!(
        picked(
            "Tide Chart Illustrator\nAug. 2016 - Present\n**@ Kelda Charts Ltd**\n- Drew charts."
        )
        .0,
        Some("Kelda Charts Ltd".into())
    );
}

#[test]
fn an_organisation_under_its_roles_title_heads_no_group() {
    let doc = crate::parse::text::normalise::Document::new(
        "Firmware Engineer    May 2025 - Aug. 2025\nKelda Batteries\n- Wrote the charger firmware.\nControls Lead    Sept. 2022 - Dec. 2024\nHarbour Solar Car Team\n- Tuned the motor controller.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let es = entries::group(&doc.lines, &idxs, entries::Grouping::Jobs);
    assert_eq!(es.len(), 2, "{es:#?}");
    let first = pick(&es[0], None);
    assert!(!first.heads_group);
    // So the team under the next title is that role's own organisation.
    assert_eq!(
        pick(&es[1], None).name.map(|x| x.1).as_deref(),
        Some("Harbour Solar Car Team")
    );
    // Standing above its roles, a company heads them.
    let doc = crate::parse::text::normalise::Document::new(
        "Kelda Batteries\nFirmware Engineer    May 2025 - Aug. 2025\n- Wrote the charger firmware.\n",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let es = entries::group(&doc.lines, &idxs, entries::Grouping::Jobs);
    assert!(pick(&es[0], None).heads_group);
}

#[test]
fn the_terms_of_the_work_after_a_name_are_no_part_of_it() {
    assert_eq!(
        picked("Bürokauffrau • Kelda Logistik / Leiharbeit • Hafenstadt\n01/2019 – 07/2020").0,
        Some("Kelda Logistik".into())
    );
    assert_eq!(
        picked("Tide Analyst    2019 – 2021\nKelda Charts Ltd (Contract)\n- Drew charts.").0,
        Some("Kelda Charts Ltd".into())
    );
    // A hyphen inside a name is no separator.
    assert_eq!(
        picked("Tide Analyst    2019 – 2021\nKelda-Contract Charts Ltd\n- Drew charts.").0,
        Some("Kelda-Contract Charts Ltd".into())
    );
}

#[test]
fn of_two_places_the_fuller_one_is_the_location() {
    let doc = crate::parse::text::normalise::Document::new(
        "Data Analyst | Lumen Labs, Leeds | 2019 – 2021 | Leeds, United Kingdom\n- Built dashboards.",
    );
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
    let p = pick(e, None);
    assert_eq!(p.name.map(|x| x.1).as_deref(), Some("Lumen Labs"));
    assert_eq!(
        p.location.map(|x| x.1).as_deref(),
        Some("Leeds, United Kingdom")
    );
}

#[test]
fn a_dated_line_naming_title_employer_and_place_keeps_its_employer() {
    // An entry macro's line (title, employer, place, dates) over its description.
    assert_eq!(
        picked("**Trainee Assayer** — Kestrel Mint Works, Dunholm    2015 – 2016\nRoutine purity checks"),
        (
            Some("Kestrel Mint Works".into()),
            Some("Trainee Assayer".into())
        )
    );
}

#[test]
fn a_role_on_ones_own_account_takes_no_employer_from_above() {
    let group = Group {
        name: "Harbour Freight Lines".into(),
        location: None,
    };
    let one = |text: &str| {
        let doc = crate::parse::text::normalise::Document::new(text);
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        let e = &entries::group(&doc.lines, &idxs, entries::Grouping::Jobs)[0];
        let p = pick(e, Some(&group));
        (p.name.map(|x| x.1), p.inherited)
    };
    assert_eq!(
        one("Freelance Translator\n2016 – 2019\n- Translated manuals."),
        (None, false)
    );
    assert_eq!(
        one("Self-employed Joiner\n2012 – 2016\n- Fitted kitchens."),
        (None, false)
    );
    // Any other role under the company heading the roles keeps that company.
    assert_eq!(
        one("Route Planner\n2016 – 2019\n- Planned routes."),
        (Some("Harbour Freight Lines".into()), true)
    );
}
