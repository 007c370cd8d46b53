//! Property tests for the text parser: whatever the input, `ResumeParser::parse`
//! returns (no panic) within a time bound, gives the same résumé every time, and that
//! résumé survives a JSON round trip as a valid `Resume`.
//!
//! Inputs: arbitrary strings and Unicode, very long lines, thousands of lines, random
//! mixes of résumé-looking lines (headings, bullets, dates, LaTeX math, tags, contact
//! details, control characters), and the generated corpus' layouts with lines deleted,
//! duplicated, swapped, cut or joined. Case counts keep this to seconds in debug builds.

mod common;

mod gencorpus;

use gencorpus::layouts::LAYOUTS;
use gencorpus::rng::Rng;
use gencorpus::sample;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::string::string_regex;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use vitae::model::Resume;
use vitae::parse::ResumeParser;

/// A hang detector, not a speed target (benchmarks hold those): generous enough for a
/// debug build on a busy machine, where tests run in parallel on shared cores.
fn time_bound(text: &str) -> Duration {
    Duration::from_millis(10_000 + text.len() as u64 / 100)
}

/// Parse on a separate thread so a hang fails the test instead of stalling it.
fn parse_bounded(text: &str) -> Result<(Resume, Duration), String> {
    let (tx, rx) = mpsc::channel();
    let owned = text.to_string();
    std::thread::spawn(move || {
        let t = Instant::now();
        let r = ResumeParser::new().parse(&owned);
        let _ = tx.send((r, t.elapsed()));
    });
    let bound = time_bound(text);
    match rx.recv_timeout(bound) {
        Ok(x) => Ok(x),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "parse took longer than {bound:?} on {} bytes",
            text.len()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("parse panicked".into()),
    }
}

fn config(cases: u32, max_shrink_iters: u32) -> ProptestConfig {
    common::props::fixed(0x7669_7461_6570_7270, cases, max_shrink_iters)
}

/// The three properties every input must satisfy.
fn check(text: &str) -> Result<(), TestCaseError> {
    let (first, _) = parse_bounded(text).map_err(TestCaseError::fail)?;
    let again = ResumeParser::new().parse(text);
    prop_assert_eq!(&first, &again, "parse is not deterministic");
    let json =
        serde_json::to_string(&first).map_err(|e| TestCaseError::fail(format!("to JSON: {e}")))?;
    let back: Resume = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("from JSON: {e}\n{json}")))?;
    prop_assert_eq!(&back, &first, "JSON round trip changed the résumé");
    Ok(())
}

const HEADINGS: &[&str] = &[
    "Experience",
    "WORK EXPERIENCE",
    "Professional Experience",
    "Employment",
    "Education",
    "EDUCATION",
    "Academic Background",
    "Projects",
    "Selected Projects",
    "Skills",
    "Technical Skills",
    "Honors & Awards",
    "Awards",
    "Publications",
    "Summary",
    "Languages",
    "Projects (Cont.)",
    "Profile picture",
    "Contact",
    "Volunteer",
    "Certifications",
];
const GLYPHS: &[&str] = &[
    "•", "◦", "o", "O", "-", "*", "▪", "●", "–", "›", "■", "·", "1.", "a)",
];
const MONTHS: &[&str] = &[
    "Jan", "Feb.", "March", "Sept", "Sep", "May", "Dec", "Mär", "09", "9", "13", "00", "Spring",
    "Fall",
];
const SEPS: &[&str] = &[
    " – ",
    "-",
    " - ",
    "—",
    " to ",
    " ~ ",
    "/",
    "",
    " – – ",
    "–\n",
];
const ENDS: &[&str] = &[
    "Present", "present", "Now", "Current", "expected", "", "today", "TBD",
];

fn heading() -> impl Strategy<Value = String> {
    (select(HEADINGS), 0usize..7, any::<bool>()).prop_map(|(h, deco, caps)| {
        let h = if caps {
            h.to_uppercase()
        } else {
            h.to_string()
        };
        match deco {
            0 => h,
            1 => format!("# {h}"),
            2 => format!("#### {h}"),
            3 => format!("**{h}**"),
            4 => format!("{h}:"),
            5 => format!("## **{h}**"),
            _ => format!("{h}\n{}", "-".repeat(h.len())),
        }
    })
}

fn words() -> impl Strategy<Value = String> {
    string_regex("[A-Za-zÀ-ÿ0-9,.()&/+#'-]{1,12}( [A-Za-zÀ-ÿ0-9,.()&/+#@|'-]{1,12}){0,18}").unwrap()
}

