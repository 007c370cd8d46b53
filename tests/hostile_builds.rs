//! Bounded random runs of the real binary as a careless user or an attacker would
//! drive it: builds killed at random moments, and sites with random hostile folder
//! and file names. Each ends with: no file outside the output touched, every page
//! whole and of a generation since the last finished build (a build writes in place,
//! file by file, so one killed while moving its files in leaves some old and some
//! new; the next build finishes the job), no script link in any page.
//!
//! The seed is printed; set `VITAE_HOSTILE_SEED` to replay a run.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::hostile::{sources, Rng};
use common::{stderr, TempSite};

fn person(n: usize) -> String {
    format!(
        r#"{{"basics":{{"name":"Person {n}"}},"work":[{{"name":"Acme","position":"Tester","startDate":"2021-01","highlights":["Did things."]}}]}}"#
    )
}

/// The generations (`Gen N` in the site's title) of the pages of the output, each
/// page whole (it ends as a page ends), lowest and highest.
fn generations(out: &Path, people: usize) -> (u64, u64) {
    let gen = regex::Regex::new(r"Gen (\d+)").unwrap();
    let of = |rel: String| -> u64 {
        let html = std::fs::read_to_string(out.join(&rel))
            .unwrap_or_else(|e| panic!("{rel} missing from the output: {e}"));
        assert!(html.trim_end().ends_with("</html>"), "{rel} is cut short");
        gen.captures(&html).expect(&rel)[1].parse().unwrap()
    };
    let mut all = vec![of("index.html".into()), of("404.html".into())];
    all.extend((0..people).map(|n| of(format!("p{n}/index.html"))));
    assert!(out.join(".vitae-output").is_file());
    (*all.iter().min().unwrap(), *all.iter().max().unwrap())
}

#[test]
fn builds_killed_at_random_moments_leave_one_whole_output() {
    const PEOPLE: usize = 300;
    let mut rng = Rng::new();
    let site = TempSite::empty();
    site.write("site.yaml", "title: Gen 0\n");
    for n in 0..PEOPLE {
        site.write(&format!("content/p{n}/resume.json"), &person(n));
    }
    // A first build killed while it writes straight into its new output: the next
    // build removes what it wrote, and owns every file it leaves.
    kill_after(&site, rng.below(500));
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_all_recorded(&site.path("public"));
    let mut current = 0;
    for round in 1..=8u64 {
        site.write("site.yaml", &format!("title: Gen {round}\n"));
        let before = sources(site.root());
        kill_after(&site, rng.below(500));
        let (low, high) = generations(&site.path("public"), PEOPLE);
        assert!(
            low >= current && high <= round,
            "round {round}: pages of builds {low} to {high}, older than the last whole \
             output ({current}) or newer than this build"
        );
        if low == high {
            current = low;
        }
        assert_eq!(
            sources(site.root()),
            before,
            "round {round}: a source changed"
        );
    }
    let out = site.vitae(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(generations(&site.path("public"), PEOPLE), (8, 8));
    let left: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .chain(
            site.path("public/.vitae-partial")
                .exists()
                .then(|| "public/.vitae-partial".into()),
        )
        .collect();
    assert!(
        left.is_empty(),
        "leftovers of killed builds remain: {left:?}"
    );
}

/// Starts a build and kills it after `ms` milliseconds.
fn kill_after(site: &TempSite, ms: u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vitae"))
        .arg("--root")
        .arg(site.root())
        .arg("build")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(ms));
    let _ = child.kill();
    child.wait().unwrap();
}

/// Every file in the output is one vitae's record lists, or vitae's own bookkeeping.
fn assert_all_recorded(out: &Path) {
    let record = std::fs::read_to_string(out.join(".vitae-manifest")).unwrap();
    // One `f` line per file: `f<TAB>path<TAB>tag<TAB>length`, with `\\`, `\t`, `\n`
    // and `\r` escaped.
    let files: std::collections::BTreeSet<String> = record
        .lines()
        .filter_map(|l| l.strip_prefix("f\t"))
        .map(|l| {
            let raw = l.split('\t').next().unwrap();
            let mut out = String::new();
            let mut chars = raw.chars();
            while let Some(c) = chars.next() {
                out.push(match c {
                    '\\' => match chars.next().unwrap() {
                        't' => '\t',
                        'n' => '\n',
                        'r' => '\r',
                        other => other,
                    },
                    c => c,
                });
            }
            out
        })
        .collect();
    for e in walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let rel = e
            .path()
            .strip_prefix(out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if e.file_type().is_file() && !rel.starts_with(".vitae-") {
            assert!(files.contains(&rel), "{rel} is not recorded");
        }
    }
}

/// Pieces of names: plain, unusual, and hostile.
const PIECES: &[&str] = &[
    "ada",
    "B",
    "é",
    "李",
    "2",
    "-",
    "_",
    ".",
    " ",
    "\n",
    "\t",
    "\\",
    "?",
    "#",
    "%",
    "%2F",
    ":",
    "javascript:",
    "<",
    ">",
    "\"",
    "'",
    "&",
    "\u{202e}",
    "..",
    "index.html",
    "themes",
];

fn random_name(rng: &mut Rng) -> String {
    let len = 1 + rng.below(4);
    (0..len)
        .map(|_| PIECES[rng.below(PIECES.len() as u64) as usize])
        .collect()
}

#[test]
fn random_hostile_names_are_refused_or_built_safely() {
    let mut rng = Rng::new();
    let script = regex::Regex::new(r#"(?i)(?:href|src)="\s*javascript:"#).unwrap();
    for round in 0..12 {
        let site = TempSite::two_people();
        assert!(site.vitae(&["build"]).status.success());
        let before_output = std::fs::read(site.path("public/index.html")).unwrap();
        let mut made = Vec::new();
        for n in 0..3 {
            let folder = random_name(&mut rng);
            let asset = format!("{}.pdf", random_name(&mut rng));
            let dir = site.path("content").join(&folder);
            if folder.starts_with(['.', '_']) || dir.exists() || std::fs::create_dir(&dir).is_err()
            {
                continue;
            }
            std::fs::write(dir.join("resume.json"), person(n)).unwrap();
            let _ = std::fs::write(dir.join(&asset), "%PDF-1.4");
            made.push(folder);
        }
        let before = sources(site.root());
        let out = site.vitae(&["build"]);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "round {round} {made:?}: {err}");
        assert_eq!(
            sources(site.root()),
            before,
            "round {round}: a source changed"
        );
        if out.status.success() {
            for page in walkdir::WalkDir::new(site.path("public")) {
                let page = page.unwrap();
                if page.path().extension().is_some_and(|e| e == "html") {
                    let html = std::fs::read_to_string(page.path()).unwrap();
                    assert!(
                        !script.is_match(&html),
                        "round {round} {made:?}: script link in {}",
                        page.path().display()
                    );
                }
            }
            for folder in &made {
                assert!(
                    site.path("public")
                        .join(folder)
                        .join("index.html")
                        .is_file(),
                    "round {round}: {folder:?} built but has no page"
                );
            }
        } else {
            assert_eq!(out.status.code(), Some(1), "round {round}: {err}");
            assert!(
                err.contains("hint: rename the folder"),
                "round {round} {made:?}: {err}"
            );
            assert_eq!(
                std::fs::read(site.path("public/index.html")).unwrap(),
                before_output,
                "round {round}: a failed build changed the output"
            );
        }
    }
}
