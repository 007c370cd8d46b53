//! Reading a PDF résumé from the file itself: a two-page résumé (the example site's
//! fictional Amara Chen, printed by Chromium from the academic theme, as a person's
//! "Save as PDF" would) read to lowered lines, and read and parsed into a résumé.
//! The reading order, columns and fonts are all decoded, so this is the whole cost
//! of `content/<slug>/resume.pdf`. Target: ≤ 20 ms at the median (release build).
//!
//! `cargo bench --bench pdf`

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use vitae::parse::{load_resume, read_pdf, ResumeParser};

fn two_pages(c: &mut Criterion) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse/pdf_two_pages_amara.pdf");
    let pages = read_pdf(&path).expect("the fixture reads");
    assert_eq!(pages.line_pages.iter().max(), Some(&2), "a two-page PDF");
    c.bench_function("pdf/read-two-pages", |b| {
        b.iter(|| read_pdf(&path).expect("read"))
    });
    let parser = ResumeParser::new();
    c.bench_function("pdf/read-and-parse-two-pages", |b| {
        b.iter(|| load_resume(&path, &parser).expect("parse"))
    });
}

criterion_group!(benches, two_pages);
criterion_main!(benches);
