//! A jobs section read into work: its entries in order, a company line heading the
//! roles below it kept as their group, and project-like entries (a "Course Project",
//! an open-source contribution) sent to projects.
//!
//! Takes the cleaned lines and the section's line indices; gives `work` and `projects`
//! entries. The pieces of one job are read by `roles`; this module only walks the
//! entries and carries the group from one to the next.

use super::warn_undated;
use crate::model::Resume;
use crate::parse::text::entries::{self, Grouping};
use crate::parse::text::explain::Recorder;
use crate::parse::text::normalise::Line;
use crate::parse::text::{projects, roles};

pub(super) fn next_group(
    picked: &roles::Picked,
    prev: Option<roles::Group>,
) -> Option<roles::Group> {
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
pub(super) fn jobs(lines: &[Line], idxs: &[usize], resume: &mut Resume, rec: &mut Recorder) {
    let mut group: Option<roles::Group> = None;
    let mut project_run = false;
    let entries = entries::group(lines, idxs, Grouping::Jobs);
    let entries = super::echoed::gather(lines, entries, rec);
    let shape = roles::Shape::of(&entries, |i| {
        lines.get(i).map(|l| l.plain.clone()).unwrap_or_default()
    });
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
        let (w, picked) = roles::work(lines, e, resume.work.len(), group.as_ref(), shape, rec);
        group = next_group(&picked, group);
        resume.work.push(w);
    }
}
