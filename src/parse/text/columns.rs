//! Two-column résumés laid out side by side (`pdftotext -layout` of a Deedy-style
//! template): the left column (education, skills) and the right one (experience,
//! projects) share every line. Read as they stand, each line mixes two sections.
//!
//! The columns are found by a boundary many lines agree on: text after a gap of two
//! spaces or more always starts at the same character column. Only when section
//! headings stand on *both* sides of that boundary is the text read as two columns — a
//! date column beside entries, or a Europass label column, has headings on one side
//! only and is left alone. The part of the document where no line crosses the boundary
//! is rewritten as the left column followed by the right one; lines above it (a
//! centred name and contact line) stay where they are.
//!
//! The rewrite comes with the source line number of each of its lines, so notes still
//! point at the lines as written.

use super::dates::find_dates;
use super::normalise::Document;
use super::sections::heading_kind;

/// Lines a boundary needs to be believed.
const MIN_SPLIT_LINES: usize = 6;

/// The text with side-by-side columns read one after the other, if it has them, and
/// the source line number (1-based; 0 for an added blank line) of each line.
pub fn linearise(text: &str) -> Option<(String, Vec<usize>)> {
    // Cheap test first: a layout with columns has many wide gaps.
    if text.matches("   ").take(MIN_SPLIT_LINES * 2).count() < MIN_SPLIT_LINES * 2 {
        return None;
    }
    let c = boundary(text)?;
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let mut regions = regions(&lines, c);
    // Above the first heading is the page's header (a name on the left, contacts on
    // the right): it stays as written, one line at a time.
    if let Some(first) = regions.first_mut() {
        if let Some(h) = (first.0..first.1).find(|&k| headings(&lines[k], c) != (0, 0)) {
            first.0 = h;
        }
    }
    let (mut left_heads, mut right_heads) = (0, 0);
    for l in regions.iter().flat_map(|&(start, end)| &lines[start..end]) {
        let (left, right) = headings(l, c);
        left_heads += left;
        right_heads += right;
        if left_heads >= 2 && right_heads >= 2 {
            break;
        }
    }
    if left_heads < 2 || right_heads < 2 {
        return None;
    }
    let mut out: Vec<(String, usize)> = Vec::with_capacity(lines.len() + 8);
    let mut next = 0;
    for &(start, end) in &regions {
        out.extend((next..start).map(|k| (collect(&lines[k]), k + 1)));
        let mut right = Vec::new();
        for (k, l) in lines.iter().enumerate().take(end).skip(start) {
            let (a, b) = if l.len() > c {
                (collect(&l[..c]), collect(&l[c..]))
            } else {
                (collect(l), String::new())
            };
            push_line(&mut out, a.trim_end(), k + 1);
            push_line(&mut right, b.trim_end(), k + 1);
        }
        out.push((String::new(), 0));
        out.extend(right);
        next = end;
    }
    out.extend((next..lines.len()).map(|k| (collect(&lines[k]), k + 1)));
    let origin = out.iter().map(|(_, n)| *n).collect();
    let text = out
        .into_iter()
        .map(|(l, _)| l)
        .collect::<Vec<_>>()
        .join("\n");
    Some((text, origin))
}

/// Known headings on a line left and right of the boundary.
fn headings(l: &[char], c: usize) -> (usize, usize) {
    if let Some((left, right)) = split_at(l, c) {
        // "2019 – 2021      Research" is a date column beside an entry.
        let dated = !find_dates(&left).is_empty();
        return (
            usize::from(is_heading(left.trim())),
            usize::from(!dated && is_heading(right.trim())),
        );
    }
    // A heading alone on its line, in whichever column it starts.
    let head = usize::from(is_heading(collect(l).trim()));
    if l.iter().position(|&ch| ch != ' ').is_some_and(|p| p >= c) {
        (0, head)
    } else {
        (head, 0)
    }
}

fn collect(l: &[char]) -> String {
    l.iter().collect()
}

/// Adds a line (and its source line number), with runs of blank lines kept to one.
fn push_line(out: &mut Vec<(String, usize)>, s: &str, no: usize) {
    if s.trim().is_empty() && out.last().is_some_and(|(l, _)| l.trim().is_empty()) {
        return;
    }
    out.push((s.to_string(), no));
}

/// The character column most lines start a second text at, after a wide gap.
fn boundary(text: &str) -> Option<usize> {
    // Character columns fit in a small table; wider lines are no two-column layout.
    let mut counts = [0usize; 160];
    for l in text.lines() {
        let (mut seen_text, mut spaces) = (false, 0);
        for (p, ch) in l.chars().enumerate().take(counts.len()) {
            if ch == ' ' {
                spaces += 1;
                continue;
            }
            if seen_text && spaces >= 2 {
                counts[p] += 1;
            }
            seen_text = true;
            spaces = 0;
        }
    }
    counts
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n >= MIN_SPLIT_LINES)
        .max_by_key(|&(p, &n)| (n, std::cmp::Reverse(p)))
        .map(|(p, _)| p)
}

/// Left and right text of a line that has text on both sides of the boundary.
fn split_at(l: &[char], c: usize) -> Option<(String, String)> {
    if l.len() <= c || l[c] == ' ' || l[c - 1] != ' ' || l[..c].iter().all(|&ch| ch == ' ') {
        return None;
    }
    Some((collect(&l[..c]), collect(&l[c..])))
}

