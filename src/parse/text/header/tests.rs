//! Tests of `header`.

use super::*;

fn kinds(text: &str) -> Vec<(String, String)> {
    read(text)
        .pieces
        .into_iter()
        .map(|p| {
            let k = match p.kind {
                Kind::Tech(_) => "Tech".to_string(),
                k => format!("{k:?}"),
            };
            (k, p.text)
        })
        .collect()
}

fn kv(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn comma_separated_header() {
    assert_eq!(
        kinds("Kestrel Robotics GmbH, Senior Firmware Engineer, Munich"),
        kv(&[
            ("Org", "Kestrel Robotics GmbH"),
            ("Title", "Senior Firmware Engineer"),
            ("Location", "Munich")
        ])
    );
    assert_eq!(
        kinds("Lakeside Clinic Ltd. Porto, Portugal"),
        kv(&[
            ("Org", "Lakeside Clinic Ltd."),
            ("Location", "Porto, Portugal")
        ])
    );
}

#[test]
fn a_short_name_after_an_organisation_is_its_place() {
    assert_eq!(
        kinds("Tischler, Holzbau Saale KG, Halle (Saale)"),
        kv(&[
            ("Other", "Tischler"),
            ("Org", "Holzbau Saale KG"),
            ("Location", "Halle (Saale)")
        ])
    );
}

#[test]
fn a_town_with_its_country_in_brackets_after_a_name_is_no_tool_list() {
    let got = kinds("Kelda Haulage, Breda (Netherlands)");
    assert!(got.iter().all(|(k, _)| k != "Tech"), "{got:?}");
    assert!(
        got.contains(&("Location".to_string(), "Breda (Netherlands)".to_string())),
        "{got:?}"
    );
}

#[test]
fn organisation_then_place_after_commas() {
    assert_eq!(
        kinds("Saffron & Salt, Lyon, France"),
        kv(&[("Other", "Saffron & Salt"), ("Location", "Lyon, France")])
    );
    assert_eq!(
        kinds("Meridian Tax Oy, Senior Auditor, Columbus, OH"),
        kv(&[
            ("Org", "Meridian Tax Oy"),
            ("Title", "Senior Auditor"),
            ("Location", "Columbus, OH")
        ])
    );
    assert_eq!(
        kinds("Cedar Ridge Accounting, Payroll Specialist, Cape Town, South Africa"),
        kv(&[
            ("Other", "Cedar Ridge Accounting"),
            ("Title", "Payroll Specialist"),
            ("Location", "Cape Town, South Africa")
        ])
    );
    assert_eq!(
        kinds("Charge Nurse, Lakeview Care Home, Remote"),
        kv(&[
            ("Title", "Charge Nurse"),
            ("Other", "Lakeview Care Home"),
            ("Location", "Remote")
        ])
    );
    assert_eq!(
        kinds("Hotel Larkspur, Remote"),
        kv(&[("Org", "Hotel Larkspur"), ("Location", "Remote")])
    );
    assert_eq!(
        kinds("Harborview Care Home, Remote"),
        kv(&[("Other", "Harborview Care Home"), ("Location", "Remote")])
    );
}

#[test]
fn glued_org_and_title() {
    assert_eq!(
        kinds("Umbra Labs Inc Data Engineer Intern – Payments Platform Go, Kafka, SQL"),
        kv(&[
            ("Org", "Umbra Labs Inc"),
            ("Title", "Data Engineer Intern"),
            ("Desc", "Payments Platform"),
            ("Tech", "Go, Kafka, SQL")
        ])
    );
    // A word that ends company names and starts titles goes with the company
    // after a name, with the title after an adjective.
    assert_eq!(
        kinds("Mistral Analytics Software Engineering Intern"),
        kv(&[
            ("Org", "Mistral Analytics"),
            ("Title", "Software Engineering Intern")
        ])
    );
    let h = read("Distributed Systems Engineer");
    assert_eq!(h.pieces[0].kind, Kind::Title);
    assert_eq!(h.pieces[0].text, "Distributed Systems Engineer");
    let h = read("Quillon (QL) Software Engineer Intern");
    assert_eq!(h.pieces[0].kind, Kind::Title);
    assert_eq!(h.pieces[0].glued_title, Some(13));
}

#[test]
fn techs_title_at_team() {
    assert_eq!(
        kinds("Rust, gRPC, Stream Processing Intern at Data Platform - Ingest Team"),
        kv(&[
            ("Tech", "Rust, gRPC, Stream Processing"),
            ("Title", "Intern"),
            ("AtRight", "Data Platform - Ingest Team")
        ])
    );
    assert_eq!(
        kinds("Line Cook at Saffron & Salt, Boulder, CO"),
        kv(&[
            ("Title", "Line Cook"),
            ("AtRight", "Saffron & Salt"),
            ("Location", "Boulder, CO")
        ])
    );
    assert_eq!(
        kinds("Senior Product Manager, Marketplace at Kelda Goods"),
        kv(&[
            ("Title", "Senior Product Manager"),
            ("Desc", "Marketplace"),
            ("AtRight", "Kelda Goods")
        ])
    );
    assert_eq!(
        kinds("Product Manager, Growth — Quayside"),
        kv(&[
            ("Title", "Product Manager"),
            ("Desc", "Growth"),
            ("Other", "Quayside")
        ])
    );
    assert_eq!(
        kinds("Intern, R&D Department"),
        kv(&[("Title", "Intern"), ("Other", "R&D Department")])
    );
    assert_eq!(
        kinds("2020 – present · Skagenvik"),
        kv(&[("Location", "Skagenvik")])
    );
    assert_eq!(kinds("2019 – 2021   Quillo"), kv(&[("Other", "Quillo")]));
    assert_eq!(
        kinds("Sunfield Lodge | Sapporo | 2013/04~2014/12"),
        kv(&[("Other", "Sunfield Lodge"), ("Location", "Sapporo")])
    );
    assert_eq!(
        kinds("Accountant, Kelda Treuhand mbB, Köln (Germany)"),
        kv(&[
            ("Title", "Accountant"),
            ("Org", "Kelda Treuhand mbB"),
            ("Location", "Köln (Germany)")
        ])
    );
    assert_eq!(
        kinds("Charge Nurse at St. Brigid's Hospital"),
        kv(&[
            ("Title", "Charge Nurse"),
            ("AtRight", "St. Brigid's Hospital")
        ])
    );
}

#[test]
fn teaching_and_labels() {
    assert_eq!(
        kinds("Teaching Assistant of CS101 - Intro to Programming  Sep 2020 – Dec 2020"),
        kv(&[
            ("Title", "Teaching Assistant"),
            ("Course", "CS101 - Intro to Programming")
        ])
    );
    assert_eq!(
        kinds("Technologies: C#, Azure, Big Data"),
        kv(&[("Tech", "C#, Azure, Big Data")])
    );
    assert_eq!(kinds("Line Cook Full Time"), kv(&[("Title", "Line Cook")]));
}

#[test]
fn technology_lines() {
    assert!(matches!(
        read("SAP, Excel, NetSuite, Power BI, QuickBooks").pieces[..],
        [Piece {
            kind: Kind::Tech(_),
            ..
        }]
    ));
    assert!(matches!(
        read("Adobe Illustrator, After Effects, Sketch, Figma").pieces[..],
        [Piece {
            kind: Kind::Tech(_),
            ..
        }]
    ));
    assert!(has_org_word("Hotel Adlon"));
    assert!(!has_org_word("Power BI"));
    assert!(!has_org_word("Health Sciences"));
}

#[test]
fn short_lists() {
    assert!(read("HACCP, Sous vide").is_short_list());
    assert!(read("Figma, Framer, After Effects").is_short_list());
    assert!(!read("Orbit • Rust, Go").is_short_list());
    assert!(!read("Saffron & Salt, Lyon, France").is_short_list());
    assert!(!read("Orbit, 2022").is_short_list());
}

#[test]
fn dates_and_links_are_removed() {
    let h = read("Tidewater – Open-source CDC toolkit – [Link]  Jan 2022 – Dec 2023");
    assert_eq!(h.dates.len(), 1);
    assert_eq!(h.pieces.len(), 2);
    assert_eq!(h.pieces[0].text, "Tidewater");
    let h = read("Hospital Santa Marta  (2011 - 2015)");
    assert_eq!(h.pieces[0].text, "Hospital Santa Marta");
    let h = read("Yuzu Lab (2023): a tasting series");
    assert_eq!(h.rest, "Yuzu Lab  | : a tasting series");
}

#[test]
fn a_spaced_hyphen_splits_a_title_from_a_name() {
    assert_eq!(
        kinds("KELP/TIDE - Doctorant en Hydraulique"),
        kv(&[
            ("Other", "KELP/TIDE"),
            ("Title", "Doctorant en Hydraulique")
        ])
    );
    assert_eq!(
        kinds("Tide Analyst / Research Assistant - Harbour Trust of Kelda"),
        kv(&[
            ("Title", "Tide Analyst / Research Assistant"),
            ("Org", "Harbour Trust of Kelda")
        ])
    );
    // Neither side a title, or a title that runs on past the hyphen: one piece.
    assert_eq!(kinds("NTS - Northgate Technical School").len(), 1);
    assert!(kinds("Tutor of BIO101 - Cell Biology")
        .iter()
        .any(|(_, t)| t.ends_with("BIO101 - Cell Biology")));
}

#[test]
fn an_employer_after_at_with_its_town() {
    assert_eq!(
        kinds("Tide Analyst bei Kelda Tides AG, Ebikon"),
        kv(&[
            ("Title", "Tide Analyst"),
            ("AtRight", "Kelda Tides AG"),
            ("Location", "Ebikon")
        ])
    );
}

#[test]
fn hyphenated_institution_names_are_organisations() {
    assert!(has_org_word("Kelda-Universität"));
    assert!(has_org_word("Max-Muster-Institut"));
    assert!(!has_org_word("Well-Known"));
}

#[test]
fn a_title_with_its_subject_after_a_hyphen() {
    assert_eq!(
        kinds("ENSA Kelda - Maître de conférences, Sciences et techniques pour la mer"),
        kv(&[
            ("Other", "ENSA Kelda"),
            ("Title", "Maître de conférences"),
            ("Other", "Sciences et techniques pour la mer")
        ])
    );
}

#[test]
fn a_town_with_its_region_in_brackets_and_an_address() {
    assert_eq!(
        kinds("Provenrun – Paris (75)"),
        kv(&[("Other", "Provenrun"), ("Location", "Paris (75)")])
    );
    assert_eq!(
        kinds("Thurngasse 8/4, Vienna (Austria)"),
        kv(&[("Desc", "Thurngasse 8/4"), ("Location", "Vienna (Austria)")])
    );
    // A bracket that names no region is no place.
    assert_ne!(kinds("Kelda (Spin-off)")[0].0, "Location");
}

#[test]
fn a_note_on_how_the_job_was_held_leaves_the_employer() {
    let k = kinds("Kelda Logistik AG, Ebikon (Teilzeit 40%)");
    assert_eq!(k[0], ("Org".to_string(), "Kelda Logistik AG".to_string()));
    assert!(
        k.contains(&("Desc".to_string(), "Teilzeit 40%".to_string())),
        "{k:?}"
    );
    let k = kinds("Harbour Works (3 Wochen)");
    assert_eq!(k[0].1, "Harbour Works");
}

#[test]
fn a_subject_behind_the_title_is_no_place() {
    // The firm's legal form stays with its name; the title's subject is no town.
    assert_eq!(
        kinds("Harrow & Vale, PC    Senior Consultant, Tax Services    May 2015 – August 2017"),
        kv(&[
            ("Org", "Harrow & Vale, PC"),
            ("Title", "Senior Consultant"),
            ("Other", "Tax Services")
        ])
    );
    assert_eq!(
        kinds("Kelda State University    Assistant Professor, Accounting    2021 – Present")[2].0,
        "Other"
    );
    // A known place there is still the place.
    assert_eq!(
        kinds("Kelda Analytics Ltd    Data Engineer, Berlin    2021 – Present")[2],
        ("Location".to_string(), "Berlin".to_string())
    );
}

#[test]
fn a_research_unit_code_stays_with_its_laboratory() {
    assert_eq!(
        kinds("Lab-ONE | UMR CNRS 1234 - Chercheur associé"),
        kv(&[
            ("Org", "Lab-ONE | UMR CNRS 1234"),
            ("Title", "Chercheur associé")
        ])
    );
    assert_eq!(
        kinds("Assistant Engineer, Laboratoire Alpha-Beta, UMR CNRS 4321"),
        kv(&[
            ("Title", "Assistant Engineer"),
            ("Org", "Laboratoire Alpha-Beta, UMR CNRS 4321")
        ])
    );
}

#[test]
fn german_titles_named_by_function_or_as_employees() {
    let k = kinds("Kaufmännische Angestellte • KLD • Lindenau");
    assert_eq!(k[0], ("Title".into(), "Kaufmännische Angestellte".into()));
    let k = kinds("Stellvertretende Projektleitung • KLD • Lindenau");
    assert_eq!(k[0].0, "Title");
}

#[test]
fn a_title_a_name_and_a_town_each_set_apart() {
    let k = kinds("Kaufmännische Angestellte • KLD • Lindenau");
    assert_eq!(k[2], ("Location".into(), "Lindenau".into()));
    let k = kinds("Data Engineer • KLD • Rust");
    assert_ne!(k[2].0, "Location");
}

#[test]
fn capitalised_names_without_a_known_technology_are_no_tool_list() {
    let k = kinds("2019 – 2021 : Urbaniste, Agence Kelda Nord, Vierzon");
    assert!(k.iter().all(|(kind, _)| kind != "Tech"), "{k:?}");
    // A list holding known technologies still is one.
    let k = kinds("Rust, Kafka, Postgres");
    assert!(k.iter().any(|(kind, _)| kind == "Tech"), "{k:?}");
}
