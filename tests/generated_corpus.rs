//! The generated corpus: fictional résumés rendered through text layouts that imitate
//! real ones, parsed back, and scored field by field (see `gencorpus/`).
//!
//! `generated_corpus_recovery` prints a per layout × section table, writes it to
//! `target/gencorpus-report.md`, and fails when a layout's overall F1 drops below its
//! floor in `FLOORS`. Set `GENCORPUS_DUMP=DIR` to write every document and its gold
//! JSON to `DIR` for inspection.

mod gencorpus;

use gencorpus::layouts::LAYOUTS;
use gencorpus::report::{self, LayoutResult};
use gencorpus::score::score;
use gencorpus::{people, sample};
use vitae::model::Resume;
use vitae::parse::ResumeParser;

/// People per layout.
const PEOPLE: u64 = 40;

/// Per-layout floor on overall F1: about two points below what the parser reached
/// when the floors were last set (parser2 branch, in brackets; 0.998 on 300 people per
/// layout), so a real regression fails the test and a change in the corpus' noise does
/// not. Raise them as the parser improves.
const FLOORS: &[(&str, f64)] = &[
    ("pdf", 0.98),      // 1.000
    ("markdown", 0.98), // 1.000
    ("profile", 0.98),  // 1.000
    ("stacked", 0.98),  // 0.999
    ("oneline", 0.98),  // 1.000
    // 0.991: a start date glued to an unbulleted first line ("07/2022 Built …") is read
    // as the entry's description, as a real résumé in the development corpus has it.
    ("regional", 0.97),
    ("grouped", 0.98), // 1.000
    ("columns", 0.98), // 1.000
    ("sidebar", 0.98), // 1.000
];

fn floor(name: &str) -> f64 {
    FLOORS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .expect("every layout has a floor")
}

#[test]
fn generated_corpus_recovery() {
    let parser = ResumeParser::new();
    let dump = std::env::var_os("GENCORPUS_DUMP").map(std::path::PathBuf::from);
    let mut results = Vec::new();
    let mut parse_time = std::time::Duration::ZERO;
    for (li, layout) in LAYOUTS.iter().enumerate() {
        let mut r = LayoutResult {
            name: layout.name,
            threshold: floor(layout.name),
            ..Default::default()
        };
        for i in 0..PEOPLE {
            let s = sample(layout, li, i);
            let t = std::time::Instant::now();
            let pred = parser.parse(&s.text);
            parse_time += t.elapsed();
            let scored = score(&s.gold, &pred);
            r.sections.merge(&scored.sections);
            r.fields.merge(&scored.fields);
            r.misses
                .extend(scored.misses.into_iter().map(|m| (s.seed, m)));
            if let Some(dir) = &dump {
                std::fs::create_dir_all(dir).unwrap();
                let stem = dir.join(format!("{}-{i:02}", layout.name));
                std::fs::write(stem.with_extension("txt"), &s.text).unwrap();
                let gold = serde_json::to_string_pretty(&s.gold).unwrap();
                std::fs::write(stem.with_extension("gold.json"), gold).unwrap();
                let got = serde_json::to_string_pretty(&pred).unwrap();
                std::fs::write(stem.with_extension("parsed.json"), got).unwrap();
            }
        }
        results.push(r);
    }
    let md = report::markdown(&results, PEOPLE, parse_time);
    println!("{md}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gencorpus-report.md");
    std::fs::write(&out, &md).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));

    let below: Vec<String> = results
        .iter()
        .filter(|r| r.f1() < r.threshold)
        .map(|r| format!("{}: F1 {:.3} < floor {:.2}", r.name, r.f1(), r.threshold))
        .collect();
    assert!(
        below.is_empty(),
        "layouts below their floor:\n{}\n(see {})",
        below.join("\n"),
        out.display()
    );
}

#[test]
fn scorer_gives_the_gold_full_marks_and_nothing_none() {
    for (li, layout) in LAYOUTS.iter().enumerate() {
        for i in 0..10 {
            let s = sample(layout, li, i);
            let own = score(&s.gold, &s.gold);
            assert_eq!(
                own.sections.f1(),
                1.0,
                "{} person {i}: {:?}",
                layout.name,
                own.misses
            );
            assert!(own.misses.is_empty());
            let empty = score(&s.gold, &Resume::default());
            assert_eq!(empty.sections.f1(), 0.0, "{} person {i}", layout.name);
            assert_eq!(empty.sections.total()[0], 0);
        }
    }
}

#[test]
fn scorer_counts_junk_and_wrong_fields() {
    let s = sample(&LAYOUTS[0], 0, 3);
    let mut pred = s.gold.clone();
    pred.work.push(vitae::model::Work {
        name: Some("Junk Entry".into()),
        ..Default::default()
    });
    let sc = score(&s.gold, &pred);
    assert_eq!(
        sc.sections.total()[1],
        1,
        "an extra entry with one field is one false positive"
    );
    let mut pred = s.gold.clone();
    pred.work[0].position = Some("Astronaut".into());
    let sc = score(&s.gold, &pred);
    let [tp, fp, fn_] = sc.fields.by["work.position"];
    assert_eq!(
        (fp, fn_),
        (1, 1),
        "a wrong value is both a false positive and a false negative"
    );
    assert_eq!(tp as usize, s.gold.work.len() - 1);
    let mut pred = s.gold.clone();
    pred.basics.name = pred
        .basics
        .name
        .map(|n| format!("  {}  ", n.to_uppercase()));
    assert_eq!(
        score(&s.gold, &pred).sections.f1(),
        1.0,
        "case and spacing do not matter"
    );
}

