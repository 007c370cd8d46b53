//! The small grammar under `find_dates`: tokens (numbers, words, symbols), month and
//! season names (the words in several languages are the lexicon's), one date point ("May 2022", "2019.03",
//! "09/2019", "2019年3月", "Present"), range separators and qualifiers, and numbers that
//! only look like years. Dates written in numbers only are read in `numeric`.

use super::numeric::{numeric_month_first, year_first};
use super::{Point, Ymd};
use crate::parse::text::lexicon::dates::{
    DOTTED_MONTHS, EXPECTED, MONTHS, PRESENT, PRESENT_PHRASES, RANGE_WORDS, SEASONS, SINCE,
};
use crate::parse::text::lexicon::typography::{is_apostrophe, plain_marks};

static MONTH_MAP: std::sync::LazyLock<foldhash::HashMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| MONTHS.iter().copied().collect());

/// Bytes of the longest month name in UTF-8 (Polish "października").
const LONGEST_MONTH: usize = 14;

fn month_of(word: &str) -> Option<u8> {
    // French and Italian elide a preposition before a month that opens with a vowel
    // ("d’août", "dall’aprile"): the month is what follows the apostrophe.
    let word = word.rsplit(is_apostrophe).next().unwrap_or(word);
    if !(3..=LONGEST_MONTH).contains(&word.len()) {
        return None;
    }
    // Every word of every dated line passes here: lower-case ASCII on the stack.
    let mut buf = [0u8; 12];
    if word.is_ascii() {
        let b = buf.get_mut(..word.len())?;
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b)
            .ok()
            .and_then(|w| MONTH_MAP.get(w).copied());
    }
    MONTH_MAP.get(word.to_lowercase().as_str()).copied()
}

/// Bytes of the longest "present" word with a curly apostrophe ("aujourd’hui").
const LONGEST_PRESENT: usize = 14;

pub(super) fn is_present(word: &str) -> bool {
    if !(2..=LONGEST_PRESENT).contains(&word.len()) {
        return false;
    }
    let word = plain_marks(word);
    PRESENT.iter().any(|p| p.eq_ignore_ascii_case(&word))
}

/// "in corso", "en cours": a two-word phrase for now, starting at this word.
fn present_phrase(word: &str, next: Option<&Tok>) -> bool {
    let Some(Kind::Word(n)) = next.map(|x| x.kind) else {
        return false;
    };
    PRESENT_PHRASES
        .iter()
        .any(|(a, b)| a.eq_ignore_ascii_case(word) && b.eq_ignore_ascii_case(n))
}

fn is_season(word: &str) -> bool {
    (2..=10).contains(&word.len()) && SEASONS.iter().any(|s| word.to_lowercase() == *s)
}

/// "set. 2022": a short month that is also a word, with its dot right before a year.
fn dotted_month(word: &str, dot: Option<&Tok>, year: Option<&Tok>) -> Option<u8> {
    let (Some(Kind::Sym('.')), Some(Kind::Num(y, 4))) = (dot.map(|x| x.kind), year.map(|x| x.kind))
    else {
        return None;
    };
    DOTTED_MONTHS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w) && is_year(y, 4))
        .map(|&(_, m)| m)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) kind: Kind<'a>,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whitespace precedes the token.
    pub(super) gap: bool,
}

fn is_cjk_date_mark(c: char) -> bool {
    matches!(c, '年' | '月' | '日')
}

pub(super) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut gap = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if c.is_alphanumeric() && !is_cjk_date_mark(c) {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = it.peek() {
                // An apostrophe between letters is inside a word ("aujourd’hui").
                let elided = is_apostrophe(d)
                    && s[end..].chars().nth(1).is_some_and(char::is_alphabetic)
                    && s[i..end].chars().all(char::is_alphabetic);
                if !(d.is_alphanumeric() || elided) || is_cjk_date_mark(d) {
                    break;
                }
                all_digits &= d.is_ascii_digit();
                end = j + d.len_utf8();
                it.next();
            }
            let text = &s[i..end];
            let kind = if all_digits && text.len() <= 9 {
                Kind::Num(text.parse().unwrap_or(0), text.len())
            } else {
                Kind::Word(text)
            };
            out.push(Tok {
                kind,
                start: i,
                end,
                gap,
            });
        } else {
            out.push(Tok {
                kind: Kind::Sym(c),
                start: i,
                end: i + c.len_utf8(),
                gap,
            });
        }
        gap = false;
    }
    out
}

