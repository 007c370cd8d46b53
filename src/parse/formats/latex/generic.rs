//! LaTeX's own macros and the common packages': sectioning → headings, `\textbf` →
//! `**…**`, `\emph` → `*…*`, links, breaks and gaps, letters and symbols; layout,
//! spacing, colour and icon macros are dropped with their arguments. A macro nobody
//! knows keeps its arguments' text, a gap apart.

use super::args::{arg, has_group, raw, skip_opts};
use super::chars;
use super::out::GAP;
use super::tokens::Seq;
use super::walk::Walker;

/// Fewest brace arguments that make an unknown macro opening a line an entry command:
/// inline macros (`\textcolor{c}{x}` aside) take one, entry commands take a title,
/// an organisation, dates and more.
const ENTRY_ARGS: usize = 3;

/// Layout macros dropped with this many braced arguments.
fn dropped_args(name: &str) -> Option<usize> {
    Some(match name {
        "vspace" | "vspace*" | "color" | "pagecolor" | "fontfamily" | "pagestyle"
        | "thispagestyle" | "includegraphics" | "label" | "nocite" | "bibliography"
        | "bibliographystyle" | "input" | "include" | "usepackage" | "RequirePackage"
        | "geometry" | "newgeometry" | "hypersetup" | "columnratio" | "linespread"
        | "enlargethispage" | "faIcon" | "faicon" | "icon" | "ding" | "setmainfont"
        | "setsansfont" | "urlstyle" | "hyphenation" | "selectlanguage" | "sethlcolor"
        | "addvspace" | "cline" | "phantom" | "hphantom" | "vphantom" | "footnote" | "cite"
        | "moderncvstyle" | "moderncvcolor" | "moderncvtheme" | "ecvpicture" | "fontsize*"
        | "wheelchart" | "pdfbookmark*" | "renewcommand*" | "photo" | "addbibresource"
        | "printbibliography" | "cvskillbar" => 1,
        "setlength" | "addtolength" | "setcounter" | "addtocounter" | "colorlet" | "fontsize"
        | "rule" | "pdfbookmark" | "titlespacing*" => 2,
        "definecolor" | "addcontentsline" | "makecvfooter" => 3,
        "titleformat" | "titlespacing" => 4,
        _ => return None,
    })
}

/// Switches and spacing that print nothing.
fn silent(name: &str) -> bool {
    matches!(
        name,
        "small"
            | "tiny"
            | "scriptsize"
            | "footnotesize"
            | "normalsize"
            | "large"
            | "Large"
            | "LARGE"
            | "huge"
            | "Huge"
            | "bfseries"
            | "itshape"
            | "mdseries"
            | "scshape"
            | "rmfamily"
            | "sffamily"
            | "ttfamily"
            | "upshape"
            | "slshape"
            | "centering"
            | "raggedright"
            | "raggedleft"
            | "noindent"
            | "indent"
            | "bigskip"
            | "medskip"
            | "smallskip"
            | "hline"
            | "toprule"
            | "midrule"
            | "bottomrule"
            | "hrule"
            | "vfill"
            | "null"
            | "relax"
            | "strut"
            | "protect"
            | "columnbreak"
            | "switchcolumn"
            | "titlerule"
            | "leavevmode"
            | "selectfont"
            | "normalfont"
            | "ignorespaces"
            | "unskip"
            | "nobreak"
            | "nopagebreak"
            | "vfil"
            | "displaystyle"
            | "em"
            | "it"
            | "bf"
            | "sl"
            | "sc"
            | "tt"
            | "rm"
            | "sf"
            | "today"
            | "maketitle"
            | "tableofcontents"
            | "sloppy"
            | "flushbottom"
            | "raggedbottom"
            | "nointerlineskip"
            | "frenchspacing"
            | "hfuzz"
            | "clearpage"
            | "vcenter"
            | "arraystretch"
            | "textwidth"
            | "linewidth"
            | "fill"
            | "extracolsep"
            | "tabcolsep"
            | "makeatletter"
            | "makeatother"
            | "pagenumbering"
            | "unboldmath"
    ) || name.ends_with("symbol")
        || icon(name)
}

/// A Font Awesome or similar icon (`\faGithub`, `\faMapMarker*`, `\aiOrcid`).
fn icon(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 2 && (name.starts_with("fa") || name.starts_with("ai")) && b[2].is_ascii_uppercase()
}

/// Macros printing their last argument as it is, after this many others.
fn wrapper(name: &str) -> Option<usize> {
    Some(match name {
        "texttt" | "textsc" | "underline" | "uline" | "textup" | "textmd" | "textrm" | "textsf"
        | "mbox" | "hbox" | "text" | "textnormal" | "MakeUppercase" | "MakeLowercase"
        | "uppercase" | "lowercase" | "ecvhighlight" | "centerline" | "makebox" | "framebox"
        | "fbox" | "emoji" | "ul" | "textls" | "lettrine" | "sout" | "hl" | "small" | "large"
        | "Large" | "LARGE" | "Huge" | "huge" => 0,
        "textcolor" | "colorbox" | "raisebox" | "scalebox" | "parbox" | "hyperlink"
        | "rotatebox" | "adjustbox" | "foreignlanguage" | "hspace" => 1,
        "fcolorbox" | "resizebox" | "multicolumn" | "multirow" => 2,
        _ => return None,
    })
}

