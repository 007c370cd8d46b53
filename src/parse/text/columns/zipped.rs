//! A two-column table read column by column: `pdftotext` without `-layout` reads the
//! cells of a table's date column one after the other, then the cells beside them, so
//! a run of dates stands above a run of the entries they date.
//!
//! Takes the text; gives it with each such pair of runs put back row by row (a date,
//! then its entry), with each line's source line number, or `None` when it has none.
//! Only a run of dates followed by a block of exactly as many lines is put back: with
//! another count, which date goes with which line is unknown, and the text stays as it
//! is. It does not join the lines of a row or read them.

use super::is_date_cell;

/// Dates a run needs to be a table's column: one date alone is an entry's.
const MIN_ROWS: usize = 2;
/// Longest date cell: a longer line is an entry that holds a date.
const MAX_DATE_CHARS: usize = 40;

/// The text with each run of dates followed by as many lines put back row by row.
pub(super) fn interleave(text: &str) -> Option<(String, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let date = |l: &str| {
        let t = l.trim();
        t.len() <= MAX_DATE_CHARS && t.bytes().any(|b| b.is_ascii_digit()) && is_date_cell(t)
    };
    let blank = |l: &str| l.trim().is_empty();
    let mut order: Vec<usize> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| date(l)).count();
        if run < MIN_ROWS {
            order.push(i);
            i += 1;
            continue;
        }
        let gap = lines[i + run..].iter().take_while(|l| blank(l)).count();
        let from = i + run + gap;
        let block = lines[from..]
            .iter()
            .take_while(|l| !blank(l) && !date(l))
            .count();
        let ends = lines.get(from + block).map_or(true, |l| blank(l));
        if block != run || !ends {
            order.extend(i..i + run);
            i += run;
            continue;
        }
        for k in 0..run {
            order.push(i + k);
            order.push(from + k);
        }
        order.extend(i + run..from);
        changed = true;
        i = from + block;
    }
    changed.then(|| {
        let text = order
            .iter()
            .map(|&k| lines[k])
            .collect::<Vec<_>>()
            .join("\n");
        (text, order.into_iter().map(|k| k + 1).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_above_as_many_entries_are_put_back_row_by_row() {
        let text = "Education\n2019 – 2021\n2016 – 2019\n\nMSc Marine Biology, Kelda University\nBSc Biology, Tamsin College\n\nSkills\n";
        let (out, origin) = interleave(text).unwrap();
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "Education",
                "2019 – 2021",
                "MSc Marine Biology, Kelda University",
                "2016 – 2019",
                "BSc Biology, Tamsin College",
                "",
                "",
                "Skills"
            ]
        );
        assert_eq!(origin, [1, 2, 5, 3, 6, 4, 7, 8]);
    }

    #[test]
    fn another_count_of_lines_stays_as_it_is() {
        let text =
            "2019 – 2021\n2016 – 2019\n\nMSc Marine Biology\nKelda University\nBSc Biology\n";
        assert_eq!(interleave(text), None);
    }
}
