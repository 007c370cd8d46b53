//! Tests of `education`.

use super::*;

#[test]
fn grades_come_out_of_the_text() {
    assert_eq!(
        without_grade("MBA, Biology, Coastal State University (Grade: 3.94)")
            .unwrap()
            .trim(),
        "MBA, Biology, Coastal State University"
    );
    assert_eq!(
        without_grade("PhD, Ecology; Grade: 8.8/10").unwrap().trim(),
        "PhD, Ecology"
    );
    assert_eq!(without_grade("BSc Physics, Kelda University"), None);
}

#[test]
fn scores() {
    assert_eq!(score("GPA: 3.95/4.0").as_deref(), Some("3.95/4.0"));
    assert_eq!(score("Computer Science, GPA 3.78").as_deref(), Some("3.78"));
    assert_eq!(score("Final grade: 17/20").as_deref(), Some("17/20"));
    assert_eq!(score("B.Sc. (3.7/4.0)").as_deref(), Some("3.7/4.0"));
    assert_eq!(score("Physics"), None);
    assert_eq!(
        score("First class degree (average 78%); thesis on tides").as_deref(),
        Some("First class degree (average 78%)")
    );
    assert_eq!(
        score("GPA: 3.60 out of 4.00").as_deref(),
        Some("3.60 out of 4.00")
    );
    // Grade words of other languages, the Italian scale, a British class.
    assert_eq!(score("Abitur (Note 1,2)").as_deref(), Some("1,2"));
    assert_eq!(
        score("Laurea, 2018 (110/110 e lode)").as_deref(),
        Some("110/110 e lode")
    );
    assert_eq!(
        score("BA Philosophy First Class").as_deref(),
        Some("First Class")
    );
    assert_eq!(score("Graduated with distinction"), None);
    assert_eq!(score("10/18-10/20"), None);
    assert_eq!(
        score("BA History, Second Class Honours, Grade 1").as_deref(),
        Some("Second Class Honours, Grade 1")
    );
    assert_eq!(
        score("BSc, Second Class Honours Division II").as_deref(),
        Some("Second Class Honours Division II")
    );
}

#[test]
fn a_school_and_the_body_it_belongs_to_are_one_institution() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nMSc in Geodesy, 2015 – 2016\n\
                Faculty of Technical Sciences, University of Kelda\n\n\
                National Tide University – Higher School of Surveying    2010 – 2014\n\
                BSc in Surveying\n";
    let r = ResumeParser::new().parse(text);
    let schools: Vec<_> = r
        .education
        .iter()
        .map(|e| e.institution.as_deref())
        .collect();
    assert_eq!(
        schools,
        [
            Some("Faculty of Technical Sciences, University of Kelda"),
            Some("National Tide University – Higher School of Surveying")
        ]
    );
}

#[test]
fn a_field_of_study_label_names_the_area_not_the_school() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nAUSBILDUNG\n2015 – 2018    Bachelor\n\
                Studienrichtung: Hydrografie - Hochschule Kelda\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(
        r.education[0].institution.as_deref(),
        Some("Hochschule Kelda")
    );
    assert_eq!(r.education[0].area.as_deref(), Some("Hydrografie"));
}

#[test]
fn a_note_in_brackets_on_an_education_line_is_kept() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nB.S. in Physics, Kelda University, 2019\nGPA: 3.6/4.0 | Dean's List (part-time)\n";
    let r = ResumeParser::new().parse(text);
    let kept = serde_json::to_string(&r.education[0]).unwrap_or_default();
    assert!(kept.contains("part-time"), "{kept}");
}

#[test]
fn a_field_standing_where_the_degree_would_is_the_area() {
    use crate::parse::ResumeParser;
    let fields = |text: &str| {
        let r = ResumeParser::new().parse(text);
        r.education
            .iter()
            .map(|e| (e.study_type.clone(), e.area.clone()))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        fields("Ana Tide\n\nEDUCATION\nKelda Polytechnic University    Sept. 2020 – May 2024\nOcean Engineering\n"),
        [(None, s("Ocean Engineering"))]
    );
    assert_eq!(
        fields("Ana Tide\n\nEDUCATION\nKelda State University    Port Elm, OH\nStudies in Maritime Logistics\n"),
        [(None, s("Maritime Logistics"))]
    );
    // A qualification outside the degree words stays the qualification.
    assert_eq!(
        fields("Ana Tide\n\nEDUCATION\nKelda Trade School    2016 – 2019\nCertified Boatwright\n"),
        [(s("Certified Boatwright"), None)]
    );
}

#[test]
fn a_field_beside_the_school_is_the_area() {
    use crate::parse::ResumeParser;
    let area = |text: &str| ResumeParser::new().parse(text).education[0].area.clone();
    assert_eq!(
        area("Ana Tide\n\nEDUCATION\nKelda State University — Ocean Engineering\nAugust 2022 - Present\n").as_deref(),
        Some("Ocean Engineering")
    );
    // One item of a list of fields is not the whole area.
    assert_ne!(
        area("Ana Tide\n\nEDUCATION\nKelda State University — Marine Biology, Fisheries and Ocean Science\n2019\n").as_deref(),
        Some("Marine Biology")
    );
}

