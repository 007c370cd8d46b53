//! vitae's reader of messy résumé text: PDF-converted or Markdown → JSON Resume.
//!
//! The pipeline, one module per step:
//!
//! 0. [`columns`]: side-by-side two-column layouts read column after column;
//! 1. [`normalise`]: conversion debris out (LaTeX math, HTML tags, bullet glyphs,
//!    ligatures, page footers, copied web-page widgets), wrapped lines joined,
//!    Markdown marks recorded;
//! 2. [`sections`]: headings by their vocabulary ([`heading_look`]: unknown ones by
//!    their look), lines split into sections;
//! 3. [`name`], [`contact`], [`personal`], [`profiles`]: the person — name, contacts,
//!    profiles, location — from the preamble (or a profile export's sidebar);
//! 4. [`entries`]: a section's lines grouped into entries, with their dates and bodies;
//!    [`header`] takes header lines apart, [`roles`], [`projects`] and [`education`]
//!    decide which piece is which field;
//! 5. [`skills`] (with [`skill_rows`] and [`spoken`]) and [`lists`]: the
//!    one-line-per-item sections ([`awards`] reads an award line's title and awarder);
//! 6. [`explain`]: what became of every line, and warnings about likely misses.
//!
//! Underneath: [`dates`] (dates and ranges), [`lines`] (features of lines and pieces),
//! [`places`], [`titles`] and [`vocab`] (generic word lists).
//!
//! Parsing never fails: any text gives a résumé, at worst an empty one.

mod awards;
mod columns;
mod contact;
pub(crate) mod dates;
mod education;
mod entries;
mod explain;
mod header;
mod heading_look;
mod lexicon;
mod lines;
mod lists;
mod name;
mod normalise;
mod personal;
mod places;
mod profiles;
mod projects;
mod roles;
mod sections;
mod skill_rows;
mod skills;
mod spoken;
mod teaching;
mod titles;
mod vocab;

pub use explain::{LineNote, Warning};

use serde_json::Value;

use crate::model::{Meta, Resume};
use crate::parse::formats::{self, Markup};
use entries::{Entry, Grouping};
use explain::Recorder;
use normalise::{Document, Line};
use sections::{Section, SectionKind};

/// Reads résumé text (PDF-converted or Markdown) into the JSON Resume model.
///
/// Holds nothing but is the one place the parser is configured from; its word lists
/// and patterns are compiled once per process.
#[derive(Debug, Default, Clone)]
pub struct ResumeParser {}

impl ResumeParser {
    pub fn new() -> Self {
        ResumeParser {}
    }

    /// The résumé read out of plain, PDF-extracted or Markdown `text`.
    pub fn parse(&self, text: &str) -> Resume {
        self.parse_as(text, Markup::Plain)
    }

    /// The résumé read out of `text` written in `markup`.
    pub fn parse_as(&self, text: &str, markup: Markup) -> Resume {
        self.run(text, markup).0
    }

    /// The résumé plus a note for every source line: what it became or why it was dropped.
    pub fn explain(&self, text: &str) -> (Resume, Vec<LineNote>) {
        self.explain_as(text, Markup::Plain)
    }

    /// [`explain`](Self::explain) for `text` written in `markup`.
    pub fn explain_as(&self, text: &str, markup: Markup) -> (Resume, Vec<LineNote>) {
        let (resume, rec, doc) = self.run(text, markup);
        (resume, rec.notes(&doc.source))
    }

    /// Likely misses: no name, entries without dates, lines left unplaced.
    pub fn warnings(&self, text: &str) -> Vec<Warning> {
        self.warnings_as(text, Markup::Plain)
    }

    /// [`warnings`](Self::warnings) for `text` written in `markup`.
    pub fn warnings_as(&self, text: &str, markup: Markup) -> Vec<Warning> {
        self.parse_with_warnings_as(text, markup).1
    }

    /// The résumé and its warnings, from one parse.
    pub fn parse_with_warnings_as(&self, text: &str, markup: Markup) -> (Resume, Vec<Warning>) {
        let (resume, rec, doc) = self.run(text, markup);
        let notes = rec.notes(&doc.source);
        let warnings = rec.warnings(&notes);
        (resume, warnings)
    }

