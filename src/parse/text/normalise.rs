//! Conversion debris removed before anything else reads the text.
//!
//! PDF converters and LaTeX templates leave math around dates (`$May\ 2022$`), escaped
//! symbols (`\$`, `\%`, `\&`), HTML tags (`<sup>rd</sup>`), ligatures, non-breaking and
//! zero-width spaces, bullet glyphs (including the stray `o`/`O` of symbol fonts),
//! page footers and export noise ("Page 2 of 3", "Profile picture"), and sentences
//! wrapped over several lines. This module turns raw text into logical [`Line`]s —
//! markers stripped and recorded as features — and notes which source lines it dropped
//! and why. It knows nothing about sections or entries.

use std::sync::LazyLock;

use regex::Regex;

/// One logical line of the résumé after clean-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    /// 1-based number of the source line.
    pub no: usize,
    /// Source lines joined onto this one (a wrapped sentence).
    pub more: Vec<usize>,
    /// The cleaned text: heading marks, whole-line bold and bullet markers removed,
    /// inline Markdown kept.
    pub text: String,
    /// Markdown heading level (`#` count), 0 for none.
    pub heading: u8,
    /// The whole line was bold (`**…**`).
    pub bold: bool,
    /// The whole line is in italics (`*…*`, `_…_`; the marks stay in `text`).
    pub italic: bool,
    /// Bullet depth when the line was a list item (0 = top level).
    pub bullet: Option<u8>,
    /// Leading spaces in the source.
    pub indent: usize,
    /// A blank line (or the start of the text) comes before this one.
    pub blank_before: bool,
    /// Written as a continued page header ("Projects (Cont.)").
    pub continued: bool,
}

/// The cleaned document: logical lines plus what was dropped.
#[derive(Debug, Default)]
pub struct Document {
    pub lines: Vec<Line>,
    /// Source lines dropped as noise, with the reason.
    pub ignored: Vec<(usize, &'static str)>,
    /// The source lines, for notes.
    pub source: Vec<String>,
}

static LATEX_WRAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\\(?:textbf|textit|emph|underline|texttt|textsc|textrm|mathrm|mathbf|text|uline|mbox)\{([^{}]*)\}").unwrap()
});
static LATEX_HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\href\{([^{}]*)\}\{([^{}]*)\}").unwrap());
static LATEX_SUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\^_]\{([^{}]*)\}").unwrap());
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<!--.*?-->").unwrap());
static NOISE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,3}\s*(?:of|/)\s*\d{1,3}|[-–—]\s*\d+\s*[-–—]|\d{1,2})$")
        .unwrap()
});
static NOISE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-_=*~•·─━═]\s*){3,}$").unwrap());
static MD_IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^!\[[^\]]*\]\([^)]*\)$").unwrap());
static CONTINUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.*?)\s*(?:\(\s*(?:cont\.?|cont'd|continued)\s*\)|[-–,]?\s+(?:cont\.|cont'd|continued))\s*:?$")
        .unwrap()
});
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}[.)]|\[\d{1,3}\])\s+").unwrap());

/// Characters PDF converters and symbol fonts use as list bullets.
fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '▸'
            | '‣'
            | '⁃'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '›'
            | '»'
            | '❯'
            | '➣'
            | '➔'
            | '→'
            | '⇒'
            | '✦'
            | '★'
            | '☐'
            | '☑'
            | '◘'
            | '⦿'
            | '◉'
            | '·'
            | '⦁'
            | '∙'
            | '◆'
            | '◇'
            | '❖'
            | '\u{f0b7}'
            | '\u{f0a7}'
            | '\u{f076}'
            | '\u{f0d8}'
            | '\u{f0fc}'
    )
}

