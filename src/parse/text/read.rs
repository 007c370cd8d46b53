//! Each section of the document read into the résumé: one arm per section kind,
//! deciding by content where a heading is ambiguous ("Research", "Academic
//! Experience", "Teaching"), and the jobs of a section with their groups (one employer
//! heading several roles).
//!
//! Takes the cleaned lines and one section's line indices; gives the résumé's fields,
//! noting every line's role. The pieces of an entry are read by the field modules
//! (`roles`, `education`, `projects`, `skills`, `lists`, …); this module only routes.

use serde_json::Value;

use super::entries::{self, Entry, Grouping};
use super::explain::Recorder;
use super::lines;
use super::normalise::Line;
use super::sections::{self, Section, SectionKind};
use super::{contact, education, lists, profiles, projects, roles, skills, spoken, teaching};
use crate::model::{Meta, Resume};

mod certified;
mod echoed;
mod jobs;
mod wrapped;
use jobs::{jobs, next_group};

pub(super) fn read_section(
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
            let left = contact::place_lines(lines, left, false, &mut resume.basics, rec);
            preamble_rest(lines, &left, resume, rec);
        }
        Contact => {
            // Personal details: contacts, and "Languages Known: …"-style lines; the rest
            // (date of birth, nationality) has no place in the schema.
            let left = contact::read(lines, idxs, &mut resume.basics, rec);
            let left = contact::place_lines(lines, left, true, &mut resume.basics, rec);
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
            if entries::mostly_posts(&entries) {
                jobs(lines, idxs, resume, rec);
            } else {
                projects::all(lines, &entries, &mut resume.projects, rec);
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
            // Coursework projects: no entry has a degree, a school or a date (a
            // qualification is dated by when it was earned), whatever the heading.
            let projects_only = entries.len() >= 2
                && entries.iter().all(|e| {
                    e.dates.start.is_none()
                        && e.dates.end.is_none()
                        && !education::is_educational(lines, e)
                });
            // Courses and certificates ("Scrum Master, Agile Board, 2021"): dated, but no
            // entry names a degree, a school or a grade, so none is a course of study.
            let courses_only = entries.len() >= 2
                && !projects_only
                && !entries.iter().any(|e| education::is_educational(lines, e));
            if courses_only {
                lists::certificates(lines, idxs, &mut resume.certificates, rec);
                return;
            }
            if projects_only {
                for e in &entries::group(lines, idxs, Grouping::Projects) {
                    let p = projects::project(lines, e, resume.projects.len(), rec);
                    resume.projects.push(p);
                }
                return;
            }
            // "Academic Experience" that lists posts held ("Research Assistant at …"):
            // no degree anywhere and most entries titled, so they are jobs. Under a
            // heading that names studies only ("Education", "Formação"), professional
            // degrees that read as titles ("Engineer", "Technician") stay studies.
            let degrees = entries
                .iter()
                .filter(|e| education::has_degree(lines, e))
                .count();
            let may_hold_posts = section
                .heading
                .map_or(true, |h| sections::names_work(&lines[h]));
            if entries.len() >= 2
                && degrees == 0
                && may_hold_posts
                && entries::mostly_titled(&entries)
            {
                jobs(lines, idxs, resume, rec);
                return;
            }
            let mut school = None;
            let mut built = Vec::new();
            let mixed = certified::mixed_heading(lines, section.heading);
            for (k, e) in entries.iter().enumerate() {
                if mixed && certified::is_certificate(lines, e) {
                    let own = certified::entry_lines(e);
                    lists::certificates(lines, &own, &mut resume.certificates, rec);
                    continue;
                }
                let rejoined = wrapped::rejoin(lines, e);
                if let Some((_, j)) = &rejoined {
                    let n = resume.education.len();
                    rec.note(&lines[*j], format!("education[{n}].studyType"));
                }
                let e = rejoined.as_ref().map_or(e, |(r, _)| r);
                if let Some(own) = education::internship(lines, e) {
                    jobs(lines, &own, resume, rec);
                    continue;
                }
                warn_undated(lines, e, "education", resume.education.len(), rec);
                let n = resume.education.len();
                let (mut eds, heading) = education::build(lines, e, n, school.as_deref(), rec);
                school = heading;
                resume.awards.extend(education::take_awards(&mut eds));
                if eds.len() == 1 {
                    built.push((k, resume.education.len()));
                }
                resume.education.extend(eds);
            }
            education::school::share_school(lines, &entries, &built, &mut resume.education);
        }
        Projects => {
            let entries = entries::group(lines, idxs, Grouping::Projects);
            projects::all(lines, &entries, &mut resume.projects, rec);
        }
        Skills => {
            let idxs = &profiles::own_pages(lines, idxs, &mut resume.basics, rec);
            skills::skills(lines, idxs, &mut resume.skills, &mut resume.languages, rec);
        }
        Languages => {
            // "Reading: French, German" over "Programming: C, R": the labelled lines of
            // other languages than spoken ones are a skill group each.
            let (coded, spoken_lines): (Vec<usize>, Vec<usize>) = idxs.iter().partition(|&&i| {
                skills::labelled(&lines[i].plain).is_some() && !spoken::mostly_spoken(lines, &[i])
            });
            if !coded.is_empty() && spoken::mostly_spoken(lines, &spoken_lines) {
                spoken::languages(lines, &spoken_lines, &mut resume.languages, rec);
                skills::skills(
                    lines,
                    &coded,
                    &mut resume.skills,
                    &mut resume.languages,
                    rec,
                );
                return;
            }
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
            // A heading the lexicon doesn't know over a list of projects (each dated,
            // each with a link or its technologies, none naming a job title): projects.
            let listed = entries::group(lines, idxs, Grouping::Projects);
            if projects::listed(lines, &listed) {
                projects::all(lines, &listed, &mut resume.projects, rec);
                return;
            }
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
            let (eds, _) = education::build(lines, e, n, None, rec);
            resume.education.extend(eds);
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
