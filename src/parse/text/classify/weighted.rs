//! A linear classifier: the score of a decision is the sum of the weights of the cues
//! present, and the answer is yes at or above the decision's threshold.
//!
//! Takes the text of a weights file, one `Decision Cue weight  # why` or `Decision
//! threshold value  # why` per line (blank lines and `#` lines are comments); gives a
//! `Weighted` classifier, or a typed error naming the line. Every weight needs its
//! reason after `#`, so the file reads as a reviewed list. It does not fit weights.

use super::{Classifier, Cue, Cues, Decision};
// Asked once per cue of every judgement: a fast hasher, as the keys are our own enums.
use foldhash::HashMap;
use thiserror::Error;

/// A weights file that can't be read.
#[derive(Debug, Error, PartialEq)]
pub enum WeightsError {
    #[error("line {line}: expected `Decision Cue weight  # why`, found {text:?}")]
    Malformed { line: usize, text: String },
    #[error("line {line}: unknown decision {name:?}")]
    UnknownDecision { line: usize, name: String },
    #[error("line {line}: unknown cue {name:?}")]
    UnknownCue { line: usize, name: String },
    #[error("line {line}: {value:?} is not a number")]
    NotANumber { line: usize, value: String },
    #[error("line {line}: a weight needs its reason after `#`")]
    NoReason { line: usize },
    #[error("line {line}: {what} is set twice")]
    Twice { line: usize, what: String },
    #[error("decision {0} has no threshold")]
    NoThreshold(String),
}

/// Weights and thresholds per decision.
#[derive(Debug, Clone, Default)]
pub struct Weighted {
    weights: HashMap<(Decision, Cue), f32>,
    thresholds: HashMap<Decision, f32>,
}

impl Weighted {
    /// Reads a weights file.
    pub fn parse(text: &str) -> Result<Weighted, WeightsError> {
        let mut w = Weighted::default();
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let (body, why) = raw.split_once('#').unwrap_or((raw, ""));
            let body = body.trim();
            if body.is_empty() {
                continue;
            }
            if why.trim().is_empty() {
                return Err(WeightsError::NoReason { line });
            }
            let parts: Vec<&str> = body.split_whitespace().collect();
            let [d, c, v] = parts[..] else {
                return Err(WeightsError::Malformed {
                    line,
                    text: raw.to_string(),
                });
            };
            let decision = Decision::from_name(d).ok_or_else(|| WeightsError::UnknownDecision {
                line,
                name: d.to_string(),
            })?;
            let value: f32 = v
                .parse()
                .ok()
                .filter(|x: &f32| x.is_finite())
                .ok_or_else(|| WeightsError::NotANumber {
                    line,
                    value: v.to_string(),
                })?;
            let twice = |what: String| WeightsError::Twice { line, what };
            if c == "threshold" {
                if w.thresholds.insert(decision, value).is_some() {
                    return Err(twice(format!("the threshold of {d}")));
                }
                continue;
            }
            let cue = Cue::from_name(c).ok_or_else(|| WeightsError::UnknownCue {
                line,
                name: c.to_string(),
            })?;
            if w.weights.insert((decision, cue), value).is_some() {
                return Err(twice(format!("{d} {c}")));
            }
        }
        if let Some(d) = Decision::ALL
            .into_iter()
            .find(|d| !w.thresholds.contains_key(d))
        {
            return Err(WeightsError::NoThreshold(d.name()));
        }
        Ok(w)
    }

    /// The weight of one cue for one decision (0 when the file gives none).
    pub fn weight(&self, decision: Decision, cue: Cue) -> f32 {
        self.weights.get(&(decision, cue)).copied().unwrap_or(0.0)
    }

    /// Sets one weight (tests weigh a cue differently to see the stages follow).
    #[cfg(test)]
    pub fn set_weight(&mut self, decision: Decision, cue: Cue, value: f32) {
        self.weights.insert((decision, cue), value);
    }

    /// The weighted cues of a decision, as the file lists them.
    #[cfg(test)]
    pub fn weights_of(&self, decision: Decision) -> Vec<(Cue, f32)> {
        Cue::ALL
            .into_iter()
            .filter_map(|c| self.weights.get(&(decision, c)).map(|&v| (c, v)))
            .collect()
    }
}

impl Classifier for Weighted {
    fn score(&self, decision: Decision, cues: Cues) -> f32 {
        cues.iter().map(|c| self.weight(decision, c)).sum()
    }
    fn threshold(&self, decision: Decision) -> f32 {
        self.thresholds
            .get(&decision)
            .copied()
            .unwrap_or(f32::INFINITY)
    }
}
