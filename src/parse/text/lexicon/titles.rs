//! Job-title heads in the languages besides English that put the head word first
//! ("Engenheiro de Projetos", "Ingénieur d'études", "Responsabile vendite",
//! "Kierownik projektu"), where English puts it last ("Project Engineer").
//!
//! Takes a title-like phrase; says whether its first word is such a head. German,
//! Dutch and Swedish titles are compounds ending in their head ("Projektleiter",
//! "Zorgassistent", "Arbetsledare"), listed in [`COMPOUND_HEADS`]; they too open titles
//! that name a speciality after the head ("Verpleegkundige cardiologie", "Lärare i
//! matematik", "Referent Marketing").

// Asked for every word of many lines: a fast hasher, as the keys are our own words.
use foldhash::HashSet;
use std::sync::LazyLock;

/// Heads that open a title, masculine and feminine forms, lower case.
#[rustfmt::skip]
const LEADING_HEADS: &[&str] = &[
    // Portuguese
    "engenheiro", "engenheira", "gerente", "analista", "técnico", "técnica", "diretor",
    "diretora", "coordenador", "coordenadora", "supervisor", "supervisora", "assistente",
    "consultor", "consultora", "desenvolvedor", "desenvolvedora", "professor", "professora",
    "estagiário", "estagiária", "auxiliar", "enfermeiro", "enfermeira", "pesquisador",
    "pesquisadora", "chefe", "encarregado", "encarregada", "empregado", "empregada",
    "repositor", "repositora", "monitor", "monitora", "operador", "operadora", "vendedor",
    "vendedora", "rececionista", "recepcionista", "animador", "animadora", "explicador",
    "explicadora", "voluntário", "voluntária",
    // Spanish
    "ingeniero", "ingeniera", "jefe", "jefa", "técnica", "director", "directora",
    "coordinador", "coordinadora", "asistente", "desarrollador", "desarrolladora",
    "investigador", "investigadora", "becario", "becaria", "enfermero", "enfermera",
    "profesor", "responsable", "encargado", "encargada", "gestor", "gestora", "camarero",
    "camarera", "dependiente", "dependienta", "voluntario", "voluntaria",
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
    "collaboratrice", "addetto", "addetta", "cultore", "cultrice", "borsista",
    // An internship, named as English names it ("Internship in …"): French and Dutch
    // "stage", Italian "tirocinio", Spanish "prácticas", Portuguese "estágio", Polish
    // "staż", Swedish "praktik".
    "stage", "tirocinio", "prácticas", "estágio", "staż", "praktik",
    // Polish
    "inżynier", "kierownik", "kierowniczka", "specjalista", "specjalistka", "programista",
    "programistka", "analityk", "asystent", "asystentka", "dyrektor", "konsultant",
    "konsultantka", "starszy", "starsza", "młodszy", "młodsza", "stażysta", "stażystka",
    "praktykant", "praktykantka", "tester", "testerka", "pielęgniarka", "pielęgniarz",
    "lekarz", "nauczyciel", "nauczycielka", "księgowa", "księgowy", "projektant",
    "projektantka", "doradca", "koordynator", "koordynatorka", "menedżer", "menedżerka",
];

/// [`LEADING_HEADS`] as a set: every word of every header line is looked up.
static LEADING: LazyLock<HashSet<&str>> = LazyLock::new(|| LEADING_HEADS.iter().copied().collect());

