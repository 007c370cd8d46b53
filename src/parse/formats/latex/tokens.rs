//! LaTeX source → tokens with their source line, and the brace each `{` closes at.
//!
//! Takes the source text; gives control words (`\textbf`, `\section*`), control
//! symbols (`\&`, `\\`), groups, text runs, spaces, paragraph breaks, parameters
//! (`#1`) and the alignment, math and tie characters. Comments are dropped here (a
//! comment also eats its line break, as in TeX). It does not interpret anything:
//! which macro takes which arguments is the walker's job.

/// One token of LaTeX source.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// A control word without its backslash; a starred form keeps its `*`.
    Word(String),
    /// A control symbol: the one character after a backslash.
    Sym(char),
    Open,
    Close,
    /// A run of ordinary characters; `[` and `]` always stand alone.
    Text(String),
    Space,
    /// Spaces holding one line break (the end of a source line).
    Eol,
    /// A blank line.
    Par,
    /// `#1` … `#9` in a macro body.
    Param(u8),
    /// `&`.
    Amp,
    /// `$`.
    Math,
    /// `~`.
    Tie,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    /// 1-based source line the token starts on (0: made up by the reader).
    pub line: usize,
}

/// A token sequence with, for each `{`, the index of its `}` (the sequence's length
/// when it is never closed), so arguments are found without rescanning.
#[derive(Debug, Clone, Default)]
pub struct Seq {
    pub toks: Vec<Token>,
    pub close: Vec<usize>,
}

impl Seq {
    pub fn new(toks: Vec<Token>) -> Seq {
        let mut close = vec![0; toks.len()];
        let mut open = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match t.tok {
                Tok::Open => open.push(i),
                Tok::Close => {
                    if let Some(o) = open.pop() {
                        close[o] = i;
                    }
                }
                _ => {}
            }
        }
        for o in open {
            close[o] = toks.len();
        }
        Seq { toks, close }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }
}

/// The tokens of `src`.
pub fn tokenize(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let mut text = String::new();
    let mut text_line = 1;
    macro_rules! flush_text {
        () => {
            if !text.is_empty() {
                out.push(Token {
                    tok: Tok::Text(std::mem::take(&mut text)),
                    line: text_line,
                });
            }
        };
    }
    while i < chars.len() {
        let c = chars[i];
        let simple = match c {
            '{' => Some(Tok::Open),
            '}' => Some(Tok::Close),
            '&' => Some(Tok::Amp),
            '$' => Some(Tok::Math),
            '~' => Some(Tok::Tie),
            '[' | ']' => Some(Tok::Text(c.to_string())),
            _ => None,
        };
        if let Some(tok) = simple {
            flush_text!();
            out.push(Token { tok, line });
            i += 1;
            continue;
        }
        match c {
            '%' => {
                flush_text!();
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                if i < chars.len() {
                    // The comment eats its line break and the next line's indentation.
                    i += 1;
                    line += 1;
                    while i < chars.len() && matches!(chars[i], ' ' | '\t') {
                        i += 1;
                    }
                }
            }
            '\\' => {
                flush_text!();
                let start = line;
                i += 1;
                let Some(&n) = chars.get(i) else { break };
                if n.is_ascii_alphabetic() || n == '@' {
                    let mut name = String::new();
                    while i < chars.len() && (chars[i].is_ascii_alphabetic() || chars[i] == '@') {
                        name.push(chars[i]);
                        i += 1;
                    }
                    if chars.get(i) == Some(&'*') {
                        name.push('*');
                        i += 1;
                    }
                    while i < chars.len() && matches!(chars[i], ' ' | '\t') {
                        i += 1;
                    }
                    out.push(Token {
                        tok: Tok::Word(name),
                        line: start,
                    });
                } else {
                    let sym = if n == '\n' {
                        line += 1;
                        ' '
                    } else {
                        n
                    };
                    out.push(Token {
                        tok: Tok::Sym(sym),
                        line: start,
                    });
                    i += 1;
                }
            }
            '#' if chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                flush_text!();
                let d = chars[i + 1] as u8 - b'0';
                out.push(Token {
                    tok: Tok::Param(d),
                    line,
                });
                i += 2;
            }
            ' ' | '\t' | '\r' | '\n' => {
                flush_text!();
                let start = line;
                let mut breaks = 0;
                while i < chars.len() && matches!(chars[i], ' ' | '\t' | '\r' | '\n') {
                    if chars[i] == '\n' {
                        breaks += 1;
                        line += 1;
                    }
                    i += 1;
                }
                let tok = match breaks {
                    0 => Tok::Space,
                    1 => Tok::Eol,
                    _ => Tok::Par,
                };
                out.push(Token { tok, line: start });
            }
            _ => {
                if text.is_empty() {
                    text_line = line;
                }
                text.push(c);
                i += 1;
            }
        }
    }
    flush_text!();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s).into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn words_symbols_and_text() {
        assert_eq!(
            toks("\\textbf{A\\&B} 50\\%"),
            vec![
                Tok::Word("textbf".into()),
                Tok::Open,
                Tok::Text("A".into()),
                Tok::Sym('&'),
                Tok::Text("B".into()),
                Tok::Close,
                Tok::Space,
                Tok::Text("50".into()),
                Tok::Sym('%'),
            ]
        );
    }

    #[test]
    fn comments_are_dropped_with_their_line_break() {
        let t = tokenize("a % note\n  b\n\nc");
        let kinds: Vec<_> = t.iter().map(|t| (&t.tok, t.line)).collect();
        assert_eq!(
            kinds,
            vec![
                (&Tok::Text("a".into()), 1),
                (&Tok::Space, 1),
                (&Tok::Text("b".into()), 2),
                (&Tok::Par, 2),
                (&Tok::Text("c".into()), 4),
            ]
        );
    }

    #[test]
    fn starred_words_params_and_a_trailing_backslash() {
        assert_eq!(
            toks("\\section*{#1}[x]\\"),
            vec![
                Tok::Word("section*".into()),
                Tok::Open,
                Tok::Param(1),
                Tok::Close,
                Tok::Text("[".into()),
                Tok::Text("x".into()),
                Tok::Text("]".into()),
            ]
        );
    }

    #[test]
    fn unclosed_braces_close_at_the_end() {
        let s = Seq::new(tokenize("{a{b}"));
        assert_eq!(s.close[0], s.len());
        assert_eq!(s.close[2], 4);
    }
}
