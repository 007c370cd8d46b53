//! The text parser on fictional résumés written in the messy formats real ones come in:
//! PDF-converted LaTeX with math dates and stray bullets, Markdown at random heading
//! levels, a LinkedIn-style profile export, dates on their own lines, ALL-CAPS
//! headings, one company with several roles, European and Asian date styles, people
//! outside tech, a missing name, a missing "Experience" heading, tables converted to
//! `|` rows, tabs as separators, a name after a sidebar, German headings, numbered and
//! arrow bullets, one-line Markdown entries, side-by-side two-column layouts,
//! personal-details grids, a LinkedIn page copied from the browser, skills as tables,
//! grids and colon-less labels; two-column PDFs as pasted `pdftotext` text, with and
//! without `-layout`; LaTeX sources (moderncv, Jake's template, a plain
//! article), read through the LaTeX reader; Word documents (`.docx`), read from their
//! bytes through the DOCX reader (their source units are paragraphs).
//!
//! Each fixture's JSON is snapshotted (reviewed by hand before it was committed); the
//! `explain` notes are checked to account for every line.

use std::path::Path;

use vitae::parse::{read_docx_bytes, Markup, ResumeParser};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parse")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

macro_rules! snapshot {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let text = fixture($file);
            // The markup is the file's, as `vitae parse` picks it.
            let markup = Markup::from_path(Path::new($file)).unwrap_or(Markup::Plain);
            let parser = ResumeParser::new();
            let resume = parser.parse_as(&text, markup);
            insta::assert_json_snapshot!(stringify!($test), resume);
            // Every source line is accounted for: a role, a reason it was dropped, or blank.
            let (again, notes) = parser.explain_as(&text, markup);
            assert_eq!(again, resume, "explain parses the same résumé");
            assert_eq!(notes.len(), text.lines().count());
            let unplaced: Vec<_> = notes
                .iter()
                .filter(|n| n.role == "unplaced")
                .map(|n| format!("{}: {}", n.line, n.text))
                .collect();
            assert!(
                unplaced.is_empty(),
                "unplaced lines in {}: {unplaced:#?}",
                $file
            );
        }
    };
}

/// A fixture read from its bytes: DOCX files are no text.
macro_rules! snapshot_docx {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/parse")
                .join($file);
            let bytes = std::fs::read(&path).unwrap();
            let doc = read_docx_bytes(&path, &bytes).unwrap();
            let parser = ResumeParser::new();
            let resume = parser.parse_converted(&doc);
            insta::assert_json_snapshot!(stringify!($test), resume);
            // Every paragraph is accounted for, as `--explain` prints them.
            let (again, notes) = parser.explain_converted(&doc);
            assert_eq!(again, resume, "explain parses the same résumé");
            assert_eq!(notes.len(), doc.units.len());
            let unplaced: Vec<_> = notes
                .iter()
                .filter(|n| {
                    n.role == "unplaced" || (n.role.is_empty() && !n.text.trim().is_empty())
                })
                .map(|n| format!("¶{}: {}", n.line, n.text))
                .collect();
            assert!(
                unplaced.is_empty(),
                "unplaced paragraphs in {}: {unplaced:#?}",
                $file
            );
        }
    };
}

