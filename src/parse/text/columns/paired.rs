//! Two columns whose headings stand level: `pdftotext` without `-layout` reads a
//! main column and a sidebar block by block across the page, so a heading of the
//! main column ("Experience") stands right above the sidebar's ("Skills") with
//! nothing under it, and the two columns' blocks follow interleaved under the second.
//!
//! Takes the text; gives it with such a pair's blocks parted again, the main
//! column's under its heading and the sidebar's under its own, with each line's
//! source line number, or `None` when there is none. The pair is an entries or
//! summary heading with no line under it but blank ones, then a sidebar heading
//! (skills, languages: one item a line). Under it, a block (lines parted by blank
//! lines) with a date, a sentence-long line or a bullet is the main column's, and so
//! is a block of short lines right above a block that starts with a date (an entry's
//! header over its dates); other blocks of short lines are the sidebar's. Blocks are
//! parted only when both columns have some. Three level headings (jobs, degrees and a
//! sidebar side by side) part the main blocks again: one naming a degree or a school
//! goes under the education heading. It does not read the lines further.

use super::super::dates::find_dates;
use super::super::education::degree;
use super::super::sections::SectionKind;
use super::super::vocab::is_institution_word;
use super::{has_entries, heading_lines, is_date_cell, is_sidebar, reordered, BLANK, POINT_CHARS};

/// The text with the blocks of each level pair of headings parted again.
pub(super) fn part(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |k: usize| lines[k].trim().is_empty();
    let heads: Vec<(usize, SectionKind)> = heading_lines(&lines);
    let mut order: Vec<usize> = Vec::with_capacity(lines.len() + 2);
    let mut next = 0;
    for (i, pair) in heads.windows(2).enumerate() {
        let [(a, main), (b, side)] = [pair[0], pair[1]];
        let main_kind = |kind| has_entries(kind) || kind == SectionKind::Summary;
        // A sidebar heading the pair before already placed (its last, with no lines of
        // its own) may still pair with the main heading that ended that pair's blocks.
        let open = a >= next || b == next;
        if open && is_sidebar(main) && main_kind(side) && (a + 1..b).all(blank) {
            // The sidebar's heading first (it stands higher on the page): its blocks
            // and the main column's run on to the next heading.
            let from = if a >= next { Some(next) } else { None };
            if let Some(at) = side_first(&lines, &heads[i + 2..], a, b, &mut order, from) {
                next = at;
            }
            continue;
        }
        let one_school = (main == SectionKind::Education) != (side == SectionKind::Education);
        if a >= next && has_entries(main) && has_entries(side) && one_school {
            // Degrees level with jobs: their blocks alternate under the second heading.
            if let Some(at) = level_entries(&lines, &heads[i + 2..], pair, &mut order, next) {
                next = at;
            }
            continue;
        }
        if a < next || !main_kind(main) || !is_sidebar(side) || !(a + 1..b).all(blank) {
            continue;
        }
        // The sidebar's next headings are the sidebar's: the blocks run on to the
        // next heading of another kind.
        let end = heads[i + 2..]
            .iter()
            .find(|(_, kind)| !is_sidebar(*kind))
            .map_or(lines.len(), |&(k, _)| k);
        let headings: Vec<usize> = heads.iter().map(|&(k, _)| k).collect();
        let blocks = blocks(&lines, b + 1, end);
        let mains = sides_of(&lines, &blocks, &headings);
        if !mains.iter().any(|&m| m) || mains.iter().all(|&m| m) {
            continue;
        }
        // Three level headings, two of them over entries (a middle column of degrees
        // beside the jobs): the main blocks part again, a block naming a degree or a
        // school going under the education heading.
        let before = i.checked_sub(1).map(|p| heads[p]).filter(|&(p, kind)| {
            p >= next
                && has_entries(kind)
                && (p + 1..a).all(blank)
                && (kind == SectionKind::Education) != (main == SectionKind::Education)
        });
        // Each main heading with its blocks: one, or two parted by schooling.
        let parts: Vec<(usize, Option<bool>)> = match before {
            None => vec![(a, None)],
            Some((p, kind)) => {
                let first_school = kind == SectionKind::Education;
                vec![(p, Some(first_school)), (a, Some(!first_school))]
            }
        };
        order.extend(next..parts[0].0);
        for (k, &(head, school)) in parts.iter().enumerate() {
            if k > 0 {
                order.push(BLANK);
            }
            order.push(head);
            let ours =
                |&(s, e): &(usize, usize)| school.map_or(true, |w| schooling(&lines[s..e]) == w);
            for (&(s, e), _) in blocks.iter().zip(&mains).filter(|(b, &m)| m && ours(b)) {
                order.push(BLANK);
                order.extend(s..e);
            }
        }
        order.push(BLANK);
        order.push(b);
        for (&(s, e), _) in blocks.iter().zip(&mains).filter(|(_, &m)| !m) {
            order.extend(s..e);
            order.push(BLANK);
        }
        next = end;
    }
    if next == 0 {
        return None;
    }
    order.extend(next..lines.len());
    Some(reordered(&lines, &order))
}

