//! The pieces of an entry's header lines and what each piece looks like: an
//! organisation, a job title, a place, a technology list, a labelled note.
//!
//! A header line is cut at its dates, links and strong separators (`|`, `•`, ` – `,
//! wide gaps), then at commas when the comma parts read cleanly ("Acme Corp, Senior
//! Engineer, Berlin"). Glued layouts are taken apart by features of the words: a title
//! phrase at the end ("Umbra Labs Inc Data Engineer Intern"), a place at the end
//! ("Lakeside Clinic Ltd. Porto, Portugal"), "X at Y", "Teaching Assistant of COURSE".
//! Choosing which piece becomes which field of an entry happens in `entries`.

use super::dates::{find_dates, DateSpan};
use super::lines::{
    is_tech_list, list_items, plain, split_outside_parens, strip_durations, strip_links,
    tech_label, trim_piece, urls, word_count,
};
use super::places::{is_location, place_words, trailing_location};
use super::titles::{ends_with_title, strip_employment_type, trailing_title};
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
            // One list, not a name and a list: "Orbit • Rust, Go".
            && (all_tech || super::lines::segments(&self.rest).len() == 1)
            && self.pieces.iter().all(|p| {
                matches!(p.kind, Kind::Tech(_))
                    || p.kind == Kind::Other
                        && word_count(&p.text) <= 3
                        && !p.text.ends_with('.')
                        && p.text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
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

#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "corporation", "limited",
    "plc", "co.", "ag", "l.l.c.", "srl", "sl", "lda", "ltda", "bhd", "pvt", "kg", "oy",
];

/// "S.A.", "B.V.", "S.L.U.": capitals each followed by a dot.
fn is_dotted_capitals(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len() <= 8
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c.get(1).map_or(true, |&d| d == b'.'))
}

/// Organisation words in a piece: a suffix at the end ("Acme Ltd"), a legal form
/// anywhere ("Orbitek(Asia) limited"), "X of" ("Bank of …"), an institution word.
pub fn has_org_word(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    if vocab::is_org_suffix(last) && !vocab::is_title_word(last) && words.len() > 1 {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        let core = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')');
        // Legal forms ("Inc.", "GmbH", "S.L.", "S.A. de C.V.") end or follow a name.
        let legal =
            LEGAL_FORMS.iter().any(|l| core.eq_ignore_ascii_case(l)) || is_dotted_capitals(core);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        legal && i > 0
            || capital && vocab::is_institution_word(w) && w.len() > 3
            || i == 0 && capital && words.len() > 1 && leads_names(w)
            || capital
                && vocab::is_org_suffix(w)
                && words.get(i + 1).is_some_and(|n| *n == "of")
                && !vocab::is_title_word(w)
    })
}

