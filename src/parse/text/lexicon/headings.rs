//! Section-heading words in the languages besides English, each with the section it
//! names, and the words that may stand beside them in a heading ("und", "de",
//! "professionnelle").
//!
//! Words are whole lower-case words, listed in the forms headings use (singular and
//! plural where both occur): a stem would also catch "Projektmanager" or "Studio",
//! which are entry lines, not headings.

use crate::parse::text::sections::SectionKind;
use std::borrow::Cow;
// Every word of every line is looked up here: a fast hasher, as the keys are our own words.
use foldhash::HashMap;
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use SectionKind::*;

/// One language's heading words.
pub struct Language {
    /// ISO 639-1 code; names the table in tests' messages.
    #[cfg_attr(not(test), allow(dead_code))]
    pub code: &'static str,
    /// Words that name a section.
    pub words: &'static [(&'static str, SectionKind)],
    /// Words that may stand beside them: articles, conjunctions, qualifiers.
    pub fillers: &'static [&'static str],
}

#[rustfmt::skip]
pub static LANGUAGES: &[Language] = &[
    Language {
        code: "de",
        words: &[
            ("berufserfahrung", Work), ("erfahrung", Work), ("erfahrungen", Work),
            ("praxiserfahrung", Work), ("werdegang", Work),
            ("arbeitserfahrung", Work), ("berufspraxis", Work), ("seminare", Courses),
            ("mich", Summary),
            ("berufstätigkeit", Work), ("tätigkeit", Work), ("tätigkeiten", Work), ("praktika", Work),
            ("praktikum", Work), ("beruflicher", Work), ("anstellungen", Work),
            ("ausbildung", Education), ("bildung", Education), ("bildungsweg", Education),
            ("schulbildung", Education), ("studium", Education), ("hochschulbildung", Education),
            ("schulausbildung", Education), ("kenntnisse", Skills), ("fähigkeiten", Skills),
            ("kompetenzen", Skills), ("fertigkeiten", Skills), ("edv-kenntnisse", Skills),
            ("stärken", Skills), ("anwendungen", Skills),
            ("it-kenntnisse", Skills), ("programmieren", Skills), ("programmierung", Skills),
            ("programmiersprachen", Skills), ("sprachen", Languages), ("sprachkenntnisse", Languages),
            ("fremdsprachen", Languages), ("projekte", Projects), ("projekt", Projects),
            ("auszeichnungen", Awards), ("preise", Awards), ("stipendien", Awards),
            ("ehrungen", Awards), ("publikationen", Publications),
            ("veröffentlichungen", Publications), ("vorträge", Publications),
            ("zertifikate", Certificates), ("zertifizierungen", Certificates),
            ("weiterbildung", Education), ("weiterbildungen", Education),
            ("fortbildungen", Courses),
            ("kurse", Courses), ("ehrenamt", Volunteer), ("ehrenamtliches", Volunteer),
            ("engagement", Volunteer), ("lehre", Teaching), ("lehrtätigkeit", Teaching),
            ("interessen", Interests), ("hobbys", Interests), ("referenzen", References),
            ("profil", Summary), ("kurzprofil", Summary), ("zusammenfassung", Summary),
            ("kontakt", Contact), ("persönliche", Contact), ("angaben", Contact),
            ("forschung", Research), ("mitgliedschaften", Other), ("sonstiges", Other),
        ],
        fillers: &["und", "der", "die", "das", "für", "im", "in", "zur", "zum", "meine", "über",
            "klinische", "wissenschaftliche",
            "berufliche", "praktische", "akademische", "akademischer", "schulische", "weitere", "daten",
            "technische", "sonstige", "ausgewählte", "&"],
    },
    Language {
        code: "fr",
        words: &[
            // The summary a French CV opens with ("Synthèse", "Synthèse professionnelle").
            ("synthèse", Summary),
            ("expérience", Work), ("expériences", Work), ("parcours", Work), ("emplois", Work),
            ("stages", Work), ("stage", Work), ("formation", Education), ("formations", Education),
            ("études", Education), ("diplômes", Education), ("scolarité", Education),
            ("compétences", Skills), ("compétence", Skills), ("connaissances", Skills),
            ("savoir-faire", Skills), ("langues", Languages), ("linguistiques", Languages),
            ("projets", Projects), ("projet", Projects), ("réalisations", Projects),
            ("prix", Awards), ("distinctions", Awards), ("bourses", Awards),
            ("récompenses", Awards), ("publications", Publications),
            ("communications", Publications), ("certifications", Certificates),
            ("certificats", Certificates), ("bénévolat", Volunteer), ("associatif", Volunteer),
            ("associatives", Volunteer), ("enseignement", Teaching), ("enseignements", Teaching),
            ("loisirs", Interests), ("intérêt", Interests), ("d'intérêt", Interests),
            ("d’intérêt", Interests), ("intérêts", Interests),
            ("références", References), ("profil", Summary), ("coordonnées", Contact),
            ("recherche", Research), ("cours", Courses), ("informatique", Skills),
            // "Informations personnelles", as German "Persönliche Angaben" and Spanish
            // "Datos personales": the personal data. Contact comes last in precedence,
            // so "Compétences personnelles" stays skills.
            ("personnelles", Contact), ("renseignements", Contact),
        ],
        fillers: &["et", "de", "des", "du", "la", "le", "les", "centres",
            "professionnelle", "professionnelles", "professionnel", "professionnels",
            "académique", "académiques", "universitaire", "universitaires", "informations",
            "personnel", "personnels", "informatiques", "techniques", "autres", "principales",
            "mes", "&"],
    },
    Language {
        code: "es",
        words: &[
            ("experiencia", Work), ("experiencias", Work), ("trayectoria", Work),
            ("empleo", Work), ("prácticas", Work), ("educación", Education),
            ("formación", Education), ("estudios", Education), ("habilidades", Skills),
            ("competencias", Skills), ("conocimientos", Skills), ("aptitudes", Skills),
            ("idiomas", Languages), ("lenguas", Languages), ("lingüísticas", Languages),
            ("proyectos", Projects), ("proyecto", Projects), ("premios", Awards),
            ("reconocimientos", Awards), ("becas", Awards), ("distinciones", Awards),
            ("publicaciones", Publications), ("certificaciones", Certificates),
            ("certificados", Certificates), ("voluntariado", Volunteer), ("docencia", Teaching),
            ("enseñanza", Teaching), ("intereses", Interests), ("aficiones", Interests),
            ("referencias", References), ("perfil", Summary), ("resumen", Summary),
            ("contacto", Contact), ("datos", Contact), ("investigación", Research),
            ("cursos", Courses),
            // Computer skills under a heading of their own, as European CVs set them.
            ("informática", Skills), ("ofimática", Skills),
        ],
        fillers: &["y", "e", "de", "del", "la", "las", "los", "el", "laboral", "laborales",
            "profesional", "profesionales", "académica", "académicos", "académico",
            "personales", "técnicas", "técnicos", "informáticos", "otros", "complementaria",
            "mis", "adicionales", "extras", "&"],
    },
    Language {
        code: "pt",
        words: &[
            ("experiência", Work), ("experiências", Work), ("estágios", Work), ("estágio", Work),
            ("atuação", Work), ("formação", Education), ("educação", Education),
            ("escolaridade", Education), ("habilitações", Education),
            ("competências", Skills), ("habilidades", Skills), ("conhecimentos", Skills),
            ("idiomas", Languages), ("línguas", Languages), ("projetos", Projects),
            ("projectos", Projects), ("prémios", Awards), ("prêmios", Awards),
            ("bolsas", Awards), ("distinções", Awards), ("publicações", Publications),
            ("certificações", Certificates), ("certificados", Certificates),
            ("voluntariado", Volunteer), ("docência", Teaching), ("ensino", Teaching),
            // "Trabalho voluntário": "trabalho" (work) is a filler beside it.
            ("voluntário", Volunteer), ("voluntária", Volunteer),
            ("interesses", Interests), ("referências", References), ("perfil", Summary),
            ("resumo", Summary), ("objetivo", Summary), ("objetivos", Summary), ("contato", Contact), ("contacto", Contact),
            ("dados", Contact), ("pesquisa", Research), ("investigação", Research),
            ("cursos", Courses), ("informática", Skills), ("aptidões", Skills),
            ("informação", Contact),
        ],
        fillers: &["e", "de", "da", "do", "das", "dos", "profissional", "profissionais", "pessoal",
            "trabalho",
            "acadêmica", "académica", "acadêmicas", "académicas", "pessoais", "técnicas",
            "complementar", "complementares", "outros", "outras", "extras", "extra",
            "adicionais", "&"],
    },
    Language {
        code: "it",
        words: &[
            ("esperienza", Work), ("esperienze", Work), ("tirocini", Work), ("tirocinio", Work),
            ("impieghi", Work), ("istruzione", Education), ("formazione", Education),
            ("studi", Education), ("titoli", Education), ("competenze", Skills),
            ("capacità", Skills), ("conoscenze", Skills), ("abilità", Skills),
            ("lingue", Languages), ("linguistiche", Languages), ("progetti", Projects),
            ("progetto", Projects), ("premi", Awards), ("riconoscimenti", Awards),
            ("borse", Awards), ("pubblicazioni", Publications), ("certificazioni", Certificates),
            ("attestati", Certificates), ("volontariato", Volunteer), ("didattica", Teaching),
            ("insegnamento", Teaching), ("interessi", Interests), ("referenze", References),
            ("profilo", Summary), ("sommario", Summary), ("contatti", Contact),
            ("dati", Contact), ("ricerca", Research), ("corsi", Courses),
            ("informatica", Skills),
        ],
        fillers: &["e", "ed", "di", "del", "della", "delle", "dei", "degli", "il", "la", "le",
            "lavorativa", "lavorative", "professionale", "professionali", "accademica",
            "accademiche", "personali", "tecniche", "informatiche", "altre", "selezione",
            "studio", "&"],
    },
    Language {
        code: "nl",
        words: &[
            ("werkervaring", Work), ("ervaring", Work), ("loopbaan", Work),
            ("opleiding", Education), ("opleidingen", Education), ("studie", Education),
            ("vaardigheden", Skills), ("competenties", Skills), ("kennis", Skills),
            ("talen", Languages), ("taalvaardigheid", Languages), ("projecten", Projects),
            ("prijzen", Awards), ("onderscheidingen", Awards), ("beurzen", Awards),
            ("publicaties", Publications), ("certificaten", Certificates),
            ("certificeringen", Certificates), ("vrijwilligerswerk", Volunteer),
            ("nevenactiviteiten", Volunteer), ("onderwijs", Teaching), ("interesses", Interests),
            ("hobby's", Interests), ("referenties", References), ("profiel", Summary),
            ("samenvatting", Summary), ("contactgegevens", Contact), ("gegevens", Contact),
            ("personalia", Contact),
            ("onderzoek", Research), ("cursussen", Courses), ("trainingen", Courses),
        ],
        fillers: &["en", "de", "het", "van", "persoonlijke", "professionele", "relevante",
            "overige", "academische", "technische", "&"],
    },
    Language {
        code: "sv",
        words: &[
            ("arbetslivserfarenhet", Work), ("erfarenhet", Work), ("anställningar", Work),
            ("utbildning", Education), ("utbildningar", Education), ("kompetenser", Skills),
            ("kompetens", Skills), ("färdigheter", Skills), ("kunskaper", Skills),
            ("språk", Languages), ("språkkunskaper", Languages), ("projekt", Projects),
            ("utmärkelser", Awards), ("priser", Awards), ("stipendier", Awards),
            ("publikationer", Publications), ("certifikat", Certificates),
            ("certifieringar", Certificates), ("ideellt", Volunteer), ("föreningsliv", Volunteer),
            ("undervisning", Teaching), ("intressen", Interests),
            ("fritidsintressen", Interests), ("referenser", References),
            ("sammanfattning", Summary), ("personuppgifter", Contact), ("kontaktuppgifter", Contact),
            ("forskning", Research), ("kurser", Courses),
        ],
        fillers: &["och", "i", "av", "för", "övriga", "övrigt", "tekniska", "akademiska",
            "relevant", "&"],
    },
    Language {
        code: "pl",
        words: &[
            ("doświadczenie", Work), ("zatrudnienie", Work), ("praktyki", Work), ("staże", Work),
            ("wykształcenie", Education), ("edukacja", Education), ("umiejętności", Skills),
            ("kompetencje", Skills), ("języki", Languages), ("językowe", Languages),
            ("projekty", Projects), ("nagrody", Awards), ("wyróżnienia", Awards),
            ("stypendia", Awards), ("publikacje", Publications), ("certyfikaty", Certificates),
            ("licencje", Certificates), ("wolontariat", Volunteer), ("dydaktyka", Teaching),
            ("zainteresowania", Interests), ("referencje", References),
            ("podsumowanie", Summary), ("kontakt", Contact), ("dane", Contact),
            ("badania", Research), ("kursy", Courses), ("szkolenia", Courses),
            ("uprawnienia", Certificates),
        ],
        fillers: &["i", "oraz", "w", "z", "zawodowe", "osobowe", "obce", "techniczne",
            "dodatkowe", "naukowe", "o", "mnie", "&"],
    },
];