/// Cleans one line's inline debris: spaces, ligatures, LaTeX, HTML, Markdown escapes.
pub fn clean_inline(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' | '\u{2002}'
            | '\u{2003}' | '\u{3000}' => s.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\r' => {}
            '\t' => s.push_str("   "),
            'ﬀ' => s.push_str("ff"),
            'ﬁ' => s.push_str("fi"),
            'ﬂ' => s.push_str("fl"),
            'ﬃ' => s.push_str("ffi"),
            'ﬄ' => s.push_str("ffl"),
            'ﬅ' | 'ﬆ' => s.push_str("st"),
            '\u{2010}' | '\u{2011}' => s.push('-'),
            '\u{2012}' | '\u{2015}' | '\u{2212}' => s.push('–'),
            _ => s.push(c),
        }
    }
    if s.contains('\\') || s.contains('$') || s.contains('^') {
        s = clean_latex(&s);
    }
    if s.contains('<') || s.contains('&') {
        s = clean_html(&s);
    }
    s
}

fn clean_latex(s: &str) -> String {
    let mut s = LATEX_HREF.replace_all(s, "[$2]($1)").into_owned();
    for _ in 0..2 {
        s = LATEX_WRAP.replace_all(&s, "$1").into_owned();
    }
    for (cmd, rep) in [
        ("\\bullet", "•"),
        ("\\cdot", "·"),
        ("\\textbar", "|"),
        ("\\vert", "|"),
        ("\\textasciitilde", "~"),
        ("\\sim", "~"),
        ("\\rightarrow", "→"),
        ("\\to ", "→ "),
        ("\\times", "×"),
        ("\\ldots", "…"),
        ("\\dots", "…"),
        ("\\qquad", "   "),
        ("\\quad", "   "),
        ("\\hfill", "   "),
        ("\\newline", "   "),
        ("\\\\", "   "),
        ("\\,", " "),
        ("\\;", " "),
        ("\\!", ""),
    ] {
        if s.contains(cmd) {
            s = s.replace(cmd, rep);
        }
    }
    s = strip_math(&s);
    s = LATEX_SUP.replace_all(&s, "$1").into_owned();
    unescape(&s)
}

/// Removes `$…$` math delimiters around converter output (`$May\ 2022$`, `$|$`), but
/// leaves prices ("$5 and $10") alone.
fn strip_math(s: &str) -> String {
    let bytes = s.as_bytes();
    let dollars: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'$' && (i == 0 || bytes[i - 1] != b'\\'))
        .collect();
    if dollars.len() < 2 {
        return s.to_string();
    }
    // A byte mask, not a list searched per character: one long line full of `$` must
    // stay linear.
    let mut drop = vec![false; bytes.len()];
    let whole = s.trim();
    for pair in dollars.chunks(2) {
        let [a, b] = pair else { break };
        let inner = &s[a + 1..*b];
        // "$2017–2020$", "$2020-present$": a bare date range set in math.
        let words: String = inner
            .chars()
            .filter(|c| !(c.is_ascii_digit() || matches!(c, '–' | '-' | '/' | '.' | ' ' | '—')))
            .collect::<String>()
            .to_lowercase();
        let number_range = inner.bytes().filter(u8::is_ascii_digit).count() >= 4
            && matches!(words.as_str(), "" | "present" | "now" | "current" | "today");
        let mathy = number_range
            || inner.contains(['\\', '^', '_', '{'])
            || (inner.chars().count() <= 2 && !inner.chars().any(char::is_alphanumeric))
            || (whole.starts_with('$') && whole.ends_with('$') && dollars.len() == 2);
        if mathy && !inner.is_empty() {
            drop[*a] = true;
            drop[*b] = true;
        }
    }
    s.char_indices()
        .filter(|&(i, _)| !drop[i])
        .map(|(_, c)| c)
        .collect()
}

/// `\$` → `$`, `\ ` → space, `\*` → `*` (LaTeX and Markdown escapes).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some(&n) if n == ' ' || (n.is_ascii_punctuation() && n != '\\') => {
                    out.push(n);
                    chars.next();
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

fn clean_html(s: &str) -> String {
    let mut s = if s.contains('<') {
        HTML_TAG.replace_all(s, "").into_owned()
    } else {
        s.to_string()
    };
    if s.contains('&') {
        for (e, r) in [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&apos;", "'"),
            ("&nbsp;", " "),
            ("&ndash;", "–"),
            ("&mdash;", "—"),
            ("&bull;", "•"),
            ("&middot;", "·"),
        ] {
            s = s.replace(e, r);
        }
    }
    s
}

