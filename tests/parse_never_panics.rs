//! Property tests: the text parser never panics, on arbitrary strings and on résumé
//! lines mangled the way converters mangle them (cut at any byte boundary, debris and
//! bullets spliced in, lines shuffled, Unicode around every separator).

use proptest::prelude::*;
use vitae::parse::{Markup, ResumeParser};

/// Lines in the shapes résumés have, for the generator to mangle.
const LINES: &[&str] = &[
    "WENDY ÅSTRÖM-O'NEIL",
    "# Priya Raman",
    "Austin, TX 78701 · (512) 555-0199 · priya@example.com · github.com/priyar",
    "EXPERIENCE",
    "#### **Work Experience**",
    "Kestrel Robotics GmbH Senior Software Engineer – Fleet Autonomy Rust, ROS",
    " $Mar\\ 2021-Present$",
    "Jun 2018 – Feb 2021 Austin, TX",
    "- 2021/09 Designed the ledger service, cutting latency by 40\\%.",
    "  - o Sub bullet with <sup>th</sup> debris",
    "• Led a team of four; introduced reviews",
    " continued wrapped line in lower case",
    "Staff Nurse, Intensive Care Unit",
    "March 2021 - Present (3 years 4 months)",
    "2 years 11 months",
    "Teaching Assistant of CS101 - Intro to Programming August. 2020 – December. 2020",
    "Rust, gRPC, Stream Processing Intern at Data Platform - Ingest Team",
    "EDUCATION",
    "Master of Science (dissertation: tidal heat), Oceanography, GPA: 3.78",
    "M.S. in Physics, advisor: R. Okoye, expected June 2026",
    "2013/09 M.S. in Physics, Northgate University",
    "2016/03",
    "Sep 2019 –",
    "Present",
    "Projects (Cont.)",
    "Tern – Open-source log shipper – [Link]",
    "Orbitek - 2019-2020",
    "HONORS AND AWARDS",
    "- Lakeview University, 2<sup>nd</sup> Place Bursary, 2016-17",
    "- Coding: Java = Kotlin > Scala, Lua",
    "Page 2 of 3",
    "Profile picture",
    "2019年3月 – 2021年7月",
    "03.2019 – heute",
    "Languages: English (native), Deutsch (C1)",
    "[site](https://nadia.dev) · linkedin.com/in/x",
    "Universitat Politècnica de València                2014 – 2018",
    "İSTANBUL TEKNİK ÜNİVERSİTESİ, İstanbul, Türkiye",
    "Straße der Einheit 4, 01067 Dresden, Deutschland · Greater Área",
    "github.com/İlkay-ß",
    "",
];

/// Org, reStructuredText and AsciiDoc constructs, for the markup readers.
const MARKUP_LINES: &[&str] = &[
    "#+TITLE: Ada Quill CV",
    "#+AUTHOR: Ada Quill",
    "* Work",
    "** Acme :tag:",
    ":PROPERTIES:",
    ":END:",
    "#+BEGIN_SRC sh",
    "#+END_SRC",
    "- 2019--2021 :: BA, Univ /x/",
    "  wrapped *bold",
    "| a | b |",
    "|---+---|",
    "[[https://x.org][x]] *b* /i/ =c= ~d~",
    "=====",
    " Title ",
    "-----",
    ".. title: CV of Ada",
    ".. image:: x.png",
    "   :width: 10",
    ":Email: a@b.org",
    "| **2014–**",
    "    Prof, Univ",
    "+----+----+",
    "+====+====+",
    "===  ===",
    "`t <https://x>`_ ``lit`` |sub| word_",
    ".. |sub| replace:: S",
    ".. _word: https://w",
    "= Title",
    "Ada Quill <a@b.org>",
    "v1.0, 2020-01-01",
    ":email: a@b.org",
    "== !",
    "=== Work",
    "[.role]",
    "----",
    "****",
    "term:: text",
    "* item",
    "** sub",
    ". step",
    "|===",
    "|a |b",
    "link:https://x[t] *b* _i_ {email} image:x.png[]",
    "////",
    "// c",
    "+",
    "Plain<br>text `<br>` Vec<T>",
    "",
];

fn mangle(line: &str, cut: usize, junk: &str) -> String {
    let mut s = line.to_string();
    // Cut at a char boundary near `cut`.
    let mut at = cut.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    s.insert_str(at, junk);
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let p = ResumeParser::new();
        let r = p.parse(&text);
        let (r2, notes) = p.explain(&text);
        prop_assert_eq!(r, r2);
        prop_assert_eq!(notes.len(), text.lines().count());
        let _ = p.warnings(&text);
    }

    #[test]
    fn mangled_resume_lines_never_panic(
        picks in prop::collection::vec((0..LINES.len(), 0usize..80, "[ $\\\\#*•◦–—|:,.()<>/0-9a-zA-Zéè年月İßÀ\u{a0}\u{200b}]{0,6}"), 0..60)
    ) {
        let text: String = picks
            .iter()
            .map(|(i, cut, junk)| mangle(LINES[*i], *cut, junk))
            .collect::<Vec<_>>()
            .join("\n");
        let p = ResumeParser::new();
        let r = p.parse(&text);
        // Whatever came out serialises as JSON Resume.
        prop_assert!(serde_json::to_string(&r).is_ok());
        let (_, notes) = p.explain(&text);
        prop_assert_eq!(notes.len(), text.lines().count());
    }

    #[test]
    fn mangled_markup_never_panics(
        picks in prop::collection::vec((0..MARKUP_LINES.len(), 0usize..40, "[ *=:.|`_/~<>\\[\\]#+-]{0,4}"), 0..50),
        markup in prop::sample::select(vec![Markup::Org, Markup::Rst, Markup::AsciiDoc, Markup::Markdown]),
    ) {
        let text: String = picks
            .iter()
            .map(|(i, cut, junk)| mangle(MARKUP_LINES[*i], *cut, junk))
            .collect::<Vec<_>>()
            .join("\n");
        let p = ResumeParser::new();
        let r = p.parse_as(&text, markup);
        prop_assert!(serde_json::to_string(&r).is_ok());
        let (r2, notes) = p.explain_as(&text, markup);
        prop_assert_eq!(r, r2);
        prop_assert_eq!(notes.len(), text.lines().count());
    }
}
