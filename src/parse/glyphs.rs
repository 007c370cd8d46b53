//! Typographic ligatures spelled out, and where a wrapped line joins the one before it
//! without a space: the one place every reader of extracted text asks (the PDF reader
//! per glyph and per line, the text reader per line), so "ﬁ" reads as "fi" and
//! "real-" / "time" as "real-time" wherever they come from.
//!
//! Takes characters or two lines' ends; gives letters or a yes/no. Nothing else.

/// The letters of a typographic ligature (`ﬁ` → `fi`); `None` for any other character.
pub fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

/// Whether `next`, wrapped from `prev`, joins it without a space: a compound broken
/// after its own hyphen ("real-" / "time"). A dash set apart by spaces separates, and
/// a capital after the hyphen starts something new.
pub fn joins_without_space(prev: &str, next: &str) -> bool {
    let mut tail = prev.chars().rev();
    tail.next() == Some('-')
        && tail.next().is_some_and(char::is_alphabetic)
        && next.trim_start().starts_with(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_and_other_characters() {
        assert_eq!(ligature('ﬁ'), Some("fi"));
        assert_eq!(ligature('ﬃ'), Some("ffi"));
        assert_eq!(ligature('f'), None);
    }

    #[test]
    fn hyphen_breaks() {
        assert!(joins_without_space("the real-", "time engine"));
        assert!(!joins_without_space("a tenth -", "and more"));
        assert!(!joins_without_space("Kelda-", "Bakery"));
    }
}
