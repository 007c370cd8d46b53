//! Labels of personal details a CV may give in its header and the schema has no place
//! for (gender, birth, nationality, marital status, licence), in the languages the
//! reader knows, lower case.
//!
//! Takes nothing; gives the table. Whether a line is such a detail (the label at its
//! start, a value after it, a short line) is `personal`'s call.

/// Labels that open a personal-details line. European CVs commonly state birth date
/// and place, nationality and marital status in their header, in their own language
/// ("Nato a Kelda il …", "Geboren am …"): two-word forms where the bare word could
/// open something else ("nata" is also a given name).
#[rustfmt::skip]
pub const PERSONAL_DETAIL_LABELS: &[&str] = &[
    // English.
    "gender", "sex", "date of birth", "birth date", "birthdate", "born", "dob", "d.o.b.",
    "age", "nationality", "citizenship", "marital status", "place of birth", "religion",
    "visa status", "work permit", "driving licence", "driving license", "hukou",
    "political status", "ethnicity",
    // German, Dutch.
    "geburtsdatum", "geboren am", "geboren in", "staatsangehörigkeit", "familienstand",
    "geboortedatum", "geboren op", "geboren te", "nationaliteit", "burgerlijke staat",
    // French.
    "date de naissance", "né le", "née le", "né à", "née à", "nationalité",
    "situation familiale",
    // Italian.
    "data di nascita", "nato a", "nata a", "nato il", "nata il", "nazionalità",
    "stato civile", "luogo di nascita",
    // Spanish, Portuguese.
    "fecha de nacimiento", "nacido en", "nacida en", "nacido el", "nacida el",
    "nacionalidad", "estado civil", "data de nascimento", "nascido em", "nascida em",
    "nacionalidade",
];

/// Labels of the person's name in a personal-details grid ("Name: …", Dutch "Naam:"),
/// lower case.
#[rustfmt::skip]
pub const NAME_LABELS: &[&str] = &[
    "name", "full name", "candidate name", "naam", "volledige naam", "vor- und nachname",
    "nom", "nom complet", "nombre", "nombre completo", "nome", "nome completo", "namn",
    "imię i nazwisko",
];

/// Labels of the person's address or town in a contact line ("Address: …", Dutch
/// "Adres:", Italian "Indirizzo:"), lower case.
#[rustfmt::skip]
pub const PLACE_LABELS: &[&str] = &[
    "address", "location", "city", "home", "residence", "based in", "lives in",
    "current location", "adresse", "anschrift", "wohnort", "dirección", "domicilio",
    "ubicación", "endereço", "morada", "adres", "woonplaats", "indirizzo", "residenza",
    "adress", "adres zamieszkania",
];

/// Labels set before a contact value ("Tel.", "Cel", "E-mail", "LinkedIn"), in the
/// languages the reader knows, lower case: left beside the contacts once their values
/// are read, they name no place.
#[rustfmt::skip]
pub const CONTACT_LABELS: &[&str] = &[
    "phone", "tel", "telephone", "mobile", "mob", "cell", "cel", "celular", "telefone",
    "telemóvel", "telefon", "telefoon", "handy", "mobil", "téléphone", "tél", "portable",
    "teléfono", "móvil", "cellulare", "telefono", "email", "e-mail", "mail", "courriel",
    "correo", "linkedin", "github", "gitlab", "website", "web", "site", "homepage", "webpage",
    "url", "page", "profile",
    "portfolio", "blog", "skype", "twitter", "whatsapp", "xing", "orcid", "contact",
    "professional", "professionnel", "personal", "private", "privat", "home", "work",
    "office", "fax",
];
