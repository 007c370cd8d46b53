//! Grouping a section's lines into entries, and the parts every entry shares: its
//! dates and its body (highlights, description, technologies).
//!
//! Takes a section's lines (document indices) and how its entries are told apart
//! (`Grouping`); gives its entries. An entry is a run of header lines (organisation,
//! title, place, dates — in any order and split over any number of lines) followed by
//! a body (bullets and prose). A new entry starts where a header line follows a body
//! and carries an entry's signals (dates, a title, an organisation), or where a header
//! line repeats a field the entry already has (a second degree, a second dated title
//! under one company). In a date column layout ("2016 – 2017   PGCE …") the lines
//! indented under the text beside a date belong to its entry and the next date in the
//! column starts the next one. Dates glued to the front of body lines (a date column
//! beside the text) are read as the entry's start and end. Which header piece becomes
//! which field is decided per section kind by `roles`, `projects` and `education`.
//!
//! [`features`] describes each line for the grouping, once per line; [`start`] turns
//! what a header line shows against the entry in progress into cues, and whether it
//! starts a new entry is the `EntryStart` decision of the classifier seam
//! (`classify`, weights in `classify/weights.txt`). Gates stay before the score: an
//! empty entry can't end, an echoed or duration line starts nothing, and a line that
//! only adds to an entry (technologies, a link, a place) after its body stays in that
//! body. [`body`] sorts an entry's body; [`hinted`] groups lines the markup bounds.

mod body;
mod dates;
mod features;
mod hinted;
mod named_items;
mod notes;
pub use notes::note_durations;
mod posts;
mod siblings;
mod start;
pub use posts::{mostly_posts, mostly_titled};

pub use body::{body, join_description};
use dates::dates_of;
pub use dates::Dates;
pub use features::list_line;
use features::{
    body_lines, dated_item, feat, first_head, header_runs, runs_on, text_column, weak, Feat,
};
use start::Repeat;
use std::sync::Arc;

use super::classify::{self, Classifier, Cue, Cues, Decision, Verdict};

use super::dates::leading_date;
use super::header::{self, HeaderLine};
use super::lines::is_duration_line;
use super::normalise::Line;
use crate::parse::formats::fields::EntryFields;

/// A group of lines that make one entry.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Document indices of header lines, and each taken apart.
    pub header: Vec<usize>,
    pub heads: Vec<HeaderLine>,
    /// Document indices of body lines (bullets, prose, sub-headings).
    pub body: Vec<usize>,
    pub dates: Dates,
    /// Other entries of the section write their highlights as bullets: lines without
    /// one here are prose, not bullets the converter lost.
    pub bullets_in_section: bool,
    /// Another entry of the section has several unmarked finished sentences: bullets
    /// the converter lost, so a lone sentence here is one too.
    pub sentence_items_in_section: bool,
    /// Another entry of the section has several unmarked lines set in from its header
    /// (a layout copy's items whose glyphs were lost), so a lone such line here is one too.
    pub indented_items_in_section: bool,
    /// Another entry of the section has two or more unmarked points opening with a
    /// verb (bullets the converter lost), so a lone such point here is one too.
    pub told_items_in_section: bool,
    /// How the classifier weighed the line that started this entry after the one
    /// before (none for a section's first entry), for `--explain`.
    pub start: Option<Verdict>,
    /// The fields the markup names for the entry's head line, taken as given.
    pub fields: Option<Arc<EntryFields>>,
}

/// How a section's entries are told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// Jobs: a dateless line after a body may be a sub-heading (a team, a product)
    /// of the job in progress when the section's entries carry dates.
    Jobs,
    /// Degrees: a header line after a body always starts a new entry.
    Items,
    /// Projects: like degrees, and a name after a dated project starts the next one.
    Projects,
}

/// Fewest entries whose shape must repeat before the repetition is trusted over the
/// look of single lines: one entry shows no pattern.
const MIN_REPEATS: usize = 2;

/// Groups a section's lines (document indices) into entries.
pub fn group(lines: &[Line], idxs: &[usize], grouping: Grouping) -> Vec<Entry> {
    group_with(lines, idxs, grouping, classify::classifier())
}

