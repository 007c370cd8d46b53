//! Snapshots of the HTML each built-in theme renders for a fictional person with every
//! JSON Resume section (`tests/fixtures/full-resume.json`), so any change to a theme's
//! markup shows up in review. `cargo insta review` to accept intended changes.

use std::path::Path;

use vitae::model::Medium;
use vitae::render::{Contact, PageVars, PersonVars, SiteVars, ThemeSet};
use vitae::site::{Paper, Privacy};
use vitae::Resume;

const FULL: &str = include_str!("fixtures/full-resume.json");

fn render(theme: &str) -> String {
    let resume: Resume = serde_json::from_str(FULL).unwrap();
    let mut privacy = Privacy::default();
    privacy.web.phone = false;
    privacy.web.address = false;
    privacy.print.email = false;
    let person = PersonVars {
        slug: "wilhelmina".into(),
        name: resume.display_name().into(),
        contacts: Contact::list(&resume, &privacy),
        sections: vitae::model::SECTION_ORDER
            .iter()
            .filter(|s| resume.has_section(s))
            .map(|s| s.to_string())
            .collect(),
        // As the build gives it: redacted for the web.
        resume: resume.redacted(&privacy, Medium::Web),
        photo: Some("photo.jpg".into()),
        pdf: Some("cv.pdf".into()),
        print_pdf: None,
        json: "resume.json".into(),
        privacy,
    };
    let site = SiteVars {
        title: "Fixture Team".into(),
        description: "Fictional people.".into(),
        base_url: "https://example.test/team/".into(),
        language: "en".into(),
        generator: "vitae (snapshot)".into(),
        people_count: 2,
    };
    let page = PageVars {
        kind: "person".into(),
        root: "../".into(),
        home: "../index.html".into(),
        path: "wilhelmina/".into(),
        canonical: Some("https://example.test/team/wilhelmina/".into()),
        theme_static: format!("../themes/{theme}/"),
        paper: Paper::Letter,
        paper_css: "letter".into(),
    };
    let themes = ThemeSet::load(Path::new("/nonexistent-vitae-site")).unwrap();
    themes
        .renderer(theme, &site.language)
        .unwrap()
        .render_person(&site, &page, &person)
        .unwrap()
}

#[test]
fn classic_person_page() {
    insta::assert_snapshot!(render("classic"));
}

#[test]
fn modern_person_page() {
    insta::assert_snapshot!(render("modern"));
}

#[test]
fn academic_person_page() {
    insta::assert_snapshot!(render("academic"));
}
