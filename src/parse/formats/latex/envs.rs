//! Environments: `\begin{…}` and `\end{…}`.
//!
//! Lists (`itemize`, `enumerate`, `description` and the classes' item lists) nest;
//! tables (`tabular`, `tabularx`, …) make one line per row with their cells a gap
//! apart; currvita's `cv` and `cvlist` and resume.cls's `rSection` print a title and a
//! heading, its `rSubsection` a job over a list of points; verbatim, math
//! and picture environments are left out; any other environment is read through.
//! The document's own environments are expanded (see [`defs`](super::defs)).

use super::args::{arg, has_group, opt, raw};
use super::tokens::{Seq, Tok};
use super::walk::{Env, List, Walker};

/// Environments whose contents are no résumé text.
const SKIPPED: &[&str] = &[
    "verbatim",
    "comment",
    "lstlisting",
    "minted",
    "tikzpicture",
    "equation",
    "equation*",
    "align",
    "align*",
    "filecontents",
    "filecontents*",
    "thebibliography",
];

/// How many braced arguments an environment takes before its contents.
fn env_args(name: &str) -> usize {
    match name {
        "tabular" | "longtable" | "supertabular" | "xtabular" | "array" | "minipage"
        | "multicols" | "multicols*" | "paracol" | "wrapfigure" | "cv" | "cvlist" | "tcolorbox" => {
            1
        }
        "tabular*" | "tabularx" | "tabulary" | "adjustwidth" | "tabu" => 2,
        // resume.cls ("Medium Length Professional CV"): a section's title; a job's
        // employer, dates, title and place.
        "rSection" => 1,
        "rSubsection" => 4,
        _ => 0,
    }
}

fn is_table(name: &str) -> bool {
    name.starts_with("tabular")
        || matches!(
            name,
            "longtable" | "supertabular" | "xtabular" | "array" | "tabu"
        )
}

fn is_list(name: &str) -> bool {
    name.ends_with("itemize")
        || name.ends_with("enumerate")
        || matches!(
            name,
            "description"
                | "cvitems"
                | "compactitem"
                | "compactenum"
                | "inparaenum"
                | "list"
                | "rSubsection"
                | "tightemize"
        )
}

impl Walker {
    pub fn begin(&mut self, seq: &Seq, i: usize, to: usize, line: usize) -> usize {
        let (a, mut next) = arg(seq, i, to);
        let name = raw(seq, a);
        if name == "document" {
            self.in_document = true;
            self.doc_begin = Some(line);
            self.newline();
            self.doc_at = Some(self.out.lines.len());
            self.envs.push(Env::Other(name));
            return next;
        }
        if !self.in_document {
            return next;
        }
        if let Some(n) = self.begin_user(&name, seq, next, to, line) {
            return n;
        }
        if SKIPPED.contains(&name.as_str()) {
            return skip_to_end(seq, next, to, &name);
        }
        // Arguments: optional ones anywhere, then the braced ones the environment takes.
        let mut options = String::new();
        let mut args = Vec::new();
        next = {
            let mut k = next;
            let mut left = env_args(&name);
            loop {
                if let Some((r, n)) = opt(seq, k, to) {
                    options.push_str(&raw(seq, r));
                    k = n;
                    continue;
                }
                if left == 0 || !has_group(seq, k, to) {
                    break k;
                }
                let (r, n) = arg(seq, k, to);
                left -= 1;
                k = n;
                match name.as_str() {
                    // currvita: the document's title block (name, contact).
                    "cv" => {
                        for (l, from) in self.capture(seq, r) {
                            self.emit(&l, from);
                        }
                        self.mark_header();
                    }
                    "cvlist" | "rSection" => {
                        let (t, from) = self.inline(seq, r);
                        self.heading("## ", &t, from);
                    }
                    _ => args.push(r),
                }
            }
        };
        if name == "rSubsection" {
            self.class_env(seq, args, line);
        }
        self.newline();
        if is_list(&name) {
            let compact = options.replace(' ', "");
            let bullets = !(name == "description"
                || compact.contains("label={}")
                || compact.ends_with("label=")
                || compact.contains("label=,"));
            self.lists.push(List {
                bullets,
                description: name == "description",
            });
            self.envs.push(Env::List(name));
        } else if name == "cvlist" {
            self.lists.push(List {
                bullets: false,
                description: false,
            });
            self.envs.push(Env::List(name));
        } else if is_table(&name) {
            self.tables += 1;
            self.envs.push(Env::Table(name));
        } else if name == "aside" {
            // friggeri-cv's sidebar keeps the source's line breaks (its documented
            // \obeycr), one detail a line.
            self.obey += 1;
            self.envs.push(Env::Obey(name));
        } else {
            self.envs.push(Env::Other(name));
        }
        next
    }

