//! Tests of `degree`.

use super::*;

fn deg(s: &str) -> (String, Option<String>) {
    let d = degree(s).unwrap_or_else(|| panic!("no degree in {s}"));
    (d.study_type, d.area)
}

#[test]
fn words_that_look_like_degrees() {
    for s in [
        "March 2022 - Present",
        "MARCH 2020 - PRESENT",
        "Bed and breakfast owner",
        "Med Tech Solutions",
        "Associate Product Manager at Acme",
    ] {
        assert!(degree(s).is_none(), "{s}: {:?}", degree(s));
    }
    assert_eq!(deg("MArch Urban Design").0, "MArch");
    assert_eq!(deg("BEd Primary Education").0, "BEd");
    assert_eq!(deg("Associate in Nursing").0, "Associate");
}

#[test]
fn a_state_after_a_comma_is_no_degree() {
    assert!(degree("Tideway Labs, Boston, MA").is_none());
    assert!(degree("Tideway Labs — Boston | MA 02139").is_none());
}

#[test]
fn degree_forms() {
    for (s, t, a) in [
        (
            "Master of Science in Marine Biology • GPA: 3.9/4.0",
            "Master of Science",
            Some("Marine Biology"),
        ),
        (
            "M.S. in Physics, advisor: R. Okoye, expected June 2026",
            "M.S.",
            Some("Physics"),
        ),
        (
            "B.E. in Civil & Environmental Engineering",
            "B.E.",
            Some("Civil & Environmental Engineering"),
        ),
        (
            "Master of Science (dissertation: tidal heat), Oceanography, GPA: 3.78",
            "Master of Science",
            Some("Oceanography"),
        ),
        (
            "Bachelor of Engineering, Civil Engineering (with Hons.)",
            "Bachelor of Engineering",
            Some("Civil Engineering"),
        ),
        (
            "Bachelor of Science - BS, Nursing",
            "Bachelor of Science",
            Some("Nursing"),
        ),
        (
            "M.Sc. in Interaction Design",
            "M.Sc.",
            Some("Interaction Design"),
        ),
        ("BSc Computer Science", "BSc", Some("Computer Science")),
        (
            "Harlow School of Art — MA Interaction Design, 2018",
            "MA",
            Some("Interaction Design"),
        ),
        ("MBA", "MBA", None),
        (
            "MSc in Computer Science   Tampere University",
            "MSc",
            Some("Computer Science"),
        ),
        ("Certificate in Nursing", "Certificate", Some("Nursing")),
        (
            "Bachelor of Science – Marine Biology, Minor: Chemistry",
            "Bachelor of Science",
            Some("Marine Biology"),
        ),
        (
            "Master of Urban Forestry, Kelda University",
            "Master of Urban Forestry",
            Some("Urban Forestry"),
        ),
        (
            "Level 3 Diploma in Adult Care",
            "Level 3 Diploma",
            Some("Adult Care"),
        ),
        (
            "Graduate Certificate, Data Science",
            "Graduate Certificate",
            Some("Data Science"),
        ),
        ("PhD in Linguistics", "PhD", Some("Linguistics")),
        (
            "Bachelor's degree in Education",
            "Bachelor's degree",
            Some("Education"),
        ),
    ] {
        assert_eq!(deg(s), (t.to_string(), a.map(str::to_string)), "{s}");
    }
    assert_eq!(
        deg("BA (Hons) English Language, 2:1"),
        ("BA (Hons)".into(), Some("English Language".into()))
    );
    assert_eq!(deg("2014 – 2017   BSc Geology").0, "BSc");
    assert_eq!(
        deg("A Levels: Maths (A), Art (B)"),
        ("A Levels".into(), None)
    );
    assert_eq!(
        deg("National Senior Certificate").0,
        "National Senior Certificate"
    );
    assert!(degree("Kingsmead High School").is_none());
    assert_eq!(
        deg("Upper Secondary Certificate, Fjordvik Skole"),
        ("Upper Secondary Certificate".into(), None)
    );
    assert!(degree("Boston, MA").is_none());
    assert!(degree("Mastered the art of sourdough").is_none());
}

