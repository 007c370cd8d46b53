//! The key table: which keys are valid at each place of a résumé, what kind of value
//! each takes, and which fields identify an entry of each list section.
//!
//! This is the one place that knows the shape of JSON Resume v1.0.0 plus vitae's
//! documented extensions (work `keywords`; education `location`, `honors` and
//! `description`; project `location`). `merge` validates overrides against it; anything else that needs to
//! know "is this a key of a work entry?" should ask here rather than keep its own list.
//! Keys starting with `x-` are a person's own data and valid anywhere ([`is_custom_key`]).
//! `meta` is free-form. The keys of the `privacy` setting ([`PRIVACY`]) sit beside
//! their types in `model::privacy`; the top level of a résumé ([`super::registry::RESUME`])
//! is built from the section registry. The table describes keys only; the Rust types are
//! in `model`.

pub use super::privacy::PRIVACY;

/// What kind of value a key takes.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A string. In YAML a number or `true` written here is read as its text.
    Text,
    /// A list of strings (highlights, keywords, courses…); overrides replace it whole.
    TextList,
    /// A list of strings where one string alone, the usual way to write a single
    /// item (an honour), is read as a one-item list.
    TextOrList,
    /// `true` or `false` (vitae settings, never résumé data).
    Flag,
    /// A map with its own key table.
    Object(&'static Place),
    /// A list of entries, merged by identity.
    List(&'static ListSection),
    /// Anything at all (`x-` keys, keys of `meta` beyond the schema's).
    Any,
}

/// One valid key of a place.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
}

/// A place in the document (`basics`, a work entry…) and the keys valid there.
#[derive(Debug)]
pub struct Place {
    /// How error messages name the place: "`basics`", "a `work` entry".
    pub context: &'static str,
    pub fields: &'static [Field],
    /// Free-form (`meta`): keys beyond `fields` are allowed and take any value.
    pub open: bool,
}

impl Place {
    pub fn field(&'static self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn keys(&'static self) -> impl Iterator<Item = &'static str> {
        self.fields.iter().map(|f| f.key)
    }
}

/// A list section (`work`, `basics.profiles`…): its entries' keys and identity.
#[derive(Debug)]
pub struct ListSection {
    /// The key the list sits under.
    pub key: &'static str,
    pub entry: Place,
    /// The fields that say which entry is which: the first one names the entry, the
    /// others tell apart several entries with the same name (two roles at one employer).
    pub identity: &'static [&'static str],
}

/// Keys of an override entry that steer the merge rather than carry data: `match`
/// (find the entry by a name or a map of identity fields), `new: true` (add it),
/// `hidden: true` (keep it off the pages and out of `resume.json`).
pub const DIRECTIVES: &[&str] = &["match", "new", "hidden"];

/// Keys a person may add anywhere for their own data: `x-…`.
pub fn is_custom_key(key: &str) -> bool {
    key.starts_with("x-")
}

impl Field {
    pub const fn new(key: &'static str, kind: Kind) -> Field {
        Field { key, kind }
    }
}

const fn text(key: &'static str) -> Field {
    Field::new(key, Kind::Text)
}

const fn texts(key: &'static str) -> Field {
    Field::new(key, Kind::TextList)
}

/// `meta`: the schema's three keys, and anything else a person wants to keep there.
pub static META: Place = Place {
    context: "`meta`",
    fields: &[text("canonical"), text("version"), text("lastModified")],
    open: true,
};

pub static BASICS: Place = Place {
    context: "`basics`",
    fields: &[
        text("name"),
        text("label"),
        text("image"),
        text("email"),
        text("phone"),
        text("url"),
        text("summary"),
        Field {
            key: "location",
            kind: Kind::Object(&LOCATION),
        },
        Field {
            key: "profiles",
            kind: Kind::List(&PROFILES),
        },
    ],
    open: false,
};

pub static LOCATION: Place = Place {
    context: "`basics.location`",
    fields: &[
        text("address"),
        text("postalCode"),
        text("city"),
        text("countryCode"),
        text("region"),
    ],
    open: false,
};

