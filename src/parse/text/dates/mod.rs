//! Dates and date ranges as résumés write them, read into ISO 8601 prefixes.
//!
//! Handles month names (full, abbreviated, with or without a dot, a few European
//! languages), numeric forms (`2025/09`, `09/2019`, `2019.03`, `2019-03`, `03.2019`,
//! `2019年3月`), years, academic years (`2019-20`), seasons, "expected …", open ends
//! ("Present", "now", "current", "to date") and ranges joined by dashes or "to".
//! It finds dates inside a line and reports their byte spans; deciding what a date
//! means for an entry (start, end, graduation) is the callers' job.

use std::ops::Range;

mod kept;
mod numeric;
mod tokens;

pub use kept::find_dates;

use numeric::{day_short_year, month_short_year};
pub use tokens::is_dash;
use tokens::{is_present, point_at, qualifier, range_sep, rejected, tokenize, Kind};

/// A calendar date as precise as the résumé gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: u16,
    pub month: Option<u8>,
}

impl Ymd {
    /// The ISO 8601 prefix: `2022-05`, or `2022` when only the year is known.
    pub fn iso(&self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{:02}", self.year, m),
            None => format!("{:04}", self.year),
        }
    }
}

/// One end of a range: a date, or "Present".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Date(Ymd),
    Present,
}

impl Point {
    pub fn date(self) -> Option<Ymd> {
        match self {
            Point::Date(d) => Some(d),
            Point::Present => None,
        }
    }
}

/// A date or a range found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Option<Point>,
    /// The end of a range; `None` for a single date.
    pub end: Option<Point>,
    /// Written as a range ("a – b", "since a").
    pub range: bool,
    /// Marked "expected" (a degree in progress).
    pub expected: bool,
    /// Bytes of the line the date occupies, qualifiers included.
    pub span: Range<usize>,
}

impl DateSpan {
    /// The first date of the span, if any.
    pub fn first(&self) -> Option<Ymd> {
        self.start
            .and_then(Point::date)
            .or(self.end.and_then(Point::date))
    }
}