    pub fn end(&mut self, seq: &Seq, i: usize, to: usize) -> usize {
        let (a, next) = arg(seq, i, to);
        let name = raw(seq, a);
        if name == "document" && self.in_document {
            // Nothing after the document's end is printed.
            self.doc_end = seq.toks.get(i.saturating_sub(1)).map(|t| t.line);
            self.newline();
            self.envs.clear();
            return seq.len().max(to);
        }
        let Some(k) = self.envs.iter().rposition(|e| e.name() == name) else {
            return next;
        };
        while self.envs.len() > k {
            match self.envs.pop() {
                Some(Env::List(_)) => {
                    self.lists.pop();
                }
                Some(Env::Table(_)) => self.tables = self.tables.saturating_sub(1),
                Some(Env::Obey(_)) => self.obey = self.obey.saturating_sub(1),
                Some(Env::User(_, end)) => {
                    self.depth += 1;
                    self.walk(&end, 0..end.len());
                    self.depth -= 1;
                }
                _ => {}
            }
        }
        self.newline();
        next
    }

    /// A heading line with the given prefix (`# `, `## `).
    pub fn heading(&mut self, prefix: &str, text: &str, line: usize) {
        let text = text.trim().trim_end_matches(':').trim();
        if text.is_empty() {
            return;
        }
        self.out.start(prefix);
        self.text(text, line);
        self.newline();
    }

    /// A list item's marker, indented by the bulleted lists around it (a list that
    /// shows no bullets, such as a template's entry list, adds no depth).
    pub fn bullet(&self) -> String {
        let depth = self.lists.iter().filter(|l| l.bullets).count().max(1);
        format!("{}- ", "  ".repeat(depth - 1))
    }

    /// `\item[label]`: a list item at the list's depth, its label first.
    pub fn item(&mut self, seq: &Seq, i: usize, to: usize) -> usize {
        let mut next = i;
        let mut label = None;
        if let Some((r, n)) = opt(seq, i, to) {
            label = Some(self.inline(seq, r));
            next = n;
        }
        let label = label.filter(|(l, _)| !is_bullet(l));
        match self.lists.last().copied() {
            Some(l) if l.bullets => {
                let prefix = self.bullet();
                self.out.start(&prefix);
            }
            _ => self.newline(),
        }
        if let Some((l, from)) = label {
            let description = self.lists.last().is_some_and(|l| l.description);
            if description {
                self.text(&format!("**{}**", l.trim()), from);
                self.out.space();
            } else if l.chars().any(|c| c.is_ascii_digit()) {
                // A date in the label column: entries read with their dates on the right.
                self.out.suffix(l.trim());
                let _ = from;
            } else {
                self.text(l.trim(), from);
                self.out.gap();
            }
        }
        next
    }
}

/// A label that is only a bullet glyph prints as a bullet.
fn is_bullet(label: &str) -> bool {
    let l = label.trim();
    l.is_empty() || l.chars().count() == 1 && !l.chars().all(char::is_alphanumeric) || l == "--"
}

/// The index after a skipped environment's `\end{name}`, or the range's end.
fn skip_to_end(seq: &Seq, mut i: usize, to: usize, name: &str) -> usize {
    while i < to {
        if seq.toks[i].tok == Tok::Word("end".into()) {
            let (a, n) = arg(seq, i + 1, to);
            if raw(seq, a) == name {
                return n;
            }
        }
        i += 1;
    }
    to
}
