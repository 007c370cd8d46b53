//! What a theme's templates see: the variables of every page, as plain data.
//!
//! This is the contract between vitae and theme authors (documented in README,
//! "Writing a theme"). Building these values is `build`'s job; turning them into
//! HTML is the templates'.

use serde::Serialize;

use crate::model::keys::{self, Field, Kind, Place};
use crate::model::{Paper, Privacy};
use crate::model::{Resume, SECTIONS};

use super::urls::{safe_url, tel_href, url_label};

/// `site`: the site as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct SiteVars {
    pub title: String,
    pub description: String,
    /// Ends with `/` when set; empty when the site has no base URL.
    pub base_url: String,
    pub language: String,
    /// Generator name and version, for `<meta name="generator">`.
    pub generator: String,
    /// How many people the site holds (navigation back to the index when more than one).
    pub people_count: usize,
}

/// `page`: where the page being rendered sits.
#[derive(Debug, Clone, Serialize)]
pub struct PageVars {
    /// `person`, `index` or `404`.
    pub kind: String,
    /// Relative path from this page back to the site root: `""` at the root, `"../"` one level down.
    pub root: String,
    /// Link to the site's home page that works from disk too: `root` + `index.html`.
    pub home: String,
    /// The page's path under the site root, e.g. `ada/` (empty for the root page).
    pub path: String,
    /// Absolute URL of the page when `base_url` is set.
    pub canonical: Option<String>,
    /// Relative path to the theme's static files, e.g. `../themes/classic/`.
    pub theme_static: String,
    pub paper: Paper,
    /// `A4` or `letter`, for `@page { size: … }`.
    pub paper_css: String,
}

/// `person`: one person's résumé and settings (on person pages).
#[derive(Debug, Clone, Serialize)]
pub struct PersonVars {
    pub slug: String,
    pub name: String,
    /// The résumé as the web may see it: hidden entries are gone, and so are the
    /// contact details the person hides on the web and their private keys (see
    /// `model::Resume::redacted`). A detail shown only in print is in `contacts` alone.
    pub resume: Resume,
    /// Non-empty sections in display order (keys of `resume`).
    pub sections: Vec<String>,
    /// File name of a photo next to the résumé (also copied), if any; relative to the person's page.
    pub photo: Option<String>,
    /// File name of a downloadable PDF, if any; relative to the person's page.
    pub pdf: Option<String>,
    /// Always `resume.json`; relative to the person's page.
    pub json: String,
    /// The PDF vitae printed from this page (`vitae build --pdf`), if any; relative to
    /// the person's page.
    pub print_pdf: Option<String>,
    pub privacy: Privacy,
    /// The contact details to show, privacy already applied (see [`Contact`]).
    /// Themes show these rather than `resume.basics.email` etc.
    pub contacts: Vec<Contact>,
}

/// One contact detail of the page header: e-mail, phone, website, address, location
/// or a profile. `web` and `print` say where it may appear; a theme puts a detail
/// that is only for one of them in an element shown only there (`print-only`,
/// `screen-only`), so a detail hidden on the web is never in the page otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// `email`, `phone`, `url`, `address`, `location` or `profile`.
    pub kind: String,
    /// What to show: the address, number, URL without scheme, place, or profile handle.
    pub text: String,
    /// A safe link target, if the detail has one (never for an obfuscated e-mail).
    pub href: Option<String>,
    /// The profile's network (`GitHub`), for profiles.
    pub network: Option<String>,
    pub web: bool,
    pub print: bool,
    /// `print` for a detail shown only in print, `screen` for one shown only on the
    /// web, `None` for both: a theme puts it in an element of class `print-only` /
    /// `screen-only`, hidden in the other medium.
    pub only: Option<String>,
    /// An e-mail to write with the `obfuscate_email` filter instead of `text`.
    pub obfuscated: bool,
}

