//! Job-title heads in the languages besides English that put the head word first
//! ("Engenheiro de Projetos", "Ingénieur d'études", "Responsabile vendite",
//! "Kierownik projektu"), where English puts it last ("Project Engineer").
//!
//! Takes a title-like phrase; says whether its first word is such a head. German,
//! Dutch and Swedish titles are compounds ending in their head and are read by
//! `vocab`'s title words.

/// Heads that open a title, masculine and feminine forms, lower case.
#[rustfmt::skip]
const LEADING_HEADS: &[&str] = &[
    // Portuguese
    "engenheiro", "engenheira", "gerente", "analista", "técnico", "técnica", "diretor",
    "diretora", "coordenador", "coordenadora", "supervisor", "supervisora", "assistente",
    "consultor", "consultora", "desenvolvedor", "desenvolvedora", "professor", "professora",
    "estagiário", "estagiária", "auxiliar", "enfermeiro", "enfermeira", "pesquisador",
    "pesquisadora", "chefe", "encarregado", "encarregada",
    // Spanish
    "ingeniero", "ingeniera", "jefe", "jefa", "técnica", "director", "directora",
    "coordinador", "coordinadora", "asistente", "desarrollador", "desarrolladora",
    "investigador", "investigadora", "becario", "becaria", "enfermero", "enfermera",
    "profesor", "responsable", "encargado", "encargada", "gestor", "gestora",
    // French
    "ingénieur", "ingénieure", "chef", "chargé", "chargée", "directeur", "directrice",
    "développeur", "développeuse", "technicien", "technicienne", "assistant", "assistante",
    "conseiller", "conseillère", "chercheur", "chercheuse", "enseignant", "enseignante",
    "stagiaire", "attaché", "attachée", "gestionnaire", "infirmier", "infirmière",
    "doctorant", "doctorante", "maître", "maîtresse", "professeur", "professeure", "architecte",
    "médecin", "avocat", "avocate",
    // Italian
    "ingegnere", "tecnica", "responsabile", "sviluppatore", "sviluppatrice", "direttore", "direttrice",
    "tecnico", "consulente", "ricercatore", "ricercatrice", "assegnista", "docente",
    "impiegato", "impiegata", "tirocinante", "dottorando", "dottoranda", "collaboratore",
    "collaboratrice", "addetto", "addetta",
    // Polish
    "inżynier", "kierownik", "kierowniczka", "specjalista", "specjalistka", "programista",
    "programistka", "analityk", "asystent", "asystentka", "dyrektor", "konsultant",
    "konsultantka", "starszy", "młodszy",
];

/// Grades written after the title in these languages ("Tutor junior", "Analista Sênior",
/// "Consultant senior"), where English writes them before it.
const TRAILING_GRADES: &[&str] = &[
    "junior", "senior", "júnior", "sênior", "pleno", "jr", "jr.", "sr", "sr.",
];

/// Whether a word is a grade that may follow a title head.
pub fn is_trailing_grade(word: &str) -> bool {
    TRAILING_GRADES.iter().any(|g| word.eq_ignore_ascii_case(g))
}

/// Whether a lower-case word is one of these heads.
pub fn is_head(word: &str) -> bool {
    LEADING_HEADS.contains(&word)
}

/// Whether `phrase` opens with a title head of these languages and is short enough to
/// be a title.
pub fn opens_title(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    words.count() < MAX_WORDS && LEADING_HEADS.contains(&first.as_str())
}

/// Most words of a title that opens with its head; more is a sentence.
const MAX_WORDS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_open_with_their_head() {
        for t in [
            "Engenheiro de Projetos Sênior",
            "Ingénieur d'études",
            "Responsabile vendite",
            "Kierownik projektu",
            "Jefe de Obra",
        ] {
            assert!(opens_title(t), "{t}");
        }
        assert!(!opens_title("Kelda Conseil"));
        assert!(!opens_title(
            "Chef de projet pour la refonte complète du système de facturation des clients"
        ));
    }
}