/// `group` with the given classifier deciding where entries start.
pub fn group_with(
    lines: &[Line],
    idxs: &[usize],
    grouping: Grouping,
    judge: &dyn Classifier,
) -> Vec<Entry> {
    if let Some(out) = hinted::group(lines, idxs, grouping, judge) {
        return out;
    }
    let mut body = body_lines(lines, idxs, grouping, judge);
    siblings::set_in_siblings(lines, idxs, grouping, &mut body, judge);
    let all_body = body.iter().all(|&b| b);
    // A section written as one list item per entry ("- Degree in Field, School, 2019."
    // under "- Degree, School, 2016."): when every top-level item carries its date set
    // apart (or, in a list of projects, nothing heads an entry) and no unindented line
    // outside the items heads one, each item is an entry, however long it is or
    // whether it ends with a full stop.
    let items: Vec<usize> = (0..idxs.len())
        .filter(|&k| lines[idxs[k]].bullet == Some(0))
        .collect();
    let item_per_entry = items.len() >= MIN_REPEATS
        // A list of projects with no heads at all is one project per item.
        && (items.iter().all(|&k| dated_item(&lines[idxs[k]]))
            || grouping == Grouping::Projects && all_body)
        && (0..idxs.len()).all(|k| {
            let l = &lines[idxs[k]];
            l.bullet.is_some() || l.indent > 0 || body[k]
        });
    if item_per_entry {
        for (k, b) in body.iter_mut().enumerate() {
            *b = lines[idxs[k]].bullet != Some(0);
        }
    }
    let mut heads: Vec<Option<HeaderLine>> = idxs
        .iter()
        .zip(&body)
        .map(|(&i, &b)| (!b).then(|| header::read_line(&lines[i])))
        .collect();
    // A header line that stops on "and" or on a word cut at a hyphen ("Kelda Survey-
    // und", "Harbour and") runs on to the next: the two are read as one line, the
    // second adding nothing of its own.
    for k in 0..idxs.len().saturating_sub(1) {
        let (a, b) = (&lines[idxs[k]], &lines[idxs[k + 1]]);
        if heads[k].is_none() || heads[k + 1].is_none() || b.blank_before || b.bullet.is_some() {
            continue;
        }
        if runs_on(&a.plain) && heads[k + 1].as_ref().is_some_and(|h| h.dates.is_empty()) {
            heads[k] = Some(header::read(&format!("{} {}", a.text, b.text.trim())));
            heads[k + 1] = Some(HeaderLine::default());
        }
    }
    let feats: Vec<Feat> = idxs
        .iter()
        .zip(&heads)
        .map(|(&i, h)| h.as_ref().map(|h| feat(&lines[i], h)).unwrap_or_default())
        .collect();
    // Dates glued to the front of a body line only matter for the first body line
    // after a header run.
    let leading: Vec<bool> = idxs
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let after_header = body[k] && (k == 0 || !body[k - 1]);
            let starts_with_date = lines[i]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic());
            let glued = match &heads[k] {
                // A header line's dates are already read: one at its very start,
                // followed by text.
                Some(h) => h.dates.first().is_some_and(|d| {
                    d.span.start == 0 && h.rest.trim_start_matches(['|', ' ']).len() > 1
                }),
                None => leading_date(&lines[i].plain).is_some(),
            };
            (after_header || !body[k]) && starts_with_date && glued
        })
        .collect();
    // Whether this section's entries usually carry dates: then a dateless header after a
    // body is a sub-heading of the entry in progress, not a new entry.
    let runs: Vec<(usize, usize)> = header_runs(&body);
    let dated = runs
        .iter()
        .filter(|&&(a, b)| {
            (a..b).any(|k| feats[k].date || leading[k]) || (b < body.len() && leading[b])
        })
        .count();
    let section_dated = dated * 2 > runs.len();
    // The document's own repetition: when every run of header lines carries exactly one
    // date, each run is one entry — whatever else its lines look like (a subtitle, a
    // kind of project, a team set on its own line).
    // A technology line after the bullets ("Technologies: Go, Rust") closes the entry
    // above; the run proper starts after it, and a run of nothing else isn't one.
    let tech_only = |k: usize| {
        heads[k].as_ref().is_some_and(|h| {
            !h.pieces.is_empty()
                && h.pieces
                    .iter()
                    .all(|p| matches!(p.kind, header::Kind::Tech(_)))
        })
    };
    let entry_runs: Vec<(usize, usize)> = runs
        .iter()
        .map(|&(a, b)| ((a..b).find(|&k| !tech_only(k)).unwrap_or(b), b))
        .filter(|&(a, b)| a < b)
        .collect();
    // Header lines written as list items are items each, so such runs don't count.
    let one_date_per_run = entry_runs.len() >= MIN_REPEATS
        && entry_runs.iter().all(|&(a, b)| {
            let glued = usize::from(b < body.len() && leading[b]);
            (a..b).filter(|&k| feats[k].date || leading[k]).count() + glued == 1
                && (a..b).all(|k| lines[idxs[k]].bullet.is_none())
        });
    // The same repetition told by blank lines: when every block between blank lines
    // opens with a header line and carries exactly one dated line, each block is one
    // entry ("Role, Name, Place\n2014 – 2016\n\nRole, Name\n2012 – 2013").
    let block_starts: Vec<bool> = (0..idxs.len())
        .map(|k| k == 0 || lines[idxs[k]].blank_before)
        .collect();
    let one_date_per_block = {
        let starts: Vec<usize> = (0..idxs.len()).filter(|&k| block_starts[k]).collect();
        starts.len() >= MIN_REPEATS
            && starts.iter().enumerate().all(|(n, &a)| {
                let b = starts.get(n + 1).copied().unwrap_or(idxs.len());
                !body[a]
                    && (a..b)
                        .filter(|&k| !body[k] && (feats[k].date || leading[k]))
                        .count()
                        == 1
            })
    };
    let run_starts: Vec<bool> = {
        let mut v = vec![false; idxs.len()];
        for &(a, _) in &entry_runs {
            v[a] = true;
        }
        v
    };
    let repeat = if one_date_per_run {
        Repeat::Runs
    } else if one_date_per_block {
        Repeat::Blocks
    } else {
        Repeat::None
    };
    // The first entry shows the order the section keeps. Entries that open with the
    // employer ("ACME | Leeds" over "Baker, 2019"): a name after a finished role is the
    // next employer even when that role took its employer from a heading above.
    // Entries that open with the degree ("BSc Geography" over "Kelda University"): a
    // school after a dated degree is that degree's school, not the next entry.
    let first = first_head(&feats, &body);
    let opens_over_dates =
        start::over_dates_layout(lines, idxs, grouping, &mut body, &mut heads, &feats, judge);
    let ctx = start::Section {
        lines,
        idxs,
        body: &body,
        feats: &feats,
        heads: &heads,
        leading: &leading,
        grouping,
        dated: section_dated,
        employer_first: first.name && !first.title && !first.date,
        degree_first: grouping == Grouping::Items && first.degree && !first.org,
        opens_over_dates,
        dates_first: first.date && !first.content,
    };

    let mut out = Vec::new();
    let mut cur = Entry::default();
    let mut cur_feat = Feat::default();
    // Where the text beside the current entry's leading date starts.
    let mut cur_column: Option<usize> = None;
    for (k, &i) in idxs.iter().enumerate() {
        let Some(head) = &heads[k] else {
            cur.body.push(i);
            continue;
        };
        // A line echoed right below itself (web exports repeat text for screen
        // readers) adds nothing and starts nothing.
        let echo = cur.body.is_empty()
            && cur
                .header
                .last()
                .is_some_and(|&h| lines[h].plain == lines[i].plain);
        if echo || is_duration_line(&lines[i].plain) {
            if cur.header.is_empty() {
                cur_column = None;
            }
            cur.header.push(i);
            cur.heads.push(head.clone());
            continue;
        }
        // "2016 – 2017   PGCE …" over lines indented to the text beside the date: the
        // lines under the date column continue its entry, whatever they hold.
        let under_column = !leading[k]
            && lines[i].indent > 0
            && cur_column.is_some_and(|c| lines[i].indent.abs_diff(c) <= 1);
        if under_column && !cur.body.is_empty() {
            // After the bullets: a closing note ("Business or sector: Retail").
            cur.body.push(i);
            continue;
        }
        // The next date in the same column starts the next entry.
        let column_restart = leading[k]
            && cur_feat.date
            && cur_column.is_some()
            && cur
                .header
                .first()
                .is_some_and(|&h| lines[h].indent == lines[i].indent);
        let after_body = !cur.body.is_empty();
        // A line that only adds to an entry (technologies, a link, a place) after its
        // body stays in that body — a gate, not evidence — except, in a list of
        // projects, an unlabelled list line over bullets: that heads the next project
        // ("Tide Atlas, Rust, WebGL" over its highlights).
        let heads_next = grouping == Grouping::Projects
            && body.get(k + 1).copied().unwrap_or(false)
            && lines[idxs[k + 1]].bullet.is_some()
            && !lines[i].plain.contains(':');
        // Where blank-line blocks repeat, the blocks alone say where entries start.
        let gate_applies = match repeat {
            Repeat::Runs => true,
            Repeat::Blocks => false,
            Repeat::None => !heads_next,
        };
        if after_body && !column_restart && gate_applies && weak(&lines[i].plain, head) {
            cur.body.push(i);
            continue;
        }
        let opens = match repeat {
            Repeat::Runs => run_starts[k],
            Repeat::Blocks => block_starts[k],
            Repeat::None => false,
        };
        let cues = Cues::of(&[
            (Cue::UnderDateColumn, under_column),
            (Cue::DateColumnRestart, column_restart),
            (Cue::RepeatingSection, repeat != Repeat::None),
            (Cue::OpensRepeat, opens),
        ])
        .with(if after_body {
            ctx.after_body(k)
        } else {
            ctx.in_header(k, &cur, cur_feat)
        });
        // An empty entry can't end: that is a gate, not evidence.
        let empty = cur.header.is_empty() && cur.body.is_empty();
        let verdict = judge.judge(Decision::EntryStart, cues);
        let new = !empty && verdict.yes();
        // After a body, a header line that starts nothing is a sub-heading of the
        // entry in progress (a team, a product): part of its body.
        if !new && after_body && repeat == Repeat::None && !column_restart {
            cur.body.push(i);
            continue;
        }
        if new {
            out.push(std::mem::take(&mut cur));
            cur.start = Some(verdict);
            cur_feat = Feat::default();
        }
        if cur.header.is_empty() {
            cur_column = if leading[k] {
                text_column(&lines[i])
            } else {
                None
            };
        }
        cur.header.push(i);
        cur.heads.push(head.clone());
        cur_feat = cur_feat.or(feats[k]);
    }
    if !cur.header.is_empty() || !cur.body.is_empty() {
        out.push(cur);
    }
    for e in &mut out {
        e.dates = dates_of(lines, e);
    }
    body::mark_section(lines, idxs, &body, &mut out);
    out
}

#[cfg(test)]
mod group_tests;
#[cfg(test)]
mod tests;
