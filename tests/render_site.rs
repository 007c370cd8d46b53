//! Rendering through whole builds: hostile résumé content never reaches a page as
//! markup, the site's language reaches dates and headings, privacy and obfuscation
//! hold in the written files, the pages carry their metadata, and a missing name stays
//! off the printed page.

mod common;

use std::path::Path;

use common::{stderr, TempSite};

/// A fictional person whose every field tries to inject markup or script.
const HOSTILE: &str = r#"{
  "basics": {
    "name": "Mallory </script><script>alert('name')</script>",
    "label": "<img src=x onerror=alert('label')>",
    "email": "mallory@example.test",
    "url": "javascript:alert('url')",
    "summary": "Hi [click](javascript:alert('md')) <script>alert('summary')</script> <a href=\"data:text/html,x\" onclick=\"alert(1)\">x</a>",
    "profiles": [
      {"network": "Evil", "username": "m", "url": "javascript:alert('profile')"},
      {"network": "Vb", "url": " VBScript:msgbox(1)"},
      {"network": "Tab", "url": "java\tscript:alert('tab')"}
    ]
  },
  "work": [{
    "name": "\"><svg onload=alert('org')>",
    "position": "Engineer <style>body{display:none}</style>",
    "url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "startDate": "<b>2020</b>",
    "highlights": ["\"><img src=x onerror=alert('highlight')>", "[x](JaVaScRiPt:alert('h2'))"]
  }],
  "publications": [{"name": "P", "url": "javascript:alert('pub')", "summary": "<iframe src=x></iframe>"}],
  "references": [{"name": "R", "reference": "<object data=x></object> ok"}]
}"#;

fn html_files(out: &Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            (
                e.path().display().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn hostile_input_never_survives_in_any_page() {
    let tag =
        regex::Regex::new(r"(?i)<\s*(script|img|svg|iframe|object|style|embed)\b[^>]*>").unwrap();
    let event = regex::Regex::new(r#"(?i)<[^>]*\son[a-z]+\s*="#).unwrap();
    let url_attr =
        regex::Regex::new(r#"(?i)\b(?:href|src|content|action|formaction)\s*=\s*"([^"]*)""#)
            .unwrap();
    for theme in ["classic", "modern", "academic"] {
        let site = TempSite::empty();
        site.write(
            "site.yaml",
            &format!("title: T\ntheme: {theme}\nbase_url: https://example.test/\n"),
        );
        site.write("content/mallory/resume.json", HOSTILE);
        site.write(
            "content/other/resume.json",
            r#"{"basics":{"name":"Other <b>Person</b>","label":"<script>x</script>"}}"#,
        );
        let out = site.vitae(&["build"]);
        assert!(out.status.success(), "{theme}: {}", stderr(&out));

        let files = html_files(&site.path("public"));
        assert!(files.len() >= 4, "{theme}: pages written");
        for (path, html) in &files {
            for m in tag.find_iter(html) {
                // The theme's own: the JSON-LD block and the paper size.
                let ours = m.as_str() == "<script type=\"application/ld+json\">"
                    || (m.as_str() == "<style>" && html[m.end()..].starts_with("@page { size:"));
                assert!(ours, "{theme} {path}: markup survived: {}", m.as_str());
            }
            assert!(
                !event.is_match(html),
                "{theme} {path}: event attribute survived"
            );
            for cap in url_attr.captures_iter(html) {
                let v = cap[1].to_lowercase().replace(['\t', '\n', ' '], "");
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(
                        !v.starts_with(scheme),
                        "{theme} {path}: {scheme} URL survived: {}",
                        &cap[1]
                    );
                }
            }
            // The JSON-LD block holds the name, but cannot end its <script> early.
            if let Some(start) = html.find("<script type=\"application/ld+json\">") {
                let body = &html[start + 35..];
                let end = body.find("</script>").unwrap();
                assert!(
                    !body[..end].contains('<'),
                    "{theme} {path}: `<` inside JSON-LD"
                );
                let v: serde_json::Value = serde_json::from_str(&body[..end]).unwrap();
                assert_eq!(v["@type"], "Person");
            }
        }
        let page = site.read("public/mallory/index.html");
        assert!(
            page.contains("Mallory &lt;/script&gt;"),
            "{theme}: the name is shown as text"
        );
        assert!(
            page.contains("&lt;img src=x onerror=alert("),
            "{theme}: the highlight is shown as text"
        );
    }
}

#[test]
fn site_language_reaches_dates_and_headings() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: T\nlanguage: de\n");
    site.write(
        "content/ada/resume.json",
        r#"{"basics":{"name":"Ada"},"work":[{"name":"Acme","position":"Dev","startDate":"2022-05"}],
            "education":[{"institution":"Uni","studyType":"MSc","endDate":"2019-03"}]}"#,
    );
    assert!(site.vitae(&["build"]).status.success());
    let html = site.read("public/index.html");
    assert!(html.contains("<html lang=\"de\">"));
    assert!(html.contains("Berufserfahrung") && html.contains("Ausbildung"));
    assert!(html.contains("Mai 2022") && html.contains("heute") && html.contains("März 2019"));
}

#[test]
fn a_missing_name_is_a_placeholder_on_screen_only() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: T\n");
    site.write(
        "content/anon/resume.json",
        r#"{"basics":{"label":"Harbour Surveyor","name":"  "}}"#,
    );
    site.write(
        "content/ada/resume.json",
        r#"{"basics":{"name":"Ada Tide"}}"#,
    );
    assert!(site.vitae(&["build"]).status.success());
    // Printed, the placeholder would be read back as the person's name.
    assert!(site
        .read("public/anon/index.html")
        .contains("<h1 class=\"name screen-only\">"));
    assert!(site
        .read("public/ada/index.html")
        .contains("<h1 class=\"name\">Ada Tide</h1>"));
}