/// Heads that end German, Dutch and Swedish compound titles, or stand alone.
#[rustfmt::skip]
const COMPOUND_HEADS: &[&str] = &[
    // German
    "meister", "meisterin", "leiter", "leiterin", "ingenieur", "ingenieurin", "entwickler",
    "entwicklerin", "berater", "beraterin", "techniker", "technikerin", "kaufmann", "kauffrau",
    "referent", "referentin", "assistent", "assistentin", "elektriker", "elektrikerin",
    "pfleger", "pflegerin", "lehrer", "lehrerin", "arzt", "ärztin", "mitarbeiter",
    "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin", "praktikant", "praktikantin",
    "auszubildender", "auszubildende", "koch", "köchin", "verkäufer", "verkäuferin",
    "wissenschaftler", "wissenschaftlerin", "doktorand", "doktorandin", "monteur", "monteurin",
    // An employee ("Bankangestellte") and a lead's post named as the function
    // ("Projektleitung", "Kaufmännische Leitung"), as German job ads write titles.
    "angestellte", "angestellter", "leitung",
    // A commissioned post ("Lehrbeauftragter", "Datenschutzbeauftragte") and a lecturer:
    // German titles for teaching and compliance posts.
    "beauftragter", "beauftragte", "dozent", "dozentin",
    // The trained trades' "-fachfrau"/"-fachmann"/"-fachkraft" ("Pflegefachfrau" since
    // the 2020 nursing act, "Fachkraft für Lagerlogistik") and a temporary helper.
    "fachfrau", "fachmann", "fachkraft", "aushilfe",
    // Dutch ("arts", a doctor, left out: it is English too)
    "verpleegkundige", "kundige", "medewerker", "medewerkster", "adviseur", "beheerder",
    "ontwikkelaar", "leidinggevende", "docent", "leraar", "lerares", "directeur",
    "coördinator", "begeleider", "therapeut", "onderzoeker", "promovendus", "verkoper",
    "analist", "consulent", "chauffeur",
    // Swedish
    "lärling", "ingenjör", "utvecklare", "ledare", "sjuksköterska", "undersköterska",
    "lärare", "handläggare", "konsult", "montör", "säljare", "ekonom", "forskare",
    "doktorand", "snickare", "kock", "installatör", "samordnare", "rådgivare",
    "administratör", "analytiker", "tekniker",
    // Internships ("Jahrespraktikum", "Zomerstage")
    "praktikum",
];

/// Shortest start of a compound before its head ("Zorg" in "Zorgassistent"): shorter is
/// an inflection of another word, not a compound.
const MIN_COMPOUND_LEAD: usize = 3;

/// Heads that are titles only inside a compound: alone they name a qualification or a
/// family ("Meister", "Kaufmann").
const ONLY_IN_COMPOUNDS: &[&str] = &["meister", "meisterin", "kaufmann", "kauffrau"];

/// [`COMPOUND_HEADS`] by their last byte: a word is looked up among the heads it can
/// end in only.
static COMPOUND_HEADS_BY_LAST: LazyLock<Vec<Vec<&str>>> = LazyLock::new(|| {
    let mut by_last = vec![Vec::new(); 256];
    for h in COMPOUND_HEADS {
        if let Some(&b) = h.as_bytes().last() {
            by_last[usize::from(b)].push(*h);
        }
    }
    by_last
});

/// Whether a lower-case word is, or ends in, a German, Dutch or Swedish title head.
pub fn is_compound_title(word: &str) -> bool {
    // A head is a suffix of the word, so only heads ending in its last byte can be one:
    // looking up just those spares the string comparisons for nearly every word.
    let Some(&last) = word.as_bytes().last() else {
        return false;
    };
    COMPOUND_HEADS_BY_LAST[usize::from(last)].iter().any(|h| {
        word == *h && !ONLY_IN_COMPOUNDS.contains(h)
            || word.len() >= h.len() + MIN_COMPOUND_LEAD
                && word.ends_with(h)
                && word.is_char_boundary(word.len() - h.len())
    })
}

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
    LEADING.contains(word) || is_compound_title(word)
}

/// Whether `phrase` opens with a title head of these languages and is short enough to
/// be a title.
pub fn opens_title(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let mut first = first
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // "Senior verpleegkundige SEH": a grade may stand before the head.
    if is_trailing_grade(&first) {
        let Some(next) = words.next() else {
            return false;
        };
        first = next
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
    }
    words.count() < MAX_WORDS && is_head(&first)
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
            "Senior verpleegkundige SEH",
            "Lärling",
            "Stażystka",
            "Zorgassistent",
            "Stage en agence d'architecture",
            "Jahrespraktikum",
        ] {
            assert!(opens_title(t), "{t}");
        }
        assert!(!opens_title("Kelda Conseil"));
        assert!(!opens_title(
            "Chef de projet pour la refonte complète du système de facturation des clients"
        ));
    }
}
