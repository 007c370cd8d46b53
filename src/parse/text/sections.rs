//! Section headings: their vocabulary in its many spellings, at any Markdown level or
//! none, and the split of a résumé into sections.
//!
//! A heading is recognised by its words ("Work Experience", "HONORS AND AWARDS",
//! "#### **Education**", "Projects (Cont.)"), never by its level alone: Markdown
//! levels in converted résumés are random. Lines before the first heading form the
//! preamble (name and contacts). What goes inside a section is other modules' job.

use super::heading_look::HeadingLook;
use super::lexicon;
use super::lines::{is_all_caps, word_count};
use super::normalise::{Document, Line};
use super::vocab;

/// What a section holds; several spellings map to one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// Lines before the first heading.
    Preamble,
    Summary,
    Work,
    Teaching,
    /// "Research": positions or projects, decided by content.
    Research,
    Education,
    Projects,
    Skills,
    Awards,
    Publications,
    Languages,
    Certificates,
    Volunteer,
    Achievements,
    Interests,
    References,
    Contact,
    Courses,
    /// A known heading with no place in the schema ("Affiliations"): kept in `meta`.
    Other,
}

impl SectionKind {
    /// The name used in notes ("heading: education").
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Preamble => "preamble",
            SectionKind::Summary => "summary",
            SectionKind::Work => "work",
            SectionKind::Teaching => "teaching",
            SectionKind::Research => "research",
            SectionKind::Education => "education",
            SectionKind::Projects => "projects",
            SectionKind::Skills => "skills",
            SectionKind::Awards => "awards",
            SectionKind::Publications => "publications",
            SectionKind::Languages => "languages",
            SectionKind::Certificates => "certificates",
            SectionKind::Volunteer => "volunteer",
            SectionKind::Achievements => "achievements",
            SectionKind::Interests => "interests",
            SectionKind::References => "references",
            SectionKind::Contact => "contact",
            SectionKind::Courses => "courses",
            SectionKind::Other => "other",
        }
    }
}

/// A run of lines under one heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    /// Index of the heading line in the document, if any.
    pub heading: Option<usize>,
    /// Indices of the section's content lines.
    pub lines: Vec<usize>,
}

/// The stems every heading contains one of: a quick test before the full check.
static HEADING_HINT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)experience|employment|history|links|profiles|online|social|software|evaluation|assessment|particulars|work|career|background|position|appointment|internship|job|education|academic|qualification|degree|studies|training|course|project|portfolio|open.?source|contribution|research|skill|competenc|technolog|tool|expertise|proficienc|strength|stack|knowledge|abilit|honou?r|award|achievement|accomplishment|highlight|prize|scholarship|fellowship|distinction|recognition|grant|publication|paper|patent|presentation|talk|teaching|language|certif|licen|credential|volunteer|community|extracurricular|activities|leadership|outreach|summary|profile|about|objective|overview|introduction|statement|interest|hobbies|reference|referee|contact|personal|rotation|placement|practicum|externship|residenc|affiliation|membership|additional|miscellaneous|exhibition|speaking|information|declaration|berufserfahrung|ausbildung|kenntnisse|sprachen|projekt|zertifikat|expérience|formation|compétences|langues|projets|experiencia|educación|formación|habilidades|idiomas|proyectos|experiência|formação|competências|projetos|esperienz|istruzione|formazione|competenze|lingue|progetti|werkervaring|opleiding|vaardigheden|talen|projecten|bildung|erfahrung|berufspraxis|praktika|fähigkeiten|interessen|publikationen|veröffentlichungen|auszeichnungen|stipendien|ehrenamt|über mich|kurse|perfil",
    )
    .unwrap()
});