impl Walker {
    pub fn generic(&mut self, name: &str, seq: &Seq, i: usize, to: usize, line: usize) -> usize {
        match name {
            "section" | "section*" | "chapter" | "chapter*" | "cvsection" | "ecvsection"
            | "part" | "part*" | "cvlistheading" => return self.titled("## ", seq, i, to),
            "subsection" | "subsection*" | "subsubsection" | "subsubsection*" | "cvsubsection"
            | "paragraph" | "paragraph*" | "cvparagraph" => return self.titled("### ", seq, i, to),
            "textbf" => return self.wrap("**", seq, i, to),
            "textit" | "emph" | "textsl" => return self.wrap("*", seq, i, to),
            "enquote" => return self.wrap_with("“", "”", seq, i, to),
            "item" => return self.item(seq, i, to),
            "newline" | "linebreak" | "par" | "break" | "newpage" | "pagebreak" | "cr"
            | "divider" | "ecvspace" => {
                self.newline();
                return skip_opts(seq, i, to);
            }
            // An em space or wider sets two fields apart, as a fill does: a word space
            // would run a degree into the grade beside it.
            "hfill" | "hfil" | "dotfill" | "hrulefill" | "qquad" | "quad" | "tab" => {
                self.out.gap();
                return i;
            }
            "href" => return self.href(seq, i, to),
            "url" | "path" | "nolinkurl" => {
                let (a, next) = arg(seq, i, to);
                let from = seq.toks.get(a.start).map_or(line, |t| t.line);
                let u = raw(seq, a);
                self.text(&u, from);
                return next;
            }
            "vskip" | "hskip" | "kern" | "vspace*" if !has_group(seq, i, to) => {
                // A bare dimension follows.
                return (i + 1).min(to);
            }
            _ => {}
        }
        if silent(name) {
            return if icon(name) { skip_opts(seq, i, to) } else { i };
        }
        if let Some(n) = dropped_args(name) {
            let mut next = skip_opts(seq, i, to);
            for _ in 0..n {
                next = arg(seq, next, to).1;
                next = skip_opts(seq, next, to);
            }
            if name == "hspace" {
                self.out.space();
            }
            return next;
        }
        if let Some(n) = wrapper(name) {
            let mut next = skip_opts(seq, i, to);
            for _ in 0..n {
                next = skip_opts(seq, arg(seq, next, to).1, to);
            }
            if name == "hspace" {
                self.out.space();
                return next;
            }
            let (a, next) = arg(seq, next, to);
            self.walk(seq, a);
            return next;
        }
        if chars::is_accent(name) {
            return self.accent(name, seq, i, to, line);
        }
        if let Some(s) = chars::symbol(name) {
            if s == " " {
                self.out.space();
            } else {
                self.text(s, line);
            }
            return i;
        }
        // Unknown: its arguments' text in order, a gap apart.
        let opens_line = self.out.empty();
        let mut next = skip_opts(seq, i, to);
        let mut k = 0;
        while has_group(seq, next, to) {
            let (a, n) = arg(seq, next, to);
            if k > 0 {
                self.out.gap();
            }
            self.walk(seq, a);
            next = n;
            k += 1;
        }
        // A macro that opens a line and takes several arguments is an entry command
        // of a class or preamble the reader doesn't know (résumé classes typeset one
        // entry per such command), so the next one starts a line of its own even
        // without a blank line between them in the source.
        if opens_line && k >= ENTRY_ARGS {
            self.out.newline();
        }
        next
    }

    /// A heading macro: `\section[short]{Title}`.
    fn titled(&mut self, prefix: &str, seq: &Seq, i: usize, to: usize) -> usize {
        let (a, next) = arg(seq, skip_opts(seq, i, to), to);
        let (t, from) = self.inline(seq, a);
        self.heading(prefix, &t, from);
        next
    }

    fn wrap(&mut self, mark: &str, seq: &Seq, i: usize, to: usize) -> usize {
        self.wrap_with(mark, mark, seq, i, to)
    }

    /// The argument's text between `open` and `close`, when it has any.
    fn wrap_with(&mut self, open: &str, close: &str, seq: &Seq, i: usize, to: usize) -> usize {
        let (a, next) = arg(seq, i, to);
        let (t, from) = self.inline(seq, a);
        let t = t.trim();
        if !t.is_empty() {
            // Emphasis around emphasis adds nothing a reader sees.
            let t = if t.starts_with(open)
                && t.ends_with(close)
                && t.len() > open.len() + close.len()
            {
                t.to_string()
            } else {
                format!("{open}{t}{close}")
            };
            self.text(&t, from);
        }
        next
    }

    /// `\href{url}{text}`: the text, with the address when the text does not show it.
    fn href(&mut self, seq: &Seq, i: usize, to: usize) -> usize {
        let (u, next) = arg(seq, i, to);
        let (t, next) = arg(seq, next, to);
        let url = raw(seq, u.clone());
        let from = seq.toks.get(u.start).map_or(0, |t| t.line);
        let (text, tfrom) = self.inline(seq, t);
        let text = text.trim();
        let bare = url
            .trim_start_matches("mailto:")
            .trim_start_matches("tel:")
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/');
        let shown = text.trim_start_matches("www.").trim_end_matches('/');
        let out = if text.is_empty() {
            bare.to_string()
        } else if url.starts_with("mailto:")
            || url.starts_with("tel:")
            || shown.contains(bare)
            || bare.contains(shown) && shown.contains(['.', '@'])
        {
            text.to_string()
        } else {
            format!("[{text}]({url})")
        };
        self.text(&out, if text.is_empty() { from } else { tfrom });
        next
    }

    /// Lines joined by the gap, skipping empty ones.
    pub fn gapjoin(parts: &[&str]) -> String {
        let v: Vec<&str> = parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect();
        v.join(GAP)
    }
}
