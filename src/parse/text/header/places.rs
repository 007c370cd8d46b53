//! Which pieces of a header line are where the job was: the last plain name after an
//! organisation and a title ("Title | Company | Town"), one word after an organisation
//! ("Hotel Aoi | Nagoya"), a name beside dates after a dot ("2020 – present ·
//! Gothenburg").
//!
//! Takes the pieces `header` cut from one line, with the segment each came from and
//! the line's dates; marks the places among them. It reads no other line.

use super::joins::town_words;
use super::{Kind, Piece};
use crate::parse::text::dates::DateSpan;
use crate::parse::text::lines::word_count;
use crate::parse::text::places::{is_location, place_words};
use crate::parse::text::titles::ends_with_title;
use crate::parse::text::vocab;

/// Marks the pieces of one header line that name where the job was.
pub(super) fn mark(pieces: &mut [Piece], seg_of: &[usize], dates: &[DateSpan], plain: &str) {
    // "Title | Company | Town": the last plain name after an organisation and a title
    // is where the job was.
    let has_org = pieces.iter().any(|p| p.kind == Kind::Org);
    let has_title = pieces.iter().any(|p| p.kind == Kind::Title);
    // "Hotel Aoi | Nagoya | 2014/04~2016/07": one word after the organisation and
    // before the dates is its town.
    let org_then_town = pieces.len() == 2
        && matches!(pieces[0].kind, Kind::Org | Kind::Other)
        && seg_of[1] != seg_of[0]
        && pieces[1].text.starts_with(char::is_uppercase)
        && (word_count(&pieces[1].text) == 1
            || vocab::is_city(&pieces[1].text)
            || town_words(&pieces[1].text));
    // "Acme PC | Assistant Professor, Accounting": a name after a comma right behind
    // the title, with the organisation in a segment of its own, is the title's subject
    // or team unless it is a known place.
    let n = pieces.len();
    let title_subject = n >= 2
        && pieces[n - 2].kind == Kind::Title
        && seg_of[n - 2] == seg_of[n - 1]
        && seg_of[..n - 2].iter().all(|&s| s != seg_of[n - 1])
        && !is_location(&pieces[n - 1].text);
    // "Title • Name • Town": a title, a name and one more word, each set apart, are the
    // job, the employer and its town, in the order the first rule reads with a known
    // organisation.
    let title_name_town = n == 3
        && pieces[0].kind == Kind::Title
        && pieces[1].kind == Kind::Other
        && seg_of[0] != seg_of[1]
        && seg_of[1] != seg_of[2]
        && word_count(&pieces[2].text) == 1
        && !vocab::is_tech(&pieces[2].text);
    if let Some(last) = pieces.last_mut() {
        if (has_org && has_title && !title_subject || org_then_town || title_name_town)
            && last.kind == Kind::Other
            && place_words(&last.text)
            && word_count(&last.text) <= 3
            && !vocab::ends_with_subunit(&last.text)
        {
            last.kind = Kind::Location;
        }
    }
    // "2020 – present · Gothenburg": beside the dates alone, a short capitalised name is
    // where the job was.
    if let [only] = &mut pieces[..] {
        let after_dot = dates.first().is_some_and(|d| {
            d.span.start == 0
                && plain[d.span.end..]
                    .trim_start()
                    .starts_with(['·', '•', ',', '|'])
        });
        if after_dot
            && only.kind == Kind::Other
            && word_count(&only.text) <= 2
            && place_words(&only.text)
            && !ends_with_title(&only.text)
            && !vocab::is_employment_type(&only.text)
            && !vocab::ends_with_subunit(&only.text)
        {
            only.kind = Kind::Location;
        }
    }
    // "Research Scientist, Acme, Vienna, Austria.": the sentence's full stop is no part
    // of the place (an abbreviation's is: "Washington, D.C.").
    for p in pieces.iter_mut().filter(|p| p.kind == Kind::Location) {
        if p.text.ends_with('.') && p.text.rsplit(' ').next().is_some_and(|w| w.len() > 4) {
            p.text.pop();
        }
    }
}