#[test]
fn the_field_ends_where_the_school_follows() {
    assert_eq!(
        deg("Postgraduate Diploma in Tidal Studies at Kelda University"),
        ("Postgraduate Diploma".into(), Some("Tidal Studies".into()))
    );
    assert_eq!(
        deg("Master of Science in Geodesy from Northgate College").1,
        Some("Geodesy".into())
    );
}

#[test]
fn degrees_in_the_other_languages() {
    assert_eq!(
        deg("Dottorato di ricerca in Scienze del Mare"),
        (
            "Dottorato di ricerca".into(),
            Some("Scienze del Mare".into())
        )
    );
    assert_eq!(deg("Laurea triennale in Geografia").0, "Laurea triennale");
    assert_eq!(deg("Doutorado em Oceanografia").0, "Doutorado");
    assert_eq!(deg("Maestría en Geodesia").0, "Maestría");
    assert_eq!(
        deg("Diplôme d’État d’Architecte").0,
        "Diplôme d’État d’Architecte"
    );
    // School-leaving certificates: the words after them name the board or school.
    assert_eq!(
        deg("Class 12th Kelda State Board"),
        ("Class 12th".into(), None)
    );
    assert_eq!(deg("Fachabitur Hafenschule Kelda").1, None);
}

#[test]
fn a_school_leaving_qualification_after_its_school() {
    assert_eq!(deg("Gymnasium Kelda, Abitur"), ("Abitur".into(), None));
    assert_eq!(deg("Berufsmatura"), ("Berufsmatura".into(), None));
    // The Abitur by its formal name.
    assert_eq!(
        deg("Allgemeine Hochschulreife"),
        ("Allgemeine Hochschulreife".into(), None)
    );
    assert_eq!(deg("Gymnasium Kelda, Fachhochschulreife").1, None);
}

#[test]
fn a_certificate_with_its_field_after_a_colon() {
    assert_eq!(
        deg("Certificate: Dental Assisting"),
        ("Certificate".into(), Some("Dental Assisting".into()))
    );
}

#[test]
fn an_honours_mark_in_lower_case_with_its_dot() {
    assert_eq!(deg("BA (hons.) Marine Biology").0, "BA (hons.)".to_string());
    assert_eq!(deg("BA (Hons) Marine Biology").0, "BA (Hons)".to_string());
}

#[test]
fn a_short_degree_word_as_a_label_before_its_field() {
    assert_eq!(
        deg("Associate: Dental Hygiene"),
        ("Associate".into(), Some("Dental Hygiene".into()))
    );
}

#[test]
fn connectors_in_any_case_and_language() {
    assert_eq!(
        deg("PHD IN OCEANOGRAPHY"),
        ("PHD".into(), Some("OCEANOGRAPHY".into()))
    );
    assert_eq!(
        deg("Diplôme d’État en Paysage au grade Master, mention Projet"),
        ("Diplôme d’État".into(), Some("Paysage".into()))
    );
    // A lower-case note after the comma is no field.
    assert_eq!(deg("Diplôme d’État d’Architecte, grade Licence").1, None);
}

#[test]
fn combined_programmes_and_written_out_forms() {
    assert_eq!(deg("INTEGRATED BS-MS (2014 - 2019)").0, "INTEGRATED BS-MS");
    assert_eq!(
        deg("Double B.A. in Music and Drama, Kelda College"),
        ("Double B.A.".into(), Some("Music and Drama".into()))
    );
    assert!(degree("MS-DOS Support, Kelda Tech").is_none());
    assert_eq!(deg("M. Phil., Harbour University").0, "M. Phil.");
    assert_eq!(
        deg("MA by Research Marine Ecology (2017–2018, Harbour University)"),
        ("MA by Research".into(), Some("Marine Ecology".into()))
    );
    assert_eq!(
        deg("D.U. Data Analyst"),
        ("D.U.".into(), Some("Data Analyst".into()))
    );
    assert!(degree("Du pain et du vin").is_none());
    assert_eq!(
        deg("Licentiate degree, Dental Hygiene").0,
        "Licentiate degree"
    );
}

