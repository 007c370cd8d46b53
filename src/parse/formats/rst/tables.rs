//! reStructuredText tables as `|` rows: grid tables (`+---+` borders, `|` rows) and
//! simple tables (columns marked by `=====  =====` borders).
//!
//! Takes single lines and a simple table's border; gives rows in Markdown's `| a | b |`
//! shape, a continuation line as its text. It does not merge a cell's wrapped lines
//! or spanned columns.

use std::sync::LazyLock;

use regex::Regex;

static GRID_BORDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\+[-=]+(?:\+[-=]+)*\+\s*$").unwrap());
static SIMPLE_BORDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*=+(?:[ \t]+=+)+\s*$").unwrap());
static SIMPLE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*-+(?:[ \t]+-+)+\s*$").unwrap());

/// A grid table's border or header rule (`+----+----+`, `+====+`).
pub fn is_grid_border(line: &str) -> bool {
    GRID_BORDER.is_match(line)
}

/// The number of columns of a grid table's header rule (`+====+====+`); `None` for
/// other borders.
pub fn grid_header_columns(line: &str) -> Option<usize> {
    let t = line.trim();
    t.contains('=')
        .then(|| t.matches('+').count().saturating_sub(1))
}

/// A simple table's border: runs of `=` separated by spaces, at least two columns.
pub fn simple_columns(line: &str) -> Option<Vec<usize>> {
    if !SIMPLE_BORDER.is_match(line) {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    Some(
        (0..chars.len())
            .filter(|&i| chars[i] == '=' && (i == 0 || chars[i - 1] != '='))
            .collect(),
    )
}

/// A simple table's column-span rule (`-----  -----`).
pub fn is_simple_rule(line: &str) -> bool {
    SIMPLE_RULE.is_match(line)
}

/// A simple table's text row split at its columns' starts, as a `|` row; the last
/// column takes the rest of the line. A line whose first column is blank continues
/// the row above (docutils' rule for simple tables) and is given as its text alone,
/// so a list in a cell stays a list under its row.
pub fn simple_row(line: &str, columns: &[usize]) -> String {
    let chars: Vec<char> = line.chars().collect();
    if let Some(&second) = columns.get(1) {
        let first: String = chars.iter().take(second).collect();
        if first.trim().is_empty() && second < chars.len() {
            return chars[second..]
                .iter()
                .collect::<String>()
                .trim()
                .to_string();
        }
    }
    let mut cells = Vec::new();
    for (k, &start) in columns.iter().enumerate() {
        let end = columns
            .get(k + 1)
            .copied()
            .unwrap_or(chars.len())
            .min(chars.len());
        let cell: String = chars
            .get(start.min(chars.len())..end)
            .unwrap_or(&[])
            .iter()
            .collect();
        cells.push(cell.trim().to_string());
    }
    format!("| {} |", cells.join(" | "))
}

/// A grid table's row, its cells trimmed.
pub fn grid_row(line: &str) -> String {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    format!("| {} |", cells.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_table_rows() {
        let cols = simple_columns("=====  ==========").unwrap();
        assert_eq!(cols, vec![0, 7]);
        assert_eq!(
            simple_row("Rust   5 years, daily", &cols),
            "| Rust | 5 years, daily |"
        );
        assert_eq!(simple_row("       - baked", &cols), "- baked");
        assert_eq!(simple_columns("========"), None);
        assert!(is_simple_rule("-----  -----"));
    }

    #[test]
    fn grid_rows() {
        assert!(is_grid_border("+------+-----+"));
        assert!(is_grid_border("+======+=====+"));
        assert!(!is_grid_border("+ plus"));
        assert_eq!(grid_row("| Rust |  5y  |"), "| Rust | 5y |");
        assert_eq!(grid_header_columns("+======+=====+"), Some(2));
        assert_eq!(grid_header_columns("+------+-----+"), None);
    }
}
