//! A table read column by column: `pdftotext` without `-layout` reads the cells of a
//! table's column one after the other, then the next column's, so a block of dates
//! stands beside (above or below) blocks of the employers, titles or degrees they date.
//!
//! Takes the text; gives it with each such table put back row by row (the cells of a
//! row one line each, in column order), with each line's source line number, or `None`
//! when it has none. A table is a block of dates (lines parted by blank lines form the
//! blocks) with neighbouring blocks of exactly as many lines, none of them a date;
//! with another count, which date goes with which line is unknown, and the text stays
//! as it is. The heading of the section may lead the table's first block. It does not
//! join the cells of a row or read them.

use super::{is_date_cell, is_heading};

/// Rows a table needs: one date alone is an entry's.
const MIN_ROWS: usize = 2;
/// Longest date cell: a longer line is an entry that holds a date.
const MAX_DATE_CHARS: usize = 40;

/// The text with each table read column by column put back row by row.
pub(super) fn interleave(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let date = |l: &str| {
        let t = l.trim();
        t.len() <= MAX_DATE_CHARS && t.bytes().any(|b| b.is_ascii_digit()) && is_date_cell(t)
    };
    let blocks = blocks(&lines);
    let mut order: Vec<usize> = Vec::with_capacity(lines.len());
    let mut next = 0; // the next line not yet placed
    let mut b = 0;
    while b < blocks.len() {
        let Some((first, last, head)) = table_at(&lines, &blocks, b, &date) else {
            b += 1;
            continue;
        };
        let (start, end) = (blocks[first].0, blocks[last].1);
        order.extend(next..start + usize::from(head));
        let columns: Vec<(usize, usize)> = blocks[first..=last]
            .iter()
            .enumerate()
            .map(|(k, &(s, e))| (if k == 0 && head { s + 1 } else { s }, e))
            .collect();
        let rows = columns[0].1 - columns[0].0;
        for r in 0..rows {
            order.extend(columns.iter().map(|&(s, _)| s + r));
        }
        // The blank lines between the columns, after the rows.
        for pair in columns.windows(2) {
            order.extend(pair[0].1..pair[1].0);
        }
        next = end;
        b = last + 1;
    }
    if next == 0 {
        return None;
    }
    order.extend(next..lines.len());
    // A blank last line is no line of the joined text.
    while order.last().is_some_and(|&k| lines[k].trim().is_empty()) {
        order.pop();
    }
    let text = order
        .iter()
        .map(|&k| lines[k])
        .collect::<Vec<_>>()
        .join("\n");
    Some((text, order.into_iter().map(|k| k + 1).collect()))
}

/// The runs of non-blank lines, as `start..end` line indices.
fn blocks(lines: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (k, l) in lines.iter().enumerate() {
        match (l.trim().is_empty(), start) {
            (false, None) => start = Some(k),
            (true, Some(s)) => {
                out.push((s, k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, lines.len()));
    }
    out
}

/// The table whose date column is block `b`: its first and last blocks, and whether
/// the first opens with the section's heading.
fn table_at(
    lines: &[&str],
    blocks: &[(usize, usize)],
    b: usize,
    date: &impl Fn(&str) -> bool,
) -> Option<(usize, usize, bool)> {
    let (s, e) = blocks[b];
    let headed = is_heading(lines[s].trim()) && !date(lines[s]);
    let (cells, head) = if lines[s..e].iter().all(|l| date(l)) {
        (s..e, false)
    } else if headed && lines[s + 1..e].iter().all(|l| date(l)) {
        (s + 1..e, true)
    } else {
        return None;
    };
    let n = cells.len();
    if n < MIN_ROWS {
        return None;
    }
    let plain = |k: usize, lead: usize| {
        let (s, e) = blocks[k];
        e - s == n + lead && lines[s + lead..e].iter().all(|l| !date(l))
    };
    let mut last = b;
    while last + 1 < blocks.len() && plain(last + 1, 0) {
        last += 1;
    }
    let (mut first, mut head) = (b, head);
    if !head {
        while first > 0 && plain(first - 1, 0) {
            first -= 1;
        }
        let (ps, _) = blocks.get(first.wrapping_sub(1)).copied().unwrap_or((0, 0));
        if first > 0 && plain(first - 1, 1) && is_heading(lines[ps].trim()) {
            first -= 1;
            head = true;
        }
    }
    (last > first).then_some((first, last, head))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        let (out, origin) = interleave(text).unwrap();
        assert_eq!(out.lines().count(), origin.len());
        out.lines().map(str::to_string).collect()
    }

    #[test]
    fn dates_above_as_many_entries_are_put_back_row_by_row() {
        let text = "Education\n2019 – 2021\n2016 – 2019\n\nMSc Marine Biology, Kelda University\nBSc Biology, Tamsin College\n\nSkills\n";
        let (_, origin) = interleave(text).unwrap();
        assert_eq!(origin, [1, 2, 5, 3, 6, 4, 7, 8]);
        assert_eq!(
            read(text)[..5],
            [
                "Education",
                "2019 – 2021",
                "MSc Marine Biology, Kelda University",
                "2016 – 2019",
                "BSc Biology, Tamsin College",
            ]
        );
    }

    #[test]
    fn three_columns_under_their_heading_are_put_back() {
        let text = "EXPERIENCE\nLinha Azul\nMar Alto\n\nHead Cook\nGalley Hand\n\nMay 2019 – Present\nJune 2016 – May 2019\n";
        assert_eq!(
            read(text)[..7],
            [
                "EXPERIENCE",
                "Linha Azul",
                "Head Cook",
                "May 2019 – Present",
                "Mar Alto",
                "Galley Hand",
                "June 2016 – May 2019"
            ]
        );
    }

    #[test]
    fn another_count_of_lines_stays_as_it_is() {
        let text =
            "2019 – 2021\n2016 – 2019\n\nMSc Marine Biology\nKelda University\nBSc Biology\n";
        assert_eq!(interleave(text), None);
    }
}
