//! The merge rules, end to end: an overrides file (YAML text) over a JSON Resume
//! fixture, through the public `Overrides::parse` + `apply`.

use std::path::Path;

use super::*;
use crate::model::Paper;

mod errors;

/// A fictional person with two roles at one employer and debris-like spacing.
const RESUME: &str = r#"{
  "basics": {"name": "Inès Fixture", "email": "ines@example.test", "phone": "+47 555 0100",
             "location": {"city": "Oslo", "countryCode": "NO"},
             "profiles": [{"network": "GitHub", "username": "ines"},
                          {"network": "LinkedIn", "username": "ines-f"}]},
  "work": [{"name": "Acme Widgets", "position": "Engineer", "startDate": "2020-01",
            "highlights": ["Made widgets."]},
           {"name": "Acme Widgets", "position": "Intern", "startDate": "2019-06"},
           {"name": "Blue  Yonder", "position": "Analyst"}],
  "education": [{"institution": "Umeå University", "studyType": "B.A.", "area": "Design"}],
  "projects": [{"name": "Tidewater", "description": "Change data capture."}],
  "skills": [{"name": "Languages", "keywords": ["Rust", "Go"]}],
  "languages": [{"language": "English", "fluency": "Native"}, {"language": "French"}]
}"#;

fn resume() -> Resume {
    serde_json::from_str(RESUME).unwrap()
}

fn parse(yaml: &str) -> Result<Overrides> {
    Overrides::parse(Path::new("overrides.yaml"), yaml)
}

fn merged(yaml: &str) -> Resume {
    parse(yaml)
        .and_then(|o| o.apply(resume()))
        .unwrap_or_else(|e| panic!("{e}\n  hint: {:?}", e.hint()))
}

fn error(yaml: &str) -> Error {
    match parse(yaml).and_then(|o| o.apply(resume())) {
        Ok(_) => panic!("expected an error for:\n{yaml}"),
        Err(e) => e,
    }
}

/// `line:column` of an error, and its message.
fn at(e: &Error) -> (usize, usize) {
    let file = match e {
        Error::UnknownKey { file, .. }
        | Error::Invalid { file, .. }
        | Error::NoMatch { file, .. }
        | Error::Ambiguous { file, .. }
        | Error::Syntax { file, .. } => file,
        other => panic!("no location in {other:?}"),
    };
    let l = file.at.unwrap_or_else(|| panic!("no position: {e}"));
    (l.line, l.column)
}

#[test]
fn maps_merge_key_by_key() {
    let r = merged("basics:\n  label: Engineer\n  location:\n    countryCode: PT\n");
    assert_eq!(r.basics.label.as_deref(), Some("Engineer"));
    let loc = r.basics.location.unwrap();
    assert_eq!(loc.country_code.as_deref(), Some("PT"));
    assert_eq!(loc.city.as_deref(), Some("Oslo"), "untouched keys stay");
    assert_eq!(r.basics.name.as_deref(), Some("Inès Fixture"));
    assert_eq!(r.work.len(), 3, "sections not named stay as they were");
}

#[test]
fn null_or_nothing_removes_a_key() {
    let r = merged("basics:\n  phone: null\n  email:\n");
    assert_eq!(r.basics.phone, None);
    assert_eq!(r.basics.email, None);
    let r = merged("skills: ~\n");
    assert!(r.skills.is_empty());
}

#[test]
fn scalars_replace_and_numbers_become_text() {
    let r = merged(
        "work:\n  - name: Blue Yonder\n    startDate: 2019\n    endDate: 2021.10\neducation:\n  - institution: Umeå University\n    score: 3.90\n",
    );
    let blue = &r.work[2];
    assert_eq!(blue.start_date.as_deref(), Some("2019"));
    assert_eq!(
        blue.end_date.as_deref(),
        Some("2021.10"),
        "written text kept"
    );
    assert_eq!(r.education[0].score.as_deref(), Some("3.90"));
}