/// A sidebar heading level with a main one after it (`a` above `b`): the blocks under
/// `b` up to the next heading parted, the sidebar's under `a` and the main column's
/// under `b`, pushed onto `order` after the lines from `from` (`None`: `a` is the last
/// line pushed already). Gives where the rest of the text starts, or `None` (nothing
/// pushed) when the blocks are all one side's.
fn side_first(
    lines: &[&str],
    later: &[(usize, SectionKind)],
    a: usize,
    b: usize,
    order: &mut Vec<usize>,
    from: Option<usize>,
) -> Option<usize> {
    let end = later.first().map_or(lines.len(), |&(k, _)| k);
    let blocks = blocks(lines, b + 1, end);
    let mains = sides_of(lines, &blocks, &[]);
    if !mains.iter().any(|&m| m) || mains.iter().all(|&m| m) {
        return None;
    }
    if let Some(from) = from {
        order.extend(from..a);
    }
    for (head, side) in [(a, false), (b, true)] {
        if from.is_some() || head == b {
            order.push(head);
        }
        for (&(s, e), _) in blocks.iter().zip(&mains).filter(|(_, &m)| m == side) {
            order.extend(s..e);
            order.push(BLANK);
        }
    }
    Some(end)
}

/// Two entries headings level with nothing between them, one of them schooling's: the
/// blocks under the second up to the next heading parted by what they name, a degree,
/// or a school without a date range (an employer may be a school: its block carries
/// the job's dates), under the schooling heading, the rest under the other, pushed
/// onto `order` after the lines from `from`. Gives where the rest of the text starts,
/// or `None` (nothing pushed) when the blocks are all one heading's or one holds dates
/// alone.
fn level_entries(
    lines: &[&str],
    later: &[(usize, SectionKind)],
    pair: &[(usize, SectionKind)],
    order: &mut Vec<usize>,
    from: usize,
) -> Option<usize> {
    let [(a, _), (b, _)] = [pair[0], pair[1]];
    if !(a + 1..b).all(|k| lines[k].trim().is_empty()) {
        return None;
    }
    let end = later.first().map_or(lines.len(), |&(k, _)| k);
    let blocks = blocks(lines, b + 1, end);
    // A block of dates alone may be either heading's entry's: left as they stand.
    if blocks
        .iter()
        .any(|&(s, e)| lines[s..e].iter().all(|l| is_date_cell(l)))
    {
        return None;
    }
    let school = |&(s, e): &(usize, usize)| {
        let block = &lines[s..e];
        let short = |l: &&&str| l.trim().chars().count() < POINT_CHARS;
        let ranged = block.iter().any(|l| find_dates(l).iter().any(|d| d.range));
        block.iter().filter(short).any(|l| degree(l).is_some()) || !ranged && schooling(block)
    };
    let schools: Vec<bool> = blocks.iter().map(school).collect();
    if !schools.iter().any(|&m| m) || schools.iter().all(|&m| m) {
        return None;
    }
    order.extend(from..a);
    for (head, kind) in [pair[0], pair[1]] {
        order.push(head);
        let want = kind == SectionKind::Education;
        for (&(s, e), _) in blocks.iter().zip(&schools).filter(|(_, &m)| m == want) {
            order.extend(s..e);
            order.push(BLANK);
        }
    }
    Some(end)
}

