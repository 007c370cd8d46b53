//! Date words in the languages the reader knows: month names and their short forms,
//! and the words that mean "still going" at the end of a range. English, German,
//! French, Spanish, Italian, Dutch, Portuguese, Swedish and Polish; the grammar that
//! reads dates with them is `dates`.

/// Month names and abbreviations, lower case, with the month's number.
#[rustfmt::skip]
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12), ("januar", 1),
    ("jänner", 1), ("janvier", 1), ("janv", 1), ("enero", 1), ("ene", 1), ("gennaio", 1),
    ("januari", 1), ("janeiro", 1), ("februar", 2), ("février", 2), ("fevrier", 2),
    ("févr", 2), ("fev", 2), ("febrero", 2), ("febbraio", 2), ("februari", 2),
    ("fevereiro", 2), ("märz", 3), ("maerz", 3), ("mars", 3), ("marzo", 3), ("maart", 3),
    ("março", 3), ("marco", 3), ("avril", 4), ("avr", 4), ("abril", 4), ("abr", 4),
    ("aprile", 4), ("mai", 5), ("mayo", 5), ("maggio", 5), ("mei", 5), ("maio", 5),
    ("juni", 6), ("juin", 6), ("junio", 6), ("giugno", 6), ("junho", 6), ("juli", 7),
    ("juillet", 7), ("juil", 7), ("julio", 7), ("luglio", 7), ("julho", 7), ("août", 8),
    ("aout", 8), ("agosto", 8), ("augustus", 8), ("septembre", 9), ("septiembre", 9),
    ("settembre", 9), ("setembro", 9), ("oktober", 10), ("okt", 10), ("octobre", 10),
    ("octubre", 10), ("ottobre", 10), ("outubro", 10), ("novembre", 11), ("noviembre", 11),
    ("novembro", 11), ("dezember", 12), ("dez", 12), ("décembre", 12), ("decembre", 12),
    ("déc", 12), ("diciembre", 12), ("dic", 12), ("dicembre", 12), ("dezembro", 12),
    // Short forms each language's own style guides print (Spanish and Italian "ago",
    // Italian "giu"/"lug"/"ott", Dutch "mrt", German "mär"). Left out on purpose: short
    // forms that are common English words ("set", "out", "gen") would turn prose into
    // dates.
    ("ago", 8), ("giu", 6), ("lug", 7), ("ott", 10), ("mag", 5), ("mrt", 3), ("mär", 3),
    // Swedish (the names shared with Dutch or German are above).
    ("maj", 5), ("augusti", 8),
    // Polish: the nominative, the genitive a date is written in ("12 marca 2021") and
    // the three-letter forms.
    ("styczeń", 1), ("stycznia", 1), ("sty", 1), ("luty", 2), ("lutego", 2), ("lut", 2),
    ("marzec", 3), ("marca", 3), ("kwiecień", 4), ("kwietnia", 4), ("kwi", 4),
    ("maja", 5), ("czerwiec", 6), ("czerwca", 6), ("cze", 6), ("lipiec", 7),
    ("lipca", 7), ("lip", 7), ("sierpień", 8), ("sierpnia", 8), ("wrzesień", 9),
    ("września", 9), ("wrz", 9), ("październik", 10), ("października", 10), ("paź", 10),
    ("listopad", 11), ("listopada", 11), ("grudzień", 12), ("grudnia", 12), ("gru", 12),
];

/// Short month forms that are also common words (Portuguese and Italian "set",
/// Portuguese "out", Italian "gen"): months only with their dot right before a year
/// ("set. 2022"), which prose doesn't write.
pub const DOTTED_MONTHS: &[(&str, u8)] = &[("set", 9), ("out", 10), ("gen", 1)];

/// Seasons and quarters before a year ("Summer 2019", "Sommer 2015", "Verão 2019"), in
/// the languages the reader knows. Italian "estate" is left out: it is an English word.
#[rustfmt::skip]
pub const SEASONS: &[&str] = &[
    "spring", "summer", "fall", "autumn", "winter", "q1", "q2", "q3", "q4", "h1", "h2",
    "frühling", "frühjahr", "sommer", "herbst", "printemps", "été", "automne", "hiver",
    "primavera", "verano", "otoño", "invierno", "verão", "outono", "inverno", "autunno",
    "lente", "voorjaar", "zomer", "najaar", "herfst", "vår", "sommar", "höst", "vinter",
    "wiosna", "lato", "jesień", "zima",
];

/// Words that mean "still going" at the end of a range.
#[rustfmt::skip]
pub const PRESENT: &[&str] = &[
    "present", "current", "currently", "now", "today", "ongoing", "heute", "actuel",
    "actualidad", "presente", "oggi", "nu", "atual", "heden", "aktuell", "atualmente",
    "actuellement", "hoy", "jetzt", "obecnie", "pågående", "idag", "aujourd'hui",
];

/// Two-word phrases that mean "still going" ("marzo 2021 – in corso", "en cours", "en
/// curso": "in progress" in Italian, French and Spanish).
#[rustfmt::skip]
pub const PRESENT_PHRASES: &[(&str, &str)] = &[
    ("in", "corso"), ("en", "cours"), ("en", "curso"),
];

/// Words before a date that say it is still to come: a degree's expected end.
#[rustfmt::skip]
pub const EXPECTED: &[&str] = &[
    "expected", "exp", "anticipated", "expecting", "graduating", "est", "erwartet",
    "voraussichtlich", "prévu", "prévue", "prevu", "previsto", "prevista", "esperado",
    "esperada", "estimado", "estimada", "verwacht", "förväntad",
];

/// Words before a date that say it is a start with no end yet (Italian "da" before a
/// month, "dal" before a year; Polish "od").
#[rustfmt::skip]
pub const SINCE: &[&str] = &[
    "since", "from", "seit", "depuis", "desde", "dal", "da", "sinds", "sedan", "od",
];

/// Words between the two ends of a range ("2015 to 2017", "2015 bis 2017", "mars 2015 à
/// juin 2017"): English, German, French, Spanish/Portuguese/Italian, Dutch.
#[rustfmt::skip]
pub const RANGE_WORDS: &[&str] = &[
    "to", "till", "until", "through", "thru", "bis", "au", "à", "a", "al", "tot",
];

/// Words between the place and the date of a CV's closing line ("Berlin, im März 2024",
/// "Berlin, den 3. März 2024", "Lyon, le 3 mars 2024", "Parma, lì 12/03/2024").
#[rustfmt::skip]
pub const SIGNOFF_WORDS: &[&str] = &[
    "im", "den", "am", "le", "il", "lì", "li", "em", "el", "on", "the", "fait", "à",
];
