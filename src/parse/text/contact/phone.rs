//! Phone numbers in contact lines: the usual written forms, and numbers a label
//! calls a phone. Takes a line's text; gives the number as written. It does not decide
//! which line is a contact line.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::pattern::Pattern;

/// A phone number: a country code and one long run of digits ("+91 7499902809"), or
/// groups of digits set apart, the later ones up to ten long ("+33 612052748").
static PHONE: Pattern = Pattern::new(
    r"\+\d{1,3}[\s.-]?\d{6,12}(?-u:\b)|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,10}){1,5}",
);
/// A phone number as written, with at least nine digits (or a country code).
pub fn phone(s: &str) -> Option<String> {
    if s.bytes().filter(u8::is_ascii_digit).count() < 7 {
        return None;
    }
    for m in PHONE.find_iter(s) {
        let before = s[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.') {
            continue;
        }
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        let intl = m.as_str().starts_with('+') || m.as_str().starts_with('(');
        if (digits >= 9 || (intl && digits >= 7)) && digits <= 15 {
            return Some(without_stray_digit(m.as_str().trim()).to_string());
        }
    }
    None
}

/// "Mobil: 017632423319", "Telefon:0163/2055604": a number its label calls a phone,
/// written as one run of digits or with the slash some countries put after the area
/// code, which the unlabelled pattern leaves alone.
static LABELLED_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:phone|tel|telefon|telephone|mobil|mobile|handy|cell|téléphone|teléfono|telefone|celular)\.?\s*[:：]\s*(\+?\d[\d ./()-]{5,}\d)").unwrap()
});

/// The number after a phone label, with seven to fifteen digits.
pub fn labelled_phone(s: &str) -> Option<String> {
    // The pattern needs a colon after the label: most lines have none, and are spared it.
    if !s.contains([':', '：']) {
        return None;
    }
    let m = LABELLED_PHONE.captures(s)?.get(1)?;
    let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
    (7..=15)
        .contains(&digits)
        .then(|| m.as_str().trim().to_string())
}

/// A number without a lone digit after a space at its end ("555-201-3344 0"): no
/// numbering plan ends a number in a one-digit group, but icon fonts read as digits do.
fn without_stray_digit(number: &str) -> &str {
    match number.rsplit_once(' ') {
        Some((head, tail))
            if tail.len() == 1
                && tail.bytes().all(|b| b.is_ascii_digit())
                && head.bytes().filter(u8::is_ascii_digit).count() >= 9 =>
        {
            head.trim_end()
        }
        _ => number,
    }
}
