//! Renderer tests: themes compiled and rendered end to end with fixture data.
//! (Theme discovery and inheritance are tested in `themes`; the filters in `filters`.)

use super::*;
use crate::model::Resume;
use crate::model::{Paper, Privacy};

fn site() -> SiteVars {
    SiteVars {
        title: "Fixture Site".into(),
        description: "Fictional people.".into(),
        base_url: "https://example.test/".into(),
        language: "en".into(),
        generator: "vitae test".into(),
        people_count: 1,
    }
}

fn page() -> PageVars {
    PageVars {
        kind: "person".into(),
        root: "../".into(),
        home: "../index.html".into(),
        path: "ada/".into(),
        canonical: Some("https://example.test/ada/".into()),
        theme_static: "../themes/classic/".into(),
        paper: Paper::A4,
        paper_css: "A4".into(),
    }
}

fn person(json: &str, privacy: Privacy) -> PersonVars {
    let resume: Resume = serde_json::from_str(json).unwrap();
    PersonVars {
        slug: "ada".into(),
        name: resume.display_name().into(),
        contacts: Contact::list(&resume, &privacy),
        sections: crate::model::SECTION_ORDER
            .iter()
            .filter(|s| resume.has_section(s))
            .map(|s| s.to_string())
            .collect(),
        // As the build gives it: redacted for the web.
        resume: resume.redacted(&privacy, crate::model::Medium::Web),
        photo: None,
        pdf: None,
        print_pdf: None,
        json: "resume.json".into(),
        privacy,
    }
}

const ADA: &str = r#"{"basics":{"name":"Ada Fixture","label":"Engineer","email":"ada@example.test",
    "summary":"Builds **things**."},
    "work":[{"name":"Acme","position":"Engineer","startDate":"2020-03","highlights":["Shipped *it*."]}],
    "skills":[{"name":"Languages","keywords":["Rust"]}]}"#;

fn render_with(root: &std::path::Path, theme: &str, p: &PersonVars) -> Result<String> {
    let themes = ThemeSet::load(root)?;
    themes
        .renderer(theme, "en")?
        .render_person(&site(), &page(), p)
}

#[test]
fn every_built_in_theme_renders_a_person() {
    let d = tempfile::tempdir().unwrap();
    let p = person(ADA, Privacy::default());
    for theme in ["classic", "modern", "academic"] {
        let html = render_with(d.path(), theme, &p).unwrap();
        assert!(html.contains("<h1"), "{theme}");
        assert!(html.contains("Ada Fixture"), "{theme}");
        assert!(html.contains("<strong>things</strong>"), "{theme}");
        assert!(html.contains("March 2020"), "{theme}");
        assert!(html.contains("<html lang=\"en\">"), "{theme}");
        assert!(html.contains("application/ld+json"), "{theme}");
        assert!(html.contains("href=\"resume.json\""), "{theme}");
    }
}

#[test]
fn site_template_overrides_the_theme() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("templates/partials");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("footer.html"),
        "<footer>SITE FOOTER {{ site.title }}</footer>",
    )
    .unwrap();
    let html = render_with(d.path(), "modern", &person(ADA, Privacy::default())).unwrap();
    assert!(html.contains("SITE FOOTER Fixture Site"));
}

#[test]
fn override_can_extend_the_original_by_namespace() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("templates")).unwrap();
    std::fs::write(
        d.path().join("templates/person.html"),
        "{% extends \"classic/person.html\" %}{% block masthead %}<header>CUSTOM</header>{% endblock masthead %}",
    )
    .unwrap();
    let html = render_with(d.path(), "classic", &person(ADA, Privacy::default())).unwrap();
    assert!(html.contains("<header>CUSTOM</header>"));
    assert!(
        html.contains("Shipped <em>it</em>."),
        "the rest of the page is the theme's"
    );
}

fn compiled_names(r: &Renderer) -> Vec<String> {
    let tera = r.tera.read().unwrap();
    let mut names: Vec<String> = tera.get_template_names().map(str::to_string).collect();
    names.sort();
    names
}

#[test]
fn theme_copies_are_compiled_only_when_a_template_names_them() {
    let d = tempfile::tempdir().unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    let compiled = |theme: &str| -> Vec<String> {
        let r = themes.renderer(theme, "en").unwrap();
        r.render_person(&site(), &page(), &person(ADA, Privacy::default()))
            .unwrap();
        compiled_names(&r)
    };
    let classic = compiled("classic");
    assert!(classic.iter().any(|n| n == "partials/work.html"));
    assert!(
        !classic.iter().any(|n| n.starts_with("classic/")),
        "{classic:?}"
    );
    // modern's person page extends classic's by name; nothing names classic's partials.
    let modern = compiled("modern");
    assert!(
        modern.iter().any(|n| n == "classic/person.html"),
        "{modern:?}"
    );
    assert!(!modern.iter().any(|n| n == "classic/partials/work.html"));
}

#[test]
fn built_in_partials_come_parsed_with_the_pages() {
    let d = tempfile::tempdir().unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    let r = themes.renderer("classic", "en").unwrap();
    let before = compiled_names(&r);
    assert!(before.iter().any(|n| n == "base.html"), "{before:?}");
    // Parsed when vitae was built: put together before any page renders, so no page
    // is rendered again to find one missing.
    assert!(
        before.iter().any(|n| n == "partials/education.html"),
        "{before:?}"
    );
    // The `<theme>/…` copies only when a template names them.
    assert!(
        !before.iter().any(|n| n.starts_with("classic/")),
        "{before:?}"
    );
    let html = r
        .render_person(&site(), &page(), &person(ADA, Privacy::default()))
        .unwrap();
    assert_eq!(
        html,
        render_with(d.path(), "classic", &person(ADA, Privacy::default())).unwrap()
    );
    assert_eq!(compiled_names(&r), before);
}