/// The years a résumé's dates fall in: the working lives of people writing one now,
/// with room for expected ends; a four-digit number outside is a count or a code.
const YEARS: std::ops::RangeInclusive<u32> = 1940..=2059;

pub(super) fn is_year(v: u32, digits: usize) -> bool {
    digits == 4 && YEARS.contains(&v)
}

/// The year a two-digit year ("'18", "10.07.21") stands for: in this century unless
/// that would be past the last year a résumé's dates reach, then in the last.
pub(super) fn full_year(yy: u32) -> u16 {
    let year = if 2000 + yy <= *YEARS.end() {
        2000 + yy
    } else {
        1900 + yy
    };
    year as u16
}

pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '~' | '→' | '‒' | '―' | '−')
}

/// A point starting at token `i`: the date, the index after it, and whether only the
/// month was given (to be completed by the other end of a range).
pub(super) fn point_at(t: &[Tok], i: usize, allow_present: bool) -> Option<(Point, usize, bool)> {
    let tok = t.get(i)?;
    match tok.kind {
        Kind::Word(w) if allow_present && is_present(w) => Some((Point::Present, i + 1, false)),
        Kind::Word(w) if allow_present && present_phrase(w, t.get(i + 1)) => {
            Some((Point::Present, i + 2, false))
        }
        Kind::Word(w) if w.eq_ignore_ascii_case("date") && allow_present => {
            Some((Point::Present, i + 1, false))
        }
        Kind::Word(w) if is_season(w) => match t.get(i + 1).map(|x| x.kind) {
            Some(Kind::Num(y, 4)) if is_year(y, 4) => Some((
                Point::Date(Ymd {
                    year: y as u16,
                    month: None,
                }),
                i + 2,
                false,
            )),
            _ => None,
        },
        Kind::Word(w) => {
            let m = month_of(w).or_else(|| dotted_month(w, t.get(i + 1), t.get(i + 2)))?;
            let mut j = i + 1;
            // "Nov. 2020", "Nov, 2020", and "Novembro/2020" (a slash glued to both, as
            // numeric dates write "11/2020").
            while match t.get(j).map(|x| (x.kind, x.gap)) {
                Some((Kind::Sym('.' | ','), _)) => true,
                Some((Kind::Sym('/'), false)) => t.get(j + 1).is_some_and(|x| !x.gap),
                _ => false,
            } {
                j += 1;
            }
            // "Mar 15, 2019": a day between month and year.
            if let (Some(Kind::Num(d, 1..=2)), Some(Kind::Sym(','))) =
                (t.get(j).map(|x| x.kind), t.get(j + 1).map(|x| x.kind))
            {
                if (1..=31).contains(&d) {
                    j += 2;
                }
            }
            match (t.get(j).map(|x| x.kind), t.get(j + 1).map(|x| x.kind)) {
                (Some(Kind::Num(y, 4)), _) if is_year(y, 4) => {
                    let d = Ymd {
                        year: y as u16,
                        month: Some(m),
                    };
                    Some((Point::Date(d), j + 1, false))
                }
                // Word processors turn the apostrophe before a year into either quote.
                (Some(Kind::Sym(q)), Some(Kind::Num(yy, 2))) if is_apostrophe(q) => {
                    let d = Ymd {
                        year: full_year(yy),
                        month: Some(m),
                    };
                    Some((Point::Date(d), j + 2, false))
                }
                // A month alone, only worth anything as the first end of a range.
                _ if w.len() >= 3 => Some((
                    Point::Date(Ymd {
                        year: 0,
                        month: Some(m),
                    }),
                    i + 1
                        + usize::from(matches!(t.get(i + 1).map(|x| x.kind), Some(Kind::Sym('.')))),
                    true,
                )),
                _ => None,
            }
        }
        Kind::Num(v, digits) if is_year(v, digits) => Some(year_first(t, i, v)),
        Kind::Num(a, 1..=2) => {
            // "15 March 2019"
            if let (Some(Kind::Word(w)), Some(Kind::Num(y, 4))) =
                (t.get(i + 1).map(|x| x.kind), t.get(i + 2).map(|x| x.kind))
            {
                if let Some(m) = month_of(w) {
                    if (1..=31).contains(&a) && is_year(y, 4) {
                        let d = Ymd {
                            year: y as u16,
                            month: Some(m),
                        };
                        return Some((Point::Date(d), i + 3, false));
                    }
                }
            }
            numeric_month_first(t, i, a)
        }
        _ => None,
    }
}

