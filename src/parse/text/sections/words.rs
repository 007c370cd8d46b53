//! Heading vocabulary: the words a section heading is made of and the kind of section
//! they name ("Work Experience" → work, "Honors and Awards" → awards).
//!
//! Takes a heading's text already judged short and styled enough to be one; gives its
//! words, lower case, and the section kind they name, or none. It does not decide
//! whether a line is a heading (`sections::heading_kind`) nor where sections end.

use super::SectionKind;
use crate::parse::pattern::Pattern;
use crate::parse::text::lexicon;
use crate::parse::text::normalise::Line;

/// The stems every heading contains one of: a quick test before the full check.
pub(super) static HEADING_HINT: Pattern = Pattern::folded(
    r"(?i)experience|employment|history|links|profiles|online|social|software|evaluation|assessment|particulars|work|career|background|position|appointment|internship|job|education|academic|qualification|degree|studies|training|course|project|portfolio|campaign|open.?source|contribution|research|skill|competenc|technolog|tool|expertise|proficienc|strength|stack|knowledge|abilit|honou?r|award|achievement|accomplishment|highlight|prize|competition|scholarship|fellowship|distinction|recognition|grant|publication|manuscript|paper|patent|presentation|talk|teaching|language|certif|licen|credential|registration|volunteer|service|community|extracurricular|activities|leadership|outreach|summary|profile|about|objective|overview|introduction|statement|interest|hobbies|reference|referee|contact|personal|rotation|placement|practicum|fieldwork|externship|residenc|affiliation|membership|additional|miscellaneous|exhibition|speaking|information|declaration|berufserfahrung|ausbildung|kenntnisse|sprachen|projekt|zertifikat|expérience|formation|compétences|langues|projets|experiencia|educación|formación|habilidades|idiomas|proyectos|experiência|formação|competências|projetos|esperienz|istruzione|formazione|competenze|lingue|progetti|werkervaring|opleiding|vaardigheden|talen|projecten|bildung|erfahrung|berufspraxis|praktika|fähigkeiten|interessen|publikationen|veröffentlichungen|auszeichnungen|stipendien|ehrenamt|über mich|kurse|perfil|programm|situation",
);

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
    "technologies", "tools", "toolbox", "toolkit", "expertise", "areas", "proficiencies", "strengths", "abilities",
    "knowledge", "honors", "honours", "awards", "award", "achievements", "accomplishments",
    "scholarships", "prizes", "competitions", "fellowships", "grants", "recognition", "distinctions",
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
    "rotations", "placements", "practicum", "externships", "fieldwork", "residency", "exhibitions",
    "speaking", "engagements", "affiliation", "membership", "declaration", "self-evaluation",
    "self-assessment", "evaluation", "assessment", "particulars", "links", "profiles",
    "online", "social",
    // Academic CVs qualify their publications ("Peer-Reviewed Publications", "First
    // Author Publications").
    "peer", "reviewed", "peer-reviewed", "refereed", "first", "author", "first-author",
    "manuscripts", "reports", "select", "preparation", "fields", "topics",
    "situation", "actuelle",
    // Marketing and communications résumés list their campaigns as others list projects.
    "campaigns", "campaign",
    // Regulated professions (nursing, pharmacy, engineering) list their registration
    // with a national body as a credential: "Professional Registration".
    "registration", "registrations",
    // Writers, designers and journalists list pieces as "Selected Works".
    "works",
];

/// A word a heading may be made of, in any language the reader knows.
pub(super) fn is_heading_word(w: &str) -> bool {
    HEADING_WORDS.contains(&w)
        || lexicon::headings::kind_of_word(w).is_some()
        || lexicon::headings::is_filler(w)
}

pub(super) fn kind_of(words: &[String]) -> Option<SectionKind> {
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
        // Competitions placed in are prizes won ("Competitions", "Hackathons & Competitions").
        || has("competition")
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
    // "Academic Service", "Professional Service": committees and reviewing, which go
    // with volunteering (but "Customer Service" is a skill, "Military Service" a post).
    let service = joined == "service"
        || has("service")
            && [
                "academic",
                "professional",
                "university",
                "departmental",
                "editorial",
            ]
            .iter()
            .any(|q| has(q));
    if has("volunteer")
        || service
        || has("community")
        || has("extracurricular")
        || has("activities")
        || has("leadership")
        || has("outreach")
    {
        return Some(Volunteer);
    }
    if has("publication")
        || has("manuscript")
        || has("paper")
        || has("patent")
        || has("presentation")
        || has("talks")
    {
        return Some(Publications);
    }
    if has("certif") || has("licen") || has("credential") || has("registration") {
        return Some(Certificates);
    }
    // "Software", "Programming": a heading naming a craft lists its tools, as skills.
    if joined == "software" || joined == "programming" {
        return Some(Skills);
    }
    let lang = pos("language");
    let skill = [
        "skill",
        "competenc",
        "technolog",
        "tools",
        // A designer's or writer's "Toolbox", "Toolkit": what they work with.
        "toolbox",
        "toolkit",
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
    // "Selected Campaigns": named pieces of work for a client, with a date and results —
    // a marketer's projects.
    // "Selected Work(s)": a writer's or designer's pieces (but "Selected Work
    // Experience" is jobs).
    if has("project")
        || joined == "selected work"
        || joined == "selected works"
        || has("portfolio")
        || has("campaign")
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
    // "Research Fields", "Research Areas": the topics one works on, as research interests.
    if has("research") && (has("field") || has("area") || has("topic")) {
        return Some(Interests);
    }
    // "Research Appointments", "Research Positions": posts held, not research done.
    if has("research") && !has("appointment") && !has("position") {
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
    // "Situation actuelle", "Situation professionnelle": French for "Current Position"
    // (but "Situation familiale" is a personal detail).
    if has("situation") && (has("actuelle") || has("professionnelle")) {
        return Some(Work);
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
        // Occupational therapy programmes call their placements clinical fieldwork
        // (fieldwork alone is a researcher's trips, not posts).
        || has("fieldwork") && has("clinical")
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

/// A heading's words, lower case, separators and punctuation out.
pub(super) fn heading_words(text: &str) -> Vec<String> {
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '|' | '+'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-')
                .to_lowercase()
        })
        // The words hold no space (split on whitespace above) unless the join is
        // parted here: only then is there anything to split.
        .flat_map(|w| {
            if w.contains("honors-awards") {
                let w = w.replace("honors-awards", "honors awards");
                w.split(' ').map(str::to_string).collect::<Vec<_>>()
            } else {
                vec![w]
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    join_split_initials(words)
}

/// The section a declared heading names by the words the lexicon knows in it
/// ("First-Author Refereed Publications" → publications), ignoring the others.
pub(super) fn declared_kind(line: &Line) -> SectionKind {
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
