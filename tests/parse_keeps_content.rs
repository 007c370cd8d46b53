//! Nothing a careful reader would keep is lost: cases where the reader once dropped or
//! misread content silently, each on a fictional résumé, through the public parser.

use vitae::parse::ResumeParser;

fn parse(text: &str) -> serde_json::Value {
    serde_json::to_value(ResumeParser::new().parse(text)).unwrap()
}

#[test]
fn a_name_followed_by_post_nominals_is_the_name() {
    for (line, name) in [
        ("Maren Holt, RGN, BSc (Hons)", "Maren Holt"),
        ("Dario Venn, MSN, FNP-BC", "Dario Venn"),
        ("Ilse Marchetti, Ph.D.", "Ilse Marchetti"),
    ] {
        let r = parse(&format!("{line}\nmaren@example.org\n\nEXPERIENCE\nStaff Nurse, Harbour Hospital   2019 – 2022\n"));
        assert_eq!(r["basics"]["name"], name, "{line}");
    }
    // A comma followed by words that are no letters after a name is not cut.
    let r = parse("Ada Quill, Lighthouse Keeper\nada@example.org\n");
    assert_ne!(r["basics"]["name"], "Ada Quill");
}

#[test]
fn an_education_header_note_is_kept() {
    let r = parse(
        "Maren Holt\n\nEDUCATION\nBSc (Hons) Adult Nursing        2014 – 2017\n\
         Thesis: Night-shift handovers and patient falls\nNorthgate University\n",
    );
    let ed = &r["education"][0];
    assert_eq!(ed["institution"], "Northgate University");
    let kept = ed["highlights"].to_string();
    assert!(kept.contains("Night-shift handovers"), "{ed}");
}

#[test]
fn a_date_note_is_no_issuer() {
    let r = parse(
        "Tomas Greer\n\nCERTIFICATIONS\nBasic Life Support – renewed 2024\n\
         Pediatric Advanced Life Support, renewed March 2023\n\
         Wound Care Certified, expires 2026\nFirst Aid at Work, Kelda Red Cross, 2021\n",
    );
    let certs = r["certificates"].as_array().unwrap();
    assert_eq!(certs.len(), 4);
    for c in &certs[..3] {
        assert!(c.get("issuer").is_none(), "{c}");
        assert!(c["date"].is_string(), "{c}");
    }
    assert_eq!(certs[3]["issuer"], "Kelda Red Cross");
}

#[test]
fn coursework_under_an_academic_heading_is_projects() {
    let r = parse(
        "Noor Faris\nnoor@example.org\n\nACADEMIC EXPERIENCE\nWind tunnel study of a delta wing\n\
         ● Built a balance from load cells and logged the lift curve.\n\
         Heat sink design by topology optimisation\n\
         ● Cut the mass by a third at equal cooling.\n\n\
         EDUCATION\nKelda University            2019 – 2023\nBachelor of Engineering, Aerospace\n",
    );
    let projects = r["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), 2, "{r:#}");
    assert_eq!(projects[0]["name"], "Wind tunnel study of a delta wing");
    let education = r["education"].as_array().unwrap();
    assert_eq!(education.len(), 1, "{r:#}");
    assert_eq!(education[0]["institution"], "Kelda University");
}

#[test]
fn courses_taught_are_teaching_not_jobs() {
    let r = parse(
        "Rosa Imbert\nrosa@example.org\n\nTEACHING\nKelda University\n    \
         STAT 210 – Regression for Social Scientists\n       • Mean evaluation 4.6/5\n\n    \
         STAT 330 – Survey Sampling\n       • Redesigned the labs\n\n\
         EXPERIENCE\nLecturer, Kelda University          2019 – Present\n",
    );
    let teaching = r["teaching"].as_array().expect("teaching");
    assert_eq!(teaching.len(), 2, "{r:#}");
    assert_eq!(teaching[0]["institution"], "Kelda University");
    assert!(teaching[1]["name"]
        .as_str()
        .unwrap()
        .starts_with("STAT 330"));
    assert_eq!(r["work"].as_array().unwrap().len(), 1, "{r:#}");
}

#[test]
fn a_role_before_a_project_name_is_the_role() {
    let r = parse(
        "Ines Okoro\nines@example.org\n\nPROJECTS\nMaintainer, Tidepool tide tables\n2019 – 2022\n\n\
         Lead Developer, Harbour Atlas, Kelda Maritime Museum\n2021 – present\n",
    );
    let p = r["projects"].as_array().expect("projects");
    assert_eq!(p.len(), 2, "{r:#}");
    assert_eq!(p[0]["name"], "Tidepool tide tables");
    assert_eq!(p[0]["roles"][0], "Maintainer");
    assert_eq!(p[1]["name"], "Harbour Atlas");
}

#[test]
fn posts_under_an_academic_heading_are_jobs() {
    let r = parse(
        "Tomas Vidal\ntomas@example.org\n\nEducation\nPhD Marine Biology (2018 – 2022, Kelda University)\n\n\
         Academic Experience\nResearch Assistant at Kelda University (2019 – 2021)\n\
         Seminar Tutor at Kelda University (2020 – 2022)\nLab Demonstrator at Northgate College (2017)\n",
    );
    assert_eq!(r["education"].as_array().unwrap().len(), 1, "{r:#}");
    let work = r["work"].as_array().expect("work");
    assert_eq!(work.len(), 3, "{r:#}");
    assert_eq!(work[0]["position"], "Research Assistant");
    assert_eq!(work[0]["name"], "Kelda University");
}

#[test]
fn a_sentence_after_a_roles_dates_describes_it() {
    let r = parse(
        "Ada Quill\nada@example.org\n\nExperience\n\
         • Research Assistant at Kelda University (Jun 2021 – July 2021). Conducting a literature review\n\
         • Teaching Associate at Kelda University (Oct 2017 – Mar 2020). Running eye-tracking experiments\n",
    );
    let work = r["work"].as_array().expect("work");
    assert_eq!(work.len(), 2, "{r:#}");
    assert_eq!(work[0]["position"], "Research Assistant");
    assert_eq!(work[0]["description"], "Conducting a literature review");
    assert_eq!(work[1]["name"], "Kelda University");
}