/// Whether a block names a degree or a school on a line short of a sentence (a point
/// may mention a school): an education entry's.
pub(super) fn schooling(block: &[&str]) -> bool {
    let word = |w: &str| is_institution_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
    block.iter().any(|l| {
        l.trim().chars().count() < POINT_CHARS
            && (degree(l).is_some() || l.split_whitespace().any(word))
    })
}

/// The blocks of `lines[start..end]`: runs of lines without a blank one, as ranges.
fn blocks(lines: &[&str], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = start;
    while k < end {
        if lines[k].trim().is_empty() {
            k += 1;
            continue;
        }
        let s = k;
        while k < end && !lines[k].trim().is_empty() {
            k += 1;
        }
        out.push((s, k));
    }
    out
}

/// For each block, whether it is the main column's; a block a heading leads is the
/// sidebar's.
fn sides_of(lines: &[&str], blocks: &[(usize, usize)], headings: &[usize]) -> Vec<bool> {
    let main = |&(s, e): &(usize, usize)| {
        !headings.contains(&s)
            && lines[s..e].iter().any(|l| {
                let t = l.trim();
                is_date_cell(t)
                    || t.chars().count() >= POINT_CHARS
                    || t.starts_with(['•', '-', '–', '*'])
            })
    };
    let dated_first = |&(s, _): &(usize, usize)| is_date_cell(lines[s].trim());
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            main(b) || !headings.contains(&b.0) && blocks.get(i + 1).is_some_and(dated_first)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::part;

    #[test]
    fn level_headings_get_their_own_blocks_back() {
        let text = "\
EXPERIENCE

SKILLS
Pruning

Head Gardener
Villa Rosa

2021 – 2024

Irrigation
Grafting

Replanted the lower terraces with drought-tolerant species

LANGUAGES
Italian
";
        let (got, origin) = part(text).expect("a level pair");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            got[..7],
            [
                "EXPERIENCE",
                "Head Gardener",
                "Villa Rosa",
                "2021 – 2024",
                "Replanted the lower terraces with drought-tolerant species",
                "SKILLS",
                "Pruning"
            ]
        );
        assert_eq!(got[7..], ["Irrigation", "Grafting", "LANGUAGES", "Italian"]);
        assert_eq!(origin[0], 1);
    }

    #[test]
    fn three_level_headings_part_jobs_from_degrees() {
        let text = "\
EXPERIENCE

EDUCATION

SKILLS

Head Gardener
Villa Rosa
2021 – 2024

Master, Horticulture
University of Pisa
2018 – 2020

Pruning

Replanted the lower terraces with drought-tolerant species
";
        let (got, _) = part(text).expect("three level headings");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            got,
            [
                "EXPERIENCE",
                "Head Gardener",
                "Villa Rosa",
                "2021 – 2024",
                "Replanted the lower terraces with drought-tolerant species",
                "EDUCATION",
                "Master, Horticulture",
                "University of Pisa",
                "2018 – 2020",
                "SKILLS",
                "Pruning"
            ]
        );
    }

    #[test]
    fn level_degrees_and_jobs_part_by_what_they_name() {
        let text = "\
EDUCATION

EXPERIENCE

University of Pisa

Head Gardener

Master of Horticulture

Collegio Rosa School | 2021 – Present

SKILLS
Pruning
";
        let (got, _) = part(text).expect("level entries headings");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            got[..6],
            [
                "EDUCATION",
                "University of Pisa",
                "Master of Horticulture",
                "EXPERIENCE",
                "Head Gardener",
                "Collegio Rosa School | 2021 – Present"
            ]
        );
    }

    #[test]
    fn a_sidebar_heading_above_a_summary_parts_their_blocks() {
        let text = "\
CONTACT

PROFILE

ada@example.com

Gardener who has kept historic terraces and their irrigation for a decade.

Florence
";
        let (got, _) = part(text).expect("a side-first pair");
        let got: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got[..3], ["CONTACT", "ada@example.com", "Florence"]);
        assert_eq!(got[3], "PROFILE");
    }

    #[test]
    fn a_heading_with_its_own_lines_pairs_with_nothing() {
        let text = "\
EXPERIENCE
Head Gardener, Villa Rosa, 2021 – 2024

SKILLS
Pruning
";
        assert!(part(text).is_none());
    }
}
