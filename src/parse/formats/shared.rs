//! Pieces the markup readers share: list depth from indentation, a link written as
//! text, a résumé title's name, heading levels.
//!
//! Takes fragments the readers have already recognised; gives Markdown-shaped text.
//! It does not recognise any markup's syntax itself.

/// Depth of list items from their indentation: an item indented further than the
/// one before goes one level deeper, one indented as an earlier item returns to its level.
#[derive(Debug, Default)]
pub struct ListDepth {
    indents: Vec<usize>,
}

impl ListDepth {
    /// The depth (0 for the outermost) of an item whose bullet is at column `indent`.
    pub fn item(&mut self, indent: usize) -> usize {
        while self.indents.last().is_some_and(|&i| i > indent) {
            self.indents.pop();
        }
        if self.indents.last() != Some(&indent) {
            self.indents.push(indent);
        }
        self.indents.len() - 1
    }

    /// Leaves the list (a heading or unindented paragraph ends it).
    pub fn reset(&mut self) {
        self.indents.clear();
    }

    /// The column of the innermost open item's bullet.
    pub fn indent(&self) -> Option<usize> {
        self.indents.last().copied()
    }
}

/// A Markdown list item at `depth`.
pub fn item_line(depth: usize, text: &str) -> String {
    format!("{}- {}", "  ".repeat(depth), text)
}

/// A link as the text reader reads it: its text then the address in brackets, or
/// the address alone when there is no text or the text is the address. `mailto:` is
/// dropped, as a reader of the page never sees it.
pub fn link(url: &str, text: Option<&str>) -> String {
    let url = url.trim();
    let bare = url.strip_prefix("mailto:").unwrap_or(url);
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => bare.to_string(),
        Some(t) if t == url || t == bare || same_address(t, bare) => t.to_string(),
        Some(t) => format!("{t} ({bare})"),
    }
}

/// Whether a link's text is its address written without the scheme or the end slash.
fn same_address(text: &str, url: &str) -> bool {
    let strip = |s: &str| {
        let s = s
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        s.trim_end_matches('/').to_ascii_lowercase()
    };
    strip(text) == strip(url)
}

/// The person's name in a document title such as "Ada Lovelace CV" or "Résumé —
/// Ada Lovelace": the title without the words that name the kind of document.
/// `None` when nothing but those words is left.
pub fn name_in_title(title: &str) -> Option<String> {
    // Titles of résumé files commonly name the document as well as the person.
    const KINDS: [&str; 8] = [
        "curriculum vitae",
        "curriculum vitæ",
        "résumé",
        "resume",
        "cv",
        "vita",
        "lebenslauf",
        "'s",
    ];
    let mut words: Vec<&str> = title.split_whitespace().collect();
    let is_kind = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        KINDS.contains(&w.as_str()) || w == "curriculum" || w == "vitae" || w == "vitæ"
    };
    let is_punct = |w: &str| !w.chars().any(char::is_alphanumeric);
    while words.last().is_some_and(|w| is_kind(w) || is_punct(w)) {
        words.pop();
    }
    let before = words.len();
    while words.first().is_some_and(|w| is_kind(w) || is_punct(w)) {
        words.remove(0);
    }
    // "Curriculum Vitae of Ada Quill"
    if words.len() < before && words.first().is_some_and(|w| ["of", "for"].contains(w)) {
        words.remove(0);
    }
    let name = words.join(" ");
    let name = name
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches([',', ':', '-', '—', '–'])
        .trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// A definition or description list's term and text as one line the text reader
/// reads as an entry: a dated term before the text as a date column is, any other
/// term as a label.
pub fn term_line(term: &str, text: &str) -> String {
    let (term, text) = (term.trim(), text.trim());
    if text.is_empty() {
        format!("{term}:")
    } else if term.chars().any(|c| c.is_ascii_digit()) {
        format!("{term} — {text}")
    } else {
        format!("{term}: {text}")
    }
}

/// Markdown's rule under a table's header row.
pub fn header_rule(columns: usize) -> String {
    format!("|{}", " --- |".repeat(columns.max(1)))
}

/// A table row of cells in Markdown's shape.
pub fn table_row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<&str> = cells.iter().map(|c| c.as_ref().trim()).collect();
    format!("| {} |", cells.join(" | "))
}

/// A Markdown heading of `level` (1–6).
pub fn heading(level: usize, text: &str) -> String {
    format!("{} {}", "#".repeat(level.clamp(1, 6)), text.trim())
}

/// `--` and `---` between words as the dashes they stand for (Org, AsciiDoc and
/// LaTeX writers type them so).
pub fn dashes(s: &str) -> String {
    if !s.contains("--") {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '-' {
            let run = chars[i..].iter().take_while(|&&c| c == '-').count();
            let before = i.checked_sub(1).map(|k| chars[k]);
            let after = chars.get(i + run).copied();
            let between = before.is_some_and(|c| c != '-') && after.is_some_and(|c| c != '-');
            match run {
                2 if between => out.push('–'),
                3 if between => out.push('—'),
                _ => out.push_str(&"-".repeat(run)),
            }
            i += run;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_follows_indentation() {
        let mut d = ListDepth::default();
        assert_eq!(d.item(0), 0);
        assert_eq!(d.item(2), 1);
        assert_eq!(d.item(4), 2);
        assert_eq!(d.item(2), 1);
        assert_eq!(d.item(0), 0);
    }

    #[test]
    fn links_as_text() {
        assert_eq!(link("mailto:a@b.org", Some("a@b.org")), "a@b.org");
        assert_eq!(link("https://x.org/", None), "https://x.org/");
        assert_eq!(link("https://x.org/", Some("x.org")), "x.org");
        assert_eq!(
            link("https://x.org/p", Some("My page")),
            "My page (https://x.org/p)"
        );
    }

    #[test]
    fn names_in_titles() {
        assert_eq!(
            name_in_title("Ada Lovelace CV").as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            name_in_title("Curriculum Vitae — Ada Lovelace").as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            name_in_title("Ada Lovelace's Résumé").as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(name_in_title("Curriculum Vitae"), None);
        assert_eq!(
            name_in_title("Curriculum Vitae of A. Quill").as_deref(),
            Some("A. Quill")
        );
    }

    #[test]
    fn table_shapes() {
        assert_eq!(header_rule(2), "| --- | --- |");
        assert_eq!(table_row(&[" a", "b "]), "| a | b |");
    }

    #[test]
    fn double_and_triple_dashes() {
        assert_eq!(dashes("2018--2021"), "2018–2021");
        assert_eq!(dashes("college---lectures"), "college—lectures");
        assert_eq!(dashes("-----"), "-----");
        assert_eq!(dashes("--verbose"), "--verbose");
    }
}
