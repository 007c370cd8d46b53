//! A postal address's street: a part with a house number ("Thurngasse 8/4", "12 Elm
//! Street") or a street word ("Rua das Flores", "ul. Lipowa 7/3").
//!
//! Takes a phrase or a line; says whether it is such a street. Which part of an
//! address is the town is `places::location`'s question.

use crate::parse::text::lexicon::is_street_word;
use crate::parse::text::lines::word_count;

/// Most words before the first comma of an address's street line.
const MAX_STREET_WORDS: usize = 5;

/// "Rua das Flores, 118", "ul. Lipowa 7/3", "12 Elm Street": a line whose first part is
/// a street, by its house number or a street word.
pub fn street_line(s: &str) -> bool {
    let first = s.split(',').next().unwrap_or("").trim();
    is_street(first)
        || word_count(first) <= MAX_STREET_WORDS && first.split_whitespace().any(is_street_word)
}

/// "Thurngasse 8/4", "12 Elm Street", "Rua Augusta 27": a few words and a house number,
/// first or last.
pub fn is_street(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let number = |w: &&str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.len() <= MAX_HOUSE_NUMBER_CHARS
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-')
    };
    (2..=4).contains(&words.len())
        && (words.first().is_some_and(number) ^ words.last().is_some_and(number))
        && words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            >= 1
}

/// Longest house number ("8/4", "221b", "12-14").
const MAX_HOUSE_NUMBER_CHARS: usize = 6;

/// Whether `s` ends in a street word ("Mill Lane"): a street, not a town ("St" inside
/// a name is "Saint": "Bury St Edmunds").
pub(super) fn is_street_word_in(s: &str) -> bool {
    s.split_whitespace().next_back().is_some_and(is_street_word)
}