/// Words that open organisation names as well as end them ("Hotel Adlon", "Studio
/// Nord"); most suffixes ("Power", "Health", "Systems") open other phrases.
fn leads_names(w: &str) -> bool {
    [
        "hotel", "studio", "restaurant", "café", "cafe", "bistro", "brasserie", "clinic",
        "hospital", "museum", "gallery", "theatre", "theater", "club", "pub", "inn", "bakery",
        "church", "bank", "agency", "foundation", "trust",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
}

/// "Acme GmbH (Berlin)": a known place in brackets at the end, split off.
fn paren_place(s: &str) -> (&str, Option<&str>) {
    if let Some(open) = s.rfind(" (") {
        let inner = s[open + 2..].trim_end_matches(')');
        if s.ends_with(')') && is_location(inner) {
            return (s[..open].trim_end(), Some(inner));
        }
    }
    (s, None)
}

/// "Saffron & Salt, Lyon, France": a name and, after a comma, a place; split at the
/// first comma whose tail is a place.
fn place_tail(s: &str) -> (&str, Option<&str>) {
    for (at, _) in s.match_indices(", ") {
        let (head, tail) = (s[..at].trim(), s[at + 2..].trim());
        if !head.is_empty() && is_location(tail) {
            return (head, Some(tail));
        }
    }
    (s, None)
}

/// A teaching role naming its course: "Teaching Assistant of CS101".
fn teaching_split(s: &str) -> Option<(String, String)> {
    for sep in [" of ", " for "] {
        if let Some((left, right)) = s.split_once(sep) {
            let last = left.split_whitespace().last().unwrap_or("").to_lowercase();
            if matches!(
                last.as_str(),
                "assistant"
                    | "tutor"
                    | "instructor"
                    | "lecturer"
                    | "grader"
                    | "demonstrator"
                    | "ta"
            ) && !right.trim().is_empty()
            {
                return Some((left.trim().to_string(), right.trim().to_string()));
            }
        }
    }
    None
}

fn piece(kind: Kind, text: &str) -> Piece {
    Piece {
        kind,
        text: text.trim().to_string(),
        alone: false,
        glued_title: None,
    }
}

/// Classifies one comma part or segment that has no separators left.
fn classify(part: &str, out: &mut Vec<Piece>) {
    let part = trim_piece(part);
    if part.is_empty() {
        return;
    }
    if is_location(part) {
        out.push(piece(Kind::Location, part));
        return;
    }
    // A place glued to the end: "Lakeside Clinic Ltd. Porto, Portugal".
    if let Some(at) = trailing_location(part) {
        classify(&part[..at], out);
        out.push(piece(Kind::Location, &part[at..]));
        return;
    }
    if let (main, Some(place)) = paren_place(part) {
        classify(main, out);
        out.push(piece(Kind::Location, place));
        return;
    }
    if let Some((title, course)) = teaching_split(part) {
        out.push(piece(Kind::Title, &title));
        out.push(piece(Kind::Course, &course));
        return;
    }
    let t = strip_employment_type(part);
    if ends_with_title(t) && word_count(t) <= 8 {
        let found = trailing_title(t).filter(|&a| a > 0);
        let at = found.map(|a| shift_org_word(t, a));
        if let Some(a) = at {
            if has_org_word(&t[..a]) || at != found {
                out.push(piece(Kind::Org, trim_piece(&t[..a])));
                out.push(piece(Kind::Title, &t[a..]));
                return;
            }
        }
        let mut p = piece(Kind::Title, t);
        p.glued_title = at.filter(|&a| could_be_org(&t[..a]));
        out.push(p);
        return;
    }
    if has_org_word(t) {
        out.push(piece(Kind::Org, t));
    } else if is_tech_list(t) {
        tech_piece(list_items(t), t, out);
    } else {
        out.push(piece(Kind::Other, t));
    }
}

/// "Harbor Analytics Software Engineer": a word that ends organisation names and also
/// qualifies titles belongs to the organisation when a name (not an adjective such as
/// "Distributed") comes before it.
fn shift_org_word(t: &str, at: usize) -> usize {
    let Some(first) = t[at..].split_whitespace().next() else {
        return at;
    };
    let prefix = t[..at].trim_end();
    let last = prefix.split_whitespace().last().unwrap_or("");
    let adjective = ["ed", "ing", "ive", "ous", "ical", "ial", "nal", "ic"]
        .iter()
        .any(|s| last.to_lowercase().ends_with(s));
    let next = at + first.len();
    if vocab::is_org_suffix(first)
        && !has_org_word(prefix)
        && !adjective
        && !last.is_empty()
        && ends_with_title(&t[next..])
    {
        next + t[next..].len() - t[next..].trim_start().len()
    } else {
        at
    }
}

/// Technologies glued to a team name: "Fleet Autonomy Rust, ROS" → team "Fleet
/// Autonomy", technologies "Rust", "ROS".
fn tech_piece(items: Vec<String>, text: &str, out: &mut Vec<Piece>) {
    let mut items = items;
    if let Some(first) = items.first().cloned() {
        let words: Vec<&str> = first.split_whitespace().collect();
        if words.len() >= 2 && vocab::is_tech(words[words.len() - 1]) {
            let team = words[..words.len() - 1].join(" ");
            out.push(piece(Kind::Desc, &team));
            items[0] = words[words.len() - 1].to_string();
            let _ = text;
        }
    }
    let text = items.join(", ");
    out.push(piece(Kind::Tech(items), &text));
}

/// Whether the words before a title could name an organisation: not one common word
/// ("Restaurant Manager", "Group Leader" are titles).
fn could_be_org(prefix: &str) -> bool {
    let p = trim_piece(prefix);
    let mut words = p.split_whitespace();
    match (words.next(), words.next()) {
        (Some(w), None) => {
            !(vocab::is_org_suffix(w)
                || vocab::is_title_word(w)
                || w.chars().next().is_some_and(char::is_lowercase))
        }
        // "Senior Gameplay Programmer": a seniority word starts a title, not a company.
        (Some(w), Some(_)) => !is_seniority(w),
        _ => false,
    }
}

fn is_seniority(w: &str) -> bool {
    [
        "senior",
        "sr",
        "sr.",
        "junior",
        "jr",
        "jr.",
        "lead",
        "principal",
        "staff",
        "chief",
        "head",
        "associate",
        "assistant",
        "deputy",
        "executive",
        "graduate",
        "trainee",
        "student",
        "visiting",
        "global",
        "regional",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// "Rust, gRPC, Stream Processing Intern": technologies before a title.
fn techs_then_title(s: &str, out: &mut Vec<Piece>) {
    let parts = split_outside_parens(s, &[", "]);
    if parts.len() < 2 {
        classify(s, out);
        return;
    }
    let last = parts[parts.len() - 1];
    let mut techs: Vec<String> = parts[..parts.len() - 1]
        .iter()
        .map(|p| trim_piece(p).to_string())
        .collect();
    match trailing_title(last) {
        Some(at) => {
            if at > 0 {
                techs.push(trim_piece(&last[..at]).to_string());
            }
            let text = techs.join(", ");
            out.push(piece(Kind::Tech(techs), &text));
            out.push(piece(Kind::Title, &last[at..]));
        }
        None => classify(s, out),
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
    // "Title at Organisation".
    if let Some((left, right)) = seg.split_once(" at ").or_else(|| seg.split_once(" @ ")) {
        let l = strip_employment_type(left.trim());
        if ends_with_title(l) {
            techs_then_title(l, out);
            let (right, place) = paren_place(right.trim());
            let (right, tail) = match place {
                Some(_) => (right, None),
                None => place_tail(right),
            };
            out.push(piece(Kind::AtRight, right));
            if let Some(p) = place.or(tail) {
                out.push(piece(Kind::Location, p));
            }
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
    if parts.len() == 1 || seg_is_place {
        classify(seg, out);
        return;
    }
    if is_tech_list(seg) && !parts.iter().any(|p| has_org_word(p) || ends_with_title(p)) {
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
            (vocab::is_org_suffix(p) && word_count(p) == 1)
                || ((vocab::is_country(p)
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
            && word_count(&last.text) <= 3
        {
            last.kind = Kind::Location;
        }
    }
}

/// Takes a header line apart.
pub fn read(text: &str) -> HeaderLine {
    let plain = plain(text);
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
    rest.push_str(&plain[last..]);
    let urls = urls(text);
    let rest = strip_durations(&strip_links(&rest))
        .replace("()", " ")
        .replace("[]", " ");
    let mut pieces = Vec::new();
    for seg in super::lines::segments(&rest) {
        segment(&seg, &mut pieces);
    }
    // "Title | Company | Town": the last plain name after an organisation and a title
    // is where the job was.
    let has_org = pieces.iter().any(|p| p.kind == Kind::Org);
    let has_title = pieces.iter().any(|p| p.kind == Kind::Title);
    if let Some(last) = pieces.last_mut() {
        if has_org
            && has_title
            && last.kind == Kind::Other
            && place_words(&last.text)
            && word_count(&last.text) <= 3
        {
            last.kind = Kind::Location;
        }
    }
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
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, String)> {
        read(text)
            .pieces
            .into_iter()
            .map(|p| {
                let k = match p.kind {
                    Kind::Tech(_) => "Tech".to_string(),
                    k => format!("{k:?}"),
                };
                (k, p.text)
            })
            .collect()
    }

    fn kv(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn comma_separated_header() {
        assert_eq!(
            kinds("Kestrel Robotics GmbH, Senior Firmware Engineer, Munich"),
            kv(&[
                ("Org", "Kestrel Robotics GmbH"),
                ("Title", "Senior Firmware Engineer"),
                ("Location", "Munich")
            ])
        );
        assert_eq!(
            kinds("Lakeside Clinic Ltd. Porto, Portugal"),
            kv(&[
                ("Org", "Lakeside Clinic Ltd."),
                ("Location", "Porto, Portugal")
            ])
        );
    }

    #[test]
    fn a_short_name_after_an_organisation_is_its_place() {
        assert_eq!(
            kinds("Tischler, Holzbau Saale KG, Halle (Saale)"),
            kv(&[
                ("Other", "Tischler"),
                ("Org", "Holzbau Saale KG"),
                ("Location", "Halle (Saale)")
            ])
        );
    }

    #[test]
    fn organisation_then_place_after_commas() {
        assert_eq!(
            kinds("Saffron & Salt, Lyon, France"),
            kv(&[("Other", "Saffron & Salt"), ("Location", "Lyon, France")])
        );
        assert_eq!(
            kinds("Meridian Tax Oy, Senior Auditor, Columbus, OH"),
            kv(&[
                ("Org", "Meridian Tax Oy"),
                ("Title", "Senior Auditor"),
                ("Location", "Columbus, OH")
            ])
        );
        assert_eq!(
            kinds("Cedar Ridge Accounting, Payroll Specialist, Cape Town, South Africa"),
            kv(&[
                ("Other", "Cedar Ridge Accounting"),
                ("Title", "Payroll Specialist"),
                ("Location", "Cape Town, South Africa")
            ])
        );
        assert_eq!(
            kinds("Harborview Care Home, Remote"),
            kv(&[("Other", "Harborview Care Home"), ("Location", "Remote")])
        );
    }

    #[test]
    fn glued_org_and_title() {
        assert_eq!(
            kinds("Umbra Labs Inc Data Engineer Intern – Payments Platform Go, Kafka, SQL"),
            kv(&[
                ("Org", "Umbra Labs Inc"),
                ("Title", "Data Engineer Intern"),
                ("Desc", "Payments Platform"),
                ("Tech", "Go, Kafka, SQL")
            ])
        );
        // A word that ends company names and starts titles goes with the company
        // after a name, with the title after an adjective.
        assert_eq!(
            kinds("Mistral Analytics Software Engineering Intern"),
            kv(&[
                ("Org", "Mistral Analytics"),
                ("Title", "Software Engineering Intern")
            ])
        );
        let h = read("Distributed Systems Engineer");
        assert_eq!(h.pieces[0].kind, Kind::Title);
        assert_eq!(h.pieces[0].text, "Distributed Systems Engineer");
        let h = read("Quillon (QL) Software Engineer Intern");
        assert_eq!(h.pieces[0].kind, Kind::Title);
        assert_eq!(h.pieces[0].glued_title, Some(13));
    }

    #[test]
    fn techs_title_at_team() {
        assert_eq!(
            kinds("Rust, gRPC, Stream Processing Intern at Data Platform - Ingest Team"),
            kv(&[
                ("Tech", "Rust, gRPC, Stream Processing"),
                ("Title", "Intern"),
                ("AtRight", "Data Platform - Ingest Team")
            ])
        );
        assert_eq!(
            kinds("Line Cook at Saffron & Salt, Boulder, CO"),
            kv(&[
                ("Title", "Line Cook"),
                ("AtRight", "Saffron & Salt"),
                ("Location", "Boulder, CO")
            ])
        );
        assert_eq!(
            kinds("Charge Nurse at St. Brigid's Hospital"),
            kv(&[
                ("Title", "Charge Nurse"),
                ("AtRight", "St. Brigid's Hospital")
            ])
        );
    }

    #[test]
    fn teaching_and_labels() {
        assert_eq!(
            kinds("Teaching Assistant of CS101 - Intro to Programming  Sep 2020 – Dec 2020"),
            kv(&[
                ("Title", "Teaching Assistant"),
                ("Course", "CS101 - Intro to Programming")
            ])
        );
        assert_eq!(
            kinds("Technologies: C#, Azure, Big Data"),
            kv(&[("Tech", "C#, Azure, Big Data")])
        );
        assert_eq!(kinds("Line Cook Full Time"), kv(&[("Title", "Line Cook")]));
    }

    #[test]
    fn technology_lines() {
        assert!(matches!(
            read("SAP, Excel, NetSuite, Power BI, QuickBooks").pieces[..],
            [Piece {
                kind: Kind::Tech(_),
                ..
            }]
        ));
        assert!(has_org_word("Hotel Adlon"));
        assert!(!has_org_word("Power BI"));
        assert!(!has_org_word("Health Sciences"));
    }

    #[test]
    fn short_lists() {
        assert!(read("HACCP, Sous vide").is_short_list());
        assert!(read("Figma, Framer, After Effects").is_short_list());
        assert!(!read("Orbit • Rust, Go").is_short_list());
        assert!(!read("Saffron & Salt, Lyon, France").is_short_list());
        assert!(!read("Orbit, 2022").is_short_list());
    }

    #[test]
    fn dates_and_links_are_removed() {
        let h = read("Tidewater – Open-source CDC toolkit – [Link]  Jan 2022 – Dec 2023");
        assert_eq!(h.dates.len(), 1);
        assert_eq!(h.pieces.len(), 2);
        assert_eq!(h.pieces[0].text, "Tidewater");
        let h = read("Hospital Santa Marta  (2011 - 2015)");
        assert_eq!(h.pieces[0].text, "Hospital Santa Marta");
        let h = read("Yuzu Lab (2023): a tasting series");
        assert_eq!(h.rest, "Yuzu Lab  | : a tasting series");
    }
}