/// Whether no text runs across the boundary on this line.
fn fits(l: &[char], c: usize) -> bool {
    l.len() <= c || l[c - 1] == ' ' && (l[c] == ' ' || c < 2 || l[c - 2] == ' ')
}

/// The runs of lines that fit the boundary with enough lines split by it (one per page
/// of a two-column layout), in order.
fn regions(lines: &[Vec<char>], c: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !fits(&lines[i], c) {
            i += 1;
            continue;
        }
        let start = i;
        let mut splits = 0;
        while i < lines.len() && fits(&lines[i], c) {
            splits += usize::from(split_at(&lines[i], c).is_some());
            i += 1;
        }
        if splits >= MIN_SPLIT_LINES / 2 {
            out.push((start, i));
        }
    }
    out
}

/// A known section heading standing alone in a cell.
fn is_heading(cell: &str) -> bool {
    // Cheap tests first: a heading is short, starts with a capital (or a Markdown or
    // bracket mark) and holds no digits or sentence punctuation.
    if cell.is_empty()
        || cell.len() > 40
        || cell.split_whitespace().count() > 4
        || !cell.starts_with(|c: char| c.is_uppercase() || matches!(c, '#' | '[' | '*'))
        || cell.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | '@' | '|'))
    {
        return false;
    }
    let doc = Document::new(cell);
    doc.lines.len() == 1 && heading_kind(&doc.lines[0]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "\
                        Ines Okafor
           ines@example.org | 555.010.2020

EDUCATION                   EXPERIENCE
Tamsin College              Brightwell | Data Engineer
BSc Statistics              Jan 2021 – Present | Leeds
2020 | Leeds                • Built the nightly loads that feed
                              the finance dashboards.
SKILLS                      • Cut warehouse costs by 12%.
Python • SQL • dbt
                            Orrin Labs | Analyst Intern
LANGUAGES                   Jun 2019 – Aug 2019 | York
English, Yoruba             • Cleaned survey data in R.

                            PROJECTS
                            Tallyho | a ledger in Rust
";

    #[test]
    fn side_by_side_columns_read_one_after_the_other() {
        let (out, origin) = linearise(TWO).unwrap();
        assert_eq!(out.lines().count(), origin.len());
        let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
        let at = |s: &str| lines.iter().position(|l| l.trim() == s).unwrap();
        assert!(at("Ines Okafor") < at("EDUCATION"));
        assert!(at("English, Yoruba") < at("EXPERIENCE"));
        assert!(at("EXPERIENCE") < at("Brightwell | Data Engineer"));
        assert!(at("• Cleaned survey data in R.") < at("PROJECTS"));
        assert_eq!(lines[at("Python • SQL • dbt")], "Python • SQL • dbt");
        // Both halves of a shared line point back at it.
        assert_eq!(origin[at("EDUCATION")], origin[at("EXPERIENCE")]);
    }

    #[test]
    fn each_page_is_read_on_its_own() {
        let page2 = "\
Ines Okafor – Résumé – Page 2 of 2
AWARDS                      VOLUNTEERING
2019 Dean's List            Leeds Food Bank | Driver
2018 Stats Prize            2017 – 2019 | Leeds
                            • Drove the Saturday van.
";
        let (out, origin) = linearise(&format!("{TWO}{page2}")).unwrap();
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        let at = |s: &str| lines.iter().position(|l| *l == s).unwrap();
        assert!(at("Tallyho | a ledger in Rust") < at("Ines Okafor – Résumé – Page 2 of 2"));
        assert!(at("Ines Okafor – Résumé – Page 2 of 2") < at("AWARDS"));
        assert!(at("2018 Stats Prize") < at("VOLUNTEERING"));
        assert_eq!(origin[at("AWARDS")], origin[at("VOLUNTEERING")]);
    }

    #[test]
    fn the_header_above_the_first_heading_stays_as_written() {
        let text = "\
Ines Okafor                     ines@example.org
Data Engineer                   +44 7700 900123

EXPERIENCE                      SKILLS
Brightwell | Data Engineer      Python, SQL
2021 – Present | Leeds          dbt, Airflow
• Built the nightly loads.
• Cut warehouse costs by 12%.   LANGUAGES
                                English, Yoruba
EDUCATION
Tamsin College | BSc            INTERESTS
2017 – 2020                     Chess, running
";
        let (out, _) = linearise(text).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].contains("ines@example.org"));
        let at = |s: &str| lines.iter().position(|l| l.trim() == s).unwrap();
        assert!(at("2017 – 2020") < at("SKILLS"));
    }

    #[test]
    fn a_date_column_is_no_second_column() {
        let text = "EXPERIENCE\n\
2019 – 2021        Research\n\
                   Acme Ltd, Leeds\n\
2017 – 2019        Engineer\n\
                   Brightwell, York\n\
2016 – 2017        Intern\n\
                   Orrin Labs, Hull\n\
2015 – 2016        Tutor\n\
                   Tamsin College\n\
2014 – 2015        Teaching\n\
2013 – 2014        Clerk\n\
\n\
EDUCATION\n\
2010 – 2013        BSc Physics\n";
        assert_eq!(linearise(text), None);
    }
}
