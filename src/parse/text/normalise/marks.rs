//! A line's marks: Markdown heading levels, whole-line bold and italics, bullet glyphs
//! (including the stray `o`/`O` of symbol fonts and numbered items), indentation, and
//! letter-spaced capitals ("W O R K") closed up.

use crate::parse::pattern::Pattern;

static NUMBERED: Pattern = Pattern::new(r"^(?:\d{1,2}[.)]|\[\d{1,3}\])\s+");

/// Characters PDF converters and symbol fonts use as list bullets.
pub(crate) fn is_bullet_glyph(c: char) -> bool {
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

pub(super) struct Marked {
    pub(super) text: String,
    pub(super) heading: u8,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) bullet: bool,
    pub(super) indent: usize,
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

pub(super) fn marks(clean: &str) -> Marked {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn more_bullet_glyphs() {
        for g in ["›", "»", "➢", "➤", "✓", "■", "□", "▸", "‣", "⁃", "→", "❯"]
        {
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
}
