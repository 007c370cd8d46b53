//! Tests of `spans`.

use super::*;

/// Glyphs for `text` from `x` on baseline `y`, each 6 points wide at size 10 (a space
/// 2.5), with `extra` points between letters.
fn glyphs(text: &str, x: f64, y: f64, extra: f64) -> Vec<Glyph> {
    let mut out = Vec::new();
    let mut at = x;
    for c in text.chars() {
        let w = if c == ' ' { 2.5 } else { 6.0 };
        out.push(Glyph {
            page: 0,
            x: at,
            y,
            w,
            size: 10.0,
            text: c.to_string(),
            bold: false,
        });
        at += w + extra;
    }
    out
}

#[test]
fn a_space_glyph_or_a_gap_makes_words_a_wide_gap_makes_spans() {
    let mut g = glyphs("Baker Crumb", 10.0, 50.0, 0.0);
    g.extend(glyphs("2019", 200.0, 50.4, 0.0));
    let s = spans(&g, false);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].text, "Baker Crumb");
    assert_eq!(s[1].text, "2019");
}

#[test]
fn a_tab_stop_splits_a_row_that_also_crosses_a_gutter() {
    // A label, a tab stop to its value, then the next column's heading far right:
    // the gutter is no stretched space and does not hide the tab.
    let mut g = glyphs("LANGUES", 30.0, 50.0, 0.0);
    g.extend(glyphs("French - native", 112.0, 50.0, 0.0));
    g.extend(glyphs("HOBBIES", 500.0, 50.0, 0.0));
    let texts: Vec<String> = spans(&g, false).into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["LANGUES", "French - native", "HOBBIES"]);
}

#[test]
fn letter_spaced_headings_are_joined() {
    let mut g = glyphs("SKILLS", 10.0, 50.0, 3.0);
    g.extend(glyphs("AND", 67.0, 50.0, 3.0));
    let s = spans(&g, false);
    assert_eq!(s[0].text, "SKILLS AND");
}

#[test]
fn accents_drawn_apart_are_composed() {
    let mut g = glyphs("Annal", 10.0, 50.0, 0.0);
    g.push(Glyph {
        page: 0,
        x: 40.5,
        y: 50.0,
        w: 5.0,
        size: 10.0,
        text: "´".into(),
        bold: false,
    });
    g.extend(glyphs("ı", 40.0, 50.0, 0.0));
    assert_eq!(spans(&g, false)[0].text, "Annalí");
}

#[test]
fn superscripts_stay_in_their_line() {
    // Drawn in order, as typesetters do: the exponent raised and smaller.
    let mut g = glyphs("experiment 2", 10.0, 50.0, 0.0);
    g.push(Glyph {
        page: 0,
        x: 78.5,
        y: 46.0,
        w: 4.0,
        size: 7.0,
        text: "3".into(),
        bold: false,
    });
    g.extend(glyphs(" to assess", 82.5, 50.0, 0.0));
    let s = spans(&g, false);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].text, "experiment 23 to assess");
}

#[test]
fn rows_split_by_baseline() {
    let mut g = glyphs("Ada", 10.0, 50.0, 0.0);
    g.extend(glyphs("Baker", 10.0, 64.0, 0.0));
    let s = spans(&g, false);
    assert_eq!(
        s.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        ["Ada", "Baker"]
    );
}

#[test]
fn a_bold_word_with_its_colon_in_the_regular_face_is_bold() {
    // "Study system" bold, its ":" and the value regular; a dash between bold dates.
    let mut g = glyphs("Study system: Birds", 10.0, 50.0, 0.0);
    for (k, c) in g.iter_mut().enumerate() {
        c.bold = k < 12;
    }
    let s = &spans(&g, false)[0];
    let bold: Vec<&str> = s.bold.iter().map(|r| &s.text[r.clone()]).collect();
    assert_eq!(bold, ["Study", "system:"]);
    let mut g = glyphs("2014 - 2017", 10.0, 50.0, 0.0);
    g.iter_mut().for_each(|c| c.bold = true);
    assert_eq!(spans(&g, false)[0].bold.len(), 3);
}
