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

/// Present-tense verbs a current job's points open with, in their base form. Words
/// that also head job titles ("Lead", "Support", "Design") are left out: a title line
/// must not read as a point.
#[rustfmt::skip]
const PRESENT: &[&str] = &[
    "own", "run", "manage", "oversee", "coordinate", "deliver", "maintain", "handle",
    "drive", "write", "build", "create", "monitor", "prepare", "provide", "ensure",
    "collaborate", "analyse", "analyze", "implement", "conduct", "mentor", "plan",
    "review", "track", "organise", "organize", "negotiate", "assist", "perform",
    "respond", "liaise", "communicate", "resolve", "draft", "supervise", "schedule",
    "develop", "prioritise", "prioritize", "partner", "define", "grow", "automate",
    "work", "help", "teach", "answer", "process", "launch", "optimise", "optimize",
    // Clinical and service points ("Assess …", "Administer …", "Precept new nurses").
    "train", "assess", "educate", "administer", "precept", "titrate", "serve", "greet",
    // Therapists' points ("Evaluate and treat …", "Fabricate orthoses").
    "evaluate", "treat", "fabricate",
];

/// Whether `word` (as written, capitalised or not) is a present-tense verb a point
/// opens with, in its base form or with "-s"/"-es" ("Manages", "Oversees").
pub fn is_present_point_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    let base = |v: &str| PRESENT.contains(&v);
    base(&w) || w.strip_suffix('s').is_some_and(base) || w.strip_suffix("es").is_some_and(base)
}
