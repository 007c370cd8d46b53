//! Speed targets of the pipeline (issue "Core pipeline"):
//! one résumé parsed and rendered in under 1 ms; 1,000 people built in under 1 s on 2 cores.
//!
//! `cargo bench --bench pipeline` — parse, merge and render of one résumé, then whole-site
//! builds of 100 and 1,000 generated (fictional) people.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use vitae::merge::Overrides;
use vitae::parse::ResumeParser;
use vitae::render::{Contact, PageVars, PersonVars, SiteVars, ThemeSet};
use vitae::site::{Paper, Privacy};

const EXAMPLE_TEXT: &str = include_str!("../content/marisol-okafor/resume.txt");
const EXAMPLE_MD: &str = include_str!("../content/tobias-lindqvist/resume.md");
const EXAMPLE_OVERRIDES: &str = include_str!("../content/tobias-lindqvist/overrides.yaml");
const EXAMPLE_PARSED: &str = include_str!("../tests/fixtures/parsed/tobias-lindqvist.json");

const FULL_RESUME: &str = include_str!("../tests/fixtures/full-resume.json");

fn person_vars(resume: &vitae::Resume) -> PersonVars {
    let privacy = Privacy::default();
    PersonVars {
        slug: "ada".into(),
        contacts: Contact::list(resume, &privacy),
        name: resume.display_name().into(),
        sections: vitae::model::SECTION_ORDER
            .iter()
            .filter(|s| resume.has_section(s))
            .map(|s| s.to_string())
            .collect(),
        resume: resume.clone(),
        photo: None,
        pdf: None,
        print_pdf: None,
        json: "resume.json".into(),
        privacy,
    }
}

fn one_resume(c: &mut Criterion) {
    let parser = ResumeParser::new();
    c.bench_function("parse/pdf-text", |b| {
        b.iter(|| parser.parse(std::hint::black_box(EXAMPLE_TEXT)))
    });
    c.bench_function("parse/markdown", |b| {
        b.iter(|| parser.parse(std::hint::black_box(EXAMPLE_MD)))
    });

    // The merge alone, over a fixed parse of the same résumé (tests/fixtures/parsed/), so
    // it measures the merge whatever the parser reads.
    let parsed: vitae::Resume = serde_json::from_str(EXAMPLE_PARSED).expect("fixture");
    let overrides =
        Overrides::parse(Path::new("overrides.yaml"), EXAMPLE_OVERRIDES).expect("overrides");
    c.bench_function("merge/overrides", |b| {
        b.iter(|| overrides.apply(parsed.clone()).expect("merge"))
    });
    c.bench_function("merge/parse-overrides-yaml", |b| {
        b.iter(|| {
            Overrides::parse(Path::new("overrides.yaml"), EXAMPLE_OVERRIDES).expect("overrides")
        })
    });

    let resume = overrides.apply(parsed).expect("merge");
    let themes = ThemeSet::load(Path::new("/nonexistent-site")).expect("themes");
    let site = SiteVars {
        title: "Bench".into(),
        description: String::new(),
        base_url: "https://example.org/".into(),
        language: "en".into(),
        generator: "vitae".into(),
        people_count: 1,
    };
    let page = PageVars {
        kind: "person".into(),
        root: "../".into(),
        home: "../index.html".into(),
        path: "tobias/".into(),
        canonical: Some("https://example.org/tobias/".into()),
        theme_static: "../themes/classic/".into(),
        paper: Paper::A4,
        paper_css: "A4".into(),
    };
    let person = person_vars(&resume);
    // Rendering is measured on a complete fictional résumé (every section), and on the
    // same with 20 jobs, so the figure does not depend on how much the parser reads.
    let full: vitae::Resume = serde_json::from_str(FULL_RESUME).expect("fixture");
    let mut long = full.clone();
    long.work = (0..20)
        .map(|i| full.work[i % full.work.len()].clone())
        .collect();
    for (label, resume) in [("person", &full), ("person-20-jobs", &long)] {
        let vars = person_vars(resume);
        for theme in themes.names() {
            let r = themes.renderer(&theme, "en").expect("renderer");
            c.bench_function(&format!("render/{label}/{theme}"), |b| {
                b.iter(|| r.render_person(&site, &page, &vars).expect("render"))
            });
        }
    }
    c.bench_function("render/compile-theme/modern", |b| {
        b.iter(|| themes.renderer("modern", "en").expect("renderer"))
    });
    c.bench_function("parse+merge+render/markdown", |b| {
        let r = themes.renderer("classic", "en").expect("renderer");
        b.iter(|| {
            let resume = overrides.apply(parser.parse(EXAMPLE_MD)).expect("merge");
            let person = PersonVars {
                resume,
                ..person.clone()
            };
            r.render_person(&site, &page, &person).expect("render")
        })
    });
}

/// A site of `n` generated people: a third text, a third Markdown, a third JSON Resume.
fn generated_site(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("site.yaml"),
        "title: Generated\nbase_url: https://example.org/\n",
    )
    .unwrap();
    for i in 0..n {
        let person = root.join("content").join(format!("person-{i:04}"));
        std::fs::create_dir_all(&person).unwrap();
        match i % 3 {
            0 => std::fs::write(person.join("resume.txt"), EXAMPLE_TEXT.replace("MARISOL", &format!("PERSON{i}"))),
            1 => std::fs::write(person.join("resume.md"), EXAMPLE_MD.replace("Tobias", &format!("Person{i}"))),
            _ => std::fs::write(
                person.join("resume.json"),
                format!(
                    r#"{{"basics":{{"name":"Person {i}","email":"p{i}@example.org"}},
                    "work":[{{"name":"Org {i}","position":"Engineer","startDate":"2020-01","highlights":["Did **thing** {i}.","Shipped it."]}}],
                    "education":[{{"institution":"University {i}","studyType":"B.Sc.","area":"Physics","endDate":"2019"}}],
                    "skills":[{{"name":"Languages","keywords":["Rust","Go","SQL"]}}]}}"#
                ),
            ),
        }
        .unwrap();
    }
    dir
}

fn whole_site(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for n in [100usize, 1000] {
        let site = generated_site(n);
        let out = site.path().join("public");
        group.bench_with_input(BenchmarkId::new("people", n), &n, |b, _| {
            b.iter(|| {
                vitae::build::build_site(site.path(), &out, &Default::default()).expect("build")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, one_resume, whole_site);
criterion_main!(benches);