snapshot_docx!(docx_table_surveyor, "docx_table_surveyor.docx");
snapshot_docx!(docx_styles_nurse, "docx_styles_nurse.docx");
snapshot_docx!(docx_sidebar_analyst, "docx_sidebar_analyst.docx");
snapshot_docx!(
    docx_inline_name_translator,
    "docx_inline_name_translator.docx"
);
snapshot!(pdf_latex_engineer, "pdf_latex_engineer.txt");
snapshot!(markdown_designer, "markdown_designer.md");
snapshot!(linkedin_nurse, "linkedin_nurse.txt");
snapshot!(dates_own_lines, "dates_own_lines.txt");
snapshot!(all_caps_teacher, "all_caps_teacher.txt");
snapshot!(asian_dates_researcher, "asian_dates_researcher.md");
snapshot!(chef_no_name, "chef_no_name.txt");
snapshot!(no_experience_heading, "no_experience_heading.txt");
snapshot!(no_headings_at_all, "no_headings_at_all.txt");
snapshot!(pdf_layout_columns, "pdf_layout_columns.txt");
snapshot!(two_column_layout, "two_column_layout.txt");
snapshot!(personal_details_grid, "personal_details_grid.txt");
snapshot!(linkedin_web_copy, "linkedin_web_copy.txt");
snapshot!(skills_layouts, "skills_layouts.txt");
snapshot!(skills_table, "skills_table.md");
snapshot!(markdown_setext_sre, "markdown_setext_sre.md");
snapshot!(
    markdown_dated_table_conservator,
    "markdown_dated_table_conservator.md"
);
snapshot!(one_line_entries, "one_line_entries.txt");
snapshot!(qualifications_date_column, "qualifications_date_column.txt");
snapshot!(europass_date_column, "europass_date_column.txt");
snapshot!(degrees_under_one_school, "degrees_under_one_school.txt");
snapshot!(employer_title_splits, "employer_title_splits.txt");
snapshot!(lowercase_projects, "lowercase_projects.txt");
snapshot!(dates_beside_text, "dates_beside_text.txt");
snapshot!(markdown_italic_dates, "markdown_italic_dates.md");
snapshot!(awards_layouts, "awards_layouts.txt");
snapshot!(groups_and_date_column_uk, "groups_and_date_column_uk.txt");
snapshot!(one_line_entries_chef, "one_line_entries_chef.txt");
snapshot!(us_student_activities, "us_student_activities.txt");
snapshot!(latex_template_compact, "latex_template_compact.txt");
snapshot!(
    nurse_credentials_rotations,
    "nurse_credentials_rotations.txt"
);
snapshot!(academic_cv, "academic_cv.md");
snapshot!(european_logistics, "european_logistics.txt");
snapshot!(uk_pharmacist_cv, "uk_pharmacist_cv.txt");
snapshot!(india_fresher, "india_fresher.txt");
snapshot!(career_background_tables, "career_background_tables.txt");
snapshot!(sidebar_export_caregiver, "sidebar_export_caregiver.txt");
snapshot!(
    european_cv_german_headings,
    "european_cv_german_headings.txt"
);
snapshot!(
    bullets_and_numbered_research,
    "bullets_and_numbered_research.md"
);
snapshot!(markdown_oneliners_pastry, "markdown_oneliners_pastry.md");
snapshot!(referees_tabs_continued, "referees_tabs_continued.txt");
snapshot!(latex_moderncv_engineer, "latex_moderncv_engineer.tex");
snapshot!(latex_jakes_student, "latex_jakes_student.tex");
snapshot!(latex_article_nurse, "latex_article_nurse.tex");
snapshot!(latex_rsection_welder, "latex_rsection_welder.tex");
snapshot!(latex_twentysecond_chemist, "latex_twentysecond_chemist.tex");
snapshot!(latex_timeline_librarian, "latex_timeline_librarian.tex");
snapshot!(latex_deedy_surveyor, "latex_deedy_surveyor.tex");
snapshot!(latex_awesome_paramedic, "latex_awesome_paramedic.tex");

