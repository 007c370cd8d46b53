//! Keys a résumé source (`resume.json`, `resume.yaml`) may hold beyond the key table
//! of [`super::keys`]: the two lists the academic theme shows beside JSON Resume's
//! sections, `talks` and `teaching` (which the text reader also fills). A source is
//! checked against [`super::registry::RESUME`] and [`SOURCE_EXTRAS`] together.

use super::keys::{Field, Kind, ListSection, Place};

const fn text(key: &'static str) -> Field {
    Field::new(key, Kind::Text)
}

/// The top-level lists a source may add.
pub static SOURCE_EXTRAS: Place = Place {
    context: "the résumé",
    fields: &[
        Field::new("talks", Kind::List(&TALKS)),
        Field::new("teaching", Kind::List(&TEACHING)),
    ],
    open: false,
};

pub static TALKS: ListSection = ListSection {
    key: "talks",
    entry: Place {
        context: "a `talks` entry",
        fields: &[
            text("name"),
            text("event"),
            text("location"),
            text("date"),
            text("url"),
            text("summary"),
        ],
        open: false,
    },
    identity: &["name"],
};

pub static TEACHING: ListSection = ListSection {
    key: "teaching",
    entry: Place {
        context: "a `teaching` entry",
        fields: &[
            text("name"),
            text("institution"),
            text("role"),
            text("startDate"),
            text("endDate"),
            text("date"),
            text("url"),
            text("summary"),
            Field::new("highlights", Kind::TextList),
        ],
        open: false,
    },
    identity: &["name"],
};
