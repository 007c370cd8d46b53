//! Places: whether a piece of text names a city, region or country ("Boulder, CO",
//! "Porto, Portugal", "Remote", "Greater Boston Area"), where a place glued to the end
//! of a name starts, and postal locations for the person's own address.
//!
//! Recognition rests on shape (capitalised words before a comma) plus the country,
//! state and city lists in `vocab`; it doesn't decide whose place it is.

use super::lexicon::{is_street_word, STREET_WORDS};
use super::lines::{trim_piece, word_count};
use super::vocab;
use crate::model::Location;
use crate::parse::pattern::Pattern;

/// Postcodes before the town: four or five digits (Dutch with two letters), Polish
/// "NN-NNN", Portuguese "NNNN-NNN".
static POSTCODE_CITY: Pattern =
    Pattern::new(r"^(\d{4,5}(?:\s?[A-Z]{2})?|\d{2}-\d{3}|\d{4}-\d{3})\s+(\D+)$");
/// "Bristol BS1 4DJ", "Ottawa K1A 0B6", "Limerick V94 X2K7": a British, Canadian or
/// Irish (Eircode: routing key, then four characters) postcode after the town.
static UK_POSTCODE_TAIL: Pattern = Pattern::new(
    r"^(\D+?)\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})$",
);
static ZIP_TAIL: Pattern = Pattern::new(r"^(.*?)[\s,]*(\d{4,5}(?:-\d{4})?)$");

/// "City, ST", "City, Country", "Country", a known city, "Remote".
pub fn is_location(s: &str) -> bool {
    thread_local!(static READ: super::memo::Table<String, bool> = Default::default());
    super::memo::remembered_text(&READ, s, read_is_location)
}