    fn run(&self, source: &str, markup: Markup) -> (Resume, Recorder, Document) {
        // A markup other than text is first lowered to Markdown-shaped lines, each
        // remembering its source line; the column rewrite below composes with that.
        let lowered = formats::lower(source, markup);
        let text = lowered.as_ref().map_or(source, |l| l.text.as_str());
        let to_source = |no: usize| match &lowered {
            Some(l) => no
                .checked_sub(1)
                .and_then(|k| l.origin.get(k))
                .copied()
                .unwrap_or(0),
            None => no,
        };
        let (mut doc, origin) = match columns::linearise(text) {
            Some((linear, origin)) => (Document::new(&linear), Some(origin)),
            None => (Document::new(text), None),
        };
        let origin = match (origin, &lowered) {
            (Some(o), _) => Some(o.into_iter().map(to_source).collect()),
            (None, Some(l)) => Some(l.origin.clone()),
            (None, None) => None,
        };
        let mut rec = match origin {
            Some(origin) => {
                // Notes are about the lines as the person wrote them.
                doc.source = source.lines().map(str::to_string).collect();
                Recorder::rewritten(doc.source.len(), origin)
            }
            None => Recorder::new(doc.source.len()),
        };
        for &(no, why) in &doc.ignored {
            rec.at(no, why);
        }
        for &(no, why) in lowered.iter().flat_map(|l| &l.dropped) {
            rec.at_source(no, why);
        }
        let (mut sections, repeated) = sections::split(&doc.lines);
        for i in repeated {
            rec.note(
                &doc.lines[i],
                "ignored: repeated heading (section continues)",
            );
        }
        let mut resume = Resume::default();
        let lines = &doc.lines;
        profile_export(lines, &mut sections, &mut resume, &mut rec);
        let mut achievements = Vec::new();
        for section in &sections {
            if let Some(h) = section.heading {
                rec.note(&lines[h], format!("heading: {}", section.kind.name()));
            }
            read_section(lines, section, &mut resume, &mut achievements, &mut rec);
        }
        if !achievements.is_empty() {
            let meta = resume.meta.get_or_insert_with(Meta::default);
            meta.extra.insert(
                "achievements".into(),
                Value::Array(achievements.into_iter().map(Value::String).collect()),
            );
        }
        if resume.basics.name.is_none() {
            rec.warn_about(
                None,
                Some("basics.name".into()),
                "no name found: add basics.name in overrides.yaml",
            );
        }
        (resume, rec, doc)
    }
}

/// In a profile export the name block sits just above the summary or experience, after
/// a sidebar; find it, take it out of the sidebar section, fill `basics`.
fn profile_export(
    lines: &[Line],
    sections: &mut [Section],
    resume: &mut Resume,
    rec: &mut Recorder,
) {
    if !sections[0].lines.is_empty() {
        return;
    }
    let Some(k) = sections.iter().position(|s| {
        matches!(s.kind, SectionKind::Summary | SectionKind::Work) && s.heading.is_some()
    }) else {
        return;
    };
    let (Some(before), true) = (sections[k].heading, k > 0) else {
        return;
    };
    if let Some(found) = name::profile_export_name(lines, before) {
        name::apply_profile_name(lines, found, &mut resume.basics, rec);
        sections[k - 1].lines.retain(|&i| !found.holds(i));
    }
}

