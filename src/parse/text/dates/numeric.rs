//! Dates written with numbers only: year first (`2019/03`, `2019-03-15`, `2019年3月`),
//! month first (`09/2019`, `03.2019`, day-first and US day dates) and the two-digit
//! `01/20` and `10.07.21` that only a range makes a date.
//!
//! Takes the tokens from `tokens::tokenize` and a position; gives the point read there,
//! the token index after it and whether only the month was given. Month names and
//! ranges are `tokens`' job.

use super::tokens::{full_year, is_year, Kind, Tok};
use super::{Point, Ymd};

/// `2019`, `2019/03`, `2019.03`, `2019-03`, `2019-03-15`, `2019年3月`.
pub(super) fn year_first(t: &[Tok], i: usize, year: u32) -> (Point, usize, bool) {
    let y = year as u16;
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
    if let (Some(Kind::Sym(sep)), Some(Kind::Num(m, md))) =
        (t.get(i + 1).map(|x| x.kind), t.get(i + 2).map(|x| x.kind))
    {
        if glued(i + 1)
            && glued(i + 2)
            && matches!(sep, '/' | '.' | '-' | '年')
            && (1..=2).contains(&md)
            && (1..=12).contains(&m)
        {
            let mut next = i + 3;
            if sep == '年' && matches!(t.get(next).map(|x| x.kind), Some(Kind::Sym('月'))) {
                next += 1;
            }
            // A day after the month: 2019-03-15.
            if let (Some(Kind::Sym(s2)), Some(Kind::Num(_, 1..=2))) =
                (t.get(next).map(|x| x.kind), t.get(next + 1).map(|x| x.kind))
            {
                if s2 == sep && glued(next) {
                    next += 2;
                }
            }
            return (
                Point::Date(Ymd {
                    year: y,
                    month: Some(m as u8),
                }),
                next,
                false,
            );
        }
    }
    let mut next = i + 1;
    if matches!(t.get(next).map(|x| x.kind), Some(Kind::Sym('年'))) {
        next += 1;
    }
    (
        Point::Date(Ymd {
            year: y,
            month: None,
        }),
        next,
        false,
    )
}

/// `09/2019`, `3-2019`, `03.2019`, and day-first `15.03.2019` / US `03/15/2019`.
pub(super) fn numeric_month_first(t: &[Tok], i: usize, a: u32) -> Option<(Point, usize, bool)> {
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
    let sep = match t.get(i + 1).map(|x| x.kind) {
        Some(Kind::Sym(c @ ('/' | '.' | '-'))) if glued(i + 1) && glued(i + 2) => c,
        _ => return None,
    };
    match t.get(i + 2).map(|x| x.kind) {
        Some(Kind::Num(y, 4)) if is_year(y, 4) && (1..=12).contains(&a) => {
            let d = Ymd {
                year: y as u16,
                month: Some(a as u8),
            };
            Some((Point::Date(d), i + 3, false))
        }
        Some(Kind::Num(b, 1..=2)) => {
            let ok = matches!(t.get(i + 3).map(|x| x.kind), Some(Kind::Sym(c)) if c == sep)
                && glued(i + 3)
                && glued(i + 4);
            let Some(Kind::Num(y, 4)) = t.get(i + 4).map(|x| x.kind) else {
                return None;
            };
            if !ok || !is_year(y, 4) {
                return None;
            }
            // Dots are European (day first); slashes are US (month first) unless impossible,
            // here or at the other end of its range (one range is written one way).
            let month = if sep == '.' || a > 12 || slashes_day_first(t, i) {
                b
            } else {
                a
            };
            if !(1..=12).contains(&month) {
                return None;
            }
            let d = Ymd {
                year: y as u16,
                month: Some(month as u8),
            };
            Some((Point::Date(d), i + 5, false))
        }
        _ => None,
    }
}

