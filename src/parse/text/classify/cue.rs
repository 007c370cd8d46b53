//! The named cues a decision is scored on, and a small set of them per line.
//!
//! Takes nothing: it names what the stages may observe about a line ("it is in
//! capitals", "it repeats a field the entry already has") and gives `Cues`, a
//! copyable set of them. It does not compute cues (the stages do, once per line) nor
//! weigh them (`weighted`).

/// One thing a stage can observe about a line, alone or against its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    // --- a line as a section heading ---
    /// Every word of the line is a heading word the lexicon knows.
    KnownHeadingWords,
    /// One word of the line is not a heading word ("Nursing Experience").
    OneUnknownWord,
    /// Two or more words of the line are not heading words.
    ManyUnknownWords,
    /// A word of the line is a job title, an organisation or an institution word.
    ProperNounWord,
    /// Set apart as headings are (capitals, a markup level, bold) and two or three
    /// words long.
    StyledShortLine,
    /// The line names the kind of section already in progress, is not set apart
    /// (capitals, a markup level, bold) and has no blank line above.
    SameKindUnstyled,
    /// A label ending in a colon inside a skills section, over a comma list.
    SkillsGroupLabel,
    // Headings the vocabulary doesn't know (`heading_look`), once a section started.
    /// Marked up at the level the document gives its known headings, and no entry.
    AtHeadingLevel,
    /// Bracketed ("[ MILITARY SERVICE ]"), short, in capitals, naming no entry.
    Bracketed,
    /// Ending in a colon after a blank line, short, in capitals, naming no entry.
    ColonAfterBlank,
    /// In capitals alone after a blank line, in a document whose known headings are
    /// capitals, with no entry's date, title or place below.
    CapsAloneLikeKnown,
    /// Inside a skills section, over a line with commas (a group label).
    SkillsListLabel,
    /// Inside a jobs section with an entry open, a label ending in a colon over a
    /// list, not set apart the way the section's own heading is.
    ColonLabelInJob,
    /// Set as the entry heads of the section in progress are (bold alone, below the
    /// markup level of that section's own heading).
    LikeEntryHeads,
    // --- a header line as the start of an entry ---
    /// The line is indented under the text beside the entry's leading date.
    UnderDateColumn,
    /// The line opens with a date in the same column as the entry's leading date.
    DateColumnRestart,
    /// The section repeats one shape per entry (one dated run, or one dated block).
    RepeatingSection,
    /// The line opens one of the section's repeating runs or blocks.
    OpensRepeat,
    /// After a body, the header run from here holds a date, an organisation, a title
    /// or a degree.
    HasSignalAfterBody,
    /// After a body, the first body line below the run opens with a date.
    DateGluedBelowAfterBody,
    /// After a body, in a section whose entries mostly carry no dates.
    UndatedSectionAfterBody,
    /// After a body, in a section of degrees or projects rather than jobs.
    NotJobsAfterBody,
    // The cues below are taken while the entry's header is in progress (no body yet).
    /// In a projects list, after a blank line, a complete project is followed by a
    /// new name.
    ProjectAfterBlank,
    /// A school alone after a blank line, below a complete degree.
    NextSchool,
    /// Two project names on consecutive lines, the first with nothing else.
    BareThenName,
    /// An employer after a complete role, over the next title.
    NextEmployer,
    /// The line repeats a field the entry already has: a degree.
    RepeatsDegree,
    /// The line repeats a field the entry already has: an organisation.
    RepeatsOrg,
    /// The line repeats a field the entry already has: a dated title.
    RepeatsTitle,
    /// A project's name after a project that has its name and dates.
    RepeatsProjectName,
    /// A dated one-liner after a dated one-liner.
    RepeatsDatedLine,
    /// A name after an entry written as one bullet.
    AfterBulletEntry,
    /// A new organisation after a complete role that sat under an earlier one.
    OrgAfterCompleteRole,
    /// An employer and its place after a complete role, without bullets between.
    EmployerPlaceAfterRole,
    /// The line stands right over a line of dates alone, as the section's first entry
    /// opens, and the entry in progress has its dates.
    OpensOverDates,
    /// A dated line with content after a blank line, below an entry that has its
    /// dates and content.
    DatedAfterBlank,
    /// A line of dates alone, where the section's first entry opens with one, below an
    /// entry that has its dates and content.
    DatesFirstAgain,
    // --- a line as part of an entry's body ---
    /// A top-level list item of a projects section that is a list of such items, each
    /// opening with an emphasised name and a separator, with no header line over them.
    NamedListItem,
    /// A list item.
    Bullet,
    /// A list item long enough to be a highlight (long, or longer without a year).
    LongBullet,
    /// A list item that reads as an entry's header: only a date, a dated entry, a
    /// degree in an education list, a short name in a projects list.
    BulletHeadsEntry,
    /// Not a list item, and set apart as a markup heading or in bold.
    MarkedUp,
    /// Not a list item, and opening with a date and a wide gap (a date column).
    DateColumn,
    /// Not a list item, and a labelled project name in a projects list.
    LabelledProjectName,
    /// Not a list item, and a technologies label under a job.
    TechLabelUnderJob,
    /// Not a list item, in a list of jobs: a short label ending in a colon, naming no
    /// title nor dates, over a list item (it heads a group of the job's bullets).
    GroupLabelOverList,
    /// Not a list item, and prose: not a short degree line nor a dated name.
    Prose,
    /// Where entries open with a line over their dates alone: a line after an entry's
    /// dates that shows no header field (dates, organisation, title, degree, place)
    /// and doesn't stand over dates itself.
    PlainAfterOwnDates,
    /// Not a list item: an unmarked line level with an unmarked item above it, both set
    /// in from the section's headers, with no date (a layout copy's lost bullet).
    SetInSibling,
}