/// Precedence when a heading holds words of several sections ("Premi e borse di
/// ricerca"): the narrower section wins, as in English ("Research Awards" are awards).
const PRECEDENCE: &[SectionKind] = &[
    Awards,
    Teaching,
    Volunteer,
    Publications,
    Certificates,
    Languages,
    Skills,
    Projects,
    Interests,
    Research,
    Courses,
    Education,
    Summary,
    Work,
    References,
    Contact,
    Other,
];

/// The section a heading word names, in any of the languages here. Accents are
/// compared last and loosely: headings in capitals often drop or misplace them
/// ("INTERETS", "EXPERIENCE PROFESSIONNELLE", French printing leaving capitals bare).
pub fn kind_of_word(word: &str) -> Option<SectionKind> {
    let (exact, bare) = words();
    exact
        .get(word)
        .or_else(|| bare.get(unaccented(word).as_ref()))
        .copied()
}

/// Heading words as written, and with their accents left out.
type Words = (
    HashMap<&'static str, SectionKind>,
    HashMap<String, SectionKind>,
);

/// The heading words as written and with their accents left out, the first
/// language's reading kept where two share a spelling. Every word of every line asks
/// here, and most are no heading word: a lookup, not a scan of the tables.
fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let (mut exact, mut bare) = (HashMap::default(), HashMap::default());
        for &(w, k) in LANGUAGES.iter().flat_map(|l| l.words.iter()) {
            exact.entry(w).or_insert(k);
            bare.entry(unaccented(w).into_owned()).or_insert(k);
        }
        (exact, bare)
    })
}

