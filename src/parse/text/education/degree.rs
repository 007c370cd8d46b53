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
use crate::parse::text::memo;
use crate::parse::text::vocab;

/// Spanish "Máster en …", "Grado en …", "Diplomatura": degrees only before a field, as
/// "Master" is. One name: "Licence professionnelle", "QQI Level 5 Certificate" (a level
/// names the award), "Ingénieur civil électricien"; "Dr. med." ending a line (no title);
/// the vocational tracks of secondary school: Portuguese "Curso Profissional de Técnico
/// de …", Brazilian "Curso Técnico em …", Spanish "Ciclo Formativo de Grado Medio".
static LONG_DEGREE: Pattern = Pattern::folded(
    r"(?i)(?-u:\b)(?:(?:bachelor|m[aá]ster|doctor|associate)(?:['’]?s)?(?:\s+degree)?(?:\s+of\s+(?:applied\s+)?(?:science|arts|engineering|fine\s+arts|business\s+administration|philosophy|laws|education|technology|music|nursing\s+practice|nursing|architecture|commerce|public\s+health|social\s+work|medicine|surgery|computer\s+applications|design|information\s+technology|mathematics|economics|research|pharmacy|letters))?|ph\.?\s?d\.?|doctorate|licentiate|(?:strukturiertes\s+)?promotionsstudium|promotion\s+\(dr\.[^)]{0,20}\)|ingenier[ií]a|\w*(?:fachwirt|betriebswirt)(?:in)?|high\s+school\s+diploma|ausbildung|umschulung|curso\s+(?:profissional|t[ée]cnico)|ciclo\s+formativo(?:\s+de\s+grado\s+(?:medio|superior))?|(?:btec\s+(?:extended\s+|national\s+)?)?(?:level\s+\d\s+(?:extended\s+|national\s+)?)?(?:postgraduate\s+|graduate\s+)?diploma|abitur|fachabitur|berufsmatura|(?:allgemeine\s+|fachgebundene\s+)?(?:fach)?hochschulreife|licenciatura|licence\s+professionnelle|grado|diplomatura|laurea(?:\s+(?:magistrale|triennale))?|dottorato(?:\s+di\s+ricerca)?|doutorado|doctorado|doctorat|maestr[ií]a|dipl[ôo]me\s+d['’][ÉéEe]tat(?:\s+d['’]architecte)?|class\s+1[02](?:th)?|dipl\.-\w+\.?|diplom(?:-\w+)?|magister(?:\s+in[żz]ynier)?|in[żz]ynier|licencjat|kandidatexamen|masterexamen|civilingenj[öo]r|h[öo]gskoleingenj[öo]r|yrkesh[öo]gskoleexamen|vwo|havo|propedeuse|staatsexamen|ma[iî]trise|mestrado|ensino\s+secund[áa]rio|ensino\s+m[ée]dio|(?:nvq|svq)(?:\s+level\s+\d)?|ingeniero|ing[ée]nieur(?:\s+civil(?:\s+\w*(?:ien|iste|iel))?)?|dr\.\s?(?:med(?:\.\s?dent)?|rer\.\s?nat|rer\.\s?pol|phil|jur|ing)\.\s*$|(?:higher|senior|upper)\s+secondary(?:\s+(?:school\s+)?certificate)?|secondary\s+school\s+certificate|pg\s?cert(?:ificate)?|pg\s?dip(?:loma)?|(?:national\s+)?senior\s+certificate|leaving\s+certificate|high\s+school|a[- ]levels?|gcses?|international\s+baccalaureate|(?:(?:qqi|fetac)\s+)?(?:level\s+\d\s+)?(?:(?:postgraduate|graduate|advanced|professional)\s+)?certificate)(?:\s+degree)?",
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

/// The text after a word that leads from a degree to its field ("in", "of", and the
/// French, Spanish and Portuguese "en", "em"), in any case ("PHD IN BIOLOGY").
fn after_connector(t: &str) -> Option<&str> {
    let (w, rest) = t.split_once(' ')?;
    crate::parse::text::lexicon::FIELD_CONNECTORS
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
        .then_some(rest)
}

/// The length of " by Research" (or coursework, thesis) right after a degree, else 0.
fn by_mode(rest: &str) -> usize {
    ["by research", "by coursework", "by thesis"]
        .iter()
        .find(|m| {
            rest.starts_with(' ')
                && rest
                    .get(1..=m.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(m))
                && !rest[m.len() + 1..].starts_with(char::is_alphanumeric)
        })
        .map_or(0, |m| m.len() + 1)
}

/// School-leaving qualifications whose short names are no other word: unlike "Master"
/// or "Associate", they name the qualification wherever they stand on a line.
const SHORT_QUALIFICATIONS: &[&str] = &["abitur", "fachabitur", "berufsmatura"];

/// The degree in `s`, found once a line while the memo holds it (see
/// [`memo`](crate::parse::text::memo)): an entry's lines are looked into for a degree
/// by several readers.
pub fn degree(s: &str) -> Option<Degree> {
    thread_local!(static FOUND: memo::Table<String, Option<Degree>> = Default::default());
    memo::remembered_text(&FOUND, s, find)
}

fn find(s: &str) -> Option<Degree> {
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
            // "Ingeniería" names a discipline too ("Gerente de Ingeniería"): a degree
            // only before its field ("Ingeniería en Sistemas").
            if t.to_lowercase().starts_with("ingenier") && t.len() > 10 {
                return after_connector(after).is_some();
            }
            // German vocational training names its trade after "zum"/"zur" ("Ausbildung
            // zur Pflegerin"); alone it heads a section.
            if t.eq_ignore_ascii_case("ausbildung") || t.eq_ignore_ascii_case("umschulung") {
                return after.starts_with("zum ") || after.starts_with("zur ");
            }
            // "Associate" alone is a job title's first word ("Associate Product Manager").
            SHORT_QUALIFICATIONS
                .iter()
                .any(|q| t.eq_ignore_ascii_case(q))
                || t.contains(' ')
                || t.contains('\'')
                || t.len() > 8 && !t.eq_ignore_ascii_case("associate")
                || after_connector(after).is_some()
                || after.starts_with(',')
                // "Associate: Nursing": a label's colon, with the field after it.
                || after.starts_with(": ")
        })
        .or_else(|| abbreviated(s));
    let Some(m) = m else {
        return column_degree(s);
    };
    // "Marine Biology (BSc)": the degree's short form in brackets after its field.
    if let Some(d) = bracketed_after_field(s, &m) {
        return Some(d);
    }
    // "BA (Hons)": the honours mark is part of the degree's name as written.
    // Written in any case, with or without its abbreviation's dot: "(hons.)".
    let hons = s[m.end..]
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case(" (hons"))
        .and_then(|_| s[m.end + 6..].find(')').filter(|&c| c <= 1))
        .map(|c| m.end + 6 + c + 1);
    let type_end = hons.unwrap_or(m.end);
    // "MA by Research", "MSc by Coursework": how the degree was taken is part of its name.
    let type_end = type_end + by_mode(&s[type_end..]);
    let start = with_modifier(s, m.start);
    let study_type = s[start..type_end].trim().to_string();
    // A school-leaving certificate has no field: a name after it is the school.
    let school_leaving = super::words::school_leaving(&study_type);
    let (area, end) = if school_leaving && after_connector(s[type_end..].trim_start()).is_none() {
        (None, type_end)
    } else {
        field_after(s, type_end)
    };
    // "Ensino Secundário – Curso de Línguas e Humanidades": the programme's own word
    // before its field names no field.
    let area = area.map(|a| {
        let l = a.to_lowercase();
        crate::parse::text::lexicon::PROGRAMME_LEADS
            .iter()
            .find(|p| l.starts_with(*p) && a.len() > p.len())
            .map_or(a.clone(), |p| a[p.len()..].trim().to_string())
    });
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
    // "Bachelor of Nursing": the field the degree names, where nothing after it does.
    let area = super::words::area_beside_named(area, &study_type, &s[type_end..]);
    Some(Degree {
        study_type,
        area,
        span: start..end,
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
    let (body, conn) = if let Some(b) = after_connector(t) {
        (b, t.len() - b.len())
    } else if t.starts_with(": ") && t.contains(", ") {
        // "A Levels: English (A), History (B)": subjects, not one field.
        return (None, i);
    } else if let Some(b) = t
        .strip_prefix(", ")
        .or_else(|| t.strip_prefix(": "))
        // "…, grade Licence", "…, mention Recherche": a field is a name, capitalised; a
        // lower-case word after the comma opens a note on the degree.
        .filter(|b| !b.starts_with(char::is_lowercase))
    {
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
        .min(school)
        .min(formula_at(body));
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

/// Where a formula naming the level a degree confers starts in its field ("Architecture
/// au grade Master"), or the field's end.
fn formula_at(body: &str) -> usize {
    crate::parse::text::lexicon::LEVEL_FORMULAS
        .iter()
        .filter_map(|f| body.find(f))
        .min()
        .unwrap_or(body.len())
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

mod short;
use short::{abbreviated, bracketed_after_field, with_modifier};

#[cfg(test)]
mod tests;