/// `01/20`: a two-digit month and a two-digit year, read only as one end of a range of such
/// ("01/20 – 03/21"), where it can't be a fraction or a day.
pub(super) fn month_short_year(t: &[Tok], i: usize) -> Option<(Ymd, usize)> {
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
    match (
        t.get(i).map(|x| x.kind),
        t.get(i + 1).map(|x| x.kind),
        t.get(i + 2).map(|x| x.kind),
    ) {
        (Some(Kind::Num(m, 2)), Some(Kind::Sym('/' | '.')), Some(Kind::Num(yy, 2)))
            if (1..=12).contains(&m) && glued(i + 1) && glued(i + 2) =>
        {
            // Followed by more digits ("01/20/2021") it's something else.
            if matches!(t.get(i + 3).map(|x| x.kind), Some(Kind::Sym('/' | '.'))) && glued(i + 3) {
                return None;
            }
            Some((
                Ymd {
                    year: full_year(yy),
                    month: Some(m as u8),
                },
                i + 3,
            ))
        }
        _ => None,
    }
}

/// `10.07.21`: day, month and two-digit year, each of two digits and joined by dots, as
/// German and other European dates are abbreviated. Like [`month_short_year`] it is read
/// only as an end of a range, where it can't be a version number or a score.
pub(super) fn day_short_year(t: &[Tok], i: usize) -> Option<(Ymd, usize)> {
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
    let [a, b, c, e, f] = t.get(i..i + 5)? else {
        return None;
    };
    let (Kind::Num(d, 2), Kind::Sym('.'), Kind::Num(m, 2), Kind::Sym('.'), Kind::Num(yy, 2)) =
        (a.kind, b.kind, c.kind, e.kind, f.kind)
    else {
        return None;
    };
    if !((1..=31).contains(&d) && (1..=12).contains(&m) && (1..5).all(|k| glued(i + k))) {
        return None;
    }
    // Followed by more digits ("10.07.21.3") it's something else.
    if matches!(t.get(i + 5).map(|x| x.kind), Some(Kind::Sym('.'))) && glued(i + 5) && glued(i + 6)
    {
        return None;
    }
    Some((
        Ymd {
            year: full_year(yy),
            month: Some(m as u8),
        },
        i + 5,
    ))
}

/// Tokens either side of a date looked at for its neighbours: a range of two `d/m/yyyy`
/// dates spans eleven.
const NEIGHBOUR_TOKENS: usize = 12;

/// Whether a `d/m/yyyy` date near token `i` (its range's other end) has a first number
/// that can't be a month.
fn slashes_day_first(t: &[Tok], i: usize) -> bool {
    let near = &t[i.saturating_sub(NEIGHBOUR_TOKENS)..(i + NEIGHBOUR_TOKENS).min(t.len())];
    near.windows(5).any(|w| {
        matches!(
            (w[0].kind, w[1].kind, w[2].kind, w[3].kind, w[4].kind),
            (Kind::Num(a, 1..=2), Kind::Sym('/'), Kind::Num(b, 1..=2), Kind::Sym('/'), Kind::Num(_, 4))
                if a > 12 && (1..=12).contains(&b)
        ) && w[1..].iter().all(|x| !x.gap)
    })
}

/// `2019/20`, `2022/2023` after a bare year: an academic year, whose end is the next
/// year. Gives that end year and the token index after it.
pub(super) fn slash_academic_year(t: &[Tok], p1: Point, after1: usize) -> Option<(u16, usize)> {
    let Point::Date(Ymd { year, month: None }) = p1 else {
        return None;
    };
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
    if !(matches!(t.get(after1).map(|x| x.kind), Some(Kind::Sym('/')))
        && glued(after1)
        && glued(after1 + 1))
    {
        return None;
    }
    let next = year + 1;
    let ok = match t.get(after1 + 1).map(|x| x.kind)? {
        Kind::Num(v, 4) => v == u32::from(next),
        Kind::Num(v, 2) => v == u32::from(next % 100),
        _ => false,
    };
    // Followed by more digits glued on ("2019/20/21") it's something else.
    let more = matches!(
        t.get(after1 + 2).map(|x| x.kind),
        Some(Kind::Sym('/' | '.' | '-'))
    ) && glued(after1 + 2)
        && matches!(t.get(after1 + 3).map(|x| x.kind), Some(Kind::Num(..)));
    (ok && !more).then_some((next, after1 + 2))
}