/// Why a cleaned line carries no content, if it doesn't.
fn noise(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.len() <= 120 && is_column_header(t) {
        return Some("ignored: table header");
    }
    if t.len() > 40 && !t.starts_with("![") {
        return None;
    }
    if t.bytes().any(|b| b.is_ascii_digit()) && NOISE_PAGE.is_match(t) {
        return Some("ignored: page number");
    }
    if t.starts_with(['-', '_', '=', '*', '~', '•', '·', '─', '━', '═']) && NOISE_RULE.is_match(t)
    {
        return Some("ignored: rule");
    }
    if t.starts_with("![") && MD_IMAGE.is_match(t) {
        return Some("ignored: image");
    }
    if t.len() > 20 {
        return None;
    }
    let lower = t.to_lowercase();
    match lower.trim_end_matches(':') {
        "profile picture" | "photo" | "picture" | "profile photo" => Some("ignored: export noise"),
        // A title is capitalised; "curriculum" in lower case is a wrapped sentence's end.
        "curriculum vitae" | "résumé" | "resume" | "cv" | "lebenslauf" | "curriculum"
            if t.starts_with(char::is_uppercase) =>
        {
            Some("ignored: document title")
        }
        _ => None,
    }
}

/// "Jane Doe — Résumé", "CV | Jane Doe", "Jane Doe – Page 2": a short line naming the
/// document beside a name; returns the rest.
fn without_document_title(text: &str) -> Option<&str> {
    if text.len() > 80 || !text.contains([' ', '|']) {
        return None;
    }
    let lower = text.to_lowercase();
    // "sum" finds "résumé" and "resume" in one go.
    if !["sum", "cv", "curriculum", "lebenslauf", "page"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    let mut rest = None;
    let mut title = false;
    for part in split_title_parts(text) {
        let l = part.to_lowercase();
        let is_title = matches!(
            l.as_str(),
            "résumé" | "resume" | "cv" | "curriculum vitae" | "lebenslauf"
        ) || NOISE_PAGE.is_match(&l) && l.starts_with("page");
        if is_title {
            title = true;
        } else if rest.is_none() && part.split_whitespace().count() <= 4 {
            rest = Some(part);
        } else {
            return None;
        }
    }
    if title {
        rest
    } else {
        None
    }
}

/// The parts of a line between strong separators (`|`, `·`, spaced dashes).
fn split_title_parts(text: &str) -> Vec<&str> {
    let mut parts = vec![text];
    for sep in [" | ", " · ", " — ", " – ", " - ", "|"] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// "Company | Role | Location | Dates": the header row of a table converted to text.
fn is_column_header(t: &str) -> bool {
    if !t.contains('|') && !t.contains("   ") {
        return false;
    }
    let cells: Vec<String> = t
        .split(['|', '\t'])
        .flat_map(|c| c.split("   "))
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    cells.len() >= 3
        && cells.iter().all(|c| {
            matches!(
                c.as_str(),
                "company"
                    | "employer"
                    | "organisation"
                    | "organization"
                    | "role"
                    | "title"
                    | "position"
                    | "job title"
                    | "location"
                    | "city"
                    | "place"
                    | "date"
                    | "dates"
                    | "dates of employment"
                    | "period"
                    | "from"
                    | "to"
                    | "duration"
                    | "institution"
                    | "school"
                    | "university"
                    | "degree"
                    | "qualification"
                    | "year"
                    | "years"
                    | "grade"
                    | "subject"
                    | "field"
            )
        })
}

struct Marked {
    text: String,
    heading: u8,
    bold: bool,
    italic: bool,
    bullet: bool,
    indent: usize,
}

/// Splits a cleaned line into its Markdown/bullet marks and its text.
/// "W O R K   E X P E R I E N C E" (letter-spaced capitals in PDFs) → "WORK EXPERIENCE".
fn unspace_letters(s: &str) -> Option<String> {
    let t = s.trim();
    // Any two letters side by side: an ordinary line.
    if t.as_bytes()
        .windows(2)
        .any(|w| w[0] != b' ' && w[1] != b' ')
    {
        return None;
    }
    let letters = t.split(' ').filter(|p| !p.is_empty()).count();
    let single = t
        .split(' ')
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_alphabetic() || c == '&'));
    if letters < 4 || !single {
        return None;
    }
    let words: Vec<String> = t
        .split("  ")
        .map(|w| w.split(' ').collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    Some(words.join(" "))
}

fn marks(clean: &str) -> Marked {
    let indent = clean.len() - clean.trim_start().len();
    let unspaced = unspace_letters(clean);
    let mut t = unspaced.as_deref().unwrap_or(clean).trim();
    let mut heading = 0u8;
    if t.starts_with('#') {
        let n = t.bytes().take_while(|&b| b == b'#').count();
        if n <= 6 && t[n..].starts_with(' ') {
            heading = n as u8;
            t = t[n..].trim().trim_end_matches('#').trim_end();
        }
    }
    let mut bullet = false;
    loop {
        let mut chars = t.chars();
        let Some(c) = chars.next() else { break };
        let rest = chars.as_str();
        let spaced = rest.is_empty() || rest.starts_with(' ');
        if (is_bullet_glyph(c) && (spaced || !c.is_ascii()))
            || (matches!(c, '-' | '*' | '+' | '–' | '—') && spaced)
        {
            bullet = true;
            t = rest.trim_start();
            continue;
        }
        // A stray "o"/"O" left by a symbol font's bullet: only before a capital or
        // after another bullet mark.
        if matches!(c, 'o' | 'O') && rest.starts_with(' ') {
            let next = rest.trim_start().chars().next();
            if bullet
                || next.is_some_and(|n| {
                    n.is_uppercase()
                        || n.is_ascii_digit()
                        || matches!(n, '*' | '_' | '"' | '(' | '[')
                })
            {
                bullet = true;
                t = rest.trim_start();
                continue;
            }
        }
        if let Some(m) = NUMBERED.find(t) {
            if heading == 0 {
                bullet = true;
                t = &t[m.end()..];
            }
        }
        break;
    }
    let mut bold = false;
    for w in ["**", "__"] {
        if t.len() > 4 && t.starts_with(w) && t.ends_with(w) && !t[2..t.len() - 2].contains(w) {
            bold = true;
            t = t[2..t.len() - 2].trim();
        }
    }
    let italic = !bold && is_italic(t);
    Marked {
        text: t.to_string(),
        heading,
        bold,
        italic,
        bullet,
        indent,
    }
}

/// `*HACCP, Sous vide*`: one emphasis span around the whole line.
fn is_italic(t: &str) -> bool {
    ['*', '_'].iter().any(|&m| {
        t.len() > 2
            && t.starts_with(m)
            && t.ends_with(m)
            && !t[1..t.len() - 1].contains(m)
            && !t[1..].starts_with(char::is_whitespace)
    })
}

/// "…led the pastry section for a": a line cut after a word no sentence ends with.
fn ends_with_function_word(t: &str) -> bool {
    let Some(w) = t.rsplit(' ').next() else {
        return false;
    };
    t.len() > w.len()
        && matches!(
            w,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "of"
                | "for"
                | "to"
                | "with"
                | "in"
                | "on"
                | "by"
                | "from"
                | "at"
                | "as"
                | "into"
                | "across"
                | "over"
                | "via"
        )
}

/// A line that carries on the sentence of the line before it.
fn continues(prev: &Line, cur: &Marked, cur_indent: usize) -> bool {
    if cur.bullet || cur.heading > 0 || cur.bold || prev.heading > 0 || prev.bold {
        return false;
    }
    let prev_prose = prev.bullet.is_some() || prev.text.split_whitespace().count() >= 6;
    if !prev_prose {
        return false;
    }
    let first = cur.text.chars().next().unwrap_or(' ');
    let prev_last = prev.text.chars().last().unwrap_or('.');
    if first.is_lowercase() && crate::parse::text::dates::leading_date(&cur.text).is_none() {
        return true;
    }
    // "…, recovering\n$85K in duplicate payments": a bullet's sentence going on with an
    // amount or a number (no heading or entry starts so; dates are checked below).
    if prev.bullet.is_some()
        && !matches!(prev_last, '.' | '!' | '?' | ':' | ';')
        && (matches!(first, '$' | '€' | '£' | '¥' | '%') || first.is_ascii_digit())
        && crate::parse::text::dates::find_dates(&cur.text).is_empty()
    {
        return true;
    }
    if matches!(prev_last, ',' | '(' | '&' | '/') || ends_with_function_word(&prev.text) {
        return true;
    }
    let open_end = !matches!(prev_last, '.' | '!' | '?' | ':' | ';');
    if prev.bullet.is_none()
        || !open_end
        || !crate::parse::text::dates::find_dates(&cur.text).is_empty()
    {
        return false;
    }
    // Indented under the bullet's text, or the rest of its sentence ("…to\nKubernetes
    // and Helm.") — but not a company name that ends in "Inc.".
    let last_word = cur.text.split_whitespace().last().unwrap_or("");
    let words = cur.text.split_whitespace().count();
    let ends_sentence = cur.text.ends_with(['.', '!', '?'])
        && words >= 2
        && words <= prev.text.split_whitespace().count()
        && !crate::parse::text::vocab::is_org_suffix(last_word);
    (cur_indent > 0 && cur_indent > prev.indent) || ends_sentence
}

impl Document {
    /// Reads raw résumé text into cleaned logical lines.
    pub fn new(text: &str) -> Document {
        let source: Vec<String> = text.lines().map(str::to_string).collect();
        let mut doc = Document {
            lines: Vec::with_capacity(source.len()),
            ignored: Vec::new(),
            source: Vec::new(),
        };
        let mut blank = true;
        let mut pending_bullet = false;
        let mut first_text: Option<String> = None;
        let mut min_indent = usize::MAX;
        for (i, raw) in source.iter().enumerate() {
            let no = i + 1;
            let clean = clean_inline(raw);
            // A footer like "– 2 –" would read as a bullet once its marks are taken off.
            if let Some(why) = noise(&clean) {
                doc.ignored.push((no, why));
                continue;
            }
            let mut m = marks(&clean);
            if m.text.is_empty() {
                if m.bullet {
                    pending_bullet = true;
                } else {
                    blank = true;
                }
                continue;
            }
            if let Some(why) = noise(&m.text) {
                doc.ignored.push((no, why));
                continue;
            }
            if let Some(rest) = without_document_title(&m.text) {
                if first_text.is_some() {
                    // "Jane Doe — Résumé" further down: a running page header.
                    doc.ignored.push((no, "ignored: running page header"));
                    continue;
                }
                // At the top it is the name line: keep the name.
                m.text = rest.to_string();
            }
            let key = m.text.to_lowercase();
            if first_text.is_none() {
                first_text = Some(key.clone());
            } else if first_text.as_deref() == Some(key.as_str())
                && m.text.split_whitespace().count() <= 6
                && doc
                    .ignored
                    .iter()
                    .any(|(_, why)| *why == "ignored: page number")
            {
                // The first line again after a page break: a running page header.
                doc.ignored.push((no, "ignored: repeated page header"));
                continue;
            }
            let bullet = m.bullet || std::mem::take(&mut pending_bullet);
            if let Some(prev) = doc.lines.last_mut() {
                // Across a blank line only the plainest case: a bullet left mid-sentence
                // and a tail that starts in lower case (converters that double-space).
                let across_blank = blank
                    && prev.bullet.is_some()
                    && !prev.text.ends_with(['.', '!', '?', ':', ';'])
                    && m.text.starts_with(char::is_lowercase)
                    && !m.bullet
                    && m.heading == 0;
                if (!blank || across_blank) && continues(prev, &m, m.indent) {
                    prev.text.push(' ');
                    prev.text.push_str(m.text.trim());
                    prev.more.push(no);
                    continue;
                }
            }
            if bullet {
                min_indent = min_indent.min(m.indent);
            }
            let continued = m.text.len() < 60
                && m.text.to_ascii_lowercase().contains("cont")
                && CONTINUED.is_match(&m.text)
                && m.text.split_whitespace().count() <= 6;
            doc.lines.push(Line {
                no,
                more: Vec::new(),
                text: m.text,
                heading: m.heading,
                bold: m.bold,
                italic: m.italic,
                bullet: bullet.then_some(0),
                indent: m.indent,
                blank_before: blank,
                continued,
            });
            blank = false;
        }
        // Bullet depth relative to the least-indented bullet; hollow bullets nest.
        let base = if min_indent == usize::MAX {
            0
        } else {
            min_indent
        };
        for line in doc.lines.iter_mut().filter(|l| l.bullet.is_some()) {
            let depth = (line.indent.saturating_sub(base) / 2).min(3) as u8;
            let hollow = source[line.no - 1]
                .trim_start()
                .starts_with(['◦', '○', '▫', '□']);
            line.bullet = Some(if hollow { depth.max(1) } else { depth });
        }
        doc.source = source;
        doc
    }

    /// The heading text of a "(Cont.)" line without the marker.
    pub fn continued_heading(text: &str) -> Option<String> {
        CONTINUED.captures(text).map(|c| c[1].trim().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latex_math_and_escapes() {
        assert_eq!(
            clean_inline(r" $May\ 2022-Aug\ 2022$"),
            " May 2022-Aug 2022"
        );
        assert_eq!(
            clean_inline(r"(\$12 million, 20\% more, R\&D)"),
            "($12 million, 20% more, R&D)"
        );
        assert_eq!(clean_inline(r"$Go,\ Rust$"), "Go, Rust");
        assert_eq!(clean_inline("Fellow  $2017–2020$"), "Fellow  2017–2020");
        assert_eq!(
            clean_inline("Lead $2020-present$ here"),
            "Lead 2020-present here"
        );
        assert_eq!(
            clean_inline("costs $5 and $10 a day"),
            "costs $5 and $10 a day"
        );
        assert_eq!(clean_inline(r"Acme $|$ Berlin"), "Acme | Berlin");
        assert_eq!(
            clean_inline(r"\textbf{Acme} $\bullet$ Berlin"),
            "Acme • Berlin"
        );
        assert_eq!(
            clean_inline(r"Systems: Linux, \*BSD"),
            "Systems: Linux, *BSD"
        );
    }

    #[test]
    fn html_and_unicode() {
        assert_eq!(clean_inline("2<sup>nd</sup> Place"), "2nd Place");
        assert_eq!(clean_inline("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(
            clean_inline("e\u{fb03}cient\u{a0}work\u{200b}s"),
            "efficient works"
        );
    }

    #[test]
    fn bullets_and_stray_o() {
        for (src, want) in [
            ("- o Tools: Figma, Sketch", "Tools: Figma, Sketch"),
            ("  - O Reduced waste by half", "Reduced waste by half"),
            ("o Wrote pipelines", "Wrote pipelines"),
            ("• Led the team", "Led the team"),
            ("– Designed backend", "Designed backend"),
            ("1. First item", "First item"),
            ("\u{f0b7} Symbol font bullet", "Symbol font bullet"),
        ] {
            let m = marks(src);
            assert!(m.bullet, "{src}");
            assert_eq!(m.text, want);
        }
        let m = marks("**Bold heading**");
        assert!(m.bold && !m.bullet);
        assert_eq!(m.text, "Bold heading");
        let m = marks("#### **EDUCATION**");
        assert_eq!((m.heading, m.bold, m.text.as_str()), (4, true, "EDUCATION"));
        assert!(!marks("**DevOps:** Deployed things").bold);
        assert!(marks("*Toast POS, HACCP*").italic);
        assert!(marks("_Rust_").italic);
        assert!(!marks("*Lead* and *Mentor*").italic);
        assert!(!marks("**Bold**").italic);
        assert!(!marks("org chart").bullet);
    }

    #[test]
    fn wrapped_lines_join_and_noise_goes() {
        let doc = Document::new(
            "Profile picture\n- Designed the thing that\n saved a fifth of the budget.\n- Next\n\nPage 2 of 3\nProjects (Cont.)\n•\nLone glyph bullet",
        );
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Designed the thing that saved a fifth of the budget.",
                "Next",
                "Projects (Cont.)",
                "Lone glyph bullet"
            ]
        );
        assert_eq!(doc.lines[0].more, vec![3]);
        assert!(doc.lines[2].continued);
        assert!(doc.lines[3].bullet.is_some());
        assert_eq!(doc.ignored.len(), 2);
    }

    #[test]
    fn footers_and_running_headers_go() {
        let doc = Document::new(
            "Ada Quill — Résumé\nada@example.org\n- Baked bread.\n\n– 1 –\n\nAda Quill — Résumé\nCV | Ada Quill\nAda Quill | Page 2\nCurriculum Coordinator\n- Ran the summer school.",
        );
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ada Quill",
                "ada@example.org",
                "Baked bread.",
                "Curriculum Coordinator",
                "Ran the summer school."
            ]
        );
        let whys: Vec<&str> = doc.ignored.iter().map(|(_, w)| *w).collect();
        assert_eq!(
            whys,
            [
                "ignored: page number",
                "ignored: running page header",
                "ignored: running page header",
                "ignored: running page header"
            ]
        );
    }

    #[test]
    fn table_header_rows_go() {
        let doc = Document::new(
            "Company | Role | Location | Dates\nAcme | Baker | Leeds | 2019 – 2021\nDegree    School    Year",
        );
        assert_eq!(doc.lines.len(), 1);
        assert_eq!(doc.ignored, [(1, "ignored: table header"), (3, "ignored: table header")]);
    }

    #[test]
    fn more_bullet_glyphs() {
        for g in ["›", "»", "➢", "➤", "✓", "■", "□", "▸", "‣", "⁃", "→", "❯"] {
            let m = marks(&format!("{g} Ran the pass"));
            assert!(m.bullet, "{g}");
            assert_eq!(m.text, "Ran the pass");
        }
    }

    #[test]
    fn letter_spaced_headings() {
        assert_eq!(
            marks("W O R K   E X P E R I E N C E").text,
            "WORK EXPERIENCE"
        );
        assert_eq!(marks("S K I L L S").text, "SKILLS");
        assert_eq!(marks("A B C").text, "A B C");
    }

    #[test]
    fn a_bullet_wrapped_before_a_capital_joins() {
        let doc = Document::new(
            "- Moved the platform to\nKubernetes and Helm.\n- Kept\nCobaltline Systems Inc.",
        );
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Moved the platform to Kubernetes and Helm.",
                "Kept",
                "Cobaltline Systems Inc."
            ]
        );
    }

    #[test]
    fn a_wrapped_word_is_no_document_title() {
        let doc = Document::new("CURRICULUM VITAE\n- Taught a project-based\n  curriculum");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Taught a project-based curriculum"]);
    }

    #[test]
    fn a_line_cut_after_a_small_word_joins() {
        let doc = Document::new(
            "- Ran the pastry section for a\n120-cover dinner service\n- Next one",
        );
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Ran the pastry section for a 120-cover dinner service", "Next one"]
        );
        let doc = Document::new("- Cleaned up the ledger, recovering\n$85K in duplicate payments\n2019 – 2021");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Cleaned up the ledger, recovering $85K in duplicate payments", "2019 – 2021"]
        );
    }

    #[test]
    fn double_spaced_wraps_join() {
        let doc =
            Document::new("- Rebuilt the ledger and\n\n cut costs in half.\n\nNew paragraph here.");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Rebuilt the ledger and cut costs in half.",
                "New paragraph here."
            ]
        );
    }

    #[test]
    fn sub_bullets_get_depth() {
        let doc = Document::new("- top\n  - sub\n    - subsub\n◦ hollow");
        let depths: Vec<_> = doc.lines.iter().map(|l| l.bullet).collect();
        assert_eq!(depths, [Some(0), Some(1), Some(2), Some(1)]);
    }
}
