//! What the person hides stays out of everything published, whatever a template
//! prints: built with the real binary over fictional sites. Also `vitae show` (the
//! published résumé of one person) and education honors given as one string.

mod common;

use common::{stderr, TempSite};
use serde_json::Value;

const PHONE: &str = "+47 555 01 234";
const EMAIL: &str = "wren.private@example.test";
const STREET: &str = "7 Quiet Lane";
const POSTCODE: &str = "0999";

/// A one-person site whose résumé has every contact detail, and a site template that
/// prints the résumé's contact fields and the whole `person.resume` straight out,
/// bypassing the theme's privacy-aware contact list.
fn site_printing_raw_basics(site_yaml: &str) -> TempSite {
    let site = TempSite::empty();
    site.write("site.yaml", site_yaml);
    site.write(
        "content/wren/resume.json",
        &format!(
            r#"{{"basics":{{"name":"Wren Fixture","email":"{EMAIL}","phone":"{PHONE}",
                "location":{{"address":"{STREET}","postalCode":"{POSTCODE}","city":"Bergen"}}}},
               "work":[{{"name":"Acme Widgets","position":"Engineer","startDate":"2020-01"}}]}}"#
        ),
    );
    site.write(
        "templates/partials/basics.html",
        "<p id=\"raw\">{{ person.resume.basics.phone }}|{{ person.resume.basics.email }}|\
         {{ person.resume.basics.location.address }}|{{ person.resume.basics.location.postalCode }}</p>\n\
         <pre id=\"all\">{{ person.resume | json_encode() }}</pre>\n",
    );
    site
}