fn read_section(
    lines: &[Line],
    section: &Section,
    resume: &mut Resume,
    achievements: &mut Vec<String>,
    rec: &mut Recorder,
) {
    let idxs = &section.lines;
    use SectionKind::*;
    match section.kind {
        Preamble => {
            let left = contact::read(lines, idxs, &mut resume.basics, rec);
            preamble_rest(lines, &left, resume, rec);
        }
        Contact => {
            // Personal details: contacts, and "Languages Known: …"-style lines; the rest
            // (date of birth, nationality) has no place in the schema.
            let left = contact::read(lines, idxs, &mut resume.basics, rec);
            let (langs, rest): (Vec<usize>, Vec<usize>) = left.into_iter().partition(|&i| {
                skills::labelled(&lines[i].plain)
                    .is_some_and(|(label, _)| label.to_lowercase().contains("language"))
            });
            spoken::languages(lines, &langs, &mut resume.languages, rec);
            for i in rest {
                rec.note(&lines[i], "ignored: personal detail");
            }
        }
        Summary => {
            let s = lists::paragraph(lines, idxs, "basics.summary", rec);
            if resume.basics.summary.is_none() {
                resume.basics.summary = s;
            }
        }
        Work => jobs(lines, idxs, resume, rec),
        Teaching => {
            let entries = entries::group(lines, idxs, Grouping::Jobs);
            if teaching::lists_courses(&entries) {
                teaching::courses(lines, &entries, resume, rec);
            } else {
                jobs(lines, idxs, resume, rec);
            }
        }
        Research => {
            let entries = entries::group(lines, idxs, Grouping::Jobs);
            let titled = entries
                .iter()
                .filter(|e| e.heads.iter().any(|h| h.has(|k| *k == header::Kind::Title)))
                .count();
            if titled * 2 > entries.len() {
                jobs(lines, idxs, resume, rec);
            } else {
                for e in &entries {
                    let p = projects::project(lines, e, resume.projects.len(), rec);
                    resume.projects.push(p);
                }
            }
        }
        Volunteer => {
            let mut group: Option<roles::Group> = None;
            for e in &entries::group(lines, idxs, Grouping::Jobs) {
                warn_undated(lines, e, "volunteer", resume.volunteer.len(), rec);
                let (v, picked) =
                    roles::volunteer(lines, e, resume.volunteer.len(), group.as_ref(), rec);
                group = next_group(&picked, group);
                resume.volunteer.push(v);
            }
        }
        Education => {
            let entries = entries::group(lines, idxs, Grouping::Items);
            // "Academic Experience" that lists coursework projects: without a degree, a
            // school or a date in any entry (a qualification is dated by when it was
            // earned), the section holds projects, whatever its heading.
            let projects_only = entries.len() >= 2
                && entries.iter().all(|e| {
                    e.dates.start.is_none()
                        && e.dates.end.is_none()
                        && !education::is_educational(lines, e)
                });
            if projects_only {
                for e in &entries::group(lines, idxs, Grouping::Projects) {
                    let p = projects::project(lines, e, resume.projects.len(), rec);
                    resume.projects.push(p);
                }
                return;
            }
            let mut school = None;
            for e in &entries {
                warn_undated(lines, e, "education", resume.education.len(), rec);
                let n = resume.education.len();
                let (ed, heading) = education::build(lines, e, n, school.as_deref(), rec);
                school = heading;
                resume.education.push(ed);
            }
        }
        Projects => {
            for e in &entries::group(lines, idxs, Grouping::Projects) {
                let p = projects::project(lines, e, resume.projects.len(), rec);
                resume.projects.push(p);
            }
        }
        Skills => skills::skills(lines, idxs, &mut resume.skills, &mut resume.languages, rec),
        Languages => {
            if spoken::mostly_spoken(lines, idxs) {
                spoken::languages(lines, idxs, &mut resume.languages, rec);
            } else {
                let start = resume.skills.len();
                skills::skills(lines, idxs, &mut resume.skills, &mut resume.languages, rec);
                for s in &mut resume.skills[start..] {
                    if s.name.as_deref() == Some("Skills") {
                        s.name = Some("Languages".into());
                    }
                }
            }
        }
        Awards => lists::awards(lines, idxs, &mut resume.awards, rec),
        Certificates => {
            // "Certificates & Skills": the labelled skill and language lines go there.
            let (skill_lines, rest) = skills::labelled_skill_lines(lines, idxs);
            skills::skills(
                lines,
                &skill_lines,
                &mut resume.skills,
                &mut resume.languages,
                rec,
            );
            lists::certificates(lines, &rest, &mut resume.certificates, rec)
        }
        Publications => lists::publications(lines, idxs, &mut resume.publications, rec),
        Interests => lists::interests(lines, idxs, &mut resume.interests, rec),
        References => lists::references(lines, idxs, &mut resume.references, rec),
        // "Achievements: Gold Medal in Desserts – Cape Showcase, 2017": prizes.
        Achievements => {
            let (prizes, rest) =
                lists::award_list(lines, idxs).unwrap_or((Vec::new(), idxs.to_vec()));
            lists::awards(lines, &prizes, &mut resume.awards, rec);
            achievements.extend(lists::plain_items(lines, &rest, "meta.achievements", rec))
        }
        Other => {
            let title = section
                .heading
                .map(|h| lines[h].plain.clone())
                .unwrap_or_default();
            let items = lists::plain_items(lines, idxs, "meta.sections", rec);
            let meta = resume.meta.get_or_insert_with(Meta::default);
            let list = meta
                .extra
                .entry("sections".to_string())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = list {
                list.push(
                    serde_json::json!({ "title": title.trim_end_matches(':'), "items": items }),
                );
            }
        }
        Courses => {
            let items: Vec<String> = idxs
                .iter()
                .flat_map(|&i| lines::list_items(&lines[i].plain))
                .collect();
            let n = resume.education.len();
            if let Some(ed) = resume.education.last_mut() {
                for &i in idxs {
                    rec.note(&lines[i], format!("education[{}].courses", n - 1));
                }
                ed.courses.extend(items);
            } else if !items.is_empty() {
                for &i in idxs {
                    rec.note(&lines[i], format!("skills[{}]", resume.skills.len()));
                }
                resume.skills.push(crate::model::Skill {
                    name: Some("Courses".into()),
                    keywords: items,
                    ..Default::default()
                });
            }
        }
    }
}