/// Words a heading may contain besides its key word.
#[rustfmt::skip]
const HEADING_WORDS: &[&str] = &[
    "experience", "experiences", "work", "working", "professional", "employment", "history",
    "career", "relevant", "industry", "positions", "position", "appointments", "internships",
    "internship", "jobs", "background", "summary", "profile", "about", "me", "objective",
    "overview", "introduction", "personal", "statement", "education", "educational",
    "academic", "academics", "qualifications", "qualification", "degrees", "studies",
    "training", "projects", "project", "selected", "side", "key", "open", "source",
    "open-source", "opensource", "contributions", "contribution", "portfolio", "research",
    "skills", "skill", "technical", "tech", "stack", "core", "competencies", "competences",
    "technologies", "tools", "expertise", "areas", "proficiencies", "strengths", "abilities",
    "knowledge", "honors", "honours", "awards", "award", "achievements", "accomplishments",
    "scholarships", "prizes", "fellowships", "grants", "recognition", "distinctions",
    "publications", "papers", "patents", "presentations", "talks", "conference", "journal",
    "teaching", "languages", "language", "spoken", "certifications", "certification",
    "certificates", "licenses", "licences", "credentials", "courses", "coursework",
    "volunteer", "volunteering", "community", "service", "involvement", "extracurricular",
    "activities", "leadership", "interests", "hobbies", "references", "referees", "contact",
    "information", "info", "details", "top", "additional", "other", "highlights",
    "programming", "computer", "software", "soft", "hard", "related", "recent", "notable",
    "major", "featured", "and", "&", "of", "in", "the", "my", "a", "an", "for", "with",
    "details", "data", "specialized", "clinical", "practical", "further", "miscellaneous",
    "engagement", "outreach", "affiliations", "memberships", "professional-experience",
    "rotations", "placements", "practicum", "externships", "residency", "exhibitions",
    "speaking", "engagements", "affiliation", "membership", "declaration", "self-evaluation",
    "self-assessment", "evaluation", "assessment", "particulars", "links", "profiles",
    "online", "social",
];

/// A word a heading may be made of, in any language the reader knows.
fn is_heading_word(w: &str) -> bool {
    HEADING_WORDS.contains(&w)
        || lexicon::headings::kind_of_word(w).is_some()
        || lexicon::headings::is_filler(w)
}

fn kind_of(words: &[String]) -> Option<SectionKind> {
    let joined = words.join(" ");
    let has = |k: &str| words.iter().any(|w| w.starts_with(k));
    let pos = |k: &str| words.iter().position(|w| w.starts_with(k));
    use SectionKind::*;
    if joined.contains("top skills") {
        return Some(Skills);
    }
    // "Summary of Qualifications", "Highlights of Qualifications": a summary.
    if has("qualification") && (has("summary") || has("highlight") || has("profile")) {
        return Some(Summary);
    }
    if has("award")
        || has("honor")
        || has("honour")
        || has("prize")
        || has("scholarship")
        || has("fellowship")
        || has("distinction")
        || has("recognition")
        || has("grant")
    {
        return Some(Awards);
    }
    if has("achievement")
        || has("accomplishment")
        || joined == "highlights"
        || joined.ends_with("career highlights")
    {
        return Some(Achievements);
    }
    if has("teaching") {
        return Some(Teaching);
    }
    if has("volunteer")
        || has("community")
        || has("extracurricular")
        || has("activities")
        || has("leadership")
        || has("outreach")
    {
        return Some(Volunteer);
    }
    if has("publication") || has("paper") || has("patent") || has("presentation") || has("talks") {
        return Some(Publications);
    }
    if has("certif") || has("licen") || has("credential") {
        return Some(Certificates);
    }
    if joined == "software" {
        return Some(Skills);
    }
    let lang = pos("language");
    let skill = [
        "skill",
        "competenc",
        "technolog",
        "tools",
        "expertise",
        "proficienc",
        "strength",
        "stack",
        "knowledge",
        "abilit",
    ]
    .iter()
    .filter_map(|k| pos(k))
    .min();
    match (lang, skill) {
        (Some(_), _) if joined.contains("programming language") => return Some(Skills),
        (Some(l), Some(s)) => return Some(if l < s { Languages } else { Skills }),
        (Some(_), None) => return Some(Languages),
        (None, Some(_)) => return Some(Skills),
        _ => {}
    }
    if has("project")
        || has("portfolio")
        || joined.contains("open source")
        || has("open-source")
        || has("opensource")
        || has("contribution")
    {
        return Some(Projects);
    }
    if has("interest") || has("hobbies") {
        return Some(Interests);
    }
    if has("research") {
        return Some(Research);
    }
    // "Academic Employment", "Academic Appointments": jobs, though "academic" also
    // opens education headings.
    if has("appointment") || has("position") || (has("employment") && !has("education")) {
        return Some(Work);
    }
    // "Professional History", "Career History" (but "Education History").
    if has("history") && (has("professional") || has("career") || has("employment")) {
        return Some(Work);
    }
    // "Self-Evaluation", "Self Assessment": the person on themselves, kept aside.
    if has("self-evaluation") || has("self-assessment") || has("evaluation") || has("assessment") {
        return Some(Other);
    }
    // "Professional Background", "Career Background" (but "Educational Background").
    if has("background")
        && (has("professional") || has("career") || has("work") || has("employment"))
    {
        return Some(Work);
    }
    if has("education")
        || has("academic")
        || has("qualification")
        || has("degree")
        || has("studies")
        || has("training")
    {
        return Some(Education);
    }
    if has("course") {
        return Some(Courses);
    }
    // Headings in the other languages the reader knows.
    if let Some(k) = lexicon::headings::kind_of(words) {
        return Some(k);
    }
    // "Career Objective", "Professional Profile": a summary, though "career" and
    // "professional" also open job headings.
    if has("summary")
        || has("profile")
        || has("about")
        || has("objective")
        || has("overview")
        || has("introduction")
        || has("statement")
    {
        return Some(Summary);
    }
    if has("rotation")
        || has("placement")
        || has("practicum")
        || has("externship")
        || has("residenc")
    {
        return Some(Work);
    }
    if has("experience")
        || has("employment")
        || has("work")
        || has("career")
        || has("internship")
        || has("job")
        || has("professional-experience")
    {
        return Some(Work);
    }
    if has("interest") || has("hobbies") {
        return Some(Interests);
    }
    if has("reference") || has("referee") {
        return Some(References);
    }
    if has("contact")
        || joined == "links"
        || joined == "profiles"
        || joined == "online"
        || joined == "social"
        || (has("personal")
            && (has("detail") || has("information") || has("data") || has("particulars")))
    {
        return Some(Contact);
    }
    if has("affiliation")
        || has("membership")
        || has("additional")
        || has("miscellaneous")
        || has("exhibition")
        || has("speaking")
        || has("information")
        || has("declaration")
    {
        return Some(Other);
    }
    None
}

