//! Where an entry starts: the cues a header line shows against the entry in progress,
//! for the `EntryStart` decision of the classifier seam.
//!
//! Takes the section's lines with what `group` observed on each once (body or header,
//! `Feat`, a leading date) and the entry in progress; gives the line's `Cues`. It
//! does not decide: `group` asks `classify::judge`, after the hard gates (an empty
//! entry can't end; a line that only adds to an entry stays in its body). Also tells
//! the layout whose entries open with a line over their dates alone, and asks the
//! `BodyLine` decision again, with that cue, for the plain lines after such dates.

use super::features::{body_cues, weak, Feat};
use super::{Entry, Grouping};
use crate::parse::text::classify::{Classifier, Cue, Cues, Decision};
use crate::parse::text::header::{HeaderLine, Kind};
use crate::parse::text::lines::{is_sentence_like, is_title_case, opens_with_verb};
use crate::parse::text::normalise::Line;

/// How a section repeats its entries' shape, when it does (the document's own
/// repetition outranks the look of single lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Repeat {
    /// Every run of header lines carries exactly one date: each run is an entry.
    Runs,
    /// Every block between blank lines opens with a header and one dated line.
    Blocks,
    /// No shape repeats: single lines are judged.
    None,
}

/// What `group` observed on the section's lines, once each.
pub(super) struct Section<'a> {
    pub lines: &'a [Line],
    pub idxs: &'a [usize],
    pub body: &'a [bool],
    pub feats: &'a [Feat],
    pub heads: &'a [Option<HeaderLine>],
    /// A date glued to the front of the line (a date column).
    pub leading: &'a [bool],
    pub grouping: Grouping,
    /// Most of the section's header runs carry dates.
    pub dated: bool,
    /// The section's first entry opens with its employer, not its title or dates.
    pub employer_first: bool,
    /// The section's first entry opens with its degree, not its school.
    pub degree_first: bool,
    /// The section's first entry opens with one line right over a line of dates alone
    /// ("Acme Ltd — Clerk" over "2019 – 2021").
    pub opens_over_dates: bool,
    /// The section's first entry opens with a line of dates alone ("2019 – 2021" over
    /// "Clerk, Acme").
    pub dates_first: bool,
}