/// What the preamble holds besides contacts: a summary paragraph, or — when the
/// experience heading is missing — dated entries.
fn preamble_rest(lines: &[Line], left: &[usize], resume: &mut Resume, rec: &mut Recorder) {
    if left.is_empty() {
        return;
    }
    // Without headings, a skills line set apart by a blank line ("Skills: Kotlin, Java")
    // is the skills section, not the keywords of the entry above it.
    let (skill_lines, left): (Vec<usize>, Vec<usize>) = left.iter().partition(|&&i| {
        lines[i].blank_before
            && skills::labelled(&lines[i].plain)
                .is_some_and(|(label, _)| label.to_lowercase().contains("skill"))
    });
    skills::skills(
        lines,
        &skill_lines,
        &mut resume.skills,
        &mut resume.languages,
        rec,
    );
    let left = &left[..];
    if left.is_empty() {
        return;
    }
    let entries = entries::group(lines, left, Grouping::Jobs);
    let dated = entries
        .iter()
        .filter(|e| e.dates.start.is_some() || e.dates.end.is_some())
        .count();
    if dated >= 1 && dated * 2 >= entries.len() {
        let first_dated = entries
            .iter()
            .position(|e| e.dates.start.is_some() || e.dates.end.is_some())
            .unwrap_or(0);
        let lead: Vec<usize> = entries[..first_dated]
            .iter()
            .flat_map(|e| e.header.iter().chain(e.body.iter()).copied())
            .collect();
        summary_or_label(lines, &lead, resume, rec);
        // A degree in an entry's header makes it a school, not a job.
        let (schools, jobs_at): (Vec<&Entry>, Vec<&Entry>) =
            entries[first_dated..].iter().partition(|e| {
                e.header
                    .iter()
                    .any(|&h| education::degree(&lines[h].plain).is_some())
            });
        for e in schools {
            let n = resume.education.len();
            let (ed, _) = education::build(lines, e, n, None, rec);
            resume.education.push(ed);
        }
        let rest: Vec<usize> = jobs_at
            .into_iter()
            .flat_map(|e| {
                let mut v: Vec<usize> = e.header.iter().chain(e.body.iter()).copied().collect();
                v.sort_unstable();
                v
            })
            .collect();
        jobs(lines, &rest, resume, rec);
    } else {
        summary_or_label(lines, left, resume, rec);
    }
}

fn summary_or_label(lines: &[Line], idxs: &[usize], resume: &mut Resume, rec: &mut Recorder) {
    let prose: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| {
            lines::word_count(&lines[i].text) >= 6 && lines::is_sentence_like(&lines[i].text)
        })
        .collect();
    if let Some(s) = lists::paragraph(lines, &prose, "basics.summary", rec) {
        resume.basics.summary.get_or_insert(s);
    }
}

fn next_group(picked: &roles::Picked, prev: Option<roles::Group>) -> Option<roles::Group> {
    match (&picked.name, picked.heads_group) {
        (Some((_, name)), true) => Some(roles::Group {
            name: name.clone(),
            location: picked
                .location
                .as_ref()
                .filter(|(i, _)| Some(*i) == picked.name.as_ref().map(|n| n.0))
                .map(|(_, l)| l.clone()),
        }),
        // A role under the group keeps the group going; a new company ends it.
        (Some(_), false) if picked_inherited(picked, prev.as_ref()) => prev,
        _ => None,
    }
}

fn picked_inherited(picked: &roles::Picked, group: Option<&roles::Group>) -> bool {
    match (group, &picked.name) {
        (Some(g), Some((_, n))) => *n == g.name,
        _ => false,
    }
}

