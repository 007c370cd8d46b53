//! The personal data résumé classes declare with macros (moderncv `\name{First}{Last}`,
//! `\email`, `\social[linkedin]{…}`; altacv `\personalinfo{…}`; awesome-cv
//! `\position`, `\github`; europasscv `\ecvname`, `\ecvemail`), wherever they stand —
//! usually the preamble, where nothing else is printed.
//!
//! Gives the lines a printed résumé shows at its top: the name, the title or tagline,
//! then one contact detail a line. It does not decide what a detail is beyond its macro.

/// What a personal-data macro declares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field {
    /// The full name (one argument, or first and last as two).
    Name,
    First,
    Last,
    /// A title, tagline or position under the name.
    Title,
    /// A contact detail; the string is the web address a bare handle lives under.
    Contact(&'static str),
    /// A labelled personal detail (date of birth, nationality).
    Labelled(&'static str),
    /// Printed nowhere in the text (a photo, a gender).
    Hidden,
}

/// The field a macro declares, for the macros of the common résumé classes.
pub fn field(name: &str) -> Option<Field> {
    use Field::*;
    Some(match name {
        "name" | "ecvname" | "author" | "cvname" => Name,
        "firstname" => First,
        "familyname" | "lastname" | "surname" => Last,
        "title" | "tagline" | "position" | "jobtitle" | "cvjobtitle" => Title,
        "address" | "mailaddress" | "location" | "phone" | "mobile" | "email" | "homepage"
        | "ecvaddress" | "ecvtelephone" | "ecvmobile" | "ecvemail" | "ecvhomepage"
        | "extrainfo" | "skype" | "fax" | "social" | "ecvim" => Contact(""),
        // twentysecondcv's profile fields.
        "cvaddress" | "cvnumberphone" | "cvmail" | "cvsite" => Contact(""),
        "github" => Contact("github.com/"),
        "linkedin" => Contact("linkedin.com/in/"),
        "gitlab" => Contact("gitlab.com/"),
        "twitter" => Contact("twitter.com/"),
        "orcid" => Contact("orcid.org/"),
        "ecvdateofbirth" | "dateofbirth" | "birthday" | "cvdate" => Labelled("Date of birth"),
        "ecvnationality" | "nationality" => Labelled("Nationality"),
        "photo" | "picture" | "ecvpicture" | "ecvgender" | "photoR" | "photoL" | "profilepic" => {
            Hidden
        }
        _ => return None,
    })
}

/// The address a handle on a network `\social[network]{handle}` names lives under.
pub fn network_prefix(network: &str) -> &'static str {
    match network.to_ascii_lowercase().as_str() {
        "linkedin" => "linkedin.com/in/",
        "github" => "github.com/",
        "gitlab" => "gitlab.com/",
        "twitter" | "x" => "twitter.com/",
        "orcid" => "orcid.org/",
        // moderncv's other documented networks.
        "xing" => "xing.com/profile/",
        "stackoverflow" => "stackoverflow.com/users/",
        "researchgate" => "researchgate.net/profile/",
        "bitbucket" => "bitbucket.org/",
        _ => "",
    }
}

/// A handle under its network's address; a value that already is an address stays.
pub fn with_prefix(prefix: &str, value: &str) -> String {
    let v = value.trim();
    if prefix.is_empty() || v.contains('.') || v.contains('/') || v.contains('@') || v.is_empty() {
        v.to_string()
    } else {
        format!("{prefix}{v}")
    }
}

/// The personal data found so far, each value with its source line.
#[derive(Debug, Default)]
pub struct Header {
    name: Option<(String, usize)>,
    first: Option<(String, usize)>,
    last: Option<(String, usize)>,
    titles: Vec<(String, usize)>,
    contacts: Vec<(String, usize)>,
}

impl Header {
    /// Records `value` (already plain text) for `field`.
    pub fn set(&mut self, field: Field, value: String, line: usize) {
        let value = value.trim().to_string();
        if value.is_empty() {
            return;
        }
        let v = (value, line);
        match field {
            Field::Name => self.name = Some(v),
            Field::First => self.first = Some(v),
            Field::Last => self.last = Some(v),
            Field::Title => self.titles.push(v),
            Field::Contact(prefix) => self.contacts.push((with_prefix(prefix, &v.0), v.1)),
            Field::Labelled(label) => self.contacts.push((format!("{label}: {}", v.0), v.1)),
            Field::Hidden => {}
        }
    }

    /// The lines the header prints, top down.
    pub fn lines(self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        let name = self.name.or_else(|| {
            let parts: Vec<_> = [&self.first, &self.last].into_iter().flatten().collect();
            let line = parts.first()?.1;
            let text = parts.iter().map(|p| p.0.as_str()).collect::<Vec<_>>();
            Some((text.join(" "), line))
        });
        out.extend(name);
        out.extend(self.titles);
        out.extend(self.contacts);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_from_parts_then_title_then_contacts() {
        let mut h = Header::default();
        h.set(Field::Contact("github.com/"), "ada-l".into(), 5);
        h.set(Field::Last, "Lovelace".into(), 3);
        h.set(Field::First, "Ada".into(), 2);
        h.set(Field::Title, "Analyst".into(), 4);
        h.set(Field::Contact(""), "  ".into(), 6);
        assert_eq!(
            h.lines(),
            vec![
                ("Ada Lovelace".to_string(), 2),
                ("Analyst".to_string(), 4),
                ("github.com/ada-l".to_string(), 5)
            ]
        );
    }

    #[test]
    fn handles_and_addresses() {
        assert_eq!(
            with_prefix("github.com/", "https://x.org/a"),
            "https://x.org/a"
        );
        assert_eq!(
            with_prefix(network_prefix("LinkedIn"), "ada"),
            "linkedin.com/in/ada"
        );
    }
}
