//! The pieces of an entry's header lines and what each piece looks like: an
//! organisation, a job title, a place, a technology list, a labelled note.
//!
//! A header line is cut at its dates, links and strong separators (`|`, `•`, ` – `,
//! wide gaps), then at commas when the comma parts read cleanly ("Acme Corp, Senior
//! Engineer, Berlin"). Glued layouts are taken apart by features of the words: a title
//! phrase at the end ("Umbra Labs Inc Data Engineer Intern"), a place at the end
//! ("Lakeside Clinic Ltd. Porto, Portugal"), "X at Y", "Teaching Assistant of COURSE".
//! Choosing which piece becomes which field of an entry happens in `entries`;
//! [`pieces`] classifies one piece.

mod at;
mod bold;
mod joins;
mod notes;
mod pieces;
mod places;

use joins::{campus_of_state_system, is_unit_code, joins_org_name};
use pieces::{classify, piece, tech_piece, techs_then_title};
pub use pieces::{has_org_word, is_legal_form};

use super::dates::{find_dates, DateSpan};
use super::lines::{
    is_tech_list, list_items, plain, split_outside_parens, strip_durations, strip_links,
    tech_label, trim_piece, urls, word_count,
};
use super::normalise::Line;
use super::places::{is_arrangement, is_location, place_words, trailing_location};
use super::titles::ends_with_title;
use super::vocab;

/// What a piece of a header line looks like.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Has an organisation suffix or an institution word.
    Org,
    /// A job title.
    Title,
    /// A city, region or country.
    Location,
    /// Technologies.
    Tech(Vec<String>),
    /// A labelled note ("supervisor: …") or other descriptive text.
    Desc,
    /// What follows "at" after a title: the organisation or a team.
    AtRight,
    /// A teaching role's course ("Teaching Assistant of CS101").
    Course,
    /// Nothing recognisable: a name of some kind.
    Other,
}

/// One piece of a header line.
#[derive(Debug, Clone)]
pub struct Piece {
    pub kind: Kind,
    pub text: String,
    /// The piece is the only one on its line.
    pub alone: bool,
    /// Where the title starts inside a Title piece that may carry an organisation in
    /// front ("Quillon (QL) Software Engineer Intern").
    pub glued_title: Option<usize>,
    /// An organisation cut from the front of a title phrase ("Harbor Media | Assistant"
    /// from "Harbor Media Assistant"): it may be the title's own words.
    pub before_title: bool,
}

/// A header line taken apart.
#[derive(Debug, Clone, Default)]
pub struct HeaderLine {
    pub pieces: Vec<Piece>,
    pub dates: Vec<DateSpan>,
    pub urls: Vec<String>,
    /// The plain text with dates, links and durations removed.
    pub rest: String,
}

impl HeaderLine {
    pub fn has(&self, f: impl Fn(&Kind) -> bool) -> bool {
        self.pieces.iter().any(|p| f(&p.kind))
    }

