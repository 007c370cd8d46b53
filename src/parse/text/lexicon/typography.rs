//! Typographic marks folded to their plain forms before a word is looked up.
//!
//! Takes a word or phrase as the document prints it; gives the same text with curly
//! apostrophes and quotes written as the ASCII `'` and `"` the tables use. Word
//! processors and typesetters replace the plain marks as one types ("aujourd’hui",
//! "Master’s", “Projects”), so a table lookup that does not fold them misses words it
//! knows. The reader's output keeps the marks as printed: this is for lookups only.

use std::borrow::Cow;

/// Marks that stand for an apostrophe: right and left single quotes, the modifier
/// letter apostrophe, the prime, and the acute accent keyboards without an apostrophe
/// key leave in its place. Not the backtick, which Markdown keeps for code.
const APOSTROPHES: &[char] = &['’', '‘', 'ʼ', '′', '´'];

/// Marks that stand for a double quote: curly, low and guillemet quotes.
const QUOTES: &[char] = &['“', '”', '„', '«', '»', '″'];

/// Whether `c` is written for an apostrophe (the plain `'` included).
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || APOSTROPHES.contains(&c)
}

/// `text` with its typographic apostrophes and quotes made plain ("d’intérêt" →
/// "d'intérêt"); borrowed when there are none, which is nearly always.
pub fn plain_marks(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.contains(|c| APOSTROPHES.contains(&c) || QUOTES.contains(&c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if APOSTROPHES.contains(&c) => '\'',
                c if QUOTES.contains(&c) => '"',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_marks_become_plain() {
        assert_eq!(plain_marks("Master’s"), "Master's");
        assert_eq!(plain_marks("“Lead” d‘été"), "\"Lead\" d'été");
        assert_eq!(plain_marks("l´atelier"), "l'atelier");
    }

    #[test]
    fn text_without_marks_is_borrowed() {
        assert!(matches!(plain_marks("Présent"), Cow::Borrowed(_)));
        assert!(matches!(plain_marks("plain's"), Cow::Borrowed(_)));
        assert!(is_apostrophe('’') && is_apostrophe('\'') && !is_apostrophe('"'));
    }
}
