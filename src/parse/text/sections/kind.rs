//! The kinds of section a résumé holds, and the name each goes by in notes.
//!
//! Takes nothing; gives [`SectionKind`], the one list of kinds the section stage
//! decides between (several spellings of a heading map to one kind: the words live in
//! `words.rs` and the lexicon). It decides nothing itself.

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
