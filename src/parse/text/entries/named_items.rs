//! A section that is one list of named items ("- **Orbit** — a tide-chart app"): each
//! top-level item is an entry of its own, however long its description.
//!
//! Takes a section's lines and its grouping; gives, per line, whether it is such an
//! item, for the `NamedListItem` cue of the `BodyLine` decision. It doesn't split the
//! item into name and description (the projects reader does).

use super::{Grouping, MIN_REPEATS};
use crate::parse::text::lines::{plain, word_count};
use crate::parse::text::normalise::Line;

/// Most words in an emphasised name heading an item; longer, the bold run is a phrase
/// stressed inside a highlight.
const MAX_NAME_WORDS: usize = 6;

/// Per line of the section: a top-level item of a list that makes up the whole
/// section and whose every top-level item opens with an emphasised name. Writers
/// embolden the name of the thing each item describes, so with no header line above
/// them the items are the entries, not the highlights of one.
pub(super) fn named_items(lines: &[Line], idxs: &[usize], grouping: Grouping) -> Vec<bool> {
    let none = vec![false; idxs.len()];
    if grouping != Grouping::Projects || idxs.iter().any(|&i| lines[i].bullet.is_none()) {
        return none;
    }
    let top: Vec<usize> = (0..idxs.len())
        .filter(|&k| lines[idxs[k]].bullet == Some(0))
        .collect();
    if top.len() < MIN_REPEATS || !top.iter().all(|&k| named(&lines[idxs[k]].text)) {
        return none;
    }
    let mut out = none;
    for k in top {
        out[k] = true;
    }
    out
}

/// "**[Orbit](https://…)** — a tide-chart app": a short bold run, then a dash, colon
/// or bar, then words.
fn named(text: &str) -> bool {
    let Some(inner) = text.trim_start().strip_prefix("**") else {
        return false;
    };
    let Some(end) = inner.find("**") else {
        return false;
    };
    let name = plain(&inner[..end]);
    let name = name.trim().trim_end_matches(':');
    // "**Orbit** (2021) — …": a bracket after the name (its date, its tools) is part
    // of the name's side of the separator.
    let after = inner[end + 2..].trim_start();
    let after = match after.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest.trim_start(),
        None => after,
    };
    let sep = inner[..end].trim_end().ends_with(':')
        || after
            .strip_prefix(['—', '–', '-', ':', '|'])
            .is_some_and(|r| r.starts_with(char::is_whitespace));
    (1..=MAX_NAME_WORDS).contains(&word_count(name))
        && sep
        && after
            .trim_start_matches(['—', '–', '-', ':', '|'])
            .trim()
            .chars()
            .any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn an_emphasised_name_and_a_separator_name_an_item() {
        assert!(named(
            "**[Orbit](https://x.example/orbit)** — a tide-chart app."
        ));
        assert!(named("**Orbit:** a tide-chart app"));
        assert!(named("**Orbit** - a tide-chart app"));
        assert!(named("**Orbit** (2021) — a tide-chart app"));
    }

    #[test]
    fn a_stressed_phrase_or_a_bare_name_is_no_item_name() {
        assert!(!named("Built **the** tide-chart app"));
        assert!(!named("**Orbit**"));
        assert!(!named("**Orbit** tide-chart app"));
        assert!(!named(
            "**Cut the build time of the whole monorepo by half** — in 2021"
        ));
    }
}
