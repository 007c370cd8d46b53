//! Tests of `text`.

use super::*;

#[test]
fn never_panics_on_odd_input() {
    let p = ResumeParser::new();
    for s in [
        "",
        "\n\n",
        "#",
        "- ",
        "$",
        "$$",
        "**",
        "\u{feff}",
        "•\n•",
        "2019 –",
        "Page 1 of",
        "a@b.c",
    ] {
        let _ = p.parse(s);
        let _ = p.explain(s);
    }
}

#[test]
fn a_company_line_with_overall_dates_heads_its_roles() {
    let text = "EXPERIENCE\nKestrel Robotics GmbH      2015 – 2021\nSenior Firmware Engineer      2018 – 2021\n- Led the motor team.\nFirmware Engineer      2015 – 2018\n- Wrote drivers.\n";
    let r = ResumeParser::new().parse(text);
    let jobs: Vec<_> = r
        .work
        .iter()
        .map(|w| {
            (
                w.name.as_deref(),
                w.position.as_deref(),
                w.start_date.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        jobs,
        [
            (
                Some("Kestrel Robotics GmbH"),
                Some("Senior Firmware Engineer"),
                Some("2018")
            ),
            (
                Some("Kestrel Robotics GmbH"),
                Some("Firmware Engineer"),
                Some("2015")
            ),
        ]
    );
}

#[test]
fn after_a_sidebar_a_lone_name_or_headline() {
    let sidebar = "Contact\nlin@example.org\nLeeds, UK\n\nSkills\nBaking, Pastry\n\n\n";
    let job = "\n\nExperience\nBaker, Jan 2020 - Present\nCrumb House, Leeds, UK\n- Baked bread.\n";
    let r = ResumeParser::new().parse(&format!("{sidebar}Lotte K. van der Berg{job}"));
    assert_eq!(r.basics.name.as_deref(), Some("Lotte K. van der Berg"));
    assert_eq!(r.skills[0].keywords, ["Baking", "Pastry"]);
    let r = ResumeParser::new().parse(&format!("{sidebar}Pastry Chef{job}"));
    assert_eq!(r.basics.name, None);
    assert_eq!(r.basics.label.as_deref(), Some("Pastry Chef"));
    assert_eq!(r.skills[0].keywords, ["Baking", "Pastry"]);
}

#[test]
fn every_line_has_a_note() {
    let text = "JANE DOE\njane@example.com\n\nEXPERIENCE\nAcme Ltd • Leeds, UK\nBaker\nJan 2020 – Present\n- Baked bread.\n";
    let (r, notes) = ResumeParser::new().explain(text);
    assert_eq!(r.basics.name.as_deref(), Some("Jane Doe"));
    assert_eq!(notes.len(), text.lines().count());
    let roles: Vec<&str> = notes.iter().map(|n| n.role.as_str()).collect();
    assert_eq!(roles[0], "basics.name");
    assert!(roles[3].starts_with("heading: work"));
    assert!(roles[4].contains("work[0].name"), "{roles:?}");
    assert_eq!(roles[5], "work[0].position");
    assert_eq!(roles[7], "work[0].highlights[0]");
}

#[test]
fn professional_degrees_under_an_education_heading_stay_studies() {
    let text = "Ana Tide\n\nEXPERIENCE\nHarbour Works Ltd\nSurveyor | 2015 – 2021\n- Mapped the docks.\n\nEDUCATION\n- Engenheiro Civil / Escola Politécnica Norte - 2014.\n- Técnico Agrimensor / Escola Técnica Sul - 2009.\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.work.len(), 1);
    assert_eq!(r.education.len(), 2);
    assert_eq!(r.education[1].end_date.as_deref(), Some("2009"));
}

#[test]
fn titled_posts_under_an_academic_experience_heading_are_jobs() {
    let text = "Ana Tide\n\nACADEMIC EXPERIENCE\nLecturer, Kelda University, 2018 – 2021\n- Taught surveying.\nResearch Assistant, Kelda University, 2015 – 2018\n- Measured tides.\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.work.len(), 2);
    assert!(r.education.is_empty());
}

#[test]
fn dated_stays_at_institutions_under_a_research_heading_are_posts() {
    let text =
        "Ana Tide\n\nRESEARCH EXPERIENCE\nResearch stay, Centre for Tidal Studies, 2021 – 2022\n\
                Postdoctoral grant, Kelda University, 2019 – 2021\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.work.len(), 2, "{:#?}", r.projects);
    assert_eq!(r.work[0].name.as_deref(), Some("Centre for Tidal Studies"));
    // Research done, naming no employer, stays a project elsewhere.
    let text = "Ana Tide\n\nRESEARCH\nOrca, a tide model, 2018 – 2019\nSeiche, a lake study, 2016 – 2017\n";
    assert!(ResumeParser::new().parse(text).work.is_empty());
}

#[test]
fn a_degree_at_a_school_names_the_school_without_at() {
    let text = "Ana Tide\n\nEDUCATION\n2018 – 2019    Postgraduate Diploma in Tidal Studies at Kelda University\n2012 – 2015    Bachelor's Degree at Northgate College\n";
    let r = ResumeParser::new().parse(text);
    let schools: Vec<_> = r
        .education
        .iter()
        .map(|e| e.institution.as_deref())
        .collect();
    assert_eq!(
        schools,
        [Some("Kelda University"), Some("Northgate College")]
    );
    assert_eq!(r.education[0].area.as_deref(), Some("Tidal Studies"));
}

#[test]
fn a_role_naming_its_employer_after_at_does_not_take_the_heading_lines() {
    let text = "Ana Tide\n\nEXPERIENCE\nEditorial and Writing Work\nClubs Editor at Harbour Wire (Mar 2016 – June 2018)\nMusic Editor at Tide Times (Aug 2015 – June 2016)\nNews Editor at Kelda Post (Jan 2014 – June 2015)\n";
    let r = ResumeParser::new().parse(text);
    let names: Vec<_> = r.work.iter().skip(1).map(|w| w.name.as_deref()).collect();
    assert_eq!(names, [Some("Tide Times"), Some("Kelda Post")]);
}

#[test]
fn courses_under_an_education_heading_are_no_studies() {
    let text = "Ana Tide\n\nEDUCATION\nMSc Tidal Studies, Kelda University, 2016\n\nTRAINING AND COURSES\nHarbour Pilotage Basics (3 days), 2021\nChart Reading for Skippers (2 days), 2019\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.education.len(), 1);
    assert_eq!(r.certificates.len(), 2);
}

#[test]
fn two_degrees_on_one_line_are_two_entries() {
    let text = "Ana Tide\n\nEDUCATION\n* B.S. Geography, B.S. Geology, Kelda University, 2018\n* Bachelor of Science in Tidal Studies and Bachelor of Design, Northgate College, 2015\n";
    let r = ResumeParser::new().parse(text);
    let got: Vec<_> = r
        .education
        .iter()
        .map(|e| {
            (
                e.study_type.as_deref(),
                e.area.as_deref(),
                e.institution.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Some("B.S."), Some("Geography"), Some("Kelda University")),
            (Some("B.S."), Some("Geology"), Some("Kelda University")),
            (
                Some("Bachelor of Science"),
                Some("Tidal Studies"),
                Some("Northgate College")
            ),
            // A degree named after its field gives that field, as the labelling keeps it.
            (
                Some("Bachelor of Design"),
                Some("Design"),
                Some("Northgate College")
            ),
        ]
    );
}

#[test]
fn projects_under_an_unknown_heading_are_projects() {
    let text = "# Ana Tide\n\n## Experience\nSurveyor, Harbour Works Ltd, 2015 – 2021\n- Mapped the docks.\n\n## Eigene Werkzeuge\nTidewiki (Rust)    2019 – 2021\nhttps://example.org/tidewiki\nBuoy Logger (Python)    2018\nhttps://example.org/buoy\nChart Diff (Go)    2017\nhttps://example.org/chartdiff\n\n## Skills\nSurveying, Rust\n\n## Education\nBSc Geography, Kelda University, 2014\n";
    let r = ResumeParser::new().parse(text);
    let names: Vec<_> = r.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(
        names,
        [Some("Tidewiki"), Some("Buoy Logger"), Some("Chart Diff")]
    );
    assert_eq!(r.work.len(), 1);
}

#[test]
fn a_languages_section_with_a_programming_line() {
    let text = "# Ana Tide\n\n## Languages\nResearch: Welsh, Irish\nReading: Latin, Greek\nProgramming: Rust, R, Python\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.languages.len(), 4);
    assert_eq!(r.skills.len(), 1);
    assert_eq!(r.skills[0].keywords, ["Rust", "R", "Python"]);
}

#[test]
fn beim_names_the_employer_as_bei_does() {
    let text = "Ana Tide\n\nBERUFSERFAHRUNG\nKaufmännische Lehre beim Elektrizitätswerk Kelda, 2010 – 2013\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(
        r.work[0].name.as_deref(),
        Some("Elektrizitätswerk Kelda"),
        "{:#?}",
        r.work
    );
}

#[test]
fn an_organisation_below_a_title_without_one_is_the_employer() {
    let text = "Ana Tide\n\nWORK EXPERIENCE\n* Teaching Assistant, September 2019 - Present\n  * Kelda University\n  * Graded the tide labs.\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.work[0].name.as_deref(), Some("Kelda University"));
    assert_eq!(r.work[0].highlights, ["Graded the tide labs."]);
}

#[test]
fn a_bold_technologies_line_stays_with_its_project() {
    // Printed PDFs and word processors set both the project's name and the label of its
    // technologies in bold; the label's line must not open an entry of its own, with or
    // without a blank line between the project's subtitle and its bullets.
    let text = "PROJECTS\n\n**Tidewatch**    June 2021 – February 2022\nResearch Project\n- Built a fault injector for controllers.\n**Technologies:** Go, Kubernetes\n\n**PebbleOS**    October 2019 – December 2019\nCourse Project\n\n- Built a small operating system.\n**Technologies:** C, Qemu\n";
    let r = ResumeParser::new().parse(text);
    let names: Vec<_> = r.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("Tidewatch"), Some("PebbleOS")]);
    assert_eq!(r.projects[1].keywords, ["C", "Qemu"]);
}