    /// A list of short names and nothing else ("HACCP, Sous vide", "Figma | Framer"):
    /// under a project's name, its technologies.
    pub fn is_short_list(&self) -> bool {
        let items: usize = self
            .pieces
            .iter()
            .map(|p| match &p.kind {
                Kind::Tech(items) => items.len(),
                _ => 1,
            })
            .sum();
        let all_tech = self.pieces.iter().all(|p| matches!(p.kind, Kind::Tech(_)));
        self.dates.is_empty()
            && self.urls.is_empty()
            && items >= 2
            && self.pieces.iter().all(|p| {
                matches!(p.kind, Kind::Tech(_))
                    || p.kind == Kind::Other
                        && word_count(&p.text) <= 3
                        && !p.text.ends_with('.')
                        && p.text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
            // One list, not a name and a list: "Orbit • Rust, Go".
            && (all_tech || super::lines::segments(&self.rest).len() == 1)
    }

    /// The list's items, when it is one.
    pub fn list_items(&self) -> Vec<String> {
        self.pieces
            .iter()
            .flat_map(|p| match &p.kind {
                Kind::Tech(items) => items.clone(),
                _ => vec![p.text.clone()],
            })
            .collect()
    }
}

/// Splits a segment at commas when the parts read as header fields.
fn segment(seg: &str, out: &mut Vec<Piece>) {
    let seg = trim_piece(seg);
    // Leftover marks ("*", "()") name nothing.
    if !seg.chars().any(char::is_alphanumeric) {
        return;
    }
    if let Some(rest) = tech_label(seg) {
        out.push(piece(Kind::Tech(list_items(rest)), rest));
        return;
    }
    if let Some((label, _)) = seg.split_once(':') {
        if word_count(label) <= 3 && !label.chars().any(|c| c.is_ascii_digit()) {
            out.push(piece(Kind::Desc, seg));
            return;
        }
    }
    if let Some(pieces) = at::title_at(seg) {
        out.extend(pieces);
        return;
    }
    // "Harbour Lab - Research Engineer", "Chargé de mission - Harbour Lab": a spaced
    // hyphen is a separator when exactly one side reads as a title (hyphens inside
    // names, "ETE - Jorge Street", have none). A title that says what it is of or for
    // ("Tutor of BIO101 - Cell Biology") runs on past the hyphen.
    if let [a, b] = split_outside_parens(seg, &[" - "])[..] {
        // Every part of a slashed side is a title ("Analyst / Research Assistant"), not
        // a title and a school ("Technician / Northgate Tech").
        // Only the part before a comma counts ("Lecturer, Surveying" is a title and
        // its subject).
        let whole_title = |s: &str| {
            let s = s.split(", ").next().unwrap_or(s);
            s.split(" / ")
                .all(|t| ends_with_title(t) && !t.contains(" of ") && !t.contains(" for "))
        };
        let (ta, tb) = (whole_title(a), whole_title(b));
        let short = |s: &str| word_count(s.split(", ").next().unwrap_or(s)) <= MAX_SIDE_WORDS;
        if ta != tb && short(a) && short(b) {
            segment(a, out);
            segment(b, out);
            return;
        }
    }
    // "Toronto, ON (hybrid)": a place and how the work was done there.
    if let Some((place, how)) = seg.strip_suffix(')').and_then(|s| s.rsplit_once(" (")) {
        if is_arrangement(how) && is_location(place) {
            out.push(piece(Kind::Location, place));
            out.push(piece(Kind::Desc, how));
            return;
        }
    }
    // A place glued to the end of the whole segment: "Lakeside Clinic Ltd. Porto, Portugal".
    let seg_is_place = is_location(seg);
    if !seg_is_place {
        if let Some(at) = trailing_location(seg) {
            segment(&seg[..at], out);
            out.push(piece(Kind::Location, &seg[at..]));
            return;
        }
    }
    let parts = split_outside_parens(seg, &[", "]);
    if notes::address(&parts, out) {
        return;
    }
    if parts.len() == 1 || seg_is_place {
        classify(seg, out);
        return;
    }
    // "Adobe Illustrator" ends in a title word that is also a tool's name.
    let title_part = |p: &str| {
        ends_with_title(p) && !p.split_whitespace().next_back().is_some_and(vocab::is_tech)
    };
    // A list of capitalised names none of which is a known technology ("Planner, Kelda
    // Agency, Vierzon") is a job's fields, not its tools; a place's brackets ("Breda
    // (Netherlands)", as Europeans write town and country) are no tool's.
    let some_tech = parts.iter().any(|p| {
        p.split_whitespace().any(vocab::is_tech)
            || p.contains(['+', '#', '.', '/', '(']) && !is_location(p)
    });
    if is_tech_list(seg) && some_tech && !parts.iter().any(|p| has_org_word(p) || title_part(p)) {
        tech_piece(list_items(seg), seg, out);
        return;
    }
    // "Rust, gRPC, Stream Processing Intern": technologies before a title — several of
    // them, or one known one; a single name before a title is an employer.
    let before = &parts[..parts.len() - 1];
    if ends_with_title(parts[parts.len() - 1])
        && before
            .iter()
            .all(|p| word_count(p) <= 3 && !has_org_word(p) && !is_location(p))
        && (before.len() >= 2 || before.iter().all(|p| vocab::is_tech(trim_piece(p))))
    {
        techs_then_title(seg, out);
        return;
    }
    // Merge "Acme, Inc." and "City, Country" back together, then classify each part.
    let mut merged: Vec<String> = Vec::new();
    for p in parts {
        let p = trim_piece(p);
        if p.is_empty() {
            continue;
        }
        let joins_prev = merged.last().is_some_and(|prev: &String| {
            (vocab::is_org_suffix(p) && word_count(p) == 1 && !ends_with_title(prev))
                || joins_org_name(prev, p)
                || campus_of_state_system(prev, p)
                || is_unit_code(p) && !ends_with_title(prev)
                || ((vocab::is_country(p.trim_end_matches('.'))
                    || vocab::is_state(p)
                    || p.ends_with(|c: char| c.is_ascii_digit()))
                    && !vocab::is_country(prev)
                    && place_words(prev)
                    && is_location(&format!("{prev}, {p}")))
        });
        if joins_prev {
            let prev = merged.pop().unwrap_or_default();
            merged.push(format!("{prev}, {p}"));
        } else {
            merged.push(p.to_string());
        }
    }
    let start = out.len();
    for p in &merged {
        classify(p, out);
    }
    // The last part after an organisation and a title is a place ("…, Sunnyvale"), and
    // so is one or two capitalised words after just an organisation ("Acme B.V., Delft").
    let added = &out[start..];
    let has_org = added.iter().any(|p| p.kind == Kind::Org);
    let has_title = added.iter().any(|p| p.kind == Kind::Title);
    let after_org = added.len() >= 2 && added[added.len() - 2].kind == Kind::Org;
    if let Some(last) = out.last_mut() {
        // "Halle (Saale)": a bracketed part of a town's name.
        let bare = last.text.replace(['(', ')'], "");
        if has_org
            && (has_title || after_org && word_count(&last.text) <= 2)
            && last.kind == Kind::Other
            && place_words(&bare)
            && !vocab::ends_with_subunit(&last.text)
            && word_count(&last.text) <= 3
        {
            last.kind = Kind::Location;
        }
    }
}

/// Takes a header line apart.
pub fn read(text: &str) -> HeaderLine {
    remembered(text, &plain(text))
}

/// Takes a cleaned line apart (its plain text is already read).
pub fn read_line(line: &Line) -> HeaderLine {
    remembered(&line.text, &line.plain)
}

/// [`read_parts`] once a line while the memo holds it (see [`memo`](super::memo)).
fn remembered(text: &str, plain: &str) -> HeaderLine {
    thread_local!(static READ: super::memo::Table<String, (String, HeaderLine)> = Default::default());
    super::memo::remembered_pair(&READ, text, plain, |t, p| read_parts(t, p.to_string()))
}

/// Fewest words of a sentence after a header's dates: fewer is a note, not prose.
const MIN_SENTENCE_WORDS: usize = 3;

/// Most words on either side of a spaced hyphen that splits a title from a name:
/// longer sides are prose with a dash in it.
const MAX_SIDE_WORDS: usize = 8;

fn read_parts(text: &str, plain: String) -> HeaderLine {
    let plain = bold::split_bold_lead(text, plain);
    let dates = find_dates(&plain);
    let mut rest = String::with_capacity(plain.len());
    let mut last = 0;
    for d in &dates {
        // "(2023)" goes with its brackets: "Orbit (2023): a tide app" → "Orbit | : a tide app".
        let (mut a, mut b) = (d.span.start, d.span.end);
        let before = plain[last..a].trim_end();
        if before.ends_with('(') && plain[b..].trim_start().starts_with(')') {
            a = last + before.len() - 1;
            b = plain.len() - plain[b..].trim_start().len() + 1;
        }
        rest.push_str(&plain[last..a]);
        rest.push_str(" | ");
        last = b;
    }
    // "Research Assistant at Kelda (2019 – 2021). Ran the lab": a sentence after the
    // header's closing dates says what the job was.
    let sentence = plain[last..]
        .strip_prefix(". ")
        .filter(|t| !dates.is_empty() && word_count(t) >= MIN_SENTENCE_WORDS)
        .map(|t| t.trim().to_string());
    if sentence.is_none() {
        rest.push_str(&plain[last..]);
    }
    let urls = urls(text);
    let rest = strip_durations(&strip_links(&rest))
        .replace("()", " ")
        .replace("[]", " ");
    // The notes leave the pieces but stay in `rest`, which other readers take apart again.
    let (noteless, notes) = notes::employment_notes(&rest);
    let mut pieces = Vec::new();
    let mut seg_of = Vec::new();
    for (n, seg) in super::lines::segments(&noteless).iter().enumerate() {
        segment(seg, &mut pieces);
        seg_of.resize(pieces.len(), n);
    }
    for n in notes {
        pieces.push(piece(Kind::Desc, &n));
        seg_of.push(seg_of.last().map_or(0, |n| n + 1));
    }
    if let Some(t) = sentence {
        pieces.push(piece(Kind::Desc, &t));
        seg_of.push(seg_of.last().map_or(0, |n| n + 1));
    }
    // "Product Manager, Growth — Quillo": a name beside the title is its team when the
    // employer has a segment of its own.
    if let ([a, b, c], [Kind::Title, Kind::Other, Kind::Other]) = (
        &seg_of[..],
        &pieces.iter().map(|p| &p.kind).collect::<Vec<_>>()[..],
    ) {
        if a == b && c != b && word_count(&pieces[1].text) <= 2 && !vocab::is_city(&pieces[2].text)
        {
            pieces[1].kind = Kind::Desc;
        }
    }
    joins::join_unit_codes(&mut pieces, &mut seg_of, &plain);
    joins::join_legal_tails(&mut pieces, &mut seg_of, &plain);
    places::mark(&mut pieces, &seg_of, &dates, &plain);
    // A name with nothing else on its line but a place stands alone ("Acme, Rotterdam").
    if pieces.iter().filter(|p| p.kind != Kind::Location).count() == 1 {
        if let Some(p) = pieces.iter_mut().find(|p| p.kind != Kind::Location) {
            p.alone = true;
        }
    }
    HeaderLine {
        pieces,
        dates,
        urls,
        rest: rest.trim().to_string(),
    }
}

#[cfg(test)]
mod tests;