/// A jobs section: entries become work, and project-like entries (a "Course Project",
/// an open-source contribution, and the employer-less entries after one) projects.
fn jobs(lines: &[Line], idxs: &[usize], resume: &mut Resume, rec: &mut Recorder) {
    let mut group: Option<roles::Group> = None;
    let mut project_run = false;
    let entries = entries::group(lines, idxs, Grouping::Jobs);
    for (k, e) in entries.iter().enumerate() {
        let employer = roles::employer_like(e);
        project_run = !employer && (project_run || roles::projectish(lines, e));
        if project_run {
            let p = projects::project(lines, e, resume.projects.len(), rec);
            resume.projects.push(p);
            continue;
        }
        // A company line (with its overall dates) heading the roles below it is not a
        // job of its own.
        let picked = roles::pick(e, group.as_ref());
        let heads_next = entries.get(k + 1).is_some_and(|next| {
            let g = next_group(&picked, None);
            roles::pick(next, g.as_ref()).inherited
        });
        if picked.heads_group && picked.position.is_none() && e.body.is_empty() && heads_next {
            for &i in &e.header {
                rec.note(
                    &lines[i],
                    format!("work[{}].name (heads the roles below)", resume.work.len()),
                );
            }
            group = next_group(&picked, group);
            continue;
        }
        warn_undated(lines, e, "work", resume.work.len(), rec);
        let (w, picked) = roles::work(lines, e, resume.work.len(), group.as_ref(), rec);
        group = next_group(&picked, group);
        resume.work.push(w);
    }
}

fn first_line(lines: &[Line], e: &Entry) -> Option<usize> {
    e.header.first().or(e.body.first()).map(|&i| lines[i].no)
}

/// Warns about the entry about to become `what[n]` when it has no dates.
fn warn_undated(lines: &[Line], e: &Entry, what: &str, n: usize, rec: &mut Recorder) {
    if e.dates.start.is_none() && e.dates.end.is_none() && !e.dates.open {
        rec.warn_about(
            first_line(lines, e),
            Some(format!("{what}[{n}]")),
            format!("{what} entry without dates"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_panics_on_odd_input() {
        let p = ResumeParser::new();
        for s in [
            "",
            "\n\n",
            "#",
            "- ",
            "$",
            "$$",
            "**",
            "\u{feff}",
            "•\n•",
            "2019 –",
            "Page 1 of",
            "a@b.c",
        ] {
            let _ = p.parse(s);
            let _ = p.explain(s);
        }
    }

    #[test]
    fn a_company_line_with_overall_dates_heads_its_roles() {
        let text = "EXPERIENCE\nKestrel Robotics GmbH      2015 – 2021\nSenior Firmware Engineer      2018 – 2021\n- Led the motor team.\nFirmware Engineer      2015 – 2018\n- Wrote drivers.\n";
        let r = ResumeParser::new().parse(text);
        let jobs: Vec<_> = r
            .work
            .iter()
            .map(|w| {
                (
                    w.name.as_deref(),
                    w.position.as_deref(),
                    w.start_date.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("Kestrel Robotics GmbH"),
                    Some("Senior Firmware Engineer"),
                    Some("2018")
                ),
                (
                    Some("Kestrel Robotics GmbH"),
                    Some("Firmware Engineer"),
                    Some("2015")
                ),
            ]
        );
    }

    #[test]
    fn after_a_sidebar_a_lone_name_or_headline() {
        let sidebar = "Contact\nlin@example.org\nLeeds, UK\n\nSkills\nBaking, Pastry\n\n\n";
        let job =
            "\n\nExperience\nBaker, Jan 2020 - Present\nCrumb House, Leeds, UK\n- Baked bread.\n";
        let r = ResumeParser::new().parse(&format!("{sidebar}Lotte K. van der Berg{job}"));
        assert_eq!(r.basics.name.as_deref(), Some("Lotte K. van der Berg"));
        assert_eq!(r.skills[0].keywords, ["Baking", "Pastry"]);
        let r = ResumeParser::new().parse(&format!("{sidebar}Pastry Chef{job}"));
        assert_eq!(r.basics.name, None);
        assert_eq!(r.basics.label.as_deref(), Some("Pastry Chef"));
        assert_eq!(r.skills[0].keywords, ["Baking", "Pastry"]);
    }

    #[test]
    fn every_line_has_a_note() {
        let text = "JANE DOE\njane@example.com\n\nEXPERIENCE\nAcme Ltd • Leeds, UK\nBaker\nJan 2020 – Present\n- Baked bread.\n";
        let (r, notes) = ResumeParser::new().explain(text);
        assert_eq!(r.basics.name.as_deref(), Some("Jane Doe"));
        assert_eq!(notes.len(), text.lines().count());
        let roles: Vec<&str> = notes.iter().map(|n| n.role.as_str()).collect();
        assert_eq!(roles[0], "basics.name");
        assert!(roles[3].starts_with("heading: work"));
        assert!(roles[4].contains("work[0].name"), "{roles:?}");
        assert_eq!(roles[5], "work[0].position");
        assert_eq!(roles[7], "work[0].highlights[0]");
    }
}