/// The section kind a line announces, if it is a heading.
pub fn heading_kind(line: &Line) -> Option<SectionKind> {
    if line.bullet.is_some()
        || line.text.len() > 90
        || word_count(&line.text) > 8
        // Spaces out too: a heading's initial may stand apart ("E xperience").
        || !(HEADING_HINT.is_match(&line.text)
            || HEADING_HINT.is_match(&line.text.replace(' ', ""))
            || line.plain.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                lexicon::headings::kind_of_word(&w).is_some()
            }))
    {
        return None;
    }
    let mut text = line.plain.clone();
    if line.continued {
        text = Document::continued_heading(&text).unwrap_or(text);
    }
    let text = text.trim().trim_end_matches(':').trim();
    if text.is_empty() || text.len() > 60 || text.chars().any(|c| c.is_ascii_digit() || c == '@') {
        return None;
    }
    let n = word_count(text);
    if n > 6 {
        return None;
    }
    let words = heading_words(text);
    let unknown: Vec<&String> = words.iter().filter(|w| !is_heading_word(w)).collect();
    let styled = line.heading > 0 || line.bold || is_all_caps(text);
    // One unknown qualifier is fine on a styled short line ("Nursing Experience"), as
    // long as it isn't a job title or an organisation ("Research Assistant").
    let allowed = usize::from(styled && (2..=3).contains(&words.len()));
    if unknown.len() > allowed
        || unknown.iter().any(|w| {
            vocab::is_title_head(w) || vocab::is_org_suffix(w) || vocab::is_institution_word(w)
        })
    {
        return None;
    }
    kind_of(&words)
}

/// A heading's words, lower case, separators and punctuation out.
fn heading_words(text: &str) -> Vec<String> {
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '|' | '+'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-')
                .to_lowercase()
        })
        .map(|w| w.replace("honors-awards", "honors awards"))
        .flat_map(|w| w.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    join_split_initials(words)
}