#[test]
fn a_bracket_left_after_the_degree_is_no_school() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nAssociate: Dental Hygiene (DH)    01/2024 - current\n\
                Kelda Training Center - Porto\n";
    let r = ResumeParser::new().parse(text);
    let e = &r.education[0];
    assert_eq!(e.study_type.as_deref(), Some("Associate"));
    assert_eq!(e.institution.as_deref(), Some("Kelda Training Center"));
}

#[test]
fn study_of_a_field_and_a_school_with_its_part() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nAUSBILDUNG\n04/2013 – 11/2019    Studium der Zahnmedizin, Kelda – Universitätsklinikum Nord, Staatsexamen: Note 1,3\n\
                09/2020 – 06/2023    Ingeniería en Sistemas Marinos, Tecnológico de Kelda\n\
                2012    B.S. Geography, Sailing Minor, Kelda University\n";
    let r = ResumeParser::new().parse(text);
    let e = &r.education;
    assert_eq!(e[0].area.as_deref(), Some("Zahnmedizin"));
    assert_eq!(
        e[0].institution.as_deref(),
        Some("Kelda – Universitätsklinikum Nord")
    );
    assert_eq!(e[1].study_type.as_deref(), Some("Ingeniería"));
    assert_eq!(e[1].area.as_deref(), Some("Sistemas Marinos"));
    assert_eq!(e[1].institution.as_deref(), Some("Tecnológico de Kelda"));
    assert_eq!(e[2].institution.as_deref(), Some("Kelda University"));
}

#[test]
fn a_qualification_and_its_grade_below_the_school() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nBILDUNG\n09/2006 – 06/2014    Kelda-Gymnasium Nord\n- Leistungskurse: Physik, Chemie\n- Abitur: 1.7\n\n\
                EDUCATION\n**Kelda State University:** Marine Education, Bachelors Degree    2014 - 2017\n\
                Harbour Studies (BSc)\n2010 - 2013\n@Tide University\n";
    let r = ResumeParser::new().parse(text);
    let e = &r.education;
    assert_eq!(e[0].study_type.as_deref(), Some("Abitur"));
    assert_eq!(e[0].score.as_deref(), Some("1.7"));
    assert_eq!(e[1].area.as_deref(), Some("Marine Education"));
    assert_eq!(e[2].institution.as_deref(), Some("Tide University"));
    assert_eq!(e[2].area.as_deref(), Some("Harbour Studies"));
}

#[test]
fn a_schools_part_on_the_line_below_is_one_institution_with_it() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\n**Kelda University**\nHarbour School of Art + Design\nMaster of Arts, Marine Painting\n\n\
                **Tide College**\nBachelor of Arts, Drawing\n";
    let r = ResumeParser::new().parse(text);
    let schools: Vec<_> = r
        .education
        .iter()
        .map(|e| e.institution.as_deref())
        .collect();
    assert_eq!(
        schools,
        [
            Some("Kelda University, Harbour School of Art + Design"),
            Some("Tide College")
        ]
    );
}

#[test]
fn awards_listed_under_a_degree_are_awards() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nKelda University    2015 – 2019\nBachelor of Science in Tidal Studies\n- Awards: Harbour Scholarship (Ethics), Kelda Tide Scholar.\n- Honors: Phi Kelda\n";
    let r = ResumeParser::new().parse(text);
    let titles: Vec<_> = r.awards.iter().filter_map(|a| a.title.as_deref()).collect();
    assert_eq!(
        titles,
        ["Harbour Scholarship (Ethics)", "Kelda Tide Scholar"]
    );
    assert!(!r.education[0].extra.contains_key("awards"));
}

#[test]
fn a_campus_after_the_school_is_part_of_its_name_not_a_place() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nTecnológico de Kelda, Campus Monterrey    2015 – 2019\nIngeniería en Sistemas Marinos\n";
    let r = ResumeParser::new().parse(text);
    let e = &r.education[0];
    assert_eq!(
        e.institution.as_deref(),
        Some("Tecnológico de Kelda, Campus Monterrey")
    );
    assert_eq!(e.location, None);
}

#[test]
fn honours_in_brackets_after_the_school_leave_its_name_whole() {
    use crate::parse::ResumeParser;
    let text = "Ana Tide\n\nEDUCATION\nMSc in Physics, Kelda University (magna cum laude), 2019\n";
    let r = ResumeParser::new().parse(text);
    assert_eq!(
        r.education[0].institution.as_deref(),
        Some("Kelda University")
    );
    assert_eq!(r.education[0].honors, vec!["magna cum laude".to_string()]);
}
