//! The English verbs résumé bullets open with in the past tense, where they are not
//! regular ("Wrote", "Ran", "Led"): a line opening with one is an account of work
//! done, whatever names it goes on to mention.
//!
//! Takes one word; says whether it is such a verb. Regular forms ("Planned") are
//! recognised by their ending in `lines::opens_with_past_verb`, not listed here.

#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "wrote", "ran", "led", "built", "made", "won", "taught", "grew", "drove", "sold",
    "met", "kept", "took", "gave", "brought", "held", "oversaw", "spoke", "began", "found",
    "undertook", "rebuilt", "rewrote", "spent", "sought", "drew", "chose", "bought",
    "fed", "shot", "set", "put", "cut", "upheld", "withdrew", "overcame", "fought",
];

/// Whether `word` (as written, capitalised or not) is an irregular past-tense verb.
pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST.iter().any(|v| word.eq_ignore_ascii_case(v))
}