/// Tokens that join two ends of a range.
pub(super) fn range_sep(t: &[Tok], i: usize) -> Option<usize> {
    match t.get(i)?.kind {
        Kind::Sym(c) if is_dash(c) => {
            // "->"
            if c == '-' && matches!(t.get(i + 1).map(|x| x.kind), Some(Kind::Sym('>'))) {
                return Some(i + 2);
            }
            // "10/2023 – bis heute", "2019 – to date": a dash, then the range word
            // that says the same, before a word for now.
            let word_then_present = matches!(t.get(i + 1).map(|x| x.kind),
                Some(Kind::Word(w)) if RANGE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
                && matches!(t.get(i + 2).map(|x| x.kind),
                    Some(Kind::Word(w)) if is_present(w) || w.eq_ignore_ascii_case("date"));
            if word_then_present {
                return Some(i + 2);
            }
            Some(i + 1)
        }
        Kind::Word(w) if RANGE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)) => Some(i + 1),
        _ => None,
    }
}

/// Words that say what a date is for on a certificate or licence line ("renewed 2024",
/// "expires 2026", "valid until …"): left behind when the date is taken out, they
/// name no issuer or organisation.
pub(super) fn is_date_note_word(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    qualifier(&w).is_some()
        || matches!(
            w.as_str(),
            "renewed"
                | "renewal"
                | "renews"
                | "expires"
                | "expiring"
                | "expired"
                | "expiry"
                | "exp."
                | "valid"
                | "issued"
                | "obtained"
                | "earned"
                | "completed"
                | "on"
                | "in"
                | "annually"
        )
}

pub(super) fn qualifier(w: &str) -> Option<&'static str> {
    let w = w.to_lowercase();
    if EXPECTED.contains(&w.as_str()) {
        Some("expected")
    } else if SINCE.contains(&w.as_str()) {
        Some("since")
    } else if matches!(w.as_str(), "until" | "till" | "through") {
        Some("until")
    } else {
        None
    }
}

/// Numbers that only look like years: phone and ID fragments (`2015-555-0134`),
/// money and percentages, version-like runs. `range_end`: the point follows a range
/// separator glued to a first point ("2021/11-2025/02"), so the digits before the dash
/// are a date, not a phone number's group.
pub(super) fn rejected(t: &[Tok], start: usize, end: usize, range_end: bool) -> bool {
    let glued_sym = |k: usize, f: fn(char) -> bool| {
        t.get(k)
            .is_some_and(|x| matches!(x.kind, Kind::Sym(c) if f(c)) && !x.gap)
    };
    // Preceded by "$", "#", "+", or a digit group and a dash/dot ("555-2019").
    if start > 0 && !t[start].gap {
        if let Kind::Sym(c) = t[start - 1].kind {
            if matches!(c, '$' | '€' | '£' | '#' | '+' | '@' | '/' | '_') {
                return true;
            }
            if matches!(c, '-' | '.') && start >= 2 && !t[start - 1].gap && !range_end {
                if let Kind::Num(_, d) = t[start - 2].kind {
                    if d != 4 {
                        return true;
                    }
                }
            }
        }
    }
    // Followed by "%", or by a dash and a 3+ digit group.
    if glued_sym(end, |c| matches!(c, '%' | '+' | '_' | '@')) {
        return true;
    }
    if glued_sym(end, |c| matches!(c, '-' | '.' | '/')) {
        if let Some(Kind::Num(_, d)) = t.get(end + 1).map(|x| x.kind) {
            if d >= 3 && d != 4 && t.get(end + 1).is_some_and(|x| !x.gap) {
                return true;
            }
        }
    }
    false
}
