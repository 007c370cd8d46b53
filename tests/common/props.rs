//! The property tests' configuration: a fixed seed per test file (unless
//! `PROPTEST_RNG_SEED` is set), so a run is reproducible — the same reader passes or
//! fails the same way on every machine — and no failure files written into the repo.

use proptest::test_runner::{Config, RngSeed};

/// `cases` cases from the fixed `seed`, shrinking at most `max_shrink_iters` times.
pub fn fixed(seed: u64, cases: u32, max_shrink_iters: u32) -> Config {
    let base = Config::default();
    let rng_seed = match base.rng_seed {
        RngSeed::Random => RngSeed::Fixed(seed),
        seed => seed,
    };
    Config {
        cases,
        max_shrink_iters,
        rng_seed,
        failure_persistence: None,
        ..base
    }
}