impl Section<'_> {
    fn line(&self, k: usize) -> &Line {
        &self.lines[self.idxs[k]]
    }

    /// Header line `k` holds dates and nothing else.
    pub(super) fn dates_alone(&self, k: usize) -> bool {
        dates_alone(self.body, self.feats, k)
    }

    /// Cues of header line `k` after the body of the entry in progress.
    pub(super) fn after_body(&self, k: usize) -> Cues {
        let end = (k..self.idxs.len())
            .find(|&j| self.body[j])
            .unwrap_or(self.idxs.len());
        let run = (k..end).fold(Feat::default(), |acc, j| acc.or(self.feats[j]));
        Cues::of(&[
            (Cue::HasSignalAfterBody, run.signal()),
            (
                Cue::DateGluedBelowAfterBody,
                end < self.idxs.len() && self.leading[end],
            ),
            (Cue::UndatedSectionAfterBody, !self.dated),
            (Cue::NotJobsAfterBody, self.grouping != Grouping::Jobs),
        ])
    }

    /// Cues of header line `k` while the header of `cur` (features `cf`) is in
    /// progress, before any body.
    pub(super) fn in_header(&self, k: usize, cur: &Entry, cf: Feat) -> Cues {
        let (line, f, g) = (self.line(k), self.feats[k], self.grouping);
        let Some(head) = &self.heads[k] else {
            return Cues::default();
        };
        // Profile exports set a project's client or school apart below its name, its
        // date after a dash ("Orbit\n\nAcme Labs - 2021"); a project's own date
        // stands in brackets, after a bar or in a column ("Tidepool | 2021").
        let text = &line.plain;
        let dash_dated = head.dates.iter().any(|d| {
            text.get(..d.span.start)
                .is_some_and(|b| b.trim_end().ends_with(['-', '–', '—']))
        });
        let association = dash_dated || f.org && !f.date;
        // In a list of projects, a blank line ends a project given without bullets
        // when it is complete (a name and a link or dates: "Orbit\ngithub.com/x\n\n
        // Tidepool") or when two names follow each other ("Orbit\n\nTidepool").
        let after_blank = g == Grouping::Projects
            && line.blank_before
            && f.content
            && !f.list
            && !association
            && cf.content
            && (cf.date || cf.link || !cf.org);
        // Two project names on consecutive lines, the first with nothing else:
        // "Orbit\nTidepool   2021 – 2022", "Orbit\nTidepool (2021): a tide app".
        let bare_then_name = g == Grouping::Projects
            && !line.blank_before
            && !association
            && cur.header.len() == 1
            && cf.content
            && !(cf.date || cf.link || cf.org || cf.title)
            && f.content
            && !(f.list || f.title || f.link)
            && head.pieces.first().is_some_and(|p| is_title_case(&p.text));
        // "Acme / Baker / 2019 – 2021" done, then "Crumb & Co" over the next title:
        // the next employer, even without a place or bullets between.
        let next_title = k + 1 < self.idxs.len() && !self.body[k + 1] && self.feats[k + 1].title;
        let next_employer = g == Grouping::Jobs
            && next_title
            && f.name
            && !f.title
            && !f.date
            && (cf.name || self.employer_first)
            && cf.title
            && cf.date;
        // A school on its own after a blank line, below a complete degree, where
        // schools lead their entries: the next school ("M.Sc. …  2013 – 2015\n\n
        // Kelda University").
        let next_school = g == Grouping::Items
            && !self.degree_first
            && line.blank_before
            && f.org
            && !f.degree
            && !f.date
            && cf.degree
            && cf.date;
        // Where the first entry opens with a line over its dates alone, a line over
        // the next dates alone, after an entry that has its own, opens the next entry
        // — whatever the line holds, and without bullets between the entries.
        let over_dates =
            self.opens_over_dates && cf.date && !f.date && f.content && self.dates_alone(k + 1);
        let complete = cf.date && cf.content;
        let dated_after_blank = complete && line.blank_before && f.date && f.content;
        let dates_first_again = complete && self.dates_first && self.dates_alone(k);
        Cues::of(&[
            (Cue::DatedAfterBlank, dated_after_blank),
            (Cue::DatesFirstAgain, dates_first_again),
            (Cue::ProjectAfterBlank, after_blank),
            (Cue::NextSchool, next_school),
            (Cue::BareThenName, bare_then_name),
            (Cue::NextEmployer, next_employer),
            (Cue::OpensOverDates, over_dates),
        ])
        .with(collisions(cf, f, g))
    }
}

/// Header line `k` holds dates and nothing else (false past the end).
fn dates_alone(body: &[bool], feats: &[Feat], k: usize) -> bool {
    k < body.len() && !body[k] && feats[k].date && !feats[k].content
}

/// A header line that repeats a field the entry already has, or follows a complete
/// entry of a kind that holds it once.
fn collisions(cur: Feat, f: Feat, grouping: Grouping) -> Cues {
    Cues::of(&[
        (Cue::RepeatsDegree, f.degree && cur.degree),
        (
            Cue::RepeatsOrg,
            f.org && !f.subunit && !f.title && cur.org && (cur.date || cur.degree || cur.title),
        ),
        (Cue::RepeatsTitle, f.title && cur.title && cur.date),
        // A project's name after a project that already has its name and dates.
        (
            Cue::RepeatsProjectName,
            grouping == Grouping::Projects
                && f.content
                && !f.date
                && !f.title
                && !f.list
                && cur.date
                && cur.content,
        ),
        // Dated one-liners, one after the other.
        (
            Cue::RepeatsDatedLine,
            f.date && f.content && cur.date && cur.content && !f.degree,
        ),
        // After an entry written as one bullet, the next name starts another.
        (
            Cue::AfterBulletEntry,
            cur.bulleted && cur.content && f.content && !f.list,
        ),
        // A new organisation after a complete role (title, dates and place) that sat
        // under an earlier one, as profile exports list them.
        (
            Cue::OrgAfterCompleteRole,
            f.org
                && !f.subunit
                && !f.title
                && !f.date
                && !cur.org
                && cur.title
                && cur.date
                && cur.location,
        ),
        // "Acme   Lyon" / "Baker   2019 – 2021" done, then "Crumb & Co   Leeds": the
        // next employer and its place, in a layout without bullets between roles.
        (
            Cue::EmployerPlaceAfterRole,
            f.name
                && f.location
                && !f.title
                && !f.date
                && cur.name
                && cur.title
                && cur.date
                && cur.location,
        ),
    ])
}

