//! Characters LaTeX spells with macros: accents (`\'e`, `\c{c}`), letters (`\ss`,
//! `\o`), escaped specials (`\&`), math symbols used in résumés (`$\cdot$`), and the
//! ligatures of plain text (`--`, `---`, ``` `` ```, `''`).
//!
//! Gives Unicode text; it does not read arguments (the walker hands it the base
//! letter of an accent).

/// Accent macros and, for each, base letters followed by their accented form.
const ACCENTS: &[(&str, &str)] = &[
    ("'", "aáeéiíoóuúyýcćnńsśzźAÁEÉIÍOÓUÚYÝCĆNŃSŚZŹ"),
    ("`", "aàeèiìoòuùAÀEÈIÌOÒUÙ"),
    ("\"", "aäeëiïoöuüyÿAÄEËIÏOÖUÜ"),
    ("^", "aâeêiîoôuûAÂEÊIÎOÔUÛ"),
    ("~", "aãnñoõAÃNÑOÕ"),
    ("c", "cçsşCÇSŞ"),
    ("v", "cčsšzžrřeěnňCČSŠZŽRŘEĚNŇ"),
    ("r", "aåuůAÅUŮ"),
    ("u", "gğaăGĞAĂ"),
    ("H", "oőuűOŐUŰ"),
    ("=", "aāeēiīoōuūAĀEĒIĪOŌUŪ"),
    (".", "zżZŻeėEĖ"),
    ("k", "aąeęAĄEĘ"),
];

/// Whether `name` (a control word or symbol) puts an accent on its argument.
pub fn is_accent(name: &str) -> bool {
    ACCENTS.iter().any(|(a, _)| *a == name)
}

/// `base` with the accent `name`; the base alone when the pair is unknown.
pub fn accent(name: &str, base: char) -> char {
    // A dotless i under an accent is an accented i.
    let base = if base == 'ı' { 'i' } else { base };
    ACCENTS
        .iter()
        .find(|(a, _)| *a == name)
        .and_then(|(_, pairs)| {
            let v: Vec<char> = pairs.chars().collect();
            v.chunks(2)
                .find(|p| p.len() == 2 && p[0] == base)
                .map(|p| p[1])
        })
        .unwrap_or(base)
}

/// The text a letter-like or symbol macro stands for, if it is one.
pub fn symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "ss" => "ß",
        "o" => "ø",
        "O" => "Ø",
        "ae" => "æ",
        "AE" => "Æ",
        "oe" => "œ",
        "OE" => "Œ",
        "aa" => "å",
        "AA" => "Å",
        "l" => "ł",
        "L" => "Ł",
        "i" => "ı",
        "&" => "&",
        "%" => "%",
        "$" => "$",
        "_" => "_",
        "#" => "#",
        "{" => "{",
        "}" => "}",
        "@" | "/" | "," | ";" | ":" | "!" | ">" => "",
        " " => " ",
        "-" => "",
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        "textbullet" | "bullet" | "cdot" | "textperiodcentered" | "cdotp" => "•",
        "textbar" | "vert" | "mid" => "|",
        "textendash" => "–",
        "textemdash" => "—",
        "textasciitilde" | "sim" => "~",
        "textbackslash" => "\\",
        "textless" | "lt" => "<",
        "textgreater" | "gt" => ">",
        "textregistered" => "®",
        "texttrademark" => "™",
        "copyright" | "textcopyright" => "©",
        "euro" | "EUR" => "€",
        "pounds" | "textsterling" => "£",
        "degree" | "textdegree" => "°",
        "times" => "×",
        "pm" => "±",
        "mu" => "μ",
        "alpha" => "α",
        "beta" => "β",
        "leq" | "le" => "≤",
        "geq" | "ge" => "≥",
        "rightarrow" | "to" | "textrightarrow" | "longrightarrow" => "→",
        "Rightarrow" => "⇒",
        "approx" => "≈",
        "dots" | "ldots" | "textellipsis" => "…",
        "quad" | "qquad" | "enspace" | "thinspace" | "space" | "enskip" => " ",
        "textquotedbl" => "\"",
        "guillemotleft" | "flqq" => "«",
        "guillemotright" | "frqq" => "»",
        "glqq" => "„",
        "grqq" => "“",
        _ => return None,
    })
}

/// Plain-text ligatures of LaTeX: dashes and quotes.
pub fn ligatures(s: &str) -> String {
    if !s.contains(['-', '`', '\'', '"']) {
        return s.to_string();
    }
    s.replace("---", "—")
        .replace("--", "–")
        .replace("``", "“")
        .replace("''", "”")
        .replace("\"`", "„")
        .replace("\"'", "“")
        .replace('`', "‘")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_compose() {
        assert_eq!(accent("'", 'e'), 'é');
        assert_eq!(accent("\"", 'u'), 'ü');
        assert_eq!(accent("c", 'c'), 'ç');
        assert_eq!(accent("'", 'ı'), 'í');
        assert_eq!(accent("'", 'q'), 'q');
        assert!(is_accent("v") && !is_accent("textbf"));
    }

    #[test]
    fn dashes_and_quotes() {
        assert_eq!(ligatures("2019--2022 --- ``ok''"), "2019–2022 — “ok”");
        assert_eq!(symbol("ss"), Some("ß"));
    }
}