/// [`find_dates`] read anew.
fn read_dates(s: &str) -> Vec<DateSpan> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return lone_present(s).into_iter().collect();
    }
    let t = tokenize(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some((p1, after1, month_only)) = point_at(&t, i, false) else {
            if let Some(d) = short_year_range(&t, i) {
                i = t.partition_point(|x| x.start < d.span.end);
                out.push(d);
            } else {
                i += 1;
            }
            continue;
        };
        if rejected(&t, i, after1, false) {
            // "9.3/10 Sep 2002": a rejected day number may be followed by a real date.
            let day_first = matches!(t[i].kind, Kind::Num(_, 1..=2));
            i = if day_first { i + 1 } else { after1.max(i + 1) };
            continue;
        }
        // A qualifier word just before: "expected June 2023", "since 2020".
        let mut qual = None;
        let mut start_tok = i;
        if i > 0 {
            let mut k = i - 1;
            if matches!(t[k].kind, Kind::Sym(':' | '(' | '.')) && k > 0 {
                k -= 1;
            }
            if let Kind::Word(w) = t[k].kind {
                if let Some(q) = qualifier(w) {
                    qual = Some(q);
                    start_tok = k;
                }
            }
        }
        // An academic year written with a slash ("2019/20", "2022/2023"), alone or as the
        // first end of a range of them: it runs from its first year to its second.
        if let Some((end_year, after_ay)) = numeric::slash_academic_year(&t, p1, after1) {
            let (end, after) = match range_sep(&t, after_ay).and_then(|k| point_at(&t, k, true)) {
                Some((p2 @ Point::Date(Ymd { year, month: None }), a2, _)) => {
                    match numeric::slash_academic_year(&t, p2, a2) {
                        Some((y2, a3)) => (
                            Point::Date(Ymd {
                                year: y2,
                                month: None,
                            }),
                            a3,
                        ),
                        None => (Point::Date(Ymd { year, month: None }), a2),
                    }
                }
                Some((Point::Present, a2, _)) => (Point::Present, a2),
                // "2020/21 and 2021/22": taught in both years, so to the end of the last.
                _ => {
                    let (y, a) = and_academic_year(&t, after_ay).unwrap_or((end_year, after_ay));
                    (
                        Point::Date(Ymd {
                            year: y,
                            month: None,
                        }),
                        a,
                    )
                }
            };
            out.push(DateSpan {
                start: Some(p1),
                end: Some(end),
                range: true,
                expected: false,
                span: t[start_tok].start..t[after - 1].end,
            });
            i = after;
            continue;
        }
        // A range: p1 sep p2.
        if let Some(after_sep) = range_sep(&t, after1) {
            // The end may abbreviate its year where the start did not ("01.08.2020 –
            // 10.07.21").
            let end = point_at(&t, after_sep, true)
                .or_else(|| day_short_year(&t, after_sep).map(|(d, k)| (Point::Date(d), k, false)));
            if let Some((p2, after2, _)) = end {
                let tight = after_sep == after1 + 1 && !t[after1].gap && !t[after_sep].gap;
                if !rejected(&t, after_sep, after2, tight) {
                    let p1 = complete_month(p1, month_only, p2);
                    if valid_start(p1) {
                        out.push(DateSpan {
                            start: Some(p1),
                            end: Some(p2),
                            range: true,
                            expected: qual == Some("expected"),
                            span: t[start_tok].start..t[after2 - 1].end,
                        });
                        i = after2;
                        continue;
                    }
                }
            }
            // Academic years: 2019-20, 2019/20, and "2006–8" written tight.
            let tight_end = t.get(after_sep).is_some_and(|x| !x.gap) && !t[after1].gap;
            if let (Point::Date(Ymd { year, month: None }), Some(Kind::Num(yy, digits))) =
                (p1, t.get(after_sep).map(|x| x.kind))
            {
                let end_year = match digits {
                    2 => (year / 100) as u32 * 100 + yy,
                    1 if tight_end => (year / 10) as u32 * 10 + yy,
                    _ => 0,
                };
                if end_year > year as u32 && end_year - (year as u32) < 10 {
                    out.push(DateSpan {
                        start: Some(p1),
                        end: Some(Point::Date(Ymd {
                            year: end_year as u16,
                            month: None,
                        })),
                        range: true,
                        expected: false,
                        span: t[start_tok].start..t[after_sep].end,
                    });
                    i = after_sep + 1;
                    continue;
                }
            }
        }
        if month_only {
            i = after1;
            continue;
        }
        let (start, end, range) = match qual {
            Some("until") => (None, Some(p1), true),
            Some("since") => (Some(p1), None, true),
            _ => (Some(p1), None, false),
        };
        // "2019 – Present" handled above; "2019 –" with nothing after is an open start,
        // and so is "2019– Professor": a dash glued to the year with a space after it
        // leaves the end open, where a dash set off on both sides only separates.
        let dangling = range_sep(&t, after1).is_some_and(|k| k >= t.len() || open_dash(&t, after1));
        // A dash with the entry's text after it and no end is still going on ("2014–
        // Lecturer"): its end is the present. A dash that ends the line may have its end
        // on the next one, where a wrapped range puts it.
        let text_after = range_sep(&t, after1).is_some_and(|k| {
            t[k.min(t.len())..]
                .iter()
                .any(|x| !matches!(x.kind, Kind::Sym('*' | '_')))
        });
        let end = if dangling && start.is_some() && text_after {
            end.or(Some(Point::Present))
        } else {
            end
        };
        out.push(DateSpan {
            start,
            end,
            range: range || dangling,
            expected: qual == Some("expected"),
            span: t[start_tok].start..if dangling {
                t[after1].end
            } else {
                t[after1 - 1].end
            },
        });
        i = after1;
    }
    out
}

/// A dash glued to the date before it and followed by a space (markup closing a bold
/// date, "**2014–** …", may come between): the range's end is left open.
fn open_dash(t: &[tokens::Tok], dash: usize) -> bool {
    let Some(d) = t.get(dash) else {
        return false;
    };
    if d.gap || !matches!(d.kind, Kind::Sym(c) if is_dash(c)) {
        return false;
    }
    let mut k = dash + 1;
    while t
        .get(k)
        .is_some_and(|x| !x.gap && matches!(x.kind, Kind::Sym('*' | '_')))
    {
        k += 1;
    }
    t.get(k).map_or(true, |x| x.gap)
}

/// "… and 2021/22" after an academic year: the end year of the second one and the
/// token after it.
fn and_academic_year(t: &[tokens::Tok], i: usize) -> Option<(u16, usize)> {
    let Some(Kind::Word(w)) = t.get(i).map(|x| x.kind) else {
        return None;
    };
    if !crate::parse::text::lexicon::CONJUNCTIONS.contains(&w.to_lowercase().as_str()) {
        return None;
    }
    let (p, after, _) = point_at(t, i + 1, false)?;
    numeric::slash_academic_year(t, p, after)
}

