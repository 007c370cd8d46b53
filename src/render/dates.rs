//! Résumé dates for people: `2022-05` → "May 2022" (or "Mai 2022", "2022年5月" …),
//! `2022` → "2022", and ranges with the language's word for "Present".
//!
//! JSON Resume dates are ISO 8601 prefixes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); those
//! are formatted. Anything else ("Spring 2021", "ongoing") is shown as written:
//! the person wrote it, so it is better than a guess. Only month precision is shown,
//! as résumés do; the day is dropped.

use super::i18n::{word, Lang};

/// A date as the résumé gives it: a year, or a year and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDate {
    pub year: u16,
    pub month: Option<u8>,
}

impl IsoDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the date is ignored).
    pub fn parse(s: &str) -> Option<IsoDate> {
        let s = s.trim();
        let date = s.split(['T', ' ']).next().unwrap_or(s);
        let mut parts = date.split('-');
        let year = parts.next()?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year.parse().ok()?;
        let month = match parts.next() {
            None => None,
            Some(m) => {
                let m: u8 = two_digits(m)?;
                if !(1..=12).contains(&m) {
                    return None;
                }
                Some(m)
            }
        };
        if let Some(day) = parts.next() {
            let d = two_digits(day)?;
            if month.is_none() || !(1..=31).contains(&d) {
                return None;
            }
        }
        if parts.next().is_some() {
            return None;
        }
        Some(IsoDate { year, month })
    }

    /// The machine-readable form for `<time datetime>`: `2022` or `2022-05`.
    pub fn machine(&self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{m:02}", self.year),
            None => format!("{:04}", self.year),
        }
    }

    /// The date in `lang`: full month names, or abbreviated with `short`.
    pub fn human(&self, lang: Lang, short: bool) -> String {
        let Some(m) = self.month else {
            return self.year.to_string();
        };
        let y = self.year;
        let name = month_name(lang, m, short);
        match lang {
            Lang::Zh => format!("{y}年{m}月"),
            Lang::Es | Lang::Pt if !short => format!("{name} de {y}"),
            _ => format!("{name} {y}"),
        }
    }
}

fn two_digits(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[rustfmt::skip]
const MONTHS: [[&str; 12]; 8] = [
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
];

/// Abbreviations as each language's style guides write them in running text.
#[rustfmt::skip]
const MONTHS_SHORT: [[&str; 12]; 8] = [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
];

fn month_name(lang: Lang, month: u8, short: bool) -> &'static str {
    let row = match lang {
        Lang::En | Lang::Zh => 0,
        Lang::De => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
        Lang::Pt => 4,
        Lang::It => 5,
        Lang::Nl => 6,
        Lang::Sv => 7,
    };
    let table = if short { &MONTHS_SHORT } else { &MONTHS };
    table[row][usize::from(month - 1)]
}

/// One point of a range, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePart {
    pub text: String,
    /// `2022-05` for a date vitae understood; `None` for free text and "Present".
    pub machine: Option<String>,
}

/// A date as a person reads it; free text stays as written (trimmed).
pub fn format_date(raw: &str, lang: Lang, short: bool) -> DatePart {
    match IsoDate::parse(raw) {
        Some(d) => DatePart {
            text: d.human(lang, short),
            machine: Some(d.machine()),
        },
        None if is_present_word(raw) => DatePart {
            text: present(lang).to_string(),
            machine: None,
        },
        None => DatePart {
            text: raw.trim().to_string(),
            machine: None,
        },
    }
}

/// The language's word for an open end date.
pub fn present(lang: Lang) -> &'static str {
    word(lang, "present").unwrap_or("Present")
}

fn is_present_word(s: &str) -> bool {
    matches!(
        s.trim().to_lowercase().as_str(),
        "present" | "current" | "now" | "ongoing" | "today"
    )
}

