//! Tests of `dates`.

use super::*;

fn iso(p: Option<Point>) -> String {
    match p {
        Some(Point::Date(d)) => d.iso(),
        Some(Point::Present) => "present".into(),
        None => "-".into(),
    }
}

fn one(s: &str) -> (String, String) {
    let d = find_dates(s);
    assert_eq!(d.len(), 1, "{s:?} → {d:?}");
    (iso(d[0].start), iso(d[0].end))
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn months_in_swedish_polish_and_romance_short_forms() {
    assert_eq!(one("Ago 2019 – Dic 2021"), pair("2019-08", "2021-12"));
    assert_eq!(one("giu 2018 – lug 2020"), pair("2018-06", "2020-07"));
    assert_eq!(one("augusti 2017 – maj 2019"), pair("2017-08", "2019-05"));
    assert_eq!(
        one("październik 2016 – marzec 2018"),
        pair("2016-10", "2018-03")
    );
    assert_eq!(
        one("12 października 2020 – obecnie"),
        pair("2020-10", "present")
    );
    assert_eq!(one("wrz 2015 – cze 2016"), pair("2015-09", "2016-06"));
    // English words that are short month forms elsewhere stay words.
    let words = find_dates("set out 2019 goals");
    assert!(
        words
            .iter()
            .all(|d| !matches!(d.start, Some(Point::Date(Ymd { month: Some(_), .. })))),
        "{words:?}"
    );
}

#[test]
fn month_name_ranges() {
    assert_eq!(one("May 2022 – Aug 2022"), pair("2022-05", "2022-08"));
    assert_eq!(one("May 2022-Aug 2022"), pair("2022-05", "2022-08"));
    assert_eq!(one("February. 2021 – Present"), pair("2021-02", "present"));
    assert_eq!(one("Sept. 2019 to June 2020"), pair("2019-09", "2020-06"));
    assert_eq!(one("Jan – Mar 2024"), pair("2024-01", "2024-03"));
    assert_eq!(one("Nov – Feb 2024"), pair("2023-11", "2024-02"));
    assert_eq!(one("Aug '19 - now"), pair("2019-08", "present"));
    assert_eq!(one("März 2020 – heute"), pair("2020-03", "present"));
    assert_eq!(
        one("Mar 15, 2019 - Apr 2, 2020"),
        pair("2019-03", "2020-04")
    );
    assert_eq!(one("15 March 2019 – current"), pair("2019-03", "present"));
    assert_eq!(
        one("Novembro/2020 – Março/2026"),
        pair("2020-11", "2026-03")
    );
    assert_eq!(one("Jan/1993 – Nov/1996"), pair("1993-01", "1996-11"));
}

#[test]
fn numeric_forms() {
    assert_eq!(one("2025/09"), pair("2025-09", "-"));
    assert_eq!(one("09/2019 - 12/2020"), pair("2019-09", "2020-12"));
    assert_eq!(one("2019.03 – 2021.11"), pair("2019-03", "2021-11"));
    assert_eq!(one("2019-03"), pair("2019-03", "-"));
    assert_eq!(one("03.2019 – heute"), pair("2019-03", "present"));
    assert_eq!(one("2019年3月 – 2021年7月"), pair("2019-03", "2021-07"));
    assert_eq!(one("15.03.2019"), pair("2019-03", "-"));
    assert_eq!(one("2019-03-15"), pair("2019-03", "-"));
    assert_eq!(one("2016.08 – 2019.02"), pair("2016-08", "2019-02"));
}

#[test]
fn tight_numeric_ranges() {
    // A dash glued to both ends: the first end's digits are no phone group.
    assert_eq!(one("2021/11-2025/02"), pair("2021-11", "2025-02"));
    assert_eq!(
        one("2010/09-2012/12  Master of Arts"),
        pair("2010-09", "2012-12")
    );
    assert_eq!(one("2019.03-2021.11"), pair("2019-03", "2021-11"));
    assert_eq!(one("2019-03-2021-11"), pair("2019-03", "2021-11"));
    assert_eq!(one("12/2021–11/2024"), pair("2021-12", "2024-11"));
    assert!(find_dates("call 2015-555-0134").is_empty());
}

#[test]
fn a_dash_glued_to_a_year_leaves_the_end_open() {
    let open = |s: &str| {
        let d = &find_dates(s)[0];
        (d.range, iso(d.start), iso(d.end))
    };
    // No end after the dash, the entry's text instead: still going on, as "2014 –
    // Present" says in words.
    assert_eq!(
        open("2014– Lecturer, Northgate College"),
        (true, "2014".into(), "present".into())
    );
    assert_eq!(
        open("**2014–** Lecturer"),
        (true, "2014".into(), "present".into())
    );
    // At the end of the line the end may follow on the next one.
    assert_eq!(open("2014–"), (true, "2014".into(), "-".into()));
    assert_eq!(open("**2014–**"), (true, "2014".into(), "-".into()));
    assert_eq!(open("Mar 2019 -"), (true, "2019-03".into(), "-".into()));
    // A dash set off on both sides separates the date from the title.
    assert!(!open("2014 – Lecturer").0);
    assert!(!open("2014-Lecturer").0);
}

#[test]
fn a_number_before_a_date_is_not_its_day() {
    let s = "Grade: 9.3/10 Sep 2002 - Dec 2006";
    let d = &find_dates(s)[0];
    assert_eq!((iso(d.start), iso(d.end)), pair("2002-09", "2006-12"));
    assert_eq!(&s[d.span.clone()], "Sep 2002 - Dec 2006");
}

#[test]
fn month_and_two_digit_year_ranges() {
    assert_eq!(one("01/20 - 03/21"), pair("2020-01", "2021-03"));
    assert_eq!(one("09/19 – Present"), pair("2019-09", "present"));
    assert_eq!(one("Barista 11/98 - 02/01"), pair("1998-11", "2001-02"));
    // Alone, or as a fraction, it is no date.
    assert!(find_dates("scored 3/10 - 4/10").is_empty());
    assert!(find_dates("on 01/20 we shipped").is_empty());
    assert!(find_dates("03/21 - 01/20").is_empty());
}

#[test]
fn years_and_academic_years() {
    assert_eq!(one("2018 – 2021"), pair("2018", "2021"));
    assert_eq!(one("2022-2025"), pair("2022", "2025"));
    assert_eq!(one("2019-20"), pair("2019", "2020"));
    assert_eq!(one("Summer 2020"), pair("2020", "-"));
    assert_eq!(one("Since 2020"), pair("2020", "-"));
    let d = find_dates("Orbitek - 2021");
    assert_eq!((iso(d[0].start), d[0].range), ("2021".to_string(), false));
    assert_eq!(&"Orbitek - 2021"[d[0].span.clone()], "2021");
}

#[test]
fn seasons_in_other_languages_and_dotted_month_words() {
    // The season is part of the date's span, so it leaves no word behind.
    let d = &find_dates("Verão 2019")[0];
    assert_eq!((iso(d.start), d.span.start), ("2019".to_string(), 0));
    assert_eq!(find_dates("Sommer 2015")[0].span.start, 0);
    // "set." is September only with its dot right before a year.
    assert_eq!(one("set. 2022 – dez. 2022"), pair("2022-09", "2022-12"));
    assert_eq!(iso(find_dates("set 2022")[0].start), "2022");
}

#[test]
fn expected_and_open_ends() {
    let d = &find_dates("M.S. in Computer Science, expected June 2023")[0];
    assert!(d.expected);
    assert_eq!(iso(d.start), "2023-06");
    let s = "M.S. in Computer Science, expected June 2023";
    assert_eq!(&s[d.span.clone()], "expected June 2023");
    let p = find_dates("– Present");
    assert_eq!(iso(p[0].end), "present");
    assert!(find_dates("present at the conference").is_empty());
}

#[test]
fn not_dates() {
    for s in [
        "+1 555-301-2748",
        "freed 1200 rack units",
        "$2019 budget",
        "grew 2019% faster",
        "SPECJbb2015",
        "CS101 and x86-32",
        "call 2015-555-0134",
        "Top 2% among 11,406 entrants",
    ] {
        assert!(find_dates(s).is_empty(), "{s}: {:?}", find_dates(s));
    }
}

#[test]
fn spans_cover_the_text() {
    let s = "Umbra Labs Inc Data Engineer  May 2022 – Aug 2022  Portland, OR";
    let d = &find_dates(s)[0];
    assert_eq!(&s[d.span.clone()], "May 2022 – Aug 2022");
}

#[test]
fn leading_dates() {
    let (d, rest) = leading_date("2025/09 Designed the service").unwrap();
    assert_eq!(iso(d.start), "2025-09");
    assert_eq!(
        &"2025/09 Designed the service"[rest..],
        " Designed the service"
    );
    let (d, _) = leading_date("now Lead the kitchen team").unwrap();
    assert_eq!(iso(d.end), "present");
    assert!(leading_date("Designed in 2019").is_none());
    assert!(leading_date("2019").is_none());
    let (d, _) = leading_date("2016/08 – Drew up a new design").unwrap();
    assert_eq!(iso(d.start), "2016-08");
}

#[test]
fn expected_and_since_in_other_languages() {
    for s in [
        "Laurea, previsto luglio 2026",
        "Master, voraussichtlich 07/2026",
        "Máster, esperado julio 2026",
    ] {
        let d = &find_dates(s)[0];
        assert!(d.expected, "{s}");
        assert_eq!(iso(d.start), "2026-07", "{s}");
    }
    let d = &find_dates("Ricercatore, dal 2020")[0];
    assert!(!d.expected);
    assert_eq!(&"Ricercatore, dal 2020"[d.span.clone()], "dal 2020");
}

#[test]
fn academic_years_with_a_one_digit_end() {
    let d = &find_dates("Research Associate, 2006–8")[0];
    assert_eq!((iso(d.start), iso(d.end)), ("2006".into(), "2008".into()));
    // Spaced out, a lone digit is a count, not a year.
    let d = find_dates("2019 - 5 projects");
    assert_eq!(iso(d[0].end), "-");
}

#[test]
fn academic_years_with_a_slash() {
    assert_eq!(one("2019/20"), pair("2019", "2020"));
    assert_eq!(one("a.a. 2022/2023"), pair("2022", "2023"));
    assert_eq!(one("2020/2021 – 2022/2023"), pair("2020", "2023"));
    assert_eq!(one("WS 2018/19 - heute"), pair("2018", "present"));
    assert_eq!(one("aa.aa. 2020/2021 e 2021/2022"), pair("2020", "2022"));
    // Not consecutive years: no academic year.
    assert_ne!(one("2019/2024").1, "2024");
}

#[test]
fn slash_dates_of_one_line_read_one_way() {
    assert_eq!(one("08/05/2023 – 31/08/2023"), pair("2023-05", "2023-08"));
    assert_eq!(one("08/05/2023 – 09/01/2023"), pair("2023-08", "2023-09"));
}

#[test]
fn typographic_apostrophes_inside_date_words() {
    // The word for "today" with the apostrophe a typesetter prints, and with the plain one.
    assert_eq!(one("2016 - aujourd’hui"), pair("2016", "present"));
    assert_eq!(one("Mars 2018 – aujourd'hui"), pair("2018-03", "present"));
    // An elided preposition before a month ("d’avril") leaves the month readable.
    assert_eq!(one("d’avril 2015 à juin 2017"), pair("2015-04", "2017-06"));
    // A quote before a two-digit year is still the year's mark, not part of a word.
    assert_eq!(one("Sep ’18 - Mai ’19"), pair("2018-09", "2019-05"));
    assert_eq!(one("Sep ‘18 – Jun ‘19"), pair("2018-09", "2019-06"));
}

#[test]
fn day_month_and_two_digit_year_as_a_range_end() {
    assert_eq!(one("01.09.2019 - 31.07.21"), pair("2019-09", "2021-07"));
    assert_eq!(one("15.03.18 – 30.06.19"), pair("2018-03", "2019-06"));
    assert_eq!(one("01.10.20 - heute"), pair("2020-10", "present"));
    // Alone it could be a version or a score, and is no date.
    assert!(find_dates("Release 10.07.21 shipped").is_empty());
    assert!(find_dates("01.09.2019 - 31.13.21").len() == 1);
}

#[test]
fn two_digit_years_share_one_window_with_four_digit_ones() {
    use super::tokens::full_year;
    // The same horizon as four-digit years: the last year a date may reach is in this
    // century, the one after it in the last — whichever form the year was written in.
    assert_eq!(full_year(18), 2018);
    assert_eq!(full_year(59), 2059);
    assert_eq!(full_year(60), 1960);
    assert_eq!(full_year(99), 1999);
    assert!(super::tokens::is_year(full_year(59) as u32, 4));
}
