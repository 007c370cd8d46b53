//! The place-and-date line that closes many European CVs ("Town, im Monat Jahr",
//! "Town, le 3 mars 2024"): where and when the document was signed, not content.
//!
//! Takes one line's plain text; gives whether it is such a line. It does not find a
//! signature or a name below it, nor decide which section the line stands in: callers
//! drop it where it would otherwise be read as a skill or an entry.

use super::dates::find_dates;
use super::lexicon::dates::SIGNOFF_WORDS;

/// A place is a town's name: one to three capitalised words ("Frankfurt am Main" has a
/// lower-case joint, read as a connector).
const MAX_PLACE_WORDS: usize = 3;

/// "Berlin, im März 2024": a capitalised place, a comma, then one date with its month and nothing
/// but the connectors letters use before it.
pub fn is_signoff(text: &str) -> bool {
    let Some((place, when)) = text.trim().split_once(',') else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.is_empty()
        || words.len() > MAX_PLACE_WORDS
        || !words.first().is_some_and(capitalised)
        || words
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_digit() || c == '@'))
    {
        return false;
    }
    let dates = find_dates(when);
    let [d] = dates.as_slice() else {
        return false;
    };
    // A letter is dated to the month at least; a bare year after a word is a skill's
    // or an entry's ("Excel, 2019").
    if d.range || !d.first().is_some_and(|y| y.month.is_some()) {
        return false;
    }
    let rest = format!("{} {}", &when[..d.span.start], &when[d.span.end..]);
    rest.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .all(|w| {
            SIGNOFF_WORDS.contains(&w.to_lowercase().as_str())
                // The day before a month the date reader took alone ("3. Mai 2023").
                || w.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
        })
}

#[cfg(test)]
mod tests {
    use super::is_signoff;

    #[test]
    fn place_and_date_lines() {
        for l in [
            "Berlin, im März 2024",
            "München, den 3. Mai 2023",
            "Parma, 12/03/2024",
            "Lyon, le 3 mars 2024",
        ] {
            assert!(is_signoff(l), "{l}");
        }
        for l in [
            "Python, R, SQL",
            "Acme GmbH, 2019 – 2021",
            "Berlin, Germany",
            "Excel, 2019",
            "Kenntnisse: Python, 2020",
        ] {
            assert!(!is_signoff(l), "{l}");
        }
    }
}
