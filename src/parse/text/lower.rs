//! Lower case without allocating, for the readers that look each word of a line up.
//!
//! Takes a word and what to do with its lower-case form; gives what that gives. A
//! short ASCII word (nearly every word) is lower-cased in a buffer on the stack, any
//! other with `str::to_lowercase`, so the form handed on is the same either way. It
//! does not trim or normalise the word.

/// Longest word lower-cased on the stack: longer than nearly every word of a résumé.
const ON_STACK: usize = 32;

/// `f` of `w` in lower case (`w.to_lowercase()`, which lower-cases ASCII as
/// `to_ascii_lowercase` does).
pub fn lower_then<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; ON_STACK];
    if w.is_ascii() {
        if let Some(b) = buf.get_mut(..w.len()) {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(b) {
                return f(lower);
            }
        }
    }
    f(&w.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_as_to_lowercase_gives() {
        for w in [
            "Experience",
            "ÉDUCATION",
            "",
            "x".repeat(40).as_str(),
            "İstanbul",
        ] {
            assert_eq!(lower_then(w, str::to_string), w.to_lowercase());
        }
    }
}
