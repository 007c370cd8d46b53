//! The example site's overrides (`content/*/overrides.yaml`), built end to end and
//! checked for their effect. Amara's source is JSON Resume and used as it is; the two
//! text-sourced people are given hand-built parses (`tests/fixtures/parsed/`, what a
//! careful reader gets out of their `resume.txt`/`resume.md`), so these tests hold the
//! merge to the example overrides whatever state the text parser is in.

mod common;

use std::path::Path;

use common::{stderr, TempSite};
use vitae::merge::Overrides;
use vitae::site::{Paper, Privacy};
use vitae::Resume;

fn repo(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The example site with hand-built parses in place of the text sources; built.
/// The people's `theme:` lines are left out (checked in `example_settings`), so the
/// build needs only the built-in default theme.
fn built_example() -> TempSite {
    let site = TempSite::empty();
    site.write("site.yaml", &repo("site.yaml"));
    for slug in ["amara-chen", "marisol-okafor", "tobias-lindqvist"] {
        let overrides = format!("content/{slug}/overrides.yaml");
        let text: String = repo(&overrides)
            .lines()
            .filter(|l| !l.starts_with("theme:"))
            .map(|l| format!("{l}\n"))
            .collect();
        site.write(&overrides, &text);
    }
    site.write(
        "content/amara-chen/resume.json",
        &repo("content/amara-chen/resume.json"),
    );
    for slug in ["marisol-okafor", "tobias-lindqvist"] {
        site.write(
            &format!("content/{slug}/resume.json"),
            &repo(&format!("tests/fixtures/parsed/{slug}.json")),
        );
    }
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

fn published(site: &TempSite, slug: &str) -> Resume {
    serde_json::from_str(&site.read(&format!("public/{slug}/resume.json"))).unwrap()
}

#[test]
fn example_overrides_take_effect() {
    let site = built_example();

    let m = published(&site, "marisol-okafor");
    let b = &m.basics;
    assert_eq!(b.label.as_deref(), Some("Senior Data Engineer"));
    assert!(b
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Data engineer who turns"));
    let loc = b.location.as_ref().unwrap();
    assert_eq!(
        loc.country_code.as_deref(),
        Some("PT"),
        "map merged key by key"
    );
    assert_eq!(loc.city.as_deref(), Some("Lisbon"));
    assert_eq!(b.phone, None, "null removes");
    let roles: Vec<_> = m
        .work
        .iter()
        .map(|w| (w.name.as_deref().unwrap(), w.position.as_deref().unwrap()))
        .collect();
    assert_eq!(
        roles,
        [
            ("Northwind Analytics Ltd", "Senior Data Engineer"),
            ("Northwind Analytics Ltd", "Data Engineer"),
            ("Harbour Coding Club", "Volunteer Mentor"),
        ],
        "Bluefin hidden, Harbour added"
    );
    assert_eq!(
        m.work[1].highlights[1],
        "Automated data-quality checks that caught 95% of upstream schema changes."
    );
    assert!(m.work[0].highlights[0].starts_with("Designed the streaming"));
    assert_eq!(m.projects[0].name.as_deref(), Some("Tidewater CDC"));
    assert_eq!(
        m.projects[0].url.as_deref(),
        Some("https://example.org/tidewater")
    );
    assert_eq!(m.projects[0].keywords, ["Rust", "PostgreSQL", "Debezium"]);
    let page = site.read("public/marisol-okafor/index.html");
    assert!(!page.contains("Bluefin"), "hidden entry is off the page");

    let t = published(&site, "tobias-lindqvist");
    let p = &t.basics.profiles;
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].username.as_deref(), Some("tobias-lindqvist-example"));
    assert_eq!(p[1].network.as_deref(), Some("Dribbble"));
    assert_eq!(t.education[1].area.as_deref(), Some("Industrial Design"));
    assert_eq!(t.skills[0].level.as_deref(), Some("Expert"));
    let langs: Vec<_> = t
        .languages
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l.language.as_deref().unwrap(),
                l.fluency.as_deref().unwrap()
            )
        })
        .collect();
    assert_eq!(
        langs,
        ["Swedish Native", "English Fluent", "German Conversational"]
    );

    let a = published(&site, "amara-chen");
    assert_eq!(
        a.basics.label.as_deref(),
        Some("Research Fellow in Computational Ecology")
    );
    assert!(a.work[1].summary.as_deref().unwrap().contains("Co-taught"));
    assert!(a.work[0].summary.is_none(), "the other role is untouched");
    assert!(a.publications[1].summary.is_some());
}

#[test]
fn example_settings() {
    let settings = |slug: &str| {
        let path = format!("content/{slug}/overrides.yaml");
        Overrides::parse(Path::new(&path), &repo(&path))
            .unwrap_or_else(|e| panic!("{e}"))
            .settings
    };
    let a = settings("amara-chen");
    assert_eq!(a.theme.as_deref(), Some("academic"));
    assert_eq!(a.order.unwrap()[0], "publications");
    let m = settings("marisol-okafor");
    let site = Privacy::default();
    let p = m.privacy_over(&site);
    assert!(p.print.email && !p.print.phone && !p.print.address && p.web.phone);
    let t = settings("tobias-lindqvist");
    assert_eq!(t.theme.as_deref(), Some("modern"));
    assert_eq!(t.paper, Some(Paper::Letter));
    let p = t.privacy_over(&site);
    assert!(!p.web.phone && p.web.email && p.obfuscate_email);
}
