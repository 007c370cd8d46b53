//! The per-person settings an overrides file may carry beside résumé data: `theme`,
//! `paper`, `order`, `privacy` and `replace`. Their keys are checked with the rest
//! of the file (see `read`); here their values are checked and turned into
//! [`PersonSettings`]. Applying them (which theme, which paper) is the build's job.

use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::keys::{Field, Kind, Place, PRIVACY};
use crate::model::Paper;
use crate::model::{Privacy, Publish, Visibility, SECTION_ORDER};

use crate::keyed::locate::Locator;
use crate::keyed::patch::{Change, MapPatch, Segment};

/// The settings keys of an overrides file (beside the résumé's own keys).
pub static SETTINGS: Place = Place {
    context: "the overrides",
    fields: &[
        Field::new("theme", Kind::Text),
        Field::new("paper", Kind::Text),
        Field::new("order", Kind::TextList),
        Field::new("privacy", Kind::Object(&PRIVACY)),
        Field::new("replace", Kind::TextList),
    ],
    open: false,
};

/// The lists `replace` may name: the sections, and `profiles`, which stands for
/// `basics.profiles`, the one list outside the sections.
pub fn replaceable() -> Vec<&'static str> {
    SECTION_ORDER.iter().copied().chain(["profiles"]).collect()
}

/// Settings a person may set in their overrides, over the site's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonSettings {
    pub theme: Option<String>,
    pub paper: Option<Paper>,
    /// Section order for this person.
    pub order: Option<Vec<String>>,
    /// The privacy keys this person sets; the others stay as `site.yaml` has them.
    pub privacy: Option<PrivacyPatch>,
}

impl PersonSettings {
    /// This person's privacy: theirs where they set a key, the site's elsewhere.
    pub fn privacy_over(&self, site: &Privacy) -> Privacy {
        match &self.privacy {
            Some(p) => p.over(site),
            None => site.clone(),
        }
    }
}

/// `privacy` as a person writes it: every key optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct PrivacyPatch {
    pub web: VisibilityPatch,
    pub print: VisibilityPatch,
    pub obfuscate_email: Option<bool>,
    pub publish: PublishPatch,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct VisibilityPatch {
    pub email: Option<bool>,
    pub phone: Option<bool>,
    pub address: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct PublishPatch {
    pub meta: Option<bool>,
    pub extensions: Option<bool>,
}

impl PrivacyPatch {
    pub fn over(&self, site: &Privacy) -> Privacy {
        Privacy {
            web: self.web.over(site.web),
            print: self.print.over(site.print),
            obfuscate_email: self.obfuscate_email.unwrap_or(site.obfuscate_email),
            publish: Publish {
                meta: self.publish.meta.unwrap_or(site.publish.meta),
                extensions: self.publish.extensions.unwrap_or(site.publish.extensions),
            },
        }
    }
}

impl VisibilityPatch {
    pub fn over(&self, site: Visibility) -> Visibility {
        Visibility {
            email: self.email.unwrap_or(site.email),
            phone: self.phone.unwrap_or(site.phone),
            address: self.address.unwrap_or(site.address),
        }
    }
}

/// The settings, taken out of the patch (which keeps the résumé's changes only), and
/// the sections named in `replace`.
pub(crate) fn take_settings(
    patch: &mut MapPatch,
    loc: Locator,
) -> Result<(PersonSettings, Vec<String>)> {
    let mut settings = PersonSettings::default();
    if let Some(v) = text(patch.take("theme")) {
        settings.theme = Some(v);
    }
    if let Some(v) = text(patch.take("paper")) {
        settings.paper = Some(match v.to_ascii_lowercase().as_str() {
            "a4" => Paper::A4,
            "letter" => Paper::Letter,
            _ => {
                return Err(Error::Invalid {
                    file: loc.at(&[Segment::Key("paper")], None),
                    message: format!("paper `{v}`: expected `A4` or `Letter`"),
                })
            }
        });
    }
    if let Some(names) = texts(patch.take("order")) {
        check_names("order", &names, SECTION_ORDER, loc)?;
        settings.order = Some(names);
    }
    if let Some(Change::Merge(p)) = patch.take("privacy") {
        let mut json = serde_json::Map::new();
        super::apply::merge_map(&mut json, &p, loc)?;
        let privacy = serde_json::from_value(Value::Object(json)).map_err(|e| Error::Invalid {
            file: loc.at(&[Segment::Key("privacy")], None),
            message: format!("`privacy`: {e}"),
        })?;
        settings.privacy = Some(privacy);
    }
    let replace = texts(patch.take("replace")).unwrap_or_default();
    check_names("replace", &replace, &replaceable(), loc)?;
    Ok((settings, replace))
}

fn text(change: Option<Change>) -> Option<String> {
    match change? {
        Change::Set(Value::String(s)) => Some(s),
        _ => None,
    }
}

fn texts(change: Option<Change>) -> Option<Vec<String>> {
    match change? {
        Change::Set(Value::Array(items)) => Some(
            items
                .into_iter()
                .filter_map(|v| match v {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect(),
        ),
        _ => None,
    }
}

/// Every name must be one of `valid`; the error points at the bad one.
fn check_names(key: &'static str, names: &[String], valid: &[&str], loc: Locator) -> Result<()> {
    match names.iter().position(|n| !valid.contains(&n.as_str())) {
        None => Ok(()),
        Some(i) => Err(Error::UnknownKey {
            file: loc.at(&[Segment::Key(key), Segment::Index(i)], None),
            key: names[i].clone(),
            context: format!("`{key}`"),
            expected: valid.iter().map(|s| s.to_string()).collect(),
        }),
    }
}
