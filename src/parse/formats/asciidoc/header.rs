//! The AsciiDoc document header: the `= Title` line, the author line under it (a
//! name, perhaps `<email>`), the revision line, and the document's attributes
//! (`:email: …`), of which contact details are kept.
//!
//! Takes the source lines; gives the person's name, a headline, contact lines and
//! the attributes for `{name}` references. It does not lower the body.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::super::shared::name_in_title;

pub static ATTRIBUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^:(!?[\w][\w-]*!?):(?:\s+(.*))?$").unwrap());
static REVISION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:v?\d+(?:\.\d+)*[,:]?|\d{4}-\d{2}-\d{2})(?:\s|$)").unwrap());

/// Attributes that carry the person's contact details, with the label they get.
const CONTACT: [(&str, &str); 16] = [
    ("email", "Email"),
    ("phone", "Phone"),
    ("mobile", "Mobile"),
    ("tel", "Phone"),
    ("telephone", "Phone"),
    ("address", "Address"),
    ("location", "Location"),
    ("city", "City"),
    ("website", "Website"),
    ("homepage", "Website"),
    ("url", "Website"),
    ("linkedin", "LinkedIn"),
    ("github", "GitHub"),
    ("gitlab", "GitLab"),
    ("twitter", "Twitter"),
    ("orcid", "ORCID"),
];

/// The contact label of an attribute name, if it is a contact detail.
pub fn contact_label(name: &str) -> Option<&'static str> {
    CONTACT.iter().find(|(k, _)| *k == name).map(|(_, l)| *l)
}

/// What the header says.
#[derive(Debug, Default)]
pub struct Header {
    /// The person's name and the source line it came from.
    pub name: Option<(String, usize)>,
    /// A document title that is not the name (a job title, say).
    pub headline: Option<(String, usize)>,
    /// E-mail addresses from the author line.
    pub emails: Vec<(String, usize)>,
    /// Source lines the header used: the reason each was dropped, or "" for a line
    /// lowered at the top (name, headline, e-mail).
    pub lines: HashMap<usize, &'static str>,
    /// Every attribute by lower-case name.
    pub attrs: HashMap<String, String>,
    /// The source line of each attribute's (last) definition.
    attr_lines: HashMap<String, usize>,
}

impl Header {
    pub fn read(lines: &[&str]) -> Header {
        let mut h = Header::default();
        for (i, l) in lines.iter().enumerate() {
            if let Some(c) = ATTRIBUTE.captures(l) {
                let value = c.get(2).map_or("", |m| m.as_str()).trim().to_string();
                h.attrs.insert(c[1].to_lowercase(), value);
                h.attr_lines.insert(c[1].to_lowercase(), i + 1);
            }
        }
        let Some(t) = lines
            .iter()
            .position(|l| !l.trim().is_empty() && !l.starts_with("//"))
            .filter(|&t| lines[t].starts_with("= "))
        else {
            h.name = h.attr_name();
            return h;
        };
        let title = lines[t][2..].trim().to_string();
        h.lines.insert(t + 1, "ignored: document title");
        let author = lines
            .get(t + 1)
            .filter(|l| {
                let l = l.trim();
                !l.is_empty() && !":[=/.*-".contains(l.chars().next().unwrap_or(' '))
            })
            .map(|l| l.trim());
        if let Some(a) = author {
            h.lines.insert(t + 2, "");
            let first = a.split(';').next().unwrap_or(a);
            let (name, email) = match first.split_once('<') {
                Some((n, e)) => (n.trim(), Some(e.trim_end_matches('>').trim())),
                None => (first.trim(), None),
            };
            h.name = Some((name.to_string(), t + 2));
            if let Some(e) = email {
                h.emails.push((e.to_string(), t + 2));
            }
            if lines
                .get(t + 2)
                .is_some_and(|l| REVISION.is_match(l.trim()))
            {
                h.lines.insert(t + 3, "ignored: revision line");
            }
        }
        if h.name.is_none() {
            h.name = h.attr_name();
        }
        match (&h.name, name_in_title(&title)) {
            (None, Some(n)) => h.name = Some((n, t + 1)),
            (Some((n, _)), Some(t2)) if !t2.eq_ignore_ascii_case(n) => {
                h.headline = Some((title, t + 1));
            }
            _ => {}
        }
        if h.name.as_ref().is_some_and(|n| n.1 == t + 1) || h.headline.is_some() {
            h.lines.insert(t + 1, "");
        }
        h
    }

    /// The name an `:author:` attribute gives, with its line (then used, not dropped).
    fn attr_name(&mut self) -> Option<(String, usize)> {
        let (name, no) = ["author", "name", "fullname"].iter().find_map(|k| {
            let v = self.attrs.get(*k).filter(|v| !v.is_empty())?;
            Some((v.clone(), *self.attr_lines.get(*k)?))
        })?;
        self.lines.insert(no, "");
        Some((name, no))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_line_names_the_person_and_the_title_is_a_headline() {
        let h = Header::read(&[
            "= Data Engineer",
            "Ada Quill <ada@example.org>",
            "v1.0, 2024-01-01",
            "",
            "== Work",
        ]);
        assert_eq!(h.name, Some(("Ada Quill".into(), 2)));
        assert_eq!(h.headline, Some(("Data Engineer".into(), 1)));
        assert_eq!(h.emails, vec![("ada@example.org".into(), 2)]);
        assert_eq!(h.lines.get(&3), Some(&"ignored: revision line"));
    }

    #[test]
    fn a_title_alone_is_the_name() {
        let h = Header::read(&[
            "= Ada Quill: Résumé",
            ":email: ada@example.org",
            "",
            "== Work",
        ]);
        assert_eq!(h.name, Some(("Ada Quill".into(), 1)));
        assert_eq!(h.headline, None);
        assert_eq!(h.attrs["email"], "ada@example.org");
    }

    #[test]
    fn a_cv_title_beside_an_author_is_dropped() {
        let h = Header::read(&["= Curriculum Vitae", ":author: Ada Quill"]);
        assert_eq!(h.name.as_ref().map(|n| n.0.as_str()), Some("Ada Quill"));
        assert_eq!(h.headline, None);
        assert_eq!(h.lines.get(&1), Some(&"ignored: document title"));
    }
}
