//! Grades of a degree as written: a labelled grade in any of the lexicon's languages
//! ("GPA: 3.9", "Note 1,3", "voto 110/110"), a grade out of a usual scale, a
//! percentage, a British class ("2:1", "First Class").
//!
//! Takes a piece of an education line; gives the grade and the text without it. Where
//! the grade goes (score, honours) is `education`'s.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::pattern::Pattern;

/// A grade after its label, in any of the lexicon's languages ("GPA: 3.9", "Note 1,3"),
/// with its scale after a slash or "out of" ("3.8 out of 4.0"), or the unit Portugal's
/// scale of twenty names ("16 valores").
/// Case-blind over a long word list, so folded: it compiles without case folding for
/// text with no letter outside ASCII (most lines), a quarter of the full compile time.
static GPA: LazyLock<Pattern> = LazyLock::new(|| {
    let words = crate::parse::text::lexicon::GRADE_WORDS.join("|");
    // Built once per process from the lexicon: a `Pattern` holds its source for good.
    Pattern::folded(String::leak(format!(
        r"(?i)\b(?:{words})\b\s*(?:(?:of|de)\s+)?[:=]?\s*(\d+(?:[.,]\d+)?(?:\s*(?:/|out\s+of)\s*\d+(?:[.,]\d+)?)?(?:\s+valores)?)"
    )))
});
/// A grade out of a usual scale with no label: 3.8/4.0, 8.5/10, 92/100, 110/110 (Italy's
/// degree scale), with "cum laude" or "e lode" after it. Not 17/20: "10/20" is as often a
/// month and a year.
static GPA_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-4][.,]\d{1,2}\s*/\s*(?:4|5|10)(?:[.,]0{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s*/\s*(?:100|110)(?:\s+(?:e lode|cum laude|con lode))?)(?-u:\b)").unwrap()
});
/// A British degree class ("First Class Honours", "Upper Second", "Distinction"): the
/// grade of the degree, which the labelling rules score. An Irish or older British
/// second class names its half after it ("Second Class Honours, Grade 1", "Division
/// II"): that is part of the class, not a grade of its own.
pub(in crate::parse::text::education) static CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:first|upper second|lower second|second|third)[- ]class(?: honou?rs)?(?: degree)?(?:,?\s*\(?(?:grade|division)\s+(?:1|2|i{1,2}|one|two)\)?)?|distinction|merit)(?-u:\b)").unwrap()
});
/// A percentage ("91%") or a British classification ("(2:1)") standing as the grade.
static GRADE_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s|,(])((?:[5-9]\d|100)(?:[.,]\d{1,2})?\s?%|[12]:[12])(?:$|[\s|,)])")
        .unwrap()
});

/// The grade as written: "4.0/4.0", "3.91", "17/20", "91%", "2:1".
pub fn score(s: &str) -> Option<String> {
    // "First class degree (average 80%)": a class with its mark after it in brackets is
    // the grade as written, the mark's own label ("average") no grade of its own.
    // "Second Class Honours, Grade 1": the class with its half, which the grade label
    // inside it would otherwise cut to "1".
    if let Some(c) = class(s).filter(|c| c.ends_with(')') || has_half(c)) {
        return Some(c);
    }
    GPA.group_span(s, 1)
        .map(|r| s[r].trim().to_string())
        .or_else(|| bare_gpa(s).map(|c| c[1].trim().to_string()))
        // "First class degree (average 80%)": the class is the grade, its mark a note.
        .or_else(|| class(s))
        .or_else(|| other_grade(s).map(|c| c[1].trim().to_string()))
}

// The patterns below are only run on text holding a character each needs: most
// education lines have none, and a run that never needs a pattern never compiles it.

/// [`GPA_BARE`]: both its forms are a score over a scale, written with a slash.
fn bare_gpa(s: &str) -> Option<regex::Captures<'_>> {
    s.contains('/').then(|| GPA_BARE.captures(s)).flatten()
}

/// [`GRADE_OTHER`]: a percentage or a British class as "2:1".
fn other_grade(s: &str) -> Option<regex::Captures<'_>> {
    s.contains(['%', ':'])
        .then(|| GRADE_OTHER.captures(s))
        .flatten()
}

/// Whether `s` may hold a [`CLASS`]: each of its forms holds one of these words. Text
/// outside ASCII goes to the pattern, whose case folding reaches beyond ASCII.
fn may_hold_class(s: &str) -> bool {
    !s.is_ascii()
        || ["class", "distinction", "merit"].iter().any(|w| {
            s.as_bytes()
                .windows(w.len())
                .any(|win| win.eq_ignore_ascii_case(w.as_bytes()))
        })
}

/// A class written with its half ("…, Grade 1", "… Division II").
fn has_half(class: &str) -> bool {
    let l = class.to_lowercase();
    l.contains("grade") || l.contains("division")
}

/// A British degree class standing as a piece of its own or after the field ("BA
/// Philosophy First Class", "MA, Distinction"), not inside prose.
fn class(s: &str) -> Option<String> {
    if !may_hold_class(s) {
        return None;
    }
    let m = CLASS.find(s)?;
    // "Graduated with distinction" is an honour, which the rules keep out.
    if s[..m.start()].to_lowercase().trim_end().ends_with("with") {
        return None;
    }
    let after = s[m.end()..].trim_start();
    let ends_piece = after.is_empty() || after.starts_with([',', ';', '|', ')', '.', '(']);
    // A bracket right after the class holding its mark belongs to it as written.
    let mark = after
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|c| &after[..c + 2]))
        .filter(|b| b.contains(|c: char| c.is_ascii_digit()));
    ends_piece.then(|| match mark {
        Some(b) => format!("{} {b}", m.as_str()),
        None => m.as_str().to_string(),
    })
}

/// The text without its grade: a bracket holding it ("(GPA: 3.20)") or the part after
/// the last separator before it ("; Grade: 8.8/10"). None when there is no grade.
pub(super) fn without_grade(s: &str) -> Option<String> {
    // "Second Class Honours, Grade 1": the label inside a class is no grade to cut.
    if class(s).is_some_and(|c| has_half(&c)) {
        return None;
    }
    let m = GPA
        .find_span(s)
        .or_else(|| bare_gpa(s).and_then(|c| c.get(0)).map(|m| m.range()))?;
    if let Some(open) = s[..m.start].rfind('(') {
        if let Some(close) = s[m.end..].find(')') {
            let end = m.end + close + 1;
            if end - open <= 40 {
                return Some(format!("{} {}", &s[..open], &s[end..]));
            }
        }
    }
    let start = s[..m.start]
        .rfind([',', ';', '|', '·', '•'])
        .unwrap_or(m.start);
    Some(format!("{} {}", &s[..start], &s[m.end..]))
}

/// "Abitur: 1.6", "Staatsexamen: Note 1,0": a qualification and its grade after a
/// colon, written as a line of its own under the school. Gives the two.
pub(super) fn degree_and_grade(s: &str) -> Option<(String, String)> {
    let (head, rest) = s.split_once(':')?;
    let head = head.trim();
    let d = super::degree(head).filter(|d| d.span.start == 0 && d.span.end == head.len())?;
    let rest = rest.trim();
    let grade = score(rest).or_else(|| {
        BARE_NUMBER
            .is_match(rest)
            .then(|| rest.trim_end_matches('.').to_string())
    })?;
    Some((d.study_type, grade))
}

/// A grade that is a number alone ("1.6", "2,3").
static BARE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:[.,]\d{1,2})?\.?$").unwrap());