/// Most header lines over an entry's dates alone (title, employer, place).
const MAX_RUN_OVER_DATES: usize = 3;

/// Where entries open with a line over their dates alone ("Acme — Clerk" over
/// "2019 – 2021"), the plain lines after an entry's dates ("Ran the stock room") are
/// its text: asked again as `BodyLine` with that cue, they leave the header.
pub(super) fn plain_after_dates(
    lines: &[Line],
    idxs: &[usize],
    body: &[bool],
    feats: &[Feat],
    heads: &[Option<HeaderLine>],
    judge: &dyn Classifier,
) -> Vec<usize> {
    let mut after_dates = false;
    let mut to_body = Vec::new();
    for k in 0..idxs.len() {
        if body[k] {
            continue;
        }
        if dates_alone(body, feats, k) {
            after_dates = true;
            continue;
        }
        let f = feats[k];
        // Technologies, a link or a place only add to the header: they stay in it.
        let extra = f.list
            || f.link
            || heads[k].as_ref().is_some_and(|h| {
                weak(&lines[idxs[k]].plain, h) || h.has(|p| matches!(p, Kind::Tech(_)))
            });
        // Words in lower case, as a sentence has: a name the vocabulary doesn't know
        // ("Umbra", "ECE220 - Systems") is a header field all the same.
        let text = &lines[idxs[k]].plain;
        // "Wrote copy for the online shop", "Own the budget": a verb first tells an
        // account of work, though a name or a year is mentioned in it.
        let told = !f.title && opens_with_verb(text);
        let plain = (told || !(f.date || f.org || f.title || f.degree || f.location || extra))
            && is_sentence_like(text);
        if after_dates && plain && !dates_alone(body, feats, k + 1) {
            let next = idxs.get(k + 1).map(|&j| &lines[j]);
            let mut cues = body_cues(&lines[idxs[k]], next, Grouping::Jobs);
            cues.set(Cue::PlainAfterOwnDates, true);
            if judge.judge(Decision::BodyLine, cues).yes() {
                to_body.push(k);
            }
        } else {
            after_dates = false;
        }
    }
    to_body
}

/// Whether the section's first entry opens with a line right over a line of dates
/// alone; if so, in a list of jobs, the plain lines after each entry's dates turn
/// body (a project's line there is its kind or client, a header field).
pub(super) fn over_dates_layout(
    lines: &[Line],
    idxs: &[usize],
    grouping: Grouping,
    body: &mut [bool],
    heads: &mut [Option<HeaderLine>],
    feats: &[Feat],
    judge: &dyn Classifier,
) -> bool {
    let opens = body
        .iter()
        .position(|&b| !b)
        .is_some_and(|a| !feats[a].date && feats[a].content && dates_alone(body, feats, a + 1));
    // "Title" / "Employer | Town" over "2019 – 2021": a run of up to three header lines
    // ending in dates alone opens the entry just as well, and its plain lines after
    // the dates are its text all the same.
    let closes_on_dates = body.iter().position(|&b| !b).is_some_and(|a| {
        (a + 1..(a + 1 + MAX_RUN_OVER_DATES).min(body.len())).any(|d| {
            dates_alone(body, feats, d)
                && (a..d).all(|j| !body[j] && !feats[j].date && feats[j].content)
        })
    });
    if (opens || closes_on_dates) && grouping == Grouping::Jobs {
        for k in plain_after_dates(lines, idxs, body, feats, heads, judge) {
            body[k] = true;
            heads[k] = None;
        }
    }
    opens
}
