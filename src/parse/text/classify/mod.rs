//! The classifier seam: every reading decision the stages take about a line is a
//! score over named cues, compared with a threshold.
//!
//! Takes the cues a stage observed on a line (`Cues`, computed once per line by that
//! stage, plus what the line shows against the entry or section in progress) and a
//! `Decision`; gives a `Verdict` (score, threshold, yes or no). The cues and the
//! decisions are named in `cue`; the weights and thresholds live in the reviewed text
//! file `weights.txt`, read once (`weighted`). A better classifier replaces
//! `Weighted` behind the `Classifier` trait without touching the stages.
//!
//! It does not observe lines itself, and it does not hold the hard constraints a
//! stage keeps as gates before asking (a list item is never a section heading; an
//! empty entry cannot end): those are facts of the layout, not evidence to weigh.

mod cue;
mod weighted;

pub use cue::{Cue, Cues};
pub use weighted::Weighted;
#[cfg(test)]
use weighted::WeightsError;

use std::sync::LazyLock;

/// A yes-or-no question a stage asks about a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Does this line open a section (segment stage)?
    SectionHeading,
    /// Does this header line start a new entry (entries stage)?
    EntryStart,
    /// Is this line part of an entry's body rather than its header (entries stage)?
    BodyLine,
}

impl Decision {
    /// Every decision, in the order of the weights file.
    pub const ALL: [Decision; 3] = [
        Decision::SectionHeading,
        Decision::EntryStart,
        Decision::BodyLine,
    ];

    /// The decision's name in the weights file (its variant name).
    pub fn name(self) -> String {
        format!("{self:?}")
    }

    /// The decision a weights file names, if any.
    pub fn from_name(name: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// What a classifier answered, with the numbers behind it (for `--explain`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub score: f32,
    pub threshold: f32,
}

impl Verdict {
    pub fn yes(self) -> bool {
        self.score >= self.threshold
    }
}

/// Anything that scores a decision over a line's cues.
pub trait Classifier {
    /// The evidence for `decision` in `cues`: higher is more likely yes.
    fn score(&self, decision: Decision, cues: Cues) -> f32;
    /// The score at or above which the answer is yes.
    fn threshold(&self, decision: Decision) -> f32;
    /// Score and threshold together.
    fn judge(&self, decision: Decision, cues: Cues) -> Verdict {
        Verdict {
            score: self.score(decision, cues),
            threshold: self.threshold(decision),
        }
    }
}

/// The reviewed weights, compiled in.
pub const WEIGHTS: &str = include_str!("weights.txt");

/// The classifier the stages use: `weights.txt`, parsed on first use. The file is part
/// of the source and a unit test parses it, so a bad file fails the build's tests,
/// never a reader's input.
static CLASSIFIER: LazyLock<Weighted> = LazyLock::new(|| {
    Weighted::parse(WEIGHTS).unwrap_or_else(|e| panic!("weights.txt (checked by tests): {e}"))
});

/// The classifier the stages call.
pub fn classifier() -> &'static Weighted {
    &CLASSIFIER
}

/// Asks the stages' classifier.
pub fn judge(decision: Decision, cues: Cues) -> Verdict {
    classifier().judge(decision, cues)
}

#[cfg(test)]
mod tests;
