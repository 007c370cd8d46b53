//! The on-disk form of the output's record ([`super::manifest`]): one line per file
//! and per person, fields split by tabs, closed by a line giving the length of all
//! before it. A record of thousands of files is read and written on every build, and
//! a flat line form costs a fraction of a JSON document of nested maps.
//!
//! Takes and gives a [`Manifest`]; reading gives `None` for anything that is not a
//! whole record of this form (a missing closing line or a length that disagrees is a
//! torn file). It does not check paths or versions (the caller does) and touches no
//! file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::manifest::{Manifest, PersonEntry, Written};
use crate::render::PersonLink;

/// The first word of the record's first line.
const HEAD: &str = "vitae-manifest";
/// The first word of the closing line.
const END: &str = "end";

/// The record as text.
pub fn write(m: &Manifest) -> String {
    let mut out = String::with_capacity(64 + m.files.len() * 80 + m.people.len() * 160);
    let _ = writeln!(out, "{HEAD}\t{}\t{}", m.format, esc(&m.vitae));
    let _ = writeln!(out, "s\t{}", esc(&m.site_pages));
    for (rel, w) in &m.files {
        for field in ["f", &esc(rel), &esc(&w.tag)] {
            out.push_str(field);
            out.push('\t');
        }
        let _ = writeln!(out, "{}", w.len);
    }
    for (id, p) in &m.people {
        let label = p.link.label.as_deref().map(|l| format!("+{}", esc(l)));
        let _ = write!(
            out,
            "p\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            esc(id),
            esc(&p.key),
            esc(&p.theme),
            esc(&p.link.slug),
            esc(&p.link.name),
            label.as_deref().unwrap_or(""),
            esc(&p.link.url),
        );
        for f in &p.files {
            out.push('\t');
            out.push_str(&esc(f));
        }
        out.push('\n');
    }
    let len = out.len();
    let _ = writeln!(out, "{END}\t{len}");
    out
}

/// The record in `text`, or `None` when it is not a whole record of this form.
pub fn read(text: &str) -> Option<Manifest> {
    let body = text.strip_suffix('\n')?;
    let (before, last) = match body.rfind('\n') {
        Some(at) => (&text[..=at], &body[at + 1..]),
        None => return None,
    };
    let len: usize = last.strip_prefix(END)?.strip_prefix('\t')?.parse().ok()?;
    if len != before.len() {
        return None;
    }
    // Written in key order, so the maps are built whole from sorted lists rather than
    // by one insertion per line.
    let (mut files, mut people) = (Vec::new(), Vec::new());
    let mut lines = before.lines();
    let mut head = lines.next()?.split('\t');
    if head.next()? != HEAD {
        return None;
    }
    let mut m = Manifest {
        format: head.next()?.parse().ok()?,
        vitae: unesc(head.next()?)?,
        ..Manifest::default()
    };
    for line in lines {
        let mut f = line.split('\t');
        match f.next()? {
            "s" => m.site_pages = unesc(f.next()?)?,
            "f" => {
                let rel = unesc(f.next()?)?;
                let tag = unesc(f.next()?)?;
                let len = f.next()?.parse().ok()?;
                files.push((rel, Written { tag, len }));
            }
            "p" => {
                let id = unesc(f.next()?)?;
                let key = unesc(f.next()?)?;
                let theme = unesc(f.next()?)?;
                let slug = unesc(f.next()?)?;
                let name = unesc(f.next()?)?;
                let label = match f.next()? {
                    "" => None,
                    l => Some(unesc(l.strip_prefix('+')?)?),
                };
                let url = unesc(f.next()?)?;
                let files = f.map(unesc).collect::<Option<Vec<_>>>()?;
                let link = PersonLink {
                    slug,
                    name,
                    label,
                    url,
                };
                people.push((
                    id,
                    PersonEntry {
                        key,
                        theme,
                        link,
                        files,
                    },
                ));
            }
            _ => return None,
        }
    }
    m.files = BTreeMap::from_iter(files);
    m.people = BTreeMap::from_iter(people);
    Some(m)
}

/// `s` with the characters that split fields and lines (and the escape itself)
/// written as two-character escapes.
fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    if !s
        .bytes()
        .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r'))
    {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.into()
}

/// The text [`esc`] wrote; `None` for an escape it never writes.
fn unesc(s: &str) -> Option<String> {
    if !s.as_bytes().contains(&b'\\') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            },
            c => c,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Manifest {
        let mut m = Manifest::new();
        m.site_pages = "k0".into();
        for (rel, tag) in [("index.html", "a1"), ("odd\tname\\x\n.html", "")] {
            let w = Written {
                tag: tag.into(),
                len: 7,
            };
            m.files.insert(rel.into(), w);
        }
        for (id, label) in [
            ("ada", Some("Lead\tEngineer")),
            ("bo", None),
            ("cy", Some("")),
        ] {
            let link = PersonLink {
                slug: id.into(),
                name: format!("{id} Fixture"),
                label: label.map(Into::into),
                url: format!("{id}/index.html"),
            };
            let files = vec![format!("{id}/index.html"), format!("{id}/resume.json")];
            let theme = "classic".into();
            let key = "k".into();
            m.people.insert(
                id.into(),
                PersonEntry {
                    key,
                    theme,
                    link,
                    files,
                },
            );
        }
        m
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let m = sample();
        let back = read(&write(&m)).unwrap();
        assert_eq!(write(&back), write(&m));
        assert_eq!(back.files, m.files);
        assert_eq!(
            back.people["ada"].link.label.as_deref(),
            Some("Lead\tEngineer")
        );
        assert_eq!(back.people["bo"].link.label, None);
        assert_eq!(back.people["cy"].link.label.as_deref(), Some(""));
        assert_eq!(back.people["cy"].files, m.people["cy"].files);
    }

    #[test]
    fn a_torn_or_altered_record_is_none() {
        let text = write(&sample());
        for cut in [0, 1, text.len() / 2, text.len() - 2, text.len() - 1] {
            assert!(read(&text[..cut]).is_none(), "cut at {cut}");
        }
        let dropped = text.replacen("f\tindex.html\ta1\t7\n", "", 1);
        assert!(read(&dropped).is_none(), "a line missing");
        assert!(read("{\"format\":1}").is_none(), "JSON");
    }
}
