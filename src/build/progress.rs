//! What a build says while and after it runs: a bar of people done, drawn on stderr
//! only when stderr is a terminal and only once the build has run for
//! [`SHOW_AFTER`] (a short build should not flicker), and the time of each stage
//! ([`Timings`]) for `--timings`.
//!
//! Takes counts and durations; it does no work of the build's own.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a build runs before its bar appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);
/// How often the bar is drawn again.
const REDRAW: Duration = Duration::from_millis(100);
/// The bar's width in characters.
const WIDTH: usize = 30;

/// The time of each stage of a build.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Finding the people and reading their sources.
    pub read: Duration,
    /// Parsing (or taking from the cache) and merging the people whose pages changed.
    pub merge: Duration,
    /// Rendering their pages (and putting each changed file aside, not yet in place).
    pub render: Duration,
    /// Moving the changed files into place, removing stale ones, printing PDFs.
    pub write: Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        write!(
            f,
            "read {:.0} ms, merge {:.0} ms, render {:.0} ms, write {:.0} ms",
            ms(self.read),
            ms(self.merge),
            ms(self.render),
            ms(self.write)
        )
    }
}

struct Shared {
    done: AtomicUsize,
    stop: AtomicBool,
}

/// A bar of `total` people; [`Progress::tick`] once per person.
pub struct Progress {
    shared: Arc<Shared>,
    drawer: Option<JoinHandle<()>>,
}

impl Progress {
    /// A bar for `total` people, drawn if `wanted` and stderr is a terminal.
    pub fn new(total: usize, wanted: bool) -> Progress {
        let shared = Arc::new(Shared {
            done: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
        });
        let drawer = (wanted && std::io::stderr().is_terminal()).then(|| {
            let shared = Arc::clone(&shared);
            std::thread::spawn(move || draw(&shared, total))
        });
        Progress { shared, drawer }
    }

    pub fn tick(&self) {
        self.shared.done.fetch_add(1, Ordering::Relaxed);
    }
}

fn draw(shared: &Shared, total: usize) {
    let start = Instant::now();
    let mut drawn = false;
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(REDRAW);
        if start.elapsed() < SHOW_AFTER {
            continue;
        }
        let done = shared.done.load(Ordering::Relaxed).min(total);
        eprint!("\r{}", bar(done, total));
        let _ = std::io::stderr().flush();
        drawn = true;
    }
    if drawn {
        // Clears the line, so the build's summary starts at its beginning.
        eprint!("\r\x1b[K");
    }
}

/// `[#######-----------]  512/10000 people`.
fn bar(done: usize, total: usize) -> String {
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    format!(
        "[{}{}] {done:>w$}/{total} people",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        w = total.to_string().len()
    )
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        if let Some(d) = self.drawer.take() {
            let _ = d.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_fills_with_people_done() {
        assert_eq!(bar(0, 4), format!("[{}] 0/4 people", "-".repeat(WIDTH)));
        assert_eq!(bar(4, 4), format!("[{}] 4/4 people", "#".repeat(WIDTH)));
        assert!(bar(5, 10).starts_with(&format!("[{}-", "#".repeat(WIDTH / 2))));
        assert_eq!(bar(0, 0), format!("[{}] 0/0 people", "#".repeat(WIDTH)));
    }

    #[test]
    fn timings_are_one_line() {
        let t = Timings {
            read: Duration::from_millis(12),
            merge: Duration::from_millis(3),
            render: Duration::from_micros(40_400),
            write: Duration::ZERO,
        };
        assert_eq!(
            t.to_string(),
            "read 12 ms, merge 3 ms, render 40 ms, write 0 ms"
        );
    }
}
