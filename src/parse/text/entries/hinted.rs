//! Grouping a section whose entry lines carry the fields their markup names.
//!
//! Takes a section's lines (document indices) where some lines carry
//! [`EntryFields`](crate::parse::formats::fields::EntryFields) (a résumé class's entry
//! macro typeset them); gives its entries: each such line heads one entry, and the
//! lines up to the next one are its body, since the macro bounds the entry itself.
//! Lines before the first hinted line are grouped as any section's are. It does not
//! pick fields (the field stages read `Entry::fields`).

use super::{body, dates_of, group_with, Entry, Grouping};
use crate::parse::text::classify::Classifier;
use crate::parse::text::header;
use crate::parse::text::normalise::Line;

/// The entries of a section with hinted lines; `None` when no line is hinted.
pub(super) fn group(
    lines: &[Line],
    idxs: &[usize],
    grouping: Grouping,
    judge: &dyn Classifier,
) -> Option<Vec<Entry>> {
    let first = idxs.iter().position(|&i| lines[i].fields.is_some())?;
    let mut out = if first > 0 {
        group_with(lines, &idxs[..first], grouping, judge)
    } else {
        Vec::new()
    };
    let mut flags = vec![true; first];
    let from = out.len();
    for &i in &idxs[first..] {
        let line = &lines[i];
        match &line.fields {
            Some(f) => {
                flags.push(false);
                out.push(Entry {
                    header: vec![i],
                    heads: vec![header::read_line(line)],
                    fields: Some(f.clone()),
                    ..Entry::default()
                });
            }
            None => {
                // The loop starts at a hinted line: the last entry is a hinted one.
                let Some(e) = out.last_mut() else {
                    flags.push(true);
                    continue;
                };
                // Where the arguments name no title, a description that opens with an
                // emphasised phrase ("*Glaciologist*. …") sets the title there.
                let head_only = e.header.len() == 1 && e.body.is_empty();
                if head_only && e.fields.as_ref().is_some_and(|f| f.bounds_only) && emphasised(line)
                {
                    flags.push(false);
                    e.header.push(i);
                    e.heads.push(header::read_line(line));
                } else {
                    flags.push(true);
                    e.body.push(i);
                }
            }
        }
    }
    for e in &mut out[from..] {
        e.dates = dates_of(lines, e);
    }
    body::mark_section(lines, idxs, &flags, &mut out);
    Some(out)
}

/// A line opening with an emphasised phrase (italics, not bold), not a list item.
fn emphasised(line: &Line) -> bool {
    let t = line.text.trim_start();
    line.bullet.is_none() && (t.starts_with('*') && !t.starts_with("**") || t.starts_with('_'))
}
