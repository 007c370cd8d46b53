//! reStructuredText section titles: a line of text under (and perhaps over) a line of
//! one repeated punctuation character. A title's level is the order in which its
//! adornment style first appears in the document.
//!
//! Takes the source lines; gives, for every line, whether it is a title (with its
//! level) or a title's adornment. It does not read anything else.

/// What a source line is, as far as section titles go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// Not part of a title.
    No,
    /// A title's text, with the 0-based level of its adornment style.
    Text(usize),
    /// An over- or underline.
    Adornment,
}

/// Characters RST allows in adornments.
const ADORNMENT: &str = "=-`:'\"~^_*+#<>.";

/// The adornment character of a line made of one repeated punctuation character.
pub fn adornment(line: &str) -> Option<char> {
    let t = line.trim_end();
    let c = t.chars().next()?;
    (ADORNMENT.contains(c) && t.chars().count() >= 2 && t.chars().all(|x| x == c)).then_some(c)
}

/// Every line's part in a title.
pub fn find(lines: &[&str]) -> Vec<Title> {
    let mut out = vec![Title::No; lines.len()];
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut level = |style: (char, bool)| match styles.iter().position(|&s| s == style) {
        Some(l) => l,
        None => {
            styles.push(style);
            styles.len() - 1
        }
    };
    let mut i = 0;
    while i < lines.len() {
        let text_at = |k: usize| {
            lines.get(k).is_some_and(|l| {
                !l.trim().is_empty() && adornment(l).is_none() && !l.starts_with(' ')
            })
        };
        let width = |k: usize| lines[k].trim().chars().count();
        let over = adornment(lines[i]);
        // Over- and underlined: the same adornment on both sides (the text may be inset).
        if let Some(c) = over {
            let inset = lines
                .get(i + 1)
                .is_some_and(|l| !l.trim().is_empty() && adornment(l).is_none());
            if inset
                && lines.get(i + 2).and_then(|l| adornment(l)) == Some(c)
                && blank_before(lines, i)
            {
                out[i] = Title::Adornment;
                out[i + 1] = Title::Text(level((c, true)));
                out[i + 2] = Title::Adornment;
                i += 3;
                continue;
            }
        }
        // Underlined only: a text line after a blank, an adornment at least nearly as long.
        if text_at(i) && blank_before(lines, i) {
            if let Some(c) = lines.get(i + 1).and_then(|l| adornment(l)) {
                let long = lines[i + 1].trim_end().chars().count() + 1 >= width(i).min(4);
                if long {
                    out[i] = Title::Text(level((c, false)));
                    out[i + 1] = Title::Adornment;
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

fn blank_before(lines: &[&str], i: usize) -> bool {
    i == 0 || lines[i - 1].trim().is_empty() || adornment(lines[i - 1]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_by_first_appearance() {
        let src = [
            "=====", " Ada ", "=====", "", "Work", "----", "", "Acme", "~~~~", "", "Study", "----",
        ];
        let t = find(&src);
        assert_eq!(t[1], Title::Text(0));
        assert_eq!(t[4], Title::Text(1));
        assert_eq!(t[7], Title::Text(2));
        assert_eq!(t[10], Title::Text(1));
        assert_eq!(t[0], Title::Adornment);
        assert_eq!(t[11], Title::Adornment);
    }

    #[test]
    fn overline_makes_a_different_style() {
        let src = ["----", "Work", "----", "", "Acme", "----"];
        let t = find(&src);
        assert_eq!(t[1], Title::Text(0));
        assert_eq!(t[4], Title::Text(1));
    }

    #[test]
    fn a_paragraph_line_is_no_title() {
        assert_eq!(find(&["Some text", "more text"]), vec![Title::No; 2]);
        assert_eq!(adornment("- item"), None);
    }
}
