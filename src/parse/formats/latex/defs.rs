//! Macros and environments the document defines itself (`\newcommand`,
//! `\renewcommand`, `\def`, `\newenvironment`): recorded, left out of the text, and
//! expanded where used, so a template's own heading macro prints its arguments in the
//! places its body puts them.
//!
//! A body that branches (`\if…`, `\ifthenelse`) or defines further macros is not
//! expanded: its arguments are read in order, a gap apart. Expansion is bounded by the
//! walker's token budget and depth, so a macro that calls itself ends.

use std::ops::Range;

use super::args::{arg, opt, raw, skip_space};
use super::tokens::{Seq, Tok, Token};
use super::walk::{Env, Walker};

/// A macro the document defines.
#[derive(Debug, Clone)]
pub struct Def {
    pub nargs: usize,
    /// The first argument's default, when it is optional.
    pub default: Option<Vec<Token>>,
    pub body: Vec<Token>,
    /// Whether the body can be expanded (it has no branches or definitions).
    pub simple: bool,
    /// Defined by `\renewcommand`: a class's macro restyled, its arguments unchanged.
    pub renewed: bool,
}

/// An environment the document defines.
#[derive(Debug, Clone)]
pub struct EnvDef {
    pub def: Def,
    pub end: Vec<Token>,
}

/// A body branches or defines: expanding it would print both branches.
fn simple(body: &[Token]) -> bool {
    !body.iter().any(|t| match &t.tok {
        Tok::Word(w) => {
            w.starts_with("if")
                || w.starts_with("If")
                || matches!(
                    w.as_str(),
                    "else"
                        | "fi"
                        | "def"
                        | "edef"
                        | "gdef"
                        | "xdef"
                        | "let"
                        | "newcommand"
                        | "renewcommand"
                        | "csname"
                        | "expandafter"
                        | "futurelet"
                        | "@ifnextchar"
                        | "NewDocumentCommand"
                )
        }
        _ => false,
    })
}

fn name_of(seq: &Seq, r: Range<usize>) -> String {
    raw(seq, r).trim_start_matches('\\').trim().to_string()
}

impl Walker {
    /// A definition at `i` (after the defining word): recorded; the index after it.
    pub fn definition(&mut self, word: &str, seq: &Seq, i: usize, to: usize) -> Option<usize> {
        let start_line = seq.toks.get(i.saturating_sub(1)).map_or(0, |t| t.line);
        let next = match word {
            "newcommand"
            | "renewcommand"
            | "providecommand"
            | "newcommand*"
            | "renewcommand*"
            | "providecommand*"
            | "DeclareRobustCommand"
            | "DeclareRobustCommand*" => {
                let i = star(seq, i, to);
                let (n, i) = arg(seq, i, to);
                let name = name_of(seq, n);
                let (mut def, next) = signature(seq, i, to);
                def.renewed = word.starts_with("renew");
                let (body, next) = arg(seq, next, to);
                self.record(name, def, seq, body);
                next
            }
            "NewDocumentCommand" | "RenewDocumentCommand" | "DeclareDocumentCommand" => {
                let (n, i) = arg(seq, i, to);
                let (spec, i) = arg(seq, i, to);
                let (body, next) = arg(seq, i, to);
                let nargs = raw(seq, spec).matches(['m', 'o']).count();
                let name = name_of(seq, n);
                let def = Def {
                    nargs,
                    default: None,
                    body: Vec::new(),
                    simple: false,
                    renewed: false,
                };
                self.record(name, def, seq, body);
                next
            }
            "def" | "gdef" | "edef" | "xdef" => {
                let j = skip_space(seq, i, to);
                let name = match seq.toks.get(j).map(|t| &t.tok) {
                    Some(Tok::Word(w)) => w.clone(),
                    _ => return Some(j),
                };
                let mut k = j + 1;
                let mut nargs = 0;
                let mut delimited = false;
                while k < to && seq.toks[k].tok != Tok::Open {
                    match seq.toks[k].tok {
                        Tok::Param(_) => nargs += 1,
                        _ => delimited = true,
                    }
                    k += 1;
                }
                let (body, next) = arg(seq, k, to);
                let def = Def {
                    nargs,
                    default: None,
                    body: Vec::new(),
                    simple: !delimited,
                    renewed: false,
                };
                self.record(name, def, seq, body);
                next
            }
            "let" => {
                let mut k = skip_space(seq, i, to) + 1;
                k = skip_space(seq, k, to);
                if matches!(seq.toks.get(k).map(|t| &t.tok), Some(Tok::Text(t)) if t == "=") {
                    k = skip_space(seq, k + 1, to);
                }
                (k + 1).min(to)
            }
            "newenvironment" | "renewenvironment" | "newenvironment*" | "renewenvironment*" => {
                let i = star(seq, i, to);
                let (n, i) = arg(seq, i, to);
                let name = raw(seq, n);
                let (mut def, next) = signature(seq, i, to);
                let (begin, next) = arg(seq, next, to);
                let (end, next) = arg(seq, next, to);
                def.body = seq.toks[begin.clone()].to_vec();
                let end_toks = seq.toks[end.clone()].to_vec();
                def.simple = simple(&def.body) && simple(&end_toks);
                self.envdefs.insert(name, EnvDef { def, end: end_toks });
                next
            }
            _ => return None,
        };
        let end_line = seq.toks.get(next.saturating_sub(1)).map_or(0, |t| t.line);
        self.def_spans.push((start_line, end_line.max(start_line)));
        Some(next)
    }

