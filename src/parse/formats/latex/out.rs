//! The lowered lines as they are built: text is appended to the current line, which
//! remembers the source line its first text came from; breaks, gaps and line prefixes
//! (`# `, `- `) shape it; a paragraph break of the document itself is a blank line.
//!
//! Gives finished `(line, source line)` pairs and the set of source lines whose text
//! went into some line. It does not know LaTeX.

/// Where the lowered lines accumulate.
#[derive(Debug, Default)]
pub struct Out {
    pub lines: Vec<(String, usize)>,
    cur: String,
    /// Bytes of `cur` that are a prefix (`- `, `## `), not content.
    prefix: usize,
    from: usize,
    space: bool,
    gap: bool,
    /// Text that ends the current line, a gap to the right (a date column's date).
    suffix: Option<String>,
    /// Source lines whose text went into a line.
    pub used: Vec<usize>,
    /// Whether paragraph breaks become blank lines (the document's own lines; an
    /// argument read on its own is one piece of text).
    pub blanks: bool,
}

/// What separates table cells and a `\hfill`'s two sides: wide enough that the
/// text reader sees two pieces.
pub const GAP: &str = "    ";

impl Out {
    /// Appends text that came from source line `line`.
    pub fn text(&mut self, s: &str, line: usize) {
        if s.is_empty() {
            return;
        }
        let has_content = self.cur.len() > self.prefix;
        if has_content {
            if self.gap {
                let trimmed = self.cur.trim_end().len();
                self.cur.truncate(trimmed);
                self.cur.push_str(GAP);
            } else if self.space && !self.cur.ends_with(' ') && !s.starts_with(' ') {
                self.cur.push(' ');
            }
        }
        let s = if has_content { s } else { s.trim_start() };
        if s.is_empty() {
            return;
        }
        if self.from == 0 {
            self.from = line;
        }
        self.cur.push_str(s);
        self.space = false;
        self.gap = false;
        if line > 0 && self.used.last() != Some(&line) {
            self.used.push(line);
        }
    }

    pub fn space(&mut self) {
        self.space = true;
    }

    /// A wide gap before the next text on this line (none at its start).
    pub fn gap(&mut self) {
        self.gap = true;
    }

    /// Whether the current line holds any content yet.
    pub fn empty(&self) -> bool {
        self.cur.len() <= self.prefix
    }

    /// Ends the current line; a line with no content is dropped.
    pub fn newline(&mut self) {
        if let Some(s) = self.suffix.take() {
            if !self.empty() {
                self.cur = format!("{}{GAP}{s}", self.cur.trim_end());
            }
        }
        if !self.empty() {
            let line = self.cur.trim_end().to_string();
            self.lines.push((line, self.from));
        }
        self.cur.clear();
        self.prefix = 0;
        self.from = 0;
        self.space = false;
        self.gap = false;
    }

    /// Ends the current line and, once there are lines, leaves a blank one: a
    /// paragraph break in the source is a gap on the page, which the text reader reads
    /// as the end of a block (an entry, a group).
    pub fn blank(&mut self) {
        self.newline();
        if self.blanks && self.lines.last().is_some_and(|l| !l.0.is_empty()) {
            self.lines.push((String::new(), 0));
        }
    }

    /// Text to end the current line with, once its content is in.
    pub fn suffix(&mut self, s: &str) {
        self.suffix = Some(s.to_string());
    }

    /// Starts a new line with a prefix such as `## ` or `  - `.
    pub fn start(&mut self, prefix: &str) {
        self.newline();
        self.cur.push_str(prefix);
        self.prefix = prefix.len();
    }

    /// Takes the finished lines, ending the current one first.
    pub fn take(&mut self) -> Vec<(String, usize)> {
        self.newline();
        while self.lines.last().is_some_and(|l| l.0.is_empty()) {
            self.lines.pop();
        }
        std::mem::take(&mut self.lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_the_line_of_their_first_text() {
        let mut o = Out::default();
        o.start("- ");
        o.newline();
        o.text("  Ada", 3);
        o.space();
        o.text("Byron", 4);
        o.gap();
        o.text("1815", 4);
        o.start("## ");
        o.text("Work", 6);
        assert_eq!(
            o.take(),
            vec![
                (format!("Ada Byron{GAP}1815"), 3),
                ("## Work".to_string(), 6)
            ]
        );
        assert_eq!(o.used, vec![3, 4, 6]);
    }
}
