//! Rebuilds that cost only what changed, through the real binary: which files a
//! rebuild touches (by inode and modification time), the cache of parsed résumés
//! surviving torn entries, `--no-cache`, and `vitae clean` leaving the user's files.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::{stderr, TempSite};

/// Every file under `dir` (relative path) with its inode and modification time.
fn stamps(dir: &Path) -> BTreeMap<String, (u64, i64, i64)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let m = e.metadata().unwrap();
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, (m.ino(), m.mtime(), m.mtime_nsec()))
        })
        .collect()
}

/// The files whose inode or time changed, or that appeared or went.
fn touched(
    before: &BTreeMap<String, (u64, i64, i64)>,
    after: &BTreeMap<String, (u64, i64, i64)>,
) -> Vec<String> {
    let mut out: Vec<String> = after
        .iter()
        .filter(|(rel, s)| before.get(*rel) != Some(s))
        .map(|(rel, _)| rel.clone())
        .collect();
    out.extend(before.keys().filter(|r| !after.contains_key(*r)).cloned());
    out.sort();
    out
}

fn build(site: &TempSite, args: &[&str]) -> String {
    let mut all = vec!["build", "--timings"];
    all.extend(args);
    let out = site.vitae(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

/// A site of three people, built once.
fn built_site() -> TempSite {
    let site = TempSite::two_people();
    site.write(
        "content/kai/resume.md",
        "# Kai Fixture\n\nkai@example.test\n\n## Skills\n\n- Welding\n",
    );
    site.write_bytes("content/kai/photo.png", b"\x89PNG fixture");
    build(&site, &[]);
    site
}

#[test]
fn an_unchanged_site_rewrites_nothing() {
    let site = built_site();
    let before = stamps(&site.path("public"));
    let err = build(&site, &[]);
    assert_eq!(
        touched(&before, &stamps(&site.path("public"))),
        Vec::<String>::new()
    );
    assert!(
        err.contains("0 of 3 people rendered, 0 files written"),
        "{err}"
    );
}

#[test]
fn one_changed_resume_writes_only_its_files_and_the_index() {
    let site = built_site();
    let before = stamps(&site.path("public"));
    site.write(
        "content/juno/resume.md",
        "# Juno Fixture\n\njuno@example.test\n\n## Experience\n\n### Blue Yonder — Lead Analyst\n2018 – 2022\n\n- Analysed more things.\n",
    );
    let err = build(&site, &[]);
    assert!(err.contains("1 of 3 people rendered"), "{err}");
    let changed = touched(&before, &stamps(&site.path("public")));
    // The record of what vitae wrote changes with them; the sitemap only if its
    // bytes did (the person's address did not move).
    let allowed = [
        ".vitae-manifest",
        "index.html",
        "juno/index.html",
        "juno/resume.json",
        "sitemap.xml",
    ];
    assert!(
        changed.contains(&"juno/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        changed.contains(&"juno/resume.json".to_string()),
        "{changed:?}"
    );
    for rel in &changed {
        assert!(
            allowed.contains(&rel.as_str()),
            "{rel} was written: {changed:?}"
        );
    }
    assert!(site.read("public/juno/index.html").contains("Lead Analyst"));
}

#[test]
fn a_changed_name_rewrites_the_index_and_a_removed_person_goes() {
    let site = built_site();
    site.write(
        "content/kai/resume.md",
        "# Kai Renamed\n\nkai@example.test\n",
    );
    let before = stamps(&site.path("public"));
    build(&site, &[]);
    let changed = touched(&before, &stamps(&site.path("public")));
    assert!(changed.contains(&"index.html".to_string()), "{changed:?}");
    assert!(site.read("public/index.html").contains("Kai Renamed"));

    std::fs::remove_dir_all(site.path("content/kai")).unwrap();
    let err = build(&site, &[]);
    assert!(
        !site.path("public/kai").exists(),
        "a removed person's files go"
    );
    assert!(err.contains("removed"), "{err}");
    assert!(!site.read("public/index.html").contains("Kai"));
}

#[test]
fn no_cache_rewrites_everything_with_the_same_bytes() {
    let site = built_site();
    let bytes = |s: &TempSite| {
        stamps(&s.path("public"))
            .into_keys()
            .filter(|rel| !rel.starts_with(".vitae"))
            .map(|rel| {
                (
                    rel.clone(),
                    std::fs::read(s.path("public").join(&rel)).unwrap(),
                )
            })
            .collect::<BTreeMap<_, _>>()
    };
    let first = bytes(&site);
    let before = stamps(&site.path("public"));
    let err = build(&site, &["--no-cache"]);
    assert!(err.contains("3 of 3 people rendered"), "{err}");
    let after = stamps(&site.path("public"));
    let changed = touched(&before, &after);
    assert_eq!(
        changed.len(),
        after.len() - 1,
        "all but the marker: {changed:?}"
    );
    assert_eq!(bytes(&site), first);
}

#[test]
fn torn_cache_entries_are_read_again() {
    let site = built_site();
    let expected = site.read("public/ines/index.html");
    let cache = site.path(".vitae-cache/parsed");
    let entries: Vec<_> = std::fs::read_dir(&cache).unwrap().flatten().collect();
    // The cache is a few files, each holding the résumés whose keys fall in it.
    assert!((1..=3).contains(&entries.len()), "{entries:?}");
    // As a crash leaves them: cut short, emptied, or overwritten with zeros.
    for (n, e) in entries.iter().enumerate() {
        let whole = std::fs::read(e.path()).unwrap();
        let torn = match n {
            0 => whole[..whole.len() / 2].to_vec(),
            1 => Vec::new(),
            _ => vec![0; whole.len()],
        };
        std::fs::write(e.path(), torn).unwrap();
    }
    // A new title re-renders everyone, through the cache.
    site.write(
        "site.yaml",
        "title: Fixture Team Two\nbase_url: https://example.test/\n",
    );
    let err = build(&site, &[]);
    assert!(err.contains("3 of 3 people rendered"), "{err}");
    assert_eq!(
        site.read("public/ines/index.html"),
        expected.replace("Fixture Team", "Fixture Team Two")
    );
    for e in std::fs::read_dir(&cache).unwrap().flatten() {
        assert!(
            std::fs::metadata(e.path()).unwrap().len() > 40,
            "rewritten whole"
        );
    }
}

#[test]
fn a_failed_build_touches_no_file() {
    let site = built_site();
    let before = stamps(&site.path("public"));
    site.write("content/kai/resume.md", "# Kai Fixture\n");
    site.write("content/ines/resume.json", "{");
    let out = site.vitae(&["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        touched(&before, &stamps(&site.path("public"))),
        Vec::<String>::new()
    );
    assert!(!site.path("public/.vitae-partial").exists());
}

#[test]
fn clean_removes_the_cache_and_vitaes_files_only() {
    let site = built_site();
    site.write("public/mine.txt", "the user's");
    site.write("public/ines/notes.txt", "the user's too");
    let out = site.vitae(&["clean"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("kept 2 files vitae did not write"), "{err}");
    assert!(!site.path(".vitae-cache").exists());
    let left: Vec<String> = stamps(&site.path("public")).into_keys().collect();
    assert_eq!(left, [".vitae-output", "ines/notes.txt", "mine.txt"]);
    // The sources are untouched, and the site builds again over what is left.
    assert!(site.path("content/ines/resume.json").is_file());
    build(&site, &[]);
    assert_eq!(site.read("public/mine.txt"), "the user's");

    // With nothing of the user's left, the output goes whole.
    std::fs::remove_file(site.path("public/mine.txt")).unwrap();
    std::fs::remove_file(site.path("public/ines/notes.txt")).unwrap();
    let out = site.vitae(&["clean"]);
    assert!(stderr(&out).contains("itself"), "{}", stderr(&out));
    assert!(!site.path("public").exists());

    // A folder vitae did not write is never cleaned.
    site.write("elsewhere/taxes.txt", "keep me");
    let out = site.vitae(&["clean", "-o", site.path("elsewhere").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not written by vitae"),
        "{}",
        stderr(&out)
    );
    assert_eq!(site.read("elsewhere/taxes.txt"), "keep me");
}

#[test]
fn a_one_person_site_keeps_its_root_page_with_the_person() {
    let site = TempSite::empty();
    site.write(
        "content/solo/resume.md",
        "# Solo Fixture\n\nsolo@example.test\n",
    );
    build(&site, &[]);
    let before = stamps(&site.path("public"));
    let err = build(&site, &[]);
    assert!(
        err.contains("0 of 1 person rendered, 0 files written"),
        "{err}"
    );
    assert_eq!(
        touched(&before, &stamps(&site.path("public"))),
        Vec::<String>::new()
    );

    site.write(
        "content/solo/resume.md",
        "# Solo Fixture\n\nsolo@example.test\n\n## Skills\n\n- Knitting\n",
    );
    build(&site, &[]);
    let changed = touched(&before, &stamps(&site.path("public")));
    assert!(changed.contains(&"index.html".to_string()), "{changed:?}");
    assert!(site.read("public/index.html").contains("Knitting"));
    assert!(site.read("public/solo/index.html").contains("Knitting"));
}
