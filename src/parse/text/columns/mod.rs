//! Columns laid out side by side in `pdftotext -layout` text (a sidebar beside the main
//! text, a Deedy-style two-column page, three columns): each line mixes the sections
//! of its columns. Read as they stand, sections interleave line by line.
//!
//! Takes the text; gives it rewritten column after column with each line's source line
//! number, or `None` when it has no columns. Where the text parts is found by geometry
//! ([`gutter`]): a character column that no line's text runs across, down stretches of
//! lines with text on both sides. Only when section headings stand on *both* sides is
//! it read as columns — a date column beside entries, or a Europass label column, has
//! headings on one side only and is left alone, and a stretch whose rows mostly hold a
//! date on one side is a table whatever the headings. Each stretch is rewritten as its
//! left column followed by its right one, each looked into again for columns of its own
//! (three columns); the lines around the stretches are looked at again for a gutter of
//! their own (a pasted text has no page breaks, and the next page's columns need not
//! stand where this page's do). Lines above the first heading (a name and contact
//! line) and lines across the gutter (a summary under the name, a footer) stay where
//! they are. It does not read what the lines are.
//!
//! Text without side-by-side columns may still hold columns read one after the other
//! (plain `pdftotext`): [`zipped`] puts a table read column by column back row by row,
//! [`lifted`] moves an entry's dates read under a sidebar's heading back to the entry,
//! [`paired`] parts the blocks of a main column and a sidebar whose headings stand
//! level (either first) or of degrees and jobs level, [`orphaned`] gives an empty
//! entries heading back the run after the sidebar that reads as its content, and
//! [`resumed`] moves a main column that runs on after the sidebar back to
//! the section it continues, and [`rejoined`] joins an entry's header again to the
//! dates set right of it, read after it as a block of their own; [`raised`] moves a
//! name read alone among the first sections back to the top.
//!
//! The rewrite comes with the source line number of each of its lines, so notes still
//! point at the lines as written. Set `VITAE_DEBUG_LOWERED` to see the rewrite.

mod cells;
mod gutter;
mod lifted;
mod orphaned;
mod paired;
mod raised;
mod rejoined;
mod resumed;
mod zipped;

use cells::{heading_kind_of, heading_lines, is_heading};
use gutter::{Gutter, Row};

use super::dates::find_dates;
use super::sections::SectionKind;

/// Runs of three spaces a text with columns has at least: fewer, no gutter is looked
/// for (most texts have none).
const MIN_WIDE_GAPS: usize = 12;
/// Columns within columns deeper than this are not looked for: three columns side by
/// side are the most a page is designed with.
const MAX_DEPTH: usize = 2;
/// Known headings each side needs for the sides to be read as columns.
const MIN_SIDE_HEADINGS: usize = 2;
/// `pdftotext` starts each page after the first with a form feed: no character of the
/// page's geometry.
const PAGE_BREAK: char = '\u{c}';

/// A rewritten line and its source line number (0 for an added blank line).
type Out = Vec<(String, usize)>;

/// The text with side-by-side columns read one after the other, if it has them, and
/// the source line number (1-based; 0 for an added blank line) of each line.
pub fn linearise(text: &str) -> Option<(String, Vec<usize>)> {
    side_by_side(text).or_else(|| stacked(text))
}

/// Plain `pdftotext`'s columns, read one after the other: tables put back row by
/// row, level headings' blocks parted, then runs of a column resumed after a sidebar
/// put back after the section they continue. Each step reads the one before's text.
fn stacked(text: &str) -> Option<(String, Vec<usize>)> {
    type Step = fn(&str) -> Option<(String, Vec<usize>)>;
    let steps: [Step; 7] = [
        zipped::interleave,
        lifted::lift,
        paired::part,
        orphaned::refill,
        resumed::restore,
        rejoined::rejoin,
        raised::raise,
    ];
    let mut done: Option<(String, Vec<usize>)> = None;
    for step in steps {
        let base = done.as_ref().map_or(text, |(t, _)| t.as_str());
        let Some((next, origin)) = step(base) else {
            continue;
        };
        let origin = match &done {
            // The step numbered the lines of the text before it: back to the source.
            Some((_, first)) => origin
                .into_iter()
                .map(|n| if n == 0 { 0 } else { first[n - 1] })
                .collect(),
            None => origin,
        };
        done = Some((next, origin));
    }
    if let (Some((t, _)), true) = (
        &done,
        std::env::var_os(crate::parse::formats::DEBUG_VAR).is_some(),
    ) {
        eprintln!("-- columns read one after the other (plain)\n{t}");
    }
    done
}

/// Characters from which a line is a sentence of a point, not a sidebar item (items
/// are a word or a short phrase).
const POINT_CHARS: usize = 45;

/// In a reading order, a blank line that parts two moved runs.
const BLANK: usize = usize::MAX;