impl Contact {
    /// The contact details of a résumé, in the order a header shows them, filtered by
    /// `privacy` (a detail hidden both on the web and in print is left out).
    pub fn list(resume: &Resume, privacy: &Privacy) -> Vec<Contact> {
        let b = &resume.basics;
        let mut out = Vec::new();
        if let Some(email) = b.email.as_deref() {
            let href = safe_url(&format!("mailto:{}", email.trim()));
            add(
                &mut out,
                "email",
                email.into(),
                Some(href),
                privacy.web.email,
                privacy.print.email,
            );
        }
        if let Some(phone) = b.phone.as_deref() {
            let (web, print) = (privacy.web.phone, privacy.print.phone);
            add(&mut out, "phone", phone.into(), tel_href(phone), web, print);
        }
        if let Some(url) = b.url.as_deref() {
            add(
                &mut out,
                "url",
                url_label(url),
                Some(safe_url(url)),
                true,
                true,
            );
        }
        if let Some(loc) = &b.location {
            let street = [loc.address.as_deref(), loc.postal_code.as_deref()];
            let street: Vec<&str> = street.into_iter().flatten().map(str::trim).collect();
            let (web, print) = (privacy.web.address, privacy.print.address);
            add(&mut out, "address", street.join(", "), None, web, print);
            let place = [
                loc.city.as_deref(),
                loc.region.as_deref(),
                loc.country_code.as_deref(),
            ];
            let place: Vec<&str> = place
                .into_iter()
                .flatten()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            add(&mut out, "location", place.join(", "), None, true, true);
        }
        for p in &b.profiles {
            let href = p.url.as_deref().map(safe_url).filter(|u| !u.is_empty());
            let text = match (&href, p.username.as_deref(), p.network.as_deref()) {
                (Some(h), _, _) => url_label(h),
                (None, Some(user), Some(net)) => format!("{net}: {user}"),
                (None, Some(user), None) => user.to_string(),
                (None, None, Some(net)) => net.to_string(),
                (None, None, None) => continue,
            };
            if let Some(c) = add(&mut out, "profile", text, href, true, true) {
                c.network = p.network.clone();
            }
        }
        if privacy.obfuscate_email {
            for c in out.iter_mut().filter(|c| c.kind == "email") {
                c.obfuscated = true;
                c.href = None;
            }
        }
        out
    }
}

/// One entry of `people` (on the index page, and on every page for navigation).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct PersonLink {
    pub slug: String,
    pub name: String,
    /// `basics.label`, if any.
    pub label: Option<String>,
    /// Relative to the site root, naming the file: `ada/index.html` (see
    /// `build::pages::INDEX_FILE`).
    pub url: String,
}

/// Adds a contact detail unless it is empty or hidden everywhere.
fn add<'a>(
    out: &'a mut Vec<Contact>,
    kind: &str,
    text: String,
    href: Option<String>,
    web: bool,
    print: bool,
) -> Option<&'a mut Contact> {
    let text = text.trim();
    if !(web || print) || text.is_empty() {
        return None;
    }
    out.push(Contact {
        kind: kind.into(),
        text: text.to_string(),
        href: href.filter(|h| !h.is_empty()),
        network: None,
        web,
        print,
        only: match (web, print) {
            (true, false) => Some("screen".into()),
            (false, true) => Some("print".into()),
            _ => None,
        },
        obfuscated: false,
    });
    out.last_mut()
}

/// Adds every field of the key tables that a serialised résumé leaves out (the model
/// skips empty ones): `null` for a missing value, `[]` for a missing list, `{}` for a
/// missing map, in `basics` and in every entry of every section of the registry. Templates
/// can then use any field of any entry without checking that it exists.
pub fn fill_schema(resume: &mut serde_json::Value) {
    let Some(r) = resume.as_object_mut() else {
        return;
    };
    fill_field(r, &Field::new("basics", Kind::Object(&keys::BASICS)));
    for section in SECTIONS {
        fill_field(r, &Field::new(section.key, Kind::List(section)));
    }
}

fn fill_place(v: &mut serde_json::Value, place: &Place) {
    if let Some(o) = v.as_object_mut() {
        place.fields.iter().for_each(|f| fill_field(o, f));
    }
}

