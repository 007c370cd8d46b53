//! LaTeX → Markdown-shaped lines (see the parent module for the shape).
//!
//! Takes a `.tex` source; gives its printed text as lines: headings from `\section`
//! and the classes' section macros, list items from `itemize`/`enumerate`, one line per
//! table row, the personal data the preamble declares as the lines at the top, and the
//! résumé classes' entry macros as the lines they typeset. Comments, the preamble,
//! macro definitions and layout-only lines are accounted for as dropped. It reads no
//! meaning into the text (the text reader does) and runs no TeX: macros the document
//! defines are expanded only when their bodies do not branch.
//!
//! `tokens` splits the source, `args` finds arguments, `walk` reads the tokens with
//! `generic` (LaTeX's own macros), `envs`, `defs` (the document's macros), `classes`
//! (résumé classes) and `header` (personal data); `chars` spells accents and symbols.

mod args;
mod chars;
mod class_text;
mod classes;
mod defs;
mod envs;
mod generic;
mod header;
mod out;
mod tokens;
mod walk;

/// The gap an entry line's dates stand at, which the text reader reads as a column break.
pub(crate) use out::GAP;

use std::sync::Arc;

use super::fields::Hint;
use super::Lowered;
use tokens::{tokenize, Seq};
use walk::Walker;

pub fn lower(text: &str) -> Lowered {
    let seq = Seq::new(tokenize(text));
    // A fragment without `\begin{document}` is all body.
    let has_document = text.contains("\\begin{document}");
    // Expansion may create a few times the source's tokens, never more.
    let mut w = Walker::new(8 * seq.len() + 20_000, !has_document);
    w.out.blanks = true;
    w.walk(&seq, 0..seq.len());
    let mut lines = w.out.take();
    let hints: Vec<Hint> = std::mem::take(&mut w.hints)
        .into_iter()
        .filter_map(|(h, fields)| {
            let (text, origin) = lines.get(h)?.clone();
            let fields = Arc::new(fields);
            Some(Hint {
                text,
                origin,
                fields,
            })
        })
        .collect();
    let label_at = group_labels(&lines, &w.entry_heads);
    let mut at = w.header_at.or(w.doc_at).unwrap_or(0).min(lines.len());
    at -= label_at.iter().filter(|&&k| k < at).count();
    let mut labels = Vec::new();
    for &k in label_at.iter().rev() {
        labels.push(lines.remove(k).1);
    }
    let header = std::mem::take(&mut w.header).lines();
    lines.splice(at..at, header);

    let src: Vec<&str> = text.lines().collect();
    let mut out = Lowered {
        fields: hints,
        ..Lowered::default()
    };
    let mut placed = vec![false; src.len() + 2];
    for (l, from) in &lines {
        out.push(l, *from);
        if let Some(p) = placed.get_mut(*from) {
            *p = true;
        }
    }
    for no in labels {
        out.drop_line(
            no,
            "ignored: group label over entries that name their organisation",
        );
        if let Some(p) = placed.get_mut(no) {
            *p = true;
        }
    }
    let mut used = vec![false; src.len() + 2];
    for &u in &w.out.used {
        if let Some(p) = used.get_mut(u) {
            *p = true;
        }
    }
    let mut in_def = vec![false; src.len() + 2];
    for &(a, b) in &w.def_spans {
        for d in in_def.iter_mut().take(b.min(src.len()) + 1).skip(a) {
            *d = true;
        }
    }
    for (k, l) in src.iter().enumerate() {
        let no = k + 1;
        let t = l.trim();
        if t.is_empty() || placed[no] {
            continue;
        }
        let why = if t.starts_with('%') {
            "ignored: LaTeX comment"
        } else if w.doc_begin.is_some_and(|b| no < b) && !used[no] {
            "ignored: LaTeX preamble"
        } else if w.doc_end.is_some_and(|e| no > e) {
            "ignored: after \\end{document}"
        } else if in_def[no] {
            "ignored: LaTeX macro definition"
        } else if used[no] {
            "continued: part of a LaTeX command on an earlier line"
        } else {
            "ignored: LaTeX layout command"
        };
        out.drop_line(no, why);
    }
    out
}

#[cfg(test)]
mod tests;

/// Subheadings (`### `) whose entries each name their organisation: a class's entry
/// macro carries the whole entry, so a subheading over such entries groups them by
/// kind ("Internships", "research") and names no employer or section of its own.
/// Gives the indices of those subheading lines in `lines`.
fn group_labels(lines: &[(String, usize)], heads: &[(usize, bool)]) -> Vec<usize> {
    let mut labels = Vec::new();
    for (k, (l, _)) in lines.iter().enumerate() {
        if !l.starts_with("### ") {
            continue;
        }
        let end = lines[k + 1..]
            .iter()
            .position(|(l, _)| l.starts_with('#'))
            .map_or(lines.len(), |p| k + 1 + p);
        let first = (k + 1..end).find(|&j| !lines[j].0.trim().is_empty());
        let inside: Vec<bool> = heads
            .iter()
            .filter(|h| (k + 1..end).contains(&h.0))
            .map(|h| h.1)
            .collect();
        let opens_with_entry = first.is_some_and(|f| heads.iter().any(|h| h.0 == f));
        if opens_with_entry && inside.iter().all(|&has_org| has_org) {
            labels.push(k);
        }
    }
    labels
}
