//! Words for how well someone knows a skill or a language ("expert", "Grundkenntnisse",
//! "courant", "avanzato"), in the nine languages the reader knows.
//!
//! Takes a lower-case phrase; says whether it is such a level, and whether it may stand
//! bare after a skill ("HTML Grundkenntnisse") or only set apart ("Python (expert)",
//! "Julia — expert"). Where in a line a level stands is the skills reader's question.

/// Levels, lower case, one phrase each. A level names no skill, so a keyword made only
/// of one is dropped and a keyword ending in one keeps the skill alone.
#[rustfmt::skip]
const LEVELS: &[&str] = &[
    // English
    "expert", "advanced", "intermediate", "beginner", "basic", "basics", "proficient",
    "familiar", "novice", "working knowledge", "fluent", "native", "good", "very good",
    "excellent", "prior experience", "some experience", "elementary", "upper intermediate",
    "professional working proficiency", "limited working proficiency",
    // German
    "grundkenntnisse", "anfängerkenntnisse", "basiskenntnisse", "fortgeschritten",
    "fortgeschrittene kenntnisse", "vertiefte kenntnisse", "gut", "sehr gut", "experte",
    "fließend", "verhandlungssicher", "muttersprache", "gute kenntnisse",
    "sehr gute kenntnisse",
    // French
    "débutant", "débutante", "intermédiaire", "avancé", "avancée", "courant", "notions",
    "bon", "bonne maîtrise", "maîtrise", "langue maternelle", "bilingue", "confirmé",
    // Spanish
    "básico", "básica", "intermedio", "intermedia", "avanzado", "avanzada", "experto",
    "experta", "nativo", "nativa", "fluido",
    // Portuguese
    "intermediário", "avançado", "avançada", "especialista", "fluente", "bom", "muito bom",
    "elementar", "língua materna",
    // Italian
    "base", "intermedio", "avanzato", "esperto", "esperta", "madrelingua", "buono", "ottimo",
    "discreto",
    // Dutch
    "basis", "gemiddeld", "gevorderd", "vloeiend", "moedertaal", "goed", "zeer goed",
    // Swedish
    "grundläggande", "medel", "avancerad", "flytande", "modersmål", "god", "mycket god",
    // Polish
    "podstawowy", "średniozaawansowany", "zaawansowany", "ekspert", "biegły", "ojczysty",
    "dobry", "bardzo dobry", "podstawy", "podstawowa", "komunikatywny", "komunikatywna",
    "średnio zaawansowany", "dobra znajomość", "bardzo dobra znajomość",
];

/// Levels that also end skills' own names ("Visual Basic", "React Native", "Data
/// Base"): read as a level only when set apart from the skill.
const ALSO_IN_NAMES: &[&str] = &["basic", "basics", "native", "base", "basis", "good", "bon"];

/// Whether a phrase (any case, surrounding spaces ignored) is a level.
pub fn is_level(phrase: &str) -> bool {
    let p = phrase.trim().to_lowercase();
    LEVELS.contains(&p.as_str())
}

/// Whether a level may stand bare after a skill's name ("Linux Grundkenntnisse").
pub fn may_trail_bare(phrase: &str) -> bool {
    let p = phrase.trim().to_lowercase();
    LEVELS.contains(&p.as_str()) && !ALSO_IN_NAMES.contains(&p.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_in_several_languages() {
        for l in [
            "Expert",
            "Grundkenntnisse",
            "sehr gut",
            "courant",
            "avanzato",
            "gevorderd",
        ] {
            assert!(is_level(l), "{l}");
        }
        assert!(!is_level("Python") && !may_trail_bare("Basic") && may_trail_bare("gut"));
    }

    #[test]
    fn every_level_is_lower_case() {
        for l in LEVELS.iter().chain(ALSO_IN_NAMES) {
            assert_eq!(*l, l.to_lowercase());
        }
    }
}
