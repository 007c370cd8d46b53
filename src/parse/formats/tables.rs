//! The header row of a dated table: column labels, not an entry.
//!
//! Takes a lowered document whose tables are Markdown-shaped rows (`| a | b |`) with
//! the rule under a header row (`|---|---|`), as every format reader writes them;
//! gives it with the header row and its rule left out when the header is column
//! labels ("Years | Position") over rows that each carry a year: such a table lists
//! dated entries, one a row, and its header names the columns. A header that carries
//! a year or a phrase is the table's first entry (Markdown wants a header row, so
//! people put content there), and a table whose rows carry no years (skills by
//! category) keeps its header, which may name the groups.
//!
//! It does not read the rows themselves: the text reader does.

use std::sync::LazyLock;

use regex::Regex;

use super::Lowered;

/// A year of the last two centuries, the mark of a dated row.
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19|20)\d{2}\b").unwrap());

/// A column label is a word or a few ("Years", "Position held"); more is a phrase.
const MAX_LABEL_WORDS: usize = 3;

fn cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    (cells.len() >= 2).then_some(cells)
}

fn is_rule(line: &str) -> bool {
    cells(line).is_some_and(|c| {
        c.iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | '+')))
    })
}

fn is_label(cell: &str) -> bool {
    let bare = cell.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    !bare.chars().any(|c| c.is_ascii_digit()) && bare.split_whitespace().count() <= MAX_LABEL_WORDS
}

/// `lowered` without the column labels of its dated tables.
pub fn drop_column_labels(lowered: Lowered) -> Lowered {
    let lines: Vec<&str> = lowered.text.lines().collect();
    let mut drop = vec![false; lines.len()];
    for i in 0..lines.len().saturating_sub(2) {
        let Some(head) = cells(lines[i]) else {
            continue;
        };
        if !is_rule(lines[i + 1]) || !head.iter().all(|c| is_label(c)) {
            continue;
        }
        let body: Vec<&str> = lines[i + 2..]
            .iter()
            .take_while(|l| cells(l).is_some())
            .copied()
            .collect();
        if !body.is_empty() && body.iter().all(|r| YEAR.is_match(r)) {
            drop[i] = true;
            drop[i + 1] = true;
        }
    }
    if !drop.contains(&true) {
        return lowered;
    }
    let mut out = Lowered {
        dropped: lowered.dropped.clone(),
        joined: lowered.joined.clone(),
        fields: lowered.fields.clone(),
        ..Lowered::default()
    };
    for (k, line) in lines.iter().enumerate() {
        let from = lowered.origin.get(k).copied().unwrap_or(0);
        if !drop[k] {
            out.push(line, from);
        } else if from > 0 && !is_rule(line) {
            out.drop_line(from, "ignored: column labels of a dated table");
        } else if from > 0 {
            out.drop_line(from, "ignored: rule under a table's column labels");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(text: &str) -> Lowered {
        let mut l = Lowered::default();
        for (k, line) in text.lines().enumerate() {
            l.push(line, k + 1);
        }
        l
    }

    #[test]
    fn labels_over_dated_rows_are_left_out() {
        let l = drop_column_labels(lowered(
            "## Work\n| **Years** | Role |\n|:--|---|\n| 2019 – 2021 | Baker, Crumb |\n| 2017 | Porter, Inn |\n",
        ));
        assert_eq!(
            l.text,
            "## Work\n| 2019 – 2021 | Baker, Crumb |\n| 2017 | Porter, Inn |\n"
        );
        assert_eq!(l.origin, vec![1, 4, 5]);
        assert_eq!(l.dropped.len(), 2);
        assert_eq!(l.dropped[0], (2, "ignored: column labels of a dated table"));
    }

    #[test]
    fn content_headers_and_undated_tables_stay() {
        // A header carrying a year is the first entry.
        let first = "| 2020 – 2022 | Baker |\n|---|---|\n| 2018 | Porter |\n";
        assert_eq!(drop_column_labels(lowered(first)).text, first);
        // Skills by category: the header may name the groups.
        let skills = "| Languages | Tools |\n|---|---|\n| Rust | Git |\n";
        assert_eq!(drop_column_labels(lowered(skills)).text, skills);
        // One undated row: not a table of dated entries.
        let mixed = "| Years | Role |\n|---|---|\n| 2019 | Baker |\n| Now | Porter |\n";
        assert_eq!(drop_column_labels(lowered(mixed)).text, mixed);
    }
}