fn build(site: &TempSite) {
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_template_cannot_print_what_the_web_hides() {
    // Hidden on the web, shown in print: the page's data must not have it at all.
    let site = site_printing_raw_basics(
        "title: T\nprivacy:\n  web: {email: false, phone: false, address: false}\n  print: {email: true, phone: true, address: true}\n",
    );
    build(&site);
    let html = site.read("public/wren/index.html");
    assert!(html.contains("id=\"raw\""), "the override is used");
    assert!(html.contains("Bergen"), "what the web shows is there");
    let json = site.read("public/wren/resume.json");
    for hidden in [PHONE, EMAIL, STREET, POSTCODE] {
        assert!(!html.contains(hidden), "{hidden} in the page");
        assert!(!json.contains(hidden), "{hidden} in resume.json");
    }

    // The same template with nothing hidden prints them: the check above can fail.
    let open = site_printing_raw_basics("title: T\n");
    build(&open);
    let html = open.read("public/wren/index.html");
    for shown in [PHONE, EMAIL, STREET, POSTCODE] {
        assert!(html.contains(shown), "{shown} printed when not hidden");
    }
}

#[test]
fn a_person_hiding_their_phone_hides_it_from_every_template() {
    // The person's own setting (over a site that shows everything) counts the same.
    let site = site_printing_raw_basics("title: T\n");
    site.write(
        "content/wren/overrides.yaml",
        "privacy:\n  web: {phone: false}\n",
    );
    build(&site);
    let html = site.read("public/wren/index.html");
    assert!(!html.contains(PHONE));
    assert!(html.contains(EMAIL), "the e-mail is not hidden");
    assert!(!site.read("public/wren/resume.json").contains(PHONE));
}

/// A site whose person keeps private notes in `meta` and `x-` keys, at several depths.
fn site_with_notes(overrides_extra: &str) -> TempSite {
    let site = site_printing_raw_basics("title: T\n");
    site.write(
        "content/wren/overrides.yaml",
        &format!(
            "x-private-note: salary expectation\nmeta:\n  version: v7-internal\n  recruiter: call back friday\n\
             basics:\n  x-pronunciation-note: rhymes with ten\n\
             work:\n  - name: Acme Widgets\n    x-why-left: reorganisation\n{overrides_extra}"
        ),
    );
    site
}

const NOTES: [&str; 5] = [
    "salary expectation",
    "v7-internal",
    "call back friday",
    "rhymes with ten",
    "reorganisation",
];

#[test]
fn meta_and_own_keys_are_not_published_by_default() {
    let site = site_with_notes("");
    build(&site);
    let html = site.read("public/wren/index.html");
    let json = site.read("public/wren/resume.json");
    assert!(
        html.contains("Acme Widgets"),
        "the entry itself is published"
    );
    for note in NOTES {
        assert!(!json.contains(note), "{note} in resume.json");
        assert!(!html.contains(note), "{note} in the page");
    }
    let shown = site.vitae(&["show", "wren"]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let shown = String::from_utf8_lossy(&shown.stdout);
    for note in NOTES {
        assert!(!shown.contains(note), "{note} in `vitae show`");
    }
}

#[test]
fn a_person_can_publish_meta_and_own_keys() {
    let site = site_with_notes("privacy:\n  publish: {meta: true, extensions: true}\n");
    build(&site);
    let json: Value = serde_json::from_str(&site.read("public/wren/resume.json")).unwrap();
    assert_eq!(json["x-private-note"], "salary expectation");
    assert_eq!(json["meta"]["version"], "v7-internal");
    assert_eq!(json["meta"]["recruiter"], "call back friday");
    assert_eq!(json["basics"]["x-pronunciation-note"], "rhymes with ten");
    assert_eq!(json["work"][0]["x-why-left"], "reorganisation");

    // Only `meta`: the `x-` keys stay private.
    let site = site_with_notes("privacy:\n  publish: {meta: true}\n");
    build(&site);
    let json = site.read("public/wren/resume.json");
    assert!(json.contains("v7-internal") && !json.contains("salary expectation"));
}

#[test]
fn a_site_can_publish_own_keys_for_everyone() {
    let site = site_with_notes("");
    site.write(
        "site.yaml",
        "title: T\nprivacy:\n  publish: {extensions: true}\n",
    );
    build(&site);
    let json = site.read("public/wren/resume.json");
    assert!(json.contains("salary expectation") && !json.contains("v7-internal"));
}

#[test]
fn publish_keys_are_checked_with_a_suggestion() {
    let site = site_with_notes("privacy:\n  publish: {extension: true}\n");
    let out = site.vitae(&["build"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("unknown key `extension`"), "{err}");
    assert!(err.contains("did you mean `extensions`?"), "{err}");
    assert!(err.contains("overrides.yaml:"), "{err}");

    let site = site_with_notes("");
    site.write("site.yaml", "privacy:\n  publsh: {meta: true}\n");
    let out = site.vitae(&["check"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("did you mean `publish`?"), "{err}");
}

#[test]
fn show_prints_what_resume_json_publishes() {
    let site = site_printing_raw_basics("title: T\n");
    site.write(
        "content/wren/overrides.yaml",
        "basics:\n  label: Widget Engineer\nx-note: mine\nprivacy:\n  web: {phone: false}\n",
    );
    build(&site);
    let published = site.read("public/wren/resume.json");
    let out = site.vitae(&["show", "wren"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        shown.trim_end(),
        published.trim_end(),
        "the same JSON, byte for byte"
    );
    let v: Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["basics"]["label"], "Widget Engineer", "overrides merged");
    assert!(v["basics"].get("phone").is_none(), "privacy applied");
    assert!(v.get("x-note").is_none(), "own keys private");

    let out = site.vitae(&["show", "wren", "--format", "yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml: Value = serde_yaml::from_slice(&out.stdout).unwrap();
    assert_eq!(yaml, v, "YAML says the same");
}

#[test]
fn show_of_an_unknown_person_names_the_people() {
    let site = TempSite::two_people();
    let out = site.vitae(&["show", "ines-fixture"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no person `ines-fixture`"), "{err}");
    assert!(err.contains("did you mean `ines`?"), "{err}");
    assert!(err.contains("people: ines, juno"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn honors_written_as_one_string_are_a_list_and_shown() {
    let site = TempSite::empty();
    site.write(
        "content/wren/resume.json",
        r#"{"basics":{"name":"Wren Fixture"},
           "education":[{"institution":"Northfield College","studyType":"BSc","area":"Physics","honors":"First Class"},
                        {"institution":"Southgate Academy","studyType":"MSc","area":"Optics"}]}"#,
    );
    site.write(
        "content/wren/overrides.yaml",
        "education:\n  - institution: Southgate Academy\n    honors: With Distinction\n    location: Leeds, UK\n",
    );
    build(&site);
    let json: Value = serde_json::from_str(&site.read("public/wren/resume.json")).unwrap();
    assert_eq!(
        json["education"][0]["honors"],
        serde_json::json!(["First Class"])
    );
    assert_eq!(
        json["education"][1]["honors"],
        serde_json::json!(["With Distinction"])
    );
    let html = site.read("public/wren/index.html");
    for shown in ["First Class", "With Distinction", "Leeds, UK"] {
        assert!(html.contains(shown), "{shown} on the page");
    }
}