fn date_range() -> impl Strategy<Value = String> {
    (
        select(MONTHS),
        1890i32..2110,
        select(SEPS),
        select(MONTHS),
        1890i32..2110,
        select(ENDS),
        0usize..6,
    )
        .prop_map(|(m1, y1, sep, m2, y2, end, shape)| match shape {
            0 => format!("{m1} {y1}{sep}{m2} {y2}"),
            1 => format!("{m1} {y1}{sep}{end}"),
            2 => format!("{y1}/{m1}{sep}{y2}.{m2}"),
            3 => format!("${m1}\\ {y1}{sep}{m2}\\ {y2}$"),
            4 => format!("{y1}{sep}{y2}"),
            _ => format!("{m1}{sep}{y2}"),
        })
}

/// Lines that look like parts of a résumé, and debris.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => heading(),
        4 => (select(GLYPHS), words()).prop_map(|(g, w)| format!("{g} {w}")),
        2 => (" {1,8}", select(GLYPHS), words()).prop_map(|(i, g, w)| format!("{i}{g} {w}")),
        3 => date_range(),
        2 => (words(), date_range()).prop_map(|(w, d)| format!("{w}  {d}")),
        2 => (words(), " {2,60}", date_range()).prop_map(|(w, s, d)| format!("{w}{s}{d}")),
        2 => (words(), words(), words()).prop_map(|(a, b, c)| format!("{a} at {b}, {c} (2019–2021)")),
        2 => (words(), words()).prop_map(|(a, b)| format!("{a} • {b}, TX")),
        1 => words().prop_map(|w| format!("{w} <sup>rd</sup> </sup><sup>")),
        1 => words().prop_map(|w| format!("<b>{w}</i> <a href=\"javascript:x\">{w}")),
        1 => words().prop_map(|w| format!("$\\mathbf{{{w}}}$ \\$ $ \\\\ ${w}")),
        1 => string_regex("[a-z.+_]{0,12}@[a-z-]{0,10}(\\.[a-z]{0,5}){0,3}").unwrap(),
        1 => string_regex("\\+?[0-9 ()./-]{0,24}").unwrap(),
        1 => string_regex("(https?://)?(www\\.)?[a-z0-9.-]{0,20}/[a-z0-9/_.-]{0,20}").unwrap(),
        1 => string_regex("(Languages|Tools|Skills)?: ?([A-Za-z+#./ ]{0,10}[,;|·] ?){0,12}").unwrap(),
        1 => (1u32..20, 1u32..20).prop_map(|(a, b)| format!("Page {a} of {b}")),
        1 => string_regex("[\\x00-\\x1f\\x7f\u{200b}\u{200d}\u{feff}\u{202e}\u{fb01}\u{00a0}\u{0301}]{1,6}").unwrap(),
        1 => "\\PC{0,60}",
        1 => Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(config(256, 512))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn arbitrary_unicode_lines(lines in prop::collection::vec("\\PC{0,80}", 0..60), crlf in 0usize..3) {
        let nl = ["\n", "\r\n", "\r"][crlf];
        check(&lines.join(nl))?;
    }
}

proptest! {
    #![proptest_config(config(96, 256))]

    #[test]
    fn resume_like_line_mixes(lines in prop::collection::vec(line(), 0..150)) {
        check(&lines.join("\n"))?;
    }

    #[test]
    fn mutated_layouts(
        layout in 0..LAYOUTS.len(),
        person in 0u64..1000,
        edits in prop::collection::vec((0u8..6, any::<Index>()), 0..24),
        extra in prop::collection::vec(line(), 0..4),
    ) {
        let s = sample(&LAYOUTS[layout], layout, person);
        let mut lines: Vec<String> = s.text.lines().map(str::to_string).collect();
        let mut extra = extra.into_iter();
        for (op, at) in edits {
            if lines.is_empty() {
                break;
            }
            let i = at.index(lines.len());
            match op {
                0 => { lines.remove(i); }
                1 => { let l = lines[i].clone(); lines.insert(i, l); }
                2 if i + 1 < lines.len() => lines.swap(i, i + 1),
                3 => {
                    // Cut a line at a character boundary, as a truncated conversion would.
                    let n = lines[i].chars().count() / 2;
                    lines[i] = lines[i].chars().take(n).collect();
                }
                4 if i + 1 < lines.len() => { let next = lines.remove(i + 1); lines[i].push_str(&next); }
                _ => if let Some(x) = extra.next() { lines.insert(i, x); },
            }
        }
        check(&lines.join("\n"))?;
    }
}