fn read_is_location(s: &str) -> bool {
    let t = trim_piece(s).trim_end_matches('.');
    // Places are capitalised and short.
    if t.is_empty()
        || t.len() > 60
        || !t.starts_with(|c: char| c.is_uppercase())
        || t.bytes().filter(u8::is_ascii_digit).count() > 6
    {
        return false;
    }
    let first = t.split([' ', ',']).next().unwrap_or("");
    if ["remote", "hybrid", "on-site", "onsite", "worldwide"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        || t.get(t.len().saturating_sub(5)..)
            .is_some_and(|end| end.eq_ignore_ascii_case(" area"))
    {
        return word_count(t) <= 5;
    }
    if t.matches(',').count() > 2 {
        return false;
    }
    if let Some(yes) = place_with_region(t) {
        return yes;
    }
    let parts: Vec<&str> = t
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 3 {
        return false;
    }
    if parts.iter().any(|p| !place_words(p)) {
        return false;
    }
    let last = parts[parts.len() - 1];
    let last_no_zip = last
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
        .trim();
    if parts.len() == 1 {
        return vocab::is_country(t) || vocab::is_city(t) || is_state_name(t);
    }
    // "Harborview Care Home, Remote": a working arrangement after a name isn't a place
    // of its own; "Berlin, Remote" is.
    if is_arrangement(last) {
        return parts.len() == 2 && is_location(parts[0]);
    }
    // "City, Region, Country" or "12 Elm St, City, ST": three parts need a region in
    // the middle, a known town first or a street number; otherwise the first part is a
    // name ("Osteria Ventana, Columbus, OH" is an organisation and its place).
    // "Kestrel Cloud, New York, NY" ends in a state, so "New York" is the town and the
    // first part a name.
    let region_then_country = (is_state_code(parts[1]) || is_state_name(parts[1]))
        && !(is_state_code(last_no_zip) || is_state_name(last_no_zip));
    if parts.len() == 3
        && !(region_then_country
            || vocab::is_city(parts[0])
            || parts[0].contains(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    is_state_code(last_no_zip)
        || is_state_name(last_no_zip)
        || vocab::is_country(last_no_zip)
        || (parts.len() == 2 && vocab::is_city(parts[0]))
}

/// Most digits of a region number after a town ("Paris (75)", a French département).
const MAX_REGION_DIGITS: usize = 3;

/// "Vienna (Austria)", "Le Pecq (78)", "Springfield (IL)": a town with its country,
/// state or region number in brackets, as Europeans write where a comma would stand.
/// `None` when the piece has no such bracket.
fn place_with_region(t: &str) -> Option<bool> {
    let (town, region) = t.strip_suffix(')')?.rsplit_once(" (")?;
    let region = region.trim();
    let town = town.trim();
    if town.contains(['(', ')']) || region.is_empty() {
        return None;
    }
    let number = region.len() <= MAX_REGION_DIGITS && region.chars().all(|c| c.is_ascii_digit());
    let named = vocab::is_country(region) || is_state_code(region) || is_state_name(region);
    Some(
        (number || named)
            && (vocab::is_city(town) || place_words(town) && word_count(town) <= 3)
            && !town.contains(','),
    )
}

pub fn is_arrangement(s: &str) -> bool {
    ["remote", "hybrid", "on-site", "onsite", "worldwide"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

fn is_state_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase()) && vocab::is_state(s)
}

fn is_state_name(s: &str) -> bool {
    s.len() > 3 && vocab::is_state(s)
}

/// Capitalised words that could name a place (no title or organisation words).
pub fn place_words(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    words.iter().all(|w| {
        let c = w.chars().next().unwrap_or('x');
        (c.is_uppercase() || c.is_ascii_digit() || vocab::is_stopword(w))
            && !vocab::is_title_head(w)
            && (vocab::is_country(w) || is_state_code(w) || !vocab::is_org_suffix(w))
    })
}

/// A place written at the end of a piece without a separator ("Acme Inc. Berlin, Germany"):
/// the byte offset where it starts.
pub fn trailing_location(s: &str) -> Option<usize> {
    let (head, tail) = s.rsplit_once(',')?;
    let tail = tail.trim();
    let tail_core = tail
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
        .trim();
    // "Acme Care Home, Remote": a working arrangement names no town before it; the
    // comma split leaves it a place of its own.
    if is_arrangement(tail_core)
        || !(is_state_code(tail_core) || is_state_name(tail_core) || vocab::is_country(tail_core))
    {
        return None;
    }
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    if words.len() < 2 {
        return None;
    }
    // Known multi-word cities first.
    for n in (1..=3).rev() {
        if words.len() > n {
            let start = words[words.len() - n].0;
            if vocab::is_city(&head[start..]) {
                return Some(start);
            }
        }
    }
    // Otherwise the capitalised words after the last organisation suffix.
    // A comma ends the run: "Acme Oy, Senior Auditor, Columbus, OH" has its town after
    // the title, not "Senior Auditor, Columbus".
    let mut k = words.len();
    let mut at_comma = false;
    while k > 0 {
        let w = words[k - 1].1;
        at_comma = k < words.len() && w.ends_with(',');
        if vocab::is_org_suffix(w) || !w.chars().next().is_some_and(char::is_uppercase) || at_comma
        {
            break;
        }
        k -= 1;
    }
    if k == words.len() || k == 0 {
        return None;
    }
    // "University of Northgate at Port Elm, Ohio": the city belongs to the name.
    if vocab::is_stopword(words[k - 1].1) {
        return None;
    }
    // "Harbour Inn - Palm Springs, FL": a dash or bar set off by spaces ends the name,
    // so the whole run after it is the town.
    let set_off = words[k - 1]
        .1
        .chars()
        .all(|c| c == '|' || crate::parse::text::dates::is_dash(c));
    let take = if at_comma || set_off || vocab::is_org_suffix(words[k - 1].1) {
        words.len() - k
    } else {
        1
    };
    if take > 3 {
        return None;
    }
    Some(words[words.len() - take].0)
}

/// A postal location: "City, ST 12345", "City, Country", "12 Road, City, ST".
/// Most words of a town's name after its postcode ("Neustadt an der Weinstraße").
const MAX_TOWN_WORDS: usize = 5;

pub fn location(s: &str) -> Option<Location> {
    // A header's lines are asked for a place by several readers: read once (see `memo`).
    thread_local!(static READ: super::memo::Table<String, Option<Location>> = Default::default());
    super::memo::remembered_text(&READ, s, read_location)
}

fn read_location(s: &str) -> Option<Location> {
    let parts: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 5 {
        return None;
    }
    let mut loc = Location::default();
    let mut rest: Vec<&str> = parts.clone();
    // Postcodes have digits: the patterns below run only when a part holds some.
    let digits = |p: &str| p.bytes().any(|b| b.is_ascii_digit());
    if let Some(c) = parts
        .last()
        .filter(|l| digits(l))
        .and_then(|l| UK_POSTCODE_TAIL.captures(l))
    {
        let town = c.get(1).map_or("", |m| m.as_str()).trim();
        if word_count(town) <= 3 && !town.chars().any(|ch| ch.is_ascii_digit()) {
            loc.postal_code = Some(c[2].to_string());
            rest.pop();
            // "Ashford, Kent TN23 1AB": a county before the postcode is the region and
            // the part before it, without a number, the town.
            let town_before = rest
                .last()
                .filter(|p| !digits(p) && word_count(p) <= 3 && !is_street_word_in(p));
            match town_before {
                Some(t) if super::lexicon::counties::is_county(town) => {
                    loc.city = Some(t.to_string());
                    loc.region = Some(town.to_string());
                    rest.pop();
                }
                _ => loc.city = Some(town.to_string()),
            }
            if !rest.is_empty() {
                loc.address = Some(rest.join(", "));
            }
            return Some(loc);
        }
    }
    // A country after everything else, glued on ("MI 48824 U.S.A."): set apart.
    let mut country = None;
    if let Some(last) = rest.last().copied() {
        if let Some((head, tail)) = last.rsplit_once(' ') {
            if digits(head) && vocab::is_country(tail.trim_end_matches('.'))
                || vocab::is_country(tail)
            {
                country = Some(tail.to_string());
                let n = rest.len();
                rest[n - 1] = head.trim();
            }
        }
        // "…, 1090 Wien, Österreich": a named country after a postcode and town.
        let bare = last.trim_end_matches('.');
        if country.is_none()
            && rest.len() > 1
            && vocab::is_country(bare)
            && digits(rest[rest.len() - 2])
        {
            country = Some(bare.to_string());
            rest.pop();
        }
    }
    if let Some(c) = &country {
        loc.extra.insert("country".into(), c.as_str().into());
    }
    // European order at the end: "Hauptstraße 12, 70173 Stuttgart", "67435 Neustadt
    // an der Weinstraße".
    if let Some(c) = rest
        .last()
        .filter(|l| digits(l))
        .and_then(|l| POSTCODE_CITY.captures(l))
    {
        let town = c.get(2).map_or("", |m| m.as_str()).trim();
        if (1..=MAX_TOWN_WORDS).contains(&word_count(town))
            && town.starts_with(char::is_uppercase)
            && town
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || vocab::is_stopword(w))
            // "7725 Cutler Ave NE" is a street with its number, not a postcode and town.
            // (A compound like "Weinstraße" may name a region, so only whole street words.)
            && !town
                .split_whitespace()
                .any(|w| STREET_WORDS.contains(&w.to_lowercase().as_str()))
        {
            loc.city = Some(town.to_string());
            loc.postal_code = Some(c[1].to_string());
            rest.pop();
            if !rest.is_empty() {
                loc.address = Some(rest.join(", "));
            }
            return Some(loc);
        }
    }
    // Trailing "ST 12345" / "Country".
    let last = rest.pop()?;
    let (last_core, zip) = match digits(last).then(|| ZIP_TAIL.captures(last)).flatten() {
        Some(c) if !c[1].trim().is_empty() => (
            c.get(1).map_or("", |m| m.as_str()).trim(),
            Some(c[2].to_string()),
        ),
        _ => (last, None),
    };
    let is_state = (2..=3).contains(&last_core.len())
        && last_core.chars().all(|c| c.is_ascii_uppercase())
        && vocab::is_state(last_core)
        || last_core.len() > 3 && vocab::is_state(last_core);
    if is_state {
        loc.region = Some(last_core.to_string());
    } else if vocab::is_country(last_core) {
        loc.extra.insert("country".into(), last_core.into());
    } else if rest.is_empty() && (vocab::is_city(last_core) || is_location(last_core)) {
        loc.city = Some(last_core.to_string());
        return Some(loc);
    } else {
        return None;
    }
    loc.postal_code = zip;
    // "Dublin, County Dublin, Ireland": city then region when nothing is a street.
    if rest.len() == 2
        && !rest.iter().any(|p| p.chars().any(|c| c.is_ascii_digit()))
        && loc.region.is_none()
    {
        loc.region = Some(rest[1].to_string());
        rest.pop();
    }
    if let Some(city) = rest.pop() {
        // "11858 180th St Milaca": a street and its town written without a comma; the
        // town is what follows the street word.
        let words: Vec<&str> = city.split_whitespace().collect();
        let city = match words.iter().rposition(|w| is_street_word(w)) {
            Some(k) if digits(city) && k + 1 < words.len() => {
                let town = &words[k + 1..];
                if town.iter().all(|w| w.starts_with(char::is_uppercase)) && town.len() <= 3 {
                    let at = city.len() - town.join(" ").len();
                    rest.push(city[..at].trim());
                    &city[at..]
                } else {
                    city
                }
            }
            _ => city,
        };
        // European order: "3511 Utrecht", "75001 Paris", "1234 AB Amsterdam".
        let (postcode, city) = match digits(city).then(|| POSTCODE_CITY.captures(city)).flatten() {
            Some(c) => (
                Some(c[1].to_string()),
                c.get(2).map_or(city, |m| m.as_str()),
            ),
            None => (None, city),
        };
        if city.chars().any(|c| c.is_ascii_digit()) || word_count(city) > 4 {
            return None;
        }
        if loc.postal_code.is_none() {
            loc.postal_code = postcode;
        }
        loc.city = Some(city.to_string());
    }
    if !rest.is_empty() {
        loc.address = Some(rest.join(", "));
    }
    Some(loc)
}

mod street;
use street::is_street_word_in;
pub use street::{is_street, street_line};

#[cfg(test)]
mod tests;
