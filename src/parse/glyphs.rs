//! Typographic ligatures spelled out: the one table every reader of extracted text
//! uses (the PDF reader per glyph, the text reader per line), so "ﬁ" reads as "fi"
//! wherever it comes from.
//!
//! Takes a character; gives its letters when it is a ligature. Nothing else.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_and_other_characters() {
        assert_eq!(ligature('ﬁ'), Some("fi"));
        assert_eq!(ligature('ﬃ'), Some("ffi"));
        assert_eq!(ligature('f'), None);
    }
}
