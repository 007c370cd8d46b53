//! Readings of a line already made, kept for the next reader of the same line.
//!
//! Takes a memo (one per thread, declared by its user with `thread_local!`), a key
//! and the reading to make; gives the reading, made once while the memo holds it. The
//! readers of one document read the same lines again and again (grouping entries,
//! then each entry's role, school or project), and the costliest readings of a line
//! (taking a header apart, finding a degree) are pure: they depend on the key (and
//! what is kept and compared beside it) alone, so a kept reading is the one a new
//! reading would give. It changes no reading. A memo holds at most [`MAX_KEPT`]
//! readings, or the bound its user gives, and is emptied when full.

use std::cell::RefCell;
use std::thread::LocalKey;

/// Readings kept at most: more than a long résumé's lines, so a document's readers
/// find each other's, and a bound on what a long-running `serve` keeps.
const MAX_KEPT: usize = 512;

/// One memo's readings by their key, hashed with a fast hasher (seeded per process;
/// the table is small and bounded).
pub type Table<K, V> = RefCell<foldhash::HashMap<K, V>>;

/// What `read(text)` gives, from `memo` when it was read before: looked up by the text
/// itself, which is copied into the memo only when it is read anew.
pub fn remembered_text<V: Clone>(
    memo: &'static LocalKey<Table<String, V>>,
    text: &str,
    read: impl FnOnce(&str) -> V,
) -> V {
    remembered_within(memo, text, MAX_KEPT, read)
}

/// [`remembered_text`] in a memo that holds at most `bound` readings (one shared by
/// many texts needs more room than one document's lines).
pub fn remembered_within<V: Clone>(
    memo: &'static LocalKey<Table<String, V>>,
    text: &str,
    bound: usize,
    read: impl FnOnce(&str) -> V,
) -> V {
    if let Some(known) = memo.with(|m| m.borrow().get(text).cloned()) {
        return known;
    }
    let value = read(text);
    keep(memo, text, bound, value.clone());
    value
}

/// [`remembered_text`] for a reading of a text and a second text read with it (kept
/// beside the reading and compared), neither copied unless read anew.
pub fn remembered_pair<V: Clone>(
    memo: &'static LocalKey<Table<String, (String, V)>>,
    text: &str,
    other: &str,
    read: impl FnOnce(&str, &str) -> V,
) -> V {
    remembered_fitting(
        memo,
        text,
        MAX_KEPT,
        |o| o == other,
        || (other.to_string(), read(text, other)),
    )
}

/// The reading kept under `text` when what else it depended on, kept beside it, `fits`;
/// else `read()` gives that and the reading, both kept (at most `bound` readings).
pub fn remembered_fitting<E, V: Clone>(
    memo: &'static LocalKey<Table<String, (E, V)>>,
    text: &str,
    bound: usize,
    fits: impl Fn(&E) -> bool,
    read: impl FnOnce() -> (E, V),
) -> V {
    let known = memo.with(|m| {
        m.borrow()
            .get(text)
            .filter(|(e, _)| fits(e))
            .map(|(_, v)| v.clone())
    });
    if let Some(known) = known {
        return known;
    }
    let (extra, value) = read();
    keep(memo, text, bound, (extra, value.clone()));
    value
}

/// Keeps `value` under `text`, emptying the memo first when it holds `bound` readings.
fn keep<V>(memo: &'static LocalKey<Table<String, V>>, text: &str, bound: usize, value: V) {
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= bound {
            m.clear();
        }
        m.insert(text.to_string(), value);
    });
}
