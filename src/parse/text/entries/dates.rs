//! An entry's dates: where its start and end are read from (the dates in its header
//! lines, then dates glued to the front of its first body lines, as a date column
//! beside the text leaves them).
//!
//! Takes a grouped entry; gives its [`Dates`] as written (ISO prefixes, open, single,
//! expected) and the body lines whose leading date it used. What a single date means
//! (a degree's end, a project's start and end) is for each section's reader.

use super::Entry;
use crate::parse::text::dates::{leading_date, DateSpan, Point};
use crate::parse::text::normalise::Line;

/// An entry's dates as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dates {
    pub start: Option<String>,
    pub end: Option<String>,
    /// The end is "Present".
    pub open: bool,
    /// Only one date was given (its meaning depends on the section: a degree's end,
    /// a project's start and end, a job's start).
    pub single: bool,
    /// A date was written at the front of a line followed by text, as a date column
    /// beside the entry is ("2015/05 Billing platform"): it marks a start.
    pub column: bool,
    pub expected: bool,
    /// Body lines whose leading date was read as the entry's date: (doc index, byte
    /// offset where the rest of the text starts).
    pub consumed: Vec<(usize, usize)>,
}

/// Reads the entry's start and end from its header dates, then from dates glued to the
/// front of its first body lines.
pub(super) fn dates_of(lines: &[Line], e: &Entry) -> Dates {
    let mut spans: Vec<DateSpan> = e
        .heads
        .iter()
        .flat_map(|h| h.dates.iter().cloned())
        .collect();
    let mut consumed = Vec::new();
    if !spans.iter().any(|d| d.range && d.start.is_some()) {
        for &i in e.body.iter().take(2) {
            if spans.len() >= 2 {
                break;
            }
            let text: &str = &lines[i].plain;
            let Some((d, _)) = leading_date(text) else {
                break;
            };
            // "now Led …" only ends an entry that has a start.
            if d.start.is_none() && spans.is_empty() {
                break;
            }
            let raw_off = leading_date(&lines[i].text).map_or(0, |(_, o)| o);
            consumed.push((i, raw_off));
            spans.push(d);
        }
    }
    let column = !consumed.is_empty()
        || e.heads.iter().any(|h| {
            h.dates.first().is_some_and(|d| {
                d.span.start == 0 && h.rest.trim_start_matches(['|', ' ']).len() > 1
            })
        });
    let mut out = Dates {
        consumed,
        column,
        ..Dates::default()
    };
    let mut count = 0;
    for d in &spans {
        out.expected |= d.expected;
        if d.range {
            if out.start.is_none() {
                out.start = d.start.and_then(Point::date).map(|y| y.iso());
            }
            match d.end {
                Some(Point::Present) => out.open = true,
                Some(Point::Date(y)) if out.end.is_none() => out.end = Some(y.iso()),
                _ => {}
            }
            count += 2;
        } else if let Some(y) = d.first() {
            if d.expected {
                out.end.get_or_insert(y.iso());
            } else if out.start.is_none() {
                out.start = Some(y.iso());
            } else if out.end.is_none() && !out.open {
                out.end = Some(y.iso());
            }
            count += 1;
        } else if d.start == Some(Point::Present) {
            out.open = true;
        }
        if out.start.is_some() && (out.end.is_some() || out.open) {
            break;
        }
    }
    // "2020 – Present (expected May 2026)": a degree in progress keeps its expected end.
    if out.end.is_none() {
        if let Some(y) = spans
            .iter()
            .filter(|d| d.expected)
            .find_map(DateSpan::first)
        {
            out.end = Some(y.iso());
            out.expected = true;
        }
    }
    out.single = count == 1 && !out.open;
    out
}