#[test]
fn an_internship_filed_under_studies_is_a_job() {
    let text = "Ada Quill\n\nEDUCATION\n\n2019: Internship\nTidewater Instruments – Harwich\n- Calibrated the salinity probes\n\n2016 – 2019: Master's Degree in Ocean Engineering\nKelda University – Harwich\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(r.work.len(), 1, "{:?}", r.work);
    assert_eq!(r.work[0].position.as_deref(), Some("Internship"));
    assert_eq!(r.education.len(), 1, "{:?}", r.education);
    assert_eq!(
        r.education[0].institution.as_deref(),
        Some("Kelda University")
    );
}

#[test]
fn a_class_entry_is_read_with_the_fields_its_macro_names() {
    use crate::parse::formats::Markup;
    let src = "\\documentclass{moderncv}\n\\begin{document}\n\\section{Klinische Tätigkeit}\n\\cventry{seit 2020}{Fachärztin für Innere Medizin}{Kreisklinik Ostheide}{Lüneburg}{}{Schwerpunkt Kardiologie, Stationsleitung}\n\\cventry{2016--2019}{Assistenzärztin}{}{}{}{Universitätsklinik am See, Rotation}\n\\section{Ausbildung}\n\\cventry{2009--2016}{Staatsexamen Humanmedizin}{Universität Feldhain}{}{Note: 1,5}{}\n\\end{document}\n";
    let r = ResumeParser::new().parse_as(src, Markup::Latex);
    let w: Vec<_> = r
        .work
        .iter()
        .map(|w| {
            (
                w.name.as_deref(),
                w.position.as_deref(),
                w.location.as_deref(),
            )
        })
        .collect();
    // An empty employer stays empty: neither the description nor the job above gives one.
    assert_eq!(
        w,
        vec![
            (
                Some("Kreisklinik Ostheide"),
                Some("Fachärztin für Innere Medizin"),
                Some("Lüneburg")
            ),
            (None, Some("Assistenzärztin"), None),
        ]
    );
    let e = &r.education[0];
    assert_eq!(e.institution.as_deref(), Some("Universität Feldhain"));
    assert_eq!(e.study_type.as_deref(), Some("Staatsexamen"));
    assert_eq!(e.score.as_deref(), Some("1,5"));
    assert_eq!(e.location, None);
}

#[test]
fn two_degrees_over_one_school_share_it_and_the_date() {
    use crate::parse::formats::Markup;
    let src = "\\documentclass{article}\n\\begin{document}\n\\section{Formation}\n\\begin{description}\n\\item[2011] MASTER EN GÉNIE LOGICIEL\\\\\nINGÉNIEUR CIVIL EN INFORMATIQUE\\\\\n\\textbf{Université de Kelda}\n\\item[2008] LICENCE EN MATHÉMATIQUES\\\\\n\\textbf{Université de Brume}\n\\end{description}\n\\end{document}\n";
    let r = ResumeParser::new().parse_as(src, Markup::Latex);
    let eds: Vec<_> = r
        .education
        .iter()
        .map(|e| (e.institution.as_deref(), e.end_date.as_deref()))
        .collect();
    assert_eq!(
        eds,
        vec![
            (Some("Université de Kelda"), Some("2011")),
            (Some("Université de Kelda"), Some("2011")),
            (Some("Université de Brume"), Some("2008")),
        ]
    );
}
