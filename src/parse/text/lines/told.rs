//! Lines that tell work done: a past-tense verb first ("Planned …", "Wrote …"), as
//! bullet points are written, whatever names or years follow; or a present-tense one
//! with its object ("Own the budget …"), as a current job's points are.
//!
//! Takes a line's text; says whether it opens so. Which irregular verbs there are is
//! the lexicon's.

use super::word_count;

/// A capitalised past-tense verb first ("Planned …", "Wrote …") in a line of four
/// words or more: an account of work done, as a bullet that lost its mark.
pub fn opens_with_past_verb(t: &str) -> bool {
    /// Shortest regular past form counted ("Led" is listed; "Used" too short to tell).
    const MIN_REGULAR_LEN: usize = 5;
    // "Recruited, trained and …": the verb is the word, not its comma.
    let Some(w) = t
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches([',', ';']))
    else {
        return false;
    };
    word_count(t) >= 4
        && w.chars().next().is_some_and(char::is_uppercase)
        && (w.ends_with("ed") && w.chars().count() >= MIN_REGULAR_LEN
            || crate::parse::text::lexicon::verbs::is_irregular_past(w))
}

/// A capitalised verb first, past ([`opens_with_past_verb`]) or present with a
/// lower-case word after it ("Own the budget …", "Manages supplier contracts"): a
/// point of work, as a bullet that lost its mark. The lower-case word tells a verb
/// and its object from a name that starts with the same word.
pub fn opens_with_verb(t: &str) -> bool {
    if opens_with_past_verb(t) {
        return true;
    }
    let mut words = t.split_whitespace();
    let (Some(w), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    word_count(t) >= 4
        && w.chars().next().is_some_and(char::is_uppercase)
        && (next.chars().next().is_some_and(char::is_lowercase) || mostly_lower(t))
        && crate::parse::text::lexicon::verbs::is_present_point_verb(w)
}

/// Fewest words for a line's share of lower-case words to tell a sentence.
const MIN_SENTENCE_WORDS: usize = 6;

/// Half the words or more in lower case, over six words or more: a verb and its object
/// though a name comes right after the verb ("Precept Level II students from two
/// universities"); names and titles capitalise their words.
fn mostly_lower(t: &str) -> bool {
    let words = word_count(t);
    let lower = t
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words >= MIN_SENTENCE_WORDS && lower * 2 >= words
}

#[cfg(test)]
mod tests {
    #[test]
    fn past_verbs_first() {
        use super::opens_with_past_verb as told;
        assert!(told("Planned and scheduled the posts"));
        assert!(told("Wrote copy for the online shop"));
        assert!(!told("Registered Nurse"));
        assert!(!told("Used Excel daily"));
        assert!(!told("Own the voice and tone guidelines"));
    }

    #[test]
    fn present_verbs_first() {
        use super::opens_with_verb as point;
        assert!(point("Own the voice and tone guidelines"));
        assert!(point("Manages supplier contracts across three countries"));
        assert!(point("Wrote copy for the online shop"));
        assert!(!point("Run Kelda Tours since 2019"));
        assert!(!point("Own brand"));
        assert!(!point("Support Engineer at Kelda Bank"));
    }
}