#[test]
fn a_list_of_strings_is_replaced() {
    let r = merged("work:\n  - name: Acme Widgets\n    position: Engineer\n    highlights: [Shipped it., Fixed it.]\n");
    assert_eq!(r.work[0].highlights, ["Shipped it.", "Fixed it."]);
}

#[test]
fn identity_ignores_case_and_spacing_but_nothing_else() {
    let r = merged("work:\n  - name: \"blue yonder \"\n    summary: Analysed things.\n");
    assert_eq!(r.work[2].summary.as_deref(), Some("Analysed things."));
    let e = error("work:\n  - name: Blue Yonda\n    summary: x\n");
    assert!(
        matches!(e, Error::NoMatch { .. }),
        "no fuzzy matching: {e:?}"
    );
    assert_eq!(
        e.hint().unwrap().split('?').next(),
        Some("did you mean `Blue  Yonder`")
    );
}

#[test]
fn two_roles_at_one_name_are_told_apart_by_position() {
    let r = merged("work:\n  - name: Acme Widgets\n    position: intern\n    endDate: 2019-09\n");
    assert_eq!(r.work[1].end_date.as_deref(), Some("2019-09"));
    assert_eq!(r.work[0].end_date, None);

    let e = error("work:\n  - name: Acme Widgets\n    summary: Which one?\n");
    let Error::Ambiguous {
        candidates,
        section,
        ..
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(section, "work");
    assert_eq!(
        candidates,
        &["Acme Widgets, Engineer", "Acme Widgets, Intern"]
    );
    assert_eq!(at(&e), (2, 5));

    let e = error("work:\n  - name: Acme Widgets\n    position: Director\n");
    let Error::NoMatch { candidates, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        candidates,
        &["Acme Widgets, Engineer", "Acme Widgets, Intern"]
    );
}

#[test]
fn the_same_entry_twice_cannot_be_told_apart() {
    let mut r = resume();
    r.skills.push(r.skills[0].clone());
    let o = parse("skills:\n  - name: languages\n    level: Expert\n").unwrap();
    let e = o.apply(r).unwrap_err();
    assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
    assert!(e.to_string().contains("use `replace: [skills]`"), "{e}");
    assert_eq!(at(&e), (2, 5));
}

#[test]
fn with_one_role_the_position_is_just_a_new_value() {
    let r = merged("work:\n  - name: Blue Yonder\n    position: Senior Analyst\n");
    assert_eq!(r.work[2].position.as_deref(), Some("Senior Analyst"));
    assert_eq!(r.work[2].name.as_deref(), Some("Blue Yonder"));
}

#[test]
fn match_finds_an_entry_the_override_renames() {
    let r = merged("projects:\n  - match: tidewater\n    name: Tidewater CDC\n    url: https://example.org/t\n");
    assert_eq!(r.projects.len(), 1);
    assert_eq!(r.projects[0].name.as_deref(), Some("Tidewater CDC"));
    assert_eq!(
        r.projects[0].description.as_deref(),
        Some("Change data capture.")
    );

    let r = merged(
        "work:\n  - match: {name: Acme Widgets, position: Intern}\n    position: Summer Intern\n",
    );
    assert_eq!(r.work[1].position.as_deref(), Some("Summer Intern"));
    assert_eq!(r.work[0].position.as_deref(), Some("Engineer"));

    let e = error("projects:\n  - match: Tidwater\n    name: Tidewater CDC\n");
    assert!(matches!(e, Error::NoMatch { .. }), "{e:?}");
    assert_eq!(at(&e), (2, 5), "points at `match`");
}

#[test]
fn new_adds_an_entry() {
    let r = merged("work:\n  - name: Harbour Coding Club\n    new: true\n    position: Mentor\n    startDate: \"2019-01\"\nawards:\n  - title: Best Poster\n    new: true\n");
    assert_eq!(r.work.len(), 4);
    assert_eq!(r.work[3].name.as_deref(), Some("Harbour Coding Club"));
    assert_eq!(r.work[3].position.as_deref(), Some("Mentor"));
    assert_eq!(r.awards[0].title.as_deref(), Some("Best Poster"));
    let json = serde_json::to_string(&r.work[3]).unwrap();
    assert!(!json.contains("new"), "directives are not data: {json}");
}

#[test]
fn hidden_removes_the_entry() {
    let r = merged("work:\n  - name: Acme Widgets\n    position: Intern\n    hidden: true\nbasics:\n  profiles:\n    - network: github\n      hidden: true\n");
    assert_eq!(r.work.len(), 2);
    assert!(r
        .work
        .iter()
        .all(|w| w.position.as_deref() != Some("Intern")));
    assert_eq!(r.basics.profiles.len(), 1);
    assert_eq!(r.basics.profiles[0].network.as_deref(), Some("LinkedIn"));
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        !json.contains("Intern") && !json.contains("hidden"),
        "{json}"
    );
}

