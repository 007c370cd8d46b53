//! The walker: reads the token sequence left to right and writes lowered lines.
//!
//! Takes tokens; gives [`Out`] lines plus what the final accounting needs (where the
//! document starts and ends, the personal-data header, the lines that held macro
//! definitions). Plain text, spaces, breaks, groups and symbols are handled here;
//! macros go to [`generic`](super::generic), environments to
//! [`envs`](super::envs), definitions and their expansion to [`defs`](super::defs),
//! and the résumé classes' macros to [`classes`](super::classes). Recursion (an
//! argument read on its own, a macro expanded) is bounded by depth and by a budget of
//! expanded tokens, so any input is read in linear time without overflowing the stack.

use crate::parse::formats::fields::EntryFields;
use std::collections::HashMap;
use std::ops::Range;

use super::args::{arg, opt, raw};
use super::chars;
use super::defs::{Def, EnvDef};
use super::header::{self, Field, Header};
use super::out::Out;
use super::tokens::{Seq, Tok};

/// Deeper than this, an argument is read as flat text.
const MAX_DEPTH: usize = 40;

/// A list being read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct List {
    /// Whether its items show a bullet (a `label={}` list shows none).
    pub bullets: bool,
    /// A description list shows each item's label in bold.
    pub description: bool,
}

/// An open environment, so `\end` knows what it closes.
#[derive(Debug, Clone)]
pub enum Env {
    List(String),
    Table(String),
    /// A user-defined environment, with the tokens its `\end` prints.
    User(String, Seq),
    /// Prints its source line breaks.
    Obey(String),
    Other(String),
}

impl Env {
    pub fn name(&self) -> &str {
        match self {
            Env::List(n) | Env::Table(n) | Env::User(n, _) | Env::Obey(n) | Env::Other(n) => n,
        }
    }
}

#[derive(Debug, Default)]
pub struct Walker {
    pub out: Out,
    pub defs: HashMap<String, Def>,
    pub envdefs: HashMap<String, EnvDef>,
    pub header: Header,
    /// Where the header's lines go: the class's title command, else the document start.
    pub header_at: Option<usize>,
    pub doc_at: Option<usize>,
    /// Source lines of `\begin{document}` and `\end{document}`.
    pub doc_begin: Option<usize>,
    pub doc_end: Option<usize>,
    /// Source line spans of macro definitions.
    pub def_spans: Vec<(usize, usize)>,
    pub class: String,
    pub in_document: bool,
    pub lists: Vec<List>,
    pub envs: Vec<Env>,
    pub tables: usize,
    /// Inside environments whose source line breaks are printed (friggeri's aside).
    pub obey: usize,
    pub math: bool,
    /// Tokens expansions may still create.
    pub budget: usize,
    pub depth: usize,
    /// The current line ends with a tag (`\cvtag`), so the next one gets a comma.
    pub tag: bool,
    /// The document's lines that are class entries' heads, each with whether the
    /// entry names its organisation.
    pub entry_heads: Vec<(usize, bool)>,
    /// Those lines' fields as the macro's arguments name them.
    pub hints: Vec<(usize, EntryFields)>,
}

impl Walker {
    pub fn new(budget: usize, in_document: bool) -> Walker {
        Walker {
            budget,
            in_document,
            ..Walker::default()
        }
    }

    /// Reads `seq[r]`.
    pub fn walk(&mut self, seq: &Seq, r: Range<usize>) {
        let to = r.end.min(seq.len());
        let mut i = r.start;
        while i < to {
            let line = seq.toks[i].line;
            match &seq.toks[i].tok {
                Tok::Word(w) => {
                    let w = w.clone();
                    i = self.command(&w, seq, i + 1, to, line).max(i + 1);
                    continue;
                }
                Tok::Sym(c) => {
                    i = self.symbol(*c, seq, i + 1, to, line).max(i + 1);
                    continue;
                }
                Tok::Text(t) => {
                    if self.in_document {
                        self.text(t, line);
                    }
                }
                Tok::Space | Tok::Tie => self.out.space(),
                Tok::Eol if self.obey > 0 && self.tables == 0 => self.newline(),
                Tok::Eol => self.out.space(),
                Tok::Par => {
                    if self.tables == 0 {
                        self.tag = false;
                        self.out.blank();
                    } else {
                        self.out.space();
                    }
                }
                Tok::Amp => self.out.gap(),
                Tok::Math => self.math = !self.math,
                Tok::Open | Tok::Close | Tok::Param(_) => {}
            }
            i += 1;
        }
    }

    /// Appends source text, with LaTeX's ligatures read.
    pub fn text(&mut self, t: &str, line: usize) {
        if !self.in_document {
            return;
        }
        self.tag = false;
        if self.math {
            // Super- and subscripts mark nothing a reader needs.
            let t: String = t.chars().filter(|c| !matches!(c, '^' | '_')).collect();
            self.out.text(&t, line);
        } else {
            self.out.text(&chars::ligatures(t), line);
        }
    }

    pub fn newline(&mut self) {
        self.tag = false;
        self.out.newline();
    }

    /// One whole line.
    pub fn emit(&mut self, s: &str, line: usize) {
        self.out.start("");
        self.text(s, line);
        self.newline();
    }

