//! Points given apart from their jobs: a table or list of jobs first, then each
//! employer named again as a heading over its points ("| 2019 – 2022 | Engineer |
//! Acme |" … "### Acme" / "- Built …"), as profile READMEs and some exports set them.
//!
//! Takes a jobs section's entries; gives them with each such heading's points moved
//! to the job that names that employer, the heading itself noted as read. It does not
//! read the points (`roles` does) nor join two jobs that both have titles or dates.

use crate::parse::text::entries::Entry;
use crate::parse::text::explain::Recorder;
use crate::parse::text::normalise::Line;
use crate::parse::text::roles;

/// What the employer named again is noted as, on its own line.
const NOTE: &str = "ignored: an employer named again over its points";

/// Moves the points under an employer named again to the job that first named it.
pub(super) fn gather(lines: &[Line], entries: Vec<Entry>, rec: &mut Recorder) -> Vec<Entry> {
    let key = |s: &str| s.trim().trim_matches(['*', '_', '#']).trim().to_lowercase();
    let names: Vec<Option<String>> = entries
        .iter()
        .map(|e| roles::pick(e, None).name.map(|(_, n)| key(&n)))
        .collect();
    // The first job to name an employer, when it has no points of its own.
    let target = |name: &str, before: usize, out: &[Entry]| {
        (0..before).find(|&j| {
            names[j].as_deref() == Some(name)
                && out[j].body.is_empty()
                && out[j].dates.start.is_some()
        })
    };
    let mut out = entries.clone();
    let mut moved = false;
    for k in 1..entries.len() {
        // An entry that is only the employer's name again, undated, over points.
        let e = &entries[k];
        let bare = e.header.len() == 1
            && e.dates.start.is_none()
            && !e.body.is_empty()
            && roles::pick(e, None).position.is_none();
        if let (true, Some(name)) = (bare, names[k].as_deref()) {
            if let Some(j) = target(name, k, &out) {
                out[j].body = std::mem::take(&mut out[k].body);
                rec.note(&lines[e.header[0]], NOTE);
                out[k].header.clear();
                moved = true;
                continue;
            }
        }
        // The last header line of a dated job naming an earlier employer, over points:
        // the points are that employer's (a heading read into the header above it).
        let last = out[k].header.len().saturating_sub(1);
        if last > 0 && !out[k].body.is_empty() {
            let i = out[k].header[last];
            let named = key(&lines[i].plain) != names[k].clone().unwrap_or_default();
            if let Some(j) = named
                .then(|| target(&key(&lines[i].plain), k, &out))
                .flatten()
            {
                out[j].body = std::mem::take(&mut out[k].body);
                out[k].header.pop();
                if out[k].heads.len() > last {
                    out[k].heads.remove(last);
                }
                rec.note(&lines[i], NOTE);
                moved = true;
                continue;
            }
        }
        // A heading in a job's points naming an earlier employer: the points below it
        // are that employer's.
        let mut n = 0;
        while n < out[k].body.len() {
            let i = out[k].body[n];
            let heading = lines[i].heading > 0 || lines[i].bold;
            let to = heading
                .then(|| target(&key(&lines[i].plain), k, &out))
                .flatten();
            let Some(j) = to else {
                n += 1;
                continue;
            };
            let end = (n + 1..out[k].body.len())
                .find(|&m| {
                    let l = &lines[out[k].body[m]];
                    l.heading > 0 || l.bold && l.bullet.is_none()
                })
                .unwrap_or(out[k].body.len());
            let points: Vec<usize> = out[k].body.drain(n..end).skip(1).collect();
            rec.note(&lines[i], NOTE);
            out[j].body = points;
            moved = true;
        }
    }
    if moved {
        out.retain(|e| !e.header.is_empty());
    }
    out
}
