//! Tests of `sections`.

use super::*;

fn kind(text: &str) -> Option<SectionKind> {
    let doc = Document::new(text);
    heading_kind(&doc.lines[0])
}

#[test]
fn a_heading_at_the_documents_heading_level_is_a_section() {
    let doc = Document::new(
        "# Ada Quill\n# Experience\nBaker\n# Education\nBA\n# Skills\nBread\n\
         # Field Notebooks\nTide tables\n# First-Author Refereed Publications\nA paper\n\
         # Baker, Crumb & Co\nKneading",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    // The name before the first section is no section; an entry-like line at the
    // heading level (pieces joined by commas) is none either.
    assert_eq!(
        kinds,
        [Preamble, Work, Education, Skills, Other, Publications],
        "{sections:#?}"
    );
}

#[test]
fn headings_under_an_empty_heading_of_their_level_are_its_groups() {
    let doc = Document::new(
        "# Experience\nBaker\n# Education\nBA\n# Skills\n\n# Ovens\nWood-fired\nDeck\n\n\
         # Doughs\nSourdough\n# Interests\nKites\n# Field Notebooks\nTide tables",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    // "Ovens" and "Doughs" stay in the empty skills section; after a section with
    // content of its own, an unknown heading is a section again.
    assert_eq!(
        kinds,
        [Preamble, Work, Education, Skills, Interests, Other],
        "{sections:#?}"
    );
    let skills: Vec<&str> = sections[3]
        .lines
        .iter()
        .map(|&i| doc.lines[i].plain.as_str())
        .collect();
    assert!(
        skills.contains(&"Ovens") && skills.contains(&"Sourdough"),
        "{skills:?}"
    );
}

#[test]
fn sub_sections_leave_the_section_level_to_the_top_headings() {
    let doc = Document::new(
        "# Ada Quill\n# Experience\nBaker\n# Education\nBA\n## Courses\nFirst aid\n\
         # Skills\nBread\n# Field Notebooks\nTide tables",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    assert_eq!(
        kinds,
        [Preamble, Work, Education, Courses, Skills, Other],
        "{sections:#?}"
    );
}

#[test]
fn an_unmarked_line_with_a_heading_word_leaves_the_section_level_alone() {
    let doc = Document::new(
        "# Ada Quill\n# Experience\nBaker\n# Education\nBA\nAwards\n- Prize\n\
         # Skills\nBread\n# Field Notebooks\nTide tables",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds.last(), Some(&SectionKind::Other), "{sections:#?}");
}

#[test]
fn a_heading_initial_set_apart_is_joined() {
    use SectionKind::*;
    assert_eq!(kind("E xperience"), Some(Work));
    assert_eq!(kind("W ork E xperience"), Some(Work));
    assert_eq!(kind("S kills"), Some(Skills));
    // Joined only where that makes a heading word.
    assert_eq!(kind("A ccounting Intern"), None);
}

#[test]
fn heading_spellings() {
    use SectionKind::*;
    for (t, k) in [
        ("Experience", Work),
        ("WORK EXPERIENCE", Work),
        ("## Professional Experience", Work),
        ("# Working Experience", Work),
        ("Employment History", Work),
        ("ACADEMIC EMPLOYMENT", Work),
        ("#### **EDUCATION**", Education),
        ("Project Experience", Projects),
        ("Research Experience", Research),
        ("TECHNICAL SKILLS", Skills),
        ("Top Skills", Skills),
        ("# HONORS AND AWARDS", Awards),
        ("Honors-Awards", Awards),
        ("Publications", Publications),
        ("#### TEACHING EXPERIENCE", Teaching),
        ("Languages", Languages),
        ("Language Skills", Languages),
        ("Licenses & Certifications", Certificates),
        ("Volunteer Experience", Volunteer),
        ("## Key Achievements", Achievements),
        ("Professional Summary", Summary),
        ("About Me", Summary),
        ("Projects (Cont.)", Projects),
        ("Skills:", Skills),
        ("PROGRAMMING", Skills),
        ("Research Fields", Interests),
        ("Situation actuelle", Work),
        ("**RESEARCH AREAS**", Interests),
        ("## Programmieren", Skills),
        ("Clinical Experience", Work),
        ("Relevant Coursework", Courses),
        ("PROFESSIONAL BACKGROUND", Work),
        ("Career History", Work),
        ("Relevant Experience", Work),
        ("Educational Background", Education),
        ("Leadership", Volunteer),
        ("Activities", Volunteer),
        ("Certifications & Licenses", Certificates),
        ("Objective", Summary),
        ("SUMMARY OF QUALIFICATIONS", Summary),
        ("Qualifications", Education),
        ("BERUFSERFAHRUNG", Work),
        ("Formación Académica", Education),
        ("Compétences", Skills),
        ("ESPERIENZA PROFESSIONALE", Work),
        ("Istruzione e formazione", Education),
        ("Werkervaring", Work),
        ("Opleiding", Education),
        ("Vaardigheden", Skills),
        ("Talen", Languages),
        ("PROFESSIONAL HISTORY:", Work),
        ("Technical Proficiencies", Skills),
        ("Core Competencies", Skills),
        ("KEY SKILLS", Skills),
        ("SOFTWARE", Skills),
        ("Personal Information", Contact),
        ("PERSONAL PARTICULARS", Contact),
        ("Links", Contact),
        ("SELF-EVALUATION", Other),
        ("Declaration", Other),
        ("[ WORK HISTORY ]", Work),
    ] {
        assert_eq!(kind(t), Some(k), "{t}");
    }
}

#[test]
fn not_headings() {
    for t in [
        "Open-Source Contributions to Neovim and Blender",
        "- Skills",
        "Experience with Kubernetes and large fleets of machines",
        "Cobaltline",
        "Skills 2020",
        "Harvest Open Platform",
        "Research Assistant",
        "Teaching Assistant",
        "SELF EMPLOYED",
        "Software Engineer",
        "Situation familiale",
    ] {
        assert_eq!(kind(t), None, "{t}");
    }
}

#[test]
fn labels_inside_skills_are_no_headings() {
    let doc = Document::new(
        "Skills:\nTools:\nCanvas, Moodle\nTeaching:\nLesson planning, Assessment design\nLanguages:\nEnglish, Welsh\n\nEducation and Training:\nBA, History, Kelda College, 2015\n\nWork Experience:\nTeacher, 2019 – 2021",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<_> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    assert_eq!(kinds, [Preamble, Skills, Languages, Education, Work]);
    assert_eq!(sections[1].lines.len(), 4);
}

#[test]
fn unknown_headings_end_the_section_before() {
    let doc = Document::new(
        "EXPERIENCE\nCook, Harbor Diner, 2019 – 2021\n- Fried fish.\n\nMILITARY SERVICE\nServed as a signals conscript.\n\nSKILLS\nKnife work, Sauces\n\nI hereby declare that the above is true.",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<_> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    assert_eq!(kinds, [Preamble, Work, Other, Skills, Other]);
    assert_eq!(sections[1].lines.len(), 2);
    assert_eq!(sections[3].lines.len(), 1);
}

#[test]
fn continued_heading_does_not_split() {
    let doc = Document::new("Projects\nA\nProjects (Cont.)\nB\nSkills\nGo");
    let (sections, repeated) = split(&doc.lines);
    let kinds: Vec<_> = sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Preamble,
            SectionKind::Projects,
            SectionKind::Skills
        ]
    );
    assert_eq!(sections[1].lines.len(), 2);
    assert_eq!(repeated, vec![2]);
}

#[test]
fn academic_publication_and_service_headings() {
    use SectionKind::*;
    assert_eq!(kind("Peer Reviewed Publications"), Some(Publications));
    assert_eq!(kind("## First author publications"), Some(Publications));
    assert_eq!(kind("ACADEMIC SERVICE"), Some(Volunteer));
    assert_eq!(kind("Professional Service"), Some(Volunteer));
    assert_ne!(kind("Customer Service"), Some(Volunteer));
}

#[test]
fn research_appointments_are_posts() {
    use SectionKind::*;
    assert_eq!(kind("Research Appointments"), Some(Work));
    assert_eq!(kind("RESEARCH POSITIONS"), Some(Work));
    assert_eq!(kind("Research Experience"), Some(Research));
}

#[test]
fn manuscripts_are_publications() {
    assert_eq!(
        kind("SELECT REPORTS AND MANUSCRIPTS"),
        Some(SectionKind::Publications)
    );
    assert_eq!(
        kind("## Manuscripts in Preparation"),
        Some(SectionKind::Publications)
    );
}

#[test]
fn the_heading_decision_is_the_classifiers() {
    // A styled qualifier over a heading word opens a section on the reviewed weights;
    // weighing the qualifier at nothing turns the same line into the section's text,
    // so the split really asks the classifier.
    let doc = Document::new(
        "EDUCATION\nBA, History, Kelda College, 2015\n\nNURSING EXPERIENCE\nStaff Nurse, Kelda Hospital, 2016 – 2020",
    );
    let kinds = |judge: &dyn Classifier| -> Vec<SectionKind> {
        split_with(&doc.lines, judge)
            .0
            .iter()
            .map(|s| s.kind)
            .collect()
    };
    use SectionKind::*;
    assert_eq!(kinds(classify::classifier()), [Preamble, Education, Work]);
    let mut changed = classify::classifier().clone();
    changed.set_weight(Decision::SectionHeading, Cue::OneUnknownWord, 0.0);
    assert_eq!(kinds(&changed), [Preamble, Education]);
}

#[test]
fn a_plain_colon_label_over_a_jobs_bullets_stays_in_the_job() {
    let kinds = |text: &str| -> Vec<SectionKind> {
        let doc = Document::new(text);
        split(&doc.lines).0.iter().map(|s| s.kind).collect()
    };
    use SectionKind::*;
    // The section's heading is set apart; the plain label under its job is not.
    assert_eq!(
        kinds("## EXPERIENCE\nHead Baker\nGullwing Bakery, 2015 - 2020\nTeaching Experience:\n- Taught the apprentices.\n## EDUCATION\nBA\n"),
        [Preamble, Work, Education]
    );
    // Set apart as the other headings are, it opens its section.
    assert_eq!(
        kinds("## EXPERIENCE\nHead Baker\nGullwing Bakery, 2015 - 2020\n## Teaching Experience:\n- Taught the apprentices.\n"),
        [Preamble, Work, Teaching]
    );
    // Where headings are plain lines too, a colon label may be one.
    assert_eq!(
        kinds("Experience\nHead Baker\nGullwing Bakery, 2015 - 2020\nTeaching Experience:\n- Taught the apprentices.\n"),
        [Preamble, Work, Teaching]
    );
}

#[test]
fn a_list_of_bare_terms_under_an_unknown_heading_is_a_group_of_skills() {
    let doc = Document::new(
        "## Ada Quill\n- Leeds\n- Baker\n## Ovens\n- Deck oven\n- Wood-fired\n## Experience\nBaker\n\
         ## Education\nBA\n## Skills\n- Kneading\n## Doughs\n- Rye\n- Sourdough\n\
         ## Field Notebooks\n- Tide tables, 2019\n- Kites flown at Whitby: 12\n\
         ## Elsewhere\n- ada@example.org\n- +44 7700 900123\n",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    // Before the first known heading, only a list of terms opens a section, and not
    // under the name at the top; lists of dated or labelled items and of contacts
    // are no skills.
    assert_eq!(
        kinds,
        [Preamble, Skills, Work, Education, Skills, Skills, Other, Other],
        "{sections:#?}"
    );
}

#[test]
fn a_known_word_set_like_the_sections_entry_heads_heads_an_entry() {
    // "INTERNSHIP" in bold alone, as "FIELD SEASON" and "THESIS" head the research
    // section's entries under its marked-up heading: one more entry of it.
    let doc = Document::new(
        "# Ada Quill\n## Research\n**THESIS**\nTide pools of the north coast\n\n\
         **FIELD SEASON**\nCounting limpets\n\n**INTERNSHIP**\nMapping kelp beds\n\
         ## Education\nBSc Marine Biology",
    );
    let (sections, _) = split(&doc.lines);
    let kinds: Vec<SectionKind> = sections.iter().map(|s| s.kind).collect();
    assert!(!kinds.contains(&SectionKind::Work), "{sections:#?}");
    // Alone under a plain heading, the same line still opens a section.
    let doc = Document::new("# Ada Quill\n**EDUCATION**\nBSc\n\n**INTERNSHIP**\nKelp beds");
    let (sections, _) = split(&doc.lines);
    assert!(
        sections.iter().any(|s| s.kind == SectionKind::Work),
        "{sections:#?}"
    );
}
