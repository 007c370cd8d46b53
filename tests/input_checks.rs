//! What a site's files may hold, end to end through the binary: a person's SVG that
//! could run script is refused with the file, line and what was found; the keys of a
//! `resume.json`/`resume.yaml` are checked like overrides'; and every problem of a
//! site (site.yaml, each overrides file's every unknown key, each source) is reported
//! at once.

mod common;

use common::{stderr, TempSite};

#[test]
fn svgs_that_could_run_script_are_refused_where_they_are() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/photo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <circle r=\"4\"/>\n  <script>fetch('/steal')</script>\n</svg>\n",
    );
    site.write(
        "content/juno/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;avascript:alert(1)\"><rect/></a></svg>",
    );
    site.write(
        "content/juno/badge.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
    );
    let plain = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\" fill=\"teal\"/></svg>";

    for command in [&["build"][..], &["check"]] {
        let out = site.vitae(command);
        let log = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {log}");
        for (place, what) in [
            ("content/ines/photo.svg:3:3: ", "`<script`"),
            ("content/juno/logo.svg:1:", "a `javascript:` address"),
            ("content/juno/badge.svg:1:", "the event attribute `onload=`"),
        ] {
            let line = log
                .lines()
                .find(|l| l.contains(place))
                .unwrap_or_else(|| panic!("{command:?}: nothing about {place}:\n{log}"));
            assert!(line.contains(what), "{line}");
            assert!(line.contains("could run script"), "{line}");
        }
        assert!(log.contains("hint: remove it from the image"), "{log}");
    }
    assert!(!site.path("public").exists(), "nothing was published");

    for f in [
        "content/ines/photo.svg",
        "content/juno/logo.svg",
        "content/juno/badge.svg",
    ] {
        site.write(f, plain);
    }
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        site.read("public/ines/photo.svg"),
        plain,
        "plain SVGs are copied as they are"
    );
}

/// The `error:` line of `log` that mentions `needle`.
fn error_line<'a>(log: &'a str, needle: &str) -> &'a str {
    log.lines()
        .find(|l| l.starts_with("error: ") && l.contains(needle))
        .unwrap_or_else(|| panic!("no error mentions {needle}:\n{log}"))
}

#[test]
fn resume_sources_have_their_keys_checked_like_overrides() {
    let site = TempSite::two_people();
    site.write(
        "content/ines/resume.json",
        "{\n  \"basics\": {\"nmae\": \"Inès Fixture\"},\n  \"wrok\": [{\"name\": \"Acme\"}],\n  \"talks\": [{\"name\": \"On widgets\", \"event\": \"WidgetConf\"}],\n  \"x-notes\": \"mine\",\n  \"meta\": {\"anything\": 1}\n}\n",
    );
    site.write(
        "content/vera/resume.yaml",
        "basics:\n  name: Vera Fixture\neducation:\n  - institution: Uni\n    honors: Cum laude\n    studytype: BSc\n",
    );
    for command in [&["build"][..], &["check"]] {
        let out = site.vitae(command);
        let log = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {log}");
        for (place, key, hint) in [
            (
                "content/ines/resume.json:2:14: ",
                "`nmae`",
                "did you mean `name`?",
            ),
            (
                "content/ines/resume.json:3:3: ",
                "`wrok`",
                "did you mean `work`?",
            ),
            (
                "content/vera/resume.yaml:6:5: ",
                "`studytype`",
                "did you mean `studyType`?",
            ),
        ] {
            let line = error_line(&log, key);
            assert!(line.contains(place), "{line}");
            let next = log.lines().skip_while(|l| *l != line).nth(1).unwrap_or("");
            assert!(next.contains(hint), "{next}");
        }
        assert!(
            !log.contains("talks"),
            "the academic lists are valid: {log}"
        );
        assert!(
            !log.contains("x-notes") && !log.contains("anything"),
            "{log}"
        );
    }
    assert!(!site.path("public").exists());
}