#[test]
fn generation_is_deterministic() {
    for (li, layout) in LAYOUTS.iter().enumerate() {
        for i in 0..5 {
            let (a, b) = (sample(layout, li, i), sample(layout, li, i));
            assert_eq!(a.text, b.text);
            assert_eq!(a.gold, b.gold);
        }
    }
}

/// Every word of every scored gold value appears in the text (guards against a layout
/// that silently drops something the gold still expects).
#[test]
fn every_gold_value_is_in_the_text() {
    for (li, layout) in LAYOUTS.iter().enumerate() {
        for i in 0..PEOPLE {
            let s = sample(layout, li, i);
            let text = s
                .text
                .replace("<sup>", "")
                .replace("</sup>", "")
                .replace('\\', "")
                .replace("**", "");
            let text = text
                .replace('\u{FB01}', "fi")
                .replace('\u{FB02}', "fl")
                .to_lowercase();
            let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let g = &s.gold;
            let mut values: Vec<&str> = Vec::new();
            values.extend(g.basics.name.as_deref());
            values.extend(g.basics.email.as_deref());
            for w in &g.work {
                values.extend(
                    [&w.name, &w.position, &w.location]
                        .into_iter()
                        .flatten()
                        .map(String::as_str),
                );
                values.extend(w.highlights.iter().map(String::as_str));
            }
            for e in &g.education {
                values.extend(
                    [&e.institution, &e.study_type, &e.area, &e.score]
                        .into_iter()
                        .flatten()
                        .map(String::as_str),
                );
            }
            for p in &g.projects {
                values.extend(p.name.as_deref());
                values.extend(p.highlights.iter().map(String::as_str));
            }
            values.extend(
                g.skills
                    .iter()
                    .flat_map(|s| s.keywords.iter().map(String::as_str)),
            );
            values.extend(g.awards.iter().filter_map(|a| a.title.as_deref()));
            for v in values {
                let v = v.to_lowercase();
                assert!(
                    text.contains(&v),
                    "{} person {i}: {v:?} not in the text:\n{}",
                    layout.name,
                    s.text
                );
            }
        }
    }
}

/// The generator produces the patterns the corpus exists to test.
#[test]
fn corpus_covers_the_patterns() {
    let people: Vec<Resume> = (0..PEOPLE)
        .map(|i| people::person(0x7669_7461_6500_0000 ^ i))
        .collect();
    let count = |f: &dyn Fn(&Resume) -> bool| people.iter().filter(|r| f(r)).count();
    let checks: &[(&str, usize)] = &[
        ("no name", count(&|r| r.basics.name.is_none())),
        (
            "current job",
            count(&|r| r.work.iter().any(|w| w.end_date.is_none())),
        ),
        (
            "several roles at one organisation",
            count(&|r| r.work.windows(2).any(|p| p[0].name == p[1].name)),
        ),
        (
            "years only",
            count(&|r| {
                r.work
                    .iter()
                    .any(|w| w.start_date.as_ref().is_some_and(|d| d.len() == 4))
            }),
        ),
        (
            "project without dates",
            count(&|r| r.projects.iter().any(|p| p.start_date.is_none())),
        ),
        (
            "project with one date",
            count(&|r| {
                r.projects
                    .iter()
                    .any(|p| p.start_date.is_some() && p.start_date == p.end_date)
            }),
        ),
        (
            "unlabelled skills",
            count(&|r| r.skills.iter().any(|s| s.name.as_deref() == Some("Skills"))),
        ),
        (
            "labelled skills",
            count(&|r| r.skills.iter().any(|s| s.name.as_deref() != Some("Skills"))),
        ),
        ("awards", count(&|r| !r.awards.is_empty())),
        (
            "GPA",
            count(&|r| r.education.iter().any(|e| e.score.is_some())),
        ),
        (
            "degree in progress",
            count(&|r| {
                r.education
                    .iter()
                    .any(|e| e.end_date.as_deref() > Some("2025-06"))
            }),
        ),
        (
            "job without location",
            count(&|r| r.work.iter().any(|w| w.location.is_none())),
        ),
        (
            "outside software",
            count(&|r| {
                !r.skills
                    .iter()
                    .any(|s| s.keywords.iter().any(|k| k == "Git" || k == "Python"))
            }),
        ),
    ];
    let missing: Vec<&str> = checks
        .iter()
        .filter(|(_, n)| *n == 0)
        .map(|(what, _)| *what)
        .collect();
    assert!(missing.is_empty(), "no generated person has: {missing:?}");
}