pub static PROFILES: ListSection = ListSection {
    key: "profiles",
    entry: Place {
        context: "a `basics.profiles` entry",
        fields: &[text("network"), text("username"), text("url")],
        open: false,
    },
    identity: &["network"],
};

pub static WORK: ListSection = ListSection {
    key: "work",
    entry: Place {
        context: "a `work` entry",
        fields: &[
            text("name"),
            text("location"),
            text("description"),
            text("position"),
            text("url"),
            text("startDate"),
            text("endDate"),
            text("summary"),
            texts("highlights"),
            texts("keywords"), // extension
        ],
        open: false,
    },
    identity: &["name", "position"],
};

pub static VOLUNTEER: ListSection = ListSection {
    key: "volunteer",
    entry: Place {
        context: "a `volunteer` entry",
        fields: &[
            text("organization"),
            text("position"),
            text("url"),
            text("startDate"),
            text("endDate"),
            text("summary"),
            texts("highlights"),
        ],
        open: false,
    },
    identity: &["organization", "position"],
};

pub static EDUCATION: ListSection = ListSection {
    key: "education",
    entry: Place {
        context: "an `education` entry",
        fields: &[
            text("institution"),
            text("url"),
            text("area"),
            text("studyType"),
            text("startDate"),
            text("endDate"),
            text("score"),
            texts("courses"),
            text("location"),                       // extension
            Field::new("honors", Kind::TextOrList), // extension
            // Extension: the one schema entry with no free text of its own, while degrees
            // are described (a thesis, a focus) as jobs and projects are.
            text("description"),
        ],
        open: false,
    },
    identity: &["institution", "studyType"],
};

pub static AWARDS: ListSection = ListSection {
    key: "awards",
    entry: Place {
        context: "an `awards` entry",
        fields: &[
            text("title"),
            text("date"),
            text("awarder"),
            text("summary"),
        ],
        open: false,
    },
    identity: &["title"],
};

pub static CERTIFICATES: ListSection = ListSection {
    key: "certificates",
    entry: Place {
        context: "a `certificates` entry",
        fields: &[text("name"), text("date"), text("url"), text("issuer")],
        open: false,
    },
    identity: &["name"],
};

pub static PUBLICATIONS: ListSection = ListSection {
    key: "publications",
    entry: Place {
        context: "a `publications` entry",
        fields: &[
            text("name"),
            text("publisher"),
            text("releaseDate"),
            text("url"),
            text("summary"),
        ],
        open: false,
    },
    identity: &["name"],
};

pub static SKILLS: ListSection = ListSection {
    key: "skills",
    entry: Place {
        context: "a `skills` entry",
        fields: &[text("name"), text("level"), texts("keywords")],
        open: false,
    },
    identity: &["name"],
};

pub static LANGUAGES: ListSection = ListSection {
    key: "languages",
    entry: Place {
        context: "a `languages` entry",
        fields: &[text("language"), text("fluency")],
        open: false,
    },
    identity: &["language"],
};

pub static INTERESTS: ListSection = ListSection {
    key: "interests",
    entry: Place {
        context: "an `interests` entry",
        fields: &[text("name"), texts("keywords")],
        open: false,
    },
    identity: &["name"],
};

pub static REFERENCES: ListSection = ListSection {
    key: "references",
    entry: Place {
        context: "a `references` entry",
        fields: &[text("name"), text("reference")],
        open: false,
    },
    identity: &["name"],
};

pub static PROJECTS: ListSection = ListSection {
    key: "projects",
    entry: Place {
        context: "a `projects` entry",
        fields: &[
            text("name"),
            text("description"),
            texts("highlights"),
            texts("keywords"),
            text("startDate"),
            text("endDate"),
            text("url"),
            texts("roles"),
            text("entity"),
            text("type"),
            text("location"), // extension
        ],
        open: false,
    },
    identity: &["name"],
};