#[test]
fn every_problem_is_reported_at_once() {
    let site = TempSite::two_people();
    site.write(
        "site.yaml",
        "title: Fixture Team\nthem: modern\nlangauge: de\n",
    );
    site.write(
        "content/ines/overrides.yaml",
        "basics:\n  lable: Engineer\n  emial: x@example.test\nwrok: []\n",
    );
    site.write(
        "content/vera/resume.json",
        "{\"basics\": {\"nmae\": \"Vera\"}}",
    );
    for command in [&["check"][..], &["build"]] {
        let out = site.vitae(command);
        let log = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {log}");
        assert!(error_line(&log, "`them`").contains("site.yaml:2:1: "));
        assert!(error_line(&log, "`langauge`").contains("site.yaml:3:1: "));
        assert!(error_line(&log, "`lable`").contains("content/ines/overrides.yaml:2:3: "));
        assert!(error_line(&log, "`emial`").contains("content/ines/overrides.yaml:3:3: "));
        assert!(error_line(&log, "`wrok`").contains("content/ines/overrides.yaml:4:1: "));
        assert!(error_line(&log, "`nmae`").contains("content/vera/resume.json:1:"));
        assert!(log.contains("error: 6 problems"), "{log}");
    }
}

#[test]
fn check_drops_parser_warnings_the_overrides_settled() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: Fixture Team\n");
    site.write(
        "content/kai/resume.md",
        "kai@example.test\n\n## Experience\n\n### Lantern Labs — Engineer\n\n- Built lanterns.\n\n### Harbour Co — Analyst\n2015 – 2017\n\n### Quay Works — Intern\n\n- Filed things.\n\n### Pier Ltd — Clerk\n\n- Counted boats.\n",
    );
    let warnings = |site: &TempSite| {
        let out = site.vitae(&["check"]);
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
            .lines()
            .filter(|l| l.starts_with("warning: "))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let before = warnings(&site);
    assert!(
        before.iter().any(|w| w.contains("no name found")),
        "{before:?}"
    );
    for line in [":5: ", ":12: ", ":16: "] {
        assert!(
            before
                .iter()
                .any(|w| w.contains(line) && w.contains("without dates")),
            "{line} {before:?}"
        );
    }

    // The name given, one entry dated, one hidden: those warnings go; the other stays.
    site.write(
        "content/kai/overrides.yaml",
        "basics:\n  name: Kai Fixture\nwork:\n  - name: Lantern Labs\n    startDate: 2019-03\n  - name: Pier Ltd\n    hidden: true\n",
    );
    let after = warnings(&site);
    assert!(
        !after.iter().any(|w| w.contains("no name found")),
        "{after:?}"
    );
    assert!(!after.iter().any(|w| w.contains(":5: ")), "{after:?}");
    assert!(!after.iter().any(|w| w.contains(":16: ")), "{after:?}");
    assert!(
        after
            .iter()
            .any(|w| w.contains(":12: ") && w.contains("without dates")),
        "Quay Works is still undated: {after:?}"
    );
}

#[test]
fn control_characters_from_json_and_yaml_escapes_never_reach_the_output() {
    let site = TempSite::empty();
    site.write("site.yaml", "title: \"Fixture\\0 Team\\x07\"\n");
    site.write(
        "content/nul/resume.json",
        r#"{"basics":{"name":"Nul\u0000Person\u0007","label":"Tab\there\u001b[31m"},"work":[{"name":"Acme\u0000","position":"Dev\u0085","highlights":["line\u0000one\nline two"]}],"x-note\u0001":"private"}"#,
    );
    site.write(
        "content/nul/overrides.yaml",
        "basics:\n  summary: \"sum\\0mary\\x01\\u0080\"\n",
    );
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut files = 0;
    for e in walkdir::WalkDir::new(site.path("public")) {
        let e = e.unwrap();
        if !e.file_type().is_file() || e.path().extension().is_some_and(|x| x == "woff2") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned();
        let bad: Vec<char> = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        assert!(bad.is_empty(), "{}: {bad:?}", e.path().display());
        files += 1;
    }
    assert!(files >= 4);
    let page = site.read("public/index.html");
    assert!(page.contains("NulPerson"), "the text around them stays");
    assert!(
        page.contains("summary"),
        "overrides are cleaned too: {page}"
    );
    let json = site.read("public/nul/resume.json");
    assert!(json.contains("\"NulPerson\""), "{json}");
    assert!(json.contains("Tab\\there"), "tabs stay: {json}");
    let title = regex::Regex::new("<title>([^<]*)</title>").unwrap();
    assert!(title.captures(&page).unwrap()[1].contains("NulPerson"));
}
