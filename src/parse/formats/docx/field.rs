//! Field codes: a `HYPERLINK` field's target, the link of the text the field shows.
//!
//! Takes a field's code (`HYPERLINK "https://…"`); gives its target. It does not read
//! any other field (page numbers, dates): those show their text and nothing more.

/// The target of a `HYPERLINK "target"` field code; none for a link within the
/// document (`\l`) or any other field.
pub fn hyperlink_target(instr: &str) -> Option<String> {
    let rest = instr.trim_start();
    let head = rest.get(..9)?;
    if !head.eq_ignore_ascii_case("HYPERLINK") {
        return None;
    }
    let rest = rest[9..].trim_start();
    if rest.starts_with("\\l") {
        return None;
    }
    let rest = rest.strip_prefix('"')?;
    let url = &rest[..rest.find('"')?];
    (!url.trim().is_empty()).then(|| url.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::hyperlink_target;

    #[test]
    fn hyperlink_fields() {
        assert_eq!(
            hyperlink_target(r#" HYPERLINK "https://example.org/a" "#).as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(hyperlink_target(r#"HYPERLINK \l "_Toc1""#), None);
        assert_eq!(hyperlink_target(" PAGE "), None);
        assert_eq!(hyperlink_target("HYPERLINK \"unterminated"), None);
    }
}