/// The text's lines in a new order (indices into `lines`, [`BLANK`] for a blank line),
/// with each output line's 1-based source line (0 for an added blank).
fn reordered(lines: &[&str], order: &[usize]) -> (String, Vec<usize>) {
    let text = order
        .iter()
        .map(|&k| lines.get(k).copied().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let origin = order
        .iter()
        .map(|&k| if k == BLANK { 0 } else { k + 1 })
        .collect();
    (text, origin)
}

/// Section kinds a sidebar holds: one item a line.
fn is_sidebar(kind: SectionKind) -> bool {
    use SectionKind::*;
    matches!(
        kind,
        Skills | Languages | Interests | Certificates | Contact | Courses
    )
}

/// Section kinds whose entries a main column holds.
fn has_entries(kind: SectionKind) -> bool {
    use SectionKind::*;
    matches!(
        kind,
        Work | Education | Projects | Volunteer | Research | Teaching
    )
}

/// The text with side-by-side columns read one after the other, if it has them.
fn side_by_side(text: &str) -> Option<(String, Vec<usize>)> {
    // Cheap test first: a layout with columns has many wide gaps.
    if text.matches("   ").take(MIN_WIDE_GAPS).count() < MIN_WIDE_GAPS {
        return None;
    }
    let rows: Vec<Row> = text
        .lines()
        .enumerate()
        .map(|(k, l)| (k + 1, l.chars().filter(|&c| c != PAGE_BREAK).collect()))
        .collect();
    let mut out = read_block(&rows, 0, true, false)?;
    // A blank last line is no line of the joined text.
    while out.last().is_some_and(|(l, _)| l.is_empty()) {
        out.pop();
    }
    if std::env::var_os(crate::parse::formats::DEBUG_VAR).is_some() {
        eprintln!("-- columns read one after the other");
        for (l, no) in &out {
            eprintln!("{no:4} {l}");
        }
    }
    let origin = out.iter().map(|(_, n)| *n).collect();
    let text = out
        .into_iter()
        .map(|(l, _)| l)
        .collect::<Vec<_>>()
        .join("\n");
    Some((text, origin))
}

/// The block's lines with its columns read one after the other, or None when it has
/// none. Only the top of the document (`header`) has a header above its columns. The
/// lines around the columns found are looked at again: the next page's columns need
/// not stand where this page's do.
fn read_block(rows: &[Row], depth: usize, header: bool, proven: bool) -> Option<Out> {
    if depth >= MAX_DEPTH {
        return None;
    }
    let (c, regions) = gutter::candidates(rows, proven)
        .into_iter()
        .find_map(|g| columns_at(rows, &g, header, proven).map(|r| (g.x, r)))?;
    let mut out: Out = Vec::with_capacity(rows.len() + 8);
    let around = |rows: &[Row], header: bool| {
        // The header above the columns has none of them; the rows below carry on
        // the columns found (the next page's), which need no headings of their own.
        read_block(rows, depth, header, !header && depth == 0)
            .unwrap_or_else(|| as_is(rows).collect())
    };
    let mut next = 0;
    for &(start, end) in &regions {
        out.extend(around(&rows[next..start], header && next == 0));
        let (left, right): (Vec<Row>, Vec<Row>) = rows[start..end]
            .iter()
            .map(|(no, l)| {
                let at = c.min(l.len());
                ((*no, l[..at].to_vec()), (*no, l[at..].to_vec()))
            })
            .unzip();
        for side in [left, right] {
            let side = without_other_rows(side, &rows[start..end]);
            // The rest of a row of column headings over this side: its columns are
            // proven by that row, and need not part as many rows.
            let headed = side.iter().any(|(_, l)| heading_row(l, 2));
            let lines = read_block(&side, depth + 1, false, headed)
                .unwrap_or_else(|| as_is(&side).collect());
            for (l, no) in lines {
                push_line(&mut out, l.trim_end(), no);
            }
            push_line(&mut out, "", 0);
        }
        next = end;
    }
    out.extend(around(&rows[next..], false));
    Some(out)
}

/// The side's rows without those empty only because the other column has text there
/// while this column's sentence runs on across them (the line above ends in a comma or
/// a hyphen, or the line below starts lowercase): columns set on different line
/// pitches interleave their rows, and a blank line can't stand inside a sentence.
/// Other empty rows stay blank lines, as gaps of this column.
fn without_other_rows(side: Vec<Row>, whole: &[Row]) -> Vec<Row> {
    let blank = |l: &[char]| l.iter().all(|c| c.is_whitespace());
    let mut keep = vec![true; side.len()];
    let (mut above, mut below): (Option<char>, Option<char>) = (None, None);
    // The last character of the nearest text above each row, and the first below.
    let mut last_above = vec![None; side.len()];
    for (k, (_, l)) in side.iter().enumerate() {
        last_above[k] = above;
        if let Some(&c) = l.iter().rfind(|c| !c.is_whitespace()) {
            above = Some(c);
        }
    }
    for k in (0..side.len()).rev() {
        let l = &side[k].1;
        if !blank(l) {
            below = l.iter().copied().find(|c| !c.is_whitespace());
            continue;
        }
        let runs_on = below.is_some_and(char::is_lowercase)
            || matches!(last_above[k], Some(',' | '-' | '\u{ad}'));
        // One empty row between two of this column's lines, where the other column
        // has text: rows of columns on different line pitches interleave. Above a
        // heading it is the space headings are set with.
        let lone = k > 0
            && k + 1 < side.len()
            && !blank(&side[k - 1].1)
            && !blank(&side[k + 1].1)
            && !is_heading(collect(&side[k + 1].1).trim());
        keep[k] = !(runs_on || lone) || blank(&whole[k].1);
    }
    side.into_iter()
        .zip(keep)
        .filter_map(|(row, keep)| keep.then_some(row))
        .collect()
}

/// The regions read as columns parted at `c`, when the sides are columns: known
/// headings stand on both, or (`proven`) the document's columns were found above and
/// these rows carry them on over the next page. A stretch whose parted rows mostly
/// hold a date on one side is a table (dates beside entries, a title and its dates),
/// never columns.
fn columns_at(rows: &[Row], g: &Gutter, header: bool, proven: bool) -> Option<Vec<(usize, usize)>> {
    let c = g.x;
    let mut regions: Vec<(usize, usize)> = g
        .stretches
        .iter()
        .copied()
        .filter(|&(start, end)| !dated_table(&rows[start..end], c))
        .collect();
    // Above the first heading is the page's header (a name on the left, contacts on
    // the right): it stays as written, one line at a time.
    if let (Some(first), true) = (regions.first_mut(), header) {
        if let Some(h) = (first.0..first.1).find(|&k| headings(&rows[k].1, c) != (0, 0)) {
            first.0 = h;
        }
    }
    if proven {
        return (!regions.is_empty()).then_some(regions);
    }
    let parted_rows = || regions.iter().flat_map(|&(start, end)| &rows[start..end]);
    if parted_rows().any(|(_, l)| heading_row(l, HEADING_ROW_CELLS)) {
        return Some(regions);
    }
    let (mut left_heads, mut right_heads) = (0, 0);
    for (_, l) in parted_rows() {
        let (left, right) = headings(l, c);
        left_heads += left;
        right_heads += right;
        if left_heads >= MIN_SIDE_HEADINGS && right_heads >= MIN_SIDE_HEADINGS {
            return Some(regions);
        }
    }
    None
}

/// Cells of one row, each a known heading, that make the row a row of column headings
/// by itself: only columns side by side set three section headings on one line.
const HEADING_ROW_CELLS: usize = 3;

/// Whether the row is `cells` or more cells parted by wide gaps, each a known heading.
fn heading_row(l: &[char], cells: usize) -> bool {
    let line = collect(l);
    let found: Vec<&str> = line
        .split("   ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    found.len() >= cells && found.iter().all(|c| is_heading(c))
}

/// Whether most rows with text on both sides of `c` hold a date, and little else, on
/// the same side: a column of dates beside the entries they date.
fn dated_table(rows: &[Row], c: usize) -> bool {
    let (mut parted, mut left, mut right) = (0, 0, 0);
    for (_, l) in rows.iter().filter(|(_, l)| gutter::parted(l, c)) {
        parted += 1;
        left += usize::from(is_date_cell(&collect(&l[..c])));
        right += usize::from(is_date_cell(&collect(&l[c..])));
    }
    left.max(right) * 2 > parted
}

/// A cell that is mostly a date or a range ("2019 – 2021", "Jan 2021 – Present").
fn is_date_cell(cell: &str) -> bool {
    let cell = cell.trim();
    let dated: usize = find_dates(cell).iter().map(|d| d.span.len()).sum();
    dated * 2 >= cell.len() && dated > 0
}

/// The rows as they stand.
fn as_is(rows: &[Row]) -> impl Iterator<Item = (String, usize)> + '_ {
    rows.iter().map(|(no, l)| (collect(l), *no))
}

/// Known headings on a line left and right of the boundary.
fn headings(l: &[char], c: usize) -> (usize, usize) {
    let at = c.min(l.len());
    let (left, right) = (collect(&l[..at]), collect(&l[at..]));
    // "2019 – 2021      Research" is a date column beside an entry.
    let dated = !find_dates(&left).is_empty();
    (
        usize::from(is_heading(left.trim())),
        usize::from(!dated && is_heading(right.trim())),
    )
}

fn collect(l: &[char]) -> String {
    l.iter().collect()
}

/// Adds a line (and its source line number), with runs of blank lines kept to one.
fn push_line(out: &mut Out, s: &str, no: usize) {
    if s.trim().is_empty() && out.last().map_or(true, |(l, _)| l.trim().is_empty()) {
        return;
    }
    out.push((s.to_string(), no));
}

#[cfg(test)]
mod tests;
