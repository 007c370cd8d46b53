//! The labels of the Europass CV's left column (the 2004–2012 template, still common
//! in southern and eastern Europe) in English, Portuguese, Spanish, French and
//! Italian, each with what its value is to the reader.
//!
//! Also the short labels form-like CVs put before a field with a colon.
//!
//! Takes nothing; gives the tables. Rewriting a labelled line is `normalise`'s job.

/// What a labelled line's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRole {
    /// A field of the entry, read as if written alone (dates, a title, an employer).
    Value,
    /// A point of the entry, read as a list item.
    Item,
    /// The employer, which the template sets after the activities.
    Employer,
    /// The person's name, surname first before a comma.
    Name,
    /// Nothing the résumé keeps (the business sector).
    Drop,
}

use FormRole::*;

/// Labels, lower case, spaces single and none around a slash.
#[rustfmt::skip]
pub const FORM_LABELS: &[(&str, FormRole)] = &[
    // English
    ("dates", Value), ("occupation or position held", Value),
    ("main activities and responsibilities", Item), ("name and address of employer", Employer),
    ("type of business or sector", Drop), ("title of qualification awarded", Value),
    ("principal subjects/occupational skills covered", Item),
    ("name and type of organisation providing education and training", Value),
    ("level in national or international classification", Value),
    ("surname(s)/first name(s)", Name),
    // Portuguese
    ("datas", Value), ("função ou cargo ocupado", Value),
    ("principais actividades e responsabilidades", Item),
    ("principais atividades e responsabilidades", Item), ("nome e morada do empregador", Employer),
    ("tipo de empresa ou sector", Drop), ("designação da qualificação atribuída", Value),
    ("principais disciplinas/competências profissionais", Item),
    ("nome e tipo da organização de ensino ou formação", Value),
    ("classificação nacional ou internacional", Value),
    ("apelido(s)/nome(s) próprio(s)", Name),
    // Spanish
    ("fechas", Value), ("profesión o cargo desempeñado", Value),
    ("funciones y responsabilidades principales", Item),
    ("nombre y dirección de la empresa o empleador", Employer), ("tipo de empresa o sector", Drop),
    ("cualificación obtenida", Value), ("nombre y tipo del centro de estudios", Value),
    ("apellido(s)/nombre(s)", Name),
    // French
    ("fonction ou poste occupé", Value), ("principales activités et responsabilités", Item),
    ("nom et adresse de l'employeur", Employer), ("type ou secteur d'activité", Drop),
    ("intitulé du certificat ou diplôme délivré", Value),
    ("nom et type de l'établissement d'enseignement ou de formation", Value),
    ("nom(s)/prénom(s)", Name),
    // Italian
    ("lavoro o posizione ricoperti", Value), ("principali attività e responsabilità", Item),
    ("nome e indirizzo del datore di lavoro", Employer), ("tipo di attività o settore", Drop),
    ("titolo della qualifica rilasciata", Value),
    ("nome e tipo d'organizzazione erogatrice dell'istruzione e formazione", Value),
    ("cognome(i)/nome(i)", Name),
];

/// Short labels a form-like CV sets before each field of a job or a course with a
/// colon ("Empresa: …" / "Cargo: …" / "Período: …"): the usual layout of Brazilian
/// and Iberian CVs and of templates that print an entry as a small form. Each names
/// the field, so the value reads as if written alone. Lower case; labels that also
/// head skill or personal-data lines ("Role", "Title", "Tools") are left out.
#[rustfmt::skip]
pub const COLON_FIELD_LABELS: &[&str] = &[
    // Portuguese
    "empresa", "empregador", "cargo", "função", "período", "duração", "instituição",
    "curso", "conclusão", "ano de conclusão",
    // Spanish
    "puesto", "periodo", "institución", "centro",
    // English
    "company", "employer", "job title", "position", "period", "dates", "duration",
    // German, French, Italian
    "arbeitgeber", "zeitraum", "entreprise", "employeur", "poste", "période",
    "azienda", "datore di lavoro", "ruolo",
];