impl Cue {
    /// Every cue, in the order of the weights file.
    pub const ALL: [Cue; 49] = [
        Cue::KnownHeadingWords,
        Cue::OneUnknownWord,
        Cue::ManyUnknownWords,
        Cue::ProperNounWord,
        Cue::StyledShortLine,
        Cue::SameKindUnstyled,
        Cue::SkillsGroupLabel,
        Cue::AtHeadingLevel,
        Cue::Bracketed,
        Cue::ColonAfterBlank,
        Cue::CapsAloneLikeKnown,
        Cue::SkillsListLabel,
        Cue::ColonLabelInJob,
        Cue::LikeEntryHeads,
        Cue::UnderDateColumn,
        Cue::DateColumnRestart,
        Cue::RepeatingSection,
        Cue::OpensRepeat,
        Cue::HasSignalAfterBody,
        Cue::DateGluedBelowAfterBody,
        Cue::UndatedSectionAfterBody,
        Cue::NotJobsAfterBody,
        Cue::ProjectAfterBlank,
        Cue::NextSchool,
        Cue::BareThenName,
        Cue::NextEmployer,
        Cue::RepeatsDegree,
        Cue::RepeatsOrg,
        Cue::RepeatsTitle,
        Cue::RepeatsProjectName,
        Cue::RepeatsDatedLine,
        Cue::AfterBulletEntry,
        Cue::OrgAfterCompleteRole,
        Cue::EmployerPlaceAfterRole,
        Cue::OpensOverDates,
        Cue::DatedAfterBlank,
        Cue::DatesFirstAgain,
        Cue::NamedListItem,
        Cue::Bullet,
        Cue::LongBullet,
        Cue::BulletHeadsEntry,
        Cue::MarkedUp,
        Cue::DateColumn,
        Cue::LabelledProjectName,
        Cue::TechLabelUnderJob,
        Cue::GroupLabelOverList,
        Cue::Prose,
        Cue::PlainAfterOwnDates,
        Cue::SetInSibling,
    ];

    /// The cue's name in the weights file (its variant name).
    pub fn name(self) -> String {
        format!("{self:?}")
    }

    /// The cue a weights file names, if any.
    pub fn from_name(name: &str) -> Option<Cue> {
        Cue::ALL.into_iter().find(|c| c.name() == name)
    }

    fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

/// A set of cues observed on one line (a bit per cue: cheap to copy and combine).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cues(u64);

impl Cues {
    /// The set holding the cues whose flag is true.
    pub fn of(pairs: &[(Cue, bool)]) -> Cues {
        let mut c = Cues::default();
        for &(cue, on) in pairs {
            c.set(cue, on);
        }
        c
    }
    /// Adds (or removes) one cue.
    pub fn set(&mut self, cue: Cue, on: bool) {
        if on {
            self.0 |= cue.bit();
        } else {
            self.0 &= !cue.bit();
        }
    }
    pub fn has(self, cue: Cue) -> bool {
        self.0 & cue.bit() != 0
    }
    /// Both sets together.
    pub fn with(self, o: Cues) -> Cues {
        Cues(self.0 | o.0)
    }
    /// The cues in the set, in the order of `Cue::ALL`.
    pub fn iter(self) -> impl Iterator<Item = Cue> {
        Cue::ALL.into_iter().filter(move |c| self.has(*c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_is_listed_once_and_fits_the_set() {
        for (i, c) in Cue::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i, "{c:?} out of order in Cue::ALL");
            assert_eq!(Cue::from_name(&c.name()), Some(*c));
        }
        assert!(Cue::ALL.len() <= 64);
    }

    #[test]
    fn a_set_holds_what_was_put_in() {
        let mut c = Cues::of(&[(Cue::NextSchool, true), (Cue::NextEmployer, false)]);
        assert!(c.has(Cue::NextSchool) && !c.has(Cue::NextEmployer));
        c.set(Cue::NextSchool, false);
        assert_eq!(c, Cues::default());
        let both = Cues::of(&[(Cue::RepeatsOrg, true)]).with(Cues::of(&[(Cue::NextSchool, true)]));
        assert_eq!(
            both.iter().collect::<Vec<_>>(),
            [Cue::NextSchool, Cue::RepeatsOrg]
        );
    }
}
