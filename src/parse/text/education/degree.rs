//! A degree in a line: its name in long ("Master of Science"), abbreviated ("M.Sc.",
//! "B.B.A.") or school-leaving form ("A Levels", "National Senior Certificate"), a bare
//! level in a column of its own ("… Civil Engineering   Master"), and the field of
//! study after or before it, and a second degree written on the same line. Which line
//! is which field of an entry is `education`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::HONORS;
use crate::parse::pattern::Pattern;
use crate::parse::text::header::has_org_word;
use crate::parse::text::lines::{is_title_case, trim_piece, word_count};
use crate::parse::text::vocab;

static LONG_DEGREE: Pattern = Pattern::folded(
    r"(?i)(?-u:\b)(?:(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\s+degree)?(?:\s+of\s+(?:applied\s+)?(?:science|arts|engineering|fine\s+arts|business\s+administration|philosophy|laws|education|technology|music|nursing|architecture|commerce|public\s+health|social\s+work|medicine|surgery|computer\s+applications|design|information\s+technology|mathematics|economics|research|pharmacy|letters))?|ph\.?\s?d\.?|doctorate|high\s+school\s+diploma|(?:level\s+\d\s+)?(?:postgraduate\s+|graduate\s+)?diploma|abitur|fachabitur|berufsmatura|licenciatura|laurea(?:\s+(?:magistrale|triennale))?|dottorato(?:\s+di\s+ricerca)?|doutorado|doctorado|doctorat|maestr[ií]a|dipl[ôo]me\s+d['’][ÉéEe]tat(?:\s+d['’]architecte)?|class\s+1[02](?:th)?|dipl\.-\w+\.?|diplom(?:-\w+)?|magister(?:\s+in[żz]ynier)?|in[żz]ynier|licencjat|kandidatexamen|masterexamen|civilingenj[öo]r|h[öo]gskoleingenj[öo]r|yrkesh[öo]gskoleexamen|vwo|havo|propedeuse|staatsexamen|ma[iî]trise|mestrado|ingeniero|ing[ée]nieur|(?:higher|senior|upper)\s+secondary(?:\s+(?:school\s+)?certificate)?|secondary\s+school\s+certificate|pg\s?cert(?:ificate)?|pg\s?dip(?:loma)?|(?:national\s+)?senior\s+certificate|leaving\s+certificate|high\s+school|a[- ]levels?|gcses?|international\s+baccalaureate|(?:(?:postgraduate|graduate|advanced|professional)\s+)?certificate)(?:\s+degree)?",
);
/// What sets columns apart in a line: a wide gap or a bar.
static COLUMN_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s{2,}|\s*\|\s*").unwrap());
/// A degree found in a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Degree {
    pub study_type: String,
    pub area: Option<String>,
    /// Bytes of the line the degree and its field occupy.
    pub span: std::ops::Range<usize>,
}