    fn record(&mut self, name: String, mut def: Def, seq: &Seq, body: Range<usize>) {
        if def.body.is_empty() {
            def.body = seq.toks[body].to_vec();
        }
        def.simple = def.simple && simple(&def.body);
        if !name.is_empty() {
            self.defs.insert(name, def);
        }
    }

    /// A use of a macro the document defined: expanded, or its arguments read in order.
    pub fn expand(
        &mut self,
        name: &str,
        seq: &Seq,
        i: usize,
        to: usize,
        line: usize,
    ) -> Option<usize> {
        let def = self.defs.get(name)?;
        if def.renewed {
            // A restyled class macro: the class table reads it, if it knows it.
            if let Some(next) = self.class_macro(name, seq, i, to, line) {
                return Some(next);
            }
        }
        let def = self.defs.get(name)?;
        let cost = def.body.len() + 1;
        let (nargs, simple) = (def.nargs, def.simple);
        let default = def.default.clone();
        let (args, next) = take_args(seq, i, to, nargs, default.is_some());
        if !simple || self.budget < cost || self.depth > 30 {
            return Some(self.separated(seq, &args, next));
        }
        let body = self.defs.get(name)?.body.clone();
        let expanded = substitute(&body, seq, &args, default.as_deref(), line);
        if self.budget < cost + expanded.len() {
            return Some(self.separated(seq, &args, next));
        }
        self.budget -= cost + expanded.len();
        let new = Seq::new(expanded);
        self.depth += 1;
        self.walk(&new, 0..new.len());
        self.depth -= 1;
        Some(next)
    }

    /// A macro that is not expanded: its arguments' text in order, a gap apart.
    fn separated(&mut self, seq: &Seq, args: &[Option<Range<usize>>], next: usize) -> usize {
        for (k, a) in args.iter().flatten().enumerate() {
            if k > 0 {
                self.out.gap();
            }
            let lines = self.capture(seq, a.clone());
            let n = lines.len();
            for (j, (l, from)) in lines.into_iter().enumerate() {
                self.text(&l, from);
                if j + 1 < n {
                    self.newline();
                }
            }
        }
        next
    }

    /// `\begin{name}` of an environment the document defined, if it is one.
    pub fn begin_user(
        &mut self,
        name: &str,
        seq: &Seq,
        i: usize,
        to: usize,
        line: usize,
    ) -> Option<usize> {
        let env = self.envdefs.get(name)?.clone();
        let (args, next) = take_args(seq, i, to, env.def.nargs, env.def.default.is_some());
        let cost = env.def.body.len() + env.end.len() + 1;
        if !env.def.simple || self.budget < cost || self.depth > 30 {
            self.newline();
            self.separated(seq, &args, next);
            self.newline();
            self.envs.push(Env::Other(name.to_string()));
            return Some(next);
        }
        let expanded = substitute(&env.def.body, seq, &args, env.def.default.as_deref(), line);
        self.budget = self.budget.saturating_sub(cost + expanded.len());
        let end: Vec<Token> = env
            .end
            .iter()
            .map(|t| Token {
                tok: t.tok.clone(),
                line,
            })
            .collect();
        self.envs.push(Env::User(name.to_string(), Seq::new(end)));
        let new = Seq::new(expanded);
        self.depth += 1;
        self.walk(&new, 0..new.len());
        self.depth -= 1;
        Some(next)
    }
}

/// Skips a `*` right after a defining word.
fn star(seq: &Seq, i: usize, to: usize) -> usize {
    let j = skip_space(seq, i, to);
    match seq.toks.get(j).map(|t| &t.tok) {
        Some(Tok::Text(t)) if t == "*" => j + 1,
        _ => i,
    }
}

/// `[n][default]` after a macro's name.
fn signature(seq: &Seq, i: usize, to: usize) -> (Def, usize) {
    let mut def = Def {
        nargs: 0,
        default: None,
        body: Vec::new(),
        simple: true,
        renewed: false,
    };
    let mut next = i;
    if let Some((r, n)) = opt(seq, next, to) {
        def.nargs = raw(seq, r).trim().parse().unwrap_or(0).min(9);
        next = n;
        if let Some((r, n)) = opt(seq, next, to) {
            def.default = Some(seq.toks[r].to_vec());
            next = n;
        }
    }
    (def, next)
}

/// The arguments of a use: `None` for an optional one not given.
fn take_args(
    seq: &Seq,
    i: usize,
    to: usize,
    nargs: usize,
    optional_first: bool,
) -> (Vec<Option<Range<usize>>>, usize) {
    let mut args = Vec::new();
    let mut next = i;
    if optional_first && nargs > 0 {
        match opt(seq, next, to) {
            Some((r, n)) => {
                args.push(Some(r));
                next = n;
            }
            None => args.push(None),
        }
    }
    while args.len() < nargs {
        let (r, n) = arg(seq, next, to);
        args.push(Some(r));
        next = n;
    }
    (args, next)
}

/// The body with each `#k` replaced by argument k; the body's own tokens take the
/// line of the use, the arguments keep theirs.
fn substitute(
    body: &[Token],
    seq: &Seq,
    args: &[Option<Range<usize>>],
    default: Option<&[Token]>,
    line: usize,
) -> Vec<Token> {
    let mut out = Vec::with_capacity(body.len());
    for t in body {
        match t.tok {
            Tok::Param(k) if k >= 1 && (k as usize) <= args.len() => match &args[k as usize - 1] {
                Some(r) => out.extend_from_slice(&seq.toks[r.clone()]),
                None => out.extend(default.unwrap_or(&[]).iter().map(|d| Token {
                    tok: d.tok.clone(),
                    line,
                })),
            },
            _ => out.push(Token {
                tok: t.tok.clone(),
                line,
            }),
        }
    }
    out
}