/// A word with its accents left out and its apostrophes plain ("d’intérêts" →
/// "d'interets").
fn unaccented(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        super::typography::plain_marks(word)
            .nfd()
            .filter(|&c| !is_combining_mark(c))
            .collect::<String>(),
    )
}

/// A word that may stand in a heading beside its key word. A word cut short by a
/// hyphen is the elided half of a compound ("Aus- und Weiterbildung", "Schul- en
/// beroepsopleiding"), which German and Dutch write before a conjunction.
pub fn is_filler(word: &str) -> bool {
    (word.len() > 2 && word.ends_with('-') && !word[..word.len() - 1].contains('-'))
        || LANGUAGES.iter().any(|l| l.fillers.contains(&word))
}

/// The section named by heading words in these languages, by precedence.
pub fn kind_of(words: &[String]) -> Option<SectionKind> {
    let kinds: Vec<SectionKind> = words.iter().filter_map(|w| kind_of_word(w)).collect();
    PRECEDENCE.iter().copied().find(|k| kinds.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(heading: &str) -> Option<SectionKind> {
        let words: Vec<String> = heading.split_whitespace().map(str::to_lowercase).collect();
        kind_of(&words)
    }

    #[test]
    fn headings_in_each_language() {
        for (h, k) in [
            ("Berufserfahrung", Work),
            ("Sprachkenntnisse", Languages),
            ("Expérience professionnelle", Work),
            ("Centres d'intérêt", Interests),
            ("Formación académica", Education),
            ("Prémios e distinções", Awards),
            ("Esperienza di ricerca", Research),
            ("Premi e borse", Awards),
            ("Werkervaring", Work),
            ("Arbetslivserfarenhet", Work),
            ("Doświadczenie zawodowe", Work),
            ("Języki obce", Languages),
            ("Aus- und Weiterbildung", Education),
            // Capitals with their accents dropped or misplaced.
            ("interets", Interests),
            ("intêrets", Interests),
            ("competences", Skills),
            ("Informations personnelles", Contact),
            ("Renseignements personnels", Contact),
            ("Compétences personnelles", Skills),
            // The apostrophe a word processor prints.
            ("Centres d’intérêt", Interests),
        ] {
            assert_eq!(kind(h), Some(k), "{h}");
        }
        assert_eq!(kind("Projektmanager"), None);
    }

    #[test]
    fn every_word_is_lower_case_and_every_kind_has_a_precedence() {
        for l in LANGUAGES {
            for (w, k) in l.words {
                assert_eq!(*w, w.to_lowercase(), "{}: {w}", l.code);
                assert!(PRECEDENCE.contains(k), "{}: {w}", l.code);
            }
        }
    }
}