/// Finds an abbreviated degree ("M.S.", "BSc", "MBA") at the start of the text or
/// before "in"/"of".
fn abbreviated(s: &str) -> Option<std::ops::Range<usize>> {
    if !s.contains(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    // The first word that is a word (dates leave separators at the front).
    let first = words
        .iter()
        .position(|(_, w)| w.chars().any(char::is_alphabetic))
        .unwrap_or(0);
    for (k, &(at, w)) in words.iter().enumerate() {
        let core = w.trim_end_matches([',', ':', ';']);
        if !core.chars().any(char::is_uppercase) || !vocab::is_degree_abbrev(core) {
            continue;
        }
        // Two-letter forms only in capitals ("BE", "MS"), never "Me" or "As".
        if core.len() <= 2 && !core.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // Abbreviations that are also words ("March 2022", "Bed and breakfast",
        // "Med Tech") count only in the degree's own mixed case: "MArch", "BEd", "MEd".
        if vocab::is_word_too(core) && !is_mixed_case(core) {
            continue;
        }
        let next = words.get(k + 1).map(|x| x.1.to_lowercase());
        let dotted = core.contains('.') && core.len() > 2;
        let unambiguous = matches!(
            core,
            "MBA"
                | "PhD"
                | "BSc"
                | "MSc"
                | "BEng"
                | "MEng"
                | "BSN"
                | "MPhil"
                | "PGCE"
                | "LLM"
                | "LLB"
                | "BFA"
                | "MFA"
                | "MRes"
                | "BBA"
        );
        let before_field = next.as_deref().is_some_and(|n| n == "in" || n == "of");
        // "School — MA Interaction Design": set off by a dash or bar and followed by a
        // capitalised field. (After a comma "MA" is as likely a state: "Boston, MA".)
        let set_off_before_field = k > 0
            && matches!(words[k - 1].1, "—" | "–" | "-" | "|")
            && words
                .get(k + 1)
                .is_some_and(|(_, n)| n.starts_with(char::is_uppercase) && !vocab::is_state(n));
        if k == first || dotted || unambiguous || before_field || set_off_before_field {
            return Some(at..at + core.len());
        }
    }
    None
}

/// "MArch", "BEd": a capital after the first letter and a small letter somewhere.
fn is_mixed_case(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// The degree and field of study in a line, if it names one.
/// School-leaving qualifications whose short names are no other word: unlike "Master"
/// or "Associate", they name the qualification wherever they stand on a line.
const SHORT_QUALIFICATIONS: &[&str] = &["abitur", "fachabitur", "berufsmatura"];

pub fn degree(s: &str) -> Option<Degree> {
    let m = LONG_DEGREE
        .spans(s)
        .into_iter()
        .find(|r| {
            // "Master" alone must be followed by a field or "'s".
            let t = &s[r.clone()];
            let after = s[r.end..].trim_start();
            // "Eastfield High School" names a school, not a qualification.
            if t.eq_ignore_ascii_case("high school") && named_before(s, r.start) {
                return false;
            }
            // "Certificate" alone must name its field: "Certificate in Nursing", or
            // after a label's colon, "Certificate: Nursing".
            if t.eq_ignore_ascii_case("certificate") {
                return after.starts_with("in ")
                    || after.starts_with("of ")
                    || after.starts_with(',')
                    || after.starts_with(": ");
            }
            // "Associate" alone is a job title's first word ("Associate Product Manager").
            SHORT_QUALIFICATIONS
                .iter()
                .any(|q| t.eq_ignore_ascii_case(q))
                || t.contains(' ')
                || t.contains('\'')
                || t.len() > 8 && !t.eq_ignore_ascii_case("associate")
                || s[r.end..].trim_start().starts_with("in ")
                || s[r.end..].trim_start().starts_with(',')
                // "Associate: Nursing": a label's colon, with the field after it.
                || after.starts_with(": ")
        })
        .or_else(|| abbreviated(s));
    let Some(m) = m else {
        return column_degree(s);
    };
    // "BA (Hons)": the honours mark is part of the degree's name as written.
    // Written in any case, with or without its abbreviation's dot: "(hons.)".
    let hons = s[m.end..]
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case(" (hons"))
        .and_then(|_| s[m.end + 6..].find(')').filter(|&c| c <= 1))
        .map(|c| m.end + 6 + c + 1);
    let type_end = hons.unwrap_or(m.end);
    let study_type = s[m.start..type_end].trim().to_string();
    // A school-leaving certificate has no field: a name after it is the school.
    let school_leaving = {
        let l = study_type.to_lowercase();
        [
            "secondary",
            "high school",
            "a level",
            "a-level",
            "gcse",
            "abitur",
            "baccalaureate",
            "senior cert",
            "leaving cert",
            "fachabitur",
            "matura",
            "class 1",
        ]
        .iter()
        .any(|w| l.contains(w))
    };
    let (area, end) = if school_leaving && !s[type_end..].trim_start().starts_with("in ") {
        (None, type_end)
    } else {
        field_after(s, type_end)
    };
    // "Master of Accountancy", "Bachelor of Environmental Design": a degree named after
    // its field is written whole, and its field is that name's tail.
    let bare_level = matches!(
        study_type.to_lowercase().trim_end_matches(['s', '\'', '’']),
        "master" | "bachelor" | "doctor"
    );
    let study_type = match &area {
        Some(a) if bare_level && s[type_end..].trim_start().starts_with("of ") => {
            format!("{study_type} of {a}")
        }
        _ => study_type,
    };
    Some(Degree {
        study_type,
        area,
        span: m.start..end,
    })
}

/// A bare degree level in a column of its own, its field in the column before:
/// "2018.09 – 2021.06   Kelda University   Civil Engineering   Master".
fn column_degree(s: &str) -> Option<Degree> {
    // Most lines name no degree level: a cheap look before the columns are cut.
    if !["aster", "achelor", "octor", "ASTER", "ACHELOR", "OCTOR"]
        .iter()
        .any(|w| s.contains(w))
    {
        return None;
    }
    let mut cols: Vec<std::ops::Range<usize>> = Vec::new();
    let mut last = 0;
    for gap in COLUMN_GAP.find_iter(s) {
        if gap.start() > last {
            cols.push(last..gap.start());
        }
        last = gap.end();
    }
    if last < s.len() {
        cols.push(last..s.len());
    }
    let k = cols.iter().position(|c| {
        let t = s[c.clone()].trim_end_matches(['.', ',']);
        ["bachelor", "master", "doctor", "bachelor's", "master's"]
            .iter()
            .any(|d| t.eq_ignore_ascii_case(d))
    })?;
    let deg = cols[k].clone();
    let field = k.checked_sub(1).map(|j| cols[j].clone()).filter(|c| {
        let t = &s[c.clone()];
        word_count(t) <= 8
            && !t.chars().any(|c| c.is_ascii_digit())
            && !t.split_whitespace().any(vocab::is_institution_word)
            && !has_org_word(t)
    });
    Some(Degree {
        study_type: s[deg.clone()].to_string(),
        area: field.clone().map(|c| s[c].trim().to_string()),
        span: field.map_or(deg.start, |c| c.start)..deg.end,
    })
}

/// Whether a capitalised word stands right before `at`: a name in front ("Eastfield …").
fn named_before(s: &str, at: usize) -> bool {
    s[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// The field of study after a degree: "in Computer Science", ", Physics", " (thesis…), Art".
fn field_after(s: &str, from: usize) -> (Option<String>, usize) {
    let mut i = from;
    let rest = |i: usize| &s[i..];
    // A capitalised field in brackets right after the degree: "B.Tech (Computer Science)".
    let mut bracketed: Option<(String, usize)> = None;
    // Skip parentheticals and a repeated abbreviation ("Bachelor of Science - BS").
    loop {
        let r = rest(i);
        let t = r.trim_start();
        let skip = r.len() - t.len();
        if t.starts_with('(') {
            let mut depth = 0;
            let mut end = None;
            for (k, c) in t.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(k + 1);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            match end {
                Some(e) => {
                    let inner = t[1..e - 1].trim();
                    let honours =
                        HONORS.is_match(inner) || inner.to_lowercase().starts_with("hons");
                    if bracketed.is_none()
                        && !honours
                        && is_title_case(inner)
                        && word_count(inner) <= 5
                        && !inner.chars().any(|c| c.is_ascii_digit())
                        && !vocab::is_degree_abbrev(inner)
                        // Not an abbreviation ("Dipl.-Inf.") or a school year ("XII").
                        && (!inner.contains('.') || inner.contains(' '))
                        && !inner.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
                    {
                        bracketed = Some((inner.to_string(), i + skip + e));
                    }
                    i += skip + e;
                }
                None => break,
            }
            continue;
        }
        if let Some(after) = t.strip_prefix("- ").or_else(|| t.strip_prefix("– ")) {
            let w = after.split([',', ' ']).next().unwrap_or("");
            if vocab::is_degree_abbrev(w) {
                i += skip + 2 + w.len();
                continue;
            }
        }
        break;
    }
    let r = rest(i);
    let t = r.trim_start();
    let lead = r.len() - t.len();
    let (body, conn) = if let Some(b) = t.strip_prefix("in ").or_else(|| t.strip_prefix("of ")) {
        (b, 3)
    } else if t.starts_with(": ") && t.contains(", ") {
        // "A Levels: English (A), History (B)": subjects, not one field.
        return (None, i);
    } else if let Some(b) = t.strip_prefix(", ").or_else(|| t.strip_prefix(": ")) {
        (b, 2)
    } else if let Some(b) = ["– ", "— ", "- "]
        .iter()
        .find_map(|d| t.strip_prefix(d))
        .filter(|b| b.starts_with(char::is_uppercase))
    {
        // "Bachelor of Science – Accounting": the field set off by a dash.
        (b, t.len() - b.len())
    } else if t.starts_with(|c: char| c.is_uppercase()) && lead > 0 {
        (t, 0)
    } else {
        return match bracketed {
            Some((area, end)) => (Some(area), end),
            None => (None, i),
        };
    };
    // A wide gap (a tab, a column) ends the field as a separator would.
    let gap = body.find("  ").unwrap_or(body.len());
    // "in Data Science at Kelda University": the school follows "at" or "from".
    let school = [" at ", " from "]
        .iter()
        .filter_map(|w| body.find(w))
        .min()
        .unwrap_or(body.len());
    let stop = body
        .find([',', '•', '|', '·', '(', ';', '–', '—'])
        .unwrap_or(body.len())
        .min(gap)
        .min(school);
    let mut area = body[..stop].trim();
    if let Some(p) = area.to_ascii_lowercase().find(" gpa") {
        area = area[..p].trim();
    }
    // "Philosophy First Class": the class is the grade, not part of the field.
    if let Some(m) = super::grade::CLASS
        .find(area)
        .filter(|m| m.end() == area.len() && m.start() > 0)
    {
        area = area[..m.start()].trim();
    }
    let area = trim_piece(area);
    let words: Vec<&str> = area.split_whitespace().collect();
    if area.is_empty()
        || words.len() > 8
        || words.iter().any(|w| vocab::is_institution_word(w))
        || area.chars().any(|c| c.is_ascii_digit())
        || area.to_lowercase().starts_with("gpa")
    {
        return match bracketed {
            Some((area, end)) => (Some(area), end),
            None => (None, i),
        };
    }
    let end = i + lead + conn + body[..stop].len();
    (Some(area.to_string()), end.min(s.len()))
}

/// A second degree right after the first ("…, BSc Mathematics", "… and MA History"):
/// its type and field, and where it ends in `s`.
pub(super) fn second_after(s: &str) -> Option<((String, Option<String>), usize)> {
    let t = s.trim_start_matches([',', ';', '&', ' ']);
    let t = t.strip_prefix("and ").unwrap_or(t);
    // "Bachelor of Science in Nursing (BSN)": the same degree's short form.
    if t.starts_with('(') {
        return None;
    }
    let d = degree(t).filter(|d| d.span.start == 0)?;
    Some(((d.study_type, d.area), s.len() - t.len() + d.span.end))
}

/// "Urban Studies and Bachelor of Design": a field that runs on into a second degree.
pub(super) fn second_in_area(area: &str) -> Option<(String, (String, Option<String>))> {
    let (at, _) = area
        .match_indices(" and ")
        .find(|(at, _)| degree(&area[at + 5..]).is_some_and(|d| d.span.start == 0))?;
    let d = degree(&area[at + 5..])?;
    Some((area[..at].trim().to_string(), (d.study_type, d.area)))
}

#[cfg(test)]
mod tests;