#[test]
fn german_doctorates_and_a_discipline_named_alone() {
    assert_eq!(
        deg("Promotion (Dr. rer. nat.), Kelda Institut").0,
        "Promotion (Dr. rer. nat.)"
    );
    assert_eq!(
        deg("Strukturiertes Promotionsstudium, Kelda Graduate School").0,
        "Strukturiertes Promotionsstudium"
    );
    assert!(degree("Promotion to Team Lead").is_none());
    assert!(degree("Gerente de Ingeniería, Kelda SA").is_none());
}

#[test]
fn a_degree_in_brackets_after_its_field() {
    assert_eq!(
        deg("Coastal Ecology and Tides (BSc)"),
        ("BSc".into(), Some("Coastal Ecology and Tides".into()))
    );
    assert_eq!(
        deg("Harbour Studies (M.A.). Shipping Track"),
        ("M.A.".into(), Some("Harbour Studies".into()))
    );
    assert_eq!(deg("Tide Studies (BA)").0, "BA");
    // A state's or a country's code in brackets names no degree.
    assert!(degree("Kelda Labs, Boston (MA)").is_none());
    assert!(degree("Exchange at Kelda (BE) and Tide (DK)").is_none());
    assert_eq!(deg("Handelsfachwirt, Kammer Kelda").0, "Handelsfachwirt");
}

#[test]
fn spanish_degrees_name_their_field_after_en() {
    assert_eq!(
        deg("Máster en Seguridad Alimentaria"),
        ("Máster".into(), Some("Seguridad Alimentaria".into()))
    );
    assert_eq!(
        deg("Grado en Ingeniería Química"),
        ("Grado".into(), Some("Ingeniería Química".into()))
    );
    // Without its field, "grado" is an everyday word.
    assert!(degree("Premio Fin de Grado").is_none());
}

#[test]
fn italian_diplomas_name_their_field_after_di() {
    assert_eq!(
        deg("Diploma di Ragioneria"),
        ("Diploma".into(), Some("Ragioneria".into()))
    );
}

#[test]
fn french_degrees_name_their_field_after_de() {
    assert_eq!(
        deg("Licence de géographie"),
        ("Licence".into(), Some("géographie".into()))
    );
}

#[test]
fn german_doctorates_and_belgian_engineers() {
    assert_eq!(deg("Dr. med.").0, "Dr. med.");
    assert_eq!(deg("Dr. rer. nat.").0, "Dr. rer. nat.");
    // Before a name it is a title, as in a supervisor's line.
    assert!(degree("Betreuer: Prof. Dr. med. Kasimir Vogt").is_none());
    assert_eq!(
        deg("Ingénieur civil électricien").0,
        "Ingénieur civil électricien"
    );
    assert_eq!(
        deg("Ingénieur civil en informatique"),
        ("Ingénieur civil".into(), Some("informatique".into()))
    );
}

#[test]
fn a_framework_level_is_part_of_the_certificate() {
    assert_eq!(
        deg("QQI Level 5 Certificate in Business Administration"),
        (
            "QQI Level 5 Certificate".into(),
            Some("Business Administration".into())
        )
    );
}

#[test]
fn a_bracket_after_a_degree_that_names_its_field_is_a_specialisation() {
    let d = degree("Master of Nursing (Nurse Practitioner)").unwrap();
    assert_eq!(
        (d.study_type.as_str(), d.area.as_deref()),
        ("Master of Nursing", Some("Nursing"))
    );
    let d = degree("Master of Social Work (Clinical Social Worker)").unwrap();
    assert_eq!(d.area.as_deref(), Some("Social Work"));
    // A subject in the bracket is the field.
    let d = degree("Bachelor of Commerce (Marketing)").unwrap();
    assert_eq!(d.area.as_deref(), Some("Marketing"));
    // A broad degree's bracket is its field.
    let d = degree("Bachelor of Science (Chemistry)").unwrap();
    assert_eq!(d.area.as_deref(), Some("Chemistry"));
}