#[test]
fn person_page_metadata() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/resume.json",
        r#"{"basics":{"name":"Inès Fixture","label":"Engineer","summary":"Builds **widgets**.",
            "profiles":[{"network":"GitHub","url":"https://github.com/ines-fixture"}]}}"#,
    );
    site.write("content/ines/photo.png", "not really a png");
    assert!(site.vitae(&["build"]).status.success());
    let html = site.read("public/ines/index.html");
    for needle in [
        "<meta name=\"description\" content=\"Builds widgets.\">",
        "<meta property=\"og:title\" content=\"Inès Fixture\">",
        "<meta property=\"og:url\" content=\"https://example.test/ines/\">",
        "<meta property=\"og:image\" content=\"https://example.test/ines/photo.png\">",
        "<link rel=\"canonical\" href=\"https://example.test/ines/\">",
        "<img class=\"photo\" src=\"photo.png\"",
        "href=\"resume.json\"",
        "\"sameAs\":[\"https://github.com/ines-fixture\"]",
        "href=\"../themes/classic/vitae.css\"",
        "@page { size: A4; }",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    let index = site.read("public/index.html");
    assert!(
        index.contains("Inès Fixture") && index.contains("Engineer"),
        "index lists name and label"
    );
    assert!(site
        .path("public/themes/classic/fonts/inter-latin-400-normal.woff2")
        .is_file());

    // Without a base_url there is no canonical URL at all.
    site.write("site.yaml", "title: Fixture Team\n");
    assert!(site.vitae(&["build"]).status.success());
    let html = site.read("public/ines/index.html");
    assert!(!html.contains("rel=\"canonical\"") && !html.contains("og:url"));
}

#[test]
fn privacy_settings_hold_in_the_written_page() {
    let site = TempSite::empty();
    site.write(
        "site.yaml",
        "title: T\nprivacy:\n  web: {email: true, phone: false, address: false}\n  print: {email: false, phone: true, address: true}\n  obfuscate_email: true\n",
    );
    site.write(
        "content/ada/resume.json",
        r#"{"basics":{"name":"Ada","email":"ada.private@example.test","phone":"+47 555 01 234",
            "location":{"address":"1 Hidden Road","city":"Oslo"}}}"#,
    );
    assert!(site.vitae(&["build"]).status.success());
    let html = site.read("public/ada/index.html");
    assert!(
        !html.contains("ada.private@example.test") && !html.contains("mailto:"),
        "obfuscated"
    );
    assert!(html.contains("email-obfuscated"));
    for detail in ["+47 555 01 234", "1 Hidden Road"] {
        let at = html
            .find(detail)
            .unwrap_or_else(|| panic!("{detail} is printed"));
        let li = html[..at].rfind("<li").unwrap();
        assert!(
            html[li..at].contains("print-only"),
            "{detail} only in a print-only element"
        );
    }
    let email = html.find("email-obfuscated").unwrap();
    let li = html[..email].rfind("<li").unwrap();
    assert!(
        html[li..email].contains("screen-only"),
        "an e-mail hidden in print is screen-only"
    );
    let json = site.read("public/ada/resume.json");
    assert!(
        !json.contains("ada.private@example.test")
            && !json.contains("+47")
            && !json.contains("Hidden Road")
    );
}

/// The stylesheet `<link>`s of a page, in order.
fn stylesheet_links(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"<link rel="stylesheet" href="([^"]+)">"#).unwrap();
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn a_child_theme_css_loads_after_its_parents_unless_it_replaces_it() {
    let site = TempSite::two_people();
    site.write("site.yaml", "title: Themed\ntheme: mine\n");
    site.write(
        "themes/mine/theme.yaml",
        "description: Mine\nextends: classic\n",
    );
    site.write(
        "themes/mine/static/theme.css",
        ".masthead { color: rebeccapurple; }\n",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = site.read("public/ines/index.html");
    assert_eq!(
        stylesheet_links(&page),
        [
            "../themes/mine/vitae.css",
            "../themes/mine/theme-classic.css",
            "../themes/mine/theme.css"
        ]
    );
    let classic = site.read("public/themes/mine/theme-classic.css");
    assert!(
        classic.contains(".masthead"),
        "classic's own CSS: {classic}"
    );
    assert!(site
        .read("public/themes/mine/theme.css")
        .contains("rebeccapurple"));

    site.write(
        "themes/mine/theme.yaml",
        "description: Mine\nextends: classic\nreplace_css: true\n",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = site.read("public/ines/index.html");
    assert_eq!(
        stylesheet_links(&page),
        ["../themes/mine/vitae.css", "../themes/mine/theme.css"]
    );
    assert!(!site.path("public/themes/mine/theme-classic.css").exists());
}
