//! What a site's files may hold, end to end through the binary: a person's SVG that
//! could run script is refused with the file, line and what was found.

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