    /// `seq[r]` read on its own into lines (an argument a class macro places).
    pub fn capture(&mut self, seq: &Seq, r: Range<usize>) -> Vec<(String, usize)> {
        if r.is_empty() {
            return Vec::new();
        }
        let saved = std::mem::take(&mut self.out);
        let doc = std::mem::replace(&mut self.in_document, true);
        let math = self.math;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.flat(seq, r);
        } else {
            self.walk(seq, r);
        }
        self.depth -= 1;
        self.math = math;
        self.in_document = doc;
        let mut sub = std::mem::replace(&mut self.out, saved);
        let lines = sub.take();
        self.out.used.extend(sub.used);
        lines
    }

    /// `seq[r]` read on its own as one line of text, with the line it starts on.
    pub fn inline(&mut self, seq: &Seq, r: Range<usize>) -> (String, usize) {
        let first = seq.toks.get(r.start).map_or(0, |t| t.line);
        let lines = self.capture(seq, r);
        let line = lines.first().map_or(first, |l| l.1);
        let text: Vec<String> = lines.into_iter().map(|l| l.0.trim().to_string()).collect();
        (text.join(" "), line)
    }

    /// Text only, no macro read: for arguments nested too deep.
    fn flat(&mut self, seq: &Seq, r: Range<usize>) {
        for t in &seq.toks[r] {
            match &t.tok {
                Tok::Text(s) => self.out.text(s, t.line),
                Tok::Space | Tok::Eol | Tok::Par | Tok::Tie => self.out.space(),
                _ => {}
            }
        }
    }

    /// Where the header goes, if no title command placed it yet.
    pub fn mark_header(&mut self) {
        self.newline();
        if self.header_at.is_none() {
            self.header_at = Some(self.out.lines.len());
        }
    }

    fn command(&mut self, name: &str, seq: &Seq, i: usize, to: usize, line: usize) -> usize {
        if let Some(next) = self.definition(name, seq, i, to) {
            return next;
        }
        match name {
            "documentclass" => {
                let (a, next) = arg(seq, super::args::skip_opts(seq, i, to), to);
                self.class = raw(seq, a).to_ascii_lowercase();
                return next;
            }
            "begin" => return self.begin(seq, i, to, line),
            "end" => return self.end(seq, i, to),
            _ => {}
        }
        if self.in_document {
            if let Some(next) = self.expand(name, seq, i, to, line) {
                return next;
            }
        }
        if let Some(f) = header::field(name) {
            // deedy-resume's \location is an entry's dates and place, not personal data.
            let entry_line = name == "location" && self.class_is("deedy");
            if !(name == "title" && self.class_is("article")
                || entry_line
                || self.defs.contains_key(name))
            {
                return self.header_field(name, f, seq, i, to);
            }
        }
        if !self.in_document {
            return i;
        }
        if let Some(next) = self.class_macro(name, seq, i, to, line) {
            return next;
        }
        self.generic(name, seq, i, to, line)
    }

    pub fn class_is(&self, part: &str) -> bool {
        self.class.contains(part)
    }

    /// A personal-data macro: its value goes to the header.
    fn header_field(&mut self, name: &str, f: Field, seq: &Seq, i: usize, to: usize) -> usize {
        let mut network = String::new();
        let mut next = i;
        while let Some((r, n)) = opt(seq, next, to) {
            network = raw(seq, r);
            next = n;
        }
        let (a, n) = arg(seq, next, to);
        next = n;
        let mut parts = vec![a];
        // Two-part names (moderncv, awesome-cv), addresses of up to three lines.
        let more = match name {
            "name" => 1,
            "address" => 2,
            "ecvim" => 1,
            _ => 0,
        };
        for _ in 0..more {
            if !super::args::has_group(seq, next, to) {
                break;
            }
            let (b, n) = arg(seq, next, to);
            parts.push(b);
            next = n;
        }
        if name == "ecvim" && parts.len() == 2 {
            network = raw(seq, parts.remove(0));
        }
        let sep = if name == "address" { ", " } else { " " };
        let mut texts = Vec::new();
        let mut line = 0;
        for p in parts {
            let (t, l) = self.inline(seq, p);
            if !t.trim().is_empty() {
                line = if line == 0 { l } else { line };
                texts.push(t.trim().to_string());
            }
        }
        let f = match f {
            Field::Contact("") if !network.is_empty() => {
                Field::Contact(header::network_prefix(&network))
            }
            f => f,
        };
        self.header.set(f, texts.join(sep), line);
        next
    }

    fn symbol(&mut self, c: char, seq: &Seq, i: usize, to: usize, line: usize) -> usize {
        if !self.in_document {
            return i;
        }
        let s = c.to_string();
        if c == '\\' {
            let mut next = i;
            if matches!(seq.toks.get(next).map(|t| &t.tok), Some(Tok::Text(t)) if t == "*") {
                next += 1;
            }
            if let Some((_, n)) = opt(seq, next, to) {
                next = n;
            }
            self.newline();
            return next;
        }
        if chars::is_accent(&s) {
            return self.accent(&s, seq, i, to, line);
        }
        match chars::symbol(&s) {
            Some(" ") => self.out.space(),
            Some(t) => self.text(t, line),
            None => self.text(&s, line),
        }
        i
    }

    /// An accent on the next letter (`\'e`, `\'{e}`, `\c c`, `\'\i`).
    pub fn accent(&mut self, acc: &str, seq: &Seq, i: usize, to: usize, line: usize) -> usize {
        let (r, next) = arg(seq, i, to);
        let base = match r.clone().next().map(|k| &seq.toks[k].tok) {
            Some(Tok::Text(t)) if r.len() == 1 => t.clone(),
            Some(Tok::Word(w)) if r.len() == 1 => chars::symbol(w).unwrap_or("").to_string(),
            _ => self.inline(seq, r).0,
        };
        let mut cs = base.chars();
        if let Some(b) = cs.next() {
            let mut s = chars::accent(acc, b).to_string();
            s.push_str(cs.as_str());
            self.text(&s, line);
        }
        next
    }
}
