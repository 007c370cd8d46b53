//! Symlinks in a site, end to end through the binary: one rule for `content/`,
//! `static/`, `templates/` and `themes/`. A link that resolves inside the site is read;
//! one that leads outside it (or is broken) is not, and `build` and `check` each say
//! so on a warning line naming the link and its target.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::{stderr, TempSite};

const SECRET: &str = "PRIVATE-ELSEWHERE-7731";

/// Every file under `dir`, read as text (lossily).
fn all_text(dir: &Path) -> String {
    let mut out = String::new();
    for e in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.file_type().is_file() {
            out.push_str(&String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()));
        }
    }
    out
}

#[test]
fn links_out_of_the_site_are_not_read_and_are_said() {
    let site = TempSite::two_people();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = |rel: &str, text: &str| {
        let p = elsewhere.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    };
    let link = |target: &Path, rel: &str| {
        let p = site.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        symlink(target, p).unwrap();
    };

    // Out of the site: a person's PDF, a static file, a template, a theme, a person.
    link(&outside("taxes.pdf", SECRET), "content/ines/cv.pdf");
    link(&outside("notes.txt", SECRET), "static/notes.txt");
    link(
        &outside("t/person.html", &format!("{SECRET} {{{{ person.name }}}}")),
        "templates/person.html",
    );
    outside(
        "theme/theme.yaml",
        &format!("description: {SECRET}\nextends: classic\n"),
    );
    link(&elsewhere.path().join("theme"), "themes/borrowed");
    outside(
        "person/resume.md",
        &format!("# {SECRET}\n\nx@example.test\n"),
    );
    link(&elsewhere.path().join("person"), "content/zed");
    link(Path::new("missing.css"), "static/broken.css");
    // Not a person's folder nor a theme: not read either way, but said all the same.
    link(&outside("stray.txt", SECRET), "content/stray.txt");
    link(Path::new("nowhere"), "themes/gone");
    // A link to the folder that holds it brings the whole site: a loop, said.
    site.write("content/ines/overrides.yaml", "x-note: PRIVATE-NOTE-5521\n");
    link(Path::new(".."), "static/everything");
    link(Path::new("../content"), "static/files");
    // Inside the site: read as the file it points to.
    site.write("shared/juno.png", "PNG-INSIDE");
    link(&site.path("shared/juno.png"), "content/juno/photo.png");
    site.write("shared/extra.css", "body{color:teal}");
    link(Path::new("../shared/extra.css"), "static/extra.css");

    let out = site.vitae(&["build"]);
    let log = stderr(&out);
    assert!(out.status.success(), "{log}");
    let public = site.path("public");
    assert!(
        !all_text(&public).contains(SECRET),
        "published a file from outside"
    );
    assert!(
        !all_text(&public).contains("PRIVATE-NOTE"),
        "published the site's own sources"
    );
    assert!(!public.join("everything").exists());
    assert!(!public.join("files").exists());
    assert!(!public.join("ines/cv.pdf").exists());
    assert!(!public.join("notes.txt").exists());
    assert!(!public.join("zed").exists());
    assert_eq!(site.read("public/juno/photo.png"), "PNG-INSIDE");
    assert_eq!(site.read("public/extra.css"), "body{color:teal}");
    assert!(log.contains("built 2 people"), "{log}");

    let said = |log: &str, link: &str, target: &str| {
        let line = log
            .lines()
            .find(|l| l.starts_with("warning: ") && l.contains(link))
            .unwrap_or_else(|| panic!("no warning names {link}:\n{log}"));
        assert!(line.contains(target), "{line}");
    };
    let expected = [
        ("content/ines/cv.pdf", "taxes.pdf"),
        ("static/notes.txt", "notes.txt"),
        ("templates", "person.html"),
        ("themes/borrowed", "theme"),
        ("content/zed", "person"),
        ("static/broken.css", "missing.css"),
        ("content/stray.txt", "stray.txt"),
        ("themes/gone", "nowhere"),
        ("static/everything", ".."),
        ("static/files", "content"),
    ];
    for (l, t) in expected {
        said(&log, l, t);
    }
    assert!(
        !log.contains("shared"),
        "links inside are not warned about:\n{log}"
    );

    let check = site.vitae(&["check"]);
    let check_log = stderr(&check);
    assert!(check.status.success(), "{check_log}");
    for (l, t) in expected {
        said(&check_log, l, t);
    }
}

#[test]
fn a_resume_linked_from_outside_is_named_as_the_problem() {
    let site = TempSite::two_people();
    let elsewhere = tempfile::tempdir().unwrap();
    let cv = elsewhere.path().join("cv.md");
    std::fs::write(&cv, format!("# {SECRET}\n")).unwrap();
    std::fs::create_dir_all(site.path("content/una")).unwrap();
    symlink(&cv, site.path("content/una/resume.md")).unwrap();
    let out = site.vitae(&["check"]);
    let log = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{log}");
    let line = log
        .lines()
        .find(|l| l.contains("content/una/resume.md: "))
        .unwrap_or_else(|| panic!("{log}"));
    assert!(
        line.contains("cv.md") && line.contains("not read"),
        "{line}"
    );
    assert!(!log.contains(SECRET));
}
