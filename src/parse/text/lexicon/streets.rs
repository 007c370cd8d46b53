//! Street words in the languages the reader knows: what tells a street from a town in
//! an address.
//!
//! Takes nothing; gives the word tables and [`is_street_word`]. Which part of an
//! address is which is `places`' job.

/// Words that name a street or end a street's name, lower case, in the languages the
/// reader knows: a part of an address holding one is the street, not the town.
pub const STREET_WORDS: &[&str] = &[
    "st",
    "st.",
    "street",
    "ave",
    "ave.",
    "avenue",
    "rd",
    "rd.",
    "road",
    "blvd",
    "blvd.",
    "boulevard",
    "dr",
    "dr.",
    "drive",
    "ln",
    "lane",
    "way",
    "ct",
    "court",
    "pl",
    "place",
    "hwy",
    "highway",
    "pkwy",
    "parkway",
    "terrace",
    "ne",
    "nw",
    "se",
    "sw",
    "straße",
    "strasse",
    "str.",
    "gasse",
    "weg",
    "allee",
    "platz",
    "ring",
    "rue",
    "chemin",
    "impasse",
    "allée",
    "calle",
    "avenida",
    "carrer",
    "paseo",
    "rua",
    "travessa",
    "via",
    "viale",
    "piazza",
    "corso",
    "straat",
    "laan",
    "plein",
    "gracht",
    "gatan",
    "vägen",
    "gränd",
    "ul.",
    "ulica",
    "aleja",
    "al.",
];

/// German, Dutch and Swedish streets are compounds ending in their street word
/// ("Kurpfalzstraße", "Kerkstraat", "Storgatan").
pub const STREET_HEADS: &[&str] = &[
    "straße", "strasse", "gasse", "weg", "allee", "platz", "straat", "laan", "gracht", "gatan",
    "vägen", "gränd",
];

/// Whether a word names a street or is a compound street name.
pub fn is_street_word(word: &str) -> bool {
    let w = word.trim_end_matches(',').to_lowercase();
    STREET_WORDS.contains(&w.as_str())
        || STREET_HEADS
            .iter()
            .any(|h| w.len() > h.len() + 2 && w.ends_with(h))
}
