//! The generated corpus: fictional résumés as data, rendered through text layouts that
//! imitate real ones, parsed back, and scored field by field.
//!
//! - `rng`: the seeded PRNG that makes everything deterministic
//! - `words`: invented names, organisations, places and occupational vocabulary
//! - `people`: one fictional person's résumé as `vitae::model::Resume`
//! - `layouts`: the text layouts, and what a reader can recover from each (`gold`)
//! - `score`: alignment and per-field scoring, following the rules of the real corpus
//!
//! Shared by `tests/generated_corpus.rs` (recovery rates) and `tests/parse_props.rs`
//! (robustness on mutated layouts).
#![allow(dead_code)]

pub mod layouts;
pub mod people;
pub mod report;
pub mod rng;
pub mod score;
pub mod words;

use layouts::Layout;
use rng::Rng;
use vitae::model::Resume;

/// One generated document: the text and what should be read out of it.
pub struct Sample {
    pub seed: u64,
    pub text: String,
    pub gold: Resume,
}

/// The `i`-th person of a layout's corpus, rendered. Person `i` is the same person in
/// every layout, so layouts are compared on the same data.
pub fn sample(layout: &Layout, layout_index: usize, i: u64) -> Sample {
    let seed = 0x7669_7461_6500_0000 ^ i;
    let gold = (layout.gold)(&people::person(seed));
    let mut rng = Rng::new(seed ^ ((layout_index as u64 + 1) << 40));
    let text = (layout.render)(&gold, &mut rng);
    Sample { seed, text, gold }
}