#[test]
fn every_built_in_template_compiles() {
    let d = tempfile::tempdir().unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    for theme in themes.names() {
        let files = themes.themes.templates(&theme).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        let mut tera = Tera::default();
        compile::add(&mut tera, &files, &names, Lang::from_tag("en"))
            .unwrap_or_else(|e| panic!("{theme}: {e}"));
    }
}

#[test]
fn a_template_that_tries_names_compiles_the_theme_at_once() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("templates")).unwrap();
    std::fs::write(
        d.path().join("templates/person.html"),
        "{% include [\"partials/nope.html\", \"partials/work.html\"] %}",
    )
    .unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    let r = themes.renderer("classic", "en").unwrap();
    assert!(compiled_names(&r).iter().any(|n| n == "partials/work.html"));
}

#[test]
fn parse_error_names_template_and_line() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("templates/partials")).unwrap();
    std::fs::write(
        d.path().join("templates/partials/work.html"),
        "<p>\n<p>\n{{ person.name | }}\n",
    )
    .unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    let e = themes.renderer("classic", "en").err().unwrap();
    let msg = e.to_string();
    assert!(msg.contains("templates/partials/work.html"), "{msg}");
    assert!(msg.contains("line 3"), "{msg}");
}

#[test]
fn render_error_names_template_line_and_real_message() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("templates/partials")).unwrap();
    std::fs::write(
        d.path().join("templates/partials/skills.html"),
        "<section>\n<h2>S</h2>\n{{ person.name | nosuchfilter }}\n</section>\n",
    )
    .unwrap();
    let e = render_with(d.path(), "classic", &person(ADA, Privacy::default())).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("templates/partials/skills.html"), "{msg}");
    assert!(msg.contains("line 3"), "{msg}");
    assert!(msg.contains("nosuchfilter"), "{msg}");
}

#[test]
fn missing_theme_lists_available_names() {
    let d = tempfile::tempdir().unwrap();
    let themes = ThemeSet::load(d.path()).unwrap();
    let e = themes.renderer("acadmic", "en").err().unwrap();
    assert_eq!(e.to_string(), "theme `acadmic` not found");
    assert_eq!(
        e.hint().unwrap(),
        "did you mean `academic`? available: academic, classic, modern"
    );
}

#[test]
fn privacy_keeps_hidden_details_out_of_the_web_page() {
    let d = tempfile::tempdir().unwrap();
    let json = r#"{"basics":{"name":"Ada","email":"ada@example.test","phone":"+47 555 01 000"}}"#;
    let mut privacy = Privacy::default();
    privacy.web.phone = false;
    privacy.print.email = false;
    for theme in ["classic", "modern", "academic"] {
        let html = render_with(d.path(), theme, &person(json, privacy.clone())).unwrap();
        let phone_at = html.find("+47 555 01 000").expect("phone is printed");
        let before = &html[..phone_at];
        let li = before.rfind("<li").unwrap();
        assert!(
            before[li..].contains("print-only")
                || before.rfind("print-only") > before.rfind("screen-only"),
            "{theme}: the phone is inside a print-only element"
        );
        let email_at = html.find("ada@example.test").expect("email on the web");
        let li = html[..email_at].rfind("<li").unwrap();
        assert!(
            html[li..email_at].contains("screen-only")
                || !html[li..email_at].contains("print-only"),
            "{theme}"
        );
    }
}

#[test]
fn obfuscated_email_is_not_in_the_source() {
    let d = tempfile::tempdir().unwrap();
    let json = r#"{"basics":{"name":"Ada","email":"ada@example.test"}}"#;
    let privacy = Privacy {
        obfuscate_email: true,
        ..Privacy::default()
    };
    for theme in ["classic", "modern", "academic"] {
        let html = render_with(d.path(), theme, &person(json, privacy.clone())).unwrap();
        assert!(!html.contains("ada@example.test"), "{theme}");
        assert!(!html.contains("mailto:"), "{theme}");
        assert!(html.contains("email-obfuscated"), "{theme}");
    }
}

#[test]
fn fingerprint_follows_a_site_themes_files_and_built_in_ones_by_name_when_the_program_is_known() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("themes/mine");
    std::fs::create_dir_all(dir.join("static")).unwrap();
    std::fs::write(dir.join("theme.yaml"), "extends: classic\n").unwrap();
    let print = |known: bool| {
        let mut all = Vec::new();
        ThemeSet::load(d.path())
            .unwrap()
            .fingerprint(known, &mut |b| all.extend_from_slice(b));
        all
    };
    std::fs::write(dir.join("static/extra.css"), "a { color: red }").unwrap();
    let (red, red_all) = (print(true), print(false));
    std::fs::write(dir.join("static/extra.css"), "a { color: blue }").unwrap();
    assert_ne!(red, print(true), "a site theme's file is fed whole");
    assert_eq!(print(true), print(true));
    // Built-in files are fed whole only when the program's identity is unknown.
    assert!(red.len() + 10_000 < red_all.len());
}