proptest! {
    #![proptest_config(config(8, 16))]

    #[test]
    fn very_long_lines(unit in "\\PC{1,10}", repeat in 300usize..2_000, glyph in select(GLYPHS)) {
        let long = unit.repeat(repeat);
        check(&long)?;
        check(&format!("EXPERIENCE\n{glyph} {long}\nEducation\n{long}"))?;
    }

    #[test]
    fn thousands_of_lines(seed in any::<u64>(), min_lines in 1_000usize..3_000) {
        // Many generated résumés back to back, their lines partly shuffled: thousands of
        // lines of plausible content with every kind of heading, date and bullet.
        let mut rng = Rng::new(seed);
        let mut lines: Vec<String> = Vec::new();
        while lines.len() < min_lines {
            let li = rng.below(LAYOUTS.len());
            let s = sample(&LAYOUTS[li], li, rng.below(10_000) as u64);
            lines.extend(s.text.lines().map(str::to_string));
        }
        for _ in 0..lines.len() / 10 {
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
        }
        check(&lines.join("\n"))?;
    }
}

#[test]
fn degenerate_inputs() {
    let cases: Vec<String> = vec![
        String::new(),
        "\n".repeat(50_000),
        " ".repeat(100_000),
        "•\n".repeat(5_000),
        "$".repeat(10_001),
        "<sup>".repeat(5_000),
        "EXPERIENCE\n".repeat(3_000),
        "Jan 2020 – Present\n".repeat(3_000),
        "- \n".repeat(3_000) + "tail",
        "\u{feff}\u{200b}\r\r\n\t\u{0}".repeat(2_000),
        "é".repeat(50_000) + "\u{0301}",
        "(".repeat(20_000) + &")".repeat(20_000),
        "a@b.c ".repeat(10_000),
        // One line of many slash dates, and many brackets in a header line.
        "EXPERIENCE\n".to_string() + &"01/02/2020 ".repeat(8_000),
        "EXPERIENCE\nBaker, Crumb (".to_string() + &"(".repeat(20_000) + &")".repeat(20_000),
    ];
    for c in cases {
        check(&c).unwrap_or_else(|e| {
            panic!(
                "{e} on input starting {:?}",
                c.chars().take(40).collect::<String>()
            )
        });
    }
}

/// Parse time grows linearly with the input. Eight times the text (4 KB → 32 KB) takes
/// about eight times as long; a quadratic step makes it 64. A shape fails when the
/// large text takes more than 24 times as long as the small one *and* more than a
/// second (a linear parse of 32 KB takes a fraction of that even in a debug build), so
/// a busy machine alone cannot fail it. Best of up to three runs each.
#[test]
fn parse_time_grows_linearly() {
    let parser = ResumeParser::new();
    let time = |text: &str| {
        let t = Instant::now();
        std::hint::black_box(parser.parse(text));
        t.elapsed()
    };
    let shapes: &[(&str, &str)] = &[
        ("LaTeX math on one line", "$May\\ 2022-Aug\\ 2022$ "),
        ("dollar signs and escapes on one line", "$\\ "),
        ("tags on one line", "1<sup>st</sup> <b>x</i> "),
        ("words on one line", "word, "),
        ("parentheses on one line", "(a) "),
        (
            "bullet lines",
            "• Built a thing with Rust and Go, cutting latency by 40%\n",
        ),
        ("date lines", "Jan 2020 – Present\n"),
        ("heading lines", "EXPERIENCE\n"),
        (
            "entry headers",
            "Engineer at Acme Inc, Austin, TX (2019–2021)\nAcme • Austin, TX\n",
        ),
        ("blank lines", "\n"),
    ];
    let mut slow = Vec::new();
    for (what, unit) in shapes {
        let n = 4_000 / unit.len() + 1;
        let (small, large) = (unit.repeat(n), unit.repeat(8 * n));
        let a = (0..3).map(|_| time(&small)).min().unwrap();
        let too_slow = |b: Duration| b > a * 24 && b > Duration::from_secs(1);
        let mut b = Duration::MAX;
        for _ in 0..3 {
            b = b.min(time(&large));
            if !too_slow(b) || b > Duration::from_secs(4) {
                break;
            }
        }
        if too_slow(b) {
            slow.push(format!(
                "{what}: {} bytes in {a:?}, {} bytes in {b:?}",
                small.len(),
                large.len()
            ));
        }
    }
    assert!(
        slow.is_empty(),
        "parse time grows faster than the input:\n{}",
        slow.join("\n")
    );
}