/// The parts of a range: a start without an end runs to "Present"; an end alone is
/// shown alone (a degree finished in 2018); equal ends collapse to one date.
pub fn format_range(
    start: Option<&str>,
    end: Option<&str>,
    lang: Lang,
    short: bool,
) -> Vec<DatePart> {
    let start = start.map(str::trim).filter(|s| !s.is_empty());
    let end = end.map(str::trim).filter(|s| !s.is_empty());
    match (start, end) {
        (None, None) => Vec::new(),
        (Some(s), None) => vec![
            format_date(s, lang, short),
            DatePart {
                text: present(lang).to_string(),
                machine: None,
            },
        ],
        (None, Some(e)) => vec![format_date(e, lang, short)],
        (Some(s), Some(e)) => {
            let (s, e) = (format_date(s, lang, short), format_date(e, lang, short));
            if s == e {
                vec![s]
            } else {
                vec![s, e]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(raw: &str, lang: Lang) -> String {
        format_date(raw, lang, false).text
    }

    #[test]
    fn parses_iso_prefixes_only() {
        assert_eq!(
            IsoDate::parse("2022-05"),
            Some(IsoDate {
                year: 2022,
                month: Some(5)
            })
        );
        assert_eq!(IsoDate::parse("2022").unwrap().month, None);
        assert_eq!(IsoDate::parse("2022-05-14").unwrap().month, Some(5));
        assert_eq!(IsoDate::parse("2022-05-14T10:00:00Z").unwrap().year, 2022);
        for bad in [
            "22-05",
            "2022-13",
            "2022-00",
            "May 2022",
            "2022-5-40",
            "",
            "20222",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn month_and_year_per_language() {
        assert_eq!(text("2022-05", Lang::En), "May 2022");
        assert_eq!(text("2022-03", Lang::De), "März 2022");
        assert_eq!(text("2022-08", Lang::Fr), "août 2022");
        assert_eq!(text("2022-05", Lang::Es), "mayo de 2022");
        assert_eq!(text("2022-05", Lang::Pt), "maio de 2022");
        assert_eq!(text("2022-06", Lang::It), "giugno 2022");
        assert_eq!(text("2022-03", Lang::Nl), "maart 2022");
        assert_eq!(text("2022-08", Lang::Sv), "augusti 2022");
        assert_eq!(text("2022-05", Lang::Zh), "2022年5月");
        assert_eq!(format_date("2020-09", Lang::En, true).text, "Sep 2020");
        assert_eq!(format_date("2020-10", Lang::De, true).text, "Okt. 2020");
    }

    #[test]
    fn year_only_and_free_text() {
        assert_eq!(text("2019", Lang::De), "2019");
        assert_eq!(text(" Spring 2021 ", Lang::En), "Spring 2021");
        assert_eq!(text("present", Lang::Fr), "aujourd’hui");
        assert_eq!(
            format_date("2019-07", Lang::En, false).machine.as_deref(),
            Some("2019-07")
        );
        assert_eq!(format_date("Spring", Lang::En, false).machine, None);
    }

    #[test]
    fn ranges() {
        let texts = |s, e, l| -> Vec<String> {
            format_range(s, e, l, false)
                .into_iter()
                .map(|p| p.text)
                .collect()
        };
        assert_eq!(
            texts(Some("2022-05"), None, Lang::En),
            ["May 2022", "Present"]
        );
        assert_eq!(
            texts(Some("2022-05"), None, Lang::De),
            ["Mai 2022", "heute"]
        );
        assert_eq!(
            texts(Some("2022-05"), Some(""), Lang::Zh),
            ["2022年5月", "至今"]
        );
        assert_eq!(texts(None, Some("2018"), Lang::En), ["2018"]);
        assert_eq!(texts(Some("2018"), Some("2018"), Lang::En), ["2018"]);
        assert_eq!(
            texts(Some("2016"), Some("2018-06"), Lang::Sv),
            ["2016", "juni 2018"]
        );
        assert!(texts(None, None, Lang::En).is_empty());
    }
}