#[test]
fn profiles_merge_by_network() {
    let r = merged("basics:\n  profiles:\n    - network: LinkedIn\n      url: https://linkedin.example/ines\n    - network: Mastodon\n      new: true\n      username: '@ines'\n");
    let p = &r.basics.profiles;
    assert_eq!(p.len(), 3);
    assert_eq!(p[1].url.as_deref(), Some("https://linkedin.example/ines"));
    assert_eq!(p[1].username.as_deref(), Some("ines-f"));
    assert_eq!(p[2].username.as_deref(), Some("@ines"));
}

#[test]
fn replace_swaps_a_whole_list() {
    let r = merged("replace: [languages, profiles]\nlanguages:\n  - language: Norwegian\n    fluency: Native\n  - language: French\n    hidden: true\nbasics:\n  profiles:\n    - network: Codeberg\n      username: ines\n");
    let langs: Vec<_> = r
        .languages
        .iter()
        .map(|l| l.language.as_deref().unwrap())
        .collect();
    assert_eq!(langs, ["Norwegian"]);
    assert_eq!(r.basics.profiles.len(), 1);

    let e = error("replace: [skills]\n");
    assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
    assert_eq!(at(&e), (1, 11));
    let e = error("replace: [languages]\nlanguages:\n  - match: English\n    fluency: Fluent\n");
    assert_eq!(at(&e), (3, 5));
    let e = error("replace: [langauges]\n");
    assert_eq!(e.hint().as_deref(), Some("did you mean `languages`?"));
}

#[test]
fn settings_theme_paper_order_privacy() {
    let o = parse("theme: modern\npaper: letter\norder: [skills, work]\nprivacy:\n  web: {phone: false}\n  obfuscate_email: true\n").unwrap();
    let s = &o.settings;
    assert_eq!(s.theme.as_deref(), Some("modern"));
    assert_eq!(s.paper, Some(Paper::Letter));
    assert_eq!(
        s.order.as_deref(),
        Some(&["skills".to_string(), "work".to_string()][..])
    );
    let site = crate::model::Privacy {
        web: crate::model::Visibility {
            email: true,
            phone: true,
            address: false,
        },
        ..Default::default()
    };
    let p = s.privacy_over(&site);
    assert!(!p.web.phone, "the person's key");
    assert!(
        !p.web.address,
        "the site's key stays where the person says nothing"
    );
    assert!(p.web.email && p.obfuscate_email && p.print.phone);
    assert_eq!(
        o.apply(resume()).unwrap(),
        resume(),
        "settings are not résumé data"
    );

    let e = error("theme: modern\norder: [work, skils]\n");
    assert!(matches!(e, Error::UnknownKey { .. }), "{e:?}");
    assert_eq!(at(&e), (2, 15));
    assert_eq!(e.hint().as_deref(), Some("did you mean `skills`?"));
    let e = error("paper: A5\n");
    assert_eq!(at(&e), (1, 8));
    assert!(e.to_string().contains("expected `A4` or `Letter`"), "{e}");
}