/// A two-digit-year point: `10.07.21` or `07/21`.
fn short_year(t: &[tokens::Tok], i: usize) -> Option<(Ymd, usize)> {
    day_short_year(t, i).or_else(|| month_short_year(t, i))
}

/// "01/20 – 03/21", "09/19 - Present", "01.08.20 – 10.07.21": two-digit years at both
/// ends.
fn short_year_range(t: &[tokens::Tok], i: usize) -> Option<DateSpan> {
    let (a, after1) = short_year(t, i)?;
    if i > 0 && !t[i].gap && matches!(t[i - 1].kind, Kind::Sym(_)) {
        return None;
    }
    let after_sep = range_sep(t, after1)?;
    let (end, after2) = match point_at(t, after_sep, true) {
        Some((Point::Present, k, _)) => (Point::Present, k),
        _ => {
            let (b, k) = short_year(t, after_sep)?;
            if b < a {
                return None;
            }
            (Point::Date(b), k)
        }
    };
    Some(DateSpan {
        start: Some(Point::Date(a)),
        end: Some(end),
        range: true,
        expected: false,
        span: t[i].start..t[after2 - 1].end,
    })
}

fn valid_start(p: Point) -> bool {
    !matches!(p, Point::Date(Ymd { year: 0, .. }))
}

fn complete_month(p1: Point, month_only: bool, p2: Point) -> Point {
    match (p1, month_only, p2) {
        (Point::Date(Ymd { month: Some(m), .. }), true, Point::Date(d2)) => {
            let year = if d2.month.is_some_and(|m2| m > m2) {
                d2.year - 1
            } else {
                d2.year
            };
            Point::Date(Ymd {
                year,
                month: Some(m),
            })
        }
        _ => p1,
    }
}

/// "Present" standing alone on a line (the second half of a range split over lines).
fn lone_present(s: &str) -> Option<DateSpan> {
    let trimmed = s.trim_matches(|c: char| c.is_whitespace() || is_dash(c) || c == '(' || c == ')');
    let lower = trimmed.to_lowercase();
    let word = lower
        .strip_prefix("to ")
        .or_else(|| lower.strip_prefix("till "))
        .unwrap_or(&lower);
    if !(is_present(word) || word == "date") {
        return None;
    }
    let start = s.find(|c: char| !c.is_whitespace()).unwrap_or(0);
    Some(DateSpan {
        start: None,
        end: Some(Point::Present),
        range: true,
        expected: false,
        span: start..s.trim_end().len(),
    })
}

/// A date written at the very start of `s` and followed by more text, as when a
/// column of dates is glued to the text beside it ("2025/09 Designed …", "now Led …").
/// Returns the date and the byte offset where the rest of the text begins.
/// A piece made only of words that qualify a date ("renewed", "expires", "valid
/// until"): what is left of "renewed 2024" once the date is taken out.
pub fn is_date_note(piece: &str) -> bool {
    let mut words = piece.split_whitespace().peekable();
    words.peek().is_some() && words.all(tokens::is_date_note_word)
}

pub fn leading_date(s: &str) -> Option<(DateSpan, usize)> {
    let trimmed = s.trim_start();
    let off = s.len() - trimmed.len();
    let first_word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    let lower = first_word.to_lowercase();
    if matches!(lower.as_str(), "present" | "current" | "now" | "today") {
        let rest = &trimmed[first_word.len()..];
        if rest.starts_with(char::is_whitespace) && !rest.trim().is_empty() {
            let span = DateSpan {
                start: None,
                end: Some(Point::Present),
                range: true,
                expected: false,
                span: off..off + first_word.len(),
            };
            return Some((span, off + first_word.len()));
        }
        return None;
    }
    let d = find_dates(trimmed).into_iter().next()?;
    if d.span.start != 0 {
        return None;
    }
    let rest = &trimmed[d.span.end..];
    if !rest.starts_with(char::is_whitespace) || rest.trim().is_empty() {
        return None;
    }
    let end = off + d.span.end;
    let span = DateSpan {
        span: off..end,
        ..d
    };
    Some((span, end))
}

#[cfg(test)]
mod tests;
