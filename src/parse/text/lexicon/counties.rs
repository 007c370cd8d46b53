//! British and Irish counties, as written before a postcode in an address ("Ashford,
//! Kent TN23 1AB"): the county is the region, the part before it the town.
//!
//! Takes a piece of text; says whether it names a county. Names ending in "-shire" and
//! Irish "Co. X" / "County X" are told by their shape; the rest are listed.

#[rustfmt::skip]
const COUNTIES: &[&str] = &[
    "kent", "surrey", "essex", "sussex", "east sussex", "west sussex", "norfolk", "suffolk",
    "dorset", "somerset", "devon", "cornwall", "middlesex", "rutland", "merseyside",
    "greater manchester", "greater london", "west midlands", "tyne and wear", "cumbria",
    "northumberland", "county durham", "isle of wight", "north yorkshire",
    "south yorkshire", "west yorkshire", "east yorkshire", "east riding of yorkshire",
    "fife", "midlothian", "east lothian", "west lothian", "powys", "gwynedd", "glamorgan",
    "south glamorgan", "mid glamorgan", "west glamorgan", "clwyd", "dyfed", "gwent",
];

/// Whether `s` names a British or Irish county ("Kent", "Hertfordshire", "Co. Meath").
pub fn is_county(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    let one_name = |n: &str| !n.is_empty() && n.split_whitespace().count() <= 2;
    t.strip_prefix("co. ")
        .or_else(|| t.strip_prefix("county "))
        .is_some_and(one_name)
        || t.ends_with("shire") && one_name(&t)
        || COUNTIES.contains(&t.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_county;

    #[test]
    fn counties() {
        assert!(is_county("Kent"));
        assert!(is_county("Hertfordshire"));
        assert!(is_county("Co. Meath"));
        assert!(is_county("West Sussex"));
        assert!(!is_county("Ashford"));
        assert!(!is_county("Bristol"));
    }
}
