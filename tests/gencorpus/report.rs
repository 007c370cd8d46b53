//! The recovery report: per layout × section F1, per-field F1, and the most common
//! misses with an example each, as Markdown (printed and written under `target/`).

use super::score::{prf, Miss, Tally};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Sections in the order the report shows them (the keys `score` tallies).
pub const SECTIONS: &[&str] = &[
    "basics",
    "work",
    "work.highlights",
    "education",
    "projects",
    "projects.highlights",
    "skills",
    "awards",
];

/// Everything measured on one layout.
#[derive(Debug, Default)]
pub struct LayoutResult {
    pub name: &'static str,
    pub sections: Tally,
    pub fields: Tally,
    /// Misses with the seed of the document they came from.
    pub misses: Vec<(u64, Miss)>,
    pub threshold: f64,
}

impl LayoutResult {
    pub fn f1(&self) -> f64 {
        self.sections.f1()
    }
}

fn cell(t: &Tally, key: &str) -> String {
    t.f1_of(key).map_or("–".into(), |f| format!("{f:.3}"))
}

pub fn markdown(results: &[LayoutResult], people: u64, parse_time: std::time::Duration) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Generated corpus: recovery by layout\n");
    let docs = (people as u32 * results.len() as u32).max(1);
    let _ =
        writeln!(
        md,
        "{people} fictional people per layout; F1 per section (exact match after normalisation); \
         parse time {:?} per document ({} build).\n",
        parse_time / docs,
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    let _ = writeln!(
        md,
        "| layout | {} | overall | P | R | floor |",
        SECTIONS.join(" | ")
    );
    let _ = writeln!(md, "|---|{}---|---|---|---|", "---|".repeat(SECTIONS.len()));
    let mut all = Tally::default();
    for r in results {
        all.merge(&r.sections);
        let (p, rc, f) = prf(r.sections.total());
        let cells: Vec<String> = SECTIONS.iter().map(|s| cell(&r.sections, s)).collect();
        let _ = writeln!(
            md,
            "| {} | {} | **{f:.3}** | {p:.3} | {rc:.3} | {:.2} |",
            r.name,
            cells.join(" | "),
            r.threshold
        );
    }
    let (p, rc, f) = prf(all.total());
    let cells: Vec<String> = SECTIONS.iter().map(|s| cell(&all, s)).collect();
    let _ = writeln!(
        md,
        "| **all** | {} | **{f:.3}** | {p:.3} | {rc:.3} | |",
        cells.join(" | ")
    );

    let _ = writeln!(md, "\n## F1 per field\n");
    let names: Vec<&str> = results.iter().map(|r| r.name).collect();
    let _ = writeln!(md, "| field | {} |", names.join(" | "));
    let _ = writeln!(md, "|---|{}", "---|".repeat(names.len()));
    let mut fields: Vec<&String> = results.iter().flat_map(|r| r.fields.by.keys()).collect();
    fields.sort();
    fields.dedup();
    for f in fields {
        let cells: Vec<String> = results.iter().map(|r| cell(&r.fields, f)).collect();
        let _ = writeln!(md, "| {f} | {} |", cells.join(" | "));
    }

    let _ = writeln!(md, "\n## Most common misses per layout\n");
    for r in results {
        let mut groups: BTreeMap<(String, &str), MissGroup> = BTreeMap::new();
        for m in &r.misses {
            groups
                .entry((m.1.field.clone(), m.1.kind))
                .or_insert((0, m))
                .0 += 1;
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        let _ = writeln!(md, "### {}\n", r.name);
        for ((field, kind), (n, (seed, m))) in groups.iter().take(8) {
            let _ = writeln!(
                md,
                "- {n}× {field} {kind}: want {:?}, got {:?} (person {seed:#x})",
                clip(&m.want),
                clip(&m.got)
            );
        }
        let _ = writeln!(md);
    }
    md
}

/// How many misses share a field and kind, and the first of them.
type MissGroup<'a> = (usize, &'a (u64, Miss));

fn clip(s: &str) -> String {
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(90).collect::<String>())
    } else {
        s.to_string()
    }
}
