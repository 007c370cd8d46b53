//! Control characters out of data read from JSON and YAML: an escape such as
//! `\u0000` or `"\0"` puts a NUL, a bell or an escape character into a value after
//! the file's bytes were checked, and nothing a page shows should hold one (a NUL in
//! `<title>` cuts it short in some browsers and tools). Every string, and every key,
//! keeps its tabs and newlines and loses any other control character (C0, DEL, C1).
//!
//! Takes values; reads no files. Text sources are cleaned by their decoder already.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `s` without control characters other than tab and newline.
pub fn strip(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect()
}

fn has_controls(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n'))
}

/// Cleans every string and key of `value` in place; whether anything changed.
pub fn strip_value(value: &mut Value) -> bool {
    match value {
        Value::String(s) if has_controls(s) => {
            *s = strip(s);
            true
        }
        Value::Array(items) => items.iter_mut().fold(false, |c, v| strip_value(v) | c),
        Value::Object(map) => {
            let dirty_keys = map.keys().any(|k| has_controls(k));
            let mut changed = dirty_keys;
            if dirty_keys {
                let old = std::mem::take(map);
                map.extend(old.into_iter().map(|(k, v)| (strip(&k), v)));
            }
            for v in map.values_mut() {
                changed |= strip_value(v);
            }
            changed
        }
        _ => false,
    }
}

/// `data` with its strings cleaned (through its JSON form; unchanged data is returned
/// as it was). Data is first only scanned, as JSON text thrown away as it is made:
/// almost all of it is clean, and building its JSON tree to find that out cost more
/// than reading the résumé's overrides.
pub fn cleaned<T: Serialize + DeserializeOwned>(data: T) -> T {
    let mut scan = Scan::default();
    if serde_json::to_writer(&mut scan, &data).is_err() || !scan.dirty {
        return data;
    }
    let Ok(mut value) = serde_json::to_value(&data) else {
        return data;
    };
    if !strip_value(&mut value) {
        return data;
    }
    serde_json::from_value(value).unwrap_or(data)
}

/// Watches JSON text for a control character other than tab and newline: one that
/// JSON escapes (`\b`, `\f`, `\r`, `\u00XX`) or writes as it is (DEL, and C1 as
/// UTF-8 `C2 80`–`C2 9F`). Keeps its state across writes, which may split anything.
#[derive(Default)]
struct Scan {
    dirty: bool,
    /// The last byte was an escape's backslash.
    escape: bool,
    /// The last byte was `C2`, the lead byte of U+0080–U+00BF.
    c2: bool,
}

impl std::io::Write for Scan {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            if self.escape {
                self.escape = false;
                self.dirty |= matches!(b, b'b' | b'f' | b'r' | b'u');
            } else if self.c2 {
                self.c2 = false;
                self.dirty |= (0x80..=0x9f).contains(&b);
            } else {
                self.escape = b == b'\\';
                self.c2 = b == 0xc2;
                self.dirty |= b == 0x7f;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn controls_go_tabs_and_newlines_stay() {
        assert_eq!(
            strip("a\0b\u{7}c\u{1b}[1md\u{7f}e\u{85}f\tg\nh\ri"),
            "abc[1mdef\tg\nhi"
        );
        let mut v = json!({"name": "Ada\u{0}", "li\u{1}st": ["x\u{8}", 3, null], "ok": "fine"});
        assert!(strip_value(&mut v));
        assert_eq!(
            v,
            json!({"name": "Ada", "list": ["x", 3, null], "ok": "fine"})
        );
        let mut clean = json!({"a": ["b"]});
        assert!(!strip_value(&mut clean));
    }

    #[test]
    fn the_scan_finds_what_stripping_would_change() {
        let texts = (0..0x200u32)
            .filter_map(char::from_u32)
            .flat_map(|c| [format!("{c}"), format!("a\\{c}"), format!("\\\\u0000{c}")]);
        for text in texts.chain(["\\u0000".to_string(), "\\r\\b".to_string()]) {
            for value in [json!(text), json!({ text.clone(): 1 })] {
                let mut scan = Scan::default();
                serde_json::to_writer(&mut scan, &value).unwrap();
                assert_eq!(scan.dirty, has_controls(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn resumes_are_cleaned_whole() {
        let r: crate::model::Resume = serde_json::from_value(
            json!({"basics": {"name": "Nul\u{0}Person"}, "work": [{"name": "Acme\u{7}"}]}),
        )
        .unwrap();
        let r = cleaned(r);
        assert_eq!(r.basics.name.as_deref(), Some("NulPerson"));
        assert_eq!(r.work[0].name.as_deref(), Some("Acme"));
    }
}
