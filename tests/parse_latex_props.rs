//! Property tests for the LaTeX reader: whatever `.tex` source comes in — unbalanced
//! braces, a backslash at the end, deep nesting, macros that call themselves, random
//! mixes of résumé-class macros — `parse_as(…, Markup::Latex)` returns without a
//! panic, gives a note for every source line, and takes time linear in the input.

mod common;

use proptest::prelude::*;
use proptest::sample::select;
use std::time::{Duration, Instant};
use vitae::parse::{Markup, ResumeParser};

fn config(cases: u32) -> ProptestConfig {
    common::props::fixed(0x6c61_7465_7870_7270, cases, 200)
}

/// Pieces of résumé LaTeX, for the generator to string together in any order.
const PIECES: &[&str] = &[
    "\\documentclass{moderncv}\n",
    "\\begin{document}\n",
    "\\end{document}\n",
    "\\name{Ada}{Quill}\n",
    "\\social[github]{aq}",
    "\\section{Experience}\n",
    "\\cventry{2019--2021}{Baker}{Crumb \\& Co}{Leeds}{}{Bread.}\n",
    "\\cvitem{Tools}{Oven}",
    "\\resumeSubheading{A}{B}{C}{D}",
    "\\newcommand{\\x}[2]{\\textbf{#1} \\hfill #2 \\\\}",
    "\\newcommand{\\loop}{\\loop}",
    "\\def\\twice#1{#1#1}",
    "\\x{Title}{2020}",
    "\\loop ",
    "\\twice{\\twice{\\twice{ab}}}",
    "\\begin{itemize}",
    "\\end{itemize}",
    "\\item[$-$] ",
    "\\begin{tabular}{ll}",
    "\\end{tabular}",
    " & ",
    "\\\\",
    "{",
    "}",
    "[",
    "]",
    "%",
    "\\",
    "\\'",
    "\\\"{o}",
    "\\c",
    "$",
    "#1",
    "~",
    "--",
    "\n\n",
    "\n",
    " word ",
    "\\textbf{",
    "\\href{http://x.org}{",
    "\\begin{verbatim}",
    "\\begin{cv}{",
    "\\cvtag{Rust}",
    "\\ecvtitle{2020}{Job}",
    "é",
];

fn check(text: &str) -> Result<(), TestCaseError> {
    let parser = ResumeParser::new();
    let resume = parser.parse_as(text, Markup::Latex);
    let (again, notes) = parser.explain_as(text, Markup::Latex);
    prop_assert_eq!(&resume, &again, "explain parses the same résumé");
    prop_assert_eq!(notes.len(), text.lines().count());
    Ok(())
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn macro_soup(pieces in prop::collection::vec(select(PIECES), 0..120)) {
        check(&pieces.concat())?;
    }
}

#[test]
fn degenerate_sources() {
    let deep_braces = "{".repeat(50_000);
    let deep_args = "\\textbf{".repeat(5_000);
    let closed = format!("{}x{}", "\\emph{".repeat(3_000), "}".repeat(3_000));
    let brackets = "\\item[".repeat(5_000);
    let recursive = "\\newcommand{\\a}{\\a\\a}\\begin{document}\\a\\end{document}".to_string();
    for text in [
        String::new(),
        "\\".into(),
        "\\begin{document}\\".into(),
        "}}}}{{{".into(),
        deep_braces,
        deep_args,
        closed,
        brackets,
        recursive,
    ] {
        let _ = ResumeParser::new().parse_as(&text, Markup::Latex);
    }
}

/// A moderncv body of `entries` entries, with macros the document defines.
fn body(entries: usize) -> String {
    let mut s = String::from(
        "\\documentclass{moderncv}\n\\name{Ada}{Quill}\n\\newcommand{\\role}[2]{\\textbf{#1} \\hfill #2\\\\}\n\\begin{document}\n\\section{Experience}\n",
    );
    for k in 0..entries {
        s.push_str(&format!(
            "\\cventry{{20{:02}--2021}}{{Baker {k}}}{{Crumb \\& Co}}{{Leeds}}{{}}{{\\begin{{itemize}}\\item Baked {{\\'e}}clairs \\item Sold\\end{{itemize}}}}\n\\role{{Chef}}{{2020}}\n",
            k % 100
        ));
    }
    s.push_str("\\end{document}\n");
    s
}

/// Reading time grows linearly: eight times the source takes well under the 64 times
/// a quadratic reader would need (the bound is loose for a busy debug build).
#[test]
fn lowering_time_grows_linearly() {
    let parser = ResumeParser::new();
    let time = |text: &str| {
        let t = Instant::now();
        let _ = parser.parse_as(text, Markup::Latex);
        t.elapsed()
    };
    let small = body(40);
    let large = body(320);
    let _ = time(&small);
    let a = time(&small).max(Duration::from_millis(1));
    let b = time(&large);
    assert!(
        b < a * 24 + Duration::from_millis(200),
        "{} bytes took {a:?}, {} bytes took {b:?}",
        small.len(),
        large.len()
    );
}