#[test]
fn warnings_point_at_lines() {
    let parser = ResumeParser::new();
    let w = parser.warnings(&fixture("chef_no_name.txt"));
    assert!(
        w.iter()
            .any(|w| w.line.is_none() && w.message.contains("no name")),
        "{w:?}"
    );
    let w =
        parser.warnings("ACME LTD\n\nEXPERIENCE\nBaker, Crumb & Co\n- Baked.\n\nstray text here\n");
    assert!(
        w.iter()
            .any(|w| w.line == Some(4) && w.message.contains("without dates")),
        "{w:?}"
    );
}
snapshot!(org_botanist, "org_botanist.org");
snapshot!(
    org_dated_table_cartographer,
    "org_dated_table_cartographer.org"
);
snapshot!(rst_translator, "rst_translator.rst");
snapshot!(adoc_pharmacist, "adoc_pharmacist.adoc");
snapshot!(
    markdown_outline_hydrologist,
    "markdown_outline_hydrologist.md"
);
snapshot!(adoc_sidebar_glazier, "adoc_sidebar_glazier.adoc");
snapshot!(org_outline_beekeeper, "org_outline_beekeeper.org");
snapshot!(
    latex_moderncv_german_chemist,
    "latex_moderncv_german_chemist.tex"
);
snapshot!(
    latex_friggeri_glaciologist,
    "latex_friggeri_glaciologist.tex"
);
snapshot!(
    org_cv_drawers_archaeologist,
    "org_cv_drawers_archaeologist.org"
);
snapshot!(rst_deflist_musicologist, "rst_deflist_musicologist.rst");
snapshot!(org_degrees_organologist, "org_degrees_organologist.org");
snapshot!(adoc_dlist_volcanologist, "adoc_dlist_volcanologist.adoc");
snapshot!(
    latex_moderncv_german_controller,
    "latex_moderncv_german_controller.tex"
);
snapshot!(
    org_timestamps_epidemiologist,
    "org_timestamps_epidemiologist.org"
);
snapshot!(rst_tables_hydrographer, "rst_tables_hydrographer.rst");
snapshot!(
    adoc_table_roles_oceanographer,
    "adoc_table_roles_oceanographer.adoc"
);
snapshot!(
    word_copy_promotions_planner,
    "word_copy_promotions_planner.txt"
);
snapshot!(
    markdown_pipe_headings_backend,
    "markdown_pipe_headings_backend.md"
);
snapshot!(spanish_quality_engineer, "spanish_quality_engineer.txt");
snapshot!(
    functional_work_history_facilities,
    "functional_work_history_facilities.txt"
);
snapshot!(pdf_raw_marketing_graduate, "pdf_raw_marketing_graduate.txt");
snapshot!(
    academic_date_column_ecologist,
    "academic_date_column_ecologist.txt"
);
snapshot!(italian_school_leaver, "italian_school_leaver.txt");
snapshot!(caps_employer_nurse, "caps_employer_nurse.txt");
snapshot!(dutch_heden_controller, "dutch_heden_controller.txt");
snapshot!(
    markdown_bold_company_data_scientist,
    "markdown_bold_company_data_scientist.md"
);
snapshot!(french_colon_dates_planner, "french_colon_dates_planner.txt");
snapshot!(
    pdf_stacked_sidebar_hydrologist_plain,
    "pdf_stacked_sidebar_hydrologist_plain.txt"
);
snapshot!(
    pdf_stacked_sidebar_hydrologist_layout,
    "pdf_stacked_sidebar_hydrologist_layout.txt"
);
snapshot!(
    pdf_paired_headings_roaster_plain,
    "pdf_paired_headings_roaster_plain.txt"
);
snapshot!(
    pdf_paired_headings_roaster_layout,
    "pdf_paired_headings_roaster_layout.txt"
);
snapshot!(portuguese_school_leaver, "portuguese_school_leaver.txt");
snapshot!(
    markdown_nurse_practitioner,
    "markdown_nurse_practitioner.md"
);
snapshot!(pdf_raw_canva_marketing, "pdf_raw_canva_marketing.txt");
snapshot!(
    markdown_emoji_content_designer,
    "markdown_emoji_content_designer.md"
);
snapshot!(
    pdf_layout_polish_electrician,
    "pdf_layout_polish_electrician.txt"
);
snapshot!(pdf_layout_physicist_cv, "pdf_layout_physicist_cv.txt");
snapshot!(markdown_linguist_academic, "markdown_linguist_academic.md");
snapshot!(
    rare_titles_heritage_crafts,
    "rare_titles_heritage_crafts.txt"
);
snapshot!(europass_portuguese_labels, "europass_portuguese_labels.txt");
snapshot!(
    pdf_layout_nurse_practitioner,
    "pdf_layout_nurse_practitioner.txt"
);
snapshot!(
    docx_text_web_content_designer,
    "docx_text_web_content_designer.txt"
);
snapshot!(
    markdown_marketing_graduate_us,
    "markdown_marketing_graduate_us.md"
);
snapshot!(
    latex_moderncv_german_internist,
    "latex_moderncv_german_internist.tex"
);
snapshot!(
    latex_awesome_french_logistician,
    "latex_awesome_french_logistician.tex"
);
snapshot!(
    latex_jakes_firmware_engineer,
    "latex_jakes_firmware_engineer.tex"
);
// Seventh blind batch (session `people3`; gold beside each in `*_src/`). One of its
// fixtures is scored but not snapshotted here, as it still leaves lines unplaced:
// `brazilian_labelled_school_leaver.txt` (a personal-data line, a "Town/UF" address).
// `pdf_raw_social_media_intern.txt` is snapshotted since session `plain2` read its
// sidebar's blocks back under their headings.
snapshot!(
    pdf_raw_social_media_intern,
    "pdf_raw_social_media_intern.txt"
);
snapshot!(
    retail_employer_city_supervisor,
    "retail_employer_city_supervisor.txt"
);
snapshot!(
    functional_dated_history_changer,
    "functional_dated_history_changer.txt"
);
snapshot!(
    markdown_ux_writer_portfolio,
    "markdown_ux_writer_portfolio.md"
);
snapshot!(
    rst_postdoc_grants_teaching,
    "rst_postdoc_grants_teaching.rst"
);
snapshot!(pdf_layout_rn_step_down, "pdf_layout_rn_step_down.txt");
snapshot!(
    pdf_layout_teacher_date_column,
    "pdf_layout_teacher_date_column.txt"
);
// Eighth blind batch (session `people4`; gold beside each in `*_src/`). Scored but not
// snapshotted here: `pdf_plain_occupational_therapist.txt`, whose fieldwork and degree
// blocks plain pdftotext moved apart from their dates and towns still leaves lines
// unplaced.
snapshot!(
    org_employment_headings_classicist,
    "org_employment_headings_classicist.org"
);
snapshot!(
    rst_underlines_seismologist,
    "rst_underlines_seismologist.rst"
);
snapshot!(
    markdown_readme_emoji_platform,
    "markdown_readme_emoji_platform.md"
);
snapshot!(markdown_pandoc_archivist, "markdown_pandoc_archivist.md");
snapshot!(
    lebenslauf_werkstudent_tabular,
    "lebenslauf_werkstudent_tabular.txt"
);
snapshot!(
    pdf_layout_italian_agronomist,
    "pdf_layout_italian_agronomist.txt"
);
snapshot!(
    marketing_campaigns_freelance,
    "marketing_campaigns_freelance.txt"
);
// Ninth blind batch (session `people5`; gold beside each in `*_src/`).
snapshot!(
    pdf_layout_content_designer_pages,
    "pdf_layout_content_designer_pages.txt"
);
snapshot!(
    pdf_layout_np_title_employer_row,
    "pdf_layout_np_title_employer_row.txt"
);
snapshot!(
    pdf_plain_two_column_marketing_grad,
    "pdf_plain_two_column_marketing_grad.txt"
);
snapshot!(
    pdf_plain_right_sidebar_logistics,
    "pdf_plain_right_sidebar_logistics.txt"
);
snapshot!(
    markdown_dates_first_data_reporter,
    "markdown_dates_first_data_reporter.md"
);
snapshot!(
    org_dlist_years_marine_ecologist,
    "org_dlist_years_marine_ecologist.org"
);
snapshot!(
    latex_moderncv_cvitem_jobs_german,
    "latex_moderncv_cvitem_jobs_german.tex"
);
snapshot!(curriculo_tabs_tecnico_pt, "curriculo_tabs_tecnico_pt.txt");