/// The section a declared heading names by the words the lexicon knows in it
/// ("First-Author Refereed Publications" → publications), ignoring the others.
fn declared_kind(line: &Line) -> SectionKind {
    let words: Vec<String> = heading_words(&line.plain)
        .into_iter()
        .filter(|w| is_heading_word(w))
        .collect();
    kind_of(&words).unwrap_or(SectionKind::Other)
}

/// "E xperience", "W ork E xperience": small capitals and drop caps set a heading's
/// initial apart, and text extraction then writes a space after it. An initial is
/// joined to the word after it only when that makes a heading word.
fn join_split_initials(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut it = words.into_iter().peekable();
    while let Some(w) = it.next() {
        if w.chars().count() == 1 {
            if let Some(next) = it.peek() {
                let joined = format!("{w}{next}");
                if is_heading_word(&joined) {
                    out.push(joined);
                    it.next();
                    continue;
                }
            }
        }
        out.push(w);
    }
    out
}

/// Splits the document into the preamble and its sections. "(Cont.)" headings of the
/// section in progress don't start a new one; they are returned as ignored.
pub fn split(lines: &[Line]) -> (Vec<Section>, Vec<usize>) {
    let mut out = vec![Section {
        kind: SectionKind::Preamble,
        heading: None,
        lines: Vec::new(),
    }];
    let mut repeated = Vec::new();
    let kinds: Vec<Option<SectionKind>> = lines.iter().map(heading_kind).collect();
    let known: Vec<usize> = (0..lines.len()).filter(|&i| kinds[i].is_some()).collect();
    let look = HeadingLook::of(lines, &known);
    for (i, line) in lines.iter().enumerate() {
        let cur = out.last().map(|s| s.kind);
        if let Some(kind) = kinds[i] {
            if line.continued && cur == Some(kind) {
                repeated.push(i);
                continue;
            }
            // A plain "Volunteer" line inside a volunteering section is a job title,
            // not the section starting again.
            let styled = line.heading > 0 || line.bold || is_all_caps(&line.text);
            // "Teaching:" over "Lesson planning, Assessment" inside a skills section is
            // a group label, not the teaching section.
            let label_in_skills = cur == Some(SectionKind::Skills)
                && kind != SectionKind::Languages
                && !styled
                && !line.blank_before
                && line.text.trim_end().ends_with(':')
                && lines.get(i + 1).is_some_and(|n| {
                    n.bullet.is_none() && n.text.contains(", ") && kinds[i + 1].is_none()
                });
            if label_in_skills || cur == Some(kind) && !styled && !line.blank_before {
                if let Some(last) = out.last_mut() {
                    last.lines.push(i);
                }
                continue;
            }
            out.push(Section {
                kind,
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        let started = cur.is_some_and(|k| k != SectionKind::Preamble);
        // "Kitchen:" over a list inside a skills section is a group label.
        let skills_label = cur == Some(SectionKind::Skills)
            && lines.get(i + 1).is_some_and(|n| n.plain.contains(','));
        // A heading at the level the document gives its known headings ("# Bildung",
        // "# Softwareentwicklung"): a section, named by what words of it are known.
        if started && look.declared_heading(lines, i) {
            out.push(Section {
                kind: declared_kind(line),
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        if started && !skills_label && look.unknown_heading(lines, i) {
            out.push(Section {
                kind: SectionKind::Other,
                heading: Some(i),
                lines: Vec::new(),
            });
            continue;
        }
        // "I hereby declare that…": the closing declaration, no part of a section.
        if started && cur != Some(SectionKind::Other) && is_declaration(&line.plain) {
            out.push(Section {
                kind: SectionKind::Other,
                heading: None,
                lines: vec![i],
            });
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.lines.push(i);
        }
    }
    (out, repeated)
}

/// "I hereby certify that the above…", "I declare that the information…".
fn is_declaration(t: &str) -> bool {
    if !t.starts_with('I') {
        return false;
    }
    let lower = t.get(..t.len().min(40)).unwrap_or(t).to_lowercase();
    lower.starts_with("i hereby ")
        || (lower.starts_with("i declare ") || lower.starts_with("i certify "))
            && lower.contains("that")
}

#[cfg(test)]
mod tests;