fn fill_field(o: &mut serde_json::Map<String, serde_json::Value>, field: &Field) {
    use serde_json::Value;
    let empty = match field.kind {
        Kind::Text => Value::Null,
        Kind::TextList | Kind::TextOrList | Kind::List(_) => Value::Array(Vec::new()),
        Kind::Object(_) => Value::Object(Default::default()),
        // Settings flags and free-form keys are not résumé fields a theme expects.
        Kind::Flag | Kind::Any => return,
    };
    // Looked up once, without allocating its key: most fields are there.
    if let Some(slot) = o.get_mut(field.key) {
        if slot.is_null() {
            *slot = empty;
        }
        fill_inside(slot, field);
        return;
    }
    let mut value = empty;
    fill_inside(&mut value, field);
    o.insert(field.key.to_string(), value);
}

/// The fields inside `slot`, the value of `field`: an object's, or each entry's of a list.
fn fill_inside(slot: &mut serde_json::Value, field: &Field) {
    match field.kind {
        Kind::Object(place) => fill_place(slot, place),
        Kind::List(list) => {
            if let Some(entries) = slot.as_array_mut() {
                entries.iter_mut().for_each(|e| fill_place(e, &list.entry));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Visibility;

    #[test]
    fn fill_gives_every_table_field_of_every_section() {
        let mut v = serde_json::to_value(Resume::default()).unwrap();
        fill_schema(&mut v);
        for section in SECTIONS {
            assert_eq!(v[section.key], serde_json::json!([]), "{}", section.key);
        }
        let mut v = serde_json::json!({ "education": [{}], "projects": [{}] });
        fill_schema(&mut v);
        assert!(v["education"][0]["studyType"].is_null());
        assert_eq!(v["education"][0]["honors"], serde_json::json!([]));
        assert_eq!(v["projects"][0]["roles"], serde_json::json!([]));
        assert_eq!(v["basics"]["profiles"], serde_json::json!([]));
    }

    #[test]
    fn fill_adds_nulls_and_empty_lists() {
        let r: Resume =
            serde_json::from_str(r#"{"work":[{"name":"Acme"}],"basics":{"name":"Ada"}}"#).unwrap();
        let mut v = serde_json::to_value(&r).unwrap();
        fill_schema(&mut v);
        assert_eq!(v["work"][0]["name"], "Acme");
        assert!(v["work"][0]["endDate"].is_null());
        assert_eq!(v["work"][0]["highlights"], serde_json::json!([]));
        assert_eq!(v["education"], serde_json::json!([]));
        assert!(v["basics"]["location"]["city"].is_null());
    }

    #[test]
    fn contacts_follow_privacy() {
        let r: Resume = serde_json::from_str(
            r#"{"basics":{"email":"ada@x.example","phone":"+1 555 0100",
               "location":{"address":"1 Road","postalCode":"0150","city":"Oslo","countryCode":"NO"},
               "profiles":[{"network":"GitHub","url":"https://github.com/ada"},
                           {"network":"Evil","username":"x","url":"javascript:alert(1)"}]}}"#,
        )
        .unwrap();
        let privacy = Privacy {
            web: Visibility {
                email: true,
                phone: false,
                address: false,
            },
            print: Visibility {
                email: true,
                phone: true,
                address: false,
            },
            obfuscate_email: true,
            ..Privacy::default()
        };
        let c = Contact::list(&r, &privacy);
        let kinds: Vec<&str> = c.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(kinds, ["email", "phone", "location", "profile", "profile"]);
        assert!(c[0].obfuscated && c[0].href.is_none());
        assert!(!c[1].web && c[1].print);
        assert_eq!(c[1].only.as_deref(), Some("print"));
        assert_eq!(c[0].only, None);
        assert_eq!(c[1].href.as_deref(), Some("tel:+15550100"));
        assert_eq!(c[2].text, "Oslo, NO");
        assert_eq!(c[3].text, "github.com/ada");
        assert_eq!(c[4].text, "Evil: x");
        assert_eq!(c[4].href, None, "a javascript: profile URL is not linked");
    }
}
